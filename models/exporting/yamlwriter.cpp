#include "yamlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <yaml-cpp/yaml.h>

namespace portolan::yaml {
namespace {

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
    case QJsonValue::String:
        // yaml-cpp quotes strings that would otherwise read as another type.
        out << value.toString().toStdString();
        break;
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
