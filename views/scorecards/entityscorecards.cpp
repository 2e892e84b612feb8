#include "entityscorecards.h"

#include "catalog/derivedvalues.h"
#include "designer/formstyle.h"
#include "exemptiondialog.h"
#include "scorecardentitycard.h"
#include "scoring/scorecardstore.h"
#include "store/storelane.h"

#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portolan {

EntityScorecards::EntityScorecards(StoreLane &lane, CatalogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_lane(lane)
    , m_store(store)
    , m_empty(formstyle::messageLabel(u"dim"_s))
{
    auto *body = new QWidget;
    m_column = new QVBoxLayout(body);
    m_column->setContentsMargins(12, 12, 12, 12);
    m_column->setSpacing(12);
    m_column->addWidget(m_empty);
    m_column->addStretch(1);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString EntityScorecards::user() const
{
    const QString user = QSettings().value(u"identity/user"_s).toString().trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USER", u"editor"_s) : user;
}

void EntityScorecards::setEntity(const EntityKey &key)
{
    m_key = key;
    reload();
}

EntityScorecards::Snapshot EntityScorecards::load(CatalogStore &store, const EntityKey &key, const QDateTime &now)
{
    Snapshot snapshot;
    ScorecardStore scores(store.database());
    const std::optional<Entity> entity = store.entity(key.blueprint, key.identifier);
    const std::optional<Blueprint> blueprint = store.blueprint(key.blueprint);
    snapshot.title = entity && !entity->title.isEmpty() ? entity->title : key.identifier;
    // Evaluated afresh here too: stored results keep outcomes, not what was measured or why.
    QJsonObject json;
    if (entity && blueprint)
        json = DerivedValues(store).resolve(*blueprint, *entity);
    const QList<StoredScore> results = scores.resultsOf(key.blueprint, key.identifier);
    const QList<Exemption> exemptions = scores.exemptionsOf(key.blueprint, key.identifier);
    for (const Scorecard &scorecard : scores.scorecardsOf(key.blueprint)) {
        EntityScorecardData data;
        data.scorecard = scorecard;
        for (const StoredScore &result : results)
            if (result.scorecard == scorecard.identifier)
                data.stored = result;
        for (const Exemption &e : exemptions)
            if (e.scorecard == scorecard.identifier)
                data.exemptions.append(e);
        if (!json.isEmpty())
            data.live = ScorecardEvaluator(scorecard).evaluate(json, now, data.exemptions);
        data.history = scores.history(scorecard.identifier, key.blueprint, key.identifier);
        snapshot.scorecards.append(data);
    }
    return snapshot;
}

void EntityScorecards::reload()
{
    const EntityKey key = m_key;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lane.post(
        this, u"entity-scorecards"_s, [key, now](CatalogStore &store) { return load(store, key, now); },
        [this](const Snapshot &snapshot) { present(snapshot); });
}

void EntityScorecards::present(const Snapshot &snapshot)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_title = snapshot.title;
    m_data = snapshot.scorecards;
    const QString me = user();
    for (const EntityScorecardData &data : std::as_const(m_data)) {
        auto *card = new ScorecardEntityCard(data, me);
        connect(card, &ScorecardEntityCard::exemptionRequested, this, &EntityScorecards::requestExemption);
        connect(card, &ScorecardEntityCard::approveRequested, this, &EntityScorecards::approveExemption);
        m_column->insertWidget(m_column->count() - 1, card);
        m_cards.append(card);
    }
    m_empty->setText(tr("No scorecard grades %1 entities yet.").arg(m_key.blueprint));
    m_empty->setVisible(m_cards.isEmpty());
    Q_EMIT loaded();
}

bool EntityScorecards::requestExemption(const QString &scorecard, const QString &rule)
{
    QString ruleTitle = rule;
    for (const EntityScorecardData &data : std::as_const(m_data))
        if (data.scorecard.identifier == scorecard)
            if (const ScorecardRule *r = data.scorecard.rule(rule); r && !r->title.isEmpty())
                ruleTitle = r->title;
    Exemption request;
    request.scorecard = scorecard;
    request.rule = rule;
    request.blueprint = m_key.blueprint;
    request.entity = m_key.identifier;
    ExemptionDialog dialog(request, ruleTitle, m_title, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Problems problems;
    const qint64 id = ScorecardStore(m_store.database()).requestExemption(dialog.exemption(), &problems);
    if (id == 0 || hasErrors(problems)) {
        QMessageBox::warning(this, tr("Request exemption"), problems.isEmpty() ? tr("The store refused the request.") : problems.constFirst().toString());
        return false;
    }
    reload();
    Q_EMIT exemptionsChanged(scorecard, false); // pending: counts only once approved
    return true;
}

bool EntityScorecards::approveExemption(qint64 id)
{
    QString scorecard;
    for (const Exemption &exemption : ScorecardStore(m_store.database()).exemptionsOf(m_key.blueprint, m_key.identifier))
        if (exemption.id == id)
            scorecard = exemption.scorecard;
    const Problems problems = ScorecardStore(m_store.database()).approveExemption(id, user(), QDateTime::currentDateTimeUtc());
    if (hasErrors(problems)) {
        QMessageBox::warning(this, tr("Approve exemption"), problems.constFirst().toString());
        return false;
    }
    reload();
    Q_EMIT exemptionsChanged(scorecard, true);
    return true;
}

} // namespace portolan
