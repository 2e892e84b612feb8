#pragma once

#include "common/problem.h"
#include "design/datastep.h"
#include "schema/blueprint.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace portolan {

// The blueprint designer's working copy of a portal's data model: the blueprints as stored (the
// base), the blueprints as edited, and the data steps the edits imply (renames, conversions,
// deletions). A plain value: the designer's undo stack keeps snapshots of it, the impact preview
// and the migration runner read it. Nothing here touches the store.
//
// Blueprints are kept as Port JSON (what the JSON view shows); the typed Blueprint is read from
// it on demand. Every edit returns an empty string, or says why it was refused and changes nothing.
class ModelDraft final
{
public:
    enum class DeleteMode { Block, Cascade };

    ModelDraft() = default;
    static ModelDraft fromBlueprints(const QList<Blueprint> &stored);

    // Identifiers in display order: the stored ones first, then the new ones as created.
    QStringList identifiers() const { return m_order; }
    bool contains(const QString &identifier) const { return m_blueprints.contains(identifier); }
    QJsonObject json(const QString &identifier) const { return m_blueprints.value(identifier); }
    Blueprint blueprint(const QString &identifier) const;
    QList<Blueprint> blueprints() const;

    // The base: what the store holds.
    QStringList baseIdentifiers() const { return m_baseOrder; }
    QJsonObject baseJson(const QString &identifier) const { return m_base.value(identifier); }
    QList<Blueprint> baseBlueprints() const;
    bool isStored(const QString &identifier) const { return m_base.contains(identifier); }

    // --- edits --------------------------------------------------------------------------------
    // Creates or replaces a blueprint (the form and the JSON view). Replacing under another
    // identifier (`previous`) renames a blueprint made in this draft; stored ones keep theirs.
    QString putBlueprint(const QJsonObject &json, const QString &previous = {});
    // Like putBlueprint, but refuses an identifier already taken.
    QString createBlueprint(const QJsonObject &json);
    // Block refuses when other blueprints relate to, mirror through or aggregate over it;
    // Cascade removes those definitions from them too. The stored entities go with it.
    QString removeBlueprint(const QString &identifier, DeleteMode mode);
    // Blueprints, relations, mirrors and aggregations that depend on `identifier` ("service.runs_on").
    QStringList dependents(const QString &identifier) const;
    // Renames carry stored values over and follow the references: required lists, mirror paths,
    // aggregation properties, and `.properties.<id>` / `.relations.<id>` in calculations.
    QString renameProperty(const QString &blueprint, const QString &from, const QString &to);
    QString renameRelation(const QString &blueprint, const QString &from, const QString &to);
    // Replaces a property's schema with one of another type; stored values go through `transform`
    // (jq over the old value; "." keeps it).
    QString changePropertyType(const QString &blueprint, const QString &property, const QJsonObject &schema,
                               const QString &transform);
    // Adds a relation `id` from `source` to `target` (the canvas's drag).
    QString addRelation(const QString &source, const QString &id, const QString &target, bool many, bool required);

    // --- what changed -------------------------------------------------------------------------
    DataSteps steps() const { return m_steps; }
    bool isModified() const;
    QStringList created() const;  // in the draft, not stored
    QStringList changed() const;  // stored and in the draft, with another JSON
    QStringList removed() const;  // stored, not in the draft
    // Every blueprint checked as a set (BlueprintValidator); each problem's `file` is the
    // blueprint's identifier and its path is inside that blueprint's JSON.
    Problems validate() const;

    // The name `property` of `blueprint` had in the base, following this draft's renames;
    // empty when the property was made in this draft.
    QString storedPropertyName(const QString &blueprint, const QString &property) const;

    friend bool operator==(const ModelDraft &, const ModelDraft &) = default;

private:
    QString renameIn(const QString &blueprint, const QString &section, const QString &from, const QString &to);
    void followPropertyRename(const QString &blueprint, const QString &from, const QString &to);
    void followRelationRename(const QString &blueprint, const QString &from, const QString &to);
    // The blueprint a mirror path of `blueprint` ends on, and where the property segment is; or empty.
    QString mirrorEnd(const QString &blueprint, const QStringList &segments) const;
    void setJson(const QString &identifier, const QJsonObject &json);

    QStringList m_order;
    QHash<QString, QJsonObject> m_blueprints;
    QStringList m_baseOrder;
    QHash<QString, QJsonObject> m_base;
    DataSteps m_steps;
};

} // namespace portolan
