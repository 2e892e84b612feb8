#include "initiative.h"

#include "query/rule.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QStringList knownKeys = {u"identifier"_s, u"title"_s,  u"description"_s, u"scorecard"_s, u"targetLevel"_s,
                               u"targetRules"_s, u"filter"_s, u"owners"_s,      u"startDate"_s, u"deadline"_s,
                               u"targetShare"_s};

QStringList stringList(const QJsonValue &value, const QString &path, Problems *problems)
{
    QStringList out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (value.isString())
        return {value.toString()};
    if (!value.isArray()) {
        if (problems)
            problems->append(Problem::error(path, u"must be a list of strings"_s));
        return out;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).isString())
            out.append(array.at(i).toString());
        else if (problems)
            problems->append(Problem::error(u"%1[%2]"_s.arg(path).arg(i), u"must be a string"_s));
    }
    return out;
}

QDate readDate(const QJsonValue &value, const QString &path, Problems *problems)
{
    if (value.isUndefined() || value.isNull())
        return {};
    // Accept a full timestamp too ("2026-03-01T00:00:00Z"): the date part is what counts.
    const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
    if (!date.isValid() && problems)
        problems->append(Problem::error(path, u"\"%1\" is not a date (YYYY-MM-DD)"_s.arg(value.toString())));
    return date;
}

} // namespace

Initiative Initiative::fromJson(const QJsonObject &json, Problems *problems)
{
    Initiative out;
    out.identifier = json.value("identifier"_L1).toString();
    out.title = json.value("title"_L1).toString();
    out.description = json.value("description"_L1).toString();
    out.scorecard = json.value("scorecard"_L1).toString();
    out.targetLevel = json.value("targetLevel"_L1).toString();
    out.targetRules = stringList(json.value("targetRules"_L1), u"$.targetRules"_s, problems);
    const QJsonValue filter = json.value("filter"_L1);
    if (filter.isObject())
        out.filter = filter.toObject();
    else if (!filter.isUndefined() && !filter.isNull() && problems)
        problems->append(Problem::error(u"$.filter"_s, u"must be an object {combinator, rules}"_s));
    out.owners = stringList(json.value("owners"_L1), u"$.owners"_s, problems);
    out.startDate = readDate(json.value("startDate"_L1), u"$.startDate"_s, problems);
    out.deadline = readDate(json.value("deadline"_L1), u"$.deadline"_s, problems);
    const QJsonValue share = json.value("targetShare"_L1);
    if (share.isDouble())
        out.targetShare = share.toDouble();
    else if (!share.isUndefined() && !share.isNull() && problems)
        problems->append(Problem::error(u"$.targetShare"_s, u"must be a number between 0 and 1"_s));
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!knownKeys.contains(it.key()))
            out.extra.insert(it.key(), it.value());
    return out;
}

QJsonObject Initiative::toJson() const
{
    QJsonObject json = extra;
    json.insert("identifier"_L1, identifier);
    json.insert("title"_L1, title);
    if (!description.isEmpty())
        json.insert("description"_L1, description);
    json.insert("scorecard"_L1, scorecard);
    if (!targetLevel.isEmpty())
        json.insert("targetLevel"_L1, targetLevel);
    if (!targetRules.isEmpty())
        json.insert("targetRules"_L1, QJsonArray::fromStringList(targetRules));
    if (!filter.isEmpty())
        json.insert("filter"_L1, filter);
    json.insert("owners"_L1, QJsonArray::fromStringList(owners));
    if (startDate.isValid())
        json.insert("startDate"_L1, startDate.toString(Qt::ISODate));
    if (deadline.isValid())
        json.insert("deadline"_L1, deadline.toString(Qt::ISODate));
    if (targetShare != 1.0)
        json.insert("targetShare"_L1, targetShare);
    return json;
}

Problems validateInitiative(const Initiative &initiative, const QStringList &scorecards)
{
    Problems problems;
    static const QRegularExpression identifierPattern(u"^[A-Za-z0-9@_.+:\\\\/=-]+$"_s);
    if (initiative.identifier.isEmpty())
        problems.append(Problem::error(u"$.identifier"_s, u"an initiative needs an identifier"_s));
    else if (!identifierPattern.match(initiative.identifier).hasMatch())
        problems.append(Problem::error(u"$.identifier"_s, u"\"%1\" may only hold letters, digits and @_.+:\\/=-"_s.arg(initiative.identifier)));
    if (initiative.title.trimmed().isEmpty())
        problems.append(Problem::error(u"$.title"_s, u"an initiative needs a title"_s));
    if (initiative.scorecard.isEmpty())
        problems.append(Problem::error(u"$.scorecard"_s, u"choose the scorecard the initiative works on"_s));
    else if (!scorecards.contains(initiative.scorecard))
        problems.append(Problem::error(u"$.scorecard"_s, u"there is no scorecard \"%1\""_s.arg(initiative.scorecard)));
    if (initiative.targetLevel.isEmpty() && initiative.targetRules.isEmpty())
        problems.append(Problem::error(u"$.targetLevel"_s, u"set a target level or the rules to pass"_s));
    if (!initiative.targetLevel.isEmpty() && !initiative.targetRules.isEmpty())
        problems.append(Problem::error(u"$.targetRules"_s, u"set a target level or target rules, not both"_s));
    for (qsizetype i = 0; i < initiative.targetRules.size(); ++i)
        if (initiative.targetRules.at(i).isEmpty())
            problems.append(Problem::error(u"$.targetRules[%1]"_s.arg(i), u"a rule identifier is empty"_s));
    if (!initiative.filter.isEmpty())
        problems.append(RuleQuery::check(initiative.filter, u"$.filter"_s));
    bool anyOwner = false;
    for (const QString &owner : initiative.owners)
        anyOwner = anyOwner || !owner.trimmed().isEmpty();
    if (!anyOwner)
        problems.append(Problem::error(u"$.owners"_s, u"name at least one owner (a user or a team)"_s));
    if (!initiative.startDate.isValid())
        problems.append(Problem::error(u"$.startDate"_s, u"set the start date"_s));
    if (!initiative.deadline.isValid())
        problems.append(Problem::error(u"$.deadline"_s, u"set the deadline"_s));
    else if (initiative.startDate.isValid() && initiative.deadline <= initiative.startDate)
        problems.append(Problem::error(u"$.deadline"_s, u"the deadline (%1) must come after the start date (%2)"_s
                                                            .arg(initiative.deadline.toString(Qt::ISODate),
                                                                 initiative.startDate.toString(Qt::ISODate))));
    if (!(initiative.targetShare > 0.0 && initiative.targetShare <= 1.0))
        problems.append(Problem::error(u"$.targetShare"_s, u"the target share must be above 0 and at most 1 (got %1)"_s.arg(initiative.targetShare)));
    return problems;
}

QString initiativeStatusName(InitiativeStatus status)
{
    switch (status) {
    case InitiativeStatus::NotStarted: return u"not started"_s;
    case InitiativeStatus::OnTrack: return u"on track"_s;
    case InitiativeStatus::AtRisk: return u"at risk"_s;
    case InitiativeStatus::Behind: return u"behind"_s;
    case InitiativeStatus::Done: return u"done"_s;
    case InitiativeStatus::Missed: return u"missed"_s;
    }
    return {};
}

} // namespace portolan
