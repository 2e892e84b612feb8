#include "searchquery.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan::SearchQuery {

QString toFts(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    // Type-ahead: every word must match, the last one (still being typed) as a prefix.
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms.append(u'"' + words.at(i) + (i + 1 == words.size() ? u"\"*"_s : u"\""_s));
    return terms.join(u' ');
}

} // namespace portolan::SearchQuery
