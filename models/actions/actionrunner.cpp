#include "actionrunner.h"

#include "actionpolicyresolver.h"
#include "actionstore.h"
#include "runstore.h"
#include "store/catalogstore.h"
#include "userinputs.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QString kMask = u"********"_s;

// The inputs as recorded (every secret masked, whatever the caller passed), and the clear secret
// values to blank from log lines.
QJsonObject maskSecrets(const RunRequest &request, QStringList *secrets)
{
    QJsonObject masked = request.maskedInputs.isEmpty() ? request.inputs : request.maskedInputs;
    QStringList secretKeys;
    for (const UserInput &input : UserInputs::fromJson(request.action.userInputs).inputs)
        if (input.secret)
            secretKeys.append(input.key);
    for (auto it = request.maskedInputs.begin(); it != request.maskedInputs.end(); ++it)
        if (it.value().toString() == kMask)
            secretKeys.append(it.key());
    for (const QString &key : std::as_const(secretKeys)) {
        const QJsonValue clear = request.inputs.value(key);
        if (clear.isUndefined() || clear.isNull())
            continue;
        masked.insert(key, kMask);
        const QString text = clear.isString() ? clear.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{clear}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        if (text.size() >= 3 && text != kMask)
            secrets->append(text);
    }
    return masked;
}

QString approverList(const RunApproval &approval, const QStringList &approvers)
{
    if (approvers.size() == 1)
        return approvers.first();
    return u"%1 of %2"_s.arg(approval.mode == RunApproval::Mode::All ? u"all"_s : u"any"_s, approvers.join(u", "_s));
}

} // namespace

ActionRunner::ActionRunner(CatalogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

ActionRunner::~ActionRunner() = default;

RunStart ActionRunner::execute(const RunRequest &request)
{
    const ActionDefinition &action = request.action;
    Problems problems;
    if (m_user.isEmpty()) {
        problems.append(Problem::error({}, u"Say who you are first (Settings → Who am I…): every run records who started it"_s));
        return {{}, problems};
    }
    if (action.operation != ActionOperation::Create && request.entity.isEmpty())
        problems.append(Problem::error({}, u"%1 runs on an entity of %2: choose one"_s.arg(action.title, action.blueprint)));

    const ActionPolicyResolver resolver(m_store);
    const PolicyActor actor = resolver.actor(m_user);
    if (const QString refusal = executeRefusal(action, actor, resolver.subject(action, request.entity)); !refusal.isEmpty())
        problems.append(Problem::error({}, refusal));
    RunApproval approval;
    if (action.approval() != ActionDefinition::Approval::None) {
        approval.mode = action.approval() == ActionDefinition::Approval::All ? RunApproval::Mode::All : RunApproval::Mode::Any;
        approval.approvers = resolver.approvers(action, actor);
        if (approval.approvers.isEmpty())
            problems.append(Problem::error(u"$.permissions.approve"_s,
                                           u"%1 needs approval, but none of the users or teams named to approve it are in the portal"_s.arg(action.title)));
    }
    for (const QString &refusal : resolver.limitRefusals(action, actor, now()))
        problems.append(Problem::error({}, refusal));
    problems.append(missingEntities(action, request.inputs));
    if (hasErrors(problems))
        return {{}, problems};

    // The user entity's e-mail and identifier, whichever of them the current user is known by.
    QString email, identifier;
    for (const QString &alias : actor.aliases) {
        if (alias.contains(u'@') && email.isEmpty())
            email = alias;
        else if (!alias.contains(u'@') && identifier.isEmpty())
            identifier = alias;
    }
    if (email.isEmpty())
        email = m_user;
    if (identifier.isEmpty())
        identifier = m_user;
    const QJsonObject trigger{{u"by"_s, QJsonObject{{u"user"_s, QJsonObject{{u"email"_s, email}, {u"identifier"_s, identifier}}}}},
                              {u"operation"_s, operationName(action.operation)},
                              {u"at"_s, now().toUTC().toString(Qt::ISODateWithMs)}};
    return start(request, m_user, actor.teams, approval, trigger);
}

// Entity inputs must name entities that exist (a form lets one type an identifier before its
// candidates arrive): checked here, as Port's API does, so a backend never gets a made-up one.
Problems ActionRunner::missingEntities(const ActionDefinition &action, const QJsonObject &inputs) const
{
    Problems problems;
    for (const UserInput &input : UserInputs::fromJson(action.userInputs).inputs) {
        if (input.kind != InputKind::Entity && input.kind != InputKind::Entities)
            continue;
        const QJsonValue value = inputs.value(input.key);
        const QJsonArray chosen = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &item : chosen) {
            const QString identifier = item.isObject() ? item.toObject().value(u"identifier"_s).toString() : item.toString();
            if (!identifier.isEmpty() && m_store.entityId(input.blueprint, identifier) == 0)
                problems.append(Problem::error(u"$.inputs."_s + input.key,
                                               u"%1: there is no %2 \"%3\""_s.arg(input.title, input.blueprint, identifier)));
        }
    }
    return problems;
}

