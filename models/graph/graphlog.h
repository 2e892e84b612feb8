#pragma once

#include <QLoggingCategory>

namespace portolan {
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
} // namespace portolan
