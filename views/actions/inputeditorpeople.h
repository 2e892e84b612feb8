#pragma once

#include "inputeditor.h"

class QComboBox;
class QLabel;

namespace portolan {

// A person (format user: an e-mail) or a team (format team: an identifier). The portal's user and
// team entities are offered by name; any other value may be typed.
class PersonInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    PersonInputEditor(const UserInput &input, StoreLane &lane, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    void showName();

    QComboBox *m_combo;
    QLabel *m_name;
    QHash<QString, QString> m_names; // key → display name
};

} // namespace portolan
