#include "runstatusdelegate.h"

#include "actions/runlistmodel.h"
#include "catalog/chipstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace portolan {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
constexpr int Margin = 4;
} // namespace

void RunStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The row's selection and focus background first, then the chip on top.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color(index.data(RunListModel::StatusColorRole).toString());
    const QFontMetrics metrics(opt.font);
    // +2: elidedText measures a little wider than horizontalAdvance; without slack it elides text that fits.
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * HorizontalPadding + 2, opt.rect.width() - 2 * Margin);
    const int height = metrics.height() + 2 * VerticalPadding;
    const QRectF chip(opt.rect.left() + Margin + 0.5, opt.rect.center().y() - height / 2.0 + 0.5, width - 1, height - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
    painter->fillPath(path, color.isValid() ? color : opt.palette.color(QPalette::Button));
    painter->setPen(color.isValid() ? chipTextColor(color) : opt.palette.color(QPalette::ButtonText));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, width - 2 * HorizontalPadding + 1));
    painter->restore();
}

QSize RunStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    return {metrics.horizontalAdvance(text) + 2 * (HorizontalPadding + Margin) + 2, metrics.height() + 2 * (VerticalPadding + Margin)};
}

} // namespace portolan
