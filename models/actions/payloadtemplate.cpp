#include "payloadtemplate.h"

#include "jq/jqprogram.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// A piece of a template string: literal text, or the jq between `{{` and `}}`.
struct Segment {
    bool isExpression = false;
    QString text;
};

// Splits at `{{ … }}`. The closing `}}` is the first one outside jq's own braces, brackets,
// parentheses and string literals, so `{{ {a: {b: 1}} }}` and `{{ "}}" }}` are one template.
std::optional<QList<Segment>> splitTemplate(const QString &text, QString *error)
{
    QList<Segment> segments;
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        const qsizetype open = text.indexOf("{{"_L1, at);
        if (open < 0) {
            segments.append({false, text.mid(at)});
            break;
        }
        if (open > at)
            segments.append({false, text.mid(at, open - at)});
        QString stack; // '"' inside a string literal; '(' '[' '{' inside jq code
        qsizetype i = open + 2;
        qsizetype close = -1;
        while (i < size) {
            const QChar c = text.at(i);
            const bool inString = !stack.isEmpty() && stack.back() == u'"';
            if (inString) {
                if (c == u'\\') {
                    if (i + 1 < size && text.at(i + 1) == u'(')
                        stack.append(u'('); // string interpolation: jq code again until its ')'
                    i += 2;
                    continue;
                }
                if (c == u'"')
                    stack.chop(1);
            } else if (stack.isEmpty() && c == u'}' && i + 1 < size && text.at(i + 1) == u'}') {
                close = i;
                break;
            } else if (c == u'"' || c == u'(' || c == u'[' || c == u'{') {
                stack.append(c);
            } else if ((c == u')' || c == u']' || c == u'}') && !stack.isEmpty()) {
                stack.chop(1);
            }
            ++i;
        }
        if (close < 0) // unbalanced jq ("{{ f( }}"): take the first "}}" and let jq name the mistake
            close = text.indexOf("}}"_L1, open + 2);
        if (close < 0) {
            *error = u"\"{{\" at character %1 is never closed with \"}}\""_s.arg(open + 1);
            return std::nullopt;
        }
        segments.append({true, text.mid(open + 2, close - open - 2)});
        at = close + 2;
    }
    return segments;
}

QString childPath(const QString &path, const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (plain.match(key).hasMatch())
        return path + u'.' + key;
    return path + u"[\""_s + QString(key).replace(u'"', u"\\\""_s) + u"\"]"_s;
}

QString asText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    return QString::fromUtf8(compactJson(value));
}

bool isSpread(const QList<Segment> &segments)
{
    return segments.size() == 1 && segments.front().isExpression
        && segments.front().text.trimmed() == "spreadValue()"_L1;
}

class Renderer
{
public:
    Renderer(const QJsonObject &context, Problems *problems)
        : m_context(context)
        , m_problems(problems)
    {
    }

    QJsonValue value(const QJsonValue &tmpl, const QString &path)
    {
        if (tmpl.isString())
            return string(tmpl.toString(), path);
        if (tmpl.isArray()) {
            QJsonArray out;
            const QJsonArray items = tmpl.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                out.append(value(items.at(i), u"%1[%2]"_s.arg(path).arg(i)));
            return out;
        }
        if (tmpl.isObject())
            return object(tmpl.toObject(), path);
        return tmpl;
    }

    QString text(const QString &source, const QString &path)
    {
        const std::optional<QList<Segment>> segments = split(source, path);
        if (!segments)
            return {};
        QString out;
        for (const Segment &segment : *segments)
            out += segment.isExpression ? asText(evaluate(segment.text, path)) : segment.text;
        return out;
    }

private:
    std::optional<QList<Segment>> split(const QString &source, const QString &path)
    {
        QString error;
        std::optional<QList<Segment>> segments = splitTemplate(source, &error);
        if (!segments)
            report(path, error);
        return segments;
    }

    // A string that is exactly one template keeps the jq result's type; otherwise text.
    QJsonValue string(const QString &source, const QString &path)
    {
        if (!isTemplate(source))
            return source;
        const std::optional<QList<Segment>> segments = split(source, path);
        if (!segments)
            return QJsonValue::Null;
        if (segments->size() == 1 && segments->front().isExpression)
            return evaluate(segments->front().text, path);
        return text(source, path);
    }

    QJsonObject object(const QJsonObject &tmpl, const QString &path)
    {
        QJsonObject spread;
        QJsonObject out;
        for (auto it = tmpl.begin(); it != tmpl.end(); ++it) {
            const QString keyPath = childPath(path, it.key());
            if (!isTemplate(it.key())) {
                out.insert(it.key(), value(it.value(), keyPath));
                continue;
            }
            const std::optional<QList<Segment>> segments = split(it.key(), keyPath);
            if (!segments)
                continue;
            if (isSpread(*segments)) {
                const QJsonValue spreadValue = value(it.value(), keyPath);
                if (!spreadValue.isObject()) {
                    if (!spreadValue.isNull())
                        report(keyPath, u"spreadValue() needs an object to spread, not %1"_s.arg(asText(spreadValue)));
                    continue;
                }
                const QJsonObject fields = spreadValue.toObject();
                for (auto field = fields.begin(); field != fields.end(); ++field)
                    spread.insert(field.key(), field.value());
                continue;
            }
            QString key;
            if (segments->size() == 1 && segments->front().isExpression) {
                const QJsonValue rendered = evaluate(segments->front().text, keyPath);
                if (rendered.isNull() || rendered.isUndefined())
                    continue; // Port: a key that evaluates to null drops its entry
                key = asText(rendered);
            } else {
                key = text(it.key(), keyPath);
            }
            out.insert(key, value(it.value(), keyPath));
        }
        for (auto it = spread.begin(); it != spread.end(); ++it)
            if (!out.contains(it.key()))
                out.insert(it.key(), it.value());
        return out;
    }

    QJsonValue evaluate(const QString &expression, const QString &path)
    {
        const QString program = expression.trimmed();
        if (program.isEmpty()) {
            report(path, u"\"{{ }}\" is empty: write a jq expression such as {{ .inputs.name }}"_s);
            return QJsonValue::Null;
        }
        std::shared_ptr<JqProgram> &compiled = m_programs[program];
        if (!compiled)
            compiled = std::make_shared<JqProgram>(program);
        if (!compiled->isValid()) {
            report(path, u"{{ %1 }} does not compile: %2"_s.arg(program, compiled->error()));
            return QJsonValue::Null;
        }
        QString error;
        const QJsonValue result = compiled->first(m_context, &error);
        if (!error.isEmpty()) {
            report(path, u"{{ %1 }} failed: %2"_s.arg(program, error));
            return QJsonValue::Null;
        }
        return result;
    }

    void report(const QString &path, const QString &message)
    {
        if (m_problems)
            m_problems->append(Problem::error(path, message));
    }

    const QJsonObject &m_context;
    Problems *m_problems;
    QHash<QString, std::shared_ptr<JqProgram>> m_programs; // each expression compiled once per render
};

} // namespace

bool isTemplate(const QString &text)
{
    return text.contains("{{"_L1);
}

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return "null";
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue renderTemplate(const QJsonValue &tmpl, const QJsonObject &context, Problems *problems)
{
    Renderer renderer(context, problems);
    return renderer.value(tmpl, u"$"_s);
}

QString renderTemplateText(const QString &text, const QJsonObject &context, const QString &path, Problems *problems)
{
    Renderer renderer(context, problems);
    return renderer.text(text, path);
}

} // namespace portolan
