#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointF>
#include <QString>

namespace portolan {

// Where the user arranged the blueprint designer's boxes: the top-left corner of each, by
// blueprint identifier. Kept per portal file in the user's settings (two portals, two
// arrangements); empty means "laid out automatically".
struct CanvasPositions {
    QHash<QString, QPointF> topLeft;

    bool isEmpty() const { return topLeft.isEmpty(); }
    QJsonObject toJson() const;
    static CanvasPositions fromJson(const QJsonObject &json);
    // An empty `portalPath` keeps nothing (a canvas not tied to a file).
    static CanvasPositions load(const QString &portalPath);
    void save(const QString &portalPath) const; // empty positions forget the arrangement

    friend bool operator==(const CanvasPositions &, const CanvasPositions &) = default;
};

} // namespace portolan
