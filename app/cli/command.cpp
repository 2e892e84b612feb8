#include "command.h"

#include "commands.h"

#include "store/catalogstore.h"

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"import", "import Port JSON, Portolan bundles (JSON/YAML) or Backstage catalog-info.yaml", false, runImport},
        {"export", "export the portal as JSON or YAML, or one blueprint as CSV", false, runExport},
        {"validate", "check files as import would, without writing anything", false, runValidate},
        {"search", "full-text search over the catalog", false, runSearch},
        {"stats", "entities per blueprint and relation count, as JSON", false, runStats},
        {"demo", "create the demo portal (C4 example + a generated organisation)", false, runDemo},
        {"migrate", "apply a model migration file (with its impact), list or export applied ones", false, runMigrate},
        {"scorecard", "scorecards: check an entity's level (CI gate) or evaluate in full", false, runScorecard},
        {"bench", "benchmarks: bench catalog|ui|graph|scorecards --entities N", false, runBench},
        {"screenshot", "render the main screens to PNG files", true, runScreenshot},
        {"where-db", "print the path of the default portal file", false, runWhereDb},
    };
    return list;
}

const Command *find(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

int usage(int exitCode)
{
    QTextStream err(stderr);
    err << "Usage: portolan [COMMAND] [OPTIONS]\n\nWithout a command, opens the portal window.\n\nCommands:\n";
    for (const Command &c : commands())
        err << "  " << QString::fromLatin1(c.name).leftJustified(12) << QLatin1StringView(c.summary) << '\n';
    err << "\nportolan COMMAND --help tells more.\n";
    return exitCode;
}

QString defaultDbPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/portal.sqlite"_s;
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s, u"The portal file (default: %1)."_s.arg(QDir::toNativeSeparators(defaultDbPath())), u"FILE"_s});
}

QString dbPath(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : defaultDbPath();
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        QTextStream(stderr) << args.value(0) << ": " << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the program as invoked (argv[0]); say `portolan COMMAND` instead.
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(u" [options]"_s);
        if (text.startsWith("Usage: "_L1) && end > 0)
            text.replace(7, end - 7, u"portolan "_s + args.value(0));
        QTextStream(stdout) << text;
        *exitCode = 0;
        return false;
    }
    return true;
}

std::unique_ptr<CatalogStore> openStore(const QString &path)
{
    auto store = std::make_unique<CatalogStore>(path);
    if (store->isOpen())
        return store;
    QTextStream(stderr) << store->error() << '\n';
    return nullptr;
}

QString actor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"portolan"_s : user;
}

} // namespace portolan::cli
