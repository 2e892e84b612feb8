#pragma once

#include <QColor>
#include <QWidget>

namespace portolan {

// A rounded label: an enum value in its colour, a team, a blueprint. Without a colour it takes the
// palette's (Button behind ButtonText), so it follows light and dark themes.
class ChipLabel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChipLabel(const QString &text, const QColor &color = {}, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    QColor color() const { return m_color; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QColor m_color;
};

} // namespace portolan
