#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace portolan {

// The designer's dialogs share one discipline: labels aligned by a QFormLayout, a problem line
// under every field that is wrong (in words the user can act on), OK disabled while anything is
// wrong, Enter accepts (Ctrl+Enter from multi-line editors), Esc cancels. Subclasses build their
// fields with addSection/addField, say what is wrong in validate(), and act in commit().
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(QWidget *parent = nullptr);

    QPushButton *okButton() const;
    // The first reason OK is disabled ("Identifier: is empty"), empty when the form is valid.
    QString firstProblem() const;
    // The problem shown under `field`, empty when none (tests).
    QString problemOf(QWidget *field) const;

    void accept() override;

protected:
    // A titled group of aligned rows. `title` may be empty (no header).
    QFormLayout *addSection(const QString &title);
    // "label: field" plus the field's problem line (hidden while it has none) and an optional
    // dim hint line. `field` is what problems are reported against.
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &hint = {});
    // A widget spanning the section (tables, previews).
    void addWide(QFormLayout *form, QWidget *widget);
    QVBoxLayout *body() const { return m_body; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Re-runs validate() and shows the outcome; connect every edit signal to it.
    void revalidate();
    // Say what is wrong: called with all problems cleared; use setProblem for each one.
    virtual void validate() = 0;
    void setProblem(QWidget *field, const QString &reason);
    // A hint line's text (context that changes with the input: "stored values will be converted").
    void setHint(QWidget *field, const QString &hint);
    // Shows or hides a field with its label, problem and hint lines.
    void setFieldVisible(QWidget *field, bool visible);
    // A problem that belongs to no field (a refusal from the draft), shown above the buttons.
    void setGeneralProblem(const QString &reason);
    // Makes the change (document.edit); return false to stay open after setGeneralProblem.
    virtual bool commit() { return true; }

    // Tab visits the fields and wide widgets in the order they were added, then OK and Cancel.
    // Widgets put in body() directly join with addTabStop. Call updateTabOrder when a compound
    // editor adds parts (it runs on every show).
    void addTabStop(QWidget *widget);
    void updateTabOrder();
    // The widgets Tab visits inside `stop`: itself, or its focusable children for a plain container.
    virtual QList<QWidget *> tabStopsOf(QWidget *stop) const;
    void showEvent(QShowEvent *event) override;

private:
    struct FieldLines {
        QString label;
        QWidget *row = nullptr; // the field with its problem and hint lines under it
        QLabel *labelWidget = nullptr;
        QPointer<QLabel> problem;
        QPointer<QLabel> hint;
        QFormLayout *form = nullptr;
        bool visible = true;
    };
    void showProblems();
    void alignLabels();

    QVBoxLayout *m_body = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_general = nullptr;
    QList<QWidget *> m_fieldOrder;
    QList<QWidget *> m_tabStops;
    QHash<QWidget *, FieldLines> m_fields;
    QHash<QWidget *, QString> m_problems;
    QString m_generalProblem;
    bool m_validating = false;
};

} // namespace portolan
