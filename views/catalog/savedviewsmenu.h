#pragma once

#include "table/tablestate.h"

#include <QMenu>

namespace portolan {

// The "Views" menu of a table: the saved views of its blueprint (choose one to apply it),
// "Save view…", "Rename" and "Delete" submenus, and "Reset to default".
class SavedViewsMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit SavedViewsMenu(QWidget *parent = nullptr);

    void setBlueprint(const QString &blueprint);
    // What "Save view…" saves.
    void setCurrentState(const TableState &state) { m_current = state; }

Q_SIGNALS:
    void viewChosen(const portolan::TableState &state);
    void resetChosen();

private:
    void rebuild();
    void saveCurrent();

    QString m_blueprint;
    TableState m_current;
};

} // namespace portolan
