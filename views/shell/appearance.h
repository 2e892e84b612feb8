#pragma once

#include <QObject>

namespace portolan {

// Light, dark, or whatever the system says: applies a matching palette to the application and
// follows the system when it switches. The choice is a preference (QSettings "appearance/mode").
class Appearance final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit Appearance(QObject *parent = nullptr);
    Mode mode() const { return m_mode; }
    // `remember`: keep it as the preference (screenshots switch without touching it).
    void setMode(Mode mode, bool remember = true);
    bool isDark() const;

Q_SIGNALS:
    void modeChanged(portolan::Appearance::Mode mode);

private:
    void apply();
    Mode m_mode = Mode::System;
};

} // namespace portolan
