#pragma once

#include "common/problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace portolan {

// A ready-made data model (SDLC, C4, Kubernetes…): Port blueprints that validate together and are
// merged into a portal's draft by mergeTemplate(). The file shape is
// {"identifier", "title", "description", "blueprints": [<Port blueprint>, …]}.
struct ModelTemplate {
    QString identifier;
    QString title;
    QString description;
    QList<QJsonObject> blueprints;
};

// The templates that ship with Portolan (resources/templates), in the order the issue lists them.
QList<ModelTemplate> builtInTemplates();

// A user's own template file: the shape above, or a plain JSON array of blueprints (a Port
// export), which takes its title from the file name. Syntax, shape and validation problems go to
// `problems` with line and column; a template whose blueprints do not validate together is refused.
std::optional<ModelTemplate> loadTemplate(const QString &file, Problems *problems);
// The same for text already read; `fileName` names it in problems.
std::optional<ModelTemplate> parseTemplate(const QByteArray &text, const QString &fileName, Problems *problems);

} // namespace portolan
