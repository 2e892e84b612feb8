#pragma once

#include "common/problem.h"

#include <QJsonValue>
#include <QString>
#include <string_view>
#include <utility>
#include <yaml-cpp/yaml.h>

// Small helpers over yaml-cpp for the Backstage reader. yaml-cpp's operator[] throws on a scalar
// and inserts on a non-const node, and its positions count from 0; these helpers do neither.
namespace portolan::backstage {

// `map[key]`, or an undefined node when `map` is not a mapping or has no such key.
YAML::Node child(const YAML::Node &map, std::string_view key);
// The scalar's text; empty for anything else.
QString text(const YAML::Node &node);
// A scalar with some text: what an envelope field or a reference must be.
bool hasText(const YAML::Node &node);
// Converts a node to JSON. Plain scalars are typed as YAML 1.2's core schema says (what
// Backstage's js-yaml does); quoted ones stay strings.
QJsonValue toJson(const YAML::Node &node);
// Where `node` starts, as 1-based {line, column}; {0, 0} when yaml-cpp does not know.
std::pair<int, int> position(const YAML::Node &node);
// A problem placed at `node`, in 1-based line and column.
Problem problemAt(
    Problem::Severity severity, const QString &file, const YAML::Node &node, QString path, QString message);

} // namespace portolan::backstage
