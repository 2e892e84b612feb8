#pragma once

#include <QColor>

namespace portolan {

// Black or white, whichever reads better on a chip of `background` (WCAG relative luminance,
// simplified). Shared by the table's chips and the entity page's.
QColor chipTextColor(const QColor &background);

} // namespace portolan
