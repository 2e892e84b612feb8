#pragma once

#include "formdialog.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace portolan {

class ModelDraft;

// Creates or edits a relation: identifier, title, target blueprint, one or many, required,
// description. A renamed relation keeps its stored targets (the form renames it in the draft).
class RelationDialog final : public FormDialog
{
    Q_OBJECT
public:
    // `relation` empty: a new relation of `blueprint`.
    RelationDialog(const ModelDraft &draft, const QString &blueprint, const QString &relation, QWidget *parent = nullptr);

    QString previousId() const { return m_previous; }
    QString id() const;
    QJsonObject definition() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *targetBox() const { return m_target; }
    QCheckBox *manyBox() const { return m_many; }
    QCheckBox *requiredBox() const { return m_required; }

protected:
    void validate() override;

private:
    QString m_previous;
    QJsonObject m_original;
    QJsonObject m_blueprintJson;
    bool m_stored = false;
    bool m_idTouched = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_many = nullptr;
    QCheckBox *m_required = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace portolan
