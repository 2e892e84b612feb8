#include "command.h"
#include "commands.h"

#include "bench/catalogbenchmark.h"
#include "bench/graphbenchmark.h"
#include "bench/scorecardbenchmark.h"
#include "bench/uibenchmark.h"

#include <QApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"suite"_s, u"Which benchmark: catalog (store), ui (the window), graph (layout), scorecards (evaluation)."_s, u"catalog|ui|graph|scorecards"_s);
    parser.addOption({u"entities"_s, u"Size of the generated catalog (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"nodes"_s, u"graph: visible nodes to lay out (default 2000)."_s, u"N"_s, u"2000"_s});
    parser.addOption({u"runs"_s, u"Runs; timings are medians over all runs (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"dir"_s, u"Folder for the benchmark stores (default: a temporary folder; ui reuses a store it finds there)."_s, u"DIR"_s});
    int code = 0;
    if (!parse(parser, args, u"Runs a benchmark on a generated catalog; prints JSON."_s, &code))
        return code;
    const QString suite = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || !QStringList{u"catalog"_s, u"ui"_s, u"graph"_s, u"scorecards"_s}.contains(suite)) {
        QTextStream(stderr) << "bench: name the suite: portolan bench catalog|ui|graph|scorecards [--entities N]\n";
        return 2;
    }
    bool ok = false;
    const qint64 entities = parser.value(u"entities"_s).toLongLong(&ok);
    if (!ok || entities < 100) {
        QTextStream(stderr) << "bench: --entities takes a number of at least 100\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const auto log = [](const QString &line) { QTextStream(stderr) << line << Qt::endl; };
    QJsonObject result;
    if (suite == "catalog"_L1) {
        result = CatalogBenchmark(entities, runs, parser.value(u"dir"_s)).run(log);
    } else if (suite == "scorecards"_L1) {
        result = ScorecardBenchmark(entities, runs, parser.value(u"dir"_s)).run(log);
    } else if (suite == "ui"_L1) {
        if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QTextStream(stderr) << "bench ui: needs the GUI application object\n";
            return 1;
        }
        result = UiBenchmark(entities, runs, parser.value(u"dir"_s)).run(log);
    } else {
        result = runGraphBenchmark(std::max(10, parser.value(u"nodes"_s).toInt()), runs, log);
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return result.contains("error"_L1) ? 1 : 0;
}

} // namespace portolan::cli
