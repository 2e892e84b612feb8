#pragma once

#include "actions/userinputs.h"
#include "common/problem.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <memory>

namespace portolan {

class JqProgram;

// What the form's jq programs can read besides `.form`: the entity the action runs on (DAY-2 and
// DELETE; empty for CREATE) and the person running it ({email, identifier, teams: [...]}).
struct FormContext {
    QJsonObject entity;
    QJsonObject user;
};

// One choice of an enum input.
struct EnumOption {
    QJsonValue value;
    QString label;
    QString color; // Port palette name (enumColors), empty when none
};

// A row of the form's layout: a section heading or an input.
struct FormEntry {
    enum class Kind { Section, Field };
    Kind kind = Kind::Field;
    QString key;
    QString title;       // sections only
    QString description; // sections only
};

struct FormStep {
    QString title;
    QList<FormEntry> entries;
};

// The live state of one action form: values, and for each input whether it is visible, required
// and disabled, its enum choices and its errors. jq programs (`{"jqQuery": …}` for default,
// visible, disabled, enum, required and a dataset rule's value) read {form, entity, user}; they
// are evaluated in dependency order (dependsOn, plus the `.form.<key>` a program reads), and only
// those whose inputs changed are evaluated again. A default fills its input until the user edits it.
//
// Values hold secrets in clear: never log `submission()` — `maskedSubmission()` is for records.
class FormState final
{
public:
    FormState();
    FormState(const QJsonObject &userInputs, const FormContext &context);

    const UserInputs &inputs() const { return m_inputs; }
    const UserInput *input(const QString &key) const { return m_inputs.input(key); }
    QStringList keys() const;

    // Sets what the user entered (marks it edited: its default no longer applies) and evaluates
    // again what depends on it. Returns the keys evaluated again, `key` first.
    QStringList setValue(const QString &key, const QJsonValue &value);
    // Forgets the user's value: the default applies again.
    QStringList resetValue(const QString &key);
    QJsonValue value(const QString &key) const { return m_values.value(key); }
    bool isEdited(const QString &key) const { return m_edited.contains(key); }
    bool isEmpty(const QString &key) const;

    bool isVisible(const QString &key) const { return !m_hidden.contains(key); }
    bool isRequired(const QString &key) const { return m_required.contains(key); }
    bool isDisabled(const QString &key) const { return m_disabled.contains(key); }
    QList<EnumOption> enumOptions(const QString &key) const { return m_options.value(key); }
    QJsonValue defaultValue(const QString &key) const { return m_defaults.value(key); }
    // The entity input's dataset with jq rule values computed: {combinator, rules}.
    QJsonObject entityFilter(const QString &key) const { return m_filters.value(key); }

    // What is wrong with a visible input's value, in words for the person filling the form.
    QStringList errors(const QString &key) const { return m_errors.value(key); }
    // Whether the only error is that a required input is empty (forms show that once touched).
    bool isMissing(const QString &key) const { return m_missing.contains(key); }
    // jq programs that failed at run time for this input (the action author's problem, not the user's).
    QStringList warnings(const QString &key) const { return m_warnings.value(key); }

    bool isValid() const;
    bool isStepValid(int step) const;
    // Errors (and jq warnings) with their paths: `$.inputs.<key>`.
    Problems problems() const;

    // The values to send: visible inputs that have a value. Secrets in clear.
    QJsonObject submission() const;
    // The same, with every secret replaced by "********" (for run records and logs).
    QJsonObject maskedSubmission() const;
    QStringList secretKeys() const;
    static QString mask() { return QStringLiteral("********"); }

    // The layout: steps of section headings and inputs; one untitled step when there are no steps.
    QList<FormStep> steps() const { return m_steps; }
    int stepOf(const QString &key) const;

    // The jq input {form, entity, user}.
    QJsonObject jqInput() const;

private:
    std::shared_ptr<JqProgram> program(const QString &text) const;
    void collectDependencies();
    void sortByDependencies();
    void buildSteps();
    QStringList evaluate(QSet<QString> changed, bool all);
    void evaluateInput(const UserInput &in, bool dependencyChanged);
    void evaluateRequired();
    void validate(const QString &key);
    QJsonValue run(const QString &program, const QString &key, const QString &what);
    QJsonValue resolve(const Dynamic &dynamic, const QString &key, const QString &what);
    QJsonObject resolveDataset(const QJsonObject &query, const QString &key);

    UserInputs m_inputs;
    FormContext m_context;
    // Compiled once per program text; copies of a FormState share them (on one thread: JqProgram is not thread-safe).
    mutable QHash<QString, std::shared_ptr<JqProgram>> m_compiled;
    QHash<QString, QSet<QString>> m_dependsOn; // explicit and read by jq
    QStringList m_evaluationOrder;
    QList<FormStep> m_steps;

    QHash<QString, QJsonValue> m_values;
    QHash<QString, QJsonValue> m_defaults;
    QSet<QString> m_edited;
    QSet<QString> m_hidden;
    QSet<QString> m_required;
    QSet<QString> m_disabled;
    QHash<QString, QList<EnumOption>> m_options;
    QHash<QString, QJsonObject> m_filters;
    QHash<QString, QStringList> m_errors;
    QSet<QString> m_missing;
    QHash<QString, QStringList> m_warnings;
};

} // namespace portolan
