#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace portolan {

class ActionEditorDocument;

// One titled part of the action form (the action, its inputs, its backend, who may run it).
// Rows read "label: field" with a problem line under each field, like the designer's dialogs.
// A field stands for JSON paths: the form routes each problem of the document to the field
// whose path is the longest prefix of the problem's. A field can also have a problem of its
// own: input the JSON cannot take yet (a condition that is not JSON), which also blocks Save.
class ActionEditorSection : public QWidget
{
    Q_OBJECT
public:
    ActionEditorSection(ActionEditorDocument &document, const QString &title, QWidget *parent = nullptr);

    // Fills the fields from the action (only those whose value differs: the cursor of the field
    // being typed in stays put).
    virtual void load(const QJsonObject &action) = 0;

    // (path, field) pairs: which field shows the problems at or under `path`.
    const QList<std::pair<QString, QWidget *>> &targets() const { return m_targets; }
    // Shows the document's problems routed to this section's fields; the others are cleared.
    void showProblems(const QHash<QWidget *, QStringList> &reasons);
    // "Label: reason" for every field with a problem of its own.
    QStringList localProblems() const;
    // The problem shown under `field` (tests).
    QString problemOf(QWidget *field) const;
    // The label column's width, to align all sections alike.
    int labelWidth() const;
    void setLabelWidth(int width);

Q_SIGNALS:
    void localProblemsChanged();

protected:
    QFormLayout *addForm();
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QStringList &paths = {},
                  const QString &hint = {});
    // A widget across the whole row (tables), with a problem line under it.
    void addWide(QFormLayout *form, QWidget *widget, const QStringList &paths = {});
    void setFieldVisible(QWidget *field, bool visible);
    void setHint(QWidget *field, const QString &hint);
    void setLocalProblem(QWidget *field, const QString &reason);
    // Writes `value` at `keys` (undefined or null removes it); typing in `field` merges into one undo step.
    void set(const QString &text, const QStringList &keys, const QJsonValue &value, QWidget *field);
    ActionEditorDocument &document() const { return m_document; }
    // True while load() runs: signals of fields being filled are not the user's edits.
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }
    QVBoxLayout *body() const { return m_body; }

private:
    struct Lines {
        QString label;
        QWidget *row = nullptr;
        QLabel *labelWidget = nullptr;
        QPointer<QLabel> problem;
        QPointer<QLabel> hint;
        QFormLayout *form = nullptr;
        int index = 0;
    };
    Lines &lines(QWidget *field, QFormLayout *form, const QString &label);
    void showLines(QWidget *field);

    ActionEditorDocument &m_document;
    QVBoxLayout *m_body = nullptr;
    QList<std::pair<QString, QWidget *>> m_targets;
    QHash<QWidget *, Lines> m_lines;
    QList<QWidget *> m_order;
    QHash<QWidget *, QString> m_local;
    QHash<QWidget *, QStringList> m_routed;
    bool m_loading = false;
    int m_sectionKey = 0;
};

} // namespace portolan
