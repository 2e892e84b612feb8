#pragma once

#include "place.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace portolan {

class StoreLane;

// The portal's audit log: the latest changes (who, when, where from, what), newest first;
// filterable; a row opens its entity.
class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(StoreLane &lane, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void placeRequested(const portolan::Place &place);
    void loaded();

private:
    void applyFilter();

    StoreLane &m_lane;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace portolan
