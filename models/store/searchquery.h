#pragma once

#include <QString>

namespace portolan::SearchQuery {

// Turns what a person types into an FTS5 query: every word must match, the last one as a prefix
// because it is still being typed ("cart serv" finds "Cart Service"); quotes and operators in the
// input are taken literally.
QString toFts(const QString &text);

} // namespace portolan::SearchQuery
