#include "dashboardexport.h"

#include <QDate>
#include <QLayout>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan::dashboardexport {

namespace {
// A scroll area sizes its widget to the viewport; the picture wants the whole grid, so the
// widget is resized to what it asks for, rendered, and put back. `spans`: the lines its direct
// children (the widgets' frames) take in the picture, [top, bottom) — where pages may break.
QPixmap renderFull(QWidget *widget, QList<QPair<int, int>> *spans = nullptr)
{
    const QSize before = widget->size();
    QSize full = widget->sizeHint().expandedTo(widget->minimumSizeHint());
    full = full.expandedTo(QSize(before.width(), 0));
    full.setHeight(std::max(full.height(), widget->heightForWidth(full.width())));
    widget->resize(full);
    if (widget->layout())
        widget->layout()->activate();
    if (spans)
        for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (child->isVisibleTo(widget))
                spans->append({child->geometry().top(), child->geometry().bottom() + 1});
    QPixmap pixmap(full);
    pixmap.fill(widget->palette().color(QPalette::Window));
    widget->render(&pixmap, QPoint(), QRegion(), QWidget::DrawChildren);
    widget->resize(before);
    return pixmap;
}

} // namespace

QList<QPair<int, int>> pageSlices(const QList<QPair<int, int>> &widgets, int contentHeight, int firstPageHeight,
                                  int pageHeight)
{
    const auto cuts = [&widgets](int line) {
        return std::any_of(widgets.cbegin(), widgets.cend(), [line](const QPair<int, int> &w) { return w.first < line && line < w.second; });
    };
    QList<QPair<int, int>> slices;
    int y = 0;
    for (const QPair<int, int> &w : widgets)
        y = std::min(w.first, y);
    while (y < contentHeight) {
        const int limit = std::min(contentHeight, y + std::max(1, slices.isEmpty() ? firstPageHeight : pageHeight));
        // The lowest widget end that fits and cuts no other widget in two.
        int end = -1;
        for (const QPair<int, int> &w : widgets)
            if (w.second > y && w.second <= limit && w.second > end && !cuts(w.second))
                end = w.second;
        const bool clean = end > y;
        if (!clean)
            end = limit; // a widget taller than a page: the page is full, the widget goes on
        slices.append({y, end});
        y = end;
        if (!clean)
            continue;
        // The next page starts with the next widget, not with the spacing above it; after the
        // last widget only its margin is left.
        int next = contentHeight;
        for (const QPair<int, int> &w : widgets)
            if (w.first >= y)
                next = std::min(next, w.first);
        y = next;
    }
    return slices;
}

QString exportPng(QWidget *widget, const QString &path)
{
    if (!widget)
        return u"Nothing to export."_s;
    const QPixmap pixmap = renderFull(widget);
    if (pixmap.isNull())
        return u"The dashboard has no size to draw."_s;
    if (!pixmap.save(path, "PNG"))
        return u"Could not write %1."_s.arg(path);
    return {};
}

QString exportPdf(QWidget *widget, const QString &title, const QString &path)
{
    if (!widget)
        return u"Nothing to export."_s;
    QList<QPair<int, int>> spans;
    const QPixmap pixmap = renderFull(widget, &spans);
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(u"Portolan"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return u"Could not write %1."_s.arg(path);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution()).translated(
        -writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
    QFont heading = painter.font();
    heading.setPointSizeF(16);
    heading.setBold(true);
    QFont small = painter.font();
    small.setPointSizeF(9);
    painter.setFont(heading);
    const int headingHeight = painter.fontMetrics().height();
    painter.drawText(QRect(0, 0, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(small);
    painter.drawText(QRect(0, 0, page.width(), headingHeight), Qt::AlignRight | Qt::AlignVCenter,
                     QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    const int top = headingHeight + headingHeight / 2;

    // Scale to the page width (never up beyond 2×), then slice into pages between widgets.
    const double scale = std::min(2.0, double(page.width()) / std::max(1, pixmap.width()));
    const int firstStrip = int((page.height() - top) / scale);
    const int strip = int(page.height() / scale);
    const QList<QPair<int, int>> slices = pageSlices(spans, pixmap.height(), firstStrip, strip);
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const auto [start, end] = slices.at(i);
        if (i)
            writer.newPage();
        const QRect source(0, start, pixmap.width(), end - start);
        const QRectF target(0, i ? 0 : top, pixmap.width() * scale, (end - start) * scale);
        painter.drawPixmap(target, pixmap, source);
    }
    painter.end();
    return {};
}

} // namespace portolan::dashboardexport
