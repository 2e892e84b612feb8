#include "canvaspositions.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString settingsKey(const QString &portalPath)
{
    const QByteArray hash = QCryptographicHash::hash(portalPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return u"designer/canvas/"_s + QString::fromLatin1(hash);
}

} // namespace

QJsonObject CanvasPositions::toJson() const
{
    QJsonObject json;
    for (auto it = topLeft.begin(); it != topLeft.end(); ++it)
        json.insert(it.key(), QJsonArray{std::round(it.value().x()), std::round(it.value().y())});
    return json;
}

CanvasPositions CanvasPositions::fromJson(const QJsonObject &json)
{
    CanvasPositions positions;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        if (xy.size() == 2 && xy.at(0).isDouble() && xy.at(1).isDouble())
            positions.topLeft.insert(it.key(), QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return positions;
}

CanvasPositions CanvasPositions::load(const QString &portalPath)
{
    if (portalPath.isEmpty())
        return {};
    const QByteArray json = QSettings().value(settingsKey(portalPath)).toByteArray();
    return fromJson(QJsonDocument::fromJson(json).object());
}

void CanvasPositions::save(const QString &portalPath) const
{
    if (portalPath.isEmpty())
        return;
    if (isEmpty())
        QSettings().remove(settingsKey(portalPath));
    else
        QSettings().setValue(settingsKey(portalPath), QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

} // namespace portolan
