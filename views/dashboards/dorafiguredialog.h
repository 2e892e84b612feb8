#pragma once

#include "dashboards/dora.h"
#include "store/catalogstore.h"

#include <QDialog>

class QTableWidget;

namespace portolan {

// "Numbers behind it": the deployments, incidents or pull requests one DORA figure was computed
// from, with what each added (hours, pass/fail) and why. Double-click opens the entity.
class DoraFigureDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DoraFigureDialog(const DoraFigure &figure, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void openEntity(const portolan::EntityKey &key);

private:
    QTableWidget *m_table = nullptr;
};

// "3.5 per week", "26 hours", "12 %": a figure's value with its unit ("—" without samples).
QString doraValueText(const DoraFigure &figure);
QString doraSampleValueText(DoraMetric metric, double value);

} // namespace portolan
