#include "demo/demoorganisation.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
const QDate anchor(2026, 11, 22);
const QDateTime historyEnd(anchor, QTime(0, 0), QTimeZone::UTC);
const QDateTime historyStart = historyEnd.addDays(-90);

struct Stream
{
    QList<Entity> entities;
    QByteArray digest;
};

Stream generate(quint32 seed, QDate date = anchor)
{
    Stream stream;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    DemoOrganisation(seed, date).generate([&](const Entity &entity) {
        stream.entities.append(entity);
        hash.addData(QJsonDocument(entity.toJson()).toJson(QJsonDocument::Compact));
    });
    stream.digest = hash.result();
    return stream;
}

QDateTime time(const Entity &e, const QString &property)
{
    return QDateTime::fromString(e.properties.value(property).toString(), Qt::ISODateWithMs);
}

// Why `value` does not fit `def`, or an empty string when it does.
QString mismatch(const PropertyDef &def, const QJsonValue &value)
{
    static const QRegularExpression email(u"^[a-z0-9.+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$"_s);
    const bool typeOk = (def.type == "string"_L1 && value.isString())
        || (def.type == "number"_L1 && value.isDouble()) || (def.type == "boolean"_L1 && value.isBool())
        || (def.type == "object"_L1 && value.isObject()) || (def.type == "array"_L1 && value.isArray());
    if (!typeOk)
        return u"is not of type "_s + def.type;
    if (!def.enumValues.isEmpty() && !def.enumValues.contains(value))
        return u"is not one of the enum values"_s;
    const QString text = value.toString();
    if (def.format == "date-time"_L1 && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
        return u"is not an ISO date-time"_s;
    if (def.format == "url"_L1 && !QUrl(text, QUrl::StrictMode).scheme().startsWith("http"_L1))
        return u"is not an http(s) URL"_s;
    if ((def.format == "email"_L1 || def.format == "user"_L1) && !email.match(text).hasMatch())
        return u"is not an e-mail address"_s;
    return {};
}
} // namespace

class TestDemoOrganisation final : public QObject
{
    Q_OBJECT

private:
    Stream m_stream;
    QHash<QString, Blueprint> m_blueprints;

    QList<Entity> of(const QString &blueprint) const
    {
        QList<Entity> result;
        for (const Entity &e : m_stream.entities) {
            if (e.blueprint == blueprint)
                result.append(e);
        }
        return result;
    }

    QHash<QString, Entity> byId(const QString &blueprint) const
    {
        QHash<QString, Entity> result;
        for (const Entity &e : of(blueprint))
            result.insert(e.identifier, e);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stream = generate(20261122);
        for (const Blueprint &b : DemoOrganisation(20261122, anchor).blueprints())
            m_blueprints.insert(b.identifier, b);
    }

    void sameSeedAndAnchorGiveIdenticalJsonStreams()
    {
        const Stream again = generate(20261122);
        QCOMPARE(again.entities.size(), m_stream.entities.size());
        QCOMPARE(again.digest.toHex(), m_stream.digest.toHex());
    }

    void differentSeedsGiveDifferentOrganisations() { QVERIFY(generate(7).digest != m_stream.digest); }

    void differentAnchorsMoveTheHistory()
    {
        QVERIFY(generate(20261122, anchor.addDays(1)).digest != m_stream.digest);
    }

    void countsAreWithinTheStatedRanges()
    {
        QCOMPARE(of(u"environment"_s).size(), 3);
        QVERIFY2(qAbs(of(u"team"_s).size() - 20) <= 2, "about 20 teams");
        const qsizetype services = of(u"service"_s).size();
        QVERIFY2(services >= 270 && services <= 330, "about 300 services");
        const qsizetype users = of(u"user"_s).size();
        QVERIFY2(users >= 6 * 20 && users <= 10 * 20, "about 8 users per team");
        QCOMPARE(of(u"runningService"_s).size(), services * 3);
        const qsizetype deployments = of(u"deployment"_s).size();
        QVERIFY2(deployments >= services * 13 && deployments <= services * 13 * 6, "a few per service-week");
        const qsizetype pullRequests = of(u"pullRequest"_s).size();
        QVERIFY2(pullRequests >= 2000 && pullRequests <= 4000, "about 3000 pull requests");
        const qsizetype incidents = of(u"incident"_s).size();
        QVERIFY2(incidents >= 80 && incidents <= 250, "about 150 incidents");
    }

