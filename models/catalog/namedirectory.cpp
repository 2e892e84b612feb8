#include "namedirectory.h"

#include "store/catalogstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {

NameDirectory NameDirectory::load(const CatalogStore &store)
{
    NameDirectory directory;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT identifier, title, json_extract(properties, '$.email') FROM entities"
               u" WHERE blueprint IN ('user', '_user')"_s)) {
        while (q.next()) {
            const QString name = q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString();
            directory.users.insert(q.value(0).toString(), name);
            if (!q.value(2).toString().isEmpty())
                directory.users.insert(q.value(2).toString(), name);
        }
    }
    if (q.exec(u"SELECT identifier, title FROM entities WHERE blueprint IN ('team', '_team')"_s)) {
        while (q.next())
            directory.teams.insert(q.value(0).toString(), q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString());
    }
    return directory;
}

} // namespace portolan
