#pragma once

#include <QJsonObject>
#include <functional>

namespace portolan {

// `portolan bench ui`: the real main window (offscreen) on a generated catalog of N entities,
// driven like a user — open the largest table, scroll, sort, filter, search, open an entity and
// its graph, use the palette — timing each step to its result on screen, while a watchdog
// measures the longest time the UI thread was busy. Medians over `runs` fresh windows; JSON.
class UiBenchmark final
{
public:
    UiBenchmark(qint64 entities, int runs, QString folder);
    QJsonObject run(const std::function<void(const QString &)> &progress);

private:
    qint64 m_entities;
    int m_runs;
    QString m_folder;
};

} // namespace portolan
