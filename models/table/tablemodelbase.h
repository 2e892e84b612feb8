#pragma once

#include "store/catalogstore.h"
#include "tablereader.h"
#include "tablespec.h"

#include <QAbstractItemModel>
#include <functional>
#include <memory>
#include <optional>

namespace portolan {

class StoreLane;

// What the flat and the grouped catalog tables share: the blueprint's columns, the state that
// decides their rows (sort, filter, text, "owned by my teams"), pages and counts read on the
// StoreLane (never on the calling thread), the on-demand sort index, loading and status.
// A result that arrives after the query changed is dropped (generation counter).
class TableModelBase : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    explicit TableModelBase(StoreLane &lane, QObject *parent = nullptr);
    ~TableModelBase() override;

    void setBlueprint(const Blueprint &blueprint, const TableState &state);
    // Reloads when something the rows depend on changed; the visible columns are the view's.
    void setState(const TableState &state);
    void setSortKeys(const QList<SortKey> &keys);
    void setMyTeams(const QStringList &teams);

    const TableSpec &spec() const { return m_spec; }
    const QList<TableColumn> &columns() const { return m_spec.columns; }
    qint64 count() const { return m_count; }                   // rows that match; -1 until counted
    qint64 blueprintCount() const { return m_blueprintCount; } // the blueprint's rows; -1 until counted
    bool isLoading() const { return m_loading; }
    QString status() const { return m_status; } // "Indexing 'Version' …" while that runs
    QString error() const { return m_error; }
    // The entity a row shows, or an empty key (group rows).
    EntityKey entityKey(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void firstPageShown(); // the first rows of the current query are in the model
    void countChanged();
    void statusChanged(const QString &status);

protected:
    // Starts reading the current query (the generation has moved on).
    virtual void reload() = 0;
    // Forgets every row (called inside a model reset, when the columns change).
    virtual void clearRows() = 0;
    virtual QString identifierAt(const QModelIndex &index) const = 0;

    // Reads a page of the current query (of one group, with `group`) on `channel`; `done` runs
    // unless the query changed meanwhile. When no index serves the sort of a large blueprint,
    // one is built in the background, on a connection of its own, for the pages that follow.
    void readPage(const QString &channel, int offset, const std::optional<QVariant> &group, std::function<void(const TablePage &)> done);
    // Counts what is not counted yet (matching rows unless `matching` is known, and the blueprint).
    void requestCounts(bool matching = true);
    void setLoading(bool loading);
    void setStatus(const QString &status);
    void setCount(qint64 count);
    void setError(const QString &error) { m_error = error; }
    StoreLane &lane() const { return m_lane; }
    QString channel() const { return m_channel; }
    quint64 generation() const { return m_generation; }
    std::shared_ptr<const NameDirectory> names() const { return m_names; }

private:
    void restart(bool rowsChanged);
    void buildSortIndex(const QString &titles);

    StoreLane &m_lane;
    QString m_channel;
    TableSpec m_spec;
    std::shared_ptr<const NameDirectory> m_names;
    std::unique_ptr<StoreLane> m_indexLane; // made when first needed
    QStringList m_indexing;                 // sorts whose index is being built ("blueprint\nterms")
    quint64 m_generation = 0;
    qint64 m_count = -1;
    qint64 m_blueprintCount = -1;
    bool m_loading = false;
    QString m_status;
    QString m_error;
};

} // namespace portolan
