#pragma once

#include <QByteArray>
#include <QString>

namespace Curator::Test {

// The project's own test data (tests/data: the seed list, recorded responses, real lists; see
// tests/data/SOURCES.md), found at configure time. Nothing outside the checkout is read.
QString dataDir();
// A recorded response body, e.g. fixturePath(u"crossref/10.1038_ng.3834.json").
QString fixturePath(const QString &relative);
// The seed list (awesome-neuro-ai-papers), as a copy in a temporary folder outside any git clone.
QString seedReadmePath();
// The file's bytes. A file that cannot be read fails the running test with its path (and stops a
// program that is not running a test), so a missing data file never shows up later as a crash.
QByteArray readFile(const QString &path);
// Writes `data` to `path`, replacing it; false when it cannot.
bool writeFile(const QString &path, const QByteArray &data);
// A synthetic list in the seed's style (bench/syntheticlist.h): the benchmarks' input at the
// size a test can afford.
QByteArray syntheticList(int entries, quint64 seed = 1, bool crlf = false, bool table = false);

} // namespace Curator::Test
