#include "conversionpreview.h"

#include "jq/jqprogram.h"
#include "schema/blueprint.h"
#include "schema/entityvalidator.h"
#include "store/catalogstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct StoredValue {
    QString identifier;
    QString title;
    QJsonValue value;
};

// Calls `visit` for every stored entity of `blueprint` with a non-null value for `property`, in
// identifier order. SQLite picks the value out of the stored JSON, so entities without it cost little.
// Returns the SQL error, if any.
QString forEachStoredValue(CatalogStore &store, const QString &blueprint, const QString &property,
                           const std::function<void(const StoredValue &)> &visit)
{
    // A quoted key: identifiers may hold characters (`-`, `@`) that JSON paths treat specially.
    const QString path = u"$.\""_s + property + u'"';
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT identifier, title, properties -> ? FROM entities WHERE blueprint = ?"
              " AND json_type(properties, ?) <> 'null' ORDER BY identifier"_s);
    q.addBindValue(path);
    q.addBindValue(blueprint);
    q.addBindValue(path);
    if (!q.exec())
        return q.lastError().text();
    while (q.next()) {
        // Wrapped in an array: QJsonDocument reads only objects and arrays at the top.
        const QByteArray json = "[" + q.value(2).toString().toUtf8() + "]";
        visit({q.value(0).toString(), q.value(1).toString(), QJsonDocument::fromJson(json).array().at(0)});
    }
    return {};
}

} // namespace

ConversionPreview previewConversion(CatalogStore &store, const QString &blueprint, const QString &storedProperty,
                                    const QString &transform, const QJsonObject &newSchema, int sampleLimit)
{
    ConversionPreview preview;
    const JqProgram program(transform.trimmed().isEmpty() ? u"."_s : transform);
    if (!program.isValid()) {
        preview.programError = program.error();
        return preview;
    }
    // The new schema read the way the validator reads a blueprint's, so both judge values alike.
    const Blueprint schemaOnly = Blueprint::fromJson(QJsonObject{
        {u"identifier"_s, blueprint},
        {u"schema"_s, QJsonObject{{u"properties"_s, QJsonObject{{storedProperty, newSchema}}}}}});
    const PropertyDef *property = schemaOnly.property(storedProperty);
    const std::optional<Blueprint> stored = store.blueprint(blueprint);
    const bool required = stored && stored->required.contains(storedProperty);

    QList<ConversionSample> failed;
    QList<ConversionSample> converted;
    const QString readError = forEachStoredValue(store, blueprint, storedProperty, [&](const StoredValue &row) {
        ++preview.total;
        ConversionSample sample{row.identifier, row.title, row.value, QJsonValue::Null, {}};
        sample.after = program.first(row.value, &sample.error);
        if (sample.error.isEmpty()) {
            Problems problems;
            if (property)
                checkPropertyValue(*property, sample.after, {}, problems);
            if (!problems.isEmpty())
                sample.error = problems.first().message;
            else if (sample.after.isNull() && required)
                sample.error = u"gives null, and the property is required"_s;
        }
        if (!sample.error.isEmpty()) {
            ++preview.failures;
            if (failed.size() < sampleLimit)
                failed.append(sample);
        } else if (converted.size() < sampleLimit) {
            converted.append(sample);
        }
    });
    if (!readError.isEmpty()) // not a jq error, but the one place the caller looks for "could not preview"
        preview.programError = u"could not read the stored values: "_s + readError;
    preview.samples = failed;
    for (const ConversionSample &sample : std::as_const(converted)) {
        if (preview.samples.size() >= sampleLimit)
            break;
        preview.samples.append(sample);
    }
    return preview;
}

} // namespace portolan
