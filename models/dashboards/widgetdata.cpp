#include "widgetdata.h"

#include "dashboards/widgetparts.h"
#include "store/catalogstore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

bool meets(double value, const ColorRule &rule)
{
    if (rule.op == "="_L1) return qFuzzyCompare(value + 1, rule.value + 1);
    if (rule.op == "!="_L1) return !qFuzzyCompare(value + 1, rule.value + 1);
    if (rule.op == ">"_L1) return value > rule.value;
    if (rule.op == "<"_L1) return value < rule.value;
    if (rule.op == ">="_L1) return value >= rule.value;
    if (rule.op == "<="_L1) return value <= rule.value;
    return false;
}

WidgetData failed(const QString &error)
{
    WidgetData data;
    data.error = error;
    return data;
}

} // namespace

namespace WidgetParts {

WidgetData number(CatalogStore &store, const DashboardWidget &widget, const WidgetScope &scope)
{
    WidgetData data;
    const QString calculation = widget.calculation.isEmpty() ? u"count"_s : widget.calculation;
    if (!WidgetFields::isCalculation(calculation))
        return failed(u"$.calculation: unknown calculation \"%1\""_s.arg(calculation));
    QString error;
    if (calculation == "count"_L1) {
        const QList<QVariantList> result = rows(store, u"SELECT COUNT(*) FROM entities WHERE "_s + scope.where, scope.values, &error);
        if (!error.isEmpty())
            return failed(error);
        data.number = result.value(0).value(0).toDouble();
        data.hasNumber = true;
        data.numberDrill = scope.drill({}, {});
        data.footnote = u"count of %1 %2"_s.arg(formatNumber(data.number), scope.title.toLower());
    } else {
        const std::optional<WidgetField> field = WidgetFields::resolve(scope.blueprint, widget.property);
        if (!field || !field->isNumeric() || field->sql.isEmpty())
            return failed(u"$.property: \"%1\" is not a number property of \"%2\""_s.arg(widget.property, scope.blueprint.identifier));
        const QString value = u"CAST(%1 AS REAL)"_s.arg(field->sql);
        const QString where = u" FROM entities WHERE "_s + scope.where + u" AND "_s + field->sql + u" IS NOT NULL"_s;
        QList<QVariantList> result;
        if (calculation == "median"_L1) {
            // The middle one or two values, found by SQLite: never every row in memory.
            const qint64 n = rows(store, u"SELECT COUNT(*)"_s + where, scope.values, &error).value(0).value(0).toLongLong();
            if (n > 0) {
                QVariantList values = scope.values;
                values << (n % 2 ? 1 : 2) << (n - 1) / 2;
                double sum = 0;
                const QList<QVariantList> middle = rows(store, u"SELECT "_s + value + where + u" ORDER BY 1 LIMIT ? OFFSET ?"_s, values, &error);
                for (const QVariantList &row : middle)
                    sum += row.value(0).toDouble();
                result = {{middle.isEmpty() ? QVariant() : QVariant(sum / double(middle.size())), n}};
            } else {
                result = {{QVariant(), 0}};
            }
        } else {
            static const QHash<QString, QString> functions{{u"sum"_s, u"SUM"_s}, {u"average"_s, u"AVG"_s}, {u"min"_s, u"MIN"_s}, {u"max"_s, u"MAX"_s}};
            result = rows(store, u"SELECT %1(%2), COUNT(*)"_s.arg(functions.value(calculation), value) + where, scope.values, &error);
        }
        if (!error.isEmpty())
            return failed(error);
        const QVariant figure = result.value(0).value(0);
        const qint64 counted = result.value(0).value(1).toLongLong();
        data.hasNumber = !figure.isNull() || calculation == "sum"_L1;
        data.number = figure.toDouble();
        data.numberDrill = scope.drill(QJsonObject{{u"property"_s, widget.property}, {u"operator"_s, u"isNotEmpty"_s}}, field->title + u" set"_s);
        data.footnote = u"%1 of %2 over %3 %4 that have it"_s.arg(calculation, field->title).arg(counted).arg(scope.title.toLower());
    }
    if (!data.hasNumber) {
        data.numberText = u"—"_s;
        return data;
    }
    data.numberText = formatNumber(data.number) + (widget.unit.isEmpty() ? QString() : u' ' + widget.unit);
    for (const ColorRule &rule : widget.colors)
        if (meets(data.number, rule)) {
            data.numberColor = rule.color;
            break;
        }
    return data;
}

QString markdown(const QString &text, const WidgetContext &context)
{
    static const QRegularExpression variable(u"\\{\\{\\s*(user|teams|date)\\s*\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == "user"_L1)
            out += context.user;
        else if (name == "teams"_L1)
            out += context.myTeams.join(u", "_s);
        else
            out += (context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc()).date().toString(Qt::ISODate);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

} // namespace WidgetParts

WidgetData computeWidget(CatalogStore &store, const DashboardWidget &widget, const WidgetContext &context)
{
    switch (widget.type) {
    case WidgetType::Markdown: {
        WidgetData data;
        data.markdown = WidgetParts::markdown(widget.markdown, context);
        return data;
    }
    case WidgetType::Scorecard:
        return WidgetParts::scorecard(store, widget, context);
    case WidgetType::Dora:
        return WidgetParts::dora(store, widget, context);
    case WidgetType::Line:
        return WidgetParts::line(store, widget, context);
    case WidgetType::Number:
    case WidgetType::Pie:
    case WidgetType::Bar:
    case WidgetType::Table:
        break;
    }
    const WidgetScope scope = widgetScope(store, widget, context);
    if (!scope.error.isEmpty())
        return failed(scope.error);
    if (widget.type == WidgetType::Number)
        return WidgetParts::number(store, widget, scope);
    if (widget.type == WidgetType::Table)
        return WidgetParts::table(store, widget, scope);
    return WidgetParts::groups(store, widget, scope);
}

} // namespace portolan
