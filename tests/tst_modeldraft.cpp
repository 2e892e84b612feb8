// ModelDraft: every designer edit of the model, what it follows along, and what it refuses.
#include "design/modeldraft.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using portolan::testing::blueprint;

namespace {

// The store fixture's model (team ← system ← service, mirrors, calculations, aggregations),
// with `language` required so that renames must follow the required list.
ModelDraft fixtureDraft()
{
    QList<Blueprint> blueprints = testing::portalBlueprints();
    QJsonObject service = blueprints[2].json;
    QJsonObject schema = service.value("schema"_L1).toObject();
    schema.insert(u"required"_s, QJsonArray{u"language"_s});
    service.insert(u"schema"_s, schema);
    blueprints[2] = Blueprint::fromJson(service);
    return ModelDraft::fromBlueprints(blueprints);
}

QJsonObject propertiesOf(const ModelDraft &draft, const QString &bp)
{
    return draft.json(bp).value("schema"_L1).toObject().value("properties"_L1).toObject();
}

QString at(const QJsonObject &json, const QString &path)
{
    QJsonValue value = json;
    for (const QString &key : path.split(u'/'))
        value = value.toObject().value(key);
    return value.toString();
}

} // namespace

class TestModelDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDraftIsUnmodifiedAndValid()
    {
        const ModelDraft draft = fixtureDraft();
        QVERIFY(!draft.isModified());
        QCOMPARE(draft.identifiers(), (QStringList{u"team"_s, u"system"_s, u"service"_s}));
        QVERIFY2(!hasErrors(draft.validate()), qPrintable(draft.validate().value(0).toString()));
    }

    void renamePropertyFollowsCalculationsAndAggregations()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        QVERIFY(propertiesOf(draft, u"service"_s).contains("instances"_L1));
        QVERIFY(!propertiesOf(draft, u"service"_s).contains("replicas"_L1));
        QCOMPARE(at(draft.json(u"service"_s), u"calculationProperties/big/calculation"_s), u".properties.instances > 3"_s);
        QCOMPARE(at(draft.json(u"team"_s), u"aggregationProperties/totalReplicas/calculationSpec/property"_s), u"instances"_s);
        QCOMPARE(draft.steps(), (DataSteps{{DataStep::Kind::RenameProperty, u"service"_s, u"replicas"_s, u"instances"_s, {}, false}}));
        QCOMPARE(draft.changed(), (QStringList{u"team"_s, u"service"_s}));
        QVERIFY2(!hasErrors(draft.validate()), qPrintable(draft.validate().value(0).toString()));
        QCOMPARE(draft.storedPropertyName(u"service"_s, u"instances"_s), u"replicas"_s);
    }

    void renamePropertyFollowsRequiredAndQueryRules()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.renameProperty(u"service"_s, u"language"_s, u"lang"_s), QString());
        const QJsonObject schema = draft.json(u"service"_s).value("schema"_L1).toObject();
        QCOMPARE(schema.value("required"_L1).toArray(), QJsonArray{u"lang"_s});
        const QJsonObject query = draft.json(u"team"_s).value("aggregationProperties"_L1).toObject().value("goServices"_L1).toObject().value("query"_L1).toObject();
        QCOMPARE(query.value("rules"_L1).toArray().at(0).toObject().value("property"_L1).toString(), u"lang"_s);
        QVERIFY2(!hasErrors(draft.validate()), qPrintable(draft.validate().value(0).toString()));
    }

    void renamePropertyFollowsMirrorPathsEndingOnIt()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.renameProperty(u"system"_s, u"tier"_s, u"level"_s), QString());
        QCOMPARE(at(draft.json(u"service"_s), u"mirrorProperties/tier/path"_s), u"system.level"_s);
        QCOMPARE(draft.renameProperty(u"team"_s, u"slack"_s, u"channel"_s), QString());
        QCOMPARE(at(draft.json(u"service"_s), u"mirrorProperties/teamSlack/path"_s), u"system.team.channel"_s);
        QVERIFY2(!hasErrors(draft.validate()), qPrintable(draft.validate().value(0).toString()));
        QCOMPARE(draft.steps().size(), 2);
    }

    void renameRelationFollowsMirrorPaths()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.renameRelation(u"service"_s, u"system"_s, u"platform"_s), QString());
        QCOMPARE(at(draft.json(u"service"_s), u"mirrorProperties/tier/path"_s), u"platform.tier"_s);
        QCOMPARE(at(draft.json(u"service"_s), u"mirrorProperties/teamSlack/path"_s), u"platform.team.slack"_s);
        QCOMPARE(draft.renameRelation(u"system"_s, u"team"_s, u"owner"_s), QString());
        QCOMPARE(at(draft.json(u"service"_s), u"mirrorProperties/teamSlack/path"_s), u"platform.owner.slack"_s);
        QCOMPARE(draft.steps(), (DataSteps{{DataStep::Kind::RenameRelation, u"service"_s, u"system"_s, u"platform"_s, {}, false},
                                           {DataStep::Kind::RenameRelation, u"system"_s, u"team"_s, u"owner"_s, {}, false}}));
        QVERIFY2(!hasErrors(draft.validate()), qPrintable(draft.validate().value(0).toString()));
    }

    void renamingTwiceKeepsTheStoredName()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString());
        QCOMPARE(draft.renameProperty(u"service"_s, u"instances"_s, u"pods"_s), QString());
        QCOMPARE(draft.storedPropertyName(u"service"_s, u"pods"_s), u"replicas"_s);
        QCOMPARE(draft.steps().size(), 2);
        // A new property under the old name is not the stored one.
        QJsonObject service = draft.json(u"service"_s);
        QJsonObject schema = service.value("schema"_L1).toObject();
        QJsonObject properties = schema.value("properties"_L1).toObject();
        properties.insert(u"replicas"_s, QJsonObject{{u"type"_s, u"string"_s}});
        schema.insert(u"properties"_s, properties);
        service.insert(u"schema"_s, schema);
        QCOMPARE(draft.putBlueprint(service), QString());
        QCOMPARE(draft.storedPropertyName(u"service"_s, u"replicas"_s), QString());
    }

    void renamingANewPropertyRecordsNoStep()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.createBlueprint(QJsonObject{{u"identifier"_s, u"region"_s},
                                                   {u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject{{u"code"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}}}}),
                 QString());
        QCOMPARE(draft.renameProperty(u"region"_s, u"code"_s, u"iso"_s), QString());
        QVERIFY(draft.steps().isEmpty());
        QCOMPARE(draft.created(), QStringList{u"region"_s});
    }

    void deleteIsBlockedWhileOthersDependOnIt()
    {
        ModelDraft draft = fixtureDraft();
        const ModelDraft before = draft;
        QStringList dependents = draft.dependents(u"system"_s);
        dependents.sort();
        QCOMPARE(dependents, (QStringList{u"service.system"_s, u"service.teamSlack"_s, u"service.tier"_s}));
        const QString refusal = draft.removeBlueprint(u"system"_s, ModelDraft::DeleteMode::Block);
        QVERIFY(refusal.contains("service.system"_L1));
        QVERIFY(draft == before);
    }

    void deleteCascadesToRelationsMirrorsAndAggregations()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.removeBlueprint(u"system"_s, ModelDraft::DeleteMode::Cascade), QString());
        QVERIFY(!draft.contains(u"system"_s));
        const Blueprint service = draft.blueprint(u"service"_s);
        QVERIFY(!service.relation(u"system"));
        QVERIFY(!service.mirror(u"tier"));
        QVERIFY(!service.mirror(u"teamSlack"));
        QCOMPARE(draft.removed(), QStringList{u"system"_s});
        QCOMPARE(draft.steps(), (DataSteps{{DataStep::Kind::DeleteBlueprint, u"system"_s, {}, {}, {}, true}}));
        QVERIFY2(!hasErrors(draft.validate()), qPrintable(draft.validate().value(0).toString()));

        ModelDraft teams = fixtureDraft();
        QCOMPARE(teams.removeBlueprint(u"service"_s, ModelDraft::DeleteMode::Cascade), QString());
        QVERIFY(teams.blueprint(u"team"_s).aggregations.isEmpty());
        QVERIFY2(!hasErrors(teams.validate()), qPrintable(teams.validate().value(0).toString()));
    }

    void deletingABlueprintDropsItsEarlierSteps()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.renameProperty(u"system"_s, u"tier"_s, u"level"_s), QString());
        QCOMPARE(draft.removeBlueprint(u"system"_s, ModelDraft::DeleteMode::Cascade), QString());
        QCOMPARE(draft.steps().size(), 1);
        QCOMPARE(draft.steps().first().kind, DataStep::Kind::DeleteBlueprint);
    }

    void changePropertyTypeRecordsATransformStep()
    {
        ModelDraft draft = fixtureDraft();
        const QJsonObject schema{{u"type"_s, u"string"_s}};
        QCOMPARE(draft.changePropertyType(u"service"_s, u"replicas"_s, schema, u" tostring "_s), QString());
        QCOMPARE(propertiesOf(draft, u"service"_s).value("replicas"_L1).toObject(), schema);
        QCOMPARE(draft.steps(), (DataSteps{{DataStep::Kind::TransformProperty, u"service"_s, u"replicas"_s, {}, u"tostring"_s, false}}));

        ModelDraft identity = fixtureDraft();
        QCOMPARE(identity.changePropertyType(u"service"_s, u"description"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"format"_s, u"markdown"_s}}, u"."_s), QString());
        QVERIFY(identity.steps().isEmpty());
        QVERIFY(identity.isModified());
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QString>("reason");
        QTest::newRow("rename to a taken name") << 0 << u"already has a field"_s;
        QTest::newRow("rename a missing property") << 1 << u"has no"_s;
        QTest::newRow("rename to a bad identifier") << 2 << u"bad name"_s;
        QTest::newRow("rename a relation to a property's name") << 3 << u"already has a field"_s;
        QTest::newRow("type change without type") << 4 << u"has no type"_s;
        QTest::newRow("duplicate relation") << 5 << u"already has a field"_s;
        QTest::newRow("relation to nowhere") << 6 << u"both ends"_s;
        QTest::newRow("create a taken identifier") << 7 << u"already a blueprint"_s;
        QTest::newRow("rename a stored blueprint") << 8 << u"keeps its identifier"_s;
        QTest::newRow("delete a missing blueprint") << 9 << u"no blueprint"_s;
    }

    void refusalsChangeNothing()
    {
        QFETCH(int, edit);
        QFETCH(QString, reason);
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.renameProperty(u"service"_s, u"replicas"_s, u"instances"_s), QString()); // some history to keep
        const ModelDraft before = draft;
        QString refusal;
        switch (edit) {
        case 0: refusal = draft.renameProperty(u"service"_s, u"language"_s, u"description"_s); break;
        case 1: refusal = draft.renameProperty(u"service"_s, u"nope"_s, u"other"_s); break;
        case 2: refusal = draft.renameProperty(u"service"_s, u"language"_s, u"bad name"_s); break;
        case 3: refusal = draft.renameRelation(u"service"_s, u"team"_s, u"language"_s); break;
        case 4: refusal = draft.changePropertyType(u"service"_s, u"language"_s, QJsonObject{{u"title"_s, u"x"_s}}, u"."_s); break;
        case 5: refusal = draft.addRelation(u"service"_s, u"team"_s, u"team"_s, false, false); break;
        case 6: refusal = draft.addRelation(u"service"_s, u"owner"_s, u"nowhere"_s, false, false); break;
        case 7: refusal = draft.createBlueprint(QJsonObject{{u"identifier"_s, u"team"_s}}); break;
        case 8: refusal = draft.putBlueprint(QJsonObject{{u"identifier"_s, u"squad"_s}}, u"team"_s); break;
        case 9: refusal = draft.removeBlueprint(u"nowhere"_s, ModelDraft::DeleteMode::Cascade); break;
        }
        QVERIFY2(!refusal.isEmpty(), "the edit was not refused");
        QVERIFY2(refusal.contains(reason), qPrintable(refusal));
        QVERIFY(draft == before);
    }

    void addRelationMakesAValidRelation()
    {
        ModelDraft draft = fixtureDraft();
        QCOMPARE(draft.addRelation(u"system"_s, u"parent"_s, u"system"_s, false, false), QString());
        const RelationDef *r = draft.blueprint(u"system"_s).relation(u"parent");
        QVERIFY(r);
        QCOMPARE(r->target, u"system"_s);
        QVERIFY(draft.steps().isEmpty());
        QVERIFY2(!hasErrors(draft.validate()), qPrintable(draft.validate().value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestModelDraft)
#include "tst_modeldraft.moc"
