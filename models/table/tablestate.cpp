#include "tablestate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {

QJsonObject TableState::toJson() const
{
    QJsonArray sortKeys;
    for (const SortKey &key : sort)
        sortKeys.append(QJsonObject{{u"column"_s, key.column}, {u"order"_s, key.ascending ? u"asc"_s : u"desc"_s}});
    return {
        {u"columns"_s, QJsonArray::fromStringList(columns)},
        {u"sort"_s, sortKeys},
        {u"filter"_s, filter},
        {u"groupBy"_s, groupBy},
        {u"text"_s, text},
        {u"myTeams"_s, myTeams},
    };
}

TableState TableState::fromJson(const QJsonObject &json)
{
    TableState state;
    for (const QJsonValue &column : json.value("columns"_L1).toArray())
        state.columns.append(column.toString());
    for (const QJsonValue &key : json.value("sort"_L1).toArray()) {
        const QJsonObject k = key.toObject();
        if (!k.value("column"_L1).toString().isEmpty())
            state.sort.append({k.value("column"_L1).toString(), k.value("order"_L1).toString() != "desc"_L1});
    }
    state.filter = json.value("filter"_L1).toObject();
    state.groupBy = json.value("groupBy"_L1).toString();
    state.text = json.value("text"_L1).toString();
    state.myTeams = json.value("myTeams"_L1).toBool();
    return state;
}

} // namespace portolan
