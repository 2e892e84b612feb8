#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace portolan {

// A property's allowed values, one row each: the value and its chip colour from Port's palette
// (enumColors). No rows: any value is allowed. Colours are offered for text values only, as Port
// keys them by the value's text.
class EnumEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit EnumEditor(QWidget *parent = nullptr);

    // "string" or "number": how the rows' text is read.
    void setValueType(const QString &type);
    void setEnum(const QJsonArray &values, const QJsonObject &colors);
    QJsonArray values() const;
    QJsonObject colors() const;
    // Why the values are not acceptable (empty, duplicate, not a number), or "".
    QString problem() const;

    int count() const { return int(m_rows.size()); }
    // Adds a row (the button does this with the next unused colour) and returns its index.
    int addValue(const QString &text = {}, const QString &color = {});
    void removeValue(int row);
    QLineEdit *valueEdit(int row) const;
    QComboBox *colorBox(int row) const;
    QPushButton *addButton() const { return m_add; }
    // What Tab visits, in order: each row's value, colour and remove button, then "Add value".
    QList<QWidget *> tabStops() const;

Q_SIGNALS:
    void changed();
    void rowsChanged(); // rows added or removed: the dialog renews its tab order

private:
    struct Row {
        QWidget *widget = nullptr;
        QLineEdit *value = nullptr;
        QComboBox *color = nullptr;
        QToolButton *remove = nullptr;
    };
    QString nextColor() const;
    void updateState();

    QString m_type = QStringLiteral("string");
    QList<Row> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace portolan
