#pragma once

#include <QByteArray>
#include <QString>

namespace Curator::Test {

// The read-only shared/ folder beside the project (seed list, fixtures). CURATOR_SHARED overrides
// the location found at configure time, so a test binary can run from another checkout.
QString sharedDir();
QString seedReadmePath();
QByteArray readFile(const QString &path);
// Writes `data` to `path`, replacing it; false when it cannot.
bool writeFile(const QString &path, const QByteArray &data);

} // namespace Curator::Test
