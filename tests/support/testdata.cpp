#include "testdata.h"

#include "syntheticlist.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Curator::Test {

QString dataDir()
{
    return QStringLiteral(CURATOR_TEST_DATA_DIR);
}

QString fixturePath(const QString &relative)
{
    return dataDir() + QStringLiteral("/fixtures/") + relative;
}

QString seedReadmePath()
{
    // A private copy outside the checkout: importing a README from inside a git clone links the
    // list to that clone, and no test may link a list to (or export into) the project itself.
    static QTemporaryDir copyDir;
    static const QString copy = [] {
        const QString original = dataDir() + QStringLiteral("/seed/README.md");
        const QString path = copyDir.filePath(QStringLiteral("README.md"));
        if (!copyDir.isValid() || !QFile::copy(original, path))
            return original; // reading it then fails with its path, or links: both are seen
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }();
    return copy;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        return f.readAll();
    const QByteArray message
        = "cannot read test data " + path.toLocal8Bit() + ": " + f.errorString().toLocal8Bit();
    if (!QTest::currentTestFunction())
        qFatal("%s", message.constData());
    // Callers check what they read (an import of nothing fails, a compare differs), so the test
    // stops at its next check with this failure named first.
    QTest::qFail(message.constData(), __FILE__, __LINE__);
    return {};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray syntheticList(int entries, quint64 seed, bool crlf, bool table)
{
    return Bench::syntheticList({entries, seed, crlf, table});
}

} // namespace Curator::Test
