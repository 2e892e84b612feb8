#include "graphlog.h"

namespace portolan {
Q_LOGGING_CATEGORY(lcGraph, "portolan.graph", QtInfoMsg)
} // namespace portolan
