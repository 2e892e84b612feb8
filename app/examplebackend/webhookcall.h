#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

class QHttpServerRequest;

// One webhook request from Portolan, as the example backend needs it: which action, which run
// (id, token and where the run API is, all from the X-Portolan-Run-* headers), the inputs and
// the entity. Reads Portolan's default payload ({action, trigger, context, payload{entity,
// properties}}) and custom bodies alike (then the body itself is the inputs).
struct WebhookCall
{
    QString action;      // from the url: /hooks/<action>
    QString actionTitle; // from the default payload, else the identifier
    QString runId;
    QString token;
    QUrl api; // e.g. http://127.0.0.1:41234
    QString user; // who ran it (e-mail), when the payload says
    QJsonObject inputs;
    QJsonObject entity; // empty for CREATE actions
    QStringList secretInputs; // inputs the payload marks as secret (never printed)

    // Empty `error` on success; otherwise what is missing or malformed.
    static WebhookCall read(const QString &action, const QHttpServerRequest &request, QString *error);

    // An input as text: strings as they are, numbers without trailing zeros, arrays joined by ", "
    // (entities by identifier), objects as compact JSON; empty when absent.
    QString text(const QString &key) const;
    bool flag(const QString &key) const; // a boolean input (true or "true")
    // The entity's identifier, or the first of `fallbackInputs` that is set (custom bodies).
    QString entityId(const QStringList &fallbackInputs = {}) const;
    // The inputs fit to print: secret ones (by name or as the payload marks them) are masked.
    QJsonObject printableInputs() const;
    bool isSecret(const QString &key) const;
};
