#include "formstyle.h"

#include "catalog/valuedisplay.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace portolan::formstyle {
namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor roleColor(const QString &role, const QPalette &palette)
{
    if (role == "problem"_L1)
        return problemColor(palette);
    if (role == "warning"_L1)
        return warningColor(palette);
    return dimColor(palette);
}

// Re-colours a message label when the application switches between light and dark.
class MessageLabel final : public QLabel
{
public:
    MessageLabel(const QString &role, QWidget *parent)
        : QLabel(parent)
        , m_role(role)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        recolour();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange && !m_recolouring)
            recolour();
    }

private:
    void recolour()
    {
        m_recolouring = true;
        QPalette p = palette();
        p.setColor(QPalette::WindowText, roleColor(m_role, p));
        setPalette(p);
        m_recolouring = false;
    }

    QString m_role;
    bool m_recolouring = false;
};

} // namespace

QColor problemColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor dimColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::WindowText);
    c.setAlphaF(0.65f);
    return c;
}

QLabel *messageLabel(const QString &role, QWidget *parent)
{
    return new MessageLabel(role, parent);
}

QLabel *sectionHeader(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QFont monospace()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QIcon swatch(const QString &paletteName)
{
    const QString hex = ValueDisplay::paletteColor(paletteName);
    if (hex.isEmpty())
        return {};
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour(hex);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}

} // namespace portolan::formstyle
