#include "command.h"
#include "commands.h"

#include "exporting/portalexporter.h"
#include "store/catalogstore.h"

#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace portolan::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({u"format"_s, u"json (default), yaml, or csv (one blueprint: needs --blueprint)."_s, u"FORMAT"_s, u"json"_s});
    parser.addOption({u"blueprint"_s, u"The blueprint whose table CSV exports."_s, u"ID"_s});
    parser.addOption({{u"o"_s, u"out"_s}, u"Write to FILE instead of standard output."_s, u"FILE"_s});
    int code = 0;
    if (!parse(parser, args, u"Exports the portal; the JSON and YAML bundles re-import to the same state."_s, &code))
        return code;
    const QString format = parser.value(u"format"_s);
    if (format != "json"_L1 && format != "yaml"_L1 && format != "csv"_L1) {
        QTextStream(stderr) << "export: unknown format \"" << format << "\" (json, yaml or csv)\n";
        return 2;
    }
    if (format != "csv"_L1 && parser.isSet(u"blueprint"_s)) {
        QTextStream(stderr) << "export: --blueprint goes with --format csv (JSON and YAML export the whole portal)\n";
        return 2;
    }
    if (format == "csv"_L1 && !parser.isSet(u"blueprint"_s)) {
        QTextStream(stderr) << "export: CSV exports one blueprint's table: name it with --blueprint\n";
        return 2;
    }
    if (!QFileInfo::exists(dbPath(parser))) {
        QTextStream(stderr) << "export: no portal at " << dbPath(parser) << " (create one with `portolan demo` or `portolan import`)\n";
        return 1;
    }
    const std::unique_ptr<CatalogStore> opened = openStore(dbPath(parser));
    if (!opened)
        return 1;
    CatalogStore &store = *opened;
    const PortalExporter exporter(store);
    QString error;
    if (parser.isSet(u"out"_s)) {
        // QSaveFile: a failed export leaves no half-written file behind.
        QSaveFile file(parser.value(u"out"_s));
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "export: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
        error = format == "csv"_L1 ? exporter.writeCsv(file, parser.value(u"blueprint"_s))
                                   : exporter.write(file, format == "yaml"_L1 ? PortalExporter::Format::Yaml : PortalExporter::Format::Json);
        if (error.isEmpty() && !file.commit())
            error = file.errorString();
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 1;
        error = format == "csv"_L1 ? exporter.writeCsv(out, parser.value(u"blueprint"_s))
                                   : exporter.write(out, format == "yaml"_L1 ? PortalExporter::Format::Yaml : PortalExporter::Format::Json);
    }
    if (!error.isEmpty()) {
        QTextStream(stderr) << "export: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace portolan::cli
