#pragma once

#include <QJsonArray>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace portolan {

// The wizard steps of an action's form: one row per step, its title and the keys of the inputs
// it shows (comma-separated), edited in place. No rows: one page with every input.
class ActionEditorSteps final : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditorSteps(QWidget *parent = nullptr);

    // Shows `steps` unless the rows already say the same.
    void setSteps(const QJsonArray &steps);
    QJsonArray steps() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const QString &title, const QStringList &keys);
    void move(int delta);
    void fitHeight();
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    bool m_loading = false;
};

} // namespace portolan
