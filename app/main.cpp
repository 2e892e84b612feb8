#include "cli/command.h"

#include "shell/mainwindow.h"
#include "store/catalogstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QLocale>
#include <QMessageBox>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"portolan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    // Debug messages are for developers: QT_LOGGING_RULES="portolan.*.debug=true" shows them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"portolan.*.debug=false"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const portolan::cli::Command *command = portolan::cli::find(first);
    if (first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1)
        return portolan::cli::usage(0);
    if (!command && !first.isEmpty() && first != "--db"_L1 && !first.startsWith(u'-'))
        return portolan::cli::usage(2); // before QApplication: no display needed to be told
    // `bench ui` drives the real window: it needs the GUI object (offscreen unless told otherwise).
    const bool uiBenchmark = first == "bench"_L1 && argc > 2 && qstrcmp(argv[2], "ui") == 0;
    if (uiBenchmark && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (command && !command->needsGui && !uiBenchmark) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return command->run(app.arguments().mid(1));
    }
    QApplication app(argc, argv);
    describeApplication();
    // The window speaks the user's language where a translation exists (English otherwise); Qt's
    // own strings (dialog buttons, context menus) come from Qt's translations when installed.
    QTranslator translator;
    if (translator.load(QLocale(), u"portolan"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (command)
        return command->run(app.arguments().mid(1));

    const QString db = app.arguments().contains(u"--db"_s)
        ? app.arguments().value(app.arguments().indexOf(u"--db"_s) + 1)
        : portolan::cli::defaultDbPath();
    portolan::CatalogStore store(db);
    if (!store.isOpen()) {
        QMessageBox::critical(nullptr, u"Portolan"_s, store.error());
        return 1;
    }
    portolan::MainWindow window(store);
    window.show();
    return app.exec();
}
