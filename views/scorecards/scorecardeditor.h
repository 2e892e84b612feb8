#pragma once

#include "common/problem.h"
#include "schema/blueprint.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace portolan {

class CatalogStore;
class JsonCodeEditor;
class JsonErrorStatus;
class ScorecardEditorForm;
class ScorecardWhatIf;
class StoreLane;

// Edits one scorecard: a Form tab and a JSON tab over the same definition (each follows the other
// as you type), the problems of the definition with their JSON paths under them, a what-if panel
// (what publishing the draft would change, run on the lane after each valid change), and Save —
// disabled while anything is wrong — which publishes through ScorecardStore on `store` (the UI
// thread's) with an audit entry and closes.
class ScorecardEditor final : public QDialog
{
    Q_OBJECT
public:
    // `scorecard`: the definition to start from. `stored`: the identifier of the stored scorecard it
    // edits, "" for a new one (also a duplicate). `taken`: the identifiers of the portal's scorecards.
    ScorecardEditor(StoreLane &lane, CatalogStore &store, const QList<Blueprint> &blueprints, const QJsonObject &scorecard,
                    const QString &stored, const QStringList &taken, QWidget *parent = nullptr);

    static QJsonObject blankScorecard();

    QJsonObject json() const { return m_json; }
    // Replaces the definition as if typed in the form (tests, the JSON tab).
    void setJson(const QJsonObject &json);
    ScorecardEditorForm *form() const { return m_form; }
    JsonCodeEditor *jsonEditor() const { return m_jsonEditor; }
    ScorecardWhatIf *whatIf() const { return m_whatIf; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QListWidget *problemList() const { return m_problems; }
    QString firstProblem() const; // why Save is disabled, "" when it is not

    bool save(); // publishes; on success emits saved() and closes

Q_SIGNALS:
    void saved(const QString &identifier);

private:
    void formEdited();
    void jsonTyped();
    void validate();
    QString actor() const;

    CatalogStore &m_store;
    QHash<QString, Blueprint> m_blueprints;
    QString m_stored;
    QStringList m_taken;
    QJsonObject m_json;
    Problems m_current;
    bool m_jsonBroken = false;
    bool m_pushing = false;
    QTabWidget *m_tabs = nullptr;
    ScorecardEditorForm *m_form = nullptr;
    JsonCodeEditor *m_jsonEditor = nullptr;
    JsonErrorStatus *m_jsonStatus = nullptr;
    QListWidget *m_problems = nullptr;
    ScorecardWhatIf *m_whatIf = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QTimer m_typing;
};

} // namespace portolan
