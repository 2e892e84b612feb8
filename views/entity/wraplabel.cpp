#include "wraplabel.h"

namespace portolan {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrapLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    const int line = fontMetrics().height() + 2 * (margin() + frameWidth());
    return {std::min(hint.width(), 10 * fontMetrics().averageCharWidth()), line};
}

} // namespace portolan
