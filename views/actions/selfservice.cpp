#include "selfservice.h"

#include "actionform.h"
#include "actionformdialog.h"
#include "actions/actionrunner.h"
#include "actions/actionstore.h"
#include "actions/runapiserver.h"
#include "actions/ttlsweeper.h"
#include "catalog/myteams.h"
#include "store/storelane.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int SweepIntervalMs = 60'000;
constexpr int FirstSweepDelayMs = 3'000;

// Who runs actions when nobody said (Settings ▸ Who am I): the login name, so runs still name someone.
QString defaultUser()
{
    const QString login = qEnvironmentVariable("USER", u"you"_s);
    return login + u"@localhost"_s;
}

} // namespace

struct SelfService::FormData {
    std::optional<ActionDefinition> action;
    QJsonObject entity;
    QJsonObject user;
    QString missing; // why the form cannot open
};

SelfService::SelfService(CatalogStore &store, StoreLane &lane, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_lane(lane)
    , m_window(window)
    , m_runner(new ActionRunner(store, this))
    , m_api(new RunApiServer(store, {}, this))
{
    m_sweeper = new TtlSweeper(store, *m_runner, this);
    setUser(QSettings().value(u"identity/user"_s).toString());
    // The signing secret backends check (the example backend reads the same variable).
    m_runner->setSigningSecret(qgetenv("PORTOLAN_WEBHOOK_SECRET"));
    connect(m_runner, &ActionRunner::runChanged, this, &SelfService::runChanged);
    connect(m_runner, &ActionRunner::entitiesChanged, this, &SelfService::entitiesChanged);
    connect(m_api, &RunApiServer::runUpdated, this, &SelfService::runChanged);
    connect(m_api, &RunApiServer::runLogged, this, &SelfService::runChanged);
    connect(m_api, &RunApiServer::entitiesChanged, this, &SelfService::entitiesChanged);
    connect(m_runner, &ActionRunner::approvalRequested, this, [this](const QString &, const QStringList &approvers) {
        Q_EMIT message(tr("Waiting for approval by %1").arg(approvers.join(u", "_s)));
    });
}

SelfService::~SelfService() = default;

QString SelfService::start()
{
    bool fixed = false;
    const quint16 port = quint16(qEnvironmentVariableIntValue("PORTOLAN_RUN_API_PORT", &fixed));
    if (!m_api->listen(fixed ? port : 0))
        return tr("The run API could not listen on 127.0.0.1: %1. Webhook backends cannot report progress.").arg(m_api->errorString());
    m_runner->setRunApiUrl(m_api->baseUrl());
    // The first sweep reads the store on this (the UI) thread: not while the window is opening.
    QTimer::singleShot(FirstSweepDelayMs, m_sweeper, [sweeper = m_sweeper] { sweeper->start(SweepIntervalMs); });
    return {};
}

QString SelfService::user() const
{
    return m_runner->user();
}

void SelfService::setUser(const QString &user)
{
    m_runner->setUser(user.trimmed().isEmpty() ? defaultUser() : user.trimmed());
}

void SelfService::runAction(const QString &actionIdentifier, const EntityKey &entity)
{
    const QString user = this->user();
    m_lane.post(
        this, u"actionForm"_s,
        [actionIdentifier, entity, user](CatalogStore &store) {
            FormData data;
            data.action = ActionStore(store.database()).action(actionIdentifier);
            if (!data.action) {
                data.missing = tr("There is no action \"%1\" (any more).").arg(actionIdentifier);
                return data;
            }
            if (!entity.identifier.isEmpty()) {
                const std::optional<Entity> found = store.entity(entity.blueprint, entity.identifier);
                if (!found) {
                    data.missing = tr("There is no %1 \"%2\" (any more).").arg(entity.blueprint, entity.identifier);
                    return data;
                }
                data.entity = found->toJson();
            }
            data.user = QJsonObject{{u"email"_s, user},
                                    {u"identifier"_s, user},
                                    {u"teams"_s, QJsonArray::fromStringList(teamsOfUser(store, user))}};
            return data;
        },
        [this](const FormData &data) { openForm(data); });
}

void SelfService::openForm(const FormData &data)
{
    if (!data.missing.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot run the action"), data.missing);
        return;
    }
    auto *dialog = new ActionFormDialog(m_lane, data.action->toJson(), data.entity, data.user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ActionDefinition action = *data.action;
    const QJsonObject entity = data.entity;
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, entity] {
        RunRequest request;
        request.action = action;
        request.entity = entity;
        request.inputs = dialog->inputs();
        request.maskedInputs = dialog->form()->maskedSubmission();
        const RunStart started = m_runner->execute(request);
        if (started.runId.isEmpty()) {
            QStringList reasons;
            for (const Problem &problem : started.problems)
                reasons.append(problem.message);
            QMessageBox::warning(m_window, tr("%1 did not run").arg(action.title), reasons.join(u'\n'));
            return;
        }
        Q_EMIT runStarted(started.runId);
    });
    dialog->open();
}

void SelfService::decide(const QString &runId, bool approve, const QString &reason)
{
    const QString refused = m_runner->decide(runId, user(), approve, reason);
    if (!refused.isEmpty())
        QMessageBox::warning(m_window, approve ? tr("Cannot approve") : tr("Cannot decline"), refused);
}

void SelfService::cancel(const QString &runId)
{
    const QString refused = m_runner->cancel(runId, tr("Cancelled by %1").arg(user()));
    if (!refused.isEmpty())
        QMessageBox::warning(m_window, tr("Cannot cancel"), refused);
}

} // namespace portolan