    void deploymentsSpreadOverTheNinetyDaysBeforeTheAnchor()
    {
        QSet<qint64> weeks;
        QDateTime first = historyEnd, last = historyStart;
        for (const Entity &d : of(u"deployment"_s)) {
            const QDateTime started = time(d, u"startedAt"_s), finished = time(d, u"finishedAt"_s);
            QVERIFY2(started >= historyStart && finished < historyEnd, qPrintable(d.identifier));
            QVERIFY2(started <= finished, qPrintable(d.identifier));
            QVERIFY2(time(d, u"commitAt"_s) <= started, qPrintable(d.identifier));
            first = std::min(first, started);
            last = std::max(last, finished);
            weeks.insert(historyStart.daysTo(started) / 7);
        }
        QVERIFY(first < historyStart.addDays(2));
        QVERIFY(last > historyEnd.addDays(-2));
        QCOMPARE(weeks.size(), 13); // 90 days touch 13 weeks, and none of them is empty
    }

    void nothingHappensOnOrAfterTheAnchor()
    {
        for (const Entity &e : m_stream.entities) {
            for (const PropertyDef &p : m_blueprints.value(e.blueprint).properties) {
                if (p.format == "date-time"_L1 && e.properties.contains(p.id))
                    QVERIFY2(time(e, p.id) < historyEnd, qPrintable(e.identifier + u'.' + p.id));
            }
        }
    }

    void relationTargetsAreEmittedBeforeTheyAreUsed()
    {
        QSet<QString> emitted; // blueprint/identifier
        for (const Entity &e : m_stream.entities) {
            for (auto it = e.relations.begin(); it != e.relations.end(); ++it) {
                const RelationDef *relation = m_blueprints.value(e.blueprint).relation(it.key());
                QVERIFY2(relation, qPrintable(e.blueprint + u'.' + it.key()));
                for (const QString &target : Entity::targetsOf(it.value()))
                    QVERIFY2(emitted.contains(relation->target + u'/' + target),
                        qPrintable(e.identifier + u" → "_s + target));
            }
            for (const QString &team : e.team)
                QVERIFY2(emitted.contains(u"team/"_s + team), qPrintable(e.identifier));
            emitted.insert(e.blueprint + u'/' + e.identifier);
        }
    }

