#include "historytab.h"

#include "diffdelegate.h"
#include "entity/auditchangemodel.h"
#include "entity/audithistorymodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
QTableView *table(const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QWidget *titled(const QString &title, QPlainTextEdit *edit)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title);
    label->setBuddy(edit);
    layout->addWidget(label);
    layout->addWidget(edit);
    edit->setReadOnly(true);
    edit->setPlaceholderText(QObject::tr("(absent)"));
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return box;
}
} // namespace

HistoryTab::HistoryTab(QWidget *parent)
    : QWidget(parent)
    , m_historyModel(new AuditHistoryModel(this))
    , m_changeModel(new AuditChangeModel(this))
    , m_entries(table(u"historyEntries"_s))
    , m_heading(new QLabel)
    , m_changes(table(u"historyChanges"_s))
    , m_before(new QPlainTextEdit)
    , m_after(new QPlainTextEdit)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_entries->setModel(m_historyModel);
    m_entries->horizontalHeader()->setDefaultSectionSize(200);
    m_changes->setModel(m_changeModel);
    m_changes->setItemDelegate(new DiffDelegate(m_changes));
    m_changes->horizontalHeader()->setDefaultSectionSize(260);
    m_changes->setColumnWidth(AuditChangeModel::KindColumn, 110);
    m_before->setObjectName(u"changeBefore"_s);
    m_after->setObjectName(u"changeAfter"_s);

    auto *changesBox = new QWidget;
    auto *changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 8, 0, 0);
    m_heading->setObjectName(u"changesHeading"_s);
    changesLayout->addWidget(m_heading);
    changesLayout->addWidget(m_changes);
    auto *values = new QSplitter(Qt::Horizontal);
    values->addWidget(titled(tr("Before"), m_before));
    values->addWidget(titled(tr("After"), m_after));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_entries);
    splitter->addWidget(changesBox);
    splitter->addWidget(values);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    connect(m_entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(current); });
    connect(m_changes->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showChange(current); });
}

void HistoryTab::setEntries(const QList<AuditEntry> &entries, const NameDirectory &names)
{
    m_historyModel->setEntries(entries, names);
    if (m_historyModel->rowCount() > 0)
        m_entries->setCurrentIndex(m_historyModel->index(0, 0));
    else
        showEntry({});
}

void HistoryTab::showEntry(const QModelIndex &index)
{
    const AuditEntry *entry = m_historyModel->entry(index);
    if (!entry) {
        m_heading->setText(m_historyModel->rowCount() ? tr("Select a change above to see what it did.") : tr("No recorded changes."));
        m_changeModel->setChanges({});
        showChange({});
        return;
    }
    const QList<AuditChange> changes = AuditDiff::diff(entry->before, entry->after);
    const QString who = m_historyModel->index(index.row(), AuditHistoryModel::WhoColumn).data().toString();
    const QString when = m_historyModel->index(index.row(), AuditHistoryModel::WhenColumn).data().toString();
    const QString what = entry->action == "create"_L1 ? tr("Created")
                         : entry->action == "delete"_L1 ? tr("Deleted")
                         : entry->action == "update"_L1 ? tr("Updated")
                                                        : entry->action;
    m_heading->setText(tr("%1 by %2 on %3 (%4) · %n changes", nullptr, int(changes.size())).arg(what, who, when, entry->origin));
    m_changeModel->setChanges(changes);
    if (!changes.isEmpty())
        m_changes->setCurrentIndex(m_changeModel->index(0, 0));
    else
        showChange({});
}

void HistoryTab::showChange(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_changeModel->changes().size()) {
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditChange &change = m_changeModel->changes().at(index.row());
    m_before->setPlainText(AuditChangeModel::fullText(change.before));
    m_after->setPlainText(AuditChangeModel::fullText(change.after));
}

} // namespace portolan
