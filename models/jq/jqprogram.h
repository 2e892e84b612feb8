#pragma once

#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

struct jq_state;

namespace portolan {

Q_DECLARE_LOGGING_CATEGORY(lcJq)

// A compiled jq program (Port's calculation properties and mappings), evaluated by libjq.
// Not thread-safe: use one instance per thread, because a jq_state carries the running program.
class JqProgram final
{
public:
    explicit JqProgram(const QString &program);
    ~JqProgram();
    Q_DISABLE_COPY_MOVE(JqProgram)

    struct Result {
        QList<QJsonValue> values;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // A runaway program (`repeat(.)`) must not eat all memory; runs stop with an error past this.
    static constexpr qsizetype DefaultMaxOutputs = 100'000;

    bool isValid() const { return m_error.isEmpty(); }
    // The compile error as jq words it ("syntax error, … at <top-level>, line 1:"), empty when valid.
    QString error() const { return m_error; }
    QString program() const { return m_program; }

    qsizetype maxOutputs() const { return m_maxOutputs; }
    void setMaxOutputs(qsizetype maxOutputs) { m_maxOutputs = maxOutputs; }

    // Every output for `input`. A runtime error (also one raised after some outputs, or by
    // `halt_error`) is in Result::error; the outputs before it are kept in Result::values.
    Result run(const QJsonValue &input) const;
    // The first output, or null when there is none or an error came first (reported in `error`).
    // Stops after the first output, so later outputs are never computed.
    QJsonValue first(const QJsonValue &input, QString *error = nullptr) const;

private:
    Result evaluate(const QJsonValue &input, bool firstOnly) const;

    QString m_program;
    QString m_error;
    qsizetype m_maxOutputs = DefaultMaxOutputs;
    jq_state *m_jq = nullptr;
    // What libjq reports through its error callback; it writes here even from const run().
    mutable QStringList m_messages;
};

} // namespace portolan
