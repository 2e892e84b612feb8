#include "command.h"
#include "commands.h"

#include "bench/catalogbenchmark.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"suite"_s, u"Which benchmark: catalog."_s, u"catalog"_s);
    parser.addOption({u"entities"_s, u"Size of the generated catalog (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"Imports to run; query timings are medians over all runs (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"dir"_s, u"Folder for the benchmark stores (default: a temporary folder)."_s, u"DIR"_s});
    int code = 0;
    if (!parse(parser, args, u"Generates a catalog, imports it into a fresh store and times the store's queries; prints JSON."_s, &code))
        return code;
    if (parser.positionalArguments() != QStringList{u"catalog"_s}) {
        QTextStream(stderr) << "bench: name the suite: portolan bench catalog --entities N\n";
        return 2;
    }
    bool ok = false;
    const qint64 entities = parser.value(u"entities"_s).toLongLong(&ok);
    if (!ok || entities < 100) {
        QTextStream(stderr) << "bench: --entities takes a number of at least 100\n";
        return 2;
    }
    CatalogBenchmark bench(entities, std::max(1, parser.value(u"runs"_s).toInt()), parser.value(u"dir"_s));
    const QJsonObject result = bench.run([](const QString &line) { QTextStream(stderr) << line << '\n'; });
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return result.contains("error"_L1) ? 1 : 0;
}

} // namespace portolan::cli
