#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Curator::Language {

namespace {
QString &current()
{
    static QString language = u"en"_s;
    return language;
}

void setLocaleFor(const QString &language)
{
    if (QLocale::system().name().section(u'_', 0, 0) == language)
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(language));
}
} // namespace

QString installed()
{
    return current();
}

QStringList available()
{
    return {u"de"_s, u"fr"_s};
}

QString resolve(const QString &choice)
{
    if (!choice.isEmpty())
        return choice;
    // The first of the user's preferred languages that we have, else English.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (language == u"en"_s || available().contains(language))
            return language;
    }
    return u"en"_s;
}

bool install(const QString &language)
{
    // English is the source language; its file holds only the plural forms ("1 entry").
    if (language == u"en"_s) {
        auto *plurals = new QTranslator(QCoreApplication::instance());
        if (!plurals->load(u":/i18n/awesome-curator_en"_s)) {
            delete plurals;
            return false;
        }
        QCoreApplication::installTranslator(plurals);
        current() = language;
        setLocaleFor(language);
        return true;
    }
    if (!available().contains(language))
        return false;
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(u":/i18n/awesome-curator_"_s + language)) {
        delete app;
        return false;
    }
    QCoreApplication::installTranslator(app);
    // Qt's own dialogs and buttons (OK, Cancel, the file dialog) in the same language.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    current() = language;
    setLocaleFor(language);
    return true;
}

} // namespace Curator::Language
