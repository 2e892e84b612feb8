#include "entitylog.h"

namespace portolan {
Q_LOGGING_CATEGORY(lcEntity, "portolan.entity")
}
