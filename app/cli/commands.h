#pragma once

#include <QStringList>

// Entry points of the subcommands, one file each.
namespace portolan::cli {
int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runValidate(const QStringList &args);
int runSearch(const QStringList &args);
int runStats(const QStringList &args);
int runDemo(const QStringList &args);
int runBench(const QStringList &args);
int runScreenshot(const QStringList &args);
int runWhereDb(const QStringList &args);
int runMigrate(const QStringList &args);
int runScorecard(const QStringList &args);
} // namespace portolan::cli
