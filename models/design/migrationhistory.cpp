#include "migrationhistory.h"

#include "store/catalogstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QList<ModelMigration> readMigrations(CatalogStore &store, const QString &idPrefix)
{
    QList<ModelMigration> result;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    // `LIKE` would treat `_` and `%` as patterns: compare the prefix with substr instead.
    q.prepare(u"SELECT at, after FROM audit WHERE kind = 'migration' AND substr(identifier, 1, ?) = ? ORDER BY id DESC"_s);
    q.addBindValue(idPrefix.size());
    q.addBindValue(idPrefix.isNull() ? u""_s : idPrefix); // a null QString would bind NULL
    if (!q.exec())
        return result;
    while (q.next()) {
        std::optional<ModelMigration> m = ModelMigration::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), nullptr);
        if (!m)
            continue; // written by a newer Portolan; not ours to list
        m->appliedAt = q.value(0).toString();
        result.append(*m);
    }
    return result;
}

} // namespace

QList<ModelMigration> appliedMigrations(CatalogStore &store)
{
    return readMigrations(store, {});
}

std::optional<ModelMigration> appliedMigration(CatalogStore &store, const QString &id)
{
    if (id == "latest"_L1) {
        const QList<ModelMigration> all = appliedMigrations(store);
        return all.isEmpty() ? std::nullopt : std::optional<ModelMigration>(all.first());
    }
    const QString prefix = id.trimmed().remove(u'{').remove(u'}').toLower();
    if (prefix.isEmpty())
        return std::nullopt;
    const QList<ModelMigration> found = readMigrations(store, prefix);
    if (found.isEmpty())
        return std::nullopt;
    // A prefix that names several migrations names none.
    for (const ModelMigration &m : found)
        if (m.id != found.first().id)
            return std::nullopt;
    return found.first();
}

} // namespace portolan
