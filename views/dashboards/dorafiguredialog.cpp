#include "dorafiguredialog.h"

#include "designer/formstyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
bool isRate(DoraMetric metric)
{
    return metric == DoraMetric::ChangeFailRate || metric == DoraMetric::ReworkRate;
}
} // namespace

QString doraValueText(const DoraFigure &figure)
{
    if (!figure.hasValue)
        return u"—"_s;
    if (isRate(figure.metric))
        return QLocale().toString(figure.value * 100.0, 'f', 1) + u" %"_s;
    const double v = figure.value;
    const QString number = v >= 100 ? QLocale().toString(v, 'f', 0) : QLocale().toString(v, 'f', 1);
    return number + u' ' + doraUnit(figure.metric);
}

QString doraSampleValueText(DoraMetric metric, double value)
{
    if (isRate(metric))
        return value > 0 ? DoraFigureDialog::tr("counts") : DoraFigureDialog::tr("—");
    if (metric == DoraMetric::DeploymentFrequency)
        return QLocale().toString(value, 'f', 0);
    return DoraFigureDialog::tr("%1 h").arg(QLocale().toString(value, 'f', 1));
}

DoraFigureDialog::DoraFigureDialog(const DoraFigure &figure, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(figure.samples.size()), 4))
{
    const QString group = figure.groupTitle.isEmpty() ? (figure.group.isEmpty() ? tr("all services") : figure.group) : figure.groupTitle;
    setWindowTitle(tr("%1 · %2").arg(doraMetricTitle(figure.metric), group));
    auto *heading = formstyle::sectionHeader(tr("%1: %2").arg(doraMetricTitle(figure.metric), doraValueText(figure)));
    auto *summary = formstyle::messageLabel(u"dim"_s);
    summary->setWordWrap(true);
    summary->setText(tr("%n sample(s) for %1. %2", nullptr, int(figure.count)).arg(group, doraDefinition(figure.metric)));

    m_table->setHorizontalHeaderLabels({tr("Entity"), tr("At"), tr("Value"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    for (int r = 0; r < figure.samples.size(); ++r) {
        const DoraSample &s = figure.samples.at(r);
        auto *entity = new QTableWidgetItem(s.title.isEmpty() ? s.identifier : s.title);
        entity->setData(Qt::UserRole, s.blueprint);
        entity->setData(Qt::UserRole + 1, s.identifier);
        entity->setToolTip(s.blueprint + u':' + s.identifier);
        m_table->setItem(r, 0, entity);
        auto *at = new QTableWidgetItem(QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat));
        at->setData(Qt::UserRole, s.at);
        m_table->setItem(r, 1, at);
        auto *value = new QTableWidgetItem(doraSampleValueText(figure.metric, s.value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 2, value);
        m_table->setItem(r, 3, new QTableWidgetItem(s.note));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && !item->data(Qt::UserRole + 1).toString().isEmpty())
            Q_EMIT openEntity(EntityKey{item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString()});
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace portolan
