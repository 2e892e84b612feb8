#pragma once

#include "design/migration.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace portolan {

class StoreLane;

// The migrations applied to this portal (from its audit log), newest first: what each did, its
// file as JSON, and "Export…" to keep it with the portal's code.
class MigrationsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MigrationsDialog(StoreLane &lane, QWidget *parent = nullptr);

    int count() const { return int(m_migrations.size()); }
    // Writes the selected migration's file; returns the error, empty on success.
    QString exportSelected(const QString &path) const;

Q_SIGNALS:
    void loaded();

private:
    void showSelected();

    QList<ModelMigration> m_migrations;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace portolan
