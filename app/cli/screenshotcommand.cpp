#include "command.h"
#include "commands.h"

#include "shell/screenshots.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runScreenshot(const QStringList &args)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({u"out"_s, u"Folder for the PNG files (created if missing)."_s, u"DIR"_s, u"screens"_s});
    int code = 0;
    if (!parse(parser, args, u"Renders the main screens offscreen to PNG files at a fixed size."_s, &code))
        return code;
    const std::unique_ptr<CatalogStore> opened = openStore(dbPath(parser));
    if (!opened)
        return 1;
    CatalogStore &store = *opened;
    QString error;
    const QStringList files = renderScreens(store, parser.value(u"out"_s), &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "screenshot: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    for (const QString &f : files)
        out << QDir::toNativeSeparators(f) << '\n';
    return 0;
}

} // namespace portolan::cli
