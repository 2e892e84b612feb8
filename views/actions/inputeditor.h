#pragma once

#include "actions/formstate.h"

#include <QJsonValue>
#include <QWidget>

namespace portolan {

class StoreLane;

// The editor of one action input. It shows a value the form gives it (`setValue`, which never
// emits) and says `edited(value)` when the person changes it. Values are the JSON the action
// receives; text that cannot become that JSON (a number that is not one, JSON that does not parse)
// is passed on as the raw string, so the form can say what is wrong with it.
class InputEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InputEditor(const UserInput &input, QWidget *parent = nullptr);

    const UserInput &input() const { return m_input; }
    virtual void setValue(const QJsonValue &value) = 0;
    // Enum choices computed by the form (jq enums change with other inputs).
    virtual void setOptions(const QList<EnumOption> &options) { Q_UNUSED(options) }
    // Entity inputs: the dataset with jq values computed.
    virtual void setFilter(const QJsonObject &filter) { Q_UNUSED(filter) }
    // The widget that takes focus first (labels buddy to it, Tab lands on it).
    virtual QWidget *primaryWidget() = 0;

Q_SIGNALS:
    void edited(const QJsonValue &value);
    // The person left the editor: the form shows "Required" from then on.
    void touched();

protected:
    // Emits `touched` when `widget` loses focus.
    void watchFocus(QWidget *widget);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    UserInput m_input;
};

// The editor for `input`'s kind. User, team and entity pickers read their candidates on `lane`.
InputEditor *createInputEditor(const UserInput &input, StoreLane &lane, QWidget *parent);

} // namespace portolan
