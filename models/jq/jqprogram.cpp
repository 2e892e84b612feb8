#include "jqprogram.h"

#include "jvconvert.h"

#include <jq.h>

using namespace Qt::StringLiterals;

namespace portolan {

Q_LOGGING_CATEGORY(lcJq, "portolan.jq")

namespace {

// libjq reports compile errors (and a final "jq: N compile error(s)" tally) through this callback,
// each prefixed "jq: error: " for a terminal; the prefix says nothing next to a calculation editor.
void collectMessage(void *data, jv message)
{
    constexpr auto prefix = "jq: error: "_L1;
    QString text = jvMessageText(message).trimmed();
    if (text.startsWith(prefix))
        text.remove(0, prefix.size());
    static_cast<QStringList *>(data)->append(text);
}

// `debug` and `stderr` would otherwise write to the process's stderr; a desktop app logs instead.
void logDebugMessage(void *, jv message)
{
    qCDebug(lcJq).noquote() << "debug:" << jvMessageText(message);
}

bool isCompileTally(const QString &message)
{
    return message.startsWith("jq: "_L1) && message.contains(" compile error"_L1);
}

// `halt` stops quietly; `halt_error` stops with an exit code and a message that is the error.
QString haltError(jq_state *jq)
{
    jv exitCode = jq_get_exit_code(jq);
    const bool quiet = !jv_is_valid(exitCode)
        || (jv_get_kind(exitCode) == JV_KIND_NUMBER && jv_number_value(exitCode) == 0);
    const QString code = jv_is_valid(exitCode) ? jvMessageText(jv_copy(exitCode)) : QString();
    jv_free(exitCode);

    jv message = jq_get_error_message(jq);
    QString text;
    if (jv_get_kind(message) != JV_KIND_NULL && jv_is_valid(message))
        text = jvMessageText(jv_copy(message));
    jv_free(message);
    if (text.endsWith(u'\n'))
        text.chop(1);

    if (quiet) {
        if (!text.isEmpty())
            qCDebug(lcJq).noquote() << "halted:" << text;
        return {};
    }
    return text.isEmpty() ? u"halted with exit code %1"_s.arg(code) : text;
}

} // namespace

JqProgram::JqProgram(const QString &program)
    : m_program(program)
    , m_jq(jq_init())
{
    if (!m_jq) {
        m_error = u"libjq could not be initialised (out of memory)"_s;
        return;
    }
    jq_set_error_cb(m_jq, collectMessage, &m_messages);
    jq_set_debug_cb(m_jq, logDebugMessage, nullptr);
    jq_set_stderr_cb(m_jq, logDebugMessage, nullptr);

    const bool compiled = jq_compile(m_jq, program.toUtf8().constData());
    QStringList messages;
    for (const QString &message : std::as_const(m_messages)) {
        if (!isCompileTally(message))
            messages.append(message);
    }
    m_messages.clear();
    if (!compiled)
        m_error = messages.isEmpty() ? u"jq could not compile the program"_s : messages.join(u'\n');
    if (!m_error.isEmpty())
        qCDebug(lcJq).noquote() << "compile error in" << program << ":" << m_error;
}

JqProgram::~JqProgram()
{
    if (m_jq)
        jq_teardown(&m_jq);
}

JqProgram::Result JqProgram::run(const QJsonValue &input) const
{
    return evaluate(input, false);
}

QJsonValue JqProgram::first(const QJsonValue &input, QString *error) const
{
    Result result = evaluate(input, true);
    if (error)
        *error = result.error;
    return result.values.isEmpty() ? QJsonValue(QJsonValue::Null) : result.values.constFirst();
}

JqProgram::Result JqProgram::evaluate(const QJsonValue &input, bool firstOnly) const
{
    Result result;
    if (!isValid()) {
        result.error = m_error;
        return result;
    }
    jv value = toJv(input);
    if (!jv_is_valid(value)) {
        result.error = u"input: "_s + jvMessageText(jv_invalid_get_msg(value));
        return result;
    }

    jq_start(m_jq, value, 0);
    for (;;) {
        jv output = jq_next(m_jq);
        if (jv_is_valid(output)) {
            if (result.values.size() >= m_maxOutputs) {
                jv_free(output);
                result.error = u"the program produced more than %1 outputs"_s.arg(m_maxOutputs);
                break;
            }
            QString conversionError;
            QJsonValue json = fromJv(output, &conversionError);
            if (!conversionError.isEmpty()) {
                result.error = u"output: "_s + conversionError;
                break;
            }
            result.values.append(std::move(json));
            // first() does not pull a second output: it may be costly or never come.
            if (firstOnly)
                break;
            continue;
        }
        if (jq_halted(m_jq))
            result.error = haltError(m_jq);
        else if (jv_invalid_has_msg(jv_copy(output))) {
            result.error = jvMessageText(jv_invalid_get_msg(jv_copy(output)));
            // An empty text would read as success (Result::ok()).
            if (result.error.isEmpty())
                result.error = u"error with an empty message"_s;
        }
        jv_free(output);
        break;
    }
    // Runtime messages (rare: libjq mostly returns errors as values) are only worth a log line.
    for (const QString &message : std::as_const(m_messages))
        qCWarning(lcJq).noquote() << message;
    m_messages.clear();
    return result;
}

} // namespace portolan
