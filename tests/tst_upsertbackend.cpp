#include "actions/actiondefinition.h"
#include "actions/runstore.h"
#include "actions/upsertbackend.h"
#include "storefixture.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

// JSON written with ' for " (moc misreads raw string literals).
QJsonObject object(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        qFatal("bad test JSON %s", text);
    return document.object();
}

QList<Blueprint> blueprints()
{
    return {Blueprint::fromJson(object("{'identifier': 'team', 'title': 'Team', 'schema': {'properties': {}}}")),
            Blueprint::fromJson(object(
                "{'identifier': 'environment', 'title': 'Environment',"
                " 'schema': {'properties': {'type': {'type': 'string', 'enum': ['development', 'production']},"
                "                           'region': {'type': 'string'}, 'note': {'type': 'string'},"
                "                           'replicas': {'type': 'number'}, 'ttl': {'type': 'string', 'format': 'timer'}},"
                "            'required': ['type']},"
                " 'relations': {'team': {'target': 'team', 'many': false}}}"))};
}

ActionDefinition upsertAction(const QJsonObject &mapping)
{
    ActionDefinition action;
    action.identifier = u"create_env"_s;
    action.title = u"Create environment"_s;
    action.operation = ActionOperation::Create;
    action.blueprint = u"environment"_s;
    action.invocationMethod = {{u"type"_s, u"UPSERT_ENTITY"_s}, {u"blueprintIdentifier"_s, u"environment"_s}, {u"mapping"_s, mapping}};
    return action;
}

QJsonObject context(const QJsonObject &inputs, const QJsonObject &entity = {})
{
    return {{u"inputs"_s, inputs},
            {u"entity"_s, entity},
            {u"trigger"_s, object("{'by': {'user': {'email': 'ada@example.com', 'identifier': 'ada'}}, 'operation': 'CREATE'}")},
            {u"run"_s, QJsonObject{{u"id"_s, u"r_1"_s}}},
            {u"action"_s, QJsonObject{{u"identifier"_s, u"create_env"_s}}}};
}

QJsonObject createMapping()
{
    return object("{'identifier': '\\'dev-\\' + .inputs.name', 'title': '\\'Developer environment \\' + .inputs.name',"
                  " 'properties': {'type': '\\'development\\'', 'region': '.inputs.region', 'replicas': '.inputs.replicas',"
                  "                'ttl': 'now + 5 * 86400 | floor | todate'},"
                  " 'relations': {'team': '.inputs.team'}}");
}

void insertRun(CatalogStore &store, const QString &id)
{
    ActionRun run;
    run.id = id;
    run.action = u"create_env"_s;
    run.actionTitle = u"Create environment"_s;
    run.blueprint = u"environment"_s;
    run.createdBy = u"ada@example.com"_s;
    run.createdAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(RunStore(store.database()).insert(run, RunStore::hashToken(u"token-"_s + id)), QString());
}

// (run, origin, actor, action) of the audit entries of one entity, oldest first.
QList<QStringList> auditRows(CatalogStore &store, const QString &identifier)
{
    QSqlQuery q(store.database().connection());
    q.prepare(u"SELECT COALESCE(run, ''), origin, actor, action FROM audit WHERE kind = 'entity' AND identifier = ? ORDER BY id"_s);
    q.addBindValue(identifier);
    q.exec();
    QList<QStringList> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}

} // namespace

class TestUpsertBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void createsTheEntity();
    void mergesIntoAnExistingEntity();
    void acceptsTemplateMappings();
    void validationFailureChangesNothing();
    void reportsMappingProblemsWithPaths_data();
    void reportsMappingProblemsWithPaths();
    void tiesTheWriteToTheRun();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;
};

void TestUpsertBackend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CatalogStore>(m_dir->filePath(u"portal.sqlite"_s));
    QVERIFY(m_store->isOpen());
    testing::write(*m_store, blueprints(), {testing::entity("{\"identifier\": \"payments\", \"blueprint\": \"team\", \"title\": \"Payments\"}")});
    insertRun(*m_store, u"r_1"_s);
    insertRun(*m_store, u"r_2"_s);
}

