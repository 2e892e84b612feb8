#include "exemption.h"

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject Exemption::toJson() const
{
    QJsonObject json{{u"scorecard"_s, scorecard}, {u"rule"_s, rule},     {u"blueprint"_s, blueprint},
                     {u"entity"_s, entity},       {u"reason"_s, reason}, {u"requestedBy"_s, requestedBy},
                     {u"revoked"_s, revoked}};
    if (id)
        json.insert(u"id"_s, double(id));
    // Unset people and times are left out: a pending exemption has no approver, a permanent one no expiry.
    const std::pair<const char *, QString> optional[]{{"approvedBy", approvedBy},
                                                      {"requestedAt", dateText(requestedAt)},
                                                      {"approvedAt", dateText(approvedAt)},
                                                      {"expiresAt", dateText(expiresAt)}};
    for (const auto &[key, value] : optional)
        if (!value.isEmpty())
            json.insert(QLatin1StringView(key), value);
    return json;
}

Exemption Exemption::fromJson(const QJsonObject &json)
{
    Exemption e;
    e.id = qint64(json.value("id"_L1).toDouble());
    e.scorecard = json.value("scorecard"_L1).toString();
    e.rule = json.value("rule"_L1).toString();
    e.blueprint = json.value("blueprint"_L1).toString();
    e.entity = json.value("entity"_L1).toString();
    e.reason = json.value("reason"_L1).toString();
    e.requestedBy = json.value("requestedBy"_L1).toString();
    e.approvedBy = json.value("approvedBy"_L1).toString();
    e.requestedAt = QDateTime::fromString(json.value("requestedAt"_L1).toString(), Qt::ISODateWithMs);
    e.approvedAt = QDateTime::fromString(json.value("approvedAt"_L1).toString(), Qt::ISODateWithMs);
    e.expiresAt = QDateTime::fromString(json.value("expiresAt"_L1).toString(), Qt::ISODateWithMs);
    e.revoked = json.value("revoked"_L1).toBool();
    return e;
}

} // namespace portolan
