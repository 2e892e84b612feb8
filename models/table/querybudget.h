#pragma once

#include <QElapsedTimer>

namespace portolan {

class Database;

// Interrupts the connection's statements once they have run for `milliseconds` (SQLite's
// progress handler), while it lives. A table tries the plan that walks the sort index under a
// budget: it is instant unless a filter matches almost nothing, and then the planner's own
// plan (filter first, then sort) takes over.
class QueryBudget final
{
public:
    QueryBudget(const Database &db, int milliseconds);
    ~QueryBudget();
    Q_DISABLE_COPY_MOVE(QueryBudget)

    // The budget ran out (as opposed to an interrupt from elsewhere, or success).
    bool exceeded() const { return m_exceeded; }

private:
    static int check(void *self);

    void *m_handle = nullptr;
    QElapsedTimer m_timer;
    qint64 m_budget = 0;
    bool m_exceeded = false;
};

} // namespace portolan
