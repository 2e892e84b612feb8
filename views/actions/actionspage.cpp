#include "actionspage.h"

#include "actioneditor.h"
#include "widgets/confirmdelete.h"
#include "actions/actionstore.h"
#include "actionspagebadge.h"
#include "actionspagesummary.h"
#include "catalog/chipstyle.h"
#include "designer/formstyle.h"
#include "store/catalogstore.h"
#include "store/storelane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int kIdentifierRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

// A round mark with the icon's (or the title's) initial, coloured like the operation's chip.
QIcon actionMark(const ActionDefinition &action)
{
    const QString name = action.icon.isEmpty() ? action.title : action.icon;
    QPixmap pixmap(40, 40);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // Solid, so it reads on a selected row as well as on the base colour.
    const QColor colour = ActionsPageBadge::colorOf(operationName(action.operation));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, 19, 19));
    QFont font;
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(chipTextColor(colour));
    painter.drawText(QRectF(0, 0, 20, 20), Qt::AlignCenter, name.left(1).toUpper());
    return QIcon(pixmap);
}

QString approvalText(const ActionDefinition &action)
{
    switch (action.approval()) {
    case ActionDefinition::Approval::None: return {};
    case ActionDefinition::Approval::Any: return ActionsPage::tr("✓ any");
    case ActionDefinition::Approval::All: return ActionsPage::tr("✓ all");
    }
    return {};
}

QString backendTitle(const QString &type)
{
    if (type == "WEBHOOK"_L1)
        return ActionsPage::tr("Webhook");
    if (type == "UPSERT_ENTITY"_L1)
        return ActionsPage::tr("Upsert entity");
    if (type == "DELETE_ENTITY"_L1)
        return ActionsPage::tr("Delete entity");
    if (type == "GITHUB"_L1)
        return ActionsPage::tr("GitHub workflow");
    if (type == "GITLAB"_L1)
        return ActionsPage::tr("GitLab pipeline");
    return type;
}
} // namespace

