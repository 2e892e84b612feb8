#include "markdownview.h"

#include <QScrollBar>

namespace portolan {

MarkdownView::MarkdownView(const QString &markdown, QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(12);
    setMarkdown(markdown);
}

int MarkdownView::contentHeight() const
{
    const int frame = 2 * frameWidth();
    return int(std::ceil(document()->size().height())) + frame;
}

QSize MarkdownView::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), contentHeight()};
}

QSize MarkdownView::minimumSizeHint() const
{
    return {100, contentHeight()};
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // The text re-wraps at the new width; the height follows.
    document()->setTextWidth(viewport()->width());
    if (height() != contentHeight())
        updateGeometry();
}

} // namespace portolan
