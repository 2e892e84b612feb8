#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace portolan {
class CatalogStore;
}

namespace portolan::cli {

// One subcommand of `portolan`: its name, a one-line summary, whether it needs a GUI application
// object (screenshots), and its entry point. `args` starts with the command name.
struct Command {
    const char *name;
    const char *summary;
    bool needsGui;
    int (*run)(const QStringList &args);
};

const QList<Command> &commands();
const Command *find(const QString &name);
// Prints the list of commands; returns `exitCode`.
int usage(int exitCode = 2);

// Shared option handling.
void addDbOption(QCommandLineParser &parser);
// The --db value, else the user's default portal file.
QString dbPath(const QCommandLineParser &parser);
QString defaultDbPath();
// Parses; prints errors or --help and returns false when the command should stop (`*exitCode` set).
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int *exitCode);
QString actor();
// Opens the portal at `path`; on failure prints why and returns null.
std::unique_ptr<CatalogStore> openStore(const QString &path);

} // namespace portolan::cli
