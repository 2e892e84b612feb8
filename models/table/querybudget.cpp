#include "querybudget.h"

#include "store/database.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace portolan {

namespace {
constexpr int kInstructionsPerCheck = 4000; // about every 0.1 ms
}

QueryBudget::QueryBudget(const Database &db, int milliseconds)
    : m_budget(milliseconds)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<void *const *>(handle.data());
    m_timer.start();
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), kInstructionsPerCheck, &QueryBudget::check, this);
}

QueryBudget::~QueryBudget()
{
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

int QueryBudget::check(void *self)
{
    auto *budget = static_cast<QueryBudget *>(self);
    if (budget->m_timer.elapsed() < budget->m_budget)
        return 0;
    budget->m_exceeded = true;
    return 1;
}

} // namespace portolan
