#include "yamlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
#include <cmath>
#include <yaml-cpp/yaml.h>

namespace portolan::yaml {
namespace {

// True when a plain (unquoted) scalar with this text would be read back as something other than
// a string: null, a boolean or a number under YAML 1.2's core schema, or a YAML 1.1 boolean.
bool readsAsAnotherType(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
        "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
        "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
        "|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$"_s);
    return pattern.match(text).hasMatch();
}

void writeNode(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        out << YAML::BeginMap;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            writeNode(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue &item : value.toArray())
            writeNode(out, item);
        out << YAML::EndSeq;
        break;
    case QJsonValue::String: {
        const QString text = value.toString();
        if (readsAsAnotherType(text))
            out << YAML::DoubleQuoted;
        out << text.toStdString();
        break;
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            out << qint64(d);
        else
            out << YAML::Precision(17) << d;
        break;
    }
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    }
}

} // namespace

QByteArray fromJson(const QJsonValue &value, int indent)
{
    YAML::Emitter out;
    writeNode(out, value);
    QByteArray text(out.c_str());
    if (indent > 0) {
        const QByteArray pad(indent, ' ');
        text = pad + text;
        text.replace(QByteArrayView("\n"), QByteArray(QByteArray("\n") + pad));
    }
    return text;
}

} // namespace portolan::yaml
