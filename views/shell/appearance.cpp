#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x28, 0x2c), base(0x1d, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), dim(0x8a, 0x8f, 0x98);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x26, 0x2a));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Dark, QColor(0x15, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_mode(Mode(QSettings().value(u"appearance/mode"_s, int(Mode::System)).toInt()))
{
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_mode == Mode::System)
            apply();
    });
    apply();
}

void Appearance::setMode(Mode mode, bool remember)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (remember)
        QSettings().setValue(u"appearance/mode"_s, int(mode));
    apply();
    Q_EMIT modeChanged(mode);
}

bool Appearance::isDark() const
{
    if (m_mode == Mode::System)
        return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    return m_mode == Mode::Dark;
}

void Appearance::apply()
{
    // Fusion paints both palettes faithfully on every platform.
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(isDark() ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace portolan
