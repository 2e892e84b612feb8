#include "backstageassembler.h"

#include "backstageblueprints.h"
#include "backstagelog.h"
#include "backstageproperties.h"
#include "backstagerelations.h"
#include "backstageyaml.h"

using namespace Qt::StringLiterals;

namespace portolan {

BackstageAssembler::BackstageAssembler(BackstageCatalog &catalog)
    : m_catalog(catalog)
{
}

void BackstageAssembler::assemble(const QList<BackstageDocument> &documents)
{
    collectEntities(documents);
    BackstageRelationSet relations(m_documents.size());
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        for (const BackstageLink &link : backstage::linksOf(m_documents.at(i), m_catalog.problems))
            resolve(i, link, relations);
    }
    for (qsizetype i = 0; i < m_catalog.entities.size(); ++i)
        m_catalog.entities[i].relations = relations.relationsOf(i);
    makeBlueprints(relations);
    order(relations);
}

void BackstageAssembler::collectEntities(const QList<BackstageDocument> &documents)
{
    const BackstageProperties properties(m_catalog.problems, m_catalog.files);
    QHash<QString, QString> firstPlace;
    for (const BackstageDocument &document : documents) {
        const YAML::Node metadata = backstage::child(document.root, "metadata");
        const QString key = document.ref.key();
        if (m_byKey.contains(key)) {
            m_catalog.problems.append(backstage::problemAt(Problem::Severity::Error, document.file,
                backstage::child(metadata, "name"), u"$.metadata.name"_s,
                u"duplicate entity "_s + document.ref.toString() + u" (first defined at "_s
                    + firstPlace.value(key)
                    + u"); names are compared case-insensitively, this one is not imported"_s));
            continue;
        }
        const auto [line, column] = backstage::position(backstage::child(metadata, "name"));
        firstPlace.insert(key, document.file + u':' + QString::number(line) + u':' + QString::number(column));
        m_byKey.insert(key, m_documents.size());
        m_documents.append(document);
        if (!m_kindTitles.contains(document.ref.kind)) {
            m_kinds.append(document.ref.kind);
            m_kindTitles.insert(document.ref.kind, document.kind);
        }
        Entity entity;
        entity.identifier = document.ref.identifier();
        const QString title = backstage::text(backstage::child(metadata, "title"));
        entity.title = title.isEmpty() ? document.ref.name : title;
        entity.blueprint = document.ref.kind;
        entity.properties = properties.of(document);
        m_catalog.entities.append(entity);
        const auto [docLine, docColumn] = backstage::position(document.root);
        m_catalog.places.append({document.file, docLine, docColumn});
    }
}

void BackstageAssembler::resolve(qsizetype source, const BackstageLink &link, BackstageRelationSet &relations)
{
    const BackstageDocument &document = m_documents.at(source);
    const qsizetype found = m_byKey.value(link.target.key(), -1);
    qsizetype holder = source;
    BackstageRelationSet::Target target;
    if (link.inverse) {
        // Stored on the entity the field names, pointing back at the one that wrote it.
        if (found < 0) {
            warnMissing(source, link,
                u"; its "_s + link.type + u" relation would be stored on it, so it is not imported"_s);
            return;
        }
        holder = found;
        target = { document.ref.kind, m_catalog.entities.at(source).identifier, source };
    } else if (found >= 0) {
        target = { m_documents.at(found).ref.kind, m_catalog.entities.at(found).identifier, found };
    } else {
        // Kept so that a partial import still says who owns what; the warning says it dangles.
        target = { link.target.kind, link.target.identifier(), -1 };
        warnMissing(source, link, {});
    }
    QString kept;
    const auto outcome = relations.add(holder, m_documents.at(holder).ref.kind, link.type, target, &kept);
    if (outcome == BackstageRelationSet::Outcome::SecondOwner) {
        m_catalog.problems.append(
            Problem { Problem::Severity::Warning, document.file, link.line, link.column, link.path,
                m_catalog.entities.at(holder).identifier + u" already has an owner ("_s + kept + u"); "_s
                    + target.identifier + u" is not imported"_s });
    }
}

void BackstageAssembler::warnMissing(qsizetype source, const BackstageLink &link, const QString &consequence)
{
    // spec and a `relations` array often say the same; one warning is enough.
    const QString once = QString::number(source) + u' ' + link.type + u' ' + QString::number(link.inverse)
        + u' ' + link.target.key();
    if (m_warned.contains(once))
        return;
    m_warned.insert(once);
    m_catalog.problems.append(Problem { Problem::Severity::Warning, m_documents.at(source).file, link.line,
        link.column, link.path, u"reference to missing entity "_s + link.target.toString() + consequence });
}

void BackstageAssembler::makeBlueprints(const BackstageRelationSet &relations)
{
    // Kinds known only as relation targets get a blueprint too, so every relation has its target.
    for (const QString &kind : relations.targetKinds()) {
        if (!m_kindTitles.contains(kind)) {
            m_kinds.append(kind);
            const QString title = backstage::builtInTitle(kind);
            m_kindTitles.insert(kind, title.isEmpty() ? kind : title);
        }
    }
    for (const QString &kind : std::as_const(m_kinds)) {
        Problems problems;
        const QJsonObject json = backstage::blueprintJson(
            kind, m_kindTitles.value(kind), relations.definitionsOf(kind, m_kindTitles));
        m_catalog.blueprints.append(Blueprint::fromJson(json, &problems));
        for (const Problem &p : std::as_const(problems))
            qCWarning(lcBackstage) << "blueprint" << kind << "is malformed:" << p.toString();
    }
}

void BackstageAssembler::order(const BackstageRelationSet &relations)
{
    // Depth-first post-order, iterative so that long dependency chains cannot exhaust the stack.
    // A cycle is cut where it is met, which is the "where possible" of targets-first.
    enum class State { New, Open, Done };
    const qsizetype count = m_catalog.entities.size();
    QList<State> state(count, State::New);
    QList<qsizetype> sequence;
    for (qsizetype root = 0; root < count; ++root) {
        if (state[root] != State::New)
            continue;
        QList<std::pair<qsizetype, qsizetype>> stack { { root, 0 } };
        state[root] = State::Open;
        while (!stack.isEmpty()) {
            const auto [node, next] = stack.last();
            const QList<qsizetype> &targets = relations.dependenciesOf(node);
            if (next < targets.size()) {
                stack.last().second = next + 1;
                const qsizetype target = targets.at(next);
                if (state[target] == State::New) {
                    state[target] = State::Open;
                    stack.append({ target, 0 });
                }
            } else {
                state[node] = State::Done;
                sequence.append(node);
                stack.removeLast();
            }
        }
    }
    QList<Entity> ordered;
    QList<BackstageCatalog::Place> places;
    ordered.reserve(count);
    for (qsizetype i : std::as_const(sequence)) {
        ordered.append(m_catalog.entities.at(i));
        places.append(m_catalog.places.value(i));
    }
    m_catalog.entities = ordered;
    m_catalog.places = places;
}

} // namespace portolan
