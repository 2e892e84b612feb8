#include "entitygrader.h"

#include "catalog/derivedvalues.h"
#include "scoring/rawstatement.h"
#include "scoring/scorecardstore.h"
#include "store/catalogstore.h"
#include "store/entityrow.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

#define GRADER_COLUMNS "SELECT id, identifier, title, icon, team, properties, relations, created_at, updated_at," \
                       " created_by, updated_by, aggregations FROM entities "

// The meta-properties in the order of their columns (7 to 10).
const QString *metaNames()
{
    static const QString names[] = {u"$createdAt"_s, u"$updatedAt"_s, u"$createdBy"_s, u"$updatedBy"_s};
    return names;
}

QJsonObject parseObject(const QByteArray &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

// A stored JSON object's text without surrounding blanks; "{}" when there is none.
QByteArrayView objectText(const QByteArray &stored)
{
    const QByteArrayView text = QByteArrayView(stored).trimmed();
    return text.size() >= 2 && text.front() == '{' && text.back() == '}' ? text : QByteArrayView("{}");
}

bool isEmptyObject(QByteArrayView objectText)
{
    return objectText.sliced(1, objectText.size() - 2).trimmed().isEmpty();
}

} // namespace

EntityGrader::EntityGrader(CatalogStore &store, const Scorecard &scorecard, const Blueprint &blueprint)
    : m_store(store)
    , m_blueprint(blueprint)
    , m_evaluator(std::make_unique<ScorecardEvaluator>(scorecard))
    , m_now(QDateTime::currentDateTimeUtc())
{
    if (m_evaluator->needsDerivedValues(blueprint))
        m_derived = std::make_unique<DerivedValues>(store);
    const bool usesJq = std::any_of(scorecard.rules.begin(), scorecard.rules.end(),
                                    [](const ScorecardRule &r) { return !r.jq.isEmpty() || !r.measure.jq.isEmpty(); });
    if (!usesJq && !m_derived) {
        // Parse only what the conditions read: most scorecards read a few stored properties.
        const QStringList read = m_evaluator->propertiesRead();
        m_needsRelations = std::any_of(read.begin(), read.end(), [](const QString &p) { return p.startsWith("$relations."_L1); });
        m_needsTeam = read.contains(u"$team"_s);
        m_needsAggregations = std::any_of(blueprint.aggregations.begin(), blueprint.aggregations.end(),
                                          [&read](const AggregationDef &a) { return read.contains(a.id); });
        // Each text column turned into a JSON member costs a conversion and an insert, a million times.
        m_needsIcon = read.contains(u"$icon"_s);
        for (int i = 0; i < 4; ++i)
            m_needsMeta[i] = read.contains(metaNames()[i]);
    }
    for (const Exemption &exemption : ScorecardStore(store.database()).exemptions(scorecard.identifier))
        if (!exemption.revoked && !exemption.approvedBy.isEmpty())
            m_exemptions[exemption.entity].append(exemption);
    sqlite3 *handle = Statement::handle(store.database().connection());
    // `+blueprint`: walk the id range, not the (blueprint, identifier) index.
    m_range = std::make_unique<RawStatement>(handle, GRADER_COLUMNS "WHERE id BETWEEN ? AND ? AND +blueprint = ? ORDER BY id");
    m_byId = std::make_unique<RawStatement>(handle, GRADER_COLUMNS "WHERE id = ? AND blueprint = ?");
    m_byIdentifier = std::make_unique<RawStatement>(handle, GRADER_COLUMNS "WHERE blueprint = ? AND identifier = ?");
    m_blueprintLiteral = EntityRow::jsonString(blueprint.identifier);
}

EntityGrader::~EntityGrader() = default;

