#include "screenshotsactions.h"

#include "actions/actionform.h"
#include "actions/actionformdialog.h"
#include "actions/actionspage.h"
#include "actions/actionstore.h"
#include "actions/runpage.h"
#include "actions/runspage.h"
#include "mainwindow.h"
#include "signalwait.h"
#include "store/catalogstore.h"

#include <QJsonArray>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The first user of the catalog (the demo's people), so forms that read `.user` have someone.
QJsonObject someUser(const CatalogStore &store)
{
    const QList<Entity> users = store.entities(u"user"_s, 1);
    const QString email = users.isEmpty() ? u"you@localhost"_s : users.first().properties.value(u"email"_s).toString();
    return {{u"email"_s, email}, {u"identifier"_s, email}, {u"teams"_s, QJsonArray{}}};
}

void saveForm(MainWindow &window, CatalogStore &store, const SaveScreen &save, const QString &action,
              const QString &entityBlueprint, const QString &name, const std::function<void(ActionForm *)> &fill = {})
{
    const std::optional<ActionDefinition> definition = ActionStore(store.database()).action(action);
    if (!definition)
        return;
    QJsonObject entity;
    if (!entityBlueprint.isEmpty()) {
        const QList<Entity> entities = store.entities(entityBlueprint, 1);
        if (entities.isEmpty())
            return;
        entity = entities.first().toJson();
    }
    ActionFormDialog dialog(window.actionLane(), definition->toJson(), entity, someUser(store), &window);
    dialog.show();
    if (fill)
        fill(dialog.form());
    save(name, 0, &dialog);
}

} // namespace

void renderActionScreens(MainWindow &window, CatalogStore &store, const SaveScreen &save)
{
    ActionsPage *actions = window.actionsPage();
    save(u"actions"_s, waitForSignal(actions, &ActionsPage::loaded, [&] { window.go(Place::actions()); }), nullptr);
    actions->setCurrentIdentifier(u"deploy_service"_s);
    save(u"actions-selected"_s, 0, nullptr);
    saveForm(window, store, save, u"deploy_service"_s, u"service"_s, u"action-form"_s);
    saveForm(window, store, save, u"scaffold_microservice"_s, {}, u"action-wizard"_s, [](ActionForm *form) {
        if (auto *name = qobject_cast<QLineEdit *>(form->editor(u"name"_s)))
            name->setText(u"billing-gateway"_s);
        if (auto *description = qobject_cast<QLineEdit *>(form->editor(u"description"_s)))
            description->setText(u"Talks to the payment provider's gateway"_s);
        form->advance(); // step 2 when step 1 is complete; otherwise step 1 with what is missing
    });
    save(u"runs"_s, waitForSignal(window.runsPage(), &RunsPage::loaded, [&] { window.go(Place::runs()); }), nullptr);
    save(u"run"_s, waitForSignal(window.runPage(), &RunPage::loaded, [&] { window.go(Place::run(u"r_demo_deploy_0001"_s)); }), nullptr);
    save(u"run-approval"_s,
         waitForSignal(window.runPage(), &RunPage::loaded, [&] { window.go(Place::run(u"r_demo_permissions_0003"_s)); }), nullptr);
}

} // namespace portolan