RunStart ActionRunner::executeAutomation(const RunRequest &request, const QJsonObject &event)
{
    const QJsonObject trigger{{u"by"_s, QJsonObject{{u"user"_s, QJsonObject{{u"email"_s, automationUser()},
                                                                              {u"identifier"_s, automationUser()}}}}},
                              {u"operation"_s, operationName(request.action.operation)},
                              {u"origin"_s, u"AUTOMATION"_s},
                              {u"event"_s, event},
                              {u"at"_s, now().toUTC().toString(Qt::ISODateWithMs)}};
    return start(request, automationUser(), {}, {}, trigger);
}

RunStart ActionRunner::start(const RunRequest &request, const QString &user, const QStringList &teams,
                             const RunApproval &approval, const QJsonObject &trigger)
{
    Live live;
    live.request = request;
    live.user = user;
    live.trigger = trigger;
    live.token = RunStore::newToken();

    ActionRun run;
    run.id = RunStore::newRunId();
    run.action = request.action.identifier;
    run.actionTitle = request.action.title;
    run.blueprint = request.action.blueprint;
    run.entity = request.entity.value(u"identifier"_s).toString();
    run.status = approval.mode == RunApproval::Mode::None ? RunStatus::InProgress : RunStatus::WaitingForApproval;
    run.statusLabel = approval.mode == RunApproval::Mode::None ? QString() : u"Waiting for approval"_s;
    run.inputs = maskSecrets(request, &live.secrets);
    run.createdBy = user;
    run.teams = teams;
    run.createdAt = now();
    run.updatedAt = run.createdAt;
    run.approval = approval;
    if (const QString error = RunStore(m_store.database()).insert(run, RunStore::hashToken(live.token)); !error.isEmpty())
        return {{}, {Problem::error({}, error)}};
    m_live.insert(run.id, live);
    log(run.id, u"Started by %1"_s.arg(user));
    Q_EMIT runChanged(run.id);
    if (run.status == RunStatus::WaitingForApproval) {
        log(run.id, u"Waiting for approval by %1"_s.arg(approverList(approval, approval.approvers)));
        Q_EMIT approvalRequested(run.id, approval.approvers);
        notifyApprovers(request.action, run);
    } else {
        invoke(run.id);
    }
    return {run.id, {}};
}

QString ActionRunner::decide(const QString &runId, const QString &approver, bool approve, const QString &reason)
{
    RunStore runs(m_store.database());
    std::optional<ActionRun> run = runs.run(runId);
    if (!run)
        return u"There is no run \"%1\""_s.arg(runId);
    if (run->status != RunStatus::WaitingForApproval)
        return u"This run is no longer waiting for approval (it is %1)"_s.arg(runStatusName(run->status));
    const PolicyActor who = ActionPolicyResolver(m_store).actor(approver);
    QString listed;
    for (const QString &candidate : std::as_const(run->approval.approvers))
        if (who.is(candidate))
            listed = candidate;
    if (listed.isEmpty())
        return u"%1 may not decide on this run: its approvers are %2"_s.arg(approver.isEmpty() ? u"Someone who has not said who they are"_s : approver,
                                                                              run->approval.approvers.join(u", "_s));
    for (const ApprovalDecision &decision : std::as_const(run->approval.decisions))
        if (decision.approver == listed)
            return u"%1 already approved this run"_s.arg(listed);
    if (!approve && reason.trimmed().isEmpty())
        return u"Say why you decline: the person who ran it will read the reason"_s;

    run->approval.decisions.append({listed, approve, reason.trimmed(), now()});
    run->updatedAt = now();
    if (!approve) {
        run->status = RunStatus::Declined;
        run->statusLabel = u"Declined by %1"_s.arg(listed);
        run->summary = reason.trimmed();
        run->endedAt = now();
        runs.update(*run);
        m_live.remove(runId);
        log(runId, u"Declined by %1: %2"_s.arg(listed, reason.trimmed()));
        Q_EMIT runChanged(runId);
        return {};
    }
    log(runId, reason.trimmed().isEmpty() ? u"Approved by %1"_s.arg(listed) : u"Approved by %1: %2"_s.arg(listed, reason.trimmed()));
    QStringList waitingFor;
    if (run->approval.mode == RunApproval::Mode::All)
        for (const QString &candidate : std::as_const(run->approval.approvers)) {
            bool answered = false;
            for (const ApprovalDecision &decision : std::as_const(run->approval.decisions))
                answered = answered || decision.approver == candidate;
            if (!answered)
                waitingFor.append(candidate);
        }
    if (!waitingFor.isEmpty()) {
        runs.update(*run);
        log(runId, u"Still waiting for approval by %1"_s.arg(waitingFor.join(u", "_s)));
        Q_EMIT runChanged(runId);
        return {};
    }
    run->status = RunStatus::InProgress;
    run->statusLabel = QString();
    runs.update(*run);
    Q_EMIT runChanged(runId);
    if (!m_live.contains(runId)) {
        QString why;
        if (const std::optional<Live> restored = restore(*run, &why)) {
            m_live.insert(runId, *restored);
        } else {
            log(runId, why);
            finish(runId, RunStatus::Failure, u"Could not start"_s, why);
            return {};
        }
    }
    invoke(runId);
    return {};
}

