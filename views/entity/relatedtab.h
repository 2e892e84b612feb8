#pragma once

#include "entity/relatedentities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace portolan {

class RelatedEntitiesModel;

// The entities related to this one, both directions, up to a chosen depth (1…5): a sortable,
// filterable table. Double-click or Enter opens an entity.
class RelatedTab final : public QWidget
{
    Q_OBJECT
public:
    explicit RelatedTab(QWidget *parent = nullptr);

    void setRelated(RelatedEntities related);
    int depth() const;
    void setDepth(int depth); // emits depthChanged when it changes
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void depthChanged(int depth);
    void entityActivated(const portolan::EntityKey &key);

private:
    void updateSummary();

    RelatedEntitiesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QSpinBox *m_depth = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    bool m_loading = false;
};

} // namespace portolan
