#include "actionscripts.h"

#include "runscript.h"
#include "webhookcall.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
using Writer = void (*)(const WebhookCall &, bool, RunScript &);

QString titleCase(const QString &identifier)
{
    QStringList words = identifier.split(u'-', Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return words.join(u' ');
}

// An entity input arrives as an identifier or as the entity itself.
QJsonArray identifiers(const QJsonValue &value)
{
    QJsonArray result;
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray { value };
    for (const QJsonValue &item : items) {
        const QString id = item.isObject() ? item.toObject().value("identifier"_L1).toString() : item.toString();
        if (!id.isEmpty())
            result.append(id);
    }
    return result;
}

void scaffold(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString name = c.text(u"name"_s);
    const QString repo = c.text(u"repoUrl"_s).isEmpty() ? u"https://git.example.com/acme/"_s + name : c.text(u"repoUrl"_s);
    s.log(u"Cloning template %1 (%2)…"_s.arg(c.text(u"template"_s), c.text(u"language"_s)));
    s.update(u"Creating repository"_s, { repo });
    if (fail) {
        s.fail(u"Repository acme/%1 already exists; pick another name"_s.arg(name));
        return;
    }
    s.log(u"Creating %1 repository acme/%2…"_s.arg(c.text(u"visibility"_s), name));
    s.log(u"Pushing the initial commit and CODEOWNERS for team %1…"_s.arg(c.text(u"owningTeam"_s)));
    s.log(u"Configuring the CI pipeline and the container registry…"_s);
    QJsonObject properties { { u"language"_s, c.text(u"language"_s) }, { u"tier"_s, c.text(u"tier"_s) },
        { u"lifecycle"_s, u"experimental"_s }, { u"repo"_s, repo }, { u"hasCodeowners"_s, true } };
    if (!c.text(u"description"_s).isEmpty())
        properties.insert(u"description"_s, c.text(u"description"_s));
    if (!c.text(u"onCall"_s).isEmpty())
        properties.insert(u"onCall"_s, c.text(u"onCall"_s));
    QJsonObject relations { { u"owningTeam"_s, c.text(u"owningTeam"_s) } };
    const QJsonArray dependsOn = identifiers(c.inputs.value("dependsOn"_L1));
    if (!dependsOn.isEmpty())
        relations.insert(u"dependsOn"_s, dependsOn);
    s.log(u"Registering service %1 in the catalog…"_s.arg(name));
    s.upsert(u"service"_s,
        { { u"identifier"_s, name }, { u"title"_s, titleCase(name) }, { u"properties"_s, properties },
            { u"relations"_s, relations }, { u"team"_s, QJsonArray { c.text(u"owningTeam"_s) } } });
    s.update(u"Ready"_s, { repo, u"https://ci.example.com/acme/"_s + name },
        u"Service **%1** created from the %2 template; the first build is running."_s.arg(name, c.text(u"template"_s)));
    s.succeed(u"Service %1 is ready: %2"_s.arg(name, repo));
}

void deploy(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString service = c.entityId({ u"service"_s });
    const QString version = c.text(u"version"_s);
    const QString environment = c.text(u"environment"_s);
    const QString link = u"https://deploy.example.com/%1/%2"_s.arg(service, c.runId);
    s.log(u"Resolving image %1:%2…"_s.arg(service, version));
    s.log(u"Rendering manifests for %1…"_s.arg(environment));
    s.update(u"Rolling out"_s, { link });
    if (c.text(u"strategy"_s) == "blue-green"_L1) {
        s.log(u"Starting the green stack with %1…"_s.arg(version));
        s.log(u"Running smoke tests against green…"_s);
        if (fail) {
            s.fail(u"Smoke tests failed on green (3 of 42); blue keeps serving"_s);
            return;
        }
        s.log(u"Switching the load balancer from blue to green…"_s);
    } else {
        const QString percent = c.text(u"canaryPercentage"_s).isEmpty() ? u"10"_s : c.text(u"canaryPercentage"_s);
        s.log(u"Shifting %1% of traffic to %2…"_s.arg(percent, version));
        s.log(u"Watching error rate and latency for 2 minutes…"_s);
        if (fail) {
            s.log(u"Error rate 7.3% is above the 2% threshold: rolling back"_s);
            s.fail(u"The canary failed its health checks and was rolled back"_s);
            return;
        }
        s.log(u"Error rate 0.2%, p99 latency 180 ms: promoting the canary to 100%…"_s);
    }
    s.update(u"Deployed"_s, { link }, u"%1 %2 is live in %3."_s.arg(service, version, environment));
    s.succeed(u"Deployed %1 %2 to %3"_s.arg(service, version, environment));
}

void revert(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString deployment = c.entityId();
    s.log(u"Looking up the version that ran before %1…"_s.arg(deployment));
    s.log(u"Re-deploying the previous version…"_s);
    if (fail) {
        s.fail(u"The previous image is no longer in the registry"_s);
        return;
    }
    s.log(u"Health checks pass on all pods"_s);
    if (c.flag(u"notifyOwners"_s))
        s.log(u"Told the owning team in Slack"_s);
    s.update(u"Reverted"_s, {}, u"Reverted %1. Reason: %2"_s.arg(deployment, c.text(u"reason"_s)));
    s.succeed(u"Reverted %1"_s.arg(deployment));
}

void lockDeployments(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString environment = c.entityId();
    s.log(u"Locking deployments to %1 until %2…"_s.arg(environment, c.text(u"until"_s)));
    if (fail) {
        s.fail(u"The deployment controller did not answer"_s);
        return;
    }
    s.log(c.flag(u"allowHotfixes"_s) ? u"Hotfixes stay allowed"_s : u"Hotfixes are locked too"_s);
    s.log(u"Posting the freeze to #deployments…"_s);
    s.update(u"Locked"_s, { u"https://deploy.example.com/locks/"_s + environment },
        u"Deployments to %1 are locked until %2: %3"_s.arg(environment, c.text(u"until"_s), c.text(u"reason"_s)));
    s.succeed(u"Deployments to %1 are locked"_s.arg(environment));
}

void addSecret(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString service = c.entityId();
    // The value goes to the vault and nowhere else: never into a log line.
    s.log(u"Writing %1 to vault path secret/%2/…"_s.arg(c.text(u"secretName"_s), service));
    if (fail) {
        s.fail(u"The vault refused the write (policy denied)"_s);
        return;
    }
    s.log(u"Granting %1's service account read access…"_s.arg(service));
    s.log(u"Restarting pods in %1…"_s.arg(c.text(u"environments"_s)));
    s.update(u"Secret stored"_s, { u"https://vault.example.com/ui/secret/"_s + service });
    s.succeed(u"%1 is available to %2"_s.arg(c.text(u"secretName"_s), service));
}

void upgradePackage(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString service = c.entityId();
    const QString package = c.text(u"package"_s);
    const QString version = c.text(u"version"_s);
    s.log(u"Cloning %1…"_s.arg(service));
    s.log(u"Bumping %1 to %2…"_s.arg(package, version));
    if (fail) {
        s.fail(u"Version %1 of %2 does not exist in the registry"_s.arg(version, package));
        return;
    }
    s.log(u"Running the test suite: 412 passed"_s);
    const QString pr = u"https://git.example.com/acme/%1/pulls/%2"_s.arg(service, c.runId.right(4));
    s.log(u"Opened pull request %1"_s.arg(pr));
    QStringList links { pr };
    if (c.flag(u"upgradeDependants"_s)) {
        s.log(u"Opening pull requests for the services that depend on %1…"_s.arg(service));
        links.append(u"https://git.example.com/pulls?q=bump+"_s + package);
    }
    s.update(u"Pull request open"_s, links, u"%1 → %2 in %3"_s.arg(package, version, service));
    s.succeed(u"Upgrade of %1 proposed"_s.arg(package));
}

void invite(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString environment = c.entityId();
    s.log(u"Adding %1 to namespace %2 with %3 access…"_s.arg(c.text(u"developers"_s), environment, c.text(u"access"_s)));
    if (fail) {
        s.fail(u"The cluster API refused the role binding"_s);
        return;
    }
    s.log(u"Sending Slack invitations…"_s);
    s.update(u"Invited"_s, { u"https://k8s.example.com/namespaces/"_s + environment });
    s.succeed(u"Invited %1"_s.arg(c.text(u"developers"_s)));
}

void provision(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString name = c.text(u"name"_s);
    const QString where = c.text(u"provider"_s) + u'/' + c.text(u"region"_s);
    const QString plan = u"https://terraform.example.com/runs/"_s + c.runId;
    s.log(u"Planning %1 %2 (%3) in %4…"_s.arg(c.text(u"kind"_s), name, c.text(u"size"_s), where));
    s.update(u"Applying"_s, { plan });
    if (fail) {
        s.fail(u"Quota exceeded in %1"_s.arg(where));
        return;
    }
    s.log(u"Plan: 3 to add, 0 to change, 0 to destroy"_s);
    s.log(u"Applying… created in 41s"_s);
    s.log(u"Registering %1 in the catalog…"_s.arg(name));
    s.upsert(u"Resource"_s,
        { { u"identifier"_s, name }, { u"title"_s, name },
            { u"properties"_s, QJsonObject { { u"type"_s, c.text(u"kind"_s) } } } });
    s.update(u"Provisioned"_s, { plan }, u"%1 %2 runs in %3"_s.arg(c.text(u"kind"_s), name, where));
    s.succeed(u"%1 is ready"_s.arg(name));
}

void temporaryPermissions(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString environment = c.entityId();
    s.log(u"Granting %1 on %2 for %3 hours…"_s.arg(c.text(u"role"_s), environment, c.text(u"durationHours"_s)));
    if (fail) {
        s.fail(u"The identity provider refused the grant"_s);
        return;
    }
    s.log(u"Scheduled the revocation"_s);
    s.update(u"Access granted"_s, { u"https://iam.example.com/grants/"_s + c.runId },
        u"%1 access to %2 for %3 hours"_s.arg(c.text(u"role"_s), environment, c.text(u"durationHours"_s)));
    s.succeed(u"Access granted"_s);
}

void podCount(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString workload = c.entityId();
    const QString replicas = c.text(u"replicas"_s);
    s.log(u"Scaling %1 to %2 pods…"_s.arg(workload, replicas));
    if (fail) {
        s.fail(u"Not enough capacity in the cluster"_s);
        return;
    }
    s.log(u"%1/%1 pods ready"_s.arg(replicas));
    s.update(u"Scaled"_s, { u"https://k8s.example.com/workloads/"_s + workload });
    s.succeed(u"%1 runs %2 pods"_s.arg(workload, replicas));
}

void autoscaling(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString workload = c.entityId();
    s.log(u"Updating the auto-scaler of %1: min %2, max %3, desired %4, CPU target %5%…"_s.arg(workload,
        c.text(u"minReplicas"_s), c.text(u"maxReplicas"_s), c.text(u"desiredReplicas"_s), c.text(u"targetCpu"_s)));
    if (fail) {
        s.fail(u"The auto-scaler rejected the settings"_s);
        return;
    }
    s.log(u"Waiting for the desired pods…"_s);
    s.update(u"Updated"_s, { u"https://k8s.example.com/hpa/"_s + workload });
    s.succeed(u"Auto-scaling of %1 updated"_s.arg(workload));
}

void runbook(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString incident = c.entityId();
    const bool dry = c.flag(u"dryRun"_s);
    const QString prefix = dry ? u"[dry run] would "_s : QString();
    s.log(u"Runbook %1 for %2%3"_s.arg(c.text(u"runbook"_s), incident, dry ? u" (dry run)"_s : QString()));
    s.log(prefix + u"check the service's current state…"_s);
    s.log(prefix + u"run step 1 of 3: drain traffic…"_s);
    if (fail) {
        s.fail(u"Step 2 of 3 timed out"_s);
        return;
    }
    s.log(prefix + u"run step 2 of 3: apply the remedy…"_s);
    s.log(prefix + u"run step 3 of 3: restore traffic…"_s);
    s.update(dry ? u"Dry run done"_s : u"Runbook done"_s, { u"https://runbooks.example.com/"_s + c.text(u"runbook"_s) });
    s.succeed(dry ? u"Dry run finished; nothing was changed"_s : u"Runbook finished"_s);
}

void airflow(const WebhookCall &c, bool fail, RunScript &s)
{
    // The action's body template sends Airflow's own names (dag_id, conf).
    const QString dag = c.text(u"dag_id"_s).isEmpty() ? c.text(u"dagId"_s) : c.text(u"dag_id"_s);
    const QString link = u"https://airflow.example.com/dags/%1/grid"_s.arg(dag);
    s.log(u"Triggering DAG %1 with conf %2…"_s.arg(dag, c.text(u"conf"_s)));
    s.update(u"DAG running"_s, { link });
    s.log(u"Task extract: success"_s);
    if (fail) {
        s.fail(u"Task transform failed: schema mismatch"_s);
        return;
    }
    s.log(u"Task transform: success"_s);
    s.log(u"Task load: success"_s);
    s.succeed(u"DAG run of %1 succeeded"_s.arg(dag));
}

void trainModel(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString model = c.text(u"modelName"_s);
    s.log(u"Fetching dataset %1…"_s.arg(c.text(u"datasetUrl"_s)));
    s.log(u"Scheduling the job on %1 GPU(s)…"_s.arg(c.text(u"gpus"_s)));
    s.update(u"Training"_s, { u"https://ml.example.com/jobs/"_s + c.runId });
    s.log(u"Epoch 1/3: loss 0.912, accuracy 0.71"_s);
    if (fail) {
        s.fail(u"Training diverged (loss is NaN); lower the learning rate"_s);
        return;
    }
    s.log(u"Epoch 2/3: loss 0.544, accuracy 0.83"_s);
    s.log(u"Epoch 3/3: loss 0.371, accuracy 0.89"_s);
    s.update(u"Trained"_s, { u"https://ml.example.com/models/"_s + model },
        u"Model %1: accuracy 0.89 on the validation set"_s.arg(model));
    s.succeed(u"Model %1 saved to the registry"_s.arg(model));
}

void destroyEnvironment(const WebhookCall &c, bool fail, RunScript &s)
{
    const QString environment = c.entityId();
    if (c.flag(u"keepSnapshot"_s))
        s.log(u"Snapshotting the databases of %1…"_s.arg(environment));
    s.log(u"Deleting namespace %1…"_s.arg(environment));
    if (fail) {
        s.fail(u"The namespace is stuck terminating"_s);
        return;
    }
    s.log(u"Removing %1 from the catalog…"_s.arg(environment));
    s.remove(u"environment"_s, environment);
    s.succeed(u"%1 is gone"_s.arg(environment));
}

void generic(const WebhookCall &c, bool fail, RunScript &s)
{
    s.log(u"Received %1 (%2)"_s.arg(c.actionTitle, c.action));
    s.log(u"Working…"_s);
    if (fail) {
        s.fail(u"Failed on purpose"_s);
        return;
    }
    s.succeed(u"Done"_s);
}

const QHash<QString, Writer> &writers()
{
    static const QHash<QString, Writer> table {
        { u"scaffold_microservice"_s, scaffold },
        { u"deploy_service"_s, deploy },
        { u"revert_deployment"_s, revert },
        { u"lock_deployments"_s, lockDeployments },
        { u"add_secret"_s, addSecret },
        { u"upgrade_package_version"_s, upgradePackage },
        { u"invite_developer"_s, invite },
        { u"provision_cloud_resource"_s, provision },
        { u"request_temporary_permissions"_s, temporaryPermissions },
        { u"update_pod_count"_s, podCount },
        { u"update_autoscaling_group"_s, autoscaling },
        { u"run_incident_runbook"_s, runbook },
        { u"run_airflow_dag"_s, airflow },
        { u"train_model"_s, trainModel },
        { u"destroy_developer_environment"_s, destroyEnvironment },
    };
    return table;
}
} // namespace

void writeActionScript(const WebhookCall &call, bool failOnPurpose, RunScript &script)
{
    writers().value(call.action, generic)(call, failOnPurpose, script);
}
