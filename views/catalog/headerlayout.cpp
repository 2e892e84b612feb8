#include "headerlayout.h"

#include "sortheader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan::HeaderLayout {

namespace {

// Wide enough for the header and, for enums, the widest chip; the rest by type.
int defaultWidth(const TableColumn &c, const QFontMetrics &metrics)
{
    int width = 170;
    if (c.key == "$identifier"_L1 || c.key == "$title"_L1)
        width = 200;
    else if (c.property.type == "boolean"_L1)
        width = 70;
    else if (c.property.type == "number"_L1)
        width = 100;
    else if (c.property.format == "date-time"_L1)
        width = 140;
    else if (c.isEnum()) {
        width = 0;
        for (const QJsonValue &v : c.property.enumValues)
            width = std::max(width, metrics.horizontalAdvance(v.toVariant().toString()) + 32);
    }
    return std::clamp(std::max(width, metrics.horizontalAdvance(c.title) + 36), 60, 260);
}

} // namespace

void apply(SortHeader *header, const QList<TableColumn> &columns, const TableState &state, const QString &blueprint)
{
    if (header->count() != columns.size())
        return; // the model has not shown this blueprint's columns yet
    const QSignalBlocker block(header); // sectionMoved is the user's, not ours
    if (header->property("widthsFor").toString() != blueprint) {
        for (int i = 0; i < columns.size(); ++i)
            header->resizeSection(i, defaultWidth(columns.at(i), header->fontMetrics()));
        header->setProperty("widthsFor", blueprint);
    }
    int position = 0;
    for (const QString &key : state.columns) {
        const int logical = TableColumns::indexOf(columns, key);
        if (logical < 0)
            continue;
        header->setSectionHidden(logical, false);
        if (header->visualIndex(logical) != position)
            header->moveSection(header->visualIndex(logical), position);
        ++position;
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (!state.columns.contains(columns.at(i).key))
            header->setSectionHidden(i, true);
    }
    QList<std::pair<int, bool>> keys;
    for (const SortKey &key : state.sort) {
        const int logical = TableColumns::indexOf(columns, key.column);
        if (logical >= 0)
            keys.append({logical, key.ascending});
    }
    header->setSortKeys(keys);
}

QStringList visibleColumns(const SortHeader *header, const QList<TableColumn> &columns)
{
    QStringList visible;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical) && logical < columns.size())
            visible.append(columns.at(logical).key);
    }
    return visible;
}

} // namespace portolan::HeaderLayout
