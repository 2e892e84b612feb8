#include "dashboardview.h"

#include "dashboards/dora.h"
#include "doraview.h"
#include "store/storelane.h"
#include "widgetframe.h"
#include "widgetrenderers.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
struct DoraResult {
    QList<DoraFigure> overall;
    QList<DoraFigure> grouped;
};

// The team a dashboard filter asks for ($team contains …), if any.
QStringList filteredTeams(const QJsonObject &filter)
{
    QStringList teams;
    for (const QJsonValue &rule : filter.value("rules"_L1).toArray())
        if (rule.toObject().value("property"_L1).toString() == "$team"_L1)
            teams.append(rule.toObject().value("value"_L1).toString());
    teams.removeAll(QString());
    return teams;
}

QJsonObject combined(const QJsonObject &a, const QJsonObject &b)
{
    const bool hasA = !a.value("rules"_L1).toArray().isEmpty();
    const bool hasB = !b.value("rules"_L1).toArray().isEmpty();
    if (!hasB)
        return a;
    if (!hasA)
        return b;
    return QJsonObject{{u"combinator"_s, u"and"_s}, {u"rules"_s, QJsonArray{a, b}}};
}
} // namespace

DashboardView::DashboardView(StoreLane &lane, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
}

void DashboardView::setDashboard(const Dashboard &dashboard, const WidgetContext &context, int doraWindowDays)
{
    m_dashboard = dashboard;
    m_context = context;
    m_doraWindowDays = doraWindowDays;
    rebuild();
    recompute();
}

void DashboardView::rebuild()
{
    for (WidgetFrame *frame : std::as_const(m_frames)) {
        m_grid->removeWidget(frame);
        frame->deleteLater();
    }
    m_frames.clear();
    m_drills.clear();
    const int columns = std::clamp(m_dashboard.columns, 1, 4);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    int row = 0;
    int column = 0;
    for (int i = 0; i < m_dashboard.widgets.size(); ++i) {
        const DashboardWidget &widget = m_dashboard.widgets.at(i);
        const int span = std::clamp(widget.span, 1, columns);
        if (column + span > columns) {
            ++row;
            column = 0;
        }
        auto *frame = new WidgetFrame(widget, this);
        frame->setEditMode(m_editing, i == 0, i == m_dashboard.widgets.size() - 1);
        m_grid->addWidget(frame, row, column, 1, span);
        m_frames.append(frame);
        connect(frame, &WidgetFrame::editRequested, this, &DashboardView::editRequested);
        connect(frame, &WidgetFrame::removeRequested, this, &DashboardView::removeRequested);
        connect(frame, &WidgetFrame::moveRequested, this, &DashboardView::moveRequested);
        connect(frame, &WidgetFrame::drillRequested, this, [this](const QString &id) {
            const Drill drill = widgetDrill(id);
            if (!drill.isEmpty())
                Q_EMIT drillRequested(drill);
        });
        column += span;
        if (column >= columns) {
            ++row;
            column = 0;
        }
    }
    // Rows keep their natural height; spare room goes below the last one.
    for (int r = 0; r <= row + 1; ++r)
        m_grid->setRowStretch(r, 0);
    m_grid->setRowStretch(row + 1, 1);
}

void DashboardView::setEditMode(bool editing)
{
    m_editing = editing;
    for (int i = 0; i < m_frames.size(); ++i)
        m_frames.at(i)->setEditMode(editing, i == 0, i == m_frames.size() - 1);
}

WidgetFrame *DashboardView::frame(const QString &id) const
{
    for (WidgetFrame *frame : m_frames)
        if (frame->id() == id)
            return frame;
    return nullptr;
}

Drill DashboardView::widgetDrill(const QString &id) const
{
    if (m_drills.contains(id))
        return m_drills.value(id);
    const DashboardWidget *widget = m_dashboard.widget(id);
    if (!widget || widget->blueprint.isEmpty())
        return {};
    return Drill{widget->blueprint, combined(widget->filter, m_context.dashboardFilter), widget->title};
}

QString DashboardView::channel(const QString &id) const
{
    // One channel per widget: recomputing a widget supersedes its older job, not its neighbours'.
    return u"dashboard/%1/%2"_s.arg(m_dashboard.identifier, id);
}

void DashboardView::recompute()
{
    ++m_generation;
    m_pending.clear();
    for (const DashboardWidget &widget : std::as_const(m_dashboard.widgets))
        m_pending.insert(widget.id);
    for (const DashboardWidget &widget : std::as_const(m_dashboard.widgets))
        compute(widget);
    if (m_pending.isEmpty())
        Q_EMIT computed();
}

void DashboardView::compute(const DashboardWidget &widget)
{
    WidgetFrame *target = frame(widget.id);
    if (!target)
        return;
    target->setComputing();
    const quint64 generation = m_generation;
    const WidgetHooks hooks{[this](const Drill &drill) { Q_EMIT drillRequested(drill); },
                            [this](const QString &blueprint, const QString &identifier) {
                                Q_EMIT openEntity(EntityKey{blueprint, identifier});
                            }};
    if (widget.type == WidgetType::Dora) {
        DoraOptions options;
        options.now = m_context.now.isValid() ? m_context.now : QDateTime::currentDateTimeUtc();
        options.windowDays = m_doraWindowDays > 0 ? m_doraWindowDays : widget.windowDays;
        options.groupBy = widget.groupBy.isEmpty() ? u"service"_s : widget.groupBy;
        if (options.groupBy == "team"_L1) {
            options.groups = filteredTeams(m_context.dashboardFilter);
            if (options.groups.isEmpty() && (widget.myTeams || m_context.dashboardMyTeams))
                options.groups = m_context.myTeams;
        }
        m_lane.post(
            this, channel(widget.id),
            [options](CatalogStore &store) {
                DoraResult result;
                DoraOptions all = options;
                all.groupBy = u"all"_s;
                all.groups.clear();
                result.overall = computeDora(store, all);
                result.grouped = computeDora(store, options);
                return result;
            },
            [this, widget, hooks, generation, options](const DoraResult &result) {
                if (generation != m_generation)
                    return;
                if (WidgetFrame *f = frame(widget.id))
                    f->setBody(new DoraView(result.overall, result.grouped, widget.metric, options.groupBy, hooks),
                               tr("Medians over the last %n day(s), production deployments. DORA bands are context, not targets.",
                                  nullptr, options.windowDays));
                finished(widget.id);
            });
        return;
    }
    const WidgetContext context = m_context;
    m_lane.post(
        this, channel(widget.id), [widget, context](CatalogStore &store) { return computeWidget(store, widget, context); },
        [this, widget, hooks, generation](const WidgetData &data) {
            if (generation != m_generation)
                return;
            WidgetFrame *f = frame(widget.id);
            if (f && !data.error.isEmpty()) {
                f->setError(data.error);
            } else if (f) {
                if (!data.numberDrill.isEmpty())
                    m_drills.insert(widget.id, data.numberDrill);
                f->setBody(renderWidgetData(widget, data, hooks), data.footnote);
                f->setDrillable(!widgetDrill(widget.id).isEmpty());
            }
            finished(widget.id);
        });
}

void DashboardView::finished(const QString &id)
{
    m_pending.remove(id);
    if (m_pending.isEmpty())
        Q_EMIT computed();
}

} // namespace portolan
