#pragma once

#include "tablespec.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace portolan {

class StoreLane;

// Writes the current view of a table (its filter, text, "my teams", sort, and visible columns in
// order) to a CSV or JSON file, streamed from SQL in batches on a StoreLane of its own (its own
// thread and connection, so that the table stays responsive). Progress is reported as rows go;
// cancel() stops it and leaves no file (QSaveFile), as does any failure.
//
// CSV has what the table shows (one line per cell, a header of column titles); JSON has the
// values: {"blueprint", "view", "columns": [{key, title}], "entities": [{key: value}], "count"}.
class ViewExport final : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit ViewExport(const QString &storePath, QObject *parent = nullptr);
    ~ViewExport() override;

    void start(const TableSpec &spec, Format format, const QString &fileName);
    void cancel();
    bool isRunning() const { return m_running; }

    static constexpr int BatchSize = 500;

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    // `ok` false: cancelled (empty error) or failed (the error says why); no file was written.
    void finished(bool ok, const QString &error);

private:
    QString m_path;
    std::unique_ptr<StoreLane> m_lane;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace portolan
