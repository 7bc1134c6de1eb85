#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Curator::Language {

// The languages the app is translated into, as locale names ("de", "fr"); English is built in.
QStringList available();

// The language to use: `choice` ("de", "fr", "en") or, when empty, the system's.
QString resolve(const QString &choice);

// Loads the app's translation and Qt's own (qtbase) for `language` into the application.
// Returns false when the app has no translation for it (English then stays).
bool install(const QString &language);

} // namespace Curator::Language
