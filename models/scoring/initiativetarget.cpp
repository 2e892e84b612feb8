#include "initiativetarget.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Rules are stored as identifiers, or as objects {identifier, …}.
QString ruleIdentifier(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value("identifier"_L1).toString() : value.toString();
}

bool holdsBack(QChar code)
{
    return code == u'F' || code == u'!'; // passed, not applicable, upcoming and exempt do not
}

} // namespace

InitiativeTarget::InitiativeTarget(const Database &db, const Initiative &initiative)
    : m_db(db)
    , m_scorecard(initiative.scorecard)
    , m_targetRules(initiative.targetRules)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT json FROM scorecards WHERE identifier = ?"_s);
    q.addBindValue(initiative.scorecard);
    QJsonObject scorecard;
    if (q.exec() && q.next())
        scorecard = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    for (const QJsonValue &level : scorecard.value("levels"_L1).toArray())
        m_levels.append(level.toObject().value("title"_L1).toString());
    if (m_levels.isEmpty())
        m_levels = {u"Basic"_s, u"Bronze"_s, u"Silver"_s, u"Gold"_s}; // Scorecard::defaultLevels()
    const QJsonArray rules = scorecard.value("rules"_L1).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString identifier = rule.value("identifier"_L1).toString();
        RuleInfo info;
        info.title = rule.value("title"_L1).toString(identifier);
        info.level = std::max(0, int(m_levels.indexOf(rule.value("level"_L1).toString())));
        info.order = int(i);
        m_rules.insert(identifier, info);
    }
    if (!initiative.targetLevel.isEmpty())
        m_targetLevel = std::max(0, int(m_levels.indexOf(initiative.targetLevel)));
}

QStringList InitiativeTarget::rulesOf(qint64 ruleset) const
{
    const auto cached = m_rulesets.constFind(ruleset);
    if (cached != m_rulesets.cend())
        return cached.value();
    QStringList rules;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT rules FROM scorecard_rulesets WHERE id = ?"_s);
    q.addBindValue(ruleset);
    if (q.exec() && q.next())
        for (const QJsonValue &rule : QJsonDocument::fromJson(q.value(0).toByteArray()).array())
            rules.append(ruleIdentifier(rule));
    m_rulesets.insert(ruleset, rules);
    return rules;
}

QList<QString> InitiativeTarget::holding(const QString &outcomes, const QStringList &rules) const
{
    QList<QString> out;
    for (qsizetype i = 0; i < rules.size() && i < outcomes.size(); ++i) {
        if (!holdsBack(outcomes.at(i)))
            continue;
        const QString &rule = rules.at(i);
        const bool counts = m_targetLevel >= 0 ? m_rules.value(rule).level <= m_targetLevel && m_rules.contains(rule)
                                               : m_targetRules.contains(rule);
        if (counts)
            out.append(rule);
    }
    if (m_targetLevel < 0) {
        // A target rule the ruleset does not know yet has not been passed either.
        for (const QString &rule : m_targetRules)
            if (!rules.contains(rule))
                out.append(rule);
    }
    std::stable_sort(out.begin(), out.end(), [this](const QString &a, const QString &b) {
        const RuleInfo ra = m_rules.value(a), rb = m_rules.value(b);
        return ra.level != rb.level ? ra.level < rb.level : ra.order < rb.order;
    });
    return out;
}

bool InitiativeTarget::meets(int level, const QString &outcomes, const QStringList &rules) const
{
    if (m_targetLevel >= 0)
        return level >= m_targetLevel;
    return holding(outcomes, rules).isEmpty();
}

QStringList InitiativeTarget::failingRules(const QString &outcomes, const QStringList &rules) const
{
    QStringList titles;
    for (const QString &rule : holding(outcomes, rules))
        titles.append(m_rules.contains(rule) ? m_rules.value(rule).title : rule);
    return titles;
}

QString InitiativeTarget::nextStep(const QString &outcomes, const QStringList &rules) const
{
    const QList<QString> held = holding(outcomes, rules);
    if (held.isEmpty())
        return {};
    const QString rule = held.constFirst();
    if (!m_rules.contains(rule))
        return u"Pass “%1”"_s.arg(rule);
    const RuleInfo info = m_rules.value(rule);
    if (info.level <= 0)
        return u"Pass “%1”"_s.arg(info.title);
    return u"Pass “%1” (%2)"_s.arg(info.title, m_levels.value(info.level));
}

} // namespace portolan
