#include "backstageref.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

std::optional<BackstageRef> BackstageRef::parse(
    QStringView text, const QString &defaultKind, const QString &defaultNamespace, QString *error)
{
    const QString ref = text.trimmed().toString();
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<BackstageRef>();
    };
    if (ref.isEmpty())
        return fail(u"empty entity reference"_s);
    // Same split as Backstage's parseEntityRef: a ':' after the '/' belongs to the name.
    qsizetype colon = ref.indexOf(u':');
    const qsizetype slash = ref.indexOf(u'/');
    if (slash != -1 && slash < colon)
        colon = -1;
    BackstageRef r;
    r.kind = colon == -1 ? defaultKind.toLower() : ref.left(colon).toLower();
    r.ns = slash == -1 ? defaultNamespace : ref.mid(colon + 1, slash - colon - 1);
    if (r.ns.isEmpty() && slash == -1)
        r.ns = u"default"_s;
    r.name = ref.mid(std::max(colon, slash) + 1);
    const QString quoted = u'\'' + ref + u'\'';
    if ((colon != -1 && r.kind.isEmpty()) || (slash != -1 && r.ns.isEmpty()) || r.name.isEmpty()
        || r.name.contains(u'/') || r.name.contains(u':'))
        return fail(u"entity reference "_s + quoted + u" is not of the form [kind:][namespace/]name"_s);
    if (r.kind.isEmpty())
        return fail(u"entity reference "_s + quoted + u" needs a kind here, e.g. component:"_s + ref);
    return r;
}

QString BackstageRef::key() const
{
    return toString().toLower();
}

QString BackstageRef::toString() const
{
    return kind + u':' + ns + u'/' + name;
}

QString BackstageRef::identifier() const
{
    if (ns.compare("default"_L1, Qt::CaseInsensitive) == 0)
        return name;
    return ns + u'/' + name;
}

} // namespace portolan
