#include "command.h"
#include "commands.h"
#include "problemprinter.h"

#include "demo/demoportal.h"
#include "store/catalogstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({u"seed"_s, u"Seed of the generated organisation (default 20261122)."_s, u"N"_s, u"20261122"_s});
    parser.addOption({u"anchor"_s, u"Last day of the 90 days of history, YYYY-MM-DD (default: today)."_s, u"DATE"_s});
    parser.addOption({u"replace"_s, u"Delete an existing portal file first."_s});
    int code = 0;
    if (!parse(parser, args, u"Creates the demo portal: the brief's C4 catalog plus a generated organisation."_s, &code))
        return code;
    const QString path = dbPath(parser);
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(u"replace"_s)) {
            QTextStream(stderr) << "demo: " << path << " exists; use --replace to start over\n";
            return 1;
        }
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    bool seedOk = false;
    const quint32 seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!seedOk) {
        QTextStream(stderr) << "demo: --seed takes a whole number\n";
        return 2;
    }
    const QDate anchor = parser.isSet(u"anchor"_s) ? QDate::fromString(parser.value(u"anchor"_s), Qt::ISODate)
                                                   : QDate::currentDate();
    if (!anchor.isValid()) {
        QTextStream(stderr) << "demo: --anchor takes a date as YYYY-MM-DD\n";
        return 2;
    }
    const std::unique_ptr<CatalogStore> opened = openStore(path);
    if (!opened)
        return 1;
    CatalogStore &store = *opened;
    const Problems problems = createDemoPortal(store, seed, anchor, actor());
    printProblems(problems);
    if (hasErrors(problems))
        return 1;
    QTextStream(stdout) << "demo portal created at " << path << '\n'
                        << QJsonDocument(store.stats()).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace portolan::cli
