#include "exportformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan::ExportFormat {

QString csvField(const QString &text, bool guard)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    QString field = text;
    if (guard && !field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
        field = u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"';
    return field;
}

QByteArray csvRecord(const QStringList &fields, const QList<bool> &guards)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        quoted.append(csvField(fields.at(i), guards.value(i, true)));
    return (quoted.join(u',') + u"\r\n"_s).toUtf8();
}

QByteArray json(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrapped in an array, then unwrapped, so that strings are escaped as JSON escapes them.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace portolan::ExportFormat
