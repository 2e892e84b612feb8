// Port's `approvalNotification {type: "webhook", url, format: "json" | "slack"}`: when a run starts
// waiting for approval, its approvers are told by a webhook (a chat channel's incoming hook, a
// mailer). Approvers also find the run under "Waiting for my approval".
#include "actionrunner.h"

#include "webhookinvoker.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

void ActionRunner::notifyApprovers(const ActionDefinition &action, const ActionRun &run)
{
    const QJsonObject notification = action.json.value(u"approvalNotification"_s).toObject();
    const QUrl url(notification.value(u"url"_s).toString());
    if (notification.value(u"type"_s).toString().compare(u"webhook"_s, Qt::CaseInsensitive) != 0 || !url.isValid()
        || url.host().isEmpty())
        return;
    const QString text = u"%1 asks to run \"%2\"%3. Approvers: %4."_s.arg(
        run.createdBy, action.title, run.entity.isEmpty() ? QString() : u" on %1"_s.arg(run.entity),
        run.approval.approvers.join(u", "_s));
    const QJsonObject body = notification.value(u"format"_s).toString() == u"slack"_s
        ? QJsonObject{{u"text"_s, text}}
        : QJsonObject{{u"type"_s, u"APPROVAL_REQUESTED"_s}, {u"message"_s, text}, {u"run"_s, run.toJson()},
                      {u"approvers"_s, QJsonArray::fromStringList(run.approval.approvers)}};
    WebhookRequest request;
    request.url = url;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    request.signingSecret = m_signingSecret;
    request.timeoutMs = 10000;
    if (!m_invoker)
        m_invoker = new WebhookInvoker(this);
    const QString runId = run.id;
    m_invoker->send(request, this, [this, runId, url](const WebhookResult &result) {
        log(runId, result.ok() ? u"Approvers notified (%1)"_s.arg(url.host())
                               : u"Could not notify the approvers at %1: %2"_s.arg(url.host(), result.error));
        Q_EMIT runChanged(runId);
    });
}

} // namespace portolan
