#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace portolan {

// One row of a FieldList: the field's identifier and the cells to show.
struct FieldRow {
    QString id;
    QStringList cells; // the first is usually the identifier
    QString tooltip;
};

// A section of the blueprint form: a titled table of one kind of field (properties, relations,
// mirrors, calculations, aggregations) with Add…, Edit…, Rename…, Remove. Enter or a double
// click edits, F2 renames, Delete removes. The table is as tall as its rows: the form scrolls.
class FieldList final : public QWidget
{
    Q_OBJECT
public:
    FieldList(const QString &title, const QStringList &columns, const QString &emptyText, QWidget *parent = nullptr);

    // Replaces the rows; the selected field stays selected when it is still there.
    void setRows(const QList<FieldRow> &rows);
    QString currentId() const;
    void setCurrentId(const QString &id);
    int rowCount() const;

    QTreeWidget *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void addRequested();
    void editRequested(const QString &id);
    void renameRequested(const QString &id);
    void removeRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void fitHeight();
    int rowHeight() const;

    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace portolan
