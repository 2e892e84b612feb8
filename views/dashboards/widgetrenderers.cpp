#include "widgetrenderers.h"

#include "catalog/valuedisplay.h"
#include "designer/formstyle.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
// The big figure: a click lists the entities it counts.
class FigureLabel final : public QLabel
{
public:
    explicit FigureLabel(std::function<void()> clicked)
        : m_clicked(std::move(clicked))
    {
        if (m_clicked) {
            setCursor(Qt::PointingHandCursor);
            setToolTip(QObject::tr("Click to list the entities behind this number"));
        }
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_clicked && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_clicked();
        QLabel::mouseReleaseEvent(event);
    }

private:
    std::function<void()> m_clicked;
};

// A number sortable as a number; anything else as text.
class TableItem final : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        bool a = false;
        bool b = false;
        const double x = text().toDouble(&a);
        const double y = other.text().toDouble(&b);
        if (a && b)
            return x < y;
        return QString::localeAwareCompare(text(), other.text()) < 0;
    }
};
} // namespace

QColor widgetColor(const QString &preferred, int index)
{
    const QString named = ValueDisplay::paletteColor(preferred);
    if (!named.isEmpty())
        return QColor(named);
    static const QStringList order = {u"blue"_s, u"turquoise"_s, u"orange"_s, u"purple"_s, u"green"_s, u"pink"_s,
                                      u"yellow"_s, u"red"_s, u"lightGray"_s, u"darkGray"_s};
    const QString fallback = ValueDisplay::paletteColor(order.at(index % order.size()));
    return fallback.isEmpty() ? QColor::fromHsv((index * 47) % 360, 160, 200) : QColor(fallback);
}

QWidget *renderNumber(const WidgetData &data, const WidgetHooks &hooks)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const Drill drill = data.numberDrill;
    auto *figure = new FigureLabel(drill.isEmpty() || !hooks.drill ? std::function<void()>() : [hooks, drill] { hooks.drill(drill); });
    figure->setObjectName(u"figure"_s);
    figure->setText(data.numberText.isEmpty() ? (data.hasNumber ? QLocale().toString(data.number) : u"—"_s) : data.numberText);
    figure->setAlignment(Qt::AlignCenter);
    QFont big = figure->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    figure->setFont(big);
    if (!data.numberColor.isEmpty()) {
        const QColor colour = widgetColor(data.numberColor, 0);
        QPalette palette = figure->palette();
        palette.setColor(QPalette::WindowText, colour);
        figure->setPalette(palette);
    }
    layout->addStretch(1);
    layout->addWidget(figure);
    layout->addStretch(1);
    return box;
}

QWidget *renderTable(const WidgetData &data, const WidgetHooks &hooks)
{
    auto *table = new QTableWidget(int(data.rows.size()), int(data.columns.size()));
    table->setHorizontalHeaderLabels(data.columns);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    for (int r = 0; r < data.rows.size(); ++r) {
        const QStringList &row = data.rows.at(r);
        for (int c = 0; c < data.columns.size(); ++c) {
            auto *item = new TableItem(row.value(c));
            if (c == 0 && r < data.rowKeys.size()) {
                item->setData(Qt::UserRole, data.rowKeys.at(r).first);
                item->setData(Qt::UserRole + 1, data.rowKeys.at(r).second);
            }
            table->setItem(r, c, item);
        }
    }
    // Sortable by a header click, but first in the order the widget computed.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setToolTip(QObject::tr("Double-click a row to open its entity"));
    if (hooks.open)
        QObject::connect(table, &QTableWidget::cellDoubleClicked, table, [table, hooks](int row, int) {
            const QTableWidgetItem *key = table->item(row, 0);
            if (key && !key->data(Qt::UserRole + 1).toString().isEmpty())
                hooks.open(key->data(Qt::UserRole).toString(), key->data(Qt::UserRole + 1).toString());
        });
    return table;
}

QWidget *renderMarkdown(const WidgetData &data)
{
    auto *browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setFrameShape(QFrame::NoFrame);
    browser->setMarkdown(data.markdown);
    browser->viewport()->setAutoFillBackground(false);
    return browser;
}

QWidget *renderWidgetData(const DashboardWidget &widget, const WidgetData &data, const WidgetHooks &hooks)
{
    switch (widget.type) {
    case WidgetType::Number: return renderNumber(data, hooks);
    case WidgetType::Pie: return renderPie(data, hooks);
    case WidgetType::Bar: return renderBars(data, hooks, false);
    case WidgetType::Line: return renderLine(data);
    case WidgetType::Table: return renderTable(data, hooks);
    case WidgetType::Markdown: return renderMarkdown(data);
    case WidgetType::Scorecard:
        if (widget.show == "failing"_L1 || !data.rows.isEmpty())
            return renderTable(data, hooks);
        return renderBars(data, hooks, widget.show == "rules"_L1);
    case WidgetType::Dora: return renderTable(data, hooks); // DashboardView shows DoraView instead
    }
    return new QWidget;
}

} // namespace portolan
