#pragma once

#include "common/problem.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace portolan {

// The editor an action input needs, read from Port's JSON-schema-ish definition (type, format,
// encryption, enum, items).
enum class InputKind {
    Text,      // string
    MultiLine, // string, format multi-line
    Markdown,  // string, format markdown
    Number,    // number or integer
    Boolean,
    Enum,      // string or number with `enum` (a list or a jqQuery)
    Array,     // items of string/number/boolean/object (items may have their own enum)
    Object,    // a JSON object
    Yaml,      // format yaml: YAML text
    Url,
    Email,
    DateTime,
    User,      // format user: a person's e-mail
    Team,      // format team: a team identifier
    Secret,    // encryption aes256-gcm or format secret: masked, never logged
    Entity,    // format entity: one entity identifier
    Entities,  // array of format entity: many identifiers
};

QString inputKindName(InputKind kind);

// A value or a `{"jqQuery": …}` computed over {form, entity, user}.
struct Dynamic {
    QJsonValue value; // the static value (undefined when absent or when jq)
    QString jq;       // the program, empty when static

    bool isJq() const { return !jq.isEmpty(); }
    bool isSet() const { return isJq() || !value.isUndefined(); }
    static Dynamic read(const QJsonValue &raw);
    // Whether `raw` is exactly {"jqQuery": "<string>"}.
    static bool isJqObject(const QJsonValue &raw);
};

// One input of an action's form.
struct UserInput {
    QString key;
    QJsonObject json; // the definition as written
    InputKind kind = InputKind::Text;
    QString type;   // string, number, integer, boolean, object, array
    QString format; // as written (empty when none)
    QString title;  // the definition's title, else the key
    QString description;
    QString icon;
    bool secret = false;

    Dynamic defaultValue;
    Dynamic visible;  // default: visible
    Dynamic disabled; // default: enabled
    Dynamic enumValues; // the list or a jqQuery
    QJsonObject enumColors;
    QStringList dependsOn;

    // Arrays: the item definition (for Entities, the entity's blueprint and dataset are there).
    QJsonObject items;

    // Entity and Entities: which entities may be chosen, and in which order.
    QString blueprint;
    QJsonObject dataset; // {combinator, rules}; a rule's value may be a jqQuery
    QString sortProperty;
    bool sortAscending = true;

    bool isNumeric() const { return type == QLatin1StringView("number") || type == QLatin1StringView("integer"); }
    bool isMultiple() const { return kind == InputKind::Array || kind == InputKind::Entities; }
    // Every jq program of this input (default, visible, disabled, enum, dataset values).
    QStringList jqPrograms() const;

    static UserInput fromJson(const QString &key, const QJsonObject &json);
};

// A section heading placed among the inputs by `order` (Port's `titles`).
struct InputSection {
    QString key;
    QString title;
    QString description;
};

// A wizard step: a title and the keys of inputs and sections, in order.
struct InputStep {
    QString title;
    QStringList order;
};

// The whole `userInputs` object of an action.
struct UserInputs {
    QList<UserInput> inputs; // in `order` first, then the rest by key (QJsonObject sorts keys)
    QHash<QString, qsizetype> indexOf;
    Dynamic required; // a list of keys, or a jqQuery that yields one
    QStringList order;
    QHash<QString, InputSection> sections;
    QList<InputStep> steps; // empty: one step with every input

    const UserInput *input(const QString &key) const;
    static UserInputs fromJson(const QJsonObject &userInputs);
};

// Everything wrong with a `userInputs` definition, each problem at its JSON path under `path`
// (e.g. `$.trigger.userInputs.properties.name.minLength`): unknown types and formats, constraints
// of the wrong type or on the wrong kind of input, jq programs that do not compile, required /
// order / steps / dependsOn naming unknown inputs, and dependsOn cycles.
Problems checkUserInputs(const QJsonObject &userInputs, const QString &path);

} // namespace portolan
