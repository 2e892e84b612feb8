#pragma once

#include <QJsonObject>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace portolan {

// Name/value pairs edited in place (a webhook's headers): Add and Remove, Tab leaves the table.
class ActionEditorPairs final : public QWidget
{
    Q_OBJECT
public:
    ActionEditorPairs(const QString &keyTitle, const QString &valueTitle, QWidget *parent = nullptr);

    // Shows `values` unless the rows already say the same.
    void setValues(const QJsonObject &values);
    QJsonObject values() const;
    // Why the rows are not acceptable (an empty or repeated name), or "".
    QString problem() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const QString &key, const QString &value);
    void fitHeight();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_loading = false;
};

} // namespace portolan
