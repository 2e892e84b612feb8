#pragma once

#include "actionrun.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace portolan {

// Why a patch was refused (the run API answers 422 for Invalid and 409 for Conflict).
enum class RunPatchError { None, Invalid, Conflict };

// Port's run update rules, shared by the run API and the runner:
//   {status?, statusLabel?, link?: string or [strings], summary?, externalRunId?}
// - status: IN_PROGRESS, SUCCESS or FAILURE (WAITING_FOR_APPROVAL and DECLINED belong to
//   approvals); it changes only while the run is IN_PROGRESS, and a terminal status sets endedAt;
//   a run ends exactly once, so any status sent to an ended run is a conflict;
// - link replaces the run's links; the texts may change after the run ended;
// - unknown fields are refused (a typo must not vanish silently).
// All or nothing: on an error the run is unchanged. updatedAt becomes `now` on success.
// Returns "" on success, else a message; `why` (when given) says which kind of error.
QString applyRunPatch(ActionRun &run, const QJsonObject &patch, const QDateTime &now, RunPatchError *why = nullptr);

} // namespace portolan
