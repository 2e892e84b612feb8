#include "drilldowndialog.h"

#include "catalog/entity.h"
#include "designer/formstyle.h"
#include "query/entityquery.h"
#include "store/storelane.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
struct Listing {
    qint64 total = 0;
    QList<Entity> entities;
    QString problem;
};
} // namespace

DrillDownDialog::DrillDownDialog(StoreLane &lane, const Drill &drill, QWidget *parent)
    : QDialog(parent)
    , m_drill(drill)
    , m_count(formstyle::messageLabel(u"dim"_s))
    , m_table(new QTableWidget(0, 3))
{
    setWindowTitle(drill.title.isEmpty() ? tr("Entities") : drill.title);
    auto *heading = formstyle::sectionHeader(drill.title.isEmpty() ? drill.blueprint : drill.title);
    m_count->setText(tr("Loading…"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Identifier"), tr("Team")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click to open"));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_table->item(row, 1))
            Q_EMIT openEntity(EntityKey{m_drill.blueprint, item->text()});
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 460);

    EntityQuery query;
    query.blueprint = drill.blueprint;
    query.filter = drill.filter;
    query.sort = {EntityQuery::Sort{u"$title"_s, true}};
    query.limit = kLimit;
    lane.post(
        this, u"drilldown"_s,
        [query](CatalogStore &store) {
            Listing listing;
            Problems problems;
            listing.entities = store.query(query, &problems);
            listing.total = store.count(query);
            if (hasErrors(problems))
                listing.problem = problems.constFirst().toString();
            return listing;
        },
        [this](const Listing &listing) {
            m_total = listing.total;
            m_table->setRowCount(int(listing.entities.size()));
            for (int r = 0; r < listing.entities.size(); ++r) {
                const Entity &e = listing.entities.at(r);
                m_table->setItem(r, 0, new QTableWidgetItem(e.title.isEmpty() ? e.identifier : e.title));
                m_table->setItem(r, 1, new QTableWidgetItem(e.identifier));
                m_table->setItem(r, 2, new QTableWidgetItem(e.team.join(u", "_s)));
            }
            m_table->resizeColumnsToContents();
            m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            if (!listing.problem.isEmpty())
                m_count->setText(listing.problem);
            else if (listing.total > kLimit)
                m_count->setText(tr("%1 entities; the first %2 shown").arg(listing.total).arg(kLimit));
            else
                m_count->setText(tr("%n entities", nullptr, int(listing.total)));
            Q_EMIT loaded();
        });
}

QStringList DrillDownDialog::identifiers() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append(m_table->item(r, 1)->text());
    return out;
}

} // namespace portolan
