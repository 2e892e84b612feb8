#pragma once

#include "dashboards/dashboard.h"
#include "dashboards/widgetdata.h"
#include "store/catalogstore.h"

#include <QHash>
#include <QWidget>

class QGridLayout;

namespace portolan {

class StoreLane;
class WidgetFrame;

// A dashboard's widgets in its grid (Dashboard::columns, each widget spanning `span` columns, in
// reading order). Each widget computes on the lane on its own channel (computeWidget; DORA
// widgets computeDora) and shows "Computing…" until its data arrives.
class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(StoreLane &lane, QWidget *parent = nullptr);

    // Lays out `dashboard` and computes every widget for `context`. `doraWindowDays` > 0
    // overrides the DORA widgets' own windows (the page's filter bar).
    void setDashboard(const Dashboard &dashboard, const WidgetContext &context, int doraWindowDays = 0);
    // Computes every widget again (the catalog changed).
    void recompute();
    void setEditMode(bool editing);

    const Dashboard &dashboard() const { return m_dashboard; }
    QList<WidgetFrame *> frames() const { return m_frames; }
    WidgetFrame *frame(const QString &id) const;
    int pending() const { return int(m_pending.size()); }
    // The drill of a widget as a whole (its number, or every entity it counts).
    Drill widgetDrill(const QString &id) const;

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);
    void drillRequested(const portolan::Drill &drill);
    void editRequested(const QString &id);
    void removeRequested(const QString &id);
    void moveRequested(const QString &id, int delta);
    void computed(); // every widget has its data (or its error)

private:
    void rebuild();
    void compute(const DashboardWidget &widget);
    void finished(const QString &id);
    QString channel(const QString &id) const;

    StoreLane &m_lane;
    Dashboard m_dashboard;
    WidgetContext m_context;
    int m_doraWindowDays = 0;
    bool m_editing = false;
    QGridLayout *m_grid = nullptr;
    QList<WidgetFrame *> m_frames;
    QHash<QString, Drill> m_drills;
    QSet<QString> m_pending;
    quint64 m_generation = 0;
};

} // namespace portolan
