#include "backstagelog.h"

namespace portolan {

Q_LOGGING_CATEGORY(lcBackstage, "portolan.import.backstage")

} // namespace portolan
