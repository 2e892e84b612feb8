#include "uibenchmark.h"

#include "bench/benchcatalog.h"
#include "bench/benchstore.h"
#include "bench/catalogbenchmark.h"
#include "catalog/catalogpage.h"
#include "entity/entitypage.h"
#include "graph/graphpage.h"
#include "graph/graphview.h"
#include "palette/commandpalette.h"
#include "shell/mainwindow.h"
#include "shell/signalwait.h"
#include "store/catalogstore.h"
#include "uiwatchdog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QGraphicsView>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// One timed step: the watchdog knows which step a stall belongs to; -1 means it timed out.
struct Steps {
    UiWatchdog *watchdog;
    QHash<QString, QList<double>> times;

    template<typename Sender, typename Signal, typename Trigger>
    void time(const QString &name, Sender *sender, Signal signal, Trigger trigger)
    {
        watchdog->setPhase(name);
        times[name].append(waitForSignal(sender, signal, trigger, 60000));
        // Let the page settle (paint, follow-up jobs such as counts) before the next step.
        watchdog->setPhase(name + u" (settling)"_s);
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
    }
};

TableState withSort(TableState state, const QString &column, bool ascending)
{
    state.sort = {{column, ascending}};
    return state;
}

} // namespace

UiBenchmark::UiBenchmark(qint64 entities, int runs, QString folder)
    : m_entities(entities)
    , m_runs(runs)
    , m_folder(std::move(folder))
{
}

QJsonObject UiBenchmark::run(const std::function<void(const QString &)> &progress)
{
    QTemporaryDir temporary;
    const QString folder = m_folder.isEmpty() ? temporary.path() : m_folder;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"bench-ui-%1.sqlite"_s.arg(m_entities));
    progress(u"preparing a catalog of %1 entities in %2"_s.arg(m_entities).arg(path));
    if (const QString error = ensureBenchStore(path, m_entities); !error.isEmpty())
        return {{u"error"_s, error}};
    CatalogStore store(path);
    const BenchCatalog catalog(m_entities);
    UiWatchdog watchdog;
    Steps steps{&watchdog, {}};
    for (int run = 0; run < m_runs; ++run) {
        // Each run watches a fresh window from construction to its last step; tearing the window
        // down (thousands of graph items, joining the lanes) is the benchmark's, not a user's.
        watchdog.start();
        const QString service = BenchCatalog::serviceId((run * 7919 + 11) % catalog.services());
        MainWindow window(store);
        window.setAppearance(1);
        window.resize(1280, 800);
        steps.time(u"windowReady"_s, &window, &MainWindow::blueprintsLoaded, [&] { window.show(); });
        CatalogPage *table = window.catalogPage();
        steps.time(u"openTable"_s, table, &CatalogPage::firstRowsShown, [&] { window.go(Place::catalog(u"deployment"_s)); });
        steps.time(u"scrollNextPage"_s, table->table()->model(), &QAbstractItemModel::rowsInserted, [&] { table->table()->scrollToBottom(); });
        const TableState plain = table->state();
        steps.time(u"sortByDate"_s, table, &CatalogPage::firstRowsShown, [&] { table->setState(withSort(plain, u"startedAt"_s, false)); });
        steps.time(u"sortByText"_s, table, &CatalogPage::firstRowsShown, [&] { table->setState(withSort(plain, u"version"_s, true)); });
        steps.time(u"filter"_s, table, &CatalogPage::firstRowsShown, [&] {
            TableState state = withSort(plain, u"startedAt"_s, false);
            state.filter = {{u"combinator"_s, u"and"_s},
                            {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, u"status"_s}, {u"operator"_s, u"="_s}, {u"value"_s, u"failure"_s}}}}};
            table->setState(state);
        });
        steps.time(u"tableSearch"_s, table, &CatalogPage::firstRowsShown, [&] {
            TableState state = plain;
            state.text = u"Deployment 4242"_s;
            table->setState(state);
        });
        steps.time(u"groupBy"_s, table, &CatalogPage::firstRowsShown, [&] {
            TableState state = plain;
            state.groupBy = u"status"_s;
            table->setState(state);
        });
        steps.time(u"openServiceTable"_s, table, &CatalogPage::firstRowsShown, [&] { window.go(Place::catalog(u"service"_s)); });
        steps.time(u"palette"_s, window.palette(), &CommandPalette::resultsShown, [&] {
            window.showPalette();
            window.palette()->input()->setText(u"ledger svc"_s);
        });
        window.palette()->hide();
        steps.time(u"entityPage"_s, window.entityPage(), &EntityPage::loaded, [&] { window.go(Place::entityPage({u"service"_s, service})); });
        steps.time(u"graph"_s, window.graphPage(), &GraphPage::graphShown, [&] { window.go(Place::graph({u"service"_s, service})); });
        // The whole connected neighbourhood: capped at 2,000 nodes, laid out by sfdp, drawn.
        if (auto *depth = window.graphPage()->findChild<QSpinBox *>())
            steps.time(u"graphAll2000Nodes"_s, window.graphPage(), &GraphPage::graphShown, [&] { depth->setValue(depth->minimum()); });
        // Panning that graph: one scroll step and a synchronous repaint, as a drag does per move.
        watchdog.setPhase(u"graphPan"_s);
        QGraphicsView *view = window.graphPage()->view();
        for (int i = 0; i < 20; ++i) {
            steps.times[u"graphPanRepaint"_s].append(timeMs([&] {
                view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + (i % 2 ? -120 : 120));
                view->viewport()->repaint();
            }));
            QEventLoop frame; // mouse moves arrive a frame apart
            QTimer::singleShot(16, &frame, &QEventLoop::quit);
            frame.exec();
        }
        progress(u"run %1: table %2 ms, sort %3 ms, palette %4 ms, max UI stall so far %5 ms"_s.arg(run + 1)
                     .arg(steps.times.value(u"openTable"_s).last(), 0, 'f', 0)
                     .arg(steps.times.value(u"sortByDate"_s).last(), 0, 'f', 0)
                     .arg(steps.times.value(u"palette"_s).last(), 0, 'f', 0)
                     .arg(watchdog.maxStallMs(), 0, 'f', 0));
        watchdog.stop();
    }
    QJsonObject medians, slowest;
    bool timedOut = false;
    for (auto it = steps.times.cbegin(); it != steps.times.cend(); ++it) {
        timedOut = timedOut || it.value().contains(-1.0);
        medians.insert(it.key(), qRound(median(it.value()) * 10) / 10.0);
        slowest.insert(it.key(), qRound(*std::max_element(it.value().begin(), it.value().end()) * 10) / 10.0);
    }
    return {{u"entities"_s, m_entities},
            {u"runs"_s, m_runs},
            {u"stepMs"_s, medians},
            {u"stepMaxMs"_s, slowest}, // the first run pays for what later ones reuse
            {u"timedOut"_s, timedOut},
            {u"maxUiStallMs"_s, qRound(watchdog.maxStallMs() * 10) / 10.0},
            {u"maxUiStallStep"_s, watchdog.maxStallPhase()},
            {u"stallsOver50Ms"_s, watchdog.stalls()},
            {u"peakRssMiB"_s, peakRssMiB()}};
}

} // namespace portolan
