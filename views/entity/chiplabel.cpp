#include "chiplabel.h"

#include <QPainter>
#include <QPainterPath>
#include "catalog/chipstyle.h"

namespace portolan {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;

} // namespace

ChipLabel::ChipLabel(const QString &text, const QColor &color, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_color(color)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(text);
}

QSize ChipLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_text) + 2 * HorizontalPadding, metrics.height() + 2 * VerticalPadding};
}

void ChipLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor background = m_color.isValid() ? m_color : palette().color(QPalette::Button);
    const QColor foreground = m_color.isValid() ? chipTextColor(m_color) : palette().color(QPalette::ButtonText);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.fillPath(path, background);
    if (!m_color.isValid()) {
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawPath(path);
    }
    painter.setPen(foreground);
    painter.drawText(rect(), Qt::AlignCenter, m_text);
}

} // namespace portolan
