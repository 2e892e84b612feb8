#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace portolan {

class CatalogStore;

// One stored entity's value before and after a type conversion.
struct ConversionSample {
    QString entity;
    QString title;
    QJsonValue before;
    QJsonValue after;
    QString error;
};

struct ConversionPreview {
    QList<ConversionSample> samples; // up to sampleLimit entities that have a value, failures first
    qint64 total = 0;                // stored entities with a value for the property
    qint64 failures = 0;             // of those, how many the transform fails on or gives an invalid value for (all of them counted)
    QString programError;            // jq compile error, when the transform does not compile
};

// Runs `transform` (jq; input = the stored value of `storedProperty`, output = the new value) over the stored entities
// of `blueprint`, and checks each result against `newSchema` (a Port property schema: type, format, enum, items).
// A null result clears the value: a failure only when the stored blueprint requires the property.
// Reads the store: call it on the store's thread (a StoreLane worker in the designer).
ConversionPreview previewConversion(CatalogStore &store, const QString &blueprint, const QString &storedProperty,
                                    const QString &transform, const QJsonObject &newSchema, int sampleLimit = 20);

} // namespace portolan
