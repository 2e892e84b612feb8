#pragma once

#include "formdialog.h"

#include <QJsonObject>

class QComboBox;
class QLineEdit;

namespace portolan {

class DesignDocument;

// Creates a blueprint in the draft: identifier (checked as you type, taken ones refused), title,
// icon, description. On OK it is one undoable edit, and the new blueprint is selected.
class NewBlueprintDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit NewBlueprintDialog(DesignDocument &document, QWidget *parent = nullptr);

    QString identifier() const;
    QJsonObject json() const;

    QLineEdit *identifierEdit() const { return m_identifier; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *iconBox() const { return m_icon; }
    QLineEdit *descriptionEdit() const { return m_description; }

protected:
    void validate() override;
    bool commit() override;

private:
    DesignDocument &m_document;
    bool m_identifierTouched = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_identifier = nullptr;
    QComboBox *m_icon = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace portolan
