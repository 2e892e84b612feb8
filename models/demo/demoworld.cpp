#include "demoworld.h"

using namespace Qt::StringLiterals;

namespace portolan::demo {

QString Version::toString() const
{
    return u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch);
}

} // namespace portolan::demo
