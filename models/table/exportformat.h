#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace portolan {

// How exported rows are written: CSV by RFC 4180 and JSON, as text for QSaveFile.
namespace ExportFormat {
// A CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled). With `guard`, a
// text starting with = + - @ (or tab, CR) gets a leading single quote, so that a spreadsheet
// shows it instead of evaluating it as a formula.
QString csvField(const QString &text, bool guard = true);
// One CSV record, CRLF-terminated.
QByteArray csvRecord(const QStringList &fields, const QList<bool> &guards = {});
QByteArray json(const QJsonValue &value); // compact
} // namespace ExportFormat

} // namespace portolan
