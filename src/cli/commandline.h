#pragma once

#include <QIODevice>
#include <QStringList>

namespace Curator::Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// True when the arguments name a subcommand (or --help/--version): the app then runs without a
// display. Without one it starts the GUI.
bool wantsCommandLine(const QStringList &arguments);

// Runs the command line. `arguments` includes the program name. Output goes to `out` (the README
// export is written there byte for byte), messages to `err`. Returns the process's exit code.
int run(const QStringList &arguments, QIODevice &out, QIODevice &err);

// The store path the arguments select (--db, else the default store).
QString storePath(const QStringList &arguments);

} // namespace Curator::Cli
