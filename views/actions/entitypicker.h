#pragma once

#include "inputeditor.h"

#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace portolan {

// Chooses entities of the input's blueprint among those its dataset allows, in its sort order,
// read on the lane as the person types (type-to-search; each keystroke supersedes the last query).
// One entity: a searchable combo box. Many: a search line over a list of check boxes; ticks
// survive searches, and the chosen ones are listed under it.
class EntityPicker final : public InputEditor
{
    Q_OBJECT
public:
    EntityPicker(const UserInput &input, StoreLane &lane, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    void setFilter(const QJsonObject &filter) override;
    QWidget *primaryWidget() override;

    // Candidates shown now (identifier, title), for tests.
    QList<std::pair<QString, QString>> candidates() const { return m_candidates; }

Q_SIGNALS:
    void candidatesLoaded();

private:
    void search(const QString &text);
    void showCandidates(const QList<std::pair<QString, QString>> &candidates, const QString &problem);
    void emitChecked();
    void showChosen();

    StoreLane &m_lane;
    bool m_many = false;
    QJsonObject m_filter;
    bool m_filterSet = false;
    QList<std::pair<QString, QString>> m_candidates;
    QHash<QString, QString> m_titles;
    QStringList m_chosen; // many: in the order ticked
    QComboBox *m_combo = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status;
};

} // namespace portolan
