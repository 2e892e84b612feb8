#pragma once

#include "place.h"

#include <QList>

namespace portolan {

// Back and forward through the places the window showed, like a browser.
class History final
{
public:
    // Records `place` as the current one; drops the forward part. Repeats are not recorded twice.
    void visit(const Place &place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    Place back();
    Place forward();
    Place current() const { return m_places.value(m_current); }

private:
    static constexpr qsizetype Limit = 200;
    QList<Place> m_places;
    qsizetype m_current = -1;
};

} // namespace portolan
