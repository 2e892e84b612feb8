#pragma once

// TestRunsPage::renderScreens: realistic runs rendered offscreen in light and dark, for a person
// to look at. Included by tst_runspage.cpp after the test class.

namespace runsscreens {

inline ActionRun run(const QString &id, const QString &action, const QString &title, const QString &entity, RunStatus status,
                     const QString &by, int minutesAgo, int seconds)
{
    ActionRun r;
    r.id = id;
    r.action = action;
    r.actionTitle = title;
    r.blueprint = u"service"_s;
    r.entity = entity;
    r.status = status;
    r.createdBy = by;
    r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.updatedAt = r.createdAt.addSecs(seconds);
    if (isTerminal(status))
        r.endedAt = r.updatedAt;
    return r;
}

} // namespace runsscreens

inline void TestRunsPage::renderScreens()
{
    const QString dir = qEnvironmentVariable("PORTOLAN_RUNSUI_SHOTS");
    if (dir.isEmpty())
        QSKIP("set PORTOLAN_RUNSUI_SHOTS=<dir> to render the runs pages");
    QDir().mkpath(dir);
    using runsscreens::run;
    RunStore runs(m_store->database());

    ActionRun deploy = run(u"r_k2v7q9wm3xa1b8cd"_s, u"deploy_service"_s, u"Deploy service"_s, u"cart"_s, RunStatus::InProgress, Me, 2, 100);
    deploy.statusLabel = u"Rolling out 2 of 3 pods"_s;
    deploy.externalRunId = u"gh-7741093"_s;
    deploy.links = {u"https://github.example.com/acme/cart/actions/runs/7741093"_s, u"portolan://entity/service/cart"_s};
    deploy.inputs = QJsonObject{{u"version"_s, u"1.8.0"_s}, {u"environment"_s, u"staging"_s}, {u"replicas"_s, 3},
                                {u"registryToken"_s, u"********"_s}, {u"notify"_s, true},
                                {u"labels"_s, QJsonArray{u"canary"_s, u"eu-west-1"_s}}};
    QCOMPARE(runs.insert(deploy, RunStore::hashToken(RunStore::newToken())), QString());
    const QStringList lines{u"Run r_k2v7q9wm3xa1b8cd started by Ada Lovelace"_s,
                            u"Checking out acme/cart@1.8.0 (3f9c2ab)"_s,
                            u"Building image registry.example.com/acme/cart:1.8.0"_s,
                            u"Image built in 41 s (212 MB)"_s,
                            u"Pushing image to registry.example.com"_s,
                            u"Applying manifests to staging (namespace cart)"_s,
                            u"deployment.apps/cart configured; waiting for rollout"_s,
                            u"Pod cart-7d9f8c6b5-x2k4q ready (2/3)"_s};
    for (int i = 0; i < lines.size(); ++i)
        runs.appendLog(deploy.id, lines.at(i), deploy.createdAt.addSecs(i * 12));

    ActionRun failed = run(u"r_9fq2m1zv8k3n4p0s"_s, u"provision_cloud_resource"_s, u"Provision cloud resource"_s, QString(),
                           RunStatus::Failure, u"grace@example.com"_s, 47, 83);
    failed.statusLabel = u"Terraform apply failed: quota exceeded for db.r6g.large in eu-west-1"_s;
    failed.summary = u"Provisioning **orders-db** failed.\n\n- plan: 3 to add\n- apply: `Error: QuotaExceeded`\n\n"
                     u"Ask the platform team to raise the quota, then run again."_s;
    failed.inputs = QJsonObject{{u"name"_s, u"orders-db"_s}, {u"kind"_s, u"PostgreSQL"_s}, {u"size"_s, u"db.r6g.large"_s},
                                {u"tags"_s, QJsonObject{{u"team"_s, u"payments"_s}, {u"cost-centre"_s, u"4711"_s}}}};
    failed.links = {u"https://ci.example.com/platform/terraform/pipelines/88231/jobs/5521934?tab=logs"_s};
    QCOMPARE(runs.insert(failed, RunStore::hashToken(RunStore::newToken())), QString());
    for (const QString &line : {u"terraform init"_s, u"terraform plan: 3 to add, 0 to change, 0 to destroy"_s,
                                u"aws_db_instance.orders: Creating..."_s,
                                u"Error: creating RDS DB Instance (orders-db): InstanceQuotaExceeded: quota exceeded"_s})
        runs.appendLog(failed.id, line, failed.createdAt.addSecs(20));
    {
        CatalogWriter writer(*m_store, Origin::ActionRun, u"grace@example.com"_s);
        writer.setRun(failed.id);
        Problems problems = writer.putEntity(testing::entity(R"({"identifier": "orders-db", "blueprint": "service", "title": "Orders DB, pending"})"));
        problems.append(writer.commit());
        QVERIFY(!hasErrors(problems));
    }

    ActionRun waiting = run(u"r_w4ait1ng0approv"_s, u"request_temporary_permissions"_s, u"Request temporary permissions"_s,
                            u"cart"_s, RunStatus::WaitingForApproval, u"grace@example.com"_s, 6, 360);
    waiting.statusLabel = u"Waiting for approval"_s;
    waiting.inputs = QJsonObject{{u"role"_s, u"production-admin"_s}, {u"duration"_s, u"2h"_s},
                                 {u"justification"_s, u"Rotate the payment provider's webhook secret after INC-2211"_s}};
    waiting.approval.mode = RunApproval::Mode::All;
    waiting.approval.approvers = {Me, u"grace@example.com"_s, u"linus@example.com"_s};
    waiting.approval.decisions.append({u"linus@example.com"_s, true, u"Fine for the incident window"_s,
                                       QDateTime::currentDateTimeUtc().addSecs(-120)});
    QCOMPARE(runs.insert(waiting, RunStore::hashToken(RunStore::newToken())), QString());

    ActionRun declined = run(u"r_d3cl1n3d000000a"_s, u"revert_deployment"_s, u"Revert deployment"_s, u"cart"_s,
                             RunStatus::Declined, Me, 180, 900);
    declined.approval.mode = RunApproval::Mode::Any;
    declined.approval.approvers = {u"grace@example.com"_s};
    declined.approval.decisions.append({u"grace@example.com"_s, false, u"The release is already fixed forward"_s, declined.updatedAt});
    QCOMPARE(runs.insert(declined, RunStore::hashToken(RunStore::newToken())), QString());
    ActionRun scaffold = run(u"r_5caff01d000000b"_s, u"scaffold_microservice"_s, u"Scaffold microservice"_s, QString(),
                             RunStatus::Success, Me, 60 * 26, 194);
    scaffold.statusLabel = u"Repository acme/loyalty created"_s;
    QCOMPARE(runs.insert(scaffold, RunStore::hashToken(RunStore::newToken())), QString());
    ActionRun env = run(u"r_3nv000000000000c"_s, u"create_developer_environment"_s, u"Create developer environment"_s, QString(),
                        RunStatus::Success, u"grace@example.com"_s, 60 * 50, 2710);
    env.statusLabel = u"Environment dev-grace ready (TTL 7 days)"_s;
    QCOMPARE(runs.insert(env, RunStore::hashToken(RunStore::newToken())), QString());

    Appearance appearance;
    for (const auto &[mode, name] : {std::pair{Appearance::Mode::Light, "light"}, std::pair{Appearance::Mode::Dark, "dark"}}) {
        appearance.setMode(mode, false);
        RunsPage list(*m_lane);
        list.resize(1100, 520);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        load(list);
        QTest::qWait(50);
        QVERIFY(list.grab().save(dir + u"/runs-"_s + QLatin1StringView(name) + u".png"_s));

        ApprovalDialog decline(ApprovalDialog::Decision::Decline, u"Request temporary permissions on Cart Service"_s);
        decline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&decline));
        QVERIFY(decline.grab().save(dir + u"/decline-"_s + QLatin1StringView(name) + u".png"_s));
        decline.close();

        QSettings().setValue(u"identity/user"_s, Me);
        for (const ActionRun &shown : {deploy, failed, waiting}) {
            RunPage page(*m_lane);
            page.resize(1100, 720);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            showRun(page, shown.id);
            QTest::qWait(50);
            QVERIFY(page.grab().save(dir + u"/run-"_s + shown.action + u'-' + QLatin1StringView(name) + u".png"_s));
        }
    }
    appearance.setMode(Appearance::Mode::Light, false);
}
