#include "showcase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan::Showcase {

EntityKey busiestEntity(const CatalogStore &store, const QString &blueprint)
{
    QSqlQuery q(store.database().connection());
    q.prepare(u"SELECT e.blueprint, e.identifier FROM entities e JOIN relations r ON r.target = e.id"
              u" WHERE e.blueprint = ? GROUP BY e.id ORDER BY COUNT(*) DESC, e.identifier LIMIT 1"_s);
    q.addBindValue(blueprint);
    if (q.exec() && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    return {};
}

EntityKey firstEntity(const CatalogStore &store)
{
    QSqlQuery q(store.database().connection());
    if (q.exec(u"SELECT e.blueprint, e.identifier FROM entities e JOIN blueprints b ON b.identifier = e.blueprint"
               u" ORDER BY b.position, e.id LIMIT 1"_s) && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    return {};
}

} // namespace portolan::Showcase
