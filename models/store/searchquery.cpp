#include "searchquery.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portolan::SearchQuery {

QString toFts(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + u"\"*"_s);
    return terms.join(u' ');
}

} // namespace portolan::SearchQuery
