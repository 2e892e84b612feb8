#pragma once

#include "schema/blueprint.h"

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

namespace portolan {

struct NameDirectory;

// How one value reads in a table cell or on an entity page, decided by its schema: the text to
// show and what a delegate needs to draw it (a chip colour, a link, a check mark, a timer state).
// Plain values, no widgets: the views paint them.
struct DisplayValue {
    enum class Kind {
        Empty,    // no value
        Text,     // plain string (also markdown, as plain text; yaml; unknown formats)
        Number,
        Boolean,  // `checked`
        Enum,     // `color`: a hex colour from Port's palette (empty: no colour)
        Link,     // url, labeled-url, email: `link`
        User,     // a person's name (format user)
        Team,     // a team's name (format team, meta-property $team)
        DateTime, // date-time, shown in local time
        Timer,    // time remaining, or "Expired" (`expired`)
        Entity,   // a relation: `entities` holds "blueprint/identifier" keys, `text` the titles
        List,     // an array of scalars, joined
        Json,     // an object or an array of objects, compact JSON
    };
    Kind kind = Kind::Empty;
    QString text;    // one line, ready to show
    QString tooltip; // longer form when `text` is abridged (markdown source, full JSON, exact time)
    QString color;   // #rrggbb for enum chips
    QUrl link;
    bool checked = false;
    bool expired = false;
    QStringList entities;
    QVariant sortKey; // what "sort by this column" would compare, for in-memory uses
};

namespace ValueDisplay {

// Displays `value` of `property` (the schema decides: format, enum colours, type).
DisplayValue property(const PropertyDef &property, const QJsonValue &value, const NameDirectory &names,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
// A value without a schema (mirror and aggregation properties, unknown JSON): by its JSON type,
// optionally with a format (calculation properties declare one).
DisplayValue untyped(const QJsonValue &value, const QString &format, const NameDirectory &names,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
// A relation's target(s): identifiers of `targetBlueprint`, a string or an array of strings.
// `titles` maps identifiers to titles where known (missing ones show the identifier).
DisplayValue relation(const QString &targetBlueprint, const QJsonValue &value, const QHash<QString, QString> &titles = {});
// The teams of an entity ($team), by name.
DisplayValue teams(const QStringList &teams, const NameDirectory &names);

// "3d 4h left", "45m left", "Expired" for a timer ending at `end`.
QString timeRemaining(const QDateTime &end, const QDateTime &now, bool *expired = nullptr);
// Markdown reduced to one line of plain text (headings, emphasis, links and lists stripped).
QString markdownToPlainLine(const QString &markdown);
// Port's palette colour (blue, turquoise, …) as #rrggbb; a #hex passes through; else empty.
QString paletteColor(const QString &name);

} // namespace ValueDisplay
} // namespace portolan
