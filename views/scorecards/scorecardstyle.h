#pragma once

#include "scoring/scorecard.h"
#include "scoring/scorecardevaluator.h"

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

namespace portolan {

// The looks the scorecard views share: level colours from Port's palette, outcome colours and
// marks, a level chip and a thin level-distribution bar painted in table cells.
namespace scorecardstyle {

// The colour of level `index` of `scorecard` (its palette name or #rrggbb); a grey ramp when unset.
QColor levelColor(const Scorecard &scorecard, int index);
QString levelTitle(const Scorecard &scorecard, int index);
// Green, red, grey, blue, amber, purple: readable on the palette's base colour.
QColor outcomeColor(RuleOutcome outcome, const QPalette &palette);
QString outcomeMark(RuleOutcome outcome); // ✓ ✗ – ◷ ⊘ !
// A round icon of the outcome's colour with its mark.
QIcon outcomeIcon(RuleOutcome outcome, const QPalette &palette);

// Roles read by the delegates below.
inline constexpr int ChipColorRole = Qt::UserRole + 40;   // QColor: paint the cell's text as a chip
inline constexpr int BarRole = Qt::UserRole + 41;         // QVariantList of {QColor, count} pairs (QVariantList)

} // namespace scorecardstyle

// Paints cells that carry ChipColorRole as a rounded chip, and cells that carry BarRole as a thin
// stacked bar (a scorecard's entities per level); other cells as usual.
class ScorecardCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portolan
