#include "modeltemplate.h"

#include "design/modeldraft.h"
#include "importing/jsonlocator.h"
#include "importing/jsonsource.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTemplates, "portolan.design.templates")

namespace portolan {
namespace {

Problem problemAt(const QByteArray &text, const QString &fileName, const QString &path, const QString &message)
{
    Problem p = Problem::error(path, message);
    p.file = fileName;
    std::tie(p.line, p.column) = JsonLocator(text).position(path);
    return p;
}

} // namespace

std::optional<ModelTemplate> parseTemplate(const QByteArray &text, const QString &fileName, Problems *problems)
{
    Problems found;
    const auto finish = [&](std::optional<ModelTemplate> result) -> std::optional<ModelTemplate> {
        if (problems)
            problems->append(found);
        return hasErrors(found) ? std::nullopt : result;
    };
    const JsonSource source = JsonSource::parse(text, fileName);
    found = source.problems;
    if (hasErrors(found))
        return finish(std::nullopt);

    ModelTemplate result;
    QJsonArray blueprints;
    QString prefix; // JSON path of the blueprint list
    const QJsonObject root = source.document.object();
    if (source.document.isArray()) {
        blueprints = source.document.array();
        result.identifier = QFileInfo(fileName).completeBaseName();
    } else if (root.value("blueprints"_L1).isArray()) {
        blueprints = root.value("blueprints"_L1).toArray();
        prefix = u".blueprints"_s;
        result.identifier = root.value("identifier"_L1).toString(QFileInfo(fileName).completeBaseName());
        result.title = root.value("title"_L1).toString();
        result.description = root.value("description"_L1).toString();
    } else {
        found.append(problemAt(text, fileName, u"$"_s,
                               u"expected a template {\"identifier\", \"title\", \"description\", \"blueprints\": […]} "
                               "or a list of blueprints"_s));
        return finish(std::nullopt);
    }
    if (result.title.isEmpty())
        result.title = result.identifier;
    if (blueprints.isEmpty())
        found.append(problemAt(text, fileName, u"$"_s + prefix, u"the template has no blueprints"_s));

    // The blueprints must stand on their own: validated together, with nothing of the portal.
    ModelDraft alone;
    QHash<QString, QString> pathOf; // blueprint identifier → its JSON path in the file
    for (qsizetype i = 0; i < blueprints.size(); ++i) {
        const QString path = u"$"_s + prefix + u'[' + QString::number(i) + u']';
        if (!blueprints.at(i).isObject()) {
            found.append(problemAt(text, fileName, path, u"a blueprint is a JSON object"_s));
            continue;
        }
        const QJsonObject json = blueprints.at(i).toObject();
        const QString refusal = alone.createBlueprint(json);
        if (!refusal.isEmpty()) {
            found.append(problemAt(text, fileName, path + u".identifier"_s, refusal));
            continue;
        }
        pathOf.insert(json.value("identifier"_L1).toString(), path);
        result.blueprints.append(json);
    }
    for (const Problem &p : alone.validate()) {
        const QString path = pathOf.value(p.file) + p.path.mid(1);
        Problem located = problemAt(text, fileName, path, p.message);
        located.severity = p.severity;
        found.append(located);
    }
    return finish(result);
}

std::optional<ModelTemplate> loadTemplate(const QString &file, Problems *problems)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(Problem{Problem::Severity::Error, file, 0, 0, {}, in.errorString()});
        return std::nullopt;
    }
    return parseTemplate(in.readAll(), file, problems);
}

QList<ModelTemplate> builtInTemplates()
{
    static const QStringList names{u"sdlc"_s,        u"c4"_s, u"kubernetes"_s, u"api-catalog"_s,
                                   u"incident-management"_s, u"dora"_s};
    QList<ModelTemplate> result;
    for (const QString &name : names) {
        Problems problems;
        if (const auto t = loadTemplate(u":/templates/"_s + name + u".json"_s, &problems))
            result.append(*t);
        else // a broken resource is a bug that tst_modeltemplates catches; the others still work
            qCWarning(lcTemplates) << "template" << name << "does not load:" << problems.value(0).toString();
    }
    return result;
}

} // namespace portolan
