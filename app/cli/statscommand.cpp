#include "command.h"
#include "commands.h"

#include "store/catalogstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    addDbOption(parser);
    int code = 0;
    if (!parse(parser, args, u"Prints entities per blueprint and the relation count as JSON."_s, &code))
        return code;
    const QString path = dbPath(parser);
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << "stats: no portal at " << path << " (create one with `portolan demo` or `portolan import`)\n";
        return 1;
    }
    const std::unique_ptr<CatalogStore> opened = openStore(path);
    if (!opened)
        return 1;
    CatalogStore &store = *opened;
    QTextStream(stdout) << QJsonDocument(store.stats()).toJson(QJsonDocument::Indented);
    return 0;
}

int runWhereDb(const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parse(parser, args, u"Prints the path of the default portal file."_s, &code))
        return code;
    QTextStream(stdout) << defaultDbPath() << '\n';
    return 0;
}

} // namespace portolan::cli
