#include "jsonlocator.h"

#include "jsonsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// "$.a.b[2].c" → {"a", "b", "[2]", "c"}
QStringList steps(const QString &path)
{
    static const QRegularExpression step(u"\\.([^.\\[]+)|\\[(\\d+)\\]"_s);
    QStringList result;
    auto it = step.globalMatch(path, path.startsWith(u'$') ? 1 : 0);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result.append(m.captured(1).isEmpty() ? u'[' + m.captured(2) + u']' : m.captured(1));
    }
    return result;
}

// A minimal JSON walker that knows where every value starts. It trusts that the text parsed.
class Walker
{
public:
    Walker(const QByteArray &text, const QStringList &path)
        : m_t(text)
        , m_path(path)
    {
    }

    qsizetype find()
    {
        skipSpace();
        value(0);
        return m_best;
    }

private:
    void skipSpace()
    {
        while (m_i < m_t.size() && (m_t[m_i] == ' ' || m_t[m_i] == '\n' || m_t[m_i] == '\r' || m_t[m_i] == '\t'))
            ++m_i;
    }

    QString string()
    {
        const qsizetype start = m_i;
        ++m_i; // opening quote
        while (m_i < m_t.size() && m_t[m_i] != '"')
            m_i += m_t[m_i] == '\\' ? 2 : 1;
        ++m_i;
        // Decode through Qt, escapes and all.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m_t.mid(start, m_i - start) + "]");
        return doc.array().at(0).toString();
    }

    // `depth` steps of the path lead to the value starting here (-1: off the path). Values on the
    // path are visited shallowest first, so the last one recorded is the deepest that exists.
    void value(int depth)
    {
        if (depth >= 0) {
            m_best = m_i;
            if (depth == m_path.size())
                depth = -1; // found: nothing below is on the path
        }
        if (m_i >= m_t.size())
            return;
        const char c = m_t[m_i];
        if (c == '{') {
            ++m_i;
            skipSpace();
            while (m_i < m_t.size() && m_t[m_i] != '}') {
                const QString key = string();
                skipSpace();
                ++m_i; // ':'
                skipSpace();
                value(depth >= 0 && m_path.at(depth) == key ? depth + 1 : -1);
                skipSpace();
                if (m_i < m_t.size() && m_t[m_i] == ',') {
                    ++m_i;
                    skipSpace();
                }
            }
            ++m_i;
        } else if (c == '[') {
            ++m_i;
            skipSpace();
            int index = 0;
            while (m_i < m_t.size() && m_t[m_i] != ']') {
                const bool onPath = depth >= 0 && m_path.at(depth) == u'[' + QString::number(index) + u']';
                value(onPath ? depth + 1 : -1);
                skipSpace();
                if (m_i < m_t.size() && m_t[m_i] == ',') {
                    ++m_i;
                    skipSpace();
                }
                ++index;
            }
            ++m_i;
        } else if (c == '"') {
            string();
        } else {
            while (m_i < m_t.size() && !strchr(",}] \n\r\t", m_t[m_i]))
                ++m_i;
        }
    }

    const QByteArray &m_t;
    const QStringList &m_path;
    qsizetype m_i = 0;
    qsizetype m_best = -1;
};

} // namespace

JsonLocator::JsonLocator(QByteArray text)
    : m_text(std::move(text))
{
}

std::pair<int, int> JsonLocator::position(const QString &path) const
{
    const QStringList wanted = steps(path);
    const qsizetype offset = Walker(m_text, wanted).find();
    if (offset < 0)
        return {0, 0};
    return JsonSource::position(m_text, offset);
}

} // namespace portolan
