#include "initiativestyle.h"

#include "catalog/chipstyle.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace portolan {

namespace initiativestyle {

QColor statusColor(InitiativeStatus status)
{
    switch (status) {
    case InitiativeStatus::NotStarted: return QColor(u"#9ca3af"_s);
    case InitiativeStatus::OnTrack: return QColor(u"#16a34a"_s);
    case InitiativeStatus::AtRisk: return QColor(u"#d97706"_s);
    case InitiativeStatus::Behind: return QColor(u"#dc2626"_s);
    case InitiativeStatus::Done: return QColor(u"#2563eb"_s);
    case InitiativeStatus::Missed: return QColor(u"#7f1d1d"_s);
    }
    return QColor(Qt::gray);
}

QString statusTitle(InitiativeStatus status)
{
    QString name = initiativeStatusName(status);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace initiativestyle

void InitiativeCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant progress = index.data(initiativestyle::ProgressRole);
    const QVariant chip = index.data(initiativestyle::ChipRole);
    if (!progress.isValid() && !chip.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QWidget *widget = const_cast<QWidget *>(option.widget);
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const QFontMetrics fm(option.font);
    if (chip.isValid()) {
        const QColor color = chip.value<QColor>();
        QRect pill(cell.left(), cell.center().y() - fm.height() / 2 - 2, fm.horizontalAdvance(text) + 14, fm.height() + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(chipTextColor(color));
        painter->drawText(pill, Qt::AlignCenter, text);
    } else {
        const double share = std::clamp(progress.toDouble(), 0.0, 1.0);
        // Room for the figure as written ("2 of 4", longer in translation), at least for "100%".
        const int textWidth = std::max(fm.horizontalAdvance(u"100%"_s), fm.horizontalAdvance(text)) + 6;
        QRect bar(cell.left(), cell.center().y() - 4, std::max(20, cell.width() - textWidth), 8);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Mid).lighter(130));
        painter->drawRoundedRect(bar, 4, 4);
        QRect filled = bar;
        filled.setWidth(int(bar.width() * share));
        const QVariant color = index.data(initiativestyle::BarColorRole);
        painter->setBrush(color.canConvert<QColor>() ? color.value<QColor>() : option.palette.color(QPalette::Highlight));
        if (filled.width() > 0)
            painter->drawRoundedRect(filled, 4, 4);
        painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(bar.right() + 6, cell.top(), textWidth, cell.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter->restore();
}

QSize InitiativeCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(initiativestyle::ProgressRole).isValid())
        size.setWidth(std::max(size.width(), 140));
    if (index.data(initiativestyle::ChipRole).isValid())
        size.setWidth(size.width() + 24);
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 10));
    return size;
}

} // namespace portolan
