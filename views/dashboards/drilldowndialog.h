#pragma once

#include "dashboards/widgetdata.h"
#include "store/catalogstore.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace portolan {

class StoreLane;

// The entities behind a figure, a slice or a bar: the drill's query runs on the lane (how many,
// and the first 500 by title); double-click opens one.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kLimit = 500;

    DrillDownDialog(StoreLane &lane, const Drill &drill, QWidget *parent = nullptr);

    const Drill &drill() const { return m_drill; }
    QTableWidget *table() const { return m_table; }
    qint64 total() const { return m_total; }
    QStringList identifiers() const; // in the order listed

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);
    void loaded();

private:
    Drill m_drill;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
    qint64 m_total = -1;
};

} // namespace portolan
