#include "jsonsource.h"

#include <QJsonArray>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace portolan {
namespace {

// The quote that closes a string opened with `opener` (“…”, ‘…’, „…“, «…»).
bool closes(char32_t opener, char32_t c)
{
    switch (opener) {
    case U'\u201C': return c == U'\u201D' || c == U'\u201C';
    case U'\u2018': return c == U'\u2019';
    case U'\u201E': return c == U'\u201C' || c == U'\u201D';
    case U'\u00AB': return c == U'\u00BB';
    default: return c == opener;
    }
}

bool isTypographicQuote(char32_t c)
{
    return c == U'\u201C' || c == U'\u201D' || c == U'\u2018' || c == U'\u2019' || c == U'\u201E' || c == U'\u00AB'
        || c == U'\u00BB';
}

// Byte offset of the first typographic quote that stands where JSON syntax (not string content) is.
qsizetype firstQuoteOutsideStrings(const QString &text, const QByteArray &utf8)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (isTypographicQuote(c.unicode())) {
            return text.left(i).toUtf8().size();
        }
    }
    Q_UNUSED(utf8);
    return -1;
}

} // namespace

std::pair<int, int> JsonSource::position(const QByteArray &text, qsizetype byteOffset)
{
    const QString before = QString::fromUtf8(text.left(byteOffset));
    const qsizetype lastNewline = before.lastIndexOf(u'\n');
    // Columns count characters (code points), as editors do: an emoji is one column, not two.
    const qsizetype column = QStringView(before).mid(lastNewline + 1).toUcs4().size() + 1;
    return {int(before.count(u'\n')) + 1, int(column)};
}

JsonSource JsonSource::parse(const QByteArray &text, const QString &fileName)
{
    JsonSource source;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError()) {
        source.problems.append(Problem{Problem::Severity::Error, fileName, 0, 0, {}, u"the file is not UTF-8 text"_s});
        return source;
    }
    QJsonParseError error;
    source.document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError)
        return source;
    Problem p = Problem::error({}, {});
    p.file = fileName;
    const qsizetype quote = firstQuoteOutsideStrings(decoded, text);
    if (quote >= 0) {
        const auto [line, column] = position(text, quote);
        const QString found = QString::fromUtf8(text.mid(quote, 3)).left(1);
        p.line = line;
        p.column = column;
        p.message = u"found the typographic quote %1 (U+%2) where JSON needs a straight quote \"; "
                    "fix the file or import it with --repair-quotes"_s
                        .arg(found, QString::number(found.at(0).unicode(), 16).toUpper());
    } else if (text.trimmed().isEmpty()) {
        p.line = 1;
        p.column = 1;
        p.message = u"not valid JSON: the file is empty"_s;
    } else if (const QJsonDocument wrapped = QJsonDocument::fromJson("[" + text + "]"); wrapped.isArray()) {
        if (wrapped.array().size() == 1) {
            // Valid JSON, but a lone string, number or boolean: not something Portolan can import.
            p.line = 1;
            p.column = 1;
            p.message = u"expected a blueprint, an entity, a list of them or a portal bundle, found a single value"_s;
        } else {
            const auto [line, column] = position(text, error.offset);
            p.line = line;
            p.column = column;
            p.message = u"another JSON value starts here: several values must be put in a list [ …, … ]"_s;
        }
    } else {
        // QJsonParseError's offset is one past the offending character, except for trailing garbage
        // and for input that ends too early (then it is the end).
        const bool unterminated = error.error == QJsonParseError::UnterminatedObject
            || error.error == QJsonParseError::UnterminatedArray || error.error == QJsonParseError::UnterminatedString;
        const bool exact = error.error == QJsonParseError::GarbageAtEnd || (unterminated && error.offset >= text.size());
        const qsizetype at = exact ? error.offset : std::max<qsizetype>(0, error.offset - 1);
        const auto [line, column] = position(text, at);
        p.line = line;
        p.column = column;
        p.message = u"not valid JSON: "_s + error.errorString();
    }
    source.problems.append(p);
    source.document = {};
    return source;
}

QByteArray JsonSource::repairQuotes(const QByteArray &text, int *replaced)
{
    const QString in = QString::fromUtf8(text);
    QString out;
    out.reserve(in.size());
    int count = 0;
    enum class State { Outside, InPlain, InTypographic } state = State::Outside;
    char32_t opener = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        switch (state) {
        case State::Outside:
            if (c == u'"') {
                state = State::InPlain;
            } else if (isTypographicQuote(c.unicode())) {
                state = State::InTypographic;
                opener = c.unicode();
                out.append(u'"');
                ++count;
                continue;
            }
            break;
        case State::InPlain:
        case State::InTypographic:
            if (c == u'\\' && i + 1 < in.size()) {
                out.append(c);
                out.append(in.at(++i));
                continue;
            }
            if (c == u'"') {
                // A straight quote inside a typographic string would end it early: escape it.
                if (state == State::InTypographic) {
                    out.append(u"\\\""_s);
                    continue;
                }
                state = State::Outside;
            } else if (state == State::InTypographic && closes(opener, c.unicode())) {
                state = State::Outside;
                out.append(u'"');
                ++count;
                continue;
            }
            break;
        }
        out.append(c);
    }
    if (replaced)
        *replaced = count;
    return out.toUtf8();
}

} // namespace portolan
