#include "catalogbenchmark.h"

#include "benchstore.h"

#include "benchcatalog.h"
#include "store/catalogstore.h"
#include "store/bulkloader.h"
#include "store/catalogwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace portolan {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

CatalogBenchmark::CatalogBenchmark(qint64 entities, int runs, QString folder)
    : m_entities(entities)
    , m_runs(runs)
    , m_folder(std::move(folder))
{
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonObject CatalogBenchmark::run(const std::function<void(const QString &)> &progress)
{
    QTemporaryDir temporary;
    const QString folder = m_folder.isEmpty() ? temporary.path() : m_folder;
    const BenchCatalog catalog(m_entities);
    QList<double> imports, searches, pages, hops, counts;
    qint64 relationCount = 0;
    for (int run = 0; run < m_runs; ++run) {
        const QString path = folder + u"/bench-%1.sqlite"_s.arg(run);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        CatalogStore store(path);
        if (!store.isOpen())
            return {{u"error"_s, store.error()}};
        Problems problems;
        imports.append(timeMs([&] { problems = writeBenchCatalog(store, catalog); }));
        if (hasErrors(problems))
            return {{u"error"_s, problems.first().toString()}};
        progress(u"run %1: imported %2 entities in %3 ms"_s.arg(run + 1).arg(m_entities).arg(imports.last(), 0, 'f', 0));
        relationCount = store.stats().value("relations"_L1).toInteger();

        const QStringList terms{u"payments"_s, u"ledger svc"_s, u"checkout platform"_s, u"inventory-svc-12"_s, u"team 7"_s};
        for (int i = 0; i < 20; ++i)
            searches.append(timeMs([&] { store.search(terms.at(i % terms.size()), 50); }));
        EntityQuery page;
        page.blueprint = u"deployment"_s;
        page.filter = {{u"combinator"_s, u"and"_s},
                       {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"status"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"failure"_s}}}}};
        page.sort = {{u"startedAt"_s, false}};
        page.limit = 100;
        for (int i = 0; i < 5; ++i)
            pages.append(timeMs([&] { store.query(page); }));
        for (int i = 0; i < 20; ++i) {
            const QString service = BenchCatalog::serviceId((i * 7919) % catalog.services());
            hops.append(timeMs([&] { store.neighbourhood({u"service"_s, service}, 2); }));
        }
        counts.append(timeMs([&] { store.stats(); }));
    }
    return {
        {u"entities"_s, m_entities},
        {u"relations"_s, relationCount},
        {u"runs"_s, m_runs},
        {u"importSeconds"_s, median(imports) / 1000.0},
        {u"importEntitiesPerSecond"_s, double(m_entities) / (median(imports) / 1000.0)},
        {u"searchMs"_s, median(searches)},
        {u"filterSortFirst100Ms"_s, median(pages)},
        {u"twoHopNeighbourhoodMs"_s, median(hops)},
        {u"statsMs"_s, median(counts)},
        {u"peakRssMiB"_s, peakRssMiB()},
    };
}

} // namespace portolan
