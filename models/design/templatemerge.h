#pragma once

#include "design/modeldraft.h"
#include "design/modeltemplate.h"

#include <QStringList>

namespace portolan {

// What applying a template does to one of its blueprints.
struct MergeLine {
    enum class Kind {
        New,      // the portal lacks it: added whole
        Same,     // the portal has all of it already
        Extended, // the portal has it: the template's missing fields are added
        Conflict, // the portal defines some of the template's fields otherwise, and keeps its own
    };

    QString blueprint;
    Kind kind = Kind::Same;
    QStringList added;     // "property version", "relation environment", "mirror tier", …
    QStringList conflicts; // "service.tier: template says enum [tier-1, tier-2], portal keeps string"

    // For people: "+3 properties, +1 relation" (Extended/Conflict), "5 properties, 2 relations" (New).
    QString addedSummary() const;
};

struct TemplateMerge {
    QList<MergeLine> lines; // one per template blueprint, in the template's order
    ModelDraft result;      // the draft with the template merged in; validates when the draft did

    // "2 new, 1 extended, 1 unchanged, 1 with conflicts"
    QString summary() const;
    // Whether applying changes anything.
    bool changesDraft() const;
};

// Merges `t` into `draft`. A blueprint the draft lacks is added; one it has gets the template's
// properties, relations, mirrors, calculations and aggregations it lacks. Where both define a field
// differently the portal keeps its own (a conflict). Fields added to a stored blueprint are
// optional (required: false): its entities have no value for them yet. A template field that would
// not validate in this portal (a mirror through a relation the portal defines otherwise…) is left
// out and listed as a conflict, so the result has no problem the draft did not have.
TemplateMerge mergeTemplate(const ModelDraft &draft, const ModelTemplate &t);

} // namespace portolan
