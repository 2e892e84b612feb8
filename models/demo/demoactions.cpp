#include "demoactions.h"

#include "demolog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QList<QJsonObject> readFolder(const QString &folder)
{
    QList<QJsonObject> actions;
    const QDir dir(folder);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDemo) << "cannot read demo action" << name;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qCWarning(lcDemo) << "demo action" << name << "is not a JSON object:" << error.errorString();
            continue;
        }
        actions.append(document.object());
    }
    std::sort(actions.begin(), actions.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value("identifier"_L1).toString() < b.value("identifier"_L1).toString();
    });
    return actions;
}

} // namespace

QList<QJsonObject> demoActions()
{
    return readFolder(u":/actions"_s);
}

QList<QJsonObject> demoAutomations()
{
    return readFolder(u":/automations"_s);
}

} // namespace portolan
