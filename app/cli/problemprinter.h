#pragma once

#include "common/problem.h"

namespace portolan::cli {
// Errors and warnings to stderr, one per line, `file:line:column: path: message`.
void printProblems(const Problems &problems, int limit = 200);
} // namespace portolan::cli
