#include "doraview.h"

#include "designer/formstyle.h"
#include "dorafiguredialog.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QColor bandColor(const QString &band)
{
    if (band == "Elite"_L1)
        return QColor(u"#2e9e6a"_s);
    if (band == "High"_L1)
        return QColor(u"#3b82c4"_s);
    if (band == "Medium"_L1)
        return QColor(u"#d38b1c"_s);
    if (band == "Low"_L1)
        return QColor(u"#c8463d"_s);
    return QColor(u"#888888"_s);
}
} // namespace

DoraView::DoraView(const QList<DoraFigure> &overall, const QList<DoraFigure> &grouped, const QString &metric,
                   const QString &groupBy, const WidgetHooks &hooks, QWidget *parent)
    : QWidget(parent)
    , m_overall(overall)
    , m_hooks(hooks)
{
    QList<DoraMetric> shown;
    for (DoraMetric m : doraMetrics())
        if (metric.isEmpty() || metric == "all"_L1 || metric == doraMetricKey(m))
            shown.append(m);

    auto *cards = new QGridLayout;
    cards->setSpacing(8);
    int column = 0;
    for (DoraMetric m : std::as_const(shown)) {
        DoraFigure figure;
        figure.metric = m;
        for (const DoraFigure &f : overall)
            if (f.metric == m)
                figure = f;
        cards->addWidget(card(figure), 0, column++);
    }

    // Per service or team: a row each, a column per metric shown.
    QStringList groups;
    QHash<QString, QString> titles;
    for (const DoraFigure &f : grouped)
        if (!groups.contains(f.group)) {
            groups.append(f.group);
            titles.insert(f.group, f.groupTitle.isEmpty() ? f.group : f.groupTitle);
        }
    m_table = new QTableWidget(int(groups.size()), int(shown.size()) + 1);
    QStringList headers{groupBy == "team"_L1 ? tr("Team") : tr("Service")};
    for (DoraMetric m : std::as_const(shown))
        headers.append(doraMetricTitle(m));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    for (int r = 0; r < groups.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(titles.value(groups.at(r))));
        for (int c = 0; c < shown.size(); ++c)
            for (const DoraFigure &f : grouped)
                if (f.group == groups.at(r) && f.metric == shown.at(c)) {
                    auto *item = new QTableWidgetItem(doraValueText(f));
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    item->setForeground(f.hasValue ? bandColor(f.band) : palette().color(QPalette::PlaceholderText));
                    item->setToolTip(f.band.isEmpty() ? QString() : tr("%1 (DORA band, as context)").arg(f.band));
                    m_table->setItem(r, c + 1, item);
                }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true); // the group names keep their width
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the computed order first
    m_table->setSortingEnabled(true);
    // Up to ten rows without scrolling (the PNG/PDF export shows what fits).
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + rowHeight * int(std::min<qsizetype>(groups.size(), 10)) + 6);

    // One metric: its card beside the table; all five: cards in a row above it.
    QBoxLayout *layout = shown.size() == 1 ? static_cast<QBoxLayout *>(new QHBoxLayout(this)) : new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    if (shown.size() == 1) {
        auto *column = new QVBoxLayout;
        column->addLayout(cards);
        column->addStretch(1);
        layout->addLayout(column);
    } else {
        layout->addLayout(cards);
    }
    if (!groups.isEmpty())
        layout->addWidget(m_table, 1);
    else
        m_table->hide();
}

QWidget *DoraView::card(const DoraFigure &figure)
{
    auto *frame = new QFrame;
    frame->setObjectName(u"doraCard"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(150);
    auto *title = new QLabel(doraMetricTitle(figure.metric));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *info = new QToolButton;
    // The "ⓘ" as the style's information icon: the glyph is missing from many fonts.
    info->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    info->setIconSize(QSize(16, 16));
    info->setAccessibleName(tr("ⓘ Definition"));
    info->setAutoRaise(true);
    info->setToolTip(doraDefinition(figure.metric));
    connect(info, &QToolButton::clicked, this, [this, figure] {
        QMessageBox::information(this, doraMetricTitle(figure.metric), doraDefinition(figure.metric));
    });
    auto *value = new QLabel(doraValueText(figure));
    value->setObjectName(u"doraValue"_s);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    value->setFont(big);
    auto *band = new QLabel(!figure.hasValue ? tr("no data") : figure.band.isEmpty() ? tr("no band") : figure.band);
    band->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 8px; padding: 1px 8px; }"_s.arg(bandColor(figure.band).name()));
    band->setToolTip(tr("DORA 2024 performance cluster, as context only"));
    auto *count = formstyle::messageLabel(u"dim"_s);
    count->setText(tr("%n sample(s)", nullptr, int(figure.count)));
    auto *numbers = new QPushButton(tr("Numbers behind it…"));
    numbers->setFlat(true);
    numbers->setEnabled(!figure.samples.isEmpty());
    const DoraMetric metric = figure.metric;
    connect(numbers, &QPushButton::clicked, this, [this, metric] { showSamples(metric); });

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(info, 0, Qt::AlignTop);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(band);
    bottom->addWidget(count);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(value);
    layout->addLayout(bottom);
    layout->addWidget(numbers, 0, Qt::AlignLeft);
    return frame;
}

DoraFigureDialog *DoraView::showSamples(DoraMetric metric)
{
    for (const DoraFigure &f : std::as_const(m_overall))
        if (f.metric == metric) {
            auto *dialog = new DoraFigureDialog(f, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &DoraFigureDialog::openEntity, this, [this](const EntityKey &key) {
                if (m_hooks.open)
                    m_hooks.open(key.blueprint, key.identifier);
            });
            dialog->open();
            return dialog;
        }
    return nullptr;
}

} // namespace portolan
