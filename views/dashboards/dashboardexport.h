#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QWidget;

namespace portolan {

// A dashboard's grid as a picture or a document, without dialogs (tests and the page's
// "Export ▾" menu share these). Both render the widget at its full size — not just the part a
// scroll area shows — and return "" on success or why it failed.
namespace dashboardexport {

// The widget at its full size hint (or its size, whichever is larger) as a PNG.
QString exportPng(QWidget *widget, const QString &path);
// A4 landscape: the title and today's date on top, the widget scaled to the page width; a tall
// grid continues on further pages, which break between its widgets.
QString exportPdf(QWidget *widget, const QString &title, const QString &path);
// The pages' [start, end) lines of a picture whose widgets take the lines `widgets` ([top,
// bottom)): a page ends at the lowest widget end that fits without cutting another widget (or is
// full when none does: a widget taller than a page), the next starts at the next widget; the
// margin after the last widget gets no page.
QList<QPair<int, int>> pageSlices(const QList<QPair<int, int>> &widgets, int contentHeight, int firstPageHeight,
                                  int pageHeight);

} // namespace dashboardexport
} // namespace portolan
