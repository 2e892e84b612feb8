#include "sidebarlayout.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString settingsKey(const QString &portalPath)
{
    const QByteArray hash = QCryptographicHash::hash(portalPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return u"sidebar/"_s + QString::fromLatin1(hash);
}

} // namespace

SidebarLayout::Placement SidebarLayout::place(const QStringList &blueprints) const
{
    Placement placement;
    const QSet<QString> known(blueprints.begin(), blueprints.end());
    QSet<QString> placed;
    for (const Folder &folder : folders) {
        Folder kept{folder.name, {}};
        for (const QString &bp : folder.blueprints) {
            if (known.contains(bp) && !placed.contains(bp)) {
                kept.blueprints.append(bp);
                placed.insert(bp);
            }
        }
        placement.folders.append(kept);
    }
    for (const QString &bp : blueprints) {
        if (!placed.contains(bp))
            placement.loose.append(bp);
    }
    return placement;
}

QJsonObject SidebarLayout::toJson() const
{
    QJsonArray array;
    for (const Folder &folder : folders)
        array.append(QJsonObject{{u"name"_s, folder.name}, {u"blueprints"_s, QJsonArray::fromStringList(folder.blueprints)}});
    return {{u"folders"_s, array}};
}

SidebarLayout SidebarLayout::fromJson(const QJsonObject &json)
{
    SidebarLayout layout;
    for (const QJsonValue &value : json.value(u"folders").toArray()) {
        Folder folder{value[u"name"].toString(), {}};
        for (const QJsonValue &bp : value[u"blueprints"].toArray())
            folder.blueprints.append(bp.toString());
        if (!folder.name.isEmpty())
            layout.folders.append(folder);
    }
    return layout;
}

SidebarLayout SidebarLayout::load(const QString &portalPath)
{
    const QByteArray json = QSettings().value(settingsKey(portalPath)).toByteArray();
    return fromJson(QJsonDocument::fromJson(json).object());
}

void SidebarLayout::save(const QString &portalPath) const
{
    QSettings().setValue(settingsKey(portalPath), QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

} // namespace portolan
