#pragma once

#include "actioneditorsection.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace portolan {

class ActionEditorJsonBox;
class ActionEditorPairs;

// How the action runs (invocationMethod): the backend type and its fields — a webhook's url,
// method, headers, body template and timeout; the blueprint and jq mapping of an upsert or a
// delete; a GitHub workflow (org, repo, workflow, inputs); a GitLab pipeline (project, ref,
// variables). Only the chosen type's fields show.
class ActionEditorBackend final : public ActionEditorSection
{
    Q_OBJECT
public:
    explicit ActionEditorBackend(ActionEditorDocument &document, QWidget *parent = nullptr);

    void load(const QJsonObject &action) override;

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *methodBox() const { return m_method; }
    ActionEditorPairs *headersTable() const { return m_headers; }
    ActionEditorJsonBox *bodyBox() const { return m_body; }
    QComboBox *blueprintBox() const { return m_blueprint; }
    ActionEditorJsonBox *mappingBox() const { return m_mapping; }

private:
    void typeChosen();
    void showFields(const QString &type);
    void textEdited(QLineEdit *edit, const QString &key);
    void jsonEdited(ActionEditorJsonBox *box, const QString &key);

    QComboBox *m_type = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_method = nullptr;
    ActionEditorPairs *m_headers = nullptr;
    ActionEditorJsonBox *m_body = nullptr;
    QLineEdit *m_timeout = nullptr;
    QComboBox *m_blueprint = nullptr;
    ActionEditorJsonBox *m_mapping = nullptr;
    QLineEdit *m_entity = nullptr;
    QLineEdit *m_org = nullptr;
    QLineEdit *m_repo = nullptr;
    QLineEdit *m_workflow = nullptr;
    ActionEditorJsonBox *m_workflowInputs = nullptr;
    QCheckBox *m_reportStatus = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_ref = nullptr;
    ActionEditorJsonBox *m_variables = nullptr;
};

} // namespace portolan
