#include "screenshots.h"

#include "screenshotsactions.h"
#include "screenshotsscoring.h"

#include "auditpage.h"
#include "catalog/catalogpage.h"
#include "catalog/myteams.h"
#include "catalog/showcase.h"
#include "design/modeldraft.h"
#include "designer/blueprinteditor.h"
#include "designer/blueprintform.h"
#include "designer/blueprintjsonview.h"
#include "designer/designdocument.h"
#include "designer/designerpage.h"
#include "designer/impactdialog.h"
#include "designer/modelcanvas.h"
#include "designer/templatedialog.h"
#include "entity/entitypage.h"
#include "graph/graphpage.h"
#include "homepage.h"
#include "mainwindow.h"
#include "palette/commandpalette.h"
#include "signalwait.h"
#include "store/catalogstore.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

class IdentityForScreens
{
public:
    explicit IdentityForScreens(const CatalogStore &store)
    {
        if (!QSettings().value(u"identity/user"_s).toString().isEmpty())
            return;
        for (const Entity &user : store.entities(u"user"_s, 200)) {
            const QString email = user.properties.value("email"_L1).toString();
            if (!email.isEmpty() && !teamsOfUser(store, email).isEmpty()) {
                QSettings().setValue(u"identity/user"_s, email);
                m_set = true;
                return;
            }
        }
    }
    ~IdentityForScreens()
    {
        if (m_set)
            QSettings().remove(u"identity/user"_s);
    }
    Q_DISABLE_COPY_MOVE(IdentityForScreens)

private:
    bool m_set = false;
};

} // namespace