    void identifiersAreUniqueLowerCaseAndHyphenatedPerBlueprint()
    {
        static const QRegularExpression shape(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        QSet<QString> seen;
        for (const Entity &e : m_stream.entities) {
            QVERIFY2(shape.match(e.identifier).hasMatch(), qPrintable(e.identifier));
            const QString key = e.blueprint + u'/' + e.identifier;
            QVERIFY2(!seen.contains(key), qPrintable(u"duplicate "_s + key));
            seen.insert(key);
            QVERIFY2(!e.title.isEmpty(), qPrintable(e.identifier));
            QVERIFY2(!e.createdAt.isValid() && !e.updatedAt.isValid(), "the store sets the timestamps");
        }
    }

    void propertiesAndRelationsMatchTheirBlueprints()
    {
        for (const Entity &e : m_stream.entities) {
            QVERIFY2(m_blueprints.contains(e.blueprint), qPrintable(e.blueprint));
            const Blueprint &b = m_blueprints[e.blueprint];
            for (auto it = e.properties.begin(); it != e.properties.end(); ++it) {
                const PropertyDef *def = b.property(it.key());
                QVERIFY2(def, qPrintable(e.identifier + u": unknown property "_s + it.key()));
                const QString why = mismatch(*def, it.value());
                QVERIFY2(why.isEmpty(), qPrintable(e.identifier + u'.' + it.key() + u' ' + why));
            }
            for (const QString &required : b.required)
                QVERIFY2(e.properties.contains(required), qPrintable(e.identifier + u" lacks "_s + required));
            for (const RelationDef &r : b.relations) {
                const QJsonValue value = e.relations.value(r.id);
                QVERIFY2(r.many ? (value.isArray() || value.isUndefined()) : !value.isArray(),
                    qPrintable(e.identifier + u'.' + r.id));
                if (r.required)
                    QVERIFY2(
                        !Entity::targetsOf(value).isEmpty(), qPrintable(e.identifier + u" lacks "_s + r.id));
            }
        }
    }

    void blueprintsParseWithoutProblemsAndRelateOnlyToDemoBlueprints()
    {
        const QSet<QString> expected { u"team"_s, u"user"_s, u"service"_s, u"environment"_s,
            u"runningService"_s, u"deployment"_s, u"pullRequest"_s, u"incident"_s };
        QCOMPARE(QSet<QString>(m_blueprints.keyBegin(), m_blueprints.keyEnd()), expected);
        for (const Blueprint &b : std::as_const(m_blueprints)) {
            Problems problems;
            const Blueprint reparsed = Blueprint::fromJson(b.toJson(), &problems);
            QVERIFY2(problems.isEmpty(), qPrintable(b.identifier + u": "_s + problems.value(0).toString()));
            for (const RelationDef &r : reparsed.relations) {
                QVERIFY2(expected.contains(r.target), qPrintable(b.identifier + u'.' + r.id));
                QVERIFY2(!(r.many && r.required), "Port forbids many and required together");
            }
            for (const AggregationDef &a : reparsed.aggregations)
                QVERIFY2(expected.contains(a.target), qPrintable(b.identifier + u'.' + a.id));
        }
        const Blueprint &service = m_blueprints[u"service"_s];
        QCOMPARE(service.mirror(u"teamName")->path, u"owningTeam.$title"_s);
        QCOMPARE(service.calculations.size(), 1);
        QCOMPARE(service.aggregations.size(), 3);
    }

    void servicesDependOnAtMostFourEarlierServices()
    {
        QSet<QString> earlier;
        int withDependencies = 0;
        for (const Entity &s : of(u"service"_s)) {
            const QStringList targets = s.relationTargets(u"dependsOn"_s);
            QVERIFY(targets.size() <= 4);
            QCOMPARE(QSet<QString>(targets.begin(), targets.end()).size(), targets.size());
            for (const QString &target : targets)
                QVERIFY2(earlier.contains(target), "only earlier services, so the graph has no cycles");
            withDependencies += !targets.isEmpty();
            earlier.insert(s.identifier);
            QCOMPARE(s.team, QStringList { s.relationTargets(u"owningTeam"_s).value(0) });
        }
        QVERIFY(withDependencies > earlier.size() / 2);
    }

    void tierOneServicesDeployMoreOftenThanTierThree()
    {
        QHash<QString, int> perTier, servicesPerTier;
        const QHash<QString, Entity> services = byId(u"service"_s);
        for (const Entity &s : services)
            ++servicesPerTier[s.properties.value("tier"_L1).toString()];
        for (const Entity &d : of(u"deployment"_s)) {
            if (d.relationTargets(u"runningService"_s).value(0).endsWith("-production"_L1))
                ++perTier[services.value(d.relationTargets(u"service"_s).value(0))
                              .properties.value("tier"_L1)
                              .toString()];
        }
        const double tier1 = double(perTier[u"tier-1"_s]) / servicesPerTier[u"tier-1"_s];
        const double tier3 = double(perTier[u"tier-3"_s]) / servicesPerTier[u"tier-3"_s];
        QVERIFY2(tier1 > 2 * tier3, qPrintable(u"%1 vs %2"_s.arg(tier1).arg(tier3)));
    }

    void aFewPercentOfProductionDeploymentsFail()
    {
        int total = 0, failed = 0;
        for (const Entity &d : of(u"deployment"_s)) {
            if (!d.relationTargets(u"runningService"_s).value(0).endsWith("-production"_L1))
                continue;
            ++total;
            failed += d.properties.value("status"_L1).toString() != "success"_L1;
        }
        const double rate = double(failed) / total;
        QVERIFY2(rate > 0.01 && rate < 0.12, qPrintable(QString::number(rate)));
    }

    void leadTimesRangeFromMinutesToDays()
    {
        qint64 shortest = std::numeric_limits<qint64>::max(), longest = 0;
        for (const Entity &d : of(u"deployment"_s)) {
            const qint64 lead = time(d, u"commitAt"_s).secsTo(time(d, u"finishedAt"_s));
            shortest = std::min(shortest, lead);
            longest = std::max(longest, lead);
        }
        QVERIFY2(shortest < 2 * 3600, qPrintable(QString::number(shortest)));
        QVERIFY2(longest > 5 * 86400, qPrintable(QString::number(longest)));
    }

    void incidentsFollowTheDeploymentsThatCausedThem()
    {
        const QHash<QString, Entity> deployments = byId(u"deployment"_s);
        int caused = 0, afterFailure = 0;
        for (const Entity &i : of(u"incident"_s)) {
            const QString cause = i.relationTargets(u"causedBy"_s).value(0);
            const bool resolved = i.properties.value("status"_L1).toString() == "resolved"_L1;
            QCOMPARE(i.properties.contains(u"timeToRestoreMinutes"_s), resolved);
            if (resolved)
                QCOMPARE(time(i, u"openedAt"_s).secsTo(time(i, u"resolvedAt"_s)),
                    qint64(i.properties.value("timeToRestoreMinutes"_L1).toDouble() * 60));
            if (cause.isEmpty())
                continue;
            ++caused;
            const Entity d = deployments.value(cause);
            QCOMPARE(d.relationTargets(u"service"_s), i.relationTargets(u"service"_s));
            QVERIFY(d.relationTargets(u"runningService"_s).value(0).endsWith("-production"_L1));
            QVERIFY(time(i, u"openedAt"_s) >= time(d, u"startedAt"_s));
            afterFailure += d.properties.value("status"_L1).toString() != "success"_L1;
        }
        QVERIFY2(caused > of(u"incident"_s).size() / 2, "most incidents are caused by a change");
        QVERIFY2(afterFailure > caused / 2, "they cluster after failed deployments");
    }
};

QTEST_GUILESS_MAIN(TestDemoOrganisation)
#include "tst_demoorganisation.moc"
