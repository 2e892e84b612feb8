#pragma once

#include "tablestate.h"

#include <optional>

namespace portolan {

struct Blueprint;

// A person's saved views of one blueprint's table (columns, sort, filter, grouping, text), kept
// in QSettings under "tableViews/<blueprint>" in the order they were saved.
class SavedViews final
{
public:
    explicit SavedViews(const QString &blueprint);

    QStringList names() const;
    std::optional<TableState> view(const QString &name) const;
    // Replaces a view of the same name; an empty name is refused.
    bool save(const QString &name, const TableState &state);
    // False when `from` does not exist, or `to` is empty or taken.
    bool rename(const QString &from, const QString &to);
    bool remove(const QString &name);

    // What "Reset" returns to: the default columns, no sort, filter, grouping or text.
    static TableState defaultState(const Blueprint &blueprint);

private:
    QList<std::pair<QString, TableState>> read() const;
    void write(const QList<std::pair<QString, TableState>> &views) const;

    QString m_key;
};

} // namespace portolan
