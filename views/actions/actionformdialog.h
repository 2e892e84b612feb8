#pragma once

#include "actionform.h"

#include <QDialog>
#include <QJsonObject>

namespace portolan {

class StoreLane;

// An action's form in a dialog, under a header with the action's icon, title and description
// (and the entity it runs on). Accepted when the form is submitted: `inputs()` then holds the
// values to send (secrets in clear, in memory only); rejected on Cancel or Esc.
class ActionFormDialog final : public QDialog
{
    Q_OBJECT
public:
    ActionFormDialog(StoreLane &lane, const QJsonObject &actionJson, const QJsonObject &entityJson,
                     const QJsonObject &userJson, QWidget *parent = nullptr);

    ActionForm *form() const { return m_form; }
    QJsonObject inputs() const { return m_inputs; }

private:
    ActionForm *m_form;
    QJsonObject m_inputs;
};

} // namespace portolan
