#include "identifiers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan::identifiers {
namespace {

QString check(const QString &id, const QRegularExpression &pattern, qsizetype maxLength)
{
    if (id.isEmpty())
        return u"is empty"_s;
    if (id.size() > maxLength)
        return u"is %1 characters long; at most %2 are allowed"_s.arg(id.size()).arg(maxLength);
    if (!pattern.match(id).hasMatch())
        return u"\"%1\" does not match %2"_s.arg(id, pattern.pattern());
    return {};
}

} // namespace

QString checkBlueprint(const QString &id)
{
    static const QRegularExpression pattern(u"^(?!\\.{1,2}$)[\\p{L}0-9@_.+:\\\\/-]+$"_s);
    return check(id, pattern, 100);
}

QString checkEntity(const QString &id)
{
    static const QRegularExpression pattern(u"^(?!\\.{1,2}$)[\\p{L}0-9@_.+:\\\\/=-]+$"_s);
    return check(id, pattern, 1000);
}

QString checkField(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9@_=\\-]+$"_s);
    return check(id, pattern, 100);
}

} // namespace portolan::identifiers
