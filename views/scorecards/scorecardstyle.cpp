#include "scorecardstyle.h"

#include "catalog/chipstyle.h"
#include "catalog/valuedisplay.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace portolan {

QColor scorecardstyle::levelColor(const Scorecard &scorecard, int index)
{
    const QString name = index >= 0 && index < scorecard.levels.size() ? scorecard.levels.at(index).color : QString();
    const QString hex = ValueDisplay::paletteColor(name);
    if (!hex.isEmpty())
        return QColor(hex);
    // Unnamed levels: light to dark grey, so higher still reads as "more".
    const int count = std::max<qsizetype>(scorecard.levels.size(), 1);
    return QColor::fromHsv(210, 40, 230 - 120 * std::clamp(index, 0, count) / count);
}

QString scorecardstyle::levelTitle(const Scorecard &scorecard, int index)
{
    return index >= 0 && index < scorecard.levels.size() ? scorecard.levels.at(index).title : QString::number(index);
}

QColor scorecardstyle::outcomeColor(RuleOutcome outcome, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (outcome) {
    case RuleOutcome::Pass: return dark ? QColor(u"#4ade80"_s) : QColor(u"#15803d"_s);
    case RuleOutcome::Fail: return dark ? QColor(u"#f87171"_s) : QColor(u"#dc2626"_s);
    case RuleOutcome::NotApplicable: return dark ? QColor(u"#9ca3af"_s) : QColor(u"#6b7280"_s);
    case RuleOutcome::Upcoming: return dark ? QColor(u"#60a5fa"_s) : QColor(u"#2563eb"_s);
    case RuleOutcome::Exempt: return dark ? QColor(u"#fbbf24"_s) : QColor(u"#b45309"_s);
    case RuleOutcome::Error: return dark ? QColor(u"#c084fc"_s) : QColor(u"#7e22ce"_s);
    }
    return palette.color(QPalette::Text);
}

QString scorecardstyle::outcomeMark(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Pass: return u"✓"_s;
    case RuleOutcome::Fail: return u"✗"_s;
    case RuleOutcome::NotApplicable: return u"–"_s;
    case RuleOutcome::Upcoming: return u"◷"_s;
    case RuleOutcome::Exempt: return u"⊘"_s;
    case RuleOutcome::Error: return u"!"_s;
    }
    return {};
}

QIcon scorecardstyle::outcomeIcon(RuleOutcome outcome, const QPalette &palette)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = outcomeColor(outcome, palette);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    QFont font;
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(chipTextColor(colour));
    painter.drawText(QRectF(0, 0, 16, 16), Qt::AlignCenter, outcomeMark(outcome));
    return QIcon(pixmap);
}

void ScorecardCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant chip = index.data(scorecardstyle::ChipColorRole);
    const QVariant bar = index.data(scorecardstyle::BarRole);
    if (!chip.isValid() && !bar.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, so chips and bars sit on it like plain text does.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(6, 0, -6, 0);
    if (chip.isValid()) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QColor colour = chip.value<QColor>();
        const QFontMetrics metrics(option.font);
        const int height = std::min(cell.height() - 4, metrics.height() + 4);
        const int width = std::min(cell.width(), metrics.horizontalAdvance(text) + 16);
        const QRectF pill(cell.left(), cell.center().y() - height / 2.0, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(chipTextColor(colour));
        painter->setFont(option.font);
        painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, width - 8));
    } else {
        const QVariantList parts = bar.toList();
        qint64 total = 0;
        for (const QVariant &part : parts)
            total += part.toList().value(1).toLongLong();
        const QRectF track(cell.left(), cell.center().y() - 4, cell.width(), 8);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Mid).lighter(130));
        painter->drawRoundedRect(track, 4, 4);
        if (total > 0) {
            painter->setClipPath([&track] {
                QPainterPath path;
                path.addRoundedRect(track, 4, 4);
                return path;
            }());
            double x = track.left();
            for (const QVariant &part : parts) {
                const QVariantList pair = part.toList();
                const double w = track.width() * double(pair.value(1).toLongLong()) / double(total);
                painter->setBrush(pair.value(0).value<QColor>());
                painter->drawRect(QRectF(x, track.top(), w, track.height()));
                x += w;
            }
        }
    }
    painter->restore();
}

QSize ScorecardCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(scorecardstyle::ChipColorRole).isValid())
        size.rwidth() += 20;
    if (index.data(scorecardstyle::BarRole).isValid())
        size.setWidth(std::max(size.width(), 120));
    return size.expandedTo(QSize(0, 24));
}

} // namespace portolan
