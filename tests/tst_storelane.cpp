// StoreLane: reads on a worker thread, results back on the caller's thread, superseded jobs dropped.
#include "storefixture.h"
#include "store/storelane.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace portolan;

static EntityQuery serviceQuery()
{
    EntityQuery query;
    query.blueprint = u"service"_s;
    return query;
}

class TestStoreLane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        testing::write(store, testing::portalBlueprints(), testing::portalEntities());
    }

    void resultArrivesOnCallerThreadFromWorker()
    {
        StoreLane lane(m_path);
        QThread *worker = nullptr;
        QThread *delivered = nullptr;
        qint64 count = -1;
        lane.post(this, QString(), [&](CatalogStore &store) {
            worker = QThread::currentThread();
            return store.count(serviceQuery());
        }, [&](qint64 n) {
            delivered = QThread::currentThread();
            count = n;
        });
        QTRY_COMPARE(count, 2);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(delivered, QThread::currentThread());
    }

    void newerJobOnSameChannelSupersedesOlder()
    {
        StoreLane lane(m_path);
        QStringList delivered;
        std::atomic<int> ran = 0;
        // The first job blocks the lane until the others are queued.
        std::atomic<bool> release = false;
        lane.post(this, u"block"_s, [&](CatalogStore &) { while (!release) QThread::msleep(1); return 0; }, [](int) {});
        for (const QString &text : {u"c"_s, u"ca"_s, u"car"_s})
            lane.post(this, u"search"_s, [&, text](CatalogStore &store) { ++ran; return store.search(text).size(); },
                      [&, text](qsizetype) { delivered.append(text); });
        release = true;
        QSignalSpy idle(&lane, &StoreLane::idle);
        QVERIFY(idle.wait());
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QStringList{u"car"_s});
        QCOMPARE(ran.load(), 1);
    }

    void destroyedContextGetsNoCallback()
    {
        StoreLane lane(m_path);
        bool called = false;
        auto *context = new QObject;
        lane.post(context, QString(), [](CatalogStore &store) { return store.stats(); }, [&](const QJsonObject &) { called = true; });
        delete context;
        QSignalSpy idle(&lane, &StoreLane::idle);
        QVERIFY(idle.wait());
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void laneSeesCommitsOfOtherConnections()
    {
        StoreLane lane(m_path);
        CatalogStore store(m_path);
        testing::write(store, {}, {testing::entity(R"({"identifier": "search", "blueprint": "service", "title": "Search", "properties": {"language": "Go"}})")});
        qint64 count = -1;
        lane.post(this, QString(), [](CatalogStore &s) { return s.count(serviceQuery()); }, [&](qint64 n) { count = n; });
        QTRY_COMPARE(count, 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestStoreLane)
#include "tst_storelane.moc"
