#pragma once

#include "scoring/initiative.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace portolan {

// The looks the initiative views share: a colour per status, and a delegate that paints a
// progress bar (InitiativeProgressRole: 0..1) or a status chip (InitiativeChipRole: QColor).
namespace initiativestyle {

QColor statusColor(InitiativeStatus status);
QString statusTitle(InitiativeStatus status); // "On track", "At risk" …

inline constexpr int ProgressRole = Qt::UserRole + 60; // double 0..1: paint a bar with the cell's text
inline constexpr int ChipRole = Qt::UserRole + 61;     // QColor: paint the text as a chip
inline constexpr int SortRole = Qt::UserRole + 62;     // what the column sorts by, when not its text
inline constexpr int BarColorRole = Qt::UserRole + 63; // QColor of the progress bar

} // namespace initiativestyle

class InitiativeCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portolan
