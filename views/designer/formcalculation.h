#pragma once

#include "schema/blueprint.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace portolan {

class CatalogStore;

// What the calculation dialog runs on a lane: a jq program tried on one stored entity, with the
// input a calculation property gets (DerivedValues: the entity's Port JSON, mirror values merged
// into its properties), and the entities to choose from.
struct CalculationTrial {
    QJsonObject input;
    QJsonValue value = QJsonValue::Null;
    QString error;
    bool found = true; // the entity exists
};

struct EntityChoice {
    QString identifier;
    QString title;
};

// Mirrors are followed with the draft's `blueprint` (its paths as edited), through the store.
CalculationTrial tryCalculation(const CatalogStore &store, const Blueprint &blueprint, const QString &entity,
                                const QString &program);
// The same on a given input (a blueprint without stored entities gets an example).
CalculationTrial tryCalculation(const QJsonObject &input, const QString &program);
// An empty entity of `blueprint`, for trying programs before there is data.
QJsonObject exampleInput(const Blueprint &blueprint);
// Up to `limit` entities of `blueprint` by title, matching `text` when given (full-text search).
QList<EntityChoice> entityChoices(const CatalogStore &store, const QString &blueprint, const QString &text, int limit = 100);

} // namespace portolan
