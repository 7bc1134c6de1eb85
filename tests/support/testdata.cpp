#include "testdata.h"

#include <QFile>

namespace Curator::Test {

QString sharedDir()
{
    const QString env = qEnvironmentVariable("CURATOR_SHARED");
    return env.isEmpty() ? QStringLiteral(CURATOR_SHARED_DIR) : env;
}

QString seedReadmePath()
{
    return sharedDir() + QStringLiteral("/seed/README.md");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace Curator::Test
