#include "seedcatalog.h"

#include "importing/portreader.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// Blueprints of the seed entity files that do not say (shared/seed-examples/README.md).
QString blueprintOf(const QString &fileName)
{
    static const QHash<QString, QString> byFile{
        {u"orders-domain.json"_s, u"Domain"_s},      {u"cart-system.json"_s, u"System"_s},
        {u"products-system.json"_s, u"System"_s},    {u"cart-sql-sb-resource.json"_s, u"Resource"_s},
        {u"core-kafka-library.json"_s, u"Component"_s}, {u"core-payment-library.json"_s, u"Component"_s},
    };
    return byFile.value(fileName);
}

} // namespace

ImportPlan seedCatalogPlan()
{
    ImportPlan plan;
    for (const QString &folder : {u"blueprints"_s, u"entities"_s}) {
        const QDir dir(u":/seed/"_s + folder);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                plan.problems.append(Problem{Problem::Severity::Error, file.fileName(), 0, 0, {}, file.errorString()});
                continue;
            }
            const PortReader reader({blueprintOf(name), /*repairQuotes=*/true});
            ImportPlan part = reader.readJson(file.readAll(), u"seed/"_s + folder + u'/' + name);
            // The repair is expected here (resource.json); its warning is not news.
            part.problems.removeIf([](const Problem &p) { return !p.isError(); });
            plan.append(part);
        }
    }
    return plan;
}

} // namespace portolan
