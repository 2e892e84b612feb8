#include "initiativespage.h"

#include "initiativedialog.h"
#include "widgets/confirmdelete.h"
#include "initiativestyle.h"
#include "initiativeview.h"
#include "store/database.h"
#include "store/storelane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

enum Column { TitleColumn, ScorecardColumn, DeadlineColumn, ProgressColumn, StatusColumn };
constexpr int IdentifierRole = Qt::UserRole + 1;

QList<QJsonObject> scorecardDefinitions(const Database &db)
{
    QList<QJsonObject> out;
    QSqlQuery q(db.connection());
    if (q.exec(u"SELECT json FROM scorecards ORDER BY position, identifier"_s))
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

} // namespace

InitiativesPage::InitiativesPage(StoreLane &lane, CatalogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_store(store)
{
    setObjectName(u"initiativesPage"_s);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto *heading = new QLabel(tr("Initiatives"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    m_count = new QLabel;
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(heading);
    titleRow->addWidget(m_count, 1);
    leftLayout->addLayout(titleRow);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("New…"));
    m_edit = new QPushButton(tr("Edit…"));
    m_delete = new QPushButton(tr("Delete…"));
    for (QPushButton *b : {m_new, m_edit, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"initiativeList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Initiative"), tr("Scorecard"), tr("Deadline"), tr("Progress"), tr("Status")});
    m_list->setItemDelegate(new InitiativeCellDelegate(m_list));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(ProgressColumn, 130);
    leftLayout->addWidget(m_list, 1);

    m_view = new InitiativeView;
    m_empty = new QLabel(tr("No initiatives yet.\nAn initiative brings a scorecard's entities to a level by a date: press New…"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &InitiativesPage::selectionChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editInitiative(currentIdentifier()); });
    connect(m_new, &QPushButton::clicked, this, &InitiativesPage::newInitiative);
    connect(m_edit, &QPushButton::clicked, this, [this] { editInitiative(currentIdentifier()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteInitiative(currentIdentifier()); });
    connect(m_view, &InitiativeView::openEntity, this, &InitiativesPage::openEntity);
    selectionChanged();
}

void InitiativesPage::setToday(const QDate &today)
{
    m_today = today;
}

void InitiativesPage::refresh()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_lane.post(
        this, u"initiatives"_s,
        [today](CatalogStore &store) {
            Snapshot snapshot;
            snapshot.initiatives = InitiativeStore(store.database()).initiatives();
            snapshot.scorecards = scorecardDefinitions(store.database());
            for (const Initiative &initiative : std::as_const(snapshot.initiatives))
                snapshot.progress.insert(initiative.identifier, initiativeProgress(store, initiative, today));
            return snapshot;
        },
        [this](const Snapshot &snapshot) { present(snapshot); });
}

void InitiativesPage::present(const Snapshot &snapshot)
{
    const QString keep = m_select.isEmpty() ? currentIdentifier() : m_select;
    m_select.clear();
    m_initiatives = snapshot.initiatives;
    m_scorecards = snapshot.scorecards;
    m_progress = snapshot.progress;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const Initiative &initiative : std::as_const(m_initiatives)) {
        const InitiativeProgress progress = m_progress.value(initiative.identifier);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(TitleColumn, IdentifierRole, initiative.identifier);
        item->setText(TitleColumn, initiative.title);
        item->setToolTip(TitleColumn, initiative.description.isEmpty() ? initiative.title : initiative.description);
        item->setText(ScorecardColumn, scorecardTitle(initiative.scorecard));
        item->setText(DeadlineColumn, locale.toString(initiative.deadline, QLocale::ShortFormat));
        item->setText(ProgressColumn, u"%1%"_s.arg(qRound(progress.share() * 100)));
        item->setToolTip(ProgressColumn, tr("%1 of %2 entities meet the target").arg(progress.done).arg(progress.total));
        item->setData(ProgressColumn, initiativestyle::ProgressRole, progress.share());
        item->setData(ProgressColumn, initiativestyle::BarColorRole, initiativestyle::statusColor(progress.status));
        item->setText(StatusColumn, initiativestyle::statusTitle(progress.status));
        item->setData(StatusColumn, initiativestyle::ChipRole, initiativestyle::statusColor(progress.status));
        item->setToolTip(StatusColumn, progress.explanation);
    }
    for (int column : {ScorecardColumn, DeadlineColumn, StatusColumn})
        m_list->resizeColumnToContents(column);
    m_count->setText(m_initiatives.isEmpty() ? QString()
                     : m_initiatives.size() == 1 ? tr("1 initiative")
                                                 : tr("%1 initiatives").arg(m_initiatives.size()));
    m_stack->setCurrentWidget(m_initiatives.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    if (!m_initiatives.isEmpty()) {
        QTreeWidgetItem *select = m_list->topLevelItem(0);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            if (m_list->topLevelItem(i)->data(TitleColumn, IdentifierRole).toString() == keep)
                select = m_list->topLevelItem(i);
        m_list->setCurrentItem(select);
    }
    selectionChanged();
    Q_EMIT loaded();
}

QString InitiativesPage::currentIdentifier() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TitleColumn, IdentifierRole).toString() : QString();
}

