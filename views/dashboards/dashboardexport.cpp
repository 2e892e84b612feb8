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
// widget is resized to what it asks for, rendered, and put back.
QPixmap renderFull(QWidget *widget)
{
    const QSize before = widget->size();
    QSize full = widget->sizeHint().expandedTo(widget->minimumSizeHint());
    full = full.expandedTo(QSize(before.width(), 0));
    full.setHeight(std::max(full.height(), widget->heightForWidth(full.width())));
    widget->resize(full);
    if (widget->layout())
        widget->layout()->activate();
    QPixmap pixmap(full);
    pixmap.fill(widget->palette().color(QPalette::Window));
    widget->render(&pixmap, QPoint(), QRegion(), QWidget::DrawChildren);
    widget->resize(before);
    return pixmap;
}
} // namespace

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
    const QPixmap pixmap = renderFull(widget);
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

    // Scale to the page width (never up beyond 2×), then slice into page-high strips.
    const double scale = std::min(2.0, double(page.width()) / std::max(1, pixmap.width()));
    const int firstStrip = int((page.height() - top) / scale);
    const int strip = int(page.height() / scale);
    int y = 0;
    bool first = true;
    while (y < pixmap.height()) {
        const int available = first ? firstStrip : strip;
        const int height = std::min(available, pixmap.height() - y);
        const QRect source(0, y, pixmap.width(), height);
        const QRectF target(0, first ? top : 0, pixmap.width() * scale, height * scale);
        painter.drawPixmap(target, pixmap, source);
        y += height;
        first = false;
        if (y < pixmap.height())
            writer.newPage();
    }
    painter.end();
    return {};
}

} // namespace portolan::dashboardexport
