#pragma once

#include "formdialog.h"

#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace portolan {

class DesignDocument;
class StoreLane;
struct ConversionPreview;

// A property edit as the form describes it: `previous` empty for a new property.
struct PropertyChange {
    QString blueprint;
    QString previous;
    QString id;
    QJsonObject schema;
    bool required = false;
};

// A stored property changes the type of its values: asks how to convert them (a jq program over
// the old value, prefilled with a sensible one), shows the result on the stored entities as you
// type — before, after, what fails — and on OK records the change with its transform in the draft.
class TypeChangeDialog final : public FormDialog
{
    Q_OBJECT
public:
    TypeChangeDialog(DesignDocument &document, StoreLane &lane, const PropertyChange &change, QWidget *parent = nullptr);

    QString transform() const;
    QPlainTextEdit *transformEdit() const { return m_transform; }
    QTableWidget *previewTable() const { return m_table; }
    QString summary() const; // "3 of 120 stored values fail to convert"

    // jq turning values shaped like `from` into values shaped like `to`: `tostring`, `[.]`…
    static QString suggestedTransform(const QJsonObject &from, const QJsonObject &to);

Q_SIGNALS:
    void previewShown(); // a preview arrived (tests)

protected:
    void validate() override;
    bool commit() override;

private:
    void runPreview();
    void showPreview(const ConversionPreview &preview);

    DesignDocument &m_document;
    StoreLane &m_lane;
    PropertyChange m_change;
    QString m_storedName;
    QJsonObject m_before;
    QPlainTextEdit *m_transform = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_programError;
};

} // namespace portolan