ActionsPage::ActionsPage(StoreLane &lane, CatalogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_store(store)
    , m_count(formstyle::messageLabel(u"dim"_s))
    , m_search(new QLineEdit)
    , m_new(new QPushButton(tr("&New…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_duplicate(new QPushButton(tr("D&uplicate…")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_export(new QPushButton(tr("E&xport JSON…")))
    , m_import(new QPushButton(tr("&Import JSON…")))
    , m_stack(new QStackedWidget)
    , m_list(new QTreeWidget)
    , m_empty(formstyle::messageLabel(u"dim"_s))
    , m_summary(new ActionsPageSummary)
{
    auto *title = new QLabel(tr("Self-service actions"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_count->setWordWrap(false);
    m_search->setPlaceholderText(tr("Search actions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_new->setToolTip(tr("A new action, in the editor"));
    m_delete->setToolTip(tr("Delete the selected action (Delete); asks first"));
    m_export->setToolTip(tr("Save every action as a JSON array of Port definitions"));
    m_import->setToolTip(tr("Read Port action definitions from a JSON file; all or nothing"));

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Action"), tr("Operation"), tr("Backend"), tr("Approval")});
    m_list->setItemDelegateForColumn(1, new ActionsPageBadge(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(20, 20));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Actions"));
    m_list->installEventFilter(this);
    m_empty->setText(tr("No actions yet.\nNew… makes one; Import JSON… reads Port action definitions."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(title);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_search);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (QPushButton *button : {m_new, m_edit, m_duplicate, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_summary->setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ActionsPage::filter);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ActionsPage::selectionChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kIdentifierRole).toString().isEmpty())
            editAction(item->data(0, kIdentifierRole).toString());
    });
    connect(m_new, &QPushButton::clicked, this, &ActionsPage::newAction);
    connect(m_edit, &QPushButton::clicked, this, [this] { editAction(currentIdentifier()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateAction(currentIdentifier()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteAction(currentIdentifier()); });
    connect(m_export, &QPushButton::clicked, this, &ActionsPage::exportClicked);
    connect(m_import, &QPushButton::clicked, this, &ActionsPage::importClicked);
    connect(m_summary, &ActionsPageSummary::editRequested, this, [this] { editAction(currentIdentifier()); });
    connect(m_summary, &ActionsPageSummary::runRequested, this, [this] { Q_EMIT runRequested(currentIdentifier()); });
    connect(m_summary, &ActionsPageSummary::runsRequested, this, [this] { Q_EMIT runsRequested(currentIdentifier()); });
    selectionChanged();
}

void ActionsPage::refresh()
{
    m_lane.post(
        this, u"actions"_s,
        [](CatalogStore &store) {
            Snapshot snapshot;
            snapshot.actions = ActionStore(store.database()).actions();
            snapshot.blueprints = store.blueprints();
            return snapshot;
        },
        [this](const Snapshot &snapshot) { present(snapshot); });
}

void ActionsPage::present(const Snapshot &snapshot)
{
    const QString selected = m_select.isEmpty() ? currentIdentifier() : m_select;
    m_select.clear();
    m_actions = snapshot.actions;
    m_blueprints = snapshot.blueprints;
    rebuild();
    setCurrentIdentifier(selected);
    if (currentIdentifier().isEmpty() && !m_actions.isEmpty())
        setCurrentIdentifier(m_actions.constFirst().identifier);
    Q_EMIT loaded();
}

QString ActionsPage::blueprintTitle(const QString &identifier) const
{
    for (const Blueprint &bp : m_blueprints)
        if (bp.identifier == identifier)
            return bp.title.isEmpty() ? identifier : bp.title;
    return identifier;
}

void ActionsPage::rebuild()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    // Groups in the blueprints' order (the sidebar's), then blueprints the store does not know,
    // then actions without a blueprint.
    QStringList order;
    for (const Blueprint &bp : std::as_const(m_blueprints))
        order.append(bp.identifier);
    for (const ActionDefinition &action : std::as_const(m_actions))
        if (!order.contains(action.blueprint))
            order.append(action.blueprint);
    QFont groupFont = m_list->font();
    groupFont.setBold(true);
    for (const QString &blueprint : std::as_const(order)) {
        QList<const ActionDefinition *> members;
        for (const ActionDefinition &action : std::as_const(m_actions))
            if (action.blueprint == blueprint)
                members.append(&action);
        if (members.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_list);
        group->setText(0, (blueprint.isEmpty() ? tr("No blueprint") : blueprintTitle(blueprint)) + u"  ·  "_s + QString::number(members.size()));
        group->setFont(0, groupFont);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        group->setData(0, kSearchRole, QString(blueprint.toLower() + u' ' + blueprintTitle(blueprint).toLower()));
        for (const ActionDefinition *action : std::as_const(members)) {
            auto *item = new QTreeWidgetItem(group, {action->title, operationName(action->operation),
                                                     backendTitle(action->invocationType()), approvalText(*action)});
            item->setIcon(0, actionMark(*action));
            item->setData(0, kIdentifierRole, action->identifier);
            item->setData(0, kSearchRole, QStringList{action->identifier, action->title, action->description, action->icon,
                                                      action->invocationType(), operationName(action->operation)}
                                              .join(u' ')
                                              .toLower());
            item->setToolTip(0, action->description.isEmpty() ? action->identifier : action->identifier + u"\n"_s + action->description);
            item->setToolTip(3, action->approval() == ActionDefinition::Approval::None ? QString() : tr("Runs wait for approval"));
        }
        group->setExpanded(true);
    }
    for (int c = 1; c < 4; ++c) {
        m_list->resizeColumnToContents(c);
        m_list->setColumnWidth(c, std::max(m_list->columnWidth(c) + 18, 80));
    }
    m_count->setText(m_actions.size() == 1 ? tr("1 action") : tr("%1 actions").arg(m_actions.size()));
    m_stack->setCurrentWidget(m_actions.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    filter();
}

void ActionsPage::filter()
{
    const QStringList words = m_search->text().toLower().split(u' ', Qt::SkipEmptyParts);
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        const QString groupText = group->data(0, kSearchRole).toString();
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString text = item->data(0, kSearchRole).toString() + u' ' + groupText;
            const bool match = std::all_of(words.cbegin(), words.cend(), [&text](const QString &w) { return text.contains(w); });
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QString ActionsPage::currentIdentifier() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, kIdentifierRole).toString() : QString();
}

void ActionsPage::setCurrentIdentifier(const QString &identifier)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (!identifier.isEmpty() && group->child(i)->data(0, kIdentifierRole).toString() == identifier) {
                m_list->setCurrentItem(group->child(i));
                return;
            }
    }
    selectionChanged();
}

const ActionDefinition *ActionsPage::find(const QString &identifier) const
{
    for (const ActionDefinition &action : m_actions)
        if (action.identifier == identifier)
            return &action;
    return nullptr;
}

void ActionsPage::selectionChanged()
{
    const ActionDefinition *action = find(currentIdentifier());
    m_summary->showAction(action, action ? blueprintTitle(action->blueprint) : QString());
    for (QPushButton *button : {m_edit, m_duplicate, m_delete})
        button->setEnabled(action != nullptr);
    m_export->setEnabled(!m_actions.isEmpty());
}

bool ActionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && !currentIdentifier().isEmpty()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        deleteAction(currentIdentifier());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QStringList ActionsPage::identifiers() const
{
    QStringList out;
    for (const ActionDefinition &action : m_actions)
        out.append(action.identifier);
    return out;
}

QString ActionsPage::actor() const
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"editor"_s) : user;
}

void ActionsPage::openEditor(const QJsonObject &json, const QString &stored)
{
    if (m_editor)
        return;
    m_editor = new ActionEditor(m_store, m_blueprints, json, stored, identifiers(), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setWindowModality(Qt::WindowModal);
    connect(m_editor, &ActionEditor::saved, this, [this](const QString &identifier) {
        m_select = identifier;
        refresh();
        Q_EMIT changed();
    });
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    m_editor->open();
}

void ActionsPage::newAction()
{
    QJsonObject json = ActionEditor::blankAction();
    // Start on the blueprint of the selected action: new actions often sit beside it.
    if (const ActionDefinition *current = find(currentIdentifier()); current && !current->blueprint.isEmpty()) {
        QJsonObject trigger = json.value("trigger"_L1).toObject();
        trigger.insert(u"blueprintIdentifier"_s, current->blueprint);
        json.insert(u"trigger"_s, trigger);
    }
    openEditor(json, {});
}

void ActionsPage::editAction(const QString &identifier)
{
    if (const ActionDefinition *action = find(identifier))
        openEditor(action->toJson(), identifier);
}

void ActionsPage::duplicateAction(const QString &identifier)
{
    const ActionDefinition *action = find(identifier);
    if (!action)
        return;
    QJsonObject json = action->toJson();
    const QStringList taken = identifiers();
    QString copy = identifier + u"_copy"_s;
    for (int n = 2; taken.contains(copy); ++n)
        copy = identifier + u"_copy"_s + QString::number(n);
    json.insert(u"identifier"_s, copy);
    json.insert(u"title"_s, tr("%1 (copy)").arg(action->title));
    openEditor(json, {});
}

bool ActionsPage::deleteAction(const QString &identifier)
{
    const ActionDefinition *action = find(identifier);
    if (!action)
        return false;
    if (!confirmDelete(this, tr("Delete action"), tr("Delete the action \"%1\"?").arg(action->title),
                       tr("People will no longer see it. Its past runs stay in the runs list; the audit log keeps its definition.")))
        return false;
    const Problems problems = ActionStore(m_store.database()).remove(identifier, actor(), Origin::UI);
    if (hasErrors(problems)) {
        QMessageBox::warning(this, tr("Delete action"), problems.constFirst().toString());
        return false;
    }
    refresh();
    Q_EMIT changed();
    return true;
}

} // namespace portolan