// The entity's Port JSON assembled as text from the stored pieces and parsed once: a million
// QJsonObject inserts (each reallocating the object) cost more than the rules themselves.
QJsonObject EntityGrader::storedJson(const RawStatement &row) const
{
    QByteArray &text = m_text;
    text.truncate(0); // keeps the capacity (clear() would free it)
    text.append("{\"blueprint\":").append(m_blueprintLiteral).append(",\"identifier\":");
    EntityRow::appendJsonString(text, row.bytes(1));
    if (const QByteArray title = row.bytes(2); !title.isEmpty())
        EntityRow::appendJsonString(text.append(",\"title\":"), title);
    if (m_needsIcon && !row.isNull(3))
        EntityRow::appendJsonString(text.append(",\"icon\":"), row.bytes(3));
    if (m_needsTeam && !row.isNull(4))
        text.append(",\"team\":").append(row.bytes(4));
    if (m_needsRelations)
        text.append(",\"relations\":").append(objectText(row.bytes(6)));
    static const char *const metaKeys[] = {",\"$createdAt\":", ",\"$updatedAt\":", ",\"$createdBy\":", ",\"$updatedBy\":"};
    for (int i = 0; i < 4; ++i)
        if (m_needsMeta[i] && !row.isNull(7 + i))
            EntityRow::appendJsonString(text.append(metaKeys[i]), row.bytes(7 + i));
    // Aggregation values join the properties (the later key wins, as an insert would).
    const QByteArrayView properties = objectText(row.bytes(5));
    const QByteArrayView aggregated = m_needsAggregations && !row.isNull(11) ? objectText(row.bytes(11)) : QByteArrayView("{}");
    text.append(",\"properties\":");
    if (isEmptyObject(aggregated))
        text.append(properties);
    else if (isEmptyObject(properties))
        text.append(aggregated);
    else
        text.append(properties.chopped(1)).append(',').append(aggregated.sliced(1));
    text.append('}');
    return QJsonDocument::fromJson(text).object();
}

// Mirrors and calculations: DerivedValues resolves them from the entity.
QJsonObject EntityGrader::resolvedJson(const RawStatement &row) const
{
    QJsonObject json{{u"identifier"_s, row.text(1)}, {u"blueprint"_s, m_blueprint.identifier}};
    if (const QString title = row.text(2); !title.isEmpty())
        json.insert(u"title"_s, title);
    if (!row.isNull(3))
        json.insert(u"icon"_s, row.text(3));
    for (int i = 0; i < 4; ++i)
        if (!row.isNull(7 + i))
            json.insert(metaNames()[i], row.text(7 + i));
    Entity entity = Entity::fromJson(json);
    entity.properties = parseObject(row.bytes(5));
    entity.relations = parseObject(row.bytes(6));
    if (!row.isNull(4))
        for (const QJsonValue &t : QJsonDocument::fromJson(row.bytes(4)).array())
            entity.team.append(t.toString());
    return m_derived->resolve(m_blueprint, entity);
}

void EntityGrader::gradeRow(RawStatement &row, const Visitor &visit)
{
    const qint64 id = row.int64(0);
    const QString identifier = row.text(1);
    const QString title = row.text(2);
    const QJsonObject json = m_derived ? resolvedJson(row) : storedJson(row);
    visit(id, identifier, title, m_evaluator->evaluate(json, m_now, m_exemptions.value(identifier)));
}

qint64 EntityGrader::gradeRange(qint64 first, qint64 last, const Visitor &visit)
{
    qint64 count = 0;
    m_range->bind(1, first);
    m_range->bind(2, last);
    m_range->bind(3, m_blueprint.identifier.toUtf8());
    while (m_range->next()) {
        gradeRow(*m_range, visit);
        ++count;
    }
    return count;
}

qint64 EntityGrader::gradeIds(const QList<qint64> &ids, const Visitor &visit)
{
    qint64 count = 0;
    const QByteArray blueprint = m_blueprint.identifier.toUtf8();
    for (const qint64 id : ids) {
        m_byId->bind(1, id);
        m_byId->bind(2, blueprint);
        if (m_byId->next()) {
            gradeRow(*m_byId, visit);
            ++count;
            m_byId->reset();
        }
    }
    return count;
}

std::optional<EntityScore> EntityGrader::grade(const QString &identifier)
{
    std::optional<EntityScore> out;
    m_byIdentifier->bind(1, m_blueprint.identifier.toUtf8());
    m_byIdentifier->bind(2, identifier.toUtf8());
    if (m_byIdentifier->next()) {
        gradeRow(*m_byIdentifier, [&out](qint64, const QString &, const QString &, const EntityScore &score) { out = score; });
        m_byIdentifier->reset();
    }
    return out;
}

} // namespace portolan
