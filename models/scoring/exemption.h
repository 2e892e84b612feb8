#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace portolan {

// An exemption lets one entity skip one rule of a scorecard, for a reason, until it expires.
// Requested by anyone; it counts only once approved (by someone else than who asked) and until
// `expiresAt` (a null expiry never expires). An exempt rule neither passes nor fails: it does
// not hold an entity below a level, and is left out of points.
struct Exemption {
    qint64 id = 0;
    QString scorecard;
    QString rule;
    QString blueprint;
    QString entity; // identifier
    QString reason;
    QString requestedBy;
    QString approvedBy; // empty while pending
    QDateTime requestedAt;
    QDateTime approvedAt;
    QDateTime expiresAt;
    bool revoked = false;

    bool isActive(const QDateTime &now) const
    {
        return !revoked && !approvedBy.isEmpty() && (expiresAt.isNull() || now < expiresAt);
    }
    QJsonObject toJson() const;
    static Exemption fromJson(const QJsonObject &json);
};

} // namespace portolan
