// analyseImpact: one pass over the stored entities of each blueprint the draft migrates.
#include "impact.h"

#include "catalog/derivedvalues.h"
#include "design/entitymigration.h"
#include "design/modeldraft.h"
#include "schema/entityvalidator.h"
#include "store/entityrow.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

constexpr int kCalculationSamples = 50; // calculations are compared on this many entities per blueprint
constexpr int kCancelCheckEvery = 256;

const QList<std::pair<QString, QString>> kDerivedSections{{u"$.mirrorProperties."_s, u"mirror"_s},
                                                          {u"$.calculationProperties."_s, u"calculation"_s},
                                                          {u"$.aggregationProperties."_s, u"aggregation"_s}};

// Model problems that sit in a mirror, calculation or aggregation: those fields break.
void collectBrokenDefinitions(const Problems &modelProblems, Impact &impact)
{
    for (const Problem &p : modelProblems) {
        for (const auto &[prefix, kind] : kDerivedSections) {
            if (p.isError() && p.path.startsWith(prefix))
                impact.brokenFields.append({p.file, p.path.mid(prefix.size()).section(u'.', 0, 0), kind, p.message});
        }
    }
}

// Derived fields of kept blueprints that the draft no longer has (a cascade takes them along).
void collectRemovedDerived(const ModelDraft &draft, Impact &impact)
{
    for (const QString &id : draft.baseIdentifiers()) {
        if (!draft.contains(id))
            continue;
        const QJsonObject before = draft.baseJson(id);
        const QJsonObject after = draft.json(id);
        for (const auto &[prefix, kind] : kDerivedSections) {
            const QString section = prefix.mid(2).chopped(1);
            const QJsonObject now = after.value(section).toObject();
            for (const QString &field : before.value(section).toObject().keys()) {
                if (!now.contains(field))
                    impact.brokenFields.append({id, field, kind, u"removed from %1"_s.arg(id)});
            }
        }
    }
}

QList<TransformPreview> previewConversions(CatalogStore &store, const ModelDraft &draft)
{
    QList<TransformPreview> result;
    const DataSteps steps = draft.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const DataStep &step = steps.at(i);
        if (step.kind != DataStep::Kind::TransformProperty || !draft.contains(step.blueprint))
            continue;
        // The step names the property as it was called then: back to the stored name, forward to the final one.
        QString stored = step.from;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const DataStep &s = steps.at(j);
            if (s.kind == DataStep::Kind::RenameProperty && s.blueprint == step.blueprint && s.to == stored)
                stored = s.from;
        }
        QString final = step.from;
        for (qsizetype j = i + 1; j < steps.size(); ++j) {
            const DataStep &s = steps.at(j);
            if (s.kind == DataStep::Kind::RenameProperty && s.blueprint == step.blueprint && s.from == final)
                final = s.to;
        }
        const QJsonObject schema = draft.json(step.blueprint).value(u"schema"_s).toObject().value(u"properties"_s).toObject().value(final).toObject();
        result.append({step, stored, previewConversion(store, step.blueprint, stored, step.transform, schema)});
    }
    return result;
}

// Compares calculations before and after on the first entities of a blueprint.
class CalculationCheck final
{
public:
    CalculationCheck(const DerivedValues &derived, const Blueprint &stored, const Blueprint &target)
        : m_derived(derived), m_stored(stored), m_target(target)
    {
    }

    void sample(const Entity &before, const Entity &after)
    {
        if (m_target.calculations.isEmpty() || m_sampled >= kCalculationSamples)
            return;
        ++m_sampled;
        Problems beforeProblems;
        const QJsonObject mirrors = m_derived.mirrors(m_stored, before);
        const QJsonObject oldValues = m_derived.calculations(m_stored, before, mirrors, &beforeProblems);
        // Mirror values are not re-followed through the migrated model; kept mirrors keep theirs.
        QJsonObject keptMirrors;
        for (const MirrorDef &m : m_target.mirrors)
            if (mirrors.contains(m.id))
                keptMirrors.insert(m.id, mirrors.value(m.id));
        Problems afterProblems;
        const QJsonObject newValues = m_derived.calculations(m_target, after, keptMirrors, &afterProblems);
        const auto errorOf = [](const Problems &problems, const QString &id) {
            for (const Problem &p : problems)
                if (p.path == u"$.calculationProperties."_s + id)
                    return p.message;
            return QString();
        };
        for (const CalculationDef &c : m_target.calculations) {
            if (oldValues.value(c.id).isNull() || oldValues.value(c.id).isUndefined() || !errorOf(beforeProblems, c.id).isEmpty())
                continue; // only what worked before can break
            const QString error = errorOf(afterProblems, c.id);
            if (error.isEmpty() && !newValues.value(c.id).isNull())
                continue;
            Failure &f = m_failures[c.id];
            if (f.count++ == 0)
                f.example = error.isEmpty() ? u"becomes null on %1"_s.arg(before.identifier)
                                            : u"fails on %1: %2"_s.arg(before.identifier, error);
        }
    }

