#include "actionspagebadge.h"

#include "catalog/chipstyle.h"
#include "catalog/valuedisplay.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace portolan {

QColor ActionsPageBadge::colorOf(const QString &operation)
{
    if (operation == "CREATE"_L1)
        return QColor(ValueDisplay::paletteColor(u"green"_s));
    if (operation == "DELETE"_L1)
        return QColor(ValueDisplay::paletteColor(u"red"_s));
    if (operation == "DAY-2"_L1)
        return QColor(ValueDisplay::paletteColor(u"blue"_s));
    return {};
}

void ActionsPageBadge::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QColor colour = colorOf(text);
    if (!colour.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as usual, then the chip instead of the text.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = metrics.height() + 4;
    const QRect chip(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(chipTextColor(colour));
    painter->drawText(chip, Qt::AlignCenter, text);
    painter->restore();
}

QSize ActionsPageBadge::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width() + 16, std::max(size.height(), option.fontMetrics.height() + 10)};
}

} // namespace portolan
