#pragma once

#include <QLabel>

class QTimer;

namespace portolan {

// A short message over the bottom of the designer's canvas ("Service already has a field…"):
// says why an edit was refused without a dialog in the way. Hides itself after a few seconds.
class CanvasNotice final : public QLabel
{
    Q_OBJECT
public:
    explicit CanvasNotice(QWidget *parent);

    void showMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QTimer *m_timer;
};

} // namespace portolan