void InitiativesPage::setCurrentIdentifier(const QString &identifier)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(TitleColumn, IdentifierRole).toString() == identifier) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
    m_select = identifier; // not loaded yet: select it when the next refresh is shown
}

void InitiativesPage::selectionChanged()
{
    const QString identifier = currentIdentifier();
    m_edit->setEnabled(!identifier.isEmpty());
    m_delete->setEnabled(!identifier.isEmpty());
    for (const Initiative &initiative : std::as_const(m_initiatives)) {
        if (initiative.identifier == identifier) {
            QJsonObject scorecard;
            for (const QJsonObject &json : std::as_const(m_scorecards))
                if (json.value("identifier"_L1).toString() == initiative.scorecard)
                    scorecard = json;
            m_view->setInitiative(initiative, m_progress.value(identifier), scorecard);
            return;
        }
    }
}

QStringList InitiativesPage::scorecardIdentifiers() const
{
    QStringList out;
    for (const QJsonObject &json : m_scorecards)
        out.append(json.value("identifier"_L1).toString());
    return out;
}

QString InitiativesPage::scorecardTitle(const QString &identifier) const
{
    for (const QJsonObject &json : m_scorecards)
        if (json.value("identifier"_L1).toString() == identifier)
            return json.value("title"_L1).toString(identifier);
    return identifier;
}

QString InitiativesPage::actor() const
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"editor"_s) : user;
}

void InitiativesPage::newInitiative()
{
    openDialog(nullptr);
}

void InitiativesPage::editInitiative(const QString &identifier)
{
    for (const Initiative &initiative : std::as_const(m_initiatives))
        if (initiative.identifier == identifier)
            return openDialog(&initiative);
}

void InitiativesPage::openDialog(const Initiative *existing)
{
    QStringList taken;
    for (const Initiative &initiative : std::as_const(m_initiatives))
        if (!existing || initiative.identifier != existing->identifier)
            taken.append(initiative.identifier);
    InitiativeDialog dialog(m_scorecards, taken, this);
    if (existing)
        dialog.setInitiative(*existing);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Initiative initiative = dialog.initiative();
    const Problems problems = InitiativeStore(m_store.database())
                                  .save({initiative.toJson()}, scorecardIdentifiers(), actor(), Origin::UI);
    if (hasErrors(problems)) {
        QMessageBox::warning(this, tr("Save initiative"), problems.constFirst().toString());
        return;
    }
    m_select = initiative.identifier;
    Q_EMIT changed();
    refresh();
}

bool InitiativesPage::deleteInitiative(const QString &identifier)
{
    QString title = identifier;
    for (const Initiative &initiative : std::as_const(m_initiatives))
        if (initiative.identifier == identifier)
            title = initiative.title;
    if (identifier.isEmpty())
        return false;
    if (!confirmDelete(this, tr("Delete initiative"), tr("Delete the initiative \"%1\"? Its scorecard and results stay.").arg(title)))
        return false;
    const Problems problems = InitiativeStore(m_store.database()).remove(identifier, actor(), Origin::UI);
    if (hasErrors(problems)) {
        QMessageBox::warning(this, tr("Delete initiative"), problems.constFirst().toString());
        return false;
    }
    Q_EMIT changed();
    refresh();
    return true;
}

} // namespace portolan
