#include "formrows.h"

#include "design/modeldraft.h"
#include "formedits.h"
#include "formfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan::formrows {
namespace {

using formedits::Section;

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan::formrows", text);
}

QString titleOf(const ModelDraft &draft, const QString &blueprint)
{
    return draft.json(blueprint).value("title"_L1).toString(blueprint);
}

QString oneLine(QString text)
{
    text = text.simplified();
    return text.size() > 80 ? text.left(79) + u'…' : text;
}

} // namespace

QStringList propertyColumns()
{
    return {tr("Identifier"), tr("Title"), tr("Type"), tr("Required")};
}

QList<FieldRow> properties(const ModelDraft &draft, const QString &blueprint)
{
    const QJsonObject json = draft.json(blueprint);
    const QJsonArray required = json.value("schema"_L1).toObject().value("required"_L1).toArray();
    const QJsonObject defs = formedits::definitions(json, Section::Properties);
    QList<FieldRow> rows;
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject p = it->toObject();
        rows.append({it.key(),
                     {it.key(), p.value("title"_L1).toString(), formfields::describeType(p),
                      required.contains(QJsonValue(it.key())) ? tr("Required") : QString()},
                     p.value("description"_L1).toString()});
    }
    return rows;
}

QStringList relationColumns()
{
    return {tr("Identifier"), tr("Title"), tr("Target"), tr("Cardinality")};
}

QList<FieldRow> relations(const ModelDraft &draft, const QString &blueprint)
{
    const QJsonObject defs = formedits::definitions(draft.json(blueprint), Section::Relations);
    QList<FieldRow> rows;
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject r = it->toObject();
        QString cardinality = r.value("many"_L1).toBool() ? tr("Many") : tr("One");
        if (r.value("required"_L1).toBool())
            cardinality += u", "_s + tr("required");
        rows.append({it.key(),
                     {it.key(), r.value("title"_L1).toString(), titleOf(draft, r.value("target"_L1).toString()), cardinality},
                     r.value("description"_L1).toString()});
    }
    return rows;
}

QStringList mirrorColumns()
{
    return {tr("Identifier"), tr("Title"), tr("Path")};
}

QList<FieldRow> mirrors(const ModelDraft &draft, const QString &blueprint)
{
    const QJsonObject defs = formedits::definitions(draft.json(blueprint), Section::Mirrors);
    QList<FieldRow> rows;
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject m = it->toObject();
        rows.append({it.key(), {it.key(), m.value("title"_L1).toString(), m.value("path"_L1).toString()}, {}});
    }
    return rows;
}

QStringList calculationColumns()
{
    return {tr("Identifier"), tr("Title"), tr("Type"), tr("Calculation")};
}

QList<FieldRow> calculations(const ModelDraft &draft, const QString &blueprint)
{
    const QJsonObject defs = formedits::definitions(draft.json(blueprint), Section::Calculations);
    QList<FieldRow> rows;
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject c = it->toObject();
        const QString program = c.value("calculation"_L1).toString();
        rows.append({it.key(), {it.key(), c.value("title"_L1).toString(), formfields::describeType(c), oneLine(program)}, program});
    }
    return rows;
}

QStringList aggregationColumns()
{
    return {tr("Identifier"), tr("Title"), tr("Over"), tr("Computes")};
}

QList<FieldRow> aggregations(const ModelDraft &draft, const QString &blueprint)
{
    const QJsonObject defs = formedits::definitions(draft.json(blueprint), Section::Aggregations);
    QList<FieldRow> rows;
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject a = it->toObject();
        const QJsonObject spec = a.value("calculationSpec"_L1).toObject();
        const QString func = spec.value("func"_L1).toString(u"count"_s);
        QString computes;
        if (spec.value("calculationBy"_L1).toString(u"entities"_s) == "property"_L1)
            computes = tr("%1 of %2").arg(func, spec.value("property"_L1).toString());
        else if (func == "average"_L1)
            computes = tr("average per %1").arg(spec.value("averageOf"_L1).toString(u"total"_s));
        else
            computes = tr("count");
        if (!a.value("query"_L1).toObject().isEmpty())
            computes += u", "_s + tr("filtered");
        rows.append({it.key(), {it.key(), a.value("title"_L1).toString(), titleOf(draft, a.value("target"_L1).toString()), computes}, {}});
    }
    return rows;
}

} // namespace portolan::formrows