QString ActionRunner::cancel(const QString &runId, const QString &reason)
{
    RunStore runs(m_store.database());
    std::optional<ActionRun> run = runs.run(runId);
    if (!run)
        return u"There is no run \"%1\""_s.arg(runId);
    if (run->status != RunStatus::WaitingForApproval)
        return u"Only a run waiting for approval can be cancelled (this one is %1)"_s.arg(runStatusName(run->status));
    if (!ActionPolicyResolver(m_store).actor(m_user).is(run->createdBy))
        return u"Only %1, who started this run, can cancel it"_s.arg(run->createdBy);
    run->status = RunStatus::Declined;
    run->statusLabel = u"Cancelled"_s;
    run->summary = reason.trimmed();
    run->updatedAt = now();
    run->endedAt = now();
    runs.update(*run);
    m_live.remove(runId);
    log(runId, reason.trimmed().isEmpty() ? u"Cancelled by %1"_s.arg(m_user) : u"Cancelled by %1: %2"_s.arg(m_user, reason.trimmed()));
    Q_EMIT runChanged(runId);
    return {};
}

std::optional<ActionRunner::Live> ActionRunner::restore(const ActionRun &run, QString *why)
{
    const std::optional<ActionDefinition> action = ActionStore(m_store.database()).action(run.action);
    if (!action) {
        *why = u"The action \"%1\" no longer exists"_s.arg(run.action);
        return std::nullopt;
    }
    for (auto it = run.inputs.begin(); it != run.inputs.end(); ++it)
        if (it.value().toString() == kMask) {
            *why = u"Its secret inputs were kept in memory only, and Portolan has restarted since it was started: run the action again"_s;
            return std::nullopt;
        }
    Live live;
    live.request.action = *action;
    live.request.inputs = run.inputs;
    live.request.maskedInputs = run.inputs;
    if (!run.entity.isEmpty()) {
        const std::optional<Entity> entity = m_store.entity(run.blueprint, run.entity);
        if (!entity) {
            *why = u"%1 \"%2\" no longer exists"_s.arg(run.blueprint, run.entity);
            return std::nullopt;
        }
        live.request.entity = entity->toJson();
    }
    live.user = run.createdBy;
    live.trigger = QJsonObject{{u"by"_s, QJsonObject{{u"user"_s, QJsonObject{{u"email"_s, run.createdBy}}}}},
                               {u"operation"_s, operationName(action->operation)},
                               {u"at"_s, run.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    // The old token died with the old process: a new one, and its hash in place of the old one.
    live.token = RunStore::newToken();
    QSqlQuery q(m_store.database().connection());
    q.prepare(u"UPDATE action_runs SET token_hash = ? WHERE id = ?"_s);
    q.addBindValue(QString::fromLatin1(RunStore::hashToken(live.token)));
    q.addBindValue(run.id);
    if (!q.exec()) {
        *why = u"Could not renew the run's token"_s;
        return std::nullopt;
    }
    return live;
}

QString ActionRunner::blank(const QString &runId, QString text) const
{
    for (const QString &secret : m_live.value(runId).secrets)
        text.replace(secret, kMask);
    return text;
}

void ActionRunner::log(const QString &runId, const QString &message)
{
    RunStore(m_store.database()).appendLog(runId, blank(runId, message), now());
    Q_EMIT runChanged(runId);
}

void ActionRunner::finish(const QString &runId, RunStatus status, const QString &label, const QString &summary,
                          const QStringList &links)
{
    const QString cleanSummary = blank(runId, summary);
    m_live.remove(runId);
    RunStore runs(m_store.database());
    std::optional<ActionRun> run = runs.run(runId);
    // The backend may have reported its own end through the run API already: that one stands.
    if (!run || isTerminal(run->status))
        return;
    run->status = status;
    run->statusLabel = label;
    if (!cleanSummary.isEmpty())
        run->summary = cleanSummary;
    for (const QString &link : links)
        if (!run->links.contains(link))
            run->links.append(link);
    run->updatedAt = now();
    run->endedAt = now();
    runs.update(*run);
    Q_EMIT runChanged(runId);
}

} // namespace portolan
