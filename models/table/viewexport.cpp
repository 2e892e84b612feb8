#include "viewexport.h"

#include "catalog/namedirectory.h"
#include "exportformat.h"
#include "sortindexes.h"
#include "store/catalogstore.h"
#include "store/storelane.h"
#include "tablequery.h"
#include "tablerowbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

struct Outcome {
    bool ok = false;
    QString error; // empty when cancelled
};

using Progress = std::function<void(qint64 written, qint64 total)>;

QString tr(const char *text)
{
    return QCoreApplication::translate("portolan", text);
}

// The rows of one export, written as they are read.
class Writer
{
public:
    Writer(QSaveFile &file, const TableSpec &spec, ViewExport::Format format)
        : m_file(file)
        , m_spec(spec)
        , m_format(format)
    {
        const QStringList keys = spec.state.columns.isEmpty() ? TableColumns::defaultKeys(spec.blueprint, spec.columns) : spec.state.columns;
        for (const QString &key : keys) {
            const int i = TableColumns::indexOf(spec.columns, key);
            if (i >= 0)
                m_visible.append(i);
        }
    }

    void begin()
    {
        QStringList titles;
        QJsonArray columns;
        for (const int i : std::as_const(m_visible)) {
            titles.append(m_spec.columns.at(i).title);
            columns.append(QJsonObject{{u"key"_s, m_spec.columns.at(i).key}, {u"title"_s, m_spec.columns.at(i).title}});
        }
        if (m_format == ViewExport::Format::Csv) {
            m_file.write(ExportFormat::csvRecord(titles));
            return;
        }
        m_file.write("{\"blueprint\":" + ExportFormat::json(m_spec.blueprint.identifier) + ",\n\"view\":"
                     + ExportFormat::json(m_spec.state.toJson()) + ",\n\"columns\":" + ExportFormat::json(columns) + ",\n\"entities\":[");
    }

    void rows(const QList<TableRow> &rows, const QList<QJsonObject> &raw)
    {
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (m_format == ViewExport::Format::Csv) {
                QStringList fields;
                QList<bool> guards;
                for (const int i : std::as_const(m_visible)) {
                    const DisplayValue &cell = rows.at(r).cells.at(i);
                    fields.append(cell.text);
                    guards.append(cell.kind != DisplayValue::Kind::Number); // numbers are ours, never formulas
                }
                m_file.write(ExportFormat::csvRecord(fields, guards));
                continue;
            }
            QJsonObject entity;
            for (const int i : std::as_const(m_visible))
                entity.insert(m_spec.columns.at(i).key, raw.at(r).value(m_spec.columns.at(i).key));
            m_file.write((m_written ? ",\n" : "\n") + ExportFormat::json(entity));
            ++m_written;
        }
    }

    void end(qint64 count)
    {
        if (m_format == ViewExport::Format::Json)
            m_file.write("\n],\n\"count\":" + QByteArray::number(count) + "}\n");
    }

private:
    QSaveFile &m_file;
    const TableSpec &m_spec;
    ViewExport::Format m_format;
    QList<int> m_visible;
    qint64 m_written = 0;
};

Outcome run(CatalogStore &store, const TableSpec &spec, ViewExport::Format format, const QString &fileName,
            const std::atomic<bool> &cancel, const Progress &progress)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return {false, tr("cannot write %1: %2").arg(fileName, file.errorString())};
    const NameDirectory names = NameDirectory::load(store);
    const TableQuery query(spec);
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    qint64 total = 0;
    if (const EntityQuery::Sql count = query.count(); q.prepare(count.statement)) {
        for (const QVariant &v : count.values)
            q.addBindValue(v);
        total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    // The sort index, when there is one, streams rows in order without sorting them all first.
    const QStringList terms = query.indexTerms();
    const QString index = terms.isEmpty() || query.hasText() ? QString() : SortIndexes::find(store.database(), spec.blueprint.identifier, terms);
    const EntityQuery::Sql sql = query.page(TableRowBuilder::selectColumns(), -1, 0, index);
    if (!sql.problems.isEmpty())
        return {false, sql.problems.first().toString()};
    if (!q.prepare(sql.statement))
        return {false, q.lastError().text()};
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    if (!q.exec())
        return {false, q.lastError().text()};
    const TableRowBuilder builder(store, spec.blueprint, spec.columns, names);
    Writer writer(file, spec, format);
    writer.begin();
    qint64 written = 0;
    QList<TableRowBuilder::Source> batch;
    bool more = true;
    while (more) {
        more = q.next();
        if (more)
            batch.append(TableRowBuilder::read(q));
        if (batch.size() < ViewExport::BatchSize && more)
            continue;
        if (cancel) {
            file.cancelWriting();
            return {};
        }
        QList<QJsonObject> raw;
        const QList<TableRow> rows = builder.build(batch, &raw);
        writer.rows(rows, raw);
        written += batch.size();
        batch.clear();
        progress(written, std::max(total, written));
    }
    if (q.lastError().isValid()) {
        file.cancelWriting();
        return {false, q.lastError().text()};
    }
    writer.end(written);
    if (!file.commit())
        return {false, tr("cannot write %1: %2").arg(fileName, file.errorString())};
    return {true, {}};
}

} // namespace

ViewExport::ViewExport(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_path(storePath)
{
}

ViewExport::~ViewExport()
{
    cancel();
    m_lane.reset(); // joins the export's thread before this object goes
}

void ViewExport::start(const TableSpec &spec, Format format, const QString &fileName)
{
    cancel();
    m_lane = std::make_unique<StoreLane>(m_path);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    const auto cancelled = m_cancel;
    const Progress report = [this](qint64 written, qint64 total) {
        // From the export's thread; queued to this object's (and dropped if it is gone).
        QMetaObject::invokeMethod(this, [this, written, total] { Q_EMIT progress(written, total); }, Qt::QueuedConnection);
    };
    m_lane->post(
        this, QString(), [spec, format, fileName, cancelled, report](CatalogStore &store) { return run(store, spec, format, fileName, *cancelled, report); },
        [this](const Outcome &outcome) {
            m_running = false;
            Q_EMIT finished(outcome.ok, outcome.error);
        });
}

void ViewExport::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

} // namespace portolan
