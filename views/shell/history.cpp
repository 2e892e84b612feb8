#include "history.h"

namespace portolan {

void History::visit(const Place &place)
{
    if (m_current >= 0 && m_places.at(m_current) == place)
        return;
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > Limit)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
}

Place History::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

Place History::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

} // namespace portolan
