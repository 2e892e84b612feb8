#include "initiativeburnup.h"

#include "initiativestyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

qreal dayX(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0), QTimeZone::UTC).toMSecsSinceEpoch());
}

QLineSeries *series(const QString &name, const QColor &color, Qt::PenStyle style, qreal width)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::FlatCap);
    line->setPen(pen);
    return line;
}

} // namespace

InitiativeBurnUp::InitiativeBurnUp(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_done = series(tr("Meet the target"), QColor(u"#2563eb"_s), Qt::SolidLine, 2.5);
    m_target = series(tr("Target"), QColor(u"#16a34a"_s), Qt::DashLine, 1.5);
    m_deadline = series(tr("Deadline"), QColor(u"#dc2626"_s), Qt::SolidLine, 1.5);
    m_forecast = series(tr("Forecast"), QColor(u"#6b7280"_s), Qt::DotLine, 2);
    m_x = new QDateTimeAxis;
    m_x->setFormat(u"d MMM"_s);
    m_y = new QValueAxis;
    m_y->setLabelFormat(u"%d"_s);
    m_y->setTitleText(tr("Entities"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *line : {m_done, m_target, m_deadline, m_forecast}) {
        chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void InitiativeBurnUp::clear()
{
    for (QLineSeries *line : {m_done, m_target, m_deadline, m_forecast})
        line->clear();
}

void InitiativeBurnUp::setProgress(const Initiative &initiative, const InitiativeProgress &progress)
{
    clear();
    QList<QPointF> done;
    for (const InitiativeDay &day : progress.burnUp)
        done.append({dayX(day.day), qreal(day.done)});
    m_done->replace(done);

    const QDate first = initiative.startDate;
    QDate last = initiative.deadline;
    if (!progress.burnUp.isEmpty())
        last = std::max(last, progress.burnUp.constLast().day);
    if (progress.forecast.isValid())
        last = std::max(last, progress.forecast);
    if (!first.isValid() || !last.isValid() || last <= first)
        return;
    const qreal goal = std::ceil(initiative.targetShare * qreal(progress.total) - 1e-9);
    m_target->replace({{dayX(first), goal}, {dayX(last), goal}});
    const qreal top = std::max<qreal>(1, std::max(goal, qreal(progress.total)));
    if (initiative.deadline.isValid())
        m_deadline->replace({{dayX(initiative.deadline), 0}, {dayX(initiative.deadline), top}});
    if (progress.forecast.isValid() && !progress.burnUp.isEmpty())
        m_forecast->replace({{dayX(progress.burnUp.constLast().day), qreal(progress.burnUp.constLast().done)},
                             {dayX(progress.forecast), goal}});
    m_x->setRange(QDateTime(first, QTime(0, 0), QTimeZone::UTC), QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::UTC));
    // Whole entities only: a tick every 1, 2, 5, 10, 20 … so that about five to eight show.
    qreal step = 1;
    for (const qreal candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0}) {
        step = candidate;
        if (top / candidate <= 8)
            break;
    }
    if (top / step > 8)
        step = std::ceil(top / 8);
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(step);
    m_y->setRange(0, std::ceil((top + 0.5) / step) * step);
    // Legend entries only for what is drawn.
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (auto *line = qobject_cast<QLineSeries *>(marker->series()))
            marker->setVisible(line->count() > 0);
    chart()->setTitle(tr("%1 of %2 meet the target").arg(progress.done).arg(progress.total));
}

} // namespace portolan
