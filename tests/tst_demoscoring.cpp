// The demo portal's scorecards, initiative, dashboards and their history (models/demo/demoscoring).
#include "catalog/derivedvalues.h"
#include "catalog/myteams.h"
#include "dashboards/dashboardstore.h"
#include "dashboards/widgetdata.h"
#include "demo/demoportal.h"
#include "demo/demoscoring.h"
#include "scoring/initiative.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"
#include "store/database.h"
#include "store/storelane.h"
#include "dashboards/dashboardview.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;
using namespace portolan;

class TestDemoScoring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    QHash<QString, Blueprint> m_blueprints;
    const QDate m_anchor{2026, 11, 22};
    QDateTime m_now;

    QString levelsText(const Scorecard &card, const QList<qint64> &perLevel) const
    {
        QStringList parts;
        for (qsizetype i = 0; i < perLevel.size() && i < card.levels.size(); ++i)
            parts.append(card.levels.at(i).title + u' ' + QString::number(perLevel.at(i)));
        return parts.join(u", "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_now = QDateTime(m_anchor, QTime(0, 0), QTimeZone::UTC);
        m_store = std::make_unique<CatalogStore>(m_dir.filePath(u"demo.sqlite"_s));
        QElapsedTimer timer;
        timer.start();
        const Problems problems = createDemoPortal(*m_store, 20261122, m_anchor, u"tester"_s);
        qInfo("createDemoPortal took %.1f s", double(timer.elapsed()) / 1000.0);
        QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
        for (const Blueprint &bp : m_store->blueprints())
            m_blueprints.insert(bp.identifier, bp);
    }

    // Same seed and anchor, same history, row for row: the demo draws only from DemoRandom.
    void historyIsDeterministic()
    {
        QTemporaryDir other;
        CatalogStore again(other.filePath(u"again.sqlite"_s));
        QVERIFY(!hasErrors(createDemoPortal(again, 20261122, m_anchor, u"tester"_s)));
        const auto rows = [](const CatalogStore &store) {
            QStringList out;
            QSqlQuery q(store.database().connection());
            q.exec(u"SELECT at, scorecard, identifier, level, outcomes FROM scorecard_history ORDER BY 1, 2, 3"_s);
            while (q.next())
                out.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString() + u' '
                           + q.value(3).toString() + u' ' + q.value(4).toString());
            return out;
        };
        const QStringList first = rows(*m_store);
        QVERIFY(first.size() > 1000);
        QCOMPARE(rows(again), first);
    }

    void resourcesMoveWithTheAnchor()
    {
        const QList<QJsonObject> later = demoInitiatives(m_anchor.addDays(10));
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().value("deadline"_L1).toString(), u"2027-01-13"_s);
        QCOMPARE(later.first().value("title"_L1).toString(), u"Production-ready by 13 January"_s);
        QCOMPARE(demoScorecards(m_anchor).size(), 3);
        QCOMPARE(demoDashboards().size(), 4);
    }

    void scorecardsInitiativeAndDashboardsAreStoredAndValid()
    {
        const ScorecardStore scores(m_store->database());
        QStringList cards;
        for (const Scorecard &card : scores.scorecards()) {
            cards.append(card.identifier);
            const Problems problems = validateScorecard(card, m_blueprints);
            QVERIFY2(!hasErrors(problems), qPrintable(card.identifier + u": "_s + problems.value(0).toString()));
        }
        cards.sort();
        QCOMPARE(cards, (QStringList{u"dora"_s, u"productionReadiness"_s, u"security"_s}));

        const QList<Initiative> initiatives = InitiativeStore(m_store->database()).initiatives();
        QCOMPARE(initiatives.size(), 1);
        const Initiative &initiative = initiatives.first();
        QVERIFY(!hasErrors(validateInitiative(initiative, cards)));
        QCOMPARE(initiative.targetLevel, u"Silver"_s);
        QCOMPARE(initiative.startDate, m_anchor.addDays(-100));
        QCOMPARE(initiative.deadline, m_anchor.addDays(42));

        const QList<Dashboard> dashboards = DashboardStore(m_store->database()).dashboards();
        QCOMPARE(dashboards.size(), 4);
        QCOMPARE(readyMadeDashboards().size(), 4);
        for (const Dashboard &d : dashboards) {
            const Problems problems = validateDashboard(d, m_blueprints, cards, {initiative.identifier});
            QVERIFY2(!hasErrors(problems), qPrintable(d.identifier + u": "_s + problems.value(0).toString()));
        }
    }

    // Valid is not enough: every widget of every ready-made dashboard computes, and shows something.
    void everyDashboardWidgetComputes()
    {
        const QString user = m_store->entities(u"user"_s, 1).value(0).identifier;
        const WidgetContext context{user, teamsOfUser(*m_store, user), m_now, {}, false};
        QVERIFY(!context.myTeams.isEmpty());
        for (const Dashboard &d : DashboardStore(m_store->database()).dashboards()) {
            for (const DashboardWidget &w : d.widgets) {
                const WidgetData data = computeWidget(*m_store, w, context);
                const QString where = d.identifier + u'.' + w.id;
                QVERIFY2(data.error.isEmpty(), qPrintable(where + u": "_s + data.error));
                const bool shows = data.hasNumber || !data.slices.isEmpty() || !data.series.isEmpty() || !data.rows.isEmpty()
                                   || !data.markdown.isEmpty() || w.type == WidgetType::Dora;
                QVERIFY2(shows, qPrintable(where + u" is empty"_s));
            }
        }
    }

    // The ready-made dashboards as a user sees them (PNG files when PORTOLAN_SHOTS names a folder).
    void readyMadeDashboardsRender()
    {
        StoreLane lane(m_dir.filePath(u"demo.sqlite"_s));
        const QString user = m_store->entities(u"user"_s, 1).value(0).identifier;
        const WidgetContext context{user, teamsOfUser(*m_store, user), m_now, {}, false};
        const QString shots = qEnvironmentVariable("PORTOLAN_SHOTS");
        for (const Dashboard &d : DashboardStore(m_store->database()).dashboards()) {
            DashboardView view(lane);
            view.resize(1500, 1100);
            QSignalSpy computed(&view, &DashboardView::computed);
            view.setDashboard(d, context);
            view.show();
            QVERIFY2(computed.wait(30000) || view.pending() == 0, qPrintable(d.identifier));
            QTest::qWait(200);
            if (!shots.isEmpty()) {
                view.resize(view.width(), std::max(view.height(), view.sizeHint().height()));
                QVERIFY(view.grab().save(shots + u'/' + d.identifier + u".png"_s));
            }
        }
    }

    void everyScorecardSpreadsOverThreeLevels()
    {
        const ScorecardStore scores(m_store->database());
        for (const Scorecard &card : scores.scorecards()) {
            const ScorecardSummary summary = scores.summary(card.identifier);
            qInfo("%s (%lld entities): %s", qPrintable(card.identifier), summary.entities,
                  qPrintable(levelsText(card, summary.perLevel)));
            const qsizetype reached = std::count_if(summary.perLevel.begin(), summary.perLevel.end(), [](qint64 n) { return n > 0; });
            QVERIFY2(reached >= 3, qPrintable(card.identifier));
            // No level holds nearly everyone: a spread, not a wall.
            for (const qint64 n : summary.perLevel)
                QVERIFY2(n < summary.entities * 6 / 10, qPrintable(card.identifier));
        }
    }

    void historyCoversNinetyDaysAndClimbs()
    {
        const ScorecardStore scores(m_store->database());
        for (const Scorecard &card : scores.scorecards()) {
            QSqlQuery q(m_store->database().connection());
            q.prepare(u"SELECT MIN(at), MAX(at), COUNT(DISTINCT substr(at, 1, 10)) FROM scorecard_history WHERE scorecard = ?"_s);
            q.addBindValue(card.identifier);
            QVERIFY(q.exec() && q.next());
            const QDateTime first = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            const QDateTime last = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            QVERIFY2(first.isValid() && last.isValid(), qPrintable(q.value(0).toString()));
            QVERIFY2(first.daysTo(last) >= 90, qPrintable(card.identifier));
            QVERIFY2(q.value(2).toInt() >= 60, qPrintable(card.identifier + u" changes on "_s + q.value(2).toString() + u" days"_s));

            // The level distribution climbs: fewer entities on the first level today than at the start.
            const QList<ScoreTrendPoint> trend = scores.trend(card.identifier, m_anchor.addDays(-119), m_anchor.addDays(-1));
            QVERIFY(trend.size() >= 90);
            QVERIFY(!trend.first().perLevel.isEmpty() && !trend.last().perLevel.isEmpty());
            QVERIFY2(trend.last().perLevel.first() < trend.first().perLevel.first(), qPrintable(card.identifier));
            // … and every rule's pass rate is at least what it was.
            for (auto it = trend.last().passRate.cbegin(); it != trend.last().passRate.cend(); ++it)
                QVERIFY2(it.value() >= trend.first().passRate.value(it.key()), qPrintable(card.identifier + u'.' + it.key()));
        }
    }

    void initiativeBurnUpRises()
    {
        const Initiative initiative = InitiativeStore(m_store->database()).initiatives().value(0);
        const InitiativeProgress progress = initiativeProgress(*m_store, initiative, m_anchor);
        QVERIFY(progress.total > 20);
        QVERIFY(progress.burnUp.size() >= 90);
        const InitiativeDay &start = progress.burnUp.first();
        const InitiativeDay &today = progress.burnUp.last();
        qInfo("initiative: %lld of %lld done at the start, %lld of %lld today (%s)", start.done, start.total, today.done,
              today.total, qPrintable(initiativeStatusName(progress.status)));
        QVERIFY(today.done > start.done + 5);
        QVERIFY(progress.share() < initiative.targetShare); // still work to do before the deadline
    }

    void storedResultsEqualAFreshEvaluation()
    {
        ScorecardStore scores(m_store->database());
        const DerivedValues derived(*m_store);
        for (const Scorecard &card : scores.scorecards()) {
            const ScorecardEvaluator evaluator(card);
            const Blueprint blueprint = m_blueprints.value(card.blueprint);
            int compared = 0;
            for (const Entity &entity : m_store->entities(card.blueprint)) {
                QList<Exemption> exemptions = scores.exemptionsOf(entity.blueprint, entity.identifier);
                exemptions.removeIf([&](const Exemption &e) { return e.scorecard != card.identifier; });
                const EntityScore fresh = evaluator.evaluate(derived.resolve(blueprint, entity), m_now, exemptions);
                const std::optional<StoredScore> stored = scores.result(card.identifier, entity.blueprint, entity.identifier);
                if (!fresh.inScope) {
                    QVERIFY2(!stored, qPrintable(entity.identifier));
                    continue;
                }
                QVERIFY2(stored, qPrintable(entity.identifier));
                QCOMPARE(stored->level, fresh.level);
                QCOMPARE(stored->outcomes, fresh.outcomes());
                // The last history row is today's result.
                const QList<ScoreChange> history = scores.history(card.identifier, entity.blueprint, entity.identifier);
                QVERIFY(!history.isEmpty());
                const auto latest = std::max_element(history.begin(), history.end(),
                                                     [](const ScoreChange &a, const ScoreChange &b) { return a.at < b.at; });
                QCOMPARE(latest->outcomes, fresh.outcomes());
                ++compared;
            }
            QVERIFY(compared > 100);
        }
    }

    void theAnnouncedRuleIsUpcoming()
    {
        const ScorecardStore scores(m_store->database());
        const std::optional<Scorecard> card = scores.scorecard(u"productionReadiness"_s);
        QVERIFY(card);
        const ScorecardRule *rule = card->rule(u"recentPenTest"_s);
        QVERIFY(rule);
        QCOMPARE(rule->effectiveFrom, m_now.addDays(30));
        const ScorecardSummary summary = scores.summary(card->identifier);
        const RuleTally tally = summary.rules.value(rule->identifier);
        QCOMPARE(tally.upcoming, summary.entities);
        QCOMPARE(tally.passed + tally.failed, 0);
    }

    void oneExemptionApprovedOnePending()
    {
        const ScorecardStore scores(m_store->database());
        const QList<Exemption> exemptions = scores.exemptions(u"productionReadiness"_s);
        QCOMPARE(exemptions.size(), 2);
        const auto approved = std::find_if(exemptions.begin(), exemptions.end(), [&](const Exemption &e) { return e.isActive(m_now); });
        QVERIFY(approved != exemptions.end());
        QVERIFY(approved->expiresAt > m_now);
        QVERIFY(approved->approvedBy != approved->requestedBy);
        const std::optional<StoredScore> stored = scores.result(approved->scorecard, approved->blueprint, approved->entity);
        QVERIFY(stored);
        QCOMPARE(stored->outcome(approved->rule), RuleOutcome::Exempt);
        QCOMPARE(std::count_if(exemptions.begin(), exemptions.end(), [](const Exemption &e) { return e.approvedBy.isEmpty(); }), 1);
    }
};

QTEST_MAIN(TestDemoScoring)
#include "tst_demoscoring.moc"
