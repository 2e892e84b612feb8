#include "command.h"
#include "commands.h"

#include "store/catalogstore.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({u"limit"_s, u"At most N hits (default 20)."_s, u"N"_s, u"20"_s});
    parser.addPositionalArgument(u"text"_s, u"Words to find; each must match, the last one as a prefix."_s, u"TEXT…"_s);
    int code = 0;
    if (!parse(parser, args, u"Searches identifiers, titles and text properties."_s, &code))
        return code;
    const QString text = parser.positionalArguments().join(u' ');
    if (!text.contains(QRegularExpression(u"[\\p{L}\\p{N}]"_s))) {
        QTextStream(stderr) << "search: say what to look for (letters or digits; punctuation is ignored)\n";
        return 2;
    }
    if (!QFileInfo::exists(dbPath(parser))) {
        QTextStream(stderr) << "search: no portal at " << dbPath(parser) << " (create one with `portolan demo` or `portolan import`)\n";
        return 1;
    }
    const std::unique_ptr<CatalogStore> opened = openStore(dbPath(parser));
    if (!opened)
        return 1;
    CatalogStore &store = *opened;
    const QList<SearchHit> hits = store.search(text, parser.value(u"limit"_s).toInt());
    QTextStream out(stdout);
    for (const SearchHit &hit : hits)
        out << hit.blueprint << '\t' << hit.identifier << '\t' << hit.title << '\n';
    if (hits.isEmpty())
        QTextStream(stderr) << "no match for \"" << text << "\"\n";
    return hits.isEmpty() ? 1 : 0;
}

} // namespace portolan::cli
