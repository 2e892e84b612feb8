#pragma once

#include <QWidget>

class QScrollArea;

namespace portolan {

class ActionEditorDocument;
class ActionEditorSection;
class ActionEditorGeneral;
class ActionEditorGuard;
class ActionEditorInputs;
class ActionEditorBackend;

// The action as a form: the action itself, its inputs, its backend and who may run it. Every
// field writes into the document as it is edited and the form refills from the document when it
// changes (from the JSON view or undo). The document's problems show under the fields their
// paths name; what matches no field is left to the editor's list.
class ActionEditorForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditorForm(ActionEditorDocument &document, QWidget *parent = nullptr);

    ActionEditorGeneral *general() const { return m_general; }
    ActionEditorInputs *inputs() const { return m_inputs; }
    ActionEditorBackend *invocation() const { return m_invocation; }
    ActionEditorGuard *guard() const { return m_guard; }

    // Input the JSON cannot take yet ("Condition: 2:5: …"); Save waits for these too.
    QStringList localProblems() const;
    // The field that shows problems at `path`, or null.
    QWidget *fieldFor(const QString &path) const;
    // The text under `field` (tests).
    QString problemOf(QWidget *field) const;
    // Scrolls to the field of `path` and puts the focus there.
    void focusPath(const QString &path);

Q_SIGNALS:
    void localProblemsChanged();

private:
    void refresh();
    ActionEditorSection *sectionOf(QWidget *field) const;

    ActionEditorDocument &m_document;
    QScrollArea *m_scroll = nullptr;
    ActionEditorGeneral *m_general = nullptr;
    ActionEditorInputs *m_inputs = nullptr;
    ActionEditorBackend *m_invocation = nullptr;
    ActionEditorGuard *m_guard = nullptr;
    QList<ActionEditorSection *> m_sections;
};

} // namespace portolan
