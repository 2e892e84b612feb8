#pragma once

#include "inputeditor.h"

#include <QJsonArray>

class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace portolan {

// A list: items with an enum are ticked in a list; other items are rows (a line for text and
// numbers, a JSON box for objects) with a remove button, and "Add item" below.
class ArrayInputEditor final : public InputEditor
{
    Q_OBJECT
public:
    explicit ArrayInputEditor(const UserInput &input, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QWidget *primaryWidget() override;

private:
    QWidget *addRow(const QJsonValue &item);
    void removeRow(QWidget *row);
    void emitValue();
    QJsonValue itemValue(QWidget *row) const;
    bool isObjectItems() const;

    QListWidget *m_choices = nullptr; // items with an enum
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_add = nullptr;
    QList<QWidget *> m_rowWidgets;
    QJsonArray m_value;
};

} // namespace portolan
