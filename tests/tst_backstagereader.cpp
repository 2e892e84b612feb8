#include "importing/backstagereader.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const QString dataDir = QStringLiteral(PORTOLAN_TEST_DATA "/backstage");

// Test YAML is written line by line so that expected line numbers can be read off the source.
QByteArray yaml(std::initializer_list<const char *> lines)
{
    QByteArray text;
    for (const char *line : lines)
        text += QByteArray(line) + '\n';
    return text;
}

QByteArray entity(const char *kind, const char *name, const QByteArray &spec = {}, const char *ns = nullptr)
{
    QByteArray text = "---\napiVersion: backstage.io/v1alpha1\nkind: "_ba + kind + "\nmetadata:\n  name: "_ba
        + name + '\n';
    if (ns)
        text += "  namespace: "_ba + ns + '\n';
    if (!spec.isEmpty())
        text += "spec:\n"_ba + spec;
    return text;
}

const Entity *findEntity(const BackstageCatalog &catalog, const QString &blueprint, const QString &identifier)
{
    for (const Entity &e : catalog.entities) {
        if (e.blueprint == blueprint && e.identifier == identifier)
            return &e;
    }
    return nullptr;
}

const Blueprint *findBlueprint(const BackstageCatalog &catalog, const QString &identifier)
{
    for (const Blueprint &b : catalog.blueprints) {
        if (b.identifier == identifier)
            return &b;
    }
    return nullptr;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

qsizetype indexOf(const BackstageCatalog &catalog, const QString &identifier)
{
    for (qsizetype i = 0; i < catalog.entities.size(); ++i) {
        if (catalog.entities.at(i).identifier == identifier)
            return i;
    }
    return -1;
}

} // namespace

class TestBackstageReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryDocumentOfAMultiDocumentFile();
    void followsLocationTargetsRelativeToTheLocation();
    void unknownKindGetsAGenericBlueprint();
    void sameNameInTwoNamespacesStaysDistinct();
    void duplicateEntityIsAnErrorAtTheSecond();
    void resolvesReferenceDefaults_data();
    void resolvesReferenceDefaults();
    void dependsOnWithoutKindIsAnErrorAtTheReference();
    void ownerThatIsAUserGivesOwnedByUser();
    void inverseFieldsAreStoredOnTheOtherEntity_data();
    void inverseFieldsAreStoredOnTheOtherEntity();
    void relationsArrayIsHonouredWithoutDuplicates();
    void missingReferenceIsKeptWithAWarning();
    void relationTargetsComeFirst();
    void yamlSyntaxErrorHasLineAndColumn();
    void missingMetadataNameIsAnErrorAtTheDocument();
    void missingLocationTargetIsAnErrorAtTheTarget();
    void remoteLocationIsNotFetched();
    void locationCycleTerminates();
    void metadataIsKept();
    void unmappedSpecFieldsAreKeptUnderSpec();
    void apiDefinitionTextPlaceholderIsRead();
};