    void report(Impact &impact) const
    {
        for (const CalculationDef &c : m_target.calculations) {
            const auto it = m_failures.constFind(c.id);
            if (it != m_failures.cend())
                impact.brokenFields.append({m_target.identifier, c.id, u"calculation"_s,
                                            u"%1 of %2 sampled entities, e.g. %3"_s.arg(it->count).arg(m_sampled).arg(it->example)});
        }
    }

private:
    struct Failure {
        int count = 0;
        QString example;
    };
    const DerivedValues &m_derived;
    const Blueprint &m_stored;
    const Blueprint &m_target;
    int m_sampled = 0;
    QHash<QString, Failure> m_failures;
};

// Counts dropped values by blueprint, field and reason.
class DroppedCounter final
{
public:
    void add(const QString &blueprint, const DroppedValue &dropped, Impact &impact)
    {
        const QString key = blueprint + QChar(0x1f) + dropped.field + QChar(0x1f) + (dropped.relation ? u"r"_s : u"p"_s)
            + QChar(0x1f) + dropped.reason;
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            it = m_index.insert(key, impact.droppedData.size());
            impact.droppedData.append({blueprint, dropped.field, dropped.relation, dropped.reason, 0, 0});
        }
        DroppedData &d = impact.droppedData[*it];
        ++d.entities;
        d.values += dropped.values;
    }

private:
    QHash<QString, qsizetype> m_index;
};

} // namespace

Impact analyseImpact(CatalogStore &store, const ModelDraft &draft, const std::atomic_bool *cancel)
{
    Impact impact;
    const auto cancelled = [&] { return cancel && cancel->load(); };
    impact.modelProblems = draft.validate();
    collectBrokenDefinitions(impact.modelProblems, impact);
    collectRemovedDerived(draft, impact);

    for (const QString &id : draft.removed()) {
        QSqlQuery q(store.database().connection());
        q.prepare(u"SELECT COUNT(*) FROM entities WHERE blueprint = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            impact.storeError = q.lastError().text();
            return impact;
        }
        impact.deletedEntities.append({id, q.value(0).toLongLong()});
    }

    const DerivedValues derived(store);
    DroppedCounter dropped;
    const DataSteps steps = draft.steps();
    for (const QString &id : migratedBlueprints(draft)) {
        const Blueprint stored = Blueprint::fromJson(draft.baseJson(id));
        const EntityMigration migration(stored, draft.blueprint(id), steps);
        for (Problem p : migration.problems()) {
            p.file = id;
            impact.modelProblems.append(p);
        }
        const EntityValidator validator(migration.target());
        CalculationCheck calculations(derived, stored, migration.target());
        QSqlQuery q(store.database().connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + EntityRow::columns() + u" FROM entities WHERE blueprint = ? ORDER BY identifier"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            impact.storeError = q.lastError().text();
            return impact;
        }
        while (q.next()) {
            if (impact.checkedEntities % kCancelCheckEvery == 0 && cancelled()) {
                impact.cancelled = true;
                return impact;
            }
            const Entity entity = EntityRow::read(q);
            const EntityMigrationResult result = migration.migrate(entity);
            ++impact.checkedEntities;
            if (result.changed)
                ++impact.changedEntities;
            for (const DroppedValue &d : result.dropped)
                dropped.add(id, d, impact);
            const Problems problems = migratedProblems(result, validator);
            if (hasErrors(problems)) {
                ++impact.invalidCount;
                ++impact.invalidPerBlueprint[id];
                if (impact.invalidEntities.size() < Impact::MaxListed)
                    impact.invalidEntities.append({{id, entity.identifier}, entity.title, problems});
            }
            calculations.sample(entity, result.entity);
        }
        calculations.report(impact);
    }
    if (cancelled()) {
        impact.cancelled = true;
        return impact;
    }
    impact.conversions = previewConversions(store, draft);
    return impact;
}

} // namespace portolan
