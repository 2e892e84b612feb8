#include "initiativeview.h"

#include "initiativeburnup.h"
#include "initiativestyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

enum EntityColumn { EntityTitle, EntityTeam, EntityLevel, EntityDone, EntityNext };
constexpr int BlueprintRole = Qt::UserRole + 1;
constexpr int IdentifierRole = Qt::UserRole + 2;

// Sorts by SortRole where a column sets it (levels by index, not by title).
class SortableItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, initiativestyle::SortRole), theirs = other.data(column, initiativestyle::SortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

QString teamsText(const QStringList &teams)
{
    return teams.isEmpty() ? QObject::tr("(no team)") : teams.join(u", "_s);
}

QTreeWidget *makeTree(const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setItemDelegate(new InitiativeCellDelegate(tree));
    return tree;
}

} // namespace

InitiativeView::InitiativeView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_status = new QLabel;
    m_status->setObjectName(u"initiativeStatus"_s);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_target = new QLabel;
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::RichText);
    m_explanation = new QLabel;
    m_explanation->setWordWrap(true);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_status, 0, Qt::AlignTop);

    m_burnUp = new InitiativeBurnUp;
    m_teams = makeTree({tr("Team"), tr("Meet the target")});
    m_teams->setObjectName(u"initiativeTeams"_s);
    m_teams->setRootIsDecorated(false);
    m_teams->setSelectionMode(QAbstractItemView::NoSelection);
    m_teams->setMinimumWidth(240);
    m_teams->setMaximumWidth(420);
    m_teams->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_teams->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_teams->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *teamsHeading = new QLabel(tr("<b>Progress per team</b> (furthest behind first)"));
    auto *teamsColumn = new QVBoxLayout;
    teamsColumn->addWidget(teamsHeading);
    teamsColumn->addWidget(m_teams);
    m_figures = new QLabel;
    m_figures->setObjectName(u"initiativeFigures"_s);
    m_figures->setTextFormat(Qt::RichText);
    teamsColumn->addSpacing(8);
    teamsColumn->addWidget(m_figures);
    teamsColumn->addStretch();
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_burnUp, 3);
    chartRow->addLayout(teamsColumn, 2);

    m_nextSteps = makeTree({tr("Team / entity"), tr("Next step"), tr("Also failing")});
    m_nextSteps->setObjectName(u"initiativeNextSteps"_s);
    m_entities = makeTree({tr("Entity"), tr("Team"), tr("Level"), tr("Meets target"), tr("Next step")});
    m_entities->setObjectName(u"initiativeEntities"_s);
    m_entities->setRootIsDecorated(false);
    m_entities->setSortingEnabled(true);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_nextSteps, tr("What each owner must do next"));
    m_tabs->addTab(m_entities, tr("Entities"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(titleRow);
    layout->addWidget(m_target);
    layout->addWidget(m_explanation);
    layout->addLayout(chartRow, 3);
    layout->addWidget(m_tabs, 2);

    const auto open = [this](QTreeWidgetItem *item) {
        const QString identifier = item ? item->data(0, IdentifierRole).toString() : QString();
        if (!identifier.isEmpty())
            Q_EMIT openEntity(EntityKey{item->data(0, BlueprintRole).toString(), identifier});
    };
    connect(m_entities, &QTreeWidget::itemDoubleClicked, this, open);
    connect(m_nextSteps, &QTreeWidget::itemDoubleClicked, this, open);
}

void InitiativeView::setInitiative(const Initiative &initiative, const InitiativeProgress &progress, const QJsonObject &scorecard)
{
    const QString scorecardTitle = scorecard.value("title"_L1).toString(initiative.scorecard);
    QStringList levels;
    for (const QJsonValue &level : scorecard.value("levels"_L1).toArray())
        levels.append(level.toObject().value("title"_L1).toString());
    if (levels.isEmpty())
        levels = {u"Basic"_s, u"Bronze"_s, u"Silver"_s, u"Gold"_s};
    QStringList ruleTitles;
    for (const QString &rule : initiative.targetRules) {
        QString title = rule;
        for (const QJsonValue &value : scorecard.value("rules"_L1).toArray())
            if (value.toObject().value("identifier"_L1).toString() == rule)
                title = value.toObject().value("title"_L1).toString(rule);
        ruleTitles.append(u"“%1”"_s.arg(title).toHtmlEscaped());
    }
    const QLocale locale;
    m_title->setText(initiative.title);
    const QColor color = initiativestyle::statusColor(progress.status);
    m_status->setText(initiativestyle::statusTitle(progress.status));
    m_status->setStyleSheet(u"QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; font-weight: bold; }"_s
                                .arg(color.name(), color.lightnessF() > 0.6 ? u"black"_s : u"white"_s));
    const QString goal = initiative.targetLevel.isEmpty()
                             ? tr("pass %1").arg(ruleTitles.join(u", "_s))
                             : tr("reach <b>%1</b> or higher").arg(initiative.targetLevel.toHtmlEscaped());
    const QString share = initiative.targetShare < 1.0 ? tr("%1% of ").arg(qRound(initiative.targetShare * 100)) : QString();
    m_target->setText(tr("%1the entities of <b>%2</b> must %3 between %4 and <b>%5</b>. Owners: %6.")
                          .arg(share.isEmpty() ? tr("All ") : share.at(0).toUpper() + share.mid(1), scorecardTitle.toHtmlEscaped(), goal,
                               locale.toString(initiative.startDate, u"d MMMM yyyy"_s),
                               locale.toString(initiative.deadline, u"d MMMM yyyy"_s),
                               initiative.owners.join(u", "_s).toHtmlEscaped())
                      + (initiative.description.isEmpty() ? QString() : u"<br>"_s + initiative.description.toHtmlEscaped()));
    m_explanation->setText(progress.explanation);
    const QDate today = progress.burnUp.isEmpty() ? QDate::currentDate() : progress.burnUp.constLast().day;
    const qint64 needed = qint64(std::ceil(initiative.targetShare * double(progress.total) - 1e-9));
    const qint64 daysLeft = today.daysTo(initiative.deadline);
    const auto row = [](const QString &name, const QString &value) {
        return u"<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_figures->setText(u"<table>"_s + row(tr("Deadline"), locale.toString(initiative.deadline, u"d MMM yyyy"_s))
                       + row(tr("Days left"), daysLeft >= 0 ? QString::number(daysLeft) : tr("none (%1 over)").arg(-daysLeft))
                       + row(tr("Forecast"), progress.forecast.isValid() ? locale.toString(progress.forecast, u"d MMM yyyy"_s)
                                             : progress.status == InitiativeStatus::Done ? tr("reached") : tr("—"))
                       + row(tr("Still to go"), tr("%1 of %2 needed").arg(std::max<qint64>(0, needed - progress.done)).arg(needed))
                       + u"</table>"_s);
    fitLabels();
    m_burnUp->setProgress(initiative, progress);
    showTeams(progress);
    showNextSteps(progress);
    showEntities(progress, levels);
}

void InitiativeView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

// Word-wrapped labels do not ask their layout for the height their text needs at this width
// (heightForWidth is lost through the splitter and stack): set it from the width they have.
void InitiativeView::fitLabels()
{
    const int width = std::max(200, this->width() - 24);
    for (QLabel *label : {m_title, m_target, m_explanation})
        label->setMinimumHeight(label->heightForWidth(label == m_title ? width - m_status->sizeHint().width() - 8 : width));
}

void InitiativeView::showTeams(const InitiativeProgress &progress)
{
    m_teams->clear();
    for (const InitiativeTeam &team : progress.teams) {
        auto *item = new QTreeWidgetItem(m_teams);
        item->setText(0, team.team);
        const double share = team.total ? double(team.done) / double(team.total) : 1.0;
        item->setText(1, tr("%1 of %2").arg(team.done).arg(team.total));
        item->setData(1, initiativestyle::ProgressRole, share);
        item->setData(1, initiativestyle::BarColorRole, share >= 1.0 ? QColor(u"#16a34a"_s) : share >= 0.5 ? QColor(u"#2563eb"_s) : QColor(u"#d97706"_s));
    }
    // As tall as its rows (up to ten), so the heading and bars sit together beside the chart.
    const int rows = std::min<int>(10, std::max<int>(1, int(progress.teams.size())));
    const int rowHeight = m_teams->topLevelItemCount() ? m_teams->sizeHintForRow(0) : m_teams->fontMetrics().height() + 10;
    m_teams->setFixedHeight(m_teams->header()->sizeHint().height() + rows * rowHeight + 2 * m_teams->frameWidth() + 2);
}

void InitiativeView::showNextSteps(const InitiativeProgress &progress)
{
    m_nextSteps->clear();
    QHash<QString, QTreeWidgetItem *> teams;
    for (const InitiativeTeam &team : progress.teams) { // worst team first
        if (team.done >= team.total)
            continue;
        auto *item = new QTreeWidgetItem(m_nextSteps);
        item->setText(0, team.team);
        const qint64 left = team.total - team.done;
        item->setText(1, left == 1 ? tr("1 entity to bring up") : tr("%1 entities to bring up").arg(left));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        teams.insert(team.team, item);
    }
    for (const InitiativeEntity &entity : progress.entities) {
        if (entity.done)
            continue;
        for (const QString &team : entity.team.isEmpty() ? QStringList{tr("(no team)")} : entity.team) {
            QTreeWidgetItem *parent = teams.value(team);
            if (!parent)
                continue;
            auto *item = new QTreeWidgetItem(parent);
            item->setText(0, entity.title);
            item->setData(0, BlueprintRole, entity.blueprint);
            item->setData(0, IdentifierRole, entity.identifier);
            item->setText(1, entity.nextStep.isEmpty() ? tr("Re-evaluate: no failing rule recorded") : entity.nextStep);
            item->setText(2, entity.failingRules.mid(1).join(u", "_s));
            item->setToolTip(2, entity.failingRules.join(u"\n"_s));
        }
    }
    m_nextSteps->expandAll();
    m_nextSteps->resizeColumnToContents(0);
    m_nextSteps->resizeColumnToContents(1);
}

void InitiativeView::showEntities(const InitiativeProgress &progress, const QStringList &levels)
{
    m_entities->setSortingEnabled(false);
    m_entities->clear();
    for (const InitiativeEntity &entity : progress.entities) {
        auto *item = new SortableItem(m_entities);
        item->setText(EntityTitle, entity.title);
        item->setToolTip(EntityTitle, entity.identifier);
        item->setData(EntityTitle, BlueprintRole, entity.blueprint);
        item->setData(EntityTitle, IdentifierRole, entity.identifier);
        item->setText(EntityTeam, teamsText(entity.team));
        item->setText(EntityLevel, levels.value(entity.level, QString::number(entity.level)));
        item->setData(EntityLevel, initiativestyle::SortRole, entity.level);
        item->setText(EntityDone, entity.done ? tr("Yes") : tr("No"));
        item->setData(EntityDone, initiativestyle::ChipRole, entity.done ? QColor(u"#16a34a"_s) : QColor(u"#e5e7eb"_s));
        item->setData(EntityDone, initiativestyle::SortRole, entity.done ? 1 : 0);
        item->setText(EntityNext, entity.nextStep);
    }
    m_entities->setSortingEnabled(true);
    m_entities->sortByColumn(EntityDone, Qt::AscendingOrder);
    for (int column : {EntityTitle, EntityTeam, EntityLevel, EntityDone})
        m_entities->resizeColumnToContents(column);
}

} // namespace portolan