void TestBackstageReader::readsEveryDocumentOfAMultiDocumentFile()
{
    const BackstageCatalog catalog = BackstageReader().read(dataDir + u"/multi-document.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    QCOMPARE(catalog.entities.size(), 6);
    QStringList kinds;
    for (const Blueprint &b : catalog.blueprints)
        kinds.append(b.identifier);
    QCOMPARE(
        kinds, (QStringList { u"domain"_s, u"system"_s, u"component"_s, u"api"_s, u"group"_s, u"user"_s }));
    QCOMPARE(findBlueprint(catalog, u"api"_s)->title, u"API"_s);
    QCOMPARE(findBlueprint(catalog, u"api"_s)->icon, u"Link"_s);
    const Entity *web = findEntity(catalog, u"component"_s, u"checkout-web"_s);
    QVERIFY(web);
    QCOMPARE(web->relations.value("partOf_system"_L1).toArray(), QJsonArray { u"checkout"_s });
    QCOMPARE(web->relations.value("providesApi"_L1).toArray(), QJsonArray { u"checkout-api"_s });
    QCOMPARE(findEntity(catalog, u"api"_s, u"checkout-api"_s)->properties.value("definition"_L1).toString(),
        u"openapi: 3.0.0\n"_s);
    const Entity *ada = findEntity(catalog, u"user"_s, u"ada"_s);
    QCOMPARE(ada->properties.value("displayName"_L1).toString(), u"Ada Lovelace"_s);
    QCOMPARE(ada->relations.value("memberOf"_L1).toArray(), QJsonArray { u"team-pay"_s });
    QCOMPARE(catalog.files, QStringList { dataDir + u"/multi-document.yaml"_s });
}

void TestBackstageReader::followsLocationTargetsRelativeToTheLocation()
{
    const QString root = dataDir + u"/locations/catalog-info.yaml"_s;
    const BackstageCatalog catalog = BackstageReader().read(root);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    QCOMPARE(catalog.files,
        (QStringList { root, dataDir + u"/locations/teams/teams.yaml"_s,
            dataDir + u"/locations/services/billing.yaml"_s }));
    QCOMPARE(catalog.entities.size(), 2);
    QVERIFY(!findBlueprint(catalog, u"location"_s));
    const Entity *billing = findEntity(catalog, u"component"_s, u"billing"_s);
    QVERIFY(billing);
    QCOMPARE(billing->relations.value("ownedBy"_L1).toString(), u"team-billing"_s);
}

void TestBackstageReader::unknownKindGetsAGenericBlueprint()
{
    const BackstageCatalog catalog = BackstageReader().readText(
        entity("AiResource", "code-review", "  type: skill\n  owner: team-a\n  model: gpt\n"), u"ai.yaml"_s);

    const Blueprint *blueprint = findBlueprint(catalog, u"airesource"_s);
    QVERIFY(blueprint);
    QCOMPARE(blueprint->title, u"AiResource"_s);
    QCOMPARE(blueprint->icon, u"Blueprint"_s);
    for (const char *id :
        { "namespace", "description", "type", "lifecycle", "labels", "annotations", "tags", "links", "spec" })
        QVERIFY2(blueprint->property(QString::fromLatin1(id)), id);
    QVERIFY(!blueprint->property(u"displayName"));
    QVERIFY(!blueprint->property(u"definition"));
    const Entity *e = findEntity(catalog, u"airesource"_s, u"code-review"_s);
    QVERIFY(e);
    QCOMPARE(e->properties.value("type"_L1).toString(), u"skill"_s);
    QCOMPARE(e->properties.value("spec"_L1).toObject().value("model"_L1).toString(), u"gpt"_s);
    QCOMPARE(e->relations.value("ownedBy"_L1).toString(), u"team-a"_s);
}

void TestBackstageReader::sameNameInTwoNamespacesStaysDistinct()
{
    const BackstageCatalog catalog = BackstageReader().readText(
        entity("Component", "payments", {}) + entity("Component", "payments", {}, "team-b"), u"ns.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    QVERIFY(findEntity(catalog, u"component"_s, u"payments"_s));
    const Entity *other = findEntity(catalog, u"component"_s, u"team-b/payments"_s);
    QVERIFY(other);
    QCOMPARE(other->properties.value("namespace"_L1).toString(), u"team-b"_s);
}

void TestBackstageReader::duplicateEntityIsAnErrorAtTheSecond()
{
    const BackstageCatalog catalog
        = BackstageReader().readText(yaml({
                                         "apiVersion: backstage.io/v1alpha1", // 1
                                         "kind: Component", "metadata:", "  name: web",
                                         "---", // 5
                                         "apiVersion: backstage.io/v1alpha1", "kind: component", "metadata:",
                                         "  name: WEB", // 9
                                     }),
            u"dup.yaml"_s);

    QCOMPARE(catalog.entities.size(), 1);
    QCOMPARE(catalog.entities.first().identifier, u"web"_s);
    QCOMPARE(catalog.problems.size(), 1);
    const Problem &p = catalog.problems.first();
    QVERIFY(p.isError());
    QCOMPARE(p.file, u"dup.yaml"_s);
    QCOMPARE(p.line, 9);
    QCOMPARE(p.column, 9);
    QVERIFY2(p.message.startsWith("duplicate entity component:default/WEB"_L1), qPrintable(p.message));
}

void TestBackstageReader::resolvesReferenceDefaults_data()
{
    QTest::addColumn<QByteArray>("ns");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("reference");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("target");

    QTest::newRow("owner defaults to a group in the entity's namespace")
        << "default"_ba
        << "owner"_ba
        << "team-a"_ba << u"ownedBy"_s << u"team-a"_s;
    QTest::newRow("owner in another namespace resolves there")
        << "ops"_ba
        << "owner"_ba
        << "team-a"_ba << u"ownedBy"_s << u"ops/team-a"_s;
    QTest::newRow("an explicit namespace wins") << "ops"_ba
                                                << "owner"_ba
                                                << "default/team-a"_ba << u"ownedBy"_s << u"team-a"_s;
    QTest::newRow("an explicit kind wins") << "default"_ba
                                           << "owner"_ba
                                           << "user:jdoe"_ba << u"ownedBy_user"_s << u"jdoe"_s;
    QTest::newRow("compared case-insensitively, identifier as written")
        << "default"_ba
        << "owner"_ba
        << "Group:Default/TEAM-A"_ba << u"ownedBy"_s << u"team-a"_s;
    QTest::newRow("system defaults to a system") << "default"_ba
                                                 << "system"_ba
                                                 << "sys"_ba << u"partOf_system"_s << u"sys"_s;
    QTest::newRow("domain defaults to a domain") << "default"_ba
                                                 << "domain"_ba
                                                 << "dom"_ba << u"partOf_domain"_s << u"dom"_s;
    QTest::newRow("subcomponentOf defaults to a component") << "default"_ba
                                                            << "subcomponentOf"_ba
                                                            << "web"_ba << u"partOf_component"_s << u"web"_s;
    QTest::newRow("providesApis defaults to an api") << "default"_ba
                                                     << "providesApis"_ba
                                                     << "[petstore]"_ba << u"providesApi"_s << u"petstore"_s;
    QTest::newRow("consumesApis in another namespace")
        << "ops"_ba
        << "consumesApis"_ba
        << "[petstore]"_ba << u"consumesApi"_s << u"ops/petstore"_s;
    QTest::newRow("dependsOn a resource carries the kind")
        << "default"_ba
        << "dependsOn"_ba
        << "[resource:db]"_ba << u"dependsOn_resource"_s << u"db"_s;
    QTest::newRow("dependsOn a component carries the kind")
        << "default"_ba
        << "dependsOn"_ba
        << "[component:web]"_ba << u"dependsOn_component"_s << u"web"_s;
}

void TestBackstageReader::resolvesReferenceDefaults()
{
    QFETCH(QByteArray, ns);
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, reference);
    QFETCH(QString, relation);
    QFETCH(QString, target);
    const QByteArray known = entity("Group", "team-a") + entity("Group", "team-a", {}, "ops")
        + entity("User", "jdoe") + entity("System", "sys") + entity("Domain", "dom")
        + entity("API", "petstore") + entity("API", "petstore", {}, "ops") + entity("Resource", "db")
        + entity("Component", "web");
    const QByteArray subject
        = entity("Component", "subject", "  "_ba + field + ": "_ba + reference + '\n', ns);

    const BackstageCatalog catalog = BackstageReader().readText(known + subject, u"refs.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    const QString id = ns == "default" ? u"subject"_s : u"ops/subject"_s;
    const Entity *e = findEntity(catalog, u"component"_s, id);
    QVERIFY(e);
    QCOMPARE(e->relations.keys(), QStringList { relation });
    QCOMPARE(e->relationTargets(relation), QStringList { target });
}

void TestBackstageReader::dependsOnWithoutKindIsAnErrorAtTheReference()
{
    const BackstageCatalog catalog = BackstageReader().readText(
        yaml({
            "apiVersion: backstage.io/v1alpha1", "kind: Component", "metadata:", "  name: web",
            "spec:", // 5
            "  dependsOn:", "    - resource:db",
            "    - cache", // 8
        }),
        u"deps.yaml"_s);

    const Problems errors = [&] {
        Problems result;
        for (const Problem &p : catalog.problems) {
            if (p.isError())
                result.append(p);
        }
        return result;
    }();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 8);
    QCOMPARE(errors.first().column, 7);
    QCOMPARE(errors.first().path, u"$.spec.dependsOn[1]"_s);
    QVERIFY2(errors.first().message.contains("needs a kind"_L1), qPrintable(errors.first().message));
    // The reference with a kind is still read.
    QCOMPARE(catalog.entities.first().relationTargets(u"dependsOn_resource"_s), QStringList { u"db"_s });
}

void TestBackstageReader::ownerThatIsAUserGivesOwnedByUser()
{
    const BackstageCatalog catalog = BackstageReader().readText(
        entity("User", "jdoe") + entity("Component", "web", "  owner: user:jdoe\n"), u"owner.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    const Entity *web = findEntity(catalog, u"component"_s, u"web"_s);
    QCOMPARE(web->relations.value("ownedBy_user"_L1), QJsonValue(u"jdoe"_s));
    QVERIFY(!web->relations.contains("ownedBy"_L1));
    const RelationDef *def = findBlueprint(catalog, u"component"_s)->relation(u"ownedBy_user");
    QVERIFY(def);
    QCOMPARE(def->target, u"user"_s);
    QVERIFY(!def->many);
    QVERIFY(!def->required);
}

void TestBackstageReader::inverseFieldsAreStoredOnTheOtherEntity_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("holderBlueprint");
    QTest::addColumn<QString>("holder");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("target");

    QTest::newRow("group children become childOf on the child")
        << entity("Group", "parent", "  children: [child]\n") + entity("Group", "child") << u"parent"_s
        << u"group"_s << u"child"_s << u"childOf"_s << u"parent"_s;
    QTest::newRow("group members become memberOf on the user")
        << entity("Group", "team", "  members: [jdoe]\n") + entity("User", "jdoe") << u"team"_s << u"user"_s
        << u"jdoe"_s << u"memberOf"_s << u"team"_s;
    QTest::newRow("dependencyOf becomes dependsOn on the dependant")
        << entity("Resource", "db", "  dependencyOf: [component:web]\n") + entity("Component", "web")
        << u"db"_s << u"component"_s << u"web"_s << u"dependsOn_resource"_s << u"db"_s;
    QTest::newRow("relations hasMember becomes memberOf on the user")
        << entity("Group", "team") + "relations:\n  - {type: hasMember, targetRef: user:default/jdoe}\n"_ba
            + entity("User", "jdoe")
        << u"team"_s << u"user"_s << u"jdoe"_s << u"memberOf"_s << u"team"_s;
}

void TestBackstageReader::inverseFieldsAreStoredOnTheOtherEntity()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, writer);
    QFETCH(QString, holderBlueprint);
    QFETCH(QString, holder);
    QFETCH(QString, relation);
    QFETCH(QString, target);

    const BackstageCatalog catalog = BackstageReader().readText(text, u"inverse.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    const Entity *h = findEntity(catalog, holderBlueprint, holder);
    QVERIFY(h);
    QCOMPARE(h->relationTargets(relation), QStringList { target });
    QVERIFY(findBlueprint(catalog, holderBlueprint)->relation(relation));
    for (const Entity &e : catalog.entities) {
        if (e.identifier == writer)
            QVERIFY2(e.relations.isEmpty(), qPrintable(e.relations.keys().join(u',')));
    }
}

