#include "sortheader.h"

#include <QMouseEvent>
#include <QStyleOptionHeader>

using namespace Qt::StringLiterals;

namespace portolan {

SortHeader::SortHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setSectionsMovable(true);
    setHighlightSections(false);
    setSortIndicatorShown(false); // drawn per key in initStyleOptionForIndex
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QHeaderView::sectionClicked, this, [this](int logical) {
        Q_EMIT sortRequested(logical, m_pressModifiers.testFlag(Qt::ShiftModifier));
    });
}

void SortHeader::setSortKeys(const QList<std::pair<int, bool>> &keys)
{
    m_keys = keys;
    viewport()->update();
}

void SortHeader::mousePressEvent(QMouseEvent *event)
{
    m_pressModifiers = event->modifiers(); // sectionClicked() does not say how the click was made
    QHeaderView::mousePressEvent(event);
}

void SortHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    for (qsizetype rank = 0; rank < m_keys.size(); ++rank) {
        if (m_keys.at(rank).first != logicalIndex)
            continue;
        // QHeaderView's convention: ascending shows the "down" indicator.
        option->sortIndicator = m_keys.at(rank).second ? QStyleOptionHeader::SortDown : QStyleOptionHeader::SortUp;
        if (m_keys.size() > 1)
            option->text += u"  "_s + QString::number(rank + 1);
    }
}

} // namespace portolan
