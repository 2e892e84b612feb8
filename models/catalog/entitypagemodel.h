#pragma once

#include "catalog/derivedvalues.h"
#include "catalog/entity.h"
#include "query/entityquery.h"
#include "schema/blueprint.h"

#include <QAbstractTableModel>
#include <memory>

namespace portolan {

class CatalogStore;

// One blueprint's entities as a table: identifier, title, then the schema's properties and
// relations. Rows come from the store page by page as the view scrolls (fetchMore), filtered and
// sorted in SQL.
class EntityPageModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit EntityPageModel(CatalogStore &store, QObject *parent = nullptr);
    ~EntityPageModel() override;

    void setBlueprint(const Blueprint &blueprint);
    void setText(const QString &text);
    const Blueprint &blueprint() const { return m_blueprint; }
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int PageSize = 200;

private:
    void reload();
    QString columnKey(int column) const;

    CatalogStore &m_store;
    Blueprint m_blueprint;
    EntityQuery m_query;
    // One column of the table: a stored property, a derived one, or a relation.
    struct Column {
        enum class Kind { Property, Derived, Relation } kind;
        QString id;
        QString title;
    };
    void rebuildColumns();
    QList<QJsonObject> resolve(const QList<Entity> &rows) const;

    std::unique_ptr<DerivedValues> m_derived;
    QList<Column> m_columns;
    QList<Entity> m_rows;
    QList<QJsonObject> m_resolved; // per row: stored + mirror + calculation + aggregation properties
    qint64 m_total = 0;
    bool m_busy = false; // no fetchMore() from inside our own reset or insert signals
};

} // namespace portolan
