#include "displayvaluedelegate.h"

#include "catalog/valuedisplay.h"
#include "table/tablerow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include "chipstyle.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
constexpr int Padding = 6;
constexpr int ChipPadding = 7;


bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor textColor(const QStyleOptionViewItem &option)
{
    return option.palette.color(option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

DisplayValue valueOf(const QModelIndex &index)
{
    return index.data(TableRoles::DisplayValueRole).value<DisplayValue>();
}

QRect textRect(const QRect &cell)
{
    return cell.adjusted(Padding, 0, -Padding, 0);
}
} // namespace

DisplayValueDelegate::DisplayValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void DisplayValueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
    if (index.data(TableRoles::GroupRole).toBool()) {
        paintGroup(painter, option.rect, index, option);
        return;
    }
    const DisplayValue value = valueOf(index);
    const QRect rect = textRect(option.rect);
    painter->save();
    painter->setFont(option.font);
    QColor color = textColor(option);
    QFont font = option.font;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    switch (value.kind) {
    case DisplayValue::Kind::Empty:
        painter->restore();
        return;
    case DisplayValue::Kind::Enum:
        paintChip(painter, rect, value, option);
        painter->restore();
        return;
    case DisplayValue::Kind::Boolean: {
        QStyleOptionButton box;
        box.state = (value.checked ? QStyle::State_On : QStyle::State_Off) | QStyle::State_ReadOnly | (option.state & QStyle::State_Enabled);
        const QSize size = style->subElementRect(QStyle::SE_CheckBoxIndicator, &box, widget).size();
        box.rect = QRect(QPoint(rect.left(), rect.center().y() - size.height() / 2), size);
        box.palette = option.palette;
        style->drawPrimitive(QStyle::PE_IndicatorCheckBox, &box, painter, widget);
        painter->restore();
        return;
    }
    case DisplayValue::Kind::Link:
    case DisplayValue::Kind::Entity:
        if (!(option.state & QStyle::State_Selected))
            color = option.palette.color(QPalette::Link);
        font.setUnderline(true);
        break;
    case DisplayValue::Kind::Timer:
        if (value.expired && !(option.state & QStyle::State_Selected))
            color = isDark(option.palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
        break;
    case DisplayValue::Kind::Number:
        align = Qt::AlignRight | Qt::AlignVCenter;
        break;
    default:
        break;
    }
    painter->setFont(font);
    painter->setPen(color);
    const QString text = QFontMetrics(font).elidedText(value.text, Qt::ElideRight, rect.width());
    painter->drawText(rect, int(align), text);
    painter->restore();
}

void DisplayValueDelegate::paintChip(QPainter *painter, const QRect &cell, const DisplayValue &value, const QStyleOptionViewItem &option) const
{
    const QFontMetrics metrics(option.font);
    const QColor background = value.color.isEmpty() ? option.palette.color(QPalette::Button) : QColor(value.color);
    // A pixel or two of slack: elidedText() and the painter round advances differently.
    const int width = std::min(cell.width(), metrics.horizontalAdvance(value.text) + 2 * ChipPadding + 3);
    const int height = std::min(cell.height() - 4, metrics.height() + 4);
    const QRectF box(cell.left() + 0.5, cell.center().y() - height / 2.0 + 0.5, width - 1, height);
    QPainterPath path;
    path.addRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(path, background);
    if (value.color.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawPath(path);
    }
    painter->setPen(value.color.isEmpty() ? option.palette.color(QPalette::ButtonText) : chipTextColor(background));
    painter->drawText(box, Qt::AlignCenter, metrics.elidedText(value.text, Qt::ElideRight, width - 2 * ChipPadding));
}

void DisplayValueDelegate::paintGroup(QPainter *painter, const QRect &cell, const QModelIndex &index, const QStyleOptionViewItem &option) const
{
    if (index.column() != 0)
        return;
    const DisplayValue label = valueOf(index);
    const QString shown = index.data(Qt::DisplayRole).toString();
    const QString count = shown.mid(shown.lastIndexOf(u'('));
    QRect rect = textRect(cell);
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    int used = 0;
    if (label.kind == DisplayValue::Kind::Enum) {
        paintChip(painter, rect, label, option);
        used = QFontMetrics(option.font).horizontalAdvance(label.text) + 2 * ChipPadding;
    } else {
        painter->setFont(bold);
        painter->setPen(textColor(option));
        const QString text = label.text.isEmpty() ? shown.left(shown.lastIndexOf(u'(')).trimmed() : label.text;
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
        used = QFontMetrics(bold).horizontalAdvance(text);
    }
    painter->setFont(option.font);
    painter->setPen(option.state & QStyle::State_Selected ? textColor(option) : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(rect.adjusted(used + Padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, count);
    painter->restore();
}

QSize DisplayValueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const DisplayValue value = valueOf(index);
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 10;
    const int chip = value.kind == DisplayValue::Kind::Enum ? 2 * ChipPadding : 0;
    return {std::min(320, metrics.horizontalAdvance(value.text) + 2 * Padding + chip), height};
}

std::optional<EntityKey> DisplayValueDelegate::entityAt(const DisplayValue &value, const QFontMetrics &metrics, int x)
{
    // The cell reads "title, title, …" in the order of `entities`.
    const QStringList titles = value.text.split(u", "_s);
    int left = 0;
    for (qsizetype i = 0; i < titles.size() && i < value.entities.size(); ++i) {
        const int right = left + metrics.horizontalAdvance(titles.at(i));
        if (x >= left && x < right) {
            const QString &key = value.entities.at(i);
            const qsizetype slash = key.indexOf(u'/');
            return EntityKey{key.left(slash), key.mid(slash + 1)};
        }
        left = right + metrics.horizontalAdvance(u", "_s);
    }
    return std::nullopt;
}

bool DisplayValueDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool move = event->type() == QEvent::MouseMove;
    if (!move && event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const DisplayValue value = valueOf(index);
    const QRect rect = textRect(option.rect);
    QFont font = option.font;
    font.setUnderline(true);
    const QFontMetrics metrics(font);
    const int x = int(mouse->position().x()) - rect.left();
    const bool overLink = value.kind == DisplayValue::Kind::Link && x >= 0 && x < metrics.horizontalAdvance(value.text);
    const std::optional<EntityKey> entity = value.kind == DisplayValue::Kind::Entity ? entityAt(value, metrics, x) : std::nullopt;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget); view && move)
        view->viewport()->setCursor(overLink || entity ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (move || mouse->button() != Qt::LeftButton || mouse->modifiers() != Qt::NoModifier)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (overLink) {
        Q_EMIT linkActivated(value.link);
        return true;
    }
    if (entity) {
        Q_EMIT entityActivated(*entity);
        return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace portolan
