#include "screenshots.h"

#include "auditpage.h"
#include "catalog/catalogpage.h"
#include "entity/entitypage.h"
#include "graph/graphpage.h"
#include "homepage.h"
#include "mainwindow.h"
#include "palette/commandpalette.h"
#include "signalwait.h"
#include "store/catalogstore.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The entity to show off: the service most other entities point at (a hub, so the graph has
// "+N more"), else any entity.
EntityKey showcaseEntity(CatalogStore &store)
{
    QSqlQuery q(store.database().connection());
    if (q.exec(u"SELECT e.blueprint, e.identifier FROM entities e JOIN relations r ON r.target = e.id"
               u" WHERE e.blueprint = 'service' GROUP BY e.id ORDER BY COUNT(*) DESC, e.identifier LIMIT 1"_s) && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    if (q.exec(u"SELECT blueprint, identifier FROM entities ORDER BY id LIMIT 1"_s) && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    return {};
}

} // namespace

QStringList renderScreens(CatalogStore &store, const QString &folder, QString *error)
{
    QStringList files;
    if (!QDir().mkpath(folder)) {
        *error = u"cannot create %1"_s.arg(folder);
        return files;
    }
    MainWindow window(store);
    window.setAppearance(1); // light, whatever the machine says: pictures stay comparable
    window.resize(1280, 800);
    window.show();
    const auto save = [&](const QString &name, double waited) {
        if (waited < 0 && error->isEmpty())
            *error = u"%1: the page did not finish loading"_s.arg(name);
        QApplication::processEvents();
        const QString path = QDir(folder).absoluteFilePath(name + u".png"_s);
        if (!window.grab().save(path))
            *error = u"cannot write %1"_s.arg(path);
        files.append(path);
    };
    waitForSignal(&window, &MainWindow::blueprintsLoaded, [] {});
    save(u"home"_s, waitForSignal(window.homePage(), &HomePage::loaded, [&] { window.go(Place::home()); }));

    const EntityKey entity = showcaseEntity(store);
    QStringList tables{entity.blueprint};
    for (const QString &bp : window.blueprints()) {
        if (!tables.contains(bp) && tables.size() < 3)
            tables.append(bp);
    }
    for (const QString &bp : std::as_const(tables)) {
        save(u"catalog-"_s + bp.toLower(),
             waitForSignal(window.catalogPage(), &CatalogPage::firstRowsShown, [&] { window.go(Place::catalog(bp)); }));
    }
    save(u"entity-overview"_s, waitForSignal(window.entityPage(), &EntityPage::loaded, [&] { window.go(Place::entityPage(entity)); }));
    for (const QString &tab : {u"related"_s, u"json"_s, u"history"_s}) {
        window.entityPage()->setCurrentTab(tab);
        save(u"entity-"_s + tab, 0);
    }
    window.entityPage()->setCurrentTab(u"overview"_s);
    save(u"graph"_s, waitForSignal(window.graphPage(), &GraphPage::graphShown, [&] { window.go(Place::graph(entity)); }));
    save(u"audit-log"_s, waitForSignal(window.auditPage(), &AuditPage::loaded, [&] { window.go(Place::audit()); }));
    save(u"palette"_s, waitForSignal(window.palette(), &CommandPalette::resultsShown, [&] {
        window.go(Place::home());
        window.showPalette();
        window.palette()->input()->setText(entity.identifier.left(5));
    }));
    window.palette()->hide();
    window.setAppearance(2);
    save(u"dark-entity"_s, waitForSignal(window.entityPage(), &EntityPage::loaded, [&] { window.go(Place::entityPage(entity)); }));
    save(u"dark-catalog"_s, waitForSignal(window.catalogPage(), &CatalogPage::firstRowsShown, [&] {
        window.go(Place::catalog(tables.value(1, entity.blueprint)));
    }));
    window.setAppearance(QSettings().value(u"appearance/mode"_s, 0).toInt());
    return files;
}

} // namespace portolan
