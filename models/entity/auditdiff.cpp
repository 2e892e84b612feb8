#include "auditdiff.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan::AuditDiff {

namespace {

// Objects are walked when the other side is an object too, or absent (then each leaf is listed);
// an empty object added or removed is still one change.
bool walkable(const QJsonValue &value, const QJsonValue &other)
{
    return value.isObject() && (other.isObject() || (other.isUndefined() && !value.toObject().isEmpty()));
}

void walk(const QString &path, const QJsonValue &before, const QJsonValue &after, QList<AuditChange> &changes)
{
    if (walkable(before, after) || walkable(after, before)) {
        const QJsonObject b = before.toObject();
        const QJsonObject a = after.toObject();
        QStringList keys = b.keys() + a.keys();
        // Meta-properties ($updatedAt changes with every write) after the content that changed.
        std::sort(keys.begin(), keys.end(), [](const QString &l, const QString &r) {
            const bool lm = l.startsWith(u'$'), rm = r.startsWith(u'$');
            return lm != rm ? rm : l < r;
        });
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue bv = b.contains(key) ? b.value(key) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue av = a.contains(key) ? a.value(key) : QJsonValue(QJsonValue::Undefined);
            walk(joinPath(path, key), bv, av, changes);
        }
        return;
    }
    if (before == after)
        return;
    if (before.isUndefined())
        changes.append({path, AuditChange::Kind::Added, before, after});
    else if (after.isUndefined())
        changes.append({path, AuditChange::Kind::Removed, before, after});
    else
        changes.append({path, AuditChange::Kind::Changed, before, after});
}

} // namespace

QString joinPath(const QString &parent, const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z_$][A-Za-z0-9_$-]*$"_s);
    const QString part = plain.match(key).hasMatch() ? key : u"[\""_s + key + u"\"]"_s;
    if (parent.isEmpty())
        return part;
    if (part.startsWith(u'['))
        return parent + part;
    return parent + u'.' + part;
}

QList<AuditChange> diff(const QJsonObject &before, const QJsonObject &after)
{
    QList<AuditChange> changes;
    walk(QString(), before, after, changes);
    return changes;
}

} // namespace portolan::AuditDiff
