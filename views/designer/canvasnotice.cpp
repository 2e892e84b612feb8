#include "canvasnotice.h"

#include <QEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portolan {

CanvasNotice::CanvasNotice(QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(u"canvasNotice"_s);
    setWordWrap(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::Box);
    setMargin(8);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(6000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    parent->installEventFilter(this);
}

void CanvasNotice::showMessage(const QString &text)
{
    setText(text);
    place();
    QLabel::show();
    raise();
    m_timer->start();
}

bool CanvasNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

void CanvasNotice::place()
{
    const QRect area = parentWidget()->rect();
    const int width = std::min(area.width() - 24, 560);
    setFixedWidth(width);
    adjustSize();
    move(area.center().x() - width / 2, area.bottom() - height() - 16);
}

} // namespace portolan
