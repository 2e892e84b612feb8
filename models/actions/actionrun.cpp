#include "actionrun.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct StatusName {
    RunStatus status;
    QLatin1StringView name;
};

constexpr StatusName statusNames[] = {
    {RunStatus::InProgress, "IN_PROGRESS"_L1},
    {RunStatus::Success, "SUCCESS"_L1},
    {RunStatus::Failure, "FAILURE"_L1},
    {RunStatus::WaitingForApproval, "WAITING_FOR_APPROVAL"_L1},
    {RunStatus::Declined, "DECLINED"_L1},
};

QString isoOrNull(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString runStatusName(RunStatus status)
{
    for (const StatusName &entry : statusNames)
        if (entry.status == status)
            return entry.name;
    return {};
}

std::optional<RunStatus> runStatusFromName(const QString &name)
{
    for (const StatusName &entry : statusNames)
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.status;
    return std::nullopt;
}

bool isTerminal(RunStatus status)
{
    return status == RunStatus::Success || status == RunStatus::Failure || status == RunStatus::Declined;
}

QJsonObject RunApproval::toJson() const
{
    if (mode == Mode::None)
        return {};
    QJsonArray answers;
    for (const ApprovalDecision &decision : decisions)
        answers.append(QJsonObject{{u"approver"_s, decision.approver},
                                   {u"decision"_s, decision.approved ? u"APPROVE"_s : u"DECLINE"_s},
                                   {u"reason"_s, decision.reason},
                                   {u"at"_s, isoOrNull(decision.at)}});
    return {{u"type"_s, mode == Mode::All ? u"ALL"_s : u"ANY"_s},
            {u"approvers"_s, QJsonArray::fromStringList(approvers)},
            {u"decisions"_s, answers}};
}

RunApproval RunApproval::fromJson(const QJsonObject &json)
{
    RunApproval approval;
    const QString type = json.value(u"type"_s).toString();
    if (type.isEmpty())
        return approval;
    approval.mode = type.compare(u"ALL"_s, Qt::CaseInsensitive) == 0 ? Mode::All : Mode::Any;
    for (const QJsonValue &approver : json.value(u"approvers"_s).toArray())
        approval.approvers.append(approver.toString());
    for (const QJsonValue &value : json.value(u"decisions"_s).toArray()) {
        const QJsonObject answer = value.toObject();
        approval.decisions.append({answer.value(u"approver"_s).toString(),
                                   answer.value(u"decision"_s).toString() == u"APPROVE"_s,
                                   answer.value(u"reason"_s).toString(),
                                   QDateTime::fromString(answer.value(u"at"_s).toString(), Qt::ISODateWithMs)});
    }
    return approval;
}

QJsonObject ActionRun::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"action"_s, QJsonObject{{u"identifier"_s, action}, {u"title"_s, actionTitle}}},
                     {u"status"_s, runStatusName(status)},
                     {u"statusLabel"_s, statusLabel},
                     {u"summary"_s, summary},
                     {u"link"_s, QJsonArray::fromStringList(links)},
                     {u"externalRunId"_s, externalRunId},
                     {u"properties"_s, inputs},
                     {u"createdBy"_s, createdBy},
                     {u"createdAt"_s, isoOrNull(createdAt)},
                     {u"updatedAt"_s, isoOrNull(updatedAt)}};
    if (endedAt.isValid())
        json.insert(u"endedAt"_s, isoOrNull(endedAt));
    if (!blueprint.isEmpty())
        json.insert(u"blueprint"_s, QJsonObject{{u"identifier"_s, blueprint}});
    if (!entity.isEmpty())
        json.insert(u"entity"_s, QJsonObject{{u"identifier"_s, entity}});
    if (approval.mode != RunApproval::Mode::None)
        json.insert(u"approval"_s, approval.toJson());
    return json;
}

} // namespace portolan
