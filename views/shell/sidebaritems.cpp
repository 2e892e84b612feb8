#include "sidebaritems.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace portolan::SidebarItems {
namespace {

QStandardItem *item(Kind kind, const QString &id, const QString &text, Qt::ItemFlags flags)
{
    auto *i = new QStandardItem(text);
    i->setData(int(kind), KindRole);
    i->setData(id, IdRole);
    i->setFlags(flags);
    return i;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::SidebarItems", text);
}

} // namespace

QStandardItem *home()
{
    QStandardItem *i = item(Kind::Home, {}, tr("Home"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setIcon(QIcon::fromTheme(u"go-home"_s));
    return i;
}

QStandardItem *heading(const QString &title, bool acceptsDrops)
{
    QStandardItem *i = item(Kind::Heading, {}, title, Qt::ItemIsEnabled | (acceptsDrops ? Qt::ItemIsDropEnabled : Qt::NoItemFlags));
    QFont bold = i->font();
    bold.setBold(true);
    i->setFont(bold);
    return i;
}

QStandardItem *folder(const QString &name)
{
    QStandardItem *i = item(Kind::Folder, name, name, Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
    i->setIcon(QIcon::fromTheme(u"folder"_s, QApplication::style()->standardIcon(QStyle::SP_DirIcon)));
    return i;
}

QStandardItem *blueprint(const QString &identifier, const QString &title, qint64 count)
{
    const QString text = count < 0 ? title : u"%1  ·  %2"_s.arg(title, QLocale().toString(count));
    QStandardItem *i = item(Kind::Blueprint, identifier, text, Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    i->setToolTip(identifier);
    return i;
}

QStandardItem *audit()
{
    return item(Kind::Audit, {}, tr("Audit log"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

QStandardItem *designer()
{
    QStandardItem *i = item(Kind::Designer, {}, tr("Blueprint designer"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(tr("Model the portal: blueprints, properties, relations; changes applied as migrations."));
    return i;
}

QStandardItem *actions()
{
    QStandardItem *i = item(Kind::Actions, {}, tr("Self-service actions"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(tr("The portal's actions: forms that scaffold, deploy, provision… without a ticket."));
    return i;
}

QStandardItem *runs()
{
    QStandardItem *i = item(Kind::Runs, {}, tr("Action runs"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(tr("Every run of an action: status, logs, approvals."));
    return i;
}

QStandardItem *scorecards()
{
    QStandardItem *i = item(Kind::Scorecards, {}, tr("Scorecards"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(tr("Standards every entity is graded against (Basic → Gold), evaluated as data changes."));
    return i;
}

QStandardItem *initiatives()
{
    QStandardItem *i = item(Kind::Initiatives, {}, tr("Initiatives"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(tr("Goals with deadlines over a scorecard: progress, who must do what next, on track or not."));
    return i;
}

QStandardItem *dashboards()
{
    QStandardItem *i = item(Kind::Dashboards, {}, tr("Dashboards"), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setToolTip(tr("Saved dashboards: your services, initiatives, scorecards and DORA metrics."));
    return i;
}

QList<QStandardItem *> laterPlaces()
{
    const QList<std::pair<const char *, const char *>> places{
        {QT_TRANSLATE_NOOP("portolan::SidebarItems", "Integrations"), QT_TRANSLATE_NOOP("portolan::SidebarItems", "Sync with GitHub, PagerDuty, Kubernetes…")},
    };
    QList<QStandardItem *> items;
    for (const auto &[title, what] : places) {
        QStandardItem *i = item(Kind::Later, QString::fromLatin1(title), tr(title), Qt::NoItemFlags);
        i->setToolTip(tr("Not in this version yet: %1").arg(tr(what)));
        items.append(i);
    }
    return items;
}

std::optional<Place> place(const QModelIndex &index)
{
    switch (Kind(index.data(KindRole).toInt())) {
    case Kind::Home: return Place::home();
    case Kind::Blueprint: return Place::catalog(index.data(IdRole).toString());
    case Kind::Audit: return Place::audit();
    case Kind::Designer: return Place::designer();
    case Kind::Actions: return Place::actions();
    case Kind::Runs: return Place::runs();
    case Kind::Scorecards: return Place::scorecards();
    case Kind::Initiatives: return Place::initiatives();
    case Kind::Dashboards: return Place::dashboards();
    default: return std::nullopt;
    }
}

QModelIndex find(const QStandardItemModel *model, const Place &place)
{
    const auto matches = [&](const QStandardItem *i) {
        const Kind kind = Kind(i->data(KindRole).toInt());
        switch (place.kind) {
        case Place::Kind::Home: return kind == Kind::Home;
        case Place::Kind::Audit: return kind == Kind::Audit;
        case Place::Kind::Designer: return kind == Kind::Designer;
        case Place::Kind::Actions: return kind == Kind::Actions;
        case Place::Kind::Runs:
        case Place::Kind::Run: return kind == Kind::Runs;
        case Place::Kind::Scorecards: return kind == Kind::Scorecards;
        case Place::Kind::Initiatives: return kind == Kind::Initiatives;
        case Place::Kind::Dashboards: return kind == Kind::Dashboards;
        default: return kind == Kind::Blueprint && i->data(IdRole).toString() == place.blueprint;
        }
    };
    QList<QStandardItem *> pending{model->invisibleRootItem()};
    while (!pending.isEmpty()) {
        QStandardItem *parent = pending.takeFirst();
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *child = parent->child(row);
            if (matches(child))
                return child->index();
            pending.append(child);
        }
    }
    return {};
}

} // namespace portolan::SidebarItems
