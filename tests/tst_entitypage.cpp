// EntityPage: one entity read on the StoreLane and shown in tabs (offscreen, real SQLite store).
#include "catalog/valuedisplay.h"
#include "entity/audithistorymodel.h"
#include "entity/auditchangemodel.h"
#include "entity/chiplabel.h"
#include "entity/entitypage.h"
#include "entity/jsontab.h"
#include "entity/markdownview.h"
#include "entity/relatedentitiesmodel.h"
#include "storefixture.h"
#include "store/storelane.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {
QList<Blueprint> blueprints()
{
    return {
        testing::blueprint(R"({"identifier": "team", "title": "Team", "schema": {"properties": {}}})"),
        testing::blueprint(R"({"identifier": "user", "title": "User", "schema": {"properties": {"email": {"type": "string", "format": "email"}}},
                               "relations": {"team": {"target": "team", "many": false}}})"),
        testing::blueprint(R"({"identifier": "service", "title": "Service",
            "schema": {"properties": {
                "language": {"title": "Language", "type": "string", "enum": ["Go", "Java"], "enumColors": {"Go": "turquoise", "Java": "orange"}},
                "owner": {"title": "Owner", "type": "string", "format": "user"},
                "readme": {"title": "README", "type": "string", "format": "markdown"},
                "description": {"title": "Description", "type": "string"},
                "replicas": {"title": "Replicas", "type": "number"}}},
            "relations": {"team": {"title": "Team", "target": "team", "many": false},
                          "dependsOn": {"title": "Depends on", "target": "service", "many": true}}})"),
    };
}

Entity cart()
{
    Entity e = testing::entity(R"({"identifier": "cart", "blueprint": "service", "title": "Cart Service", "team": ["payments"],
                                   "properties": {"language": "Go", "owner": "ada@example.com", "replicas": 3},
                                   "relations": {"team": "payments", "dependsOn": ["pricing"]}})");
    // Set here: moc misreads "#" inside raw string literals.
    e.properties.insert(u"readme"_s, u"# Cart\n\nKeeps the **shopping basket**."_s);
    return e;
}

QList<Entity> entities()
{
    return {
        testing::entity(R"({"identifier": "payments", "blueprint": "team", "title": "Payments"})"),
        testing::entity(R"({"identifier": "ada", "blueprint": "user", "title": "Ada Lovelace",
                            "properties": {"email": "ada@example.com"}, "relations": {"team": "payments"}})"),
        cart(),
        testing::entity(R"({"identifier": "pricing", "blueprint": "service", "title": "Pricing", "properties": {"language": "Java"}})"),
        testing::entity(R"({"identifier": "search", "blueprint": "service", "title": "Search", "properties": {"language": "Go"},
                            "relations": {"dependsOn": ["pricing"]}})"),
    };
}

const EntityKey Cart{u"service"_s, u"cart"_s};
} // namespace

class TestEntityPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"portal.sqlite"_s);
        CatalogStore store(m_path);
        testing::write(store, blueprints(), entities());
        m_lane = std::make_unique<StoreLane>(m_path);
        m_page = std::make_unique<EntityPage>(*m_lane);
        m_page->resize(1000, 700);
    }

    void cleanup()
    {
        m_page.reset();
        m_lane.reset();
        m_dir.reset();
    }

    void showEntityLoadsOnTheLane()
    {
        QSignalSpy loaded(m_page.get(), &EntityPage::loaded);
        m_page->showEntity(Cart);
        QVERIFY(m_page->isLoading());
        QVERIFY(loaded.wait());
        QVERIFY(!m_page->isLoading());
        QCOMPARE(m_page->entity(), Cart);
        QCOMPARE(m_page->findChild<QLabel *>(u"entityTitle"_s)->text(), u"Cart Service"_s);
        QCOMPARE(m_page->findChild<QLabel *>(u"entityIdentifier"_s)->text(), u"cart"_s);
        QCOMPARE(m_page->findChild<ChipLabel *>(u"team-payments"_s)->text(), u"Payments"_s);
    }

    void overviewShowsFormattedValues()
    {
        load(Cart);
        auto *owner = m_page->findChild<QLabel *>(u"value-owner"_s);
        QVERIFY(owner);
        QCOMPARE(owner->text(), u"Ada Lovelace"_s); // format user: the person's name, not the e-mail
        auto *language = m_page->findChild<ChipLabel *>(u"value-language"_s);
        QVERIFY(language);
        QCOMPARE(language->text(), u"Go"_s);
        QCOMPARE(language->color(), QColor(ValueDisplay::paletteColor(u"turquoise"_s)));
        auto *readme = m_page->findChild<MarkdownView *>(u"value-readme"_s);
        QVERIFY(readme);
        QVERIFY(readme->toPlainText().contains(u"Keeps the shopping basket."_s)); // rendered: no ** left
        auto *dependsOn = m_page->findChild<QLabel *>(u"relation-dependsOn"_s);
        QVERIFY(dependsOn);
        QVERIFY(dependsOn->text().contains(u">Pricing</a>"_s));
    }

    void overviewEntityLinkActivatesEntity()
    {
        load(Cart);
        QSignalSpy activated(m_page.get(), &EntityPage::entityActivated);
        Q_EMIT m_page->findChild<QLabel *>(u"relation-dependsOn"_s)->linkActivated(u"portolan-entity:service/pricing"_s);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<EntityKey>(), (EntityKey{u"service"_s, u"pricing"_s}));
    }

    void hideEmptyHidesEmptyProperty()
    {
        load(Cart);
        m_page->show();
        auto *description = m_page->findChild<QLabel *>(u"value-description"_s);
        QVERIFY(description);
        QCOMPARE(description->text(), u"—"_s);
        QVERIFY(description->isVisibleTo(m_page.get()));
        m_page->findChild<QCheckBox *>(u"hideEmpty"_s)->setChecked(true);
        QVERIFY(!description->isVisibleTo(m_page.get()));
        QVERIFY(m_page->findChild<QWidget *>(u"value-owner"_s)->isVisibleTo(m_page.get()));
        m_page->findChild<QCheckBox *>(u"hideEmpty"_s)->setChecked(false);
        QVERIFY(description->isVisibleTo(m_page.get()));
    }

    void jsonTabParsesToTheEntity()
    {
        load(Cart);
        m_page->setCurrentTab(u"json"_s);
        QCOMPARE(m_page->currentTab(), u"json"_s);
        auto *json = m_page->findChild<JsonTab *>();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json->toPlainText().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Entity parsed = Entity::fromJson(doc.object());
        const Entity expected = entities().at(2);
        QCOMPARE(parsed.identifier, expected.identifier);
        QCOMPARE(parsed.title, expected.title);
        QCOMPARE(parsed.properties, expected.properties);
        QCOMPARE(parsed.relations, expected.relations);
        QCOMPARE(parsed.team, expected.team);
        QVERIFY(parsed.createdAt.isValid());
    }

    void historyShowsAnUpdatesDiff()
    {
        load(Cart);
        {
            CatalogStore store(m_path);
            Entity changed = entities().at(2);
            changed.properties.insert(u"language"_s, u"Java"_s);
            testing::write(store, {}, {changed});
        }
        m_page->reload();
        QSignalSpy loaded(m_page.get(), &EntityPage::loaded);
        QVERIFY(loaded.wait());
        auto *entries = m_page->findChild<QTableView *>(u"historyEntries"_s);
        QCOMPARE(entries->model()->rowCount(), 2);
        QCOMPARE(entries->model()->index(0, AuditHistoryModel::ActionColumn).data().toString(), u"update"_s);
        QCOMPARE(entries->currentIndex().row(), 0); // the newest change is selected
        auto *changes = qobject_cast<AuditChangeModel *>(m_page->findChild<QTableView *>(u"historyChanges"_s)->model());
        QVERIFY(changes);
        const auto found = std::find_if(changes->changes().begin(), changes->changes().end(),
                                        [](const AuditChange &c) { return c.path == "properties.language"_L1; });
        QVERIFY(found != changes->changes().end());
        QCOMPARE(int(found->kind), int(AuditChange::Kind::Changed));
        QCOMPARE(found->before.toString(), u"Go"_s);
        QCOMPARE(found->after.toString(), u"Java"_s);
        // The oldest entry is the create: everything added.
        entries->setCurrentIndex(entries->model()->index(1, 0));
        QVERIFY(std::all_of(changes->changes().begin(), changes->changes().end(),
                            [](const AuditChange &c) { return c.kind == AuditChange::Kind::Added; }));
    }

    void relatedFollowsTheDepth()
    {
        load(Cart);
        auto *view = m_page->findChild<QTableView *>(u"relatedView"_s);
        QCOMPARE(view->model()->rowCount(), 2); // → payments (team), → pricing (dependsOn)
        m_page->findChild<QSpinBox *>(u"depth"_s)->setValue(2);
        // + search → pricing, ada → payments
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QSet<QString> found;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            found.insert(view->model()->index(row, RelatedEntitiesModel::EntityColumn).data().toString());
        QCOMPARE(found, (QSet<QString>{u"Payments"_s, u"Pricing"_s, u"Search"_s, u"Ada Lovelace"_s}));
    }

    void doubleClickOrEnterOnRelatedActivatesEntity()
    {
        load(Cart);
        m_page->setCurrentTab(u"related"_s);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        auto *view = m_page->findChild<QTableView *>(u"relatedView"_s);
        QModelIndex pricing;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, RelatedEntitiesModel::EntityColumn);
            if (index.data().toString() == "Pricing"_L1)
                pricing = index;
        }
        QVERIFY(pricing.isValid());
        QSignalSpy activated(m_page.get(), &EntityPage::entityActivated);
        // QTest's widget double-click is the second click only: click once first, as a person does.
        const QPoint centre = view->visualRect(pricing).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(activated.size(), 0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<EntityKey>(), (EntityKey{u"service"_s, u"pricing"_s}));
        view->setCurrentIndex(pricing);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
    }

    void showInGraphRequestsTheEntity()
    {
        load(Cart);
        QSignalSpy requested(m_page.get(), &EntityPage::graphRequested);
        m_page->findChild<QPushButton *>(u"showInGraph"_s)->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<EntityKey>(), Cart);
    }

    void unknownEntityShowsNotFound()
    {
        load(EntityKey{u"service"_s, u"nope"_s});
        m_page->show();
        QCOMPARE(m_page->findChild<QLabel *>(u"messageTitle"_s)->text(), u"Entity not found"_s);
        QVERIFY(m_page->findChild<QLabel *>(u"messageDetail"_s)->text().contains(u"nope"_s));
        QVERIFY(!m_page->findChild<QTabWidget *>(u"entityTabs"_s)->isVisible());
    }

    void tabsByNameAndKeyboard()
    {
        load(Cart);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->setCurrentTab(u"history"_s);
        QCOMPARE(m_page->currentTab(), u"history"_s);
        m_page->findChild<QTabWidget *>(u"entityTabs"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_page->currentTab(), u"related"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(m_page->currentTab(), u"json"_s);
        auto *extra = new QLabel(u"runs"_s);
        const int index = m_page->addTab(extra, u"Runs"_s);
        QCOMPARE(index, 4);
    }

    void controlsTakeKeyboardFocus()
    {
        load(Cart);
        for (const char *name : {"hideEmpty", "depth", "relatedFilter", "relatedView", "historyEntries", "historyChanges", "showInGraph"}) {
            QWidget *widget = m_page->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
        QVERIFY(m_page->findChild<JsonTab *>()->focusPolicy() & Qt::TabFocus);
        QVERIFY(m_page->findChild<QLabel *>(u"relation-dependsOn"_s)->focusPolicy() & Qt::TabFocus); // links
    }

private:
    void load(const EntityKey &key)
    {
        QSignalSpy loaded(m_page.get(), &EntityPage::loaded);
        m_page->showEntity(key);
        QVERIFY(loaded.wait());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<StoreLane> m_lane;
    std::unique_ptr<EntityPage> m_page;
};

QTEST_MAIN(TestEntityPage)
#include "tst_entitypage.moc"
