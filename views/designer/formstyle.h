#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

namespace portolan::formstyle {

// The designer's forms share these looks, so they read alike in light and dark palettes.

// Red that reads on the palette's window colour (problems next to fields).
QColor problemColor(const QPalette &palette);
// Amber for warnings that do not block (values that will fail to convert).
QColor warningColor(const QPalette &palette);
// Window text, faded: hints under fields, empty states.
QColor dimColor(const QPalette &palette);

// A label whose text colour follows `role` ("problem", "warning", "dim") through palette changes.
QLabel *messageLabel(const QString &role, QWidget *parent = nullptr);
// A section title: bold, slightly larger than the body text.
QLabel *sectionHeader(const QString &text, QWidget *parent = nullptr);
// Code (jq, JSON): the system's fixed-width font.
QFont monospace();
// A round swatch of a Port palette colour (enum colours); a null icon for an unknown name.
QIcon swatch(const QString &paletteName);

} // namespace portolan::formstyle
