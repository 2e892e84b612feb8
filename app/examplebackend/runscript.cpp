#include "runscript.h"

#include "actionscripts.h"
#include "webhookcall.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

RunScript &RunScript::log(const QString &message)
{
    RunStep step;
    step.message = message;
    m_steps.append(step);
    return *this;
}

RunScript &RunScript::update(const QString &statusLabel, const QStringList &links, const QString &summary)
{
    RunStep step;
    step.kind = RunStep::Kind::Update;
    step.body.insert(u"statusLabel"_s, statusLabel);
    if (!links.isEmpty())
        step.body.insert(u"link"_s, QJsonArray::fromStringList(links));
    if (!summary.isEmpty())
        step.body.insert(u"summary"_s, summary);
    m_steps.append(step);
    return *this;
}

RunScript &RunScript::upsert(const QString &blueprint, const QJsonObject &entity)
{
    RunStep step;
    step.kind = RunStep::Kind::UpsertEntity;
    step.blueprint = blueprint;
    step.identifier = entity.value("identifier"_L1).toString();
    step.body = entity;
    m_steps.append(step);
    return *this;
}

RunScript &RunScript::remove(const QString &blueprint, const QString &identifier)
{
    RunStep step;
    step.kind = RunStep::Kind::DeleteEntity;
    step.blueprint = blueprint;
    step.identifier = identifier;
    m_steps.append(step);
    return *this;
}

RunScript &RunScript::succeed(const QString &message)
{
    RunStep step;
    step.kind = RunStep::Kind::Finish;
    step.message = message;
    m_steps.append(step);
    return *this;
}

RunScript &RunScript::fail(const QString &reason)
{
    RunStep step;
    step.kind = RunStep::Kind::Finish;
    step.message = reason;
    step.success = false;
    m_steps.append(step);
    return *this;
}

RunScript RunScript::forCall(const WebhookCall &call)
{
    RunScript script;
    const bool failOnPurpose = call.flag(u"simulateFailure"_s) || call.text(u"version"_s) == "0.0.0"_L1;
    writeActionScript(call, failOnPurpose, script);
    return script;
}
