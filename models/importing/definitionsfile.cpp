#include "definitionsfile.h"

#include "jsonlocator.h"
#include "jsonsource.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {

DefinitionsFile DefinitionsFile::read(const QString &path, const QString &key)
{
    DefinitionsFile out;
    out.m_path = path;
    out.m_key = key;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems.append(Problem{Problem::Severity::Error, path, 0, 0, {}, u"cannot read it: "_s + file.errorString()});
        return out;
    }
    out.m_text = file.readAll();
    const JsonSource source = JsonSource::parse(out.m_text, path);
    if (!source.problems.isEmpty()) {
        out.problems = source.problems;
        return out;
    }
    QJsonArray list;
    if (source.document.isArray()) {
        list = source.document.array();
        out.m_list = u"$"_s;
    } else if (source.document.object().contains(key)) {
        out.m_list = u"$."_s + key;
        if (!source.document.object().value(key).isArray())
            out.problems.append(Problem{Problem::Severity::Error, path, 0, 0, out.m_list, u"must be a list"_s});
        list = source.document.object().value(key).toArray();
    } else {
        list.append(source.document.object());
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).isObject())
            out.definitions.append(list.at(i).toObject());
        else
            out.problems.append(Problem{Problem::Severity::Error, path, 0, 0,
                                        out.m_list + u'[' + QString::number(i) + u']', u"expected an object"_s});
    }
    // Its own problems already carry the file's paths: only their line and column are missing.
    const JsonLocator locator(out.m_text);
    for (Problem &p : out.problems)
        if (p.line == 0 && !p.path.isEmpty())
            std::tie(p.line, p.column) = locator.position(p.path);
    return out;
}

void DefinitionsFile::place(Problems &found) const
{
    // Stores name a definition of several as "$.<key>[i]" and a lone one as "$".
    const QString stored = u"$."_s + m_key + u'[';
    const JsonLocator locator(m_text);
    for (Problem &p : found) {
        if (p.file.isEmpty())
            p.file = m_path;
        if (p.file != m_path)
            continue;
        if (!m_list.isEmpty() && m_list != "$."_L1 + m_key) {
            if (definitions.size() > 1 && p.path.startsWith(stored))
                p.path = m_list + p.path.mid(stored.size() - 1);
            else if (definitions.size() == 1 && p.path.startsWith(u'$'))
                p.path = m_list + u"[0]"_s + p.path.mid(1);
        } else if (m_list == "$."_L1 + m_key && definitions.size() == 1 && p.path.startsWith(u'$')
                   && !p.path.startsWith(stored)) {
            p.path = m_list + u"[0]"_s + p.path.mid(1);
        }
        if (p.line == 0 && !p.path.isEmpty())
            std::tie(p.line, p.column) = locator.position(p.path);
    }
}

} // namespace portolan
