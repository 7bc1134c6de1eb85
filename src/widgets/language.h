#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Curator::Language {

// The languages the app is translated into, as locale names ("de", "fr"); English is built in.
QStringList available();

// The language to use: `choice` ("de", "fr", "en") or, when empty, the system's.
QString resolve(const QString &choice);

// Loads the app's translation and Qt's own (qtbase) for `language` into the application; for
// English, the plural forms. Returns false when the app has no translation for it (the
// untranslated English strings then stay).
bool install(const QString &language);

} // namespace Curator::Language
