#pragma once

#include "commandline.h"

#include <QBuffer>
#include <QStringList>

namespace Curator::Test {

// One run of the command line, as a shell would see it: exit code, standard output and error.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun r;
    r.code = Cli::run(QStringList{QStringLiteral("awesome-curator")} + args, out, err);
    r.out = out.data();
    r.err = err.data();
    return r;
}

} // namespace Curator::Test
