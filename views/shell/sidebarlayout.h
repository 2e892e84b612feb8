#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace portolan {

// How the user arranged the catalog in the sidebar: named folders of blueprints, in order. A
// blueprint in no folder sits at the catalog's top level, in the portal's order. Kept per portal
// file in the user's settings.
struct SidebarLayout {
    struct Folder {
        QString name;
        QStringList blueprints;
        friend bool operator==(const Folder &, const Folder &) = default;
    };
    QList<Folder> folders;

    // Every blueprint of `blueprints` placed once: the folders keep only blueprints that exist,
    // `loose` gets the rest in the given order.
    struct Placement {
        QList<Folder> folders;
        QStringList loose;
    };
    Placement place(const QStringList &blueprints) const;

    QJsonObject toJson() const;
    static SidebarLayout fromJson(const QJsonObject &json);
    // Settings are per portal file: two portals keep two arrangements.
    static SidebarLayout load(const QString &portalPath);
    void save(const QString &portalPath) const;

    friend bool operator==(const SidebarLayout &, const SidebarLayout &) = default;
};

} // namespace portolan
