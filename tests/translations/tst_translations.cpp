#include "entryeditor.h"
#include "language.h"
#include "mainwindow.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Curator;

// The app started in German or French: menus, labels and core messages come out translated.
class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void removeTranslators()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    static QStringList menuTitles(const MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { removeTranslators(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("storeMessage");
        QTest::addColumn<QString>("titleLabel");
        QTest::addColumn<QString>("date");
        QTest::newRow("de") << u"de"_s
                            << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s,
                                           u"E&xtras"_s, u"&Hilfe"_s}
                            << u"Datei nicht gefunden"_s << u"&Titel:"_s << u"07.12.26"_s;
        QTest::newRow("fr") << u"fr"_s
                            << QStringList{u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s,
                                           u"&Outils"_s, u"Aid&e"_s}
                            << u"fichier introuvable"_s << u"&Titre\u00a0:"_s << u"07/12/2026"_s;
    }

    void languages()
    {
        QFETCH(QString, language);
        QVERIFY(Language::install(language));
        Store store;
        QVERIFY(store.open(m_dir.filePath(language + u".sqlite"_s)));
        QVERIFY(importReadmeFile(store, Test::seedReadmePath(), {}).ok);
        MainWindow w(store);
        QTEST(menuTitles(w), "menus");
        if (const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !shots.isEmpty()) {
            w.resize(1280, 720);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.grab().save(shots + u"/mainwindow-"_s + language + u".png"_s));
        }
        // A message from the widget-free core, too.
        QFETCH(QString, storeMessage);
        const ImportReport r = importReadmeFile(store, m_dir.filePath(u"missing.md"_s), {});
        QVERIFY2(r.error.contains(storeMessage), qPrintable(r.error));
        // And a dialog's labels.
        EntryEditor editor;
        QTEST(editor.findChild<QLabel *>(u"titleLabel"_s)->text(), "titleLabel");
        // Dates in the language of the window (the table's "Added" column, "Last export").
        QCOMPARE(QLocale().language(), QLocale(language).language());
        QTEST(QLocale().toString(QDate(2026, 12, 7), QLocale::ShortFormat), "date");
        QCOMPARE(Language::installed(), language);
    }

    void englishAndUnknownStayEnglish()
    {
        QVERIFY(!Language::install(u"xx"_s));
        // English loads its plural forms only.
        QCOMPARE(EntryEditor::tr("%n entries", nullptr, 1), u"1 entries"_s);
        QVERIFY(Language::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("Curator::MainWindow", "%n entries", nullptr, 1),
                 u"1 entry"_s);
        QCOMPARE(QCoreApplication::translate("Curator::MainWindow", "%n entries", nullptr, 2),
                 u"2 entries"_s);
        Store store;
        QVERIFY(store.open(m_dir.filePath(u"en.sqlite"_s)));
        MainWindow w(store);
        QCOMPARE(menuTitles(w),
                 (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Tools"_s, u"&Help"_s}));
        QCOMPARE(Language::resolve(u"fr"_s), u"fr"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
