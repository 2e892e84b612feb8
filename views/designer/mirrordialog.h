#pragma once

#include "formdialog.h"

#include <QJsonObject>

class QLineEdit;

namespace portolan {

class MirrorPathPicker;
class ModelDraft;

// Creates or edits a mirror property: identifier, title and the path it reads, picked in a tree
// of the blueprint's relations or typed.
class MirrorDialog final : public FormDialog
{
    Q_OBJECT
public:
    // `mirror` empty: a new mirror property of `blueprint`.
    MirrorDialog(const ModelDraft &draft, const QString &blueprint, const QString &mirror, QWidget *parent = nullptr);

    QString previousId() const { return m_previous; }
    QString id() const;
    QJsonObject definition() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *pathEdit() const { return m_path; }
    MirrorPathPicker *picker() const { return m_picker; }

protected:
    void validate() override;

private:
    const ModelDraft &m_draft;
    QString m_blueprint;
    QString m_previous;
    QJsonObject m_original;
    bool m_idTouched = false;
    bool m_titleTouched = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    MirrorPathPicker *m_picker = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace portolan
