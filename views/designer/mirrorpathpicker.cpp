#include "mirrorpathpicker.h"

#include "design/modeldraft.h"
#include "formfields.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

enum Role { PathRole = Qt::UserRole, TargetRole, DepthRole, PopulatedRole };
constexpr int kMaxHops = 6; // deep enough for any sane model; cycles (service → dependsOn → service) stop here

struct Meta {
    QString id;
    const char *title;
    const char *type;
};
const Meta kMeta[] = {
    {u"$identifier"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Identifier"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Text")},
    {u"$title"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Title"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Text")},
    {u"$team"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Team"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "List of teams")},
    {u"$icon"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Icon"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Text")},
    {u"$createdAt"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Created at"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Date and time")},
    {u"$updatedAt"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Updated at"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Date and time")},
    {u"$createdBy"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Created by"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Text")},
    {u"$updatedBy"_s, QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Updated by"), QT_TRANSLATE_NOOP("portolan::MirrorPathPicker", "Text")},
};

QString titled(const QString &title, const QString &id)
{
    return title.isEmpty() || title == id ? id : u"%1  (%2)"_s.arg(title, id);
}

// Follows the relations of `path` (all segments but the last); the blueprint reached, or a reason.
QString walk(const ModelDraft &draft, const QString &start, const QStringList &parts, QString *end, bool *many)
{
    QString current = start;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const Blueprint bp = draft.blueprint(current);
        const RelationDef *relation = bp.relation(parts.at(i));
        if (!relation)
            return QCoreApplication::translate("portolan::MirrorPathPicker", "\"%1\" is not a relation of %2").arg(parts.at(i), current);
        if (!draft.contains(relation->target))
            return QCoreApplication::translate("portolan::MirrorPathPicker", "relation \"%1\" leads to unknown blueprint \"%2\"").arg(parts.at(i), relation->target);
        if (many && relation->many)
            *many = true;
        current = relation->target;
    }
    *end = current;
    return {};
}

} // namespace

MirrorPathPicker::MirrorPathPicker(const ModelDraft &draft, const QString &blueprint, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_blueprint(blueprint)
    , m_tree(new QTreeWidget)
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Relation or property"), tr("Type")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Mirror path"));
    m_tree->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    auto *root = new QTreeWidgetItem(m_tree, {titled(draft.json(blueprint).value("title"_L1).toString(), blueprint), tr("Blueprint")});
    root->setData(0, TargetRole, blueprint);
    root->setData(0, DepthRole, 0);
    root->setFlags(Qt::ItemIsEnabled);
    addChildren(root, blueprint, QString(), 0);
    root->setData(0, PopulatedRole, true);
    root->setExpanded(true);

    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) { populate(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->data(0, TargetRole).toString().isEmpty())
            return; // the blueprint or a relation: the way to a value, not one
        const QString path = item->data(0, PathRole).toString();
        if (path.isEmpty() || path == m_path)
            return;
        m_path = path;
        Q_EMIT pathChosen(path);
    });
}

