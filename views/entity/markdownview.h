#pragma once

#include <QTextBrowser>

namespace portolan {

// Markdown rendered as rich text, as tall as its content: it lives inside the overview's scroll
// area, so it never scrolls on its own. Links open in the system browser.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(const QString &markdown, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int contentHeight() const;
};

} // namespace portolan
