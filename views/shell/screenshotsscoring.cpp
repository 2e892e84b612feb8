#include "screenshotsscoring.h"

#include "dashboards/dashboardspage.h"
#include "dashboards/dashboardstore.h"
#include "dashboards/dashboardview.h"
#include "entity/entitypage.h"
#include "mainwindow.h"
#include "scorecards/entityscorecards.h"
#include "scorecards/initiativespage.h"
#include "scorecards/scorecardeditor.h"
#include "scorecards/scorecardeditorwhatif.h"
#include "scorecards/scorecardspage.h"
#include "scoring/scorecardstore.h"
#include "signalwait.h"
#include "store/catalogstore.h"

#include <QJsonArray>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// A stricter draft of a scorecard (its first target rule asks for 10 more), so the editor's what-if
// has something to forecast.
QJsonObject stricterDraft(const Scorecard &scorecard)
{
    QJsonObject json = scorecard.toJson();
    QJsonArray rules = json.value("rules"_L1).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules.at(i).toObject();
        if (rule.value("kind"_L1).toString() == "target"_L1) {
            rule.insert(u"target"_s, rule.value("target"_L1).toDouble() + 10);
            rules.replace(i, rule);
            break;
        }
    }
    json.insert(u"rules"_s, rules);
    return json;
}

} // namespace

void renderScoringScreens(MainWindow &window, CatalogStore &store, const SaveScreen &save, const EntityKey &entity)
{
    const QList<Scorecard> scorecards = ScorecardStore(store.database()).scorecards();
    ScorecardsPage *page = window.scorecardsPage();
    const QString first = scorecards.isEmpty() ? QString() : scorecards.first().identifier;
    save(u"scorecards"_s, waitForSignal(page, &ScorecardsPage::loaded, [&] { window.go(Place::scorecards(first)); }), nullptr);
    // The editor on a scorecard with a target rule (a stricter target gives the what-if work).
    const auto withTarget = std::find_if(scorecards.begin(), scorecards.end(), [](const Scorecard &scorecard) {
        return std::any_of(scorecard.rules.begin(), scorecard.rules.end(),
                           [](const ScorecardRule &rule) { return rule.kind == RuleKind::Target; });
    });
    if (withTarget != scorecards.end()) {
        QList<Blueprint> blueprints = store.blueprints();
        ScorecardEditor editor(window.scoringLane(), store, blueprints, stricterDraft(*withTarget),
                               withTarget->identifier, {}, &window);
        editor.resize(1100, 760);
        ScorecardWhatIf *whatIf = editor.findChild<ScorecardWhatIf *>();
        save(u"scorecard-editor"_s, whatIf ? waitForSignal(whatIf, &ScorecardWhatIf::finished, [&] { editor.show(); }, 30000) : 0,
             &editor);
    }
    save(u"entity-scorecards"_s, waitForSignal(window.entityScorecards(), &EntityScorecards::loaded, [&] {
        window.go(Place::entityPage(entity));
        window.entityPage()->setCurrentTab(u"scorecards"_s);
    }), nullptr);
    window.entityPage()->setCurrentTab(u"overview"_s);
    save(u"initiatives"_s, waitForSignal(window.initiativesPage(), &InitiativesPage::loaded, [&] { window.go(Place::initiatives()); }), nullptr);
    for (const Dashboard &dashboard : DashboardStore(store.database()).dashboards()) {
        DashboardsPage *dashboards = window.dashboardsPage();
        const double waited = waitForSignal(dashboards->view(), &DashboardView::computed,
                                            [&] { window.go(Place::dashboards(dashboard.identifier)); }, 30000);
        QString name = dashboard.identifier;
        for (qsizetype i = name.size() - 1; i > 0; --i)
            if (name.at(i).isUpper())
                name.insert(i, u'-');
        save(u"dashboard-"_s + name.toLower(), waited, nullptr);
    }
}

} // namespace portolan
