#pragma once

#include "common/problem.h"

#include <QJsonObject>
#include <QJsonValue>

namespace portolan {

// Port's payload templating: `{{ jq }}` over `context` in values and keys, at any depth.
//
// The context an action run renders with:
//   {inputs, entity, trigger {by {user {email, identifier}}, operation, at},
//    run {id, url, token}, action {identifier, title}}
//
// Rules (port-labs/port-docs, _payload_advanced_functions.mdx):
//   - a string that is exactly one `{{ … }}` becomes the jq result's JSON value ("{{ .inputs.n }}" → 3);
//   - `{{ … }}` inside longer text is spliced in as text (strings as they are, null as "",
//     anything else as compact JSON);
//   - keys are templates too; a key that evaluates to null drops its entry;
//   - the key `{{ spreadValue() }}` spreads its (object) value into the parent object; keys
//     written beside it win over spread ones;
//   - a template with no output is null.
// Every problem names the JSON path of the template ($.body.env["{{ .x }}"]) and jq's message.
// On problems the result is still the best rendering (failed templates as null).
QJsonValue renderTemplate(const QJsonValue &tmpl, const QJsonObject &context, Problems *problems);

// `{{ … }}` in one string, with `path` for problems (e.g. "$.url"); the result as text.
QString renderTemplateText(const QString &text, const QJsonObject &context, const QString &path, Problems *problems);

// Whether `text` contains a `{{`.
bool isTemplate(const QString &text);

// A JSON value as compact text (a bare string, number or bool too: "\"a\"", "3", "true").
QByteArray compactJson(const QJsonValue &value);

} // namespace portolan
