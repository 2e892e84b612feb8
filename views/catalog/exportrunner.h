#pragma once

#include "table/tablespec.h"
#include "table/viewexport.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace portolan {

// Runs Export ▸ CSV…/JSON… of a table's current view: asks for the file, shows progress with a
// Cancel button, and reports a failure.
class ExportRunner final : public QObject
{
    Q_OBJECT
public:
    ExportRunner(const QString &storePath, QWidget *window);

    void run(const TableSpec &spec, ViewExport::Format format);
    // Without asking for the file (tests, scripted use).
    void runTo(const TableSpec &spec, ViewExport::Format format, const QString &fileName);
    bool isRunning() const { return m_export->isRunning(); }

Q_SIGNALS:
    void finished(bool ok);

private:
    QWidget *m_window;
    ViewExport *m_export;
    QPointer<QProgressDialog> m_progress;
};

} // namespace portolan