void TestUpsertBackend::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestUpsertBackend::createsTheEntity()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const UpsertOutcome outcome = runUpsert(*m_store, upsertAction(createMapping()),
                                            context(object("{'name': 'ada', 'region': 'eu-west-1', 'replicas': 2, 'team': 'payments'}")),
                                            u"ada@example.com"_s, u"r_1"_s);
    QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.value(0).toString()));
    QVERIFY(outcome.created);
    QCOMPARE(outcome.key, (EntityKey{u"environment"_s, u"dev-ada"_s}));
    const std::optional<Entity> stored = m_store->entity(u"environment"_s, u"dev-ada"_s);
    QVERIFY(stored);
    QCOMPARE(stored->title, u"Developer environment ada"_s);
    QCOMPARE(stored->properties.value(u"type"_s).toString(), u"development"_s);
    QCOMPARE(stored->properties.value(u"region"_s).toString(), u"eu-west-1"_s);
    QCOMPARE(stored->properties.value(u"replicas"_s).toDouble(), 2.0);
    QCOMPARE(stored->relations.value(u"team"_s).toString(), u"payments"_s);
    QCOMPARE(stored->createdBy, u"ada@example.com"_s);
    // jq's `now` is seconds; `todate` makes the ISO text a timer wants.
    const QDateTime ttl = QDateTime::fromString(stored->properties.value(u"ttl"_s).toString(), Qt::ISODate);
    QVERIFY2(ttl.isValid(), qPrintable(stored->properties.value(u"ttl"_s).toString()));
    QVERIFY(qAbs(before.secsTo(ttl) - 5 * 86400) < 120);
}

void TestUpsertBackend::mergesIntoAnExistingEntity()
{
    testing::write(*m_store, {}, {Entity::fromJson(object(
                                     "{'identifier': 'dev-bo', 'blueprint': 'environment', 'title': 'Bo', 'team': ['payments'],"
                                     " 'properties': {'type': 'development', 'region': 'eu', 'note': 'keep me', 'replicas': 1},"
                                     " 'relations': {'team': 'payments'}}"))});
    const QJsonObject mapping = object("{'identifier': '.entity.identifier',"
                                       " 'properties': {'region': '.inputs.region', 'replicas': 'null'}}");
    const UpsertOutcome outcome = runUpsert(*m_store, upsertAction(mapping),
                                            context(object("{'region': 'us-east-1'}"), object("{'identifier': 'dev-bo'}")),
                                            u"bo@example.com"_s, u"r_1"_s);
    QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.value(0).toString()));
    QVERIFY(!outcome.created);
    const std::optional<Entity> stored = m_store->entity(u"environment"_s, u"dev-bo"_s);
    QVERIFY(stored);
    QCOMPARE(stored->title, u"Bo"_s);                                                   // not mapped: kept
    QCOMPARE(stored->team, QStringList{u"payments"_s});                                 // kept
    QCOMPARE(stored->properties.value(u"region"_s).toString(), u"us-east-1"_s);         // mapped: replaced
    QCOMPARE(stored->properties.value(u"note"_s).toString(), u"keep me"_s);             // not mapped: kept
    QCOMPARE(stored->properties.value(u"type"_s).toString(), u"development"_s);
    QVERIFY(!stored->properties.contains(u"replicas"_s));                               // mapped to null: removed
    QCOMPARE(stored->relations.value(u"team"_s).toString(), u"payments"_s);
    QCOMPARE(stored->updatedBy, u"bo@example.com"_s);
}

void TestUpsertBackend::acceptsTemplateMappings()
{
    const QJsonObject mapping = object("{'identifier': 'env-{{ .inputs.name }}', 'title': '{{ .inputs.name }}',"
                                       " 'properties': {'type': 'development', 'replicas': '{{ .inputs.replicas }}'}}");
    // 'development' (no quotes) is jq for a missing function: a literal must be jq text or a template.
    UpsertOutcome outcome = runUpsert(*m_store, upsertAction(mapping), context(object("{'name': 'x', 'replicas': 4}")),
                                      u"ada"_s, u"r_1"_s);
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.front().path, u"$.invocationMethod.mapping.properties.type"_s);

    QJsonObject fixed = mapping;
    fixed.insert(u"properties"_s, object("{'type': '{{ \\'development\\' }}', 'replicas': '{{ .inputs.replicas }}'}"));
    outcome = runUpsert(*m_store, upsertAction(fixed), context(object("{'name': 'x', 'replicas': 4}")), u"ada"_s, u"r_1"_s);
    QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.value(0).toString()));
    const std::optional<Entity> stored = m_store->entity(u"environment"_s, u"env-x"_s);
    QVERIFY(stored);
    QCOMPARE(stored->properties.value(u"replicas"_s).toDouble(), 4.0); // an exact template keeps the number
}