QStringList renderScreens(CatalogStore &store, const QString &folder, QString *error)
{
    QStringList files;
    if (!QDir().mkpath(folder)) {
        *error = u"cannot create %1"_s.arg(folder);
        return files;
    }
    // Pages for "me" (the developer's home, my teams) show someone: the first person of the portal
    // who is in a team, for this run only when nobody is set.
    const IdentityForScreens identity(store);
    MainWindow window(store);
    window.setAppearance(1); // light, whatever the machine says: pictures stay comparable
    window.resize(1280, 800);
    window.show();
    const auto save = [&](const QString &name, double waited, QWidget *what = nullptr) {
        if (waited < 0 && error->isEmpty())
            *error = u"%1: the page did not finish loading"_s.arg(name);
        // Follow-up reads (counts, group sizes, an index being built) land within moments.
        QEventLoop settle;
        QTimer::singleShot(400, &settle, &QEventLoop::quit);
        settle.exec();
        const QString path = QDir(folder).absoluteFilePath(name + u".png"_s);
        if (!(what ? what : static_cast<QWidget *>(&window))->grab().save(path))
            *error = u"cannot write %1"_s.arg(path);
        files.append(path);
    };
    waitForSignal(&window, &MainWindow::blueprintsLoaded, [] {});
    save(u"home"_s, waitForSignal(window.homePage(), &HomePage::loaded, [&] { window.go(Place::home()); }));

    // The service most others point at (a hub, so the graph has "+N more"), else the first entity.
    EntityKey entity = Showcase::busiestEntity(store, u"service"_s);
    if (entity.identifier.isEmpty())
        entity = Showcase::firstEntity(store);
    save(u"catalog-"_s + entity.blueprint.toLower(),
         waitForSignal(window.catalogPage(), &CatalogPage::firstRowsShown, [&] { window.go(Place::catalog(entity.blueprint)); }));
    // The largest table, plain and grouped by its first enum property.
    const QJsonObject counts = store.stats().value("entities"_L1).toObject();
    QString largest = entity.blueprint;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().toInteger() > counts.value(largest).toInteger())
            largest = it.key();
    }
    if (largest != entity.blueprint) {
        save(u"catalog-"_s + largest.toLower(),
             waitForSignal(window.catalogPage(), &CatalogPage::firstRowsShown, [&] { window.go(Place::catalog(largest)); }));
        const Blueprint bp = store.blueprint(largest).value_or(Blueprint{});
        const auto grouping = std::find_if(bp.properties.begin(), bp.properties.end(), [](const PropertyDef &p) { return !p.enumValues.isEmpty(); });
        if (grouping != bp.properties.end()) {
            TableState state = window.catalogPage()->state();
            state.groupBy = grouping->id;
            save(u"catalog-"_s + largest.toLower() + u"-grouped"_s,
                 waitForSignal(window.catalogPage(), &CatalogPage::firstRowsShown, [&] { window.catalogPage()->setState(state); }));
        }
        // Filtered by a relation: e.g. the deployments of the showcase service.
        const auto toShowcase = std::find_if(bp.relations.begin(), bp.relations.end(), [&](const RelationDef &r) { return r.target == entity.blueprint; });
        if (toShowcase != bp.relations.end()) {
            TableState state = window.catalogPage()->state();
            state.groupBy.clear();
            state.filter = {{u"combinator"_s, u"and"_s},
                            {u"rules"_s, QJsonArray{QJsonObject{{u"property"_s, QString(u"$relation."_s + toShowcase->id)},
                                                                {u"operator"_s, u"="_s}, {u"value"_s, entity.identifier}}}}};
            save(u"catalog-"_s + largest.toLower() + u"-filtered"_s,
                 waitForSignal(window.catalogPage(), &CatalogPage::firstRowsShown, [&] { window.catalogPage()->setState(state); }));
        }
    }
    save(u"entity-overview"_s, waitForSignal(window.entityPage(), &EntityPage::loaded, [&] { window.go(Place::entityPage(entity)); }));
    for (const QString &tab : {u"related"_s, u"json"_s, u"history"_s}) {
        window.entityPage()->setCurrentTab(tab);
        save(u"entity-"_s + tab, 0);
    }
    window.entityPage()->setCurrentTab(u"overview"_s);
    save(u"graph"_s, waitForSignal(window.graphPage(), &GraphPage::graphShown, [&] { window.go(Place::graph(entity)); }));
    // A small, readable graph too: the first entity of the portal's first blueprint.
    const EntityKey small = Showcase::firstEntity(store);
    if (!small.identifier.isEmpty() && small != entity)
        save(u"graph-small"_s, waitForSignal(window.graphPage(), &GraphPage::graphShown, [&] { window.go(Place::graph(small)); }));
    save(u"audit-log"_s, waitForSignal(window.auditPage(), &AuditPage::loaded, [&] { window.go(Place::audit()); }));
    // The blueprint designer: the model, a blueprint's form and JSON, a change's impact, templates.
    DesignerPage *designer = window.designerPage();
    save(u"designer"_s, waitForSignal(designer, &DesignerPage::loaded, [&] { window.go(Place::designer()); }));
    designer->document().select(entity.blueprint);
    save(u"designer-form"_s, 0);
    designer->editor()->setCurrentWidget(designer->editor()->json());
    save(u"designer-json"_s, 0);
    designer->editor()->setCurrentWidget(designer->editor()->form());
    // A change with consequences, previewed and never applied: screenshots leave the portal as it was.
    const ModelDraft stored = designer->document().draft();
    designer->document().edit(u"screenshot"_s, [&](ModelDraft &draft) {
        QJsonObject json = draft.json(entity.blueprint);
        QJsonObject schema = json.value("schema"_L1).toObject();
        QJsonObject properties = schema.value("properties"_L1).toObject();
        properties.insert(u"costCentre"_s, QJsonObject{{u"title"_s, u"Cost centre"_s}, {u"type"_s, u"string"_s}});
        schema.insert(u"properties"_s, properties);
        QJsonArray required = schema.value("required"_L1).toArray();
        required.append(u"costCentre"_s);
        schema.insert(u"required"_s, required);
        json.insert(u"schema"_s, schema);
        return draft.putBlueprint(json);
    });
    {
        std::unique_ptr<ImpactDialog> impact(designer->createReview());
        impact->resize(1040, 640);
        impact->show();
        save(u"designer-impact"_s, waitForSignal(impact.get(), &ImpactDialog::analysed, [] {}, 60000), impact.get());
    }
    designer->document().reset(stored);
    {
        TemplateDialog templates(designer->document(), &window);
        templates.selectTemplate(u"dora"_s);
        templates.show();
        save(u"designer-templates"_s, 0, &templates);
    }
    renderActionScreens(window, store, save);
    renderScoringScreens(window, store, save, entity);
    save(u"palette"_s, waitForSignal(window.palette(), &CommandPalette::resultsShown, [&] {
        window.go(Place::home());
        window.showPalette();
        window.palette()->input()->setText(entity.identifier.left(5));
    }));
    window.palette()->hide();
    window.setAppearance(2);
    save(u"dark-entity"_s, waitForSignal(window.entityPage(), &EntityPage::loaded, [&] { window.go(Place::entityPage(entity)); }));
    save(u"dark-designer"_s, waitForSignal(designer, &DesignerPage::loaded, [&] { window.go(Place::designer()); }));
    save(u"dark-catalog"_s, waitForSignal(window.catalogPage(), &CatalogPage::firstRowsShown, [&] { window.go(Place::catalog(entity.blueprint)); }));
    window.setAppearance(QSettings().value(u"appearance/mode"_s, 0).toInt());
    return files;
}

} // namespace portolan
