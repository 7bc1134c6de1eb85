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
// Dates and numbers follow the language too (QLocale's default), unless the system's locale
// already speaks it (then its territory's formats stay: en_GB dates for a British user).
bool install(const QString &language);

// The language install() last put in place ("en" before any).
QString installed();

} // namespace Curator::Language
