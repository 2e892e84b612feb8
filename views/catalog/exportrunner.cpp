#include "exportrunner.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace portolan {

ExportRunner::ExportRunner(const QString &storePath, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_export(new ViewExport(storePath, this))
{
    connect(m_export, &ViewExport::progress, this, [this](qint64 written, qint64 total) {
        if (!m_progress)
            return;
        // Progress bars count in int: scale to thousandths.
        m_progress->setValue(total > 0 ? int(written * 1000 / total) : 0);
        m_progress->setLabelText(tr("Exported %L1 of %L2 rows…").arg(written).arg(total));
    });
    connect(m_export, &ViewExport::finished, this, [this](bool ok, const QString &error) {
        if (m_progress)
            m_progress->deleteLater();
        if (!ok && !error.isEmpty())
            QMessageBox::warning(m_window, tr("Export"), tr("The export failed and wrote nothing: %1").arg(error));
        Q_EMIT finished(ok);
    });
}

void ExportRunner::run(const TableSpec &spec, ViewExport::Format format)
{
    const bool csv = format == ViewExport::Format::Csv;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(spec.blueprint.identifier + (csv ? u".csv"_s : u".json"_s));
    const QString fileName = QFileDialog::getSaveFileName(m_window, csv ? tr("Export as CSV") : tr("Export as JSON"), suggested,
                                                          csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!fileName.isEmpty())
        runTo(spec, format, fileName);
}

void ExportRunner::runTo(const TableSpec &spec, ViewExport::Format format, const QString &fileName)
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &ViewExport::cancel);
    m_export->start(spec, format, fileName);
}

} // namespace portolan