void TestUpsertBackend::validationFailureChangesNothing()
{
    const qsizetype auditBefore = m_store->recentAudit(1000).size();
    QJsonObject mapping = createMapping();
    QJsonObject properties = mapping.value(u"properties"_s).toObject();
    properties.insert(u"type"_s, u"\"staging\""_s); // not in the enum
    mapping.insert(u"properties"_s, properties);
    const UpsertOutcome outcome = runUpsert(*m_store, upsertAction(mapping),
                                            context(object("{'name': 'cy', 'region': 'eu', 'replicas': 1, 'team': 'payments'}")),
                                            u"ada"_s, u"r_1"_s);
    QVERIFY(hasErrors(outcome.problems));
    QVERIFY2(outcome.problems.front().path.contains(u"type"_s), qPrintable(outcome.problems.front().toString()));
    QVERIFY(!m_store->entity(u"environment"_s, u"dev-cy"_s));
    QCOMPARE(m_store->recentAudit(1000).size(), auditBefore);
    QVERIFY(RunStore(m_store->database()).entitiesOf(u"r_1"_s).isEmpty());

    // A relation to a team that does not exist fails at commit: nothing written either.
    const UpsertOutcome dangling = runUpsert(*m_store, upsertAction(createMapping()),
                                             context(object("{'name': 'cy', 'region': 'eu', 'replicas': 1, 'team': 'nobody'}")),
                                             u"ada"_s, u"r_1"_s);
    QVERIFY(hasErrors(dangling.problems));
    QVERIFY(!m_store->entity(u"environment"_s, u"dev-cy"_s));
    QCOMPARE(m_store->recentAudit(1000).size(), auditBefore);
}

void TestUpsertBackend::reportsMappingProblemsWithPaths_data()
{
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QString>("path");
    QTest::newRow("jq does not compile") << "{'identifier': '\\'x\\'', 'properties': {'type': '.inputs. |'}}"_ba
                                         << u"$.invocationMethod.mapping.properties.type"_s;
    QTest::newRow("jq fails") << "{'identifier': '\\'x\\'', 'properties': {'type': '.inputs.name + 1'}}"_ba
                              << u"$.invocationMethod.mapping.properties.type"_s;
    QTest::newRow("identifier is not a string") << "{'identifier': '.inputs.replicas'}"_ba << u"$.invocationMethod.mapping.identifier"_s;
    QTest::newRow("identifier missing") << "{'title': '\\'x\\''}"_ba << u"$.invocationMethod.mapping.identifier"_s;
    QTest::newRow("title not a string") << "{'identifier': '\\'x\\'', 'title': '.inputs.replicas'}"_ba
                                        << u"$.invocationMethod.mapping.title"_s;
    QTest::newRow("relation jq fails") << "{'identifier': '\\'x\\'', 'relations': {'team': 'error(\\'no team\\')'}}"_ba
                                       << u"$.invocationMethod.mapping.relations.team"_s;
}

void TestUpsertBackend::reportsMappingProblemsWithPaths()
{
    QFETCH(QByteArray, mapping);
    QFETCH(QString, path);
    const UpsertOutcome outcome = runUpsert(*m_store, upsertAction(object(mapping.constData())),
                                            context(object("{'name': 'n', 'replicas': 2}")), u"ada"_s, u"r_1"_s);
    QVERIFY(hasErrors(outcome.problems));
    QCOMPARE(outcome.problems.front().path, path);
    QCOMPARE(m_store->entities(u"environment"_s).size(), 0);
}

void TestUpsertBackend::tiesTheWriteToTheRun()
{
    const QJsonObject inputs = object("{'name': 'dee', 'region': 'eu', 'replicas': 1, 'team': 'payments'}");
    QVERIFY(runUpsert(*m_store, upsertAction(createMapping()), context(inputs), u"ada@example.com"_s, u"r_1"_s).problems.isEmpty());
    const UpsertOutcome second = runUpsert(*m_store, upsertAction(createMapping()), context(inputs), u"bo@example.com"_s, u"r_2"_s);
    QVERIFY(second.problems.isEmpty());
    QVERIFY(!second.created);

    const RunStore runs(m_store->database());
    const QList<RunEntityChange> first = runs.entitiesOf(u"r_1"_s);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.front().blueprint, u"environment"_s);
    QCOMPARE(first.front().identifier, u"dev-dee"_s);
    QCOMPARE(first.front().change, u"create"_s);
    QCOMPARE(runs.entitiesOf(u"r_2"_s).front().change, u"update"_s);
    QCOMPARE(runs.runsOfEntity(u"environment"_s, u"dev-dee"_s).size(), 2);

    const QList<QStringList> audit = auditRows(*m_store, u"dev-dee"_s);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0), (QStringList{u"r_1"_s, u"action-run"_s, u"ada@example.com"_s, u"create"_s}));
    QCOMPARE(audit.at(1), (QStringList{u"r_2"_s, u"action-run"_s, u"bo@example.com"_s, u"update"_s}));
}

QTEST_GUILESS_MAIN(TestUpsertBackend)
#include "tst_upsertbackend.moc"
