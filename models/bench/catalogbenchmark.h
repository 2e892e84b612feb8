#pragma once

#include <QJsonObject>
#include <functional>

namespace portolan {

// `portolan bench catalog`: generates a BenchCatalog, imports it into a fresh store (several
// runs), then times full-text search, a filtered and sorted first page, and two-hop
// neighbourhoods; reports medians and the peak resident memory as one JSON object.
class CatalogBenchmark final
{
public:
    CatalogBenchmark(qint64 entities, int runs, QString folder);

    QJsonObject run(const std::function<void(const QString &)> &progress);

private:
    qint64 m_entities;
    int m_runs;
    QString m_folder;
};

// How long `work` takes, in milliseconds.
double timeMs(const std::function<void()> &work);
// Median of a list of milliseconds (the list is sorted in place).
double median(QList<double> values);
// Peak resident set size of this process in MiB (Linux: getrusage).
double peakRssMiB();

} // namespace portolan
