#pragma once

#include "actions/formstate.h"

#include <QString>

class QGridLayout;
class QLabel;
class QWidget;

namespace portolan {

class InputEditor;
class StoreLane;

// The widgets of one input on a form: the label (title, * when required) in the grid's first
// column; the editor, its description and its errors (red, under it) in the second.
class ActionFormField final
{
public:
    ActionFormField(const UserInput &input, StoreLane &lane, QGridLayout *grid, int row, QWidget *parent);

    const QString &key() const { return m_key; }
    InputEditor *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_error; }

    // Shows what `state` says of this input. `showMissing`: say "Required" for an empty required
    // input (once the person has been there, or tried to go on); other errors show as they come.
    void update(const FormState &state, bool showMissing);
    void updateValue(const FormState &state);
    QStringList shownErrors() const { return m_shownErrors; }

private:
    QString m_key;
    QString m_title;
    bool m_boolean = false;
    QLabel *m_label;
    QWidget *m_body;
    InputEditor *m_editor;
    QLabel *m_help;
    QLabel *m_warning;
    QLabel *m_error;
    QStringList m_shownErrors;
    QList<EnumOption> m_options;
    QJsonObject m_filter;
    bool m_first = true;
};

} // namespace portolan
