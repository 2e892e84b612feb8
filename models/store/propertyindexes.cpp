#include "propertyindexes.h"

#include "schema/blueprint.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace portolan::PropertyIndexes {

QString sqlLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"''"_s) + u'\'';
}

QString propertyExpression(const QString &property)
{
    return u"json_extract(properties, "_s + sqlLiteral(u"$.\""_s + QString(property).replace(u"\""_s, u"\\\""_s) + u'"') + u')';
}

QStringList createStatements(const Blueprint &blueprint)
{
    QStringList statements;
    for (const PropertyDef &p : blueprint.properties) {
        // Every scalar a table can sort or filter by, so that the first sort of a million-row table
        // is an index walk. Long-form text (markdown, yaml, proto) is read, not sorted: no index.
        static const QStringList longForm{u"markdown"_s, u"yaml"_s, u"proto"_s, u"multi-line"_s};
        const bool indexed = p.type == "number"_L1 || p.type == "boolean"_L1
            || (p.type == "string"_L1 && !longForm.contains(p.format));
        if (!indexed)
            continue;
        // Index names must be SQL identifiers; a hash keeps any identifier safe and short.
        const QByteArray key = QCryptographicHash::hash((blueprint.identifier + u'\n' + p.id).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        statements.append(u"CREATE INDEX IF NOT EXISTS property_%1 ON entities (%2) WHERE blueprint = %3"_s.arg(
            QString::fromLatin1(key), propertyExpression(p.id), sqlLiteral(blueprint.identifier)));
    }
    return statements;
}

} // namespace portolan::PropertyIndexes
