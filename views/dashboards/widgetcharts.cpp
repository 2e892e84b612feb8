// The chart bodies of dashboard widgets (Qt Charts): pie, bars, lines.
#include "widgetrenderers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QChartView *chartView(QChart *chart)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(200);
    view->setStyleSheet(u"background: transparent"_s);
    return view;
}

// Qt Charts squeezes a category axis whose labels want more than 40 % of the chart's width,
// cutting every label short. Labels elided here to fit that share stay readable (a narrow
// widget shows "Support channel doc…"); the full label is in the bar's tooltip.
class CategoryElider final : public QObject
{
public:
    CategoryElider(QChartView *view, QBarCategoryAxis *axis, const QStringList &labels)
        : QObject(view), m_view(view), m_axis(axis), m_labels(labels)
    {
        view->installEventFilter(this);
        update();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Resize)
            update();
        return QObject::eventFilter(watched, event);
    }

private:
    void update()
    {
        const QFontMetrics metrics(m_axis->labelsFont());
        const int budget = std::max(metrics.horizontalAdvance(u"MMMMM"_s), int(0.3 * m_view->width()));
        QStringList shown;
        for (const QString &label : m_labels) {
            QString text = metrics.elidedText(label, Qt::ElideRight, budget);
            // Categories must be unique: two labels that elide alike differ by invisible spaces.
            while (shown.contains(text))
                text += QChar(0x200B);
            shown.append(text);
        }
        if (shown != m_axis->categories())
            m_axis->setCategories(shown);
    }

    QChartView *m_view;
    QBarCategoryAxis *m_axis;
    QStringList m_labels;
};

QString shortNumber(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QLocale().toString(qint64(std::llround(value)))
                                                      : QLocale().toString(value, 'f', 1);
}
} // namespace

QWidget *renderPie(const WidgetData &data, const WidgetHooks &hooks)
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.45); // a donut, like Port's
    double total = 0;
    for (const WidgetSlice &slice : data.slices)
        total += slice.value;
    for (int i = 0; i < data.slices.size(); ++i) {
        const WidgetSlice &s = data.slices.at(i);
        auto *slice = series->append(u"%1  %2"_s.arg(s.label.isEmpty() ? QObject::tr("(none)") : s.label, shortNumber(s.value)), s.value);
        slice->setColor(widgetColor(s.color, i));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1);
        if (total > 0)
            slice->setProperty("share", s.value / total);
        const Drill drill = s.drill;
        if (hooks.drill && !drill.isEmpty())
            QObject::connect(slice, &QPieSlice::clicked, series, [hooks, drill] { hooks.drill(drill); });
        QObject::connect(slice, &QPieSlice::hovered, series, [slice](bool on) { slice->setExploded(on); });
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    QChartView *view = chartView(chart);
    view->setToolTip(QObject::tr("Click a slice to list its entities"));
    return view;
}

QWidget *renderBars(const WidgetData &data, const WidgetHooks &hooks, bool percent)
{
    // Horizontal: long labels (rule titles, team names) read without rotating.
    auto *set = new QBarSet(QString());
    QStringList categories;
    double top = 0;
    // The first slice on top: horizontal bars grow upwards from the first category.
    for (qsizetype i = data.slices.size() - 1; i >= 0; --i) {
        const WidgetSlice &s = data.slices.at(i);
        set->append(percent ? s.value * (s.value <= 1.0 ? 100.0 : 1.0) : s.value);
        categories.append(s.label.isEmpty() ? QObject::tr("(none)") : s.label);
        top = std::max(top, set->at(set->count() - 1));
    }
    set->setColor(widgetColor(data.slices.isEmpty() ? QString() : data.slices.constFirst().color, 0));
    set->setBorderColor(Qt::transparent);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(percent ? u"@value %"_s : u"@value"_s);
    series->setLabelsPrecision(3);
    const QList<WidgetSlice> slices = data.slices;
    if (hooks.drill)
        QObject::connect(set, &QBarSet::clicked, series, [hooks, slices](int index) {
            const qsizetype at = slices.size() - 1 - index;
            if (at >= 0 && at < slices.size() && !slices.at(at).drill.isEmpty())
                hooks.drill(slices.at(at).drill);
        });
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    // Hovering a bar tells its whole label and value (labels may be elided).
    QObject::connect(set, &QBarSet::hovered, series, [categories, set, percent](bool on, int index) {
        if (!on || index < 0 || index >= categories.size())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), categories.at(index) + u": "_s + shortNumber(set->at(index)) + (percent ? u" %"_s : QString())
                                                   + u"\n"_s + QObject::tr("Click to list its entities"));
    });
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, percent ? 100.0 : std::max(1.0, top * 1.15));
    axisX->setLabelFormat(percent ? u"%.0f %%"_s : u"%.0f"_s);
    axisX->setTickCount(5);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    QChartView *view = chartView(chart);
    new CategoryElider(view, axisY, categories);
    // A category label taller than its band is drawn as "..." whatever its width: give each bar
    // room for one line of text.
    const int line = QFontMetrics(axisY->labelsFont()).height();
    view->setMinimumHeight(std::max(200, int(categories.size()) * (line + 10) + 50));
    return view;
}

QWidget *renderLine(const WidgetData &data)
{
    auto *chart = new QChart;
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(u"d MMM"_s);
    axisX->setTickCount(6);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    QDate first;
    QDate last;
    double top = 0;
    for (int i = 0; i < data.series.size(); ++i) {
        const WidgetSeries &s = data.series.at(i);
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(widgetColor(s.color, i));
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(s.points.size() < 30);
        for (const auto &[date, value] : s.points) {
            line->append(double(date.startOfDay().toMSecsSinceEpoch()), value);
            first = first.isValid() ? std::min(first, date) : date;
            last = last.isValid() ? std::max(last, date) : date;
            top = std::max(top, value);
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    if (!first.isValid()) {
        last = QDate::currentDate();
        first = last.addDays(-30);
    }
    if (first == last)
        first = first.addDays(-1);
    if (data.target >= 0) {
        auto *target = new QLineSeries;
        target->setName(QObject::tr("Target"));
        QPen pen(QColor(u"#888888"_s));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.6);
        target->setPen(pen);
        target->append(double(first.startOfDay().toMSecsSinceEpoch()), data.target);
        target->append(double(last.startOfDay().toMSecsSinceEpoch()), data.target);
        chart->addSeries(target);
        target->attachAxis(axisX);
        target->attachAxis(axisY);
        top = std::max(top, data.target);
    }
    axisX->setRange(first.startOfDay(), last.startOfDay());
    if (data.percent) {
        axisY->setRange(0, 100);
        axisY->setTickCount(5);
        axisY->setLabelFormat(u"%.0f %%"_s);
    } else {
        axisY->setRange(0, top <= 0 ? 1.0 : top * 1.1);
        axisY->applyNiceNumbers();
    }
    chart->legend()->setVisible(data.series.size() > 1 || data.target >= 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chartView(chart);
}

} // namespace portolan
