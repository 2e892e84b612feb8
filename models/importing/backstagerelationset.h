#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace portolan {

// The relations of the entities being imported, gathered the way Port stores them: per entity,
// relation id → targets; per blueprint, relation id → target blueprint. The same relation said
// twice (in spec and again in a `relations` array) is kept once.
class BackstageRelationSet final
{
public:
    struct Target
    {
        QString kind; // blueprint identifier
        QString identifier;
        qsizetype index = -1; // in the catalog being read; -1 for a missing entity
    };
    enum class Outcome { Added, AlreadyThere, SecondOwner };

    explicit BackstageRelationSet(qsizetype entityCount);

    // `kept` receives the target already held when a single-target relation is offered another.
    Outcome add(qsizetype holder, const QString &holderKind, const QString &type, const Target &target,
        QString *kept = nullptr);

    QJsonObject relationsOf(qsizetype holder) const;
    // Port `relations` definitions for a blueprint; `kindTitle` names target blueprints in titles.
    QJsonObject definitionsOf(const QString &kind, const QMap<QString, QString> &kindTitles) const;
    // Target blueprints used by any relation, in the order first used.
    const QStringList &targetKinds() const { return m_targetKinds; }
    // The entities of the catalog that `holder` points at.
    const QList<qsizetype> &dependenciesOf(qsizetype holder) const { return m_dependencies.at(holder); }

private:
    struct Entry
    {
        QString id;
        QString type;
        QStringList targets;
    };
    struct Definition
    {
        QString type;
        QString target;
    };

    QList<QList<Entry>> m_entries;
    QList<QList<qsizetype>> m_dependencies;
    QMap<QString, QMap<QString, Definition>> m_definitions; // holder kind → relation id → definition
    QStringList m_targetKinds;
};

} // namespace portolan
