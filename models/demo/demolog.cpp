#include "demolog.h"

namespace portolan {

Q_LOGGING_CATEGORY(lcDemo, "portolan.demo")

} // namespace portolan
