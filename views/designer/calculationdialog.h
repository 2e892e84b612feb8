#pragma once

#include "formdialog.h"
#include "schema/blueprint.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace portolan {

class ModelDraft;
class StoreLane;
struct CalculationTrial;

// Creates or edits a calculation property: identifier, title, the result's type and format, and
// the jq program — evaluated live, as you type, on a stored entity of your choice (or an example
// when the blueprint has none), with the input the program gets and its result or jq's error.
class CalculationDialog final : public FormDialog
{
    Q_OBJECT
public:
    // `calculation` empty: a new calculation property of `blueprint`.
    CalculationDialog(const ModelDraft &draft, StoreLane &lane, const QString &blueprint, const QString &calculation,
                      QWidget *parent = nullptr);

    QString previousId() const { return m_previous; }
    QString id() const;
    QJsonObject definition() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeBox() const { return m_type; }
    QPlainTextEdit *programEdit() const { return m_program; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *entityBox() const { return m_entity; }
    QString resultText() const; // what the result pane shows: the value as JSON, or jq's error

Q_SIGNALS:
    void entitiesLoaded();
    void evaluated();

protected:
    void validate() override;

private:
    void loadEntities();
    void evaluate();
    void showTrial(const CalculationTrial &trial);

    StoreLane &m_lane;
    Blueprint m_blueprint; // the draft's, so mirrors follow the paths as edited
    bool m_stored = false;
    QString m_previous;
    QJsonObject m_original;
    QJsonObject m_blueprintJson;
    bool m_idTouched = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_program = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_entity = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_evaluate = nullptr;
    QTimer *m_search = nullptr;
};

} // namespace portolan
