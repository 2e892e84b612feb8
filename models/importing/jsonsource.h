#pragma once

#include "common/problem.h"

#include <QJsonDocument>

namespace portolan {

// Parses JSON text and, when it is not JSON, says exactly where and why: file:line:column, with
// a plain explanation for the mistakes people make (typographic quotes from a word processor).
struct JsonSource {
    QJsonDocument document;
    Problems problems;

    static JsonSource parse(const QByteArray &text, const QString &fileName);
    // Replaces typographic quotes used as JSON quotes (“ ” ‘ ’ „ outside strings, and the ones that
    // close such strings) by ", leaving typographic quotes inside ordinary strings alone.
    static QByteArray repairQuotes(const QByteArray &text, int *replaced = nullptr);
    // 1-based line and column (in characters) of a byte offset.
    static std::pair<int, int> position(const QByteArray &text, qsizetype byteOffset);
};

} // namespace portolan
