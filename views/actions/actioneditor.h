#pragma once

#include "common/problem.h"
#include "schema/blueprint.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace portolan {

class ActionEditorDocument;
class ActionEditorForm;
class ActionEditorJson;
class CatalogStore;

// Edits one self-service action: a Form tab and a JSON tab over one ActionEditorDocument (each follows
// the other as you type), the problems of the definition listed under them with their JSON
// paths (activating one goes to its field, or to its line in the JSON tab), undo and redo, and
// Save — disabled while anything is wrong — which writes through ActionStore on `store` (the
// UI thread's), with an audit entry, and closes. Esc cancels; Ctrl+Enter saves.
class ActionEditor final : public QDialog
{
    Q_OBJECT
public:
    // `action`: the definition to start from (empty: a blank CREATE webhook action). `stored`:
    // the identifier of the stored action it edits, "" when it makes a new one (also a
    // duplicate). `taken`: the identifiers of the portal's actions.
    ActionEditor(CatalogStore &store, const QList<Blueprint> &blueprints, const QJsonObject &action, const QString &stored,
                 const QStringList &taken, QWidget *parent = nullptr);
    ~ActionEditor() override;

    // A blank action's starting JSON.
    static QJsonObject blankAction();

    ActionEditorDocument &document() const { return *m_document; }
    ActionEditorForm *form() const { return m_form; }
    ActionEditorJson *jsonView() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QListWidget *problemList() const { return m_problems; }
    // Why Save is disabled ("$.trigger.blueprintIdentifier: no blueprint \"x\""), "" when it is not.
    QString firstProblem() const;
    QString savedIdentifier() const { return m_savedIdentifier; }

    // Writes the action; on success emits saved() and closes.
    void save();

Q_SIGNALS:
    void saved(const QString &identifier);

private:
    void updateState();
    void goToProblem(const QString &path);

    CatalogStore &m_store;
    ActionEditorDocument *m_document = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActionEditorForm *m_form = nullptr;
    ActionEditorJson *m_json = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QPushButton *m_save = nullptr;
    Problems m_saveProblems; // the store's refusal, until the next edit
    QString m_savedIdentifier;
};

} // namespace portolan
