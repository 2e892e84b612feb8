#include "backstageyaml.h"

#include "backstagelog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan::backstage {
namespace {

// Aliases can make a node contain itself; nothing in a catalog file is nested this deep.
constexpr int maxDepth = 200;

QJsonValue plainScalar(const QString &value)
{
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression decimal(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (value == "~"_L1 || value == "null"_L1 || value == "Null"_L1 || value == "NULL"_L1)
        return QJsonValue::Null;
    if (value == "true"_L1 || value == "True"_L1 || value == "TRUE"_L1)
        return true;
    if (value == "false"_L1 || value == "False"_L1 || value == "FALSE"_L1)
        return false;
    bool ok = false;
    if (integer.match(value).hasMatch()) {
        const qint64 n = value.toLongLong(&ok);
        return ok ? QJsonValue(n) : QJsonValue(value);
    }
    if (value.startsWith("0x"_L1) || value.startsWith("0o"_L1)) {
        const qint64 n = value.mid(2).toLongLong(&ok, value.at(1) == u'x' ? 16 : 8);
        if (ok)
            return n;
    }
    if (decimal.match(value).hasMatch())
        return value.toDouble();
    // .inf and .nan have no JSON form; keeping the text loses nothing.
    return value;
}

QJsonValue convert(const YAML::Node &node, int depth)
{
    if (depth > maxDepth) {
        qCWarning(lcBackstage) << "YAML nested deeper than" << maxDepth << "levels; the rest is left out";
        return QJsonValue::Null;
    }
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const std::string &tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return text(node);
        return plainScalar(text(node));
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(convert(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            // A complex key keeps its YAML text rather than being dropped.
            const QString key
                = it->first.IsScalar() ? text(it->first) : QString::fromStdString(YAML::Dump(it->first));
            object.insert(key, convert(it->second, depth + 1));
        }
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

YAML::Node child(const YAML::Node &map, std::string_view key)
{
    if (map.IsMap()) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key)
                return it->second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool hasText(const YAML::Node &node)
{
    return node.IsScalar() && !node.Scalar().empty();
}

QJsonValue toJson(const YAML::Node &node)
{
    return convert(node, 0);
}

Problem problemAt(
    Problem::Severity severity, const QString &file, const YAML::Node &node, QString path, QString message)
{
    const auto [line, column] = position(node);
    return Problem { severity, file, line, column, std::move(path), std::move(message) };
}

std::pair<int, int> position(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? std::pair(0, 0) : std::pair(mark.line + 1, mark.column + 1);
}

} // namespace portolan::backstage
