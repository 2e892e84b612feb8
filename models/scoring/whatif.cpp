#include "whatif.h"

#include "scoring/entitygrader.h"
#include "scoring/rawstatement.h"
#include "store/catalogstore.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct Stored {
    int level = 0;
    QByteArray outcomes;
    qint64 ruleset = 0;
};

constexpr qint64 chunkIds = 4096;

} // namespace

WhatIfReport whatIf(CatalogStore &store, const Scorecard &draft, const QDateTime &now, std::atomic_bool *cancel)
{
    WhatIfReport report;
    const std::optional<Blueprint> blueprint = store.blueprint(draft.blueprint);
    if (!blueprint)
        return report;
    sqlite3 *handle = Statement::handle(store.database().connection());

    // The stored results, and for each ruleset where each draft rule sits in `outcomes`.
    QHash<qint64, QList<int>> positions; // ruleset → per draft rule, its index in outcomes (-1: absent)
    {
        RawStatement sets(handle, "SELECT id, rules FROM scorecard_rulesets WHERE scorecard = ?");
        sets.bind(1, draft.identifier.toUtf8());
        while (sets.next()) {
            const QJsonArray rules = QJsonDocument::fromJson(QByteArray(sets.bytes(1))).array();
            QList<int> at;
            for (const ScorecardRule &rule : draft.rules)
                at.append(int(rules.toVariantList().indexOf(rule.identifier)));
            positions.insert(sets.int64(0), at);
        }
    }
    QHash<qint64, Stored> stored;
    {
        RawStatement results(handle, "SELECT entity, level, outcomes, ruleset FROM scorecard_results WHERE scorecard = ?");
        results.bind(1, draft.identifier.toUtf8());
        while (results.next())
            stored.insert(results.int64(0), {int(results.int64(1)), QByteArray(results.bytes(2).constData(), results.bytes(2).size()),
                                             results.int64(3)});
    }
    for (const ScorecardRule &rule : draft.rules)
        report.rules.insert(rule.identifier, {});

    RawStatement range(handle, "SELECT MIN(id), MAX(id) FROM entities WHERE blueprint = ?");
    range.bind(1, draft.blueprint.toUtf8());
    const bool any = range.next() && !range.isNull(0);
    const qint64 first = any ? range.int64(0) : 0, last = any ? range.int64(1) : -1;
    range.reset();

    EntityGrader grader(store, draft, *blueprint);
    grader.setNow(now);
    const auto visit = [&](qint64 id, const QString &identifier, const QString &title, const EntityScore &score) {
        const auto it = stored.constFind(id);
        const std::optional<Stored> before = it == stored.cend() ? std::nullopt : std::optional<Stored>(*it);
        if (before)
            stored.erase(it);
        if (!score.inScope) {
            report.leaving += before ? 1 : 0;
            return;
        }
        ++report.entities;
        for (qsizetype i = 0; i < draft.rules.size() && i < score.rules.size(); ++i) {
            WhatIfRuleCounts &counts = report.rules[draft.rules.at(i).identifier];
            if (score.rules.at(i).outcome == RuleOutcome::Pass)
                ++counts.passedAfter;
            if (before) {
                const int at = positions.value(before->ruleset).value(i, -1);
                if (at >= 0 && at < before->outcomes.size() && before->outcomes.at(at) == 'P')
                    ++counts.passedBefore;
            }
        }
        if (!before) {
            ++report.entering;
            return;
        }
        if (before->level == score.level) {
            ++report.same;
            return;
        }
        ++(score.level > before->level ? report.up : report.down);
        if (report.moves.size() < WhatIfReport::maxMoves)
            report.moves.append({draft.blueprint, identifier, title, before->level, score.level});
    };
    for (qint64 from = first; from <= last; from += chunkIds) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return report;
        }
        grader.gradeRange(from, std::min(last, from + chunkIds - 1), visit);
    }
    report.leaving += stored.size(); // results of entities that are gone
    return report;
}

} // namespace portolan
