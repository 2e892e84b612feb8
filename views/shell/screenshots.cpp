#include "screenshots.h"

#include "mainwindow.h"
#include "store/catalogstore.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace portolan {

QStringList renderScreens(CatalogStore &store, const QString &folder, QString *error)
{
    QStringList files;
    if (!QDir().mkpath(folder)) {
        *error = u"cannot create %1"_s.arg(folder);
        return files;
    }
    MainWindow window(store);
    window.resize(1280, 800);
    window.show();
    const auto save = [&](const QString &name) {
        QApplication::processEvents();
        const QString path = QDir(folder).absoluteFilePath(name + u".png"_s);
        if (!window.grab().save(path))
            *error = u"cannot write %1"_s.arg(path);
        files.append(path);
    };
    window.showPage(-1);
    save(u"home"_s);
    const QList<Blueprint> blueprints = store.blueprints();
    for (int i = 0; i < window.blueprintCount() && i < blueprints.size(); ++i) {
        window.showPage(i);
        save(u"catalog-"_s + blueprints.at(i).identifier.toLower());
    }
    return files;
}

} // namespace portolan
