#include "runpatch.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QStringList kFields{u"status"_s, u"statusLabel"_s, u"link"_s, u"summary"_s, u"externalRunId"_s};

QString fail(RunPatchError *why, RunPatchError kind, const QString &message)
{
    if (why)
        *why = kind;
    return message;
}

} // namespace

QString applyRunPatch(ActionRun &run, const QJsonObject &patch, const QDateTime &now, RunPatchError *why)
{
    if (why)
        *why = RunPatchError::None;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        if (!kFields.contains(it.key()))
            return fail(why, RunPatchError::Invalid,
                        u"unknown field \"%1\" (a run takes %2)"_s.arg(it.key(), kFields.join(u", "_s)));
    for (const QString &key : {u"statusLabel"_s, u"summary"_s, u"externalRunId"_s})
        if (patch.contains(key) && !patch.value(key).isString())
            return fail(why, RunPatchError::Invalid, u"%1 must be a string"_s.arg(key));

    QStringList links = run.links;
    if (patch.contains(u"link"_s)) {
        const QJsonValue link = patch.value(u"link"_s);
        links.clear();
        if (link.isString()) {
            links.append(link.toString());
        } else if (link.isArray()) {
            for (const QJsonValue &item : link.toArray()) {
                if (!item.isString())
                    return fail(why, RunPatchError::Invalid, u"link must be a string or an array of strings"_s);
                links.append(item.toString());
            }
        } else {
            return fail(why, RunPatchError::Invalid, u"link must be a string or an array of strings"_s);
        }
    }

    RunStatus status = run.status;
    if (patch.contains(u"status"_s)) {
        const QString name = patch.value(u"status"_s).toString();
        const std::optional<RunStatus> wanted = runStatusFromName(name);
        if (!patch.value(u"status"_s).isString() || !wanted)
            return fail(why, RunPatchError::Invalid,
                        u"unknown status \"%1\" (use IN_PROGRESS, SUCCESS or FAILURE)"_s.arg(name));
        if (*wanted == RunStatus::WaitingForApproval || *wanted == RunStatus::Declined)
            return fail(why, RunPatchError::Invalid,
                        u"%1 is set by approvals, not by a backend (use IN_PROGRESS, SUCCESS or FAILURE)"_s.arg(runStatusName(*wanted)));
        if (isTerminal(run.status))
            return fail(why, RunPatchError::Conflict,
                        u"run %1 already ended with %2; a run ends only once"_s.arg(run.id, runStatusName(run.status)));
        if (run.status != RunStatus::InProgress)
            return fail(why, RunPatchError::Conflict,
                        u"run %1 is %2: it has not started"_s.arg(run.id, runStatusName(run.status)));
        status = *wanted;
    }

    if (patch.contains(u"statusLabel"_s))
        run.statusLabel = patch.value(u"statusLabel"_s).toString();
    if (patch.contains(u"summary"_s))
        run.summary = patch.value(u"summary"_s).toString();
    if (patch.contains(u"externalRunId"_s))
        run.externalRunId = patch.value(u"externalRunId"_s).toString();
    run.links = links;
    if (status != run.status) {
        run.status = status;
        if (isTerminal(status))
            run.endedAt = now;
    }
    run.updatedAt = now;
    return {};
}

} // namespace portolan
