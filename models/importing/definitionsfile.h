#pragma once

#include "common/problem.h"

#include <QJsonObject>
#include <QList>

namespace portolan {

// A file of definitions the pages import (actions, scorecards, initiatives, dashboards): one
// definition, a list of them, or a bundle holding them under `key`. Reading says where the file is
// not JSON (file:line:column); place() gives the problems a store reports for these definitions
// (paths such as "$.scorecards[1].rules[0]" or, for one, "$.rules[0]") their file, line and column.
class DefinitionsFile final
{
public:
    static DefinitionsFile read(const QString &path, const QString &key);

    QList<QJsonObject> definitions;
    Problems problems;

    void place(Problems &found) const;

private:
    QString m_path;
    QString m_key;
    QString m_list; // the list's JSON path in the file: "$", "$.<key>", or empty for one definition
    QByteArray m_text;
};

} // namespace portolan