void MirrorPathPicker::addChildren(QTreeWidgetItem *parent, const QString &blueprint, const QString &prefix, int depth)
{
    const Blueprint bp = m_draft.blueprint(blueprint);
    // Relations first: they are the way on.
    if (depth < kMaxHops) {
        for (const RelationDef &r : bp.relations) {
            if (!m_draft.contains(r.target))
                continue;
            const QString targetTitle = m_draft.json(r.target).value("title"_L1).toString(r.target);
            auto *item = new QTreeWidgetItem(parent, {titled(r.title, r.id) + u"  →  "_s + targetTitle,
                                                      r.many ? tr("Relation, many") : tr("Relation")});
            item->setData(0, PathRole, QString(prefix + r.id));
            item->setData(0, TargetRole, r.target);
            item->setData(0, DepthRole, depth + 1);
            item->setFlags(Qt::ItemIsEnabled);
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
    }
    if (depth == 0)
        return; // a mirror reads another entity: its path goes through one relation at least
    for (const PropertyDef &p : bp.properties) {
        QJsonObject schema = bp.json.value("schema"_L1).toObject().value("properties"_L1).toObject().value(p.id).toObject();
        auto *item = new QTreeWidgetItem(parent, {titled(p.title, p.id), formfields::describeType(schema)});
        item->setData(0, PathRole, QString(prefix + p.id));
    }
    for (const CalculationDef &c : bp.calculations) {
        auto *item = new QTreeWidgetItem(parent, {titled(c.title, c.id), tr("Calculation")});
        item->setData(0, PathRole, QString(prefix + c.id));
    }
    for (const MirrorDef &m : bp.mirrors) {
        auto *item = new QTreeWidgetItem(parent, {titled(m.title, m.id), tr("Mirror of %1").arg(m.path)});
        item->setData(0, PathRole, QString(prefix + m.id));
    }
    for (const Meta &meta : kMeta) {
        auto *item = new QTreeWidgetItem(parent, {titled(tr(meta.title), meta.id), tr(meta.type)});
        item->setData(0, PathRole, QString(prefix + meta.id));
        QFont font = item->font(0);
        font.setItalic(true);
        item->setFont(0, font);
    }
}

void MirrorPathPicker::populate(QTreeWidgetItem *item)
{
    if (item->data(0, PopulatedRole).toBool())
        return;
    item->setData(0, PopulatedRole, true);
    addChildren(item, item->data(0, TargetRole).toString(), item->data(0, PathRole).toString() + u'.',
                item->data(0, DepthRole).toInt());
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

void MirrorPathPicker::setPath(const QString &path)
{
    m_path = path;
    QTreeWidgetItem *item = m_tree->topLevelItem(0);
    const QStringList parts = path.split(u'.');
    QString prefix;
    for (qsizetype i = 0; i < parts.size() && item; ++i) {
        prefix += (i ? u"."_s : QString()) + parts.at(i);
        populate(item);
        item->setExpanded(i + 1 < parts.size() || item == m_tree->topLevelItem(0));
        QTreeWidgetItem *next = nullptr;
        for (int c = 0; c < item->childCount() && !next; ++c) {
            if (item->child(c)->data(0, PathRole).toString() == prefix)
                next = item->child(c);
        }
        item = next;
    }
    const QSignalBlocker block(m_tree);
    m_tree->setCurrentItem(item);
    if (item)
        m_tree->scrollToItem(item);
}

QString MirrorPathPicker::check(const ModelDraft &draft, const QString &blueprint, const QString &path)
{
    if (path.isEmpty())
        return tr("pick a property of a related blueprint");
    const QStringList parts = path.split(u'.');
    if (parts.size() < 2 || parts.contains(QString()))
        return tr("a path is relation[.relation…].property");
    QString end;
    const QString reason = walk(draft, blueprint, parts, &end, nullptr);
    if (!reason.isEmpty())
        return reason;
    const QString &last = parts.last();
    const Blueprint target = draft.blueprint(end);
    for (const Meta &meta : kMeta)
        if (meta.id == last)
            return {};
    if (target.property(last) || target.mirror(last))
        return {};
    for (const CalculationDef &c : target.calculations)
        if (c.id == last)
            return {};
    return tr("\"%1\" is not a property of %2").arg(last, end);
}

QString MirrorPathPicker::describe(const ModelDraft &draft, const QString &blueprint, const QString &path)
{
    if (!check(draft, blueprint, path).isEmpty())
        return {};
    const QStringList parts = path.split(u'.');
    QString end;
    bool many = false;
    walk(draft, blueprint, parts, &end, &many);
    const Blueprint target = draft.blueprint(end);
    QString what;
    if (const PropertyDef *p = target.property(parts.last())) {
        const QJsonObject schema = target.json.value("schema"_L1).toObject().value("properties"_L1).toObject().value(p->id).toObject();
        what = tr("%1 of %2 · %3").arg(p->title.isEmpty() ? p->id : p->title, target.title.isEmpty() ? end : target.title,
                                       formfields::describeType(schema));
    } else {
        what = tr("%1 of %2").arg(parts.last(), target.title.isEmpty() ? end : target.title);
    }
    return many ? tr("%1 — a list: the path goes through a relation to many").arg(what) : what;
}

} // namespace portolan
