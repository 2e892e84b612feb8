#pragma once

#include "scoring/initiative.h"
#include "store/catalogstore.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace portolan {

class InitiativeBurnUp;

// One initiative in full: what it asks, by when, who owns it, its status in plain words; the
// burn-up; progress per team; "What each owner must do next" (per team, the entities not done
// and their next step); every entity in scope (sortable; double-click opens it).
class InitiativeView final : public QWidget
{
    Q_OBJECT
public:
    explicit InitiativeView(QWidget *parent = nullptr);

    // `scorecard`: the scorecard's definition (its title, level and rule titles).
    void setInitiative(const Initiative &initiative, const InitiativeProgress &progress, const QJsonObject &scorecard);

    InitiativeBurnUp *burnUp() const { return m_burnUp; }
    QTreeWidget *entities() const { return m_entities; }
    QTreeWidget *nextSteps() const { return m_nextSteps; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *explanationLabel() const { return m_explanation; }

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLabels();
    void showTeams(const InitiativeProgress &progress);
    void showNextSteps(const InitiativeProgress &progress);
    void showEntities(const InitiativeProgress &progress, const QStringList &levels);

    QLabel *m_title = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_explanation = nullptr;
    InitiativeBurnUp *m_burnUp = nullptr;
    QTreeWidget *m_teams = nullptr;
    QLabel *m_figures = nullptr; // deadline, days left, forecast, entities to go
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_nextSteps = nullptr;
    QTreeWidget *m_entities = nullptr;
};

} // namespace portolan
