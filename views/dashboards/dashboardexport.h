#pragma once

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
// widget continues on further pages.
QString exportPdf(QWidget *widget, const QString &title, const QString &path);

} // namespace dashboardexport
} // namespace portolan
