#pragma once

#include "common/problem.h"

#include <QJsonObject>

namespace portolan {

// Port's search rules ({property, operator, value}, combined with and/or), evaluated against an
// entity's JSON (its properties, plus meta-properties such as $identifier and $title).
// Used by aggregation filters here and by scorecards later.
struct RuleQuery {
    static bool matches(const QJsonObject &query, const QJsonObject &entityJson);
    static bool ruleMatches(const QJsonObject &rule, const QJsonObject &entityJson);
    // Reports unknown operators and malformed rules with their paths.
    static Problems check(const QJsonObject &query, const QString &path);
    static QJsonValue valueOf(const QJsonObject &entityJson, const QString &property);
};

} // namespace portolan
