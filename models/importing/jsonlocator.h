#pragma once

#include <QByteArray>
#include <QString>

namespace portolan {

// Finds where a JSON path ($.entities[3].properties.tier) stands in JSON text, so that a
// validation problem can say file:line:column. Only run when there are problems to place.
// A path that does not exist (a missing required property) resolves to its nearest existing
// ancestor (the object it is missing from).
class JsonLocator final
{
public:
    explicit JsonLocator(QByteArray text);

    // 1-based {line, column} of the value at `path`; {0, 0} when the text is not JSON.
    std::pair<int, int> position(const QString &path) const;

private:
    QByteArray m_text;
};

} // namespace portolan