void TestBackstageReader::relationsArrayIsHonouredWithoutDuplicates()
{
    const BackstageCatalog catalog = BackstageReader().readText(entity("Group", "team-a")
            + "relations:\n  - {type: ownerOf, targetRef: component:default/web}\n"_ba
            + entity("Component", "web", "  owner: team-a\n")
            + "relations:\n  - {type: ownedBy, targetRef: group:default/team-a}\n"
              "  - {type: consumesApi, targetRef: api:default/petstore}\n"_ba
            + entity("API", "petstore"),
        u"relations.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    const Entity *web = findEntity(catalog, u"component"_s, u"web"_s);
    QCOMPARE(web->relations.value("ownedBy"_L1), QJsonValue(u"team-a"_s));
    QCOMPARE(web->relationTargets(u"consumesApi"_s), QStringList { u"petstore"_s });
    QCOMPARE(web->relations.size(), 2);
}

void TestBackstageReader::missingReferenceIsKeptWithAWarning()
{
    const BackstageCatalog catalog = BackstageReader().readText(
        yaml({
            "apiVersion: backstage.io/v1alpha1", "kind: Component", "metadata:", "  name: web",
            "spec:", // 5
            "  type: service",
            "  owner:   team-x", // 7
        }),
        u"missing.yaml"_s);

    QCOMPARE(catalog.entities.size(), 1);
    QCOMPARE(catalog.entities.first().relations.value("ownedBy"_L1), QJsonValue(u"team-x"_s));
    const RelationDef *def = findBlueprint(catalog, u"component"_s)->relation(u"ownedBy");
    QVERIFY(def);
    QCOMPARE(def->target, u"group"_s);
    // The target kind gets its blueprint, so the relation definition points somewhere.
    QVERIFY(findBlueprint(catalog, u"group"_s));
    QCOMPARE(catalog.problems.size(), 1);
    const Problem &p = catalog.problems.first();
    QCOMPARE(p.severity, Problem::Severity::Warning);
    QCOMPARE(p.message, u"reference to missing entity group:default/team-x"_s);
    QCOMPARE(p.file, u"missing.yaml"_s);
    QCOMPARE(p.line, 7);
    QCOMPARE(p.column, 12);
    QCOMPARE(p.path, u"$.spec.owner"_s);
}

void TestBackstageReader::relationTargetsComeFirst()
{
    const BackstageCatalog catalog
        = BackstageReader().readText(entity("Component", "web", "  owner: team-a\n  system: shop\n")
                + entity("System", "shop", "  owner: team-a\n") + entity("Group", "team-a"),
            u"order.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    QCOMPARE(catalog.entities.size(), 3);
    QVERIFY(indexOf(catalog, u"team-a"_s) < indexOf(catalog, u"shop"_s));
    QVERIFY(indexOf(catalog, u"shop"_s) < indexOf(catalog, u"web"_s));
}

void TestBackstageReader::yamlSyntaxErrorHasLineAndColumn()
{
    const BackstageCatalog catalog = BackstageReader().readText(yaml({
                                                                    "apiVersion: backstage.io/v1alpha1",
                                                                    "kind: Component",
                                                                    "metadata:",
                                                                    "  name: web",
                                                                    "  title: a: b", // 5
                                                                    "spec:",
                                                                }),
        u"broken.yaml"_s);

    QVERIFY(catalog.entities.isEmpty());
    QCOMPARE(catalog.problems.size(), 1);
    const Problem &p = catalog.problems.first();
    QVERIFY(p.isError());
    QCOMPARE(p.file, u"broken.yaml"_s);
    QVERIFY2(p.message.startsWith("YAML syntax error: "_L1), qPrintable(p.message));
    QCOMPARE(p.line, 5);
    QCOMPARE(p.column, 11);
}

void TestBackstageReader::missingMetadataNameIsAnErrorAtTheDocument()
{
    const BackstageCatalog catalog = BackstageReader().readText(yaml({
                                                                    "apiVersion: backstage.io/v1alpha1",
                                                                    "kind: Component",
                                                                    "metadata:",
                                                                    "  name: web",
                                                                    "---", // 5
                                                                    "apiVersion: backstage.io/v1alpha1",
                                                                    "kind: Component",
                                                                    "metadata:",
                                                                    "  title: Nameless",
                                                                }),
        u"nameless.yaml"_s);

    QCOMPARE(catalog.entities.size(), 1);
    QCOMPARE(catalog.problems.size(), 1);
    const Problem &p = catalog.problems.first();
    QVERIFY(p.isError());
    QCOMPARE(p.message, u"missing metadata.name"_s);
    QCOMPARE(p.path, u"$.metadata.name"_s);
    QCOMPARE(p.line, 6);
    QCOMPARE(p.column, 1);
}

void TestBackstageReader::missingLocationTargetIsAnErrorAtTheTarget()
{
    const QString root = dataDir + u"/missing-target/catalog-info.yaml"_s;
    const BackstageCatalog catalog = BackstageReader().read(root);

    QCOMPARE(catalog.entities.size(), 1); // the present target is still read
    QCOMPARE(catalog.problems.size(), 1);
    const Problem &p = catalog.problems.first();
    QVERIFY(p.isError());
    QCOMPARE(p.file, root);
    QCOMPARE(p.line, 8);
    QCOMPARE(p.column, 7);
    QVERIFY2(p.message.contains(dataDir + u"/missing-target/absent.yaml"_s), qPrintable(p.message));
}

void TestBackstageReader::remoteLocationIsNotFetched()
{
    const BackstageCatalog catalog = BackstageReader().readText(
        entity("Location", "remote",
            "  type: url\n  target: https://github.com/acme/x/blob/main/catalog-info.yaml\n"),
        u"remote.yaml"_s);

    QCOMPARE(catalog.files, QStringList { u"remote.yaml"_s });
    QCOMPARE(catalog.problems.size(), 1);
    QCOMPARE(catalog.problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(catalog.problems.first().message, u"not fetched: remote locations are not supported offline"_s);
    QCOMPARE(catalog.problems.first().line, 8);
}

void TestBackstageReader::locationCycleTerminates()
{
    const BackstageCatalog catalog = BackstageReader().read(dataDir + u"/cycle/a.yaml"_s);

    QVERIFY2(!hasErrors(catalog.problems), qPrintable(describe(catalog.problems)));
    QCOMPARE(catalog.files, (QStringList { dataDir + u"/cycle/a.yaml"_s, dataDir + u"/cycle/b.yaml"_s }));
    QCOMPARE(catalog.entities.size(), 2);
}

void TestBackstageReader::metadataIsKept()
{
    const BackstageCatalog catalog = BackstageReader().readText(yaml({
                                                                    "apiVersion: backstage.io/v1alpha1",
                                                                    "kind: Component",
                                                                    "metadata:",
                                                                    "  name: web",
                                                                    "  title: The Web Shop",
                                                                    "  description: Sells things.",
                                                                    "  labels: {tier: \"1\"}",
                                                                    "  annotations:",
                                                                    "    github.com/project-slug: acme/web",
                                                                    "  tags: [java, shop]",
                                                                    "  links:",
                                                                    "    - url: https://web.acme.dev",
                                                                    "      title: Site",
                                                                    "spec:",
                                                                    "  lifecycle: production",
                                                                }),
        u"meta.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    const Entity &e = catalog.entities.first();
    QCOMPARE(e.title, u"The Web Shop"_s);
    QCOMPARE(e.properties.value("description"_L1).toString(), u"Sells things."_s);
    QCOMPARE(e.properties.value("labels"_L1).toObject(), (QJsonObject { { u"tier"_s, u"1"_s } }));
    QCOMPARE(e.properties.value("annotations"_L1).toObject(),
        (QJsonObject { { u"github.com/project-slug"_s, u"acme/web"_s } }));
    QCOMPARE(e.properties.value("tags"_L1).toArray(), (QJsonArray { u"java"_s, u"shop"_s }));
    QCOMPARE(e.properties.value("links"_L1).toArray(),
        (QJsonArray { QJsonObject { { u"url"_s, u"https://web.acme.dev"_s }, { u"title"_s, u"Site"_s } } }));
    QCOMPARE(e.properties.value("lifecycle"_L1).toString(), u"production"_s);
    QCOMPARE(e.properties.value("namespace"_L1).toString(), u"default"_s);
}

void TestBackstageReader::unmappedSpecFieldsAreKeptUnderSpec()
{
    const BackstageCatalog catalog = BackstageReader().readText(
        entity("Group", "team-a",
            "  type: team\n  profile: {displayName: Team A, slack: '#team-a'}\n  children: []\n"
            "  budget: 1200\n  oncall: {rotation: weekly, enabled: true}\n"),
        u"spec.yaml"_s);

    QVERIFY2(catalog.problems.isEmpty(), qPrintable(describe(catalog.problems)));
    const QJsonObject properties = catalog.entities.first().properties;
    QCOMPARE(properties.value("displayName"_L1).toString(), u"Team A"_s);
    QCOMPARE(properties.value("spec"_L1).toObject(),
        (QJsonObject { { u"profile"_s, QJsonObject { { u"slack"_s, u"#team-a"_s } } }, { u"budget"_s, 1200 },
            { u"oncall"_s, QJsonObject { { u"rotation"_s, u"weekly"_s }, { u"enabled"_s, true } } } }));
}

void TestBackstageReader::apiDefinitionTextPlaceholderIsRead()
{
    const QString file = dataDir + u"/api/catalog-info.yaml"_s; // exists only as a name
    const BackstageCatalog catalog = BackstageReader().readText(
        entity("API", "petstore", "  type: openapi\n  definition:\n    $text: ./petstore.oas.yaml\n")
            + entity("API", "gone", "  type: openapi\n  definition:\n    $text: ./gone.yaml\n"),
        file);

    QCOMPARE(findEntity(catalog, u"api"_s, u"petstore"_s)->properties.value("definition"_L1).toString(),
        u"openapi: \"3.0.0\"\ninfo:\n  title: Petstore\n  version: 1.0.0\n"_s);
    QVERIFY(catalog.files.contains(dataDir + u"/api/petstore.oas.yaml"_s));
    // An unreadable definition is an error, and the placeholder stays under spec.
    const Entity *gone = findEntity(catalog, u"api"_s, u"gone"_s);
    QVERIFY(!gone->properties.contains("definition"_L1));
    QVERIFY(gone->properties.value("spec"_L1).toObject().contains("definition"_L1));
    QCOMPARE(catalog.problems.size(), 1);
    QVERIFY(catalog.problems.first().isError());
    QCOMPARE(catalog.problems.first().line, 18);
}

QTEST_GUILESS_MAIN(TestBackstageReader)
#include "tst_backstagereader.moc"
