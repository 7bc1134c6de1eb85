#include "language.h"
#include "markdown/entryrenderer.h"
#include "settingsdialog.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_list = 0;

    template<typename T>
    static T *child(QWidget &w, const char *name)
    {
        return w.findChild<T *>(QString::fromLatin1(name));
    }
    static bool okEnabled(QWidget &w)
    {
        return child<QDialogButtonBox>(w, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName()).clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"s.sqlite"_s)));
        m_list = importReadmeFile(m_store, Test::seedReadmePath(), {}).listId;
        QVERIFY(m_list);
    }

    void invalidValuesAreExplainedAndNotSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("e-mail") << u"emailEdit"_s << u"not an address"_s << u"e-mail"_s;
        QTest::newRow("template without title")
            << u"templateEdit"_s << u"{authors} ({year})"_s << u"{title}"_s;
        QTest::newRow("unknown placeholder")
            << u"templateEdit"_s << u"{title} {journal}"_s << u"{journal}"_s;
    }

    void invalidValuesAreExplainedAndNotSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        SettingsDialog d(m_store, m_list);
        QVERIFY(okEnabled(d));
        child<QLineEdit>(d, field.toLatin1().constData())->setText(value);
        QVERIFY(!okEnabled(d));
        QVERIFY2(child<QLabel>(d, "messageLabel")->text().contains(message),
                 qPrintable(child<QLabel>(d, "messageLabel")->text()));
        QVERIFY(!d.save());
        QCOMPARE(m_store.list(m_list)->entryTemplate,
                 u"{authors} [**{title}**]({url}) {venue} ({year})"_s);
    }

    void previewFollowsTemplateAndStyle()
    {
        SettingsDialog d(m_store, m_list);
        auto *preview = child<QPlainTextEdit>(d, "previewEdit");
        child<QLineEdit>(d, "templateEdit")->setText(u"- **{title}** ({year}), {authors}"_s);
        QCOMPARE(preview->toPlainText(),
                 u"- **Emergence of Language in the Developing Brain** (2025), Evanson, L., "
                 u"Bulteau, C., Chipaux, M., Dorfmüller, G., Ferrand-Sorbets, S., Raffo, E., ... & "
                 u"King, J. R."_s);
        auto *style = child<QComboBox>(d, "styleCombo");
        style->setCurrentIndex(style->findData(u"apa-et-al"_s));
        QCOMPARE(
            preview->toPlainText(),
            u"- **Emergence of Language in the Developing Brain** (2025), Evanson, L., et al."_s);
    }

    // The list's repository: checked as typed, saved to the store, shown again.
    // The form the README's own entries share is shown beside the template; Use It takes it
    // (with a click), and the preview follows.
    void grammarFromTheReadme()
    {
        {
            SettingsDialog d(m_store, m_list);
            // The seed's entries share the default template: nothing to take over.
            QCOMPARE(child<QLabel>(d, "grammarValue")->text(), Markdown::defaultEntryTemplate());
            QVERIFY(!child<QPushButton>(d, "useGrammarButton")->isEnabled());
        }
        const QByteArray readme
            = "# Tables\n\n## Papers\n\n| Date | Title | Venue |\n|---|---|---|\n"
              "| 2024.07 | [**Attention Is All You Need**](https://a.org/1) | NeurIPS |\n"
              "| 2023.05 | [**Deep Residual Learning**](https://a.org/2) | ICLR |\n";
        ImportOptions options;
        options.listName = u"Tables"_s;
        const ImportReport r = importReadme(m_store, readme, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        // A template changed by hand since the import: the README's form can be taken back.
        QVERIFY(m_store.setListFormat(r.listId, Markdown::defaultEntryTemplate(), u"apa"_s));
        SettingsDialog d(m_store, r.listId);
        const QString grammar = u"| {year} | [**{title}**]({url}) | {venue} |"_s;
        QCOMPARE(child<QLabel>(d, "grammarValue")->text(), grammar);
        auto *use = child<QPushButton>(d, "useGrammarButton");
        QVERIFY(use->isEnabled());
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(d, "templateEdit")->text(), grammar);
        QVERIFY(!use->isEnabled());
        QVERIFY2(child<QPlainTextEdit>(d, "previewEdit")->toPlainText().startsWith(u"| 2024"_s),
                 qPrintable(child<QPlainTextEdit>(d, "previewEdit")->toPlainText()));
        if (const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !shots.isEmpty()) {
            child<QTabWidget>(d, "pages")->setCurrentWidget(child<QWidget>(d, "listFormatPage"));
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QVERIFY(d.grab().save(shots + u"/settings-list-form.png"_s));
        }
    }

    void repositoryLink()
    {
        const QString clone = m_dir.filePath(u"clone"_s);
        QVERIFY(QDir().mkpath(clone));
        QCOMPARE(QProcess::execute(u"git"_s, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, clone}), 0);
        {
            SettingsDialog d(m_store, m_list);
            auto *path = child<QLineEdit>(d, "clonePathEdit");
            path->setText(m_dir.filePath(u"nowhere"_s));
            QVERIFY(!okEnabled(d));
            path->setText(m_dir.path()); // a folder, but no clone
            QVERIFY(!okEnabled(d));
            path->setText(clone);
            QVERIFY(okEnabled(d));
            child<QLineEdit>(d, "remoteEdit")->setText(u"--upload-pack=x"_s);
            QVERIFY(!okEnabled(d));
            child<QLineEdit>(d, "remoteEdit")->setText(u"fork"_s);
            child<QLineEdit>(d, "githubEdit")->setText(u"not a repo"_s);
            QVERIFY(!okEnabled(d));
            child<QLineEdit>(d, "githubEdit")->setText(u"neuro/papers"_s);
            child<QLineEdit>(d, "baseEdit")->setText(u"main"_s);
            QVERIFY(okEnabled(d));
            QVERIFY2(d.save(), qPrintable(d.errorString()));
        }
        const RepoLink link = m_store.repoLink(m_list);
        QCOMPARE(link.path, clone);
        QCOMPARE(link.readme, u"README.md"_s);
        QCOMPARE(link.remote, u"fork"_s);
        QCOMPARE(link.base, u"main"_s);
        QCOMPARE(link.github, u"neuro/papers"_s);
        SettingsDialog again(m_store, m_list);
        QCOMPARE(child<QLineEdit>(again, "githubEdit")->text(), u"neuro/papers"_s);
        // Emptying the folder unlinks the list.
        child<QLineEdit>(again, "clonePathEdit")->clear();
        QVERIFY(again.save());
        QVERIFY(!m_store.repoLink(m_list).isLinked());
    }

    // The token is shown masked, with where it came from, and never in full.
    void tokenIsMasked()
    {
        qputenv("GH_TOKEN", "ghp_abcdefghijklmnopqrstuvwxyz0123451a2b");
        SettingsDialog d(m_store, m_list);
        auto *status = child<QLabel>(d, "tokenStatus");
        QTRY_VERIFY(status->text().contains(u"1a2b"_s));
        QVERIFY(status->text().contains(u"GH_TOKEN"_s));
        QVERIFY(!status->text().contains(u"abcdefghijklmnop"_s));
        QVERIFY(!child<QPushButton>(d, "removeTokenButton")->isEnabled());
        qunsetenv("GH_TOKEN");
        if (const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !shots.isEmpty()) {
            child<QTabWidget>(d, "pages")->setCurrentWidget(child<QWidget>(d, "accountPage"));
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QVERIFY(d.grab().save(shots + u"/settings-account.png"_s));
        }
    }

    void savesToTheStoreAndSettings()
    {
        {
            SettingsDialog d(m_store, m_list);
            child<QLineEdit>(d, "emailEdit")->setText(u"curator@example.org"_s);
            auto *language = child<QComboBox>(d, "languageCombo");
            language->setCurrentIndex(language->findData(u"de"_s));
            child<QLineEdit>(d, "templateEdit")
                ->setText(u"{authors} [**{title}**]({url}) ({year})"_s);
            auto *style = child<QComboBox>(d, "styleCombo");
            style->setCurrentIndex(style->findData(u"natural"_s));
            auto *venues = child<QTableWidget>(d, "venueTable");
            QTest::mouseClick(child<QPushButton>(d, "addVenueButton"), Qt::LeftButton);
            QVERIFY(!okEnabled(d)); // an empty row
            const int row = venues->rowCount() - 1;
            venues->setItem(row, 0, new QTableWidgetItem(u"Journal of Neuroscience"_s));
            venues->setItem(row, 1, new QTableWidgetItem(u"J. Neurosci."_s));
            QVERIFY(okEnabled(d));
            QVERIFY2(d.save(), qPrintable(d.errorString()));
        }
        QCOMPARE(SettingsDialog::contactEmail(), u"curator@example.org"_s);
        QCOMPARE(QSettings(QCoreApplication::applicationName(), QCoreApplication::applicationName())
                     .value(u"ui/language"_s)
                     .toString(),
                 u"de"_s);
        QCOMPARE(m_store.list(m_list)->entryTemplate, u"{authors} [**{title}**]({url}) ({year})"_s);
        QCOMPARE(m_store.list(m_list)->authorStyle, u"natural"_s);
        QVERIFY(m_store.venueMap(m_list)->contains(
            qMakePair(u"Journal of Neuroscience"_s, u"J. Neurosci."_s)));
        // Opened again, the dialog shows what was saved.
        SettingsDialog again(m_store, m_list);
        QCOMPARE(child<QLineEdit>(again, "emailEdit")->text(), u"curator@example.org"_s);
        QCOMPARE(child<QComboBox>(again, "styleCombo")->currentData().toString(), u"natural"_s);
        if (const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !shots.isEmpty()) {
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QVERIFY(again.grab().save(shots + u"/settingsdialog.png"_s));
        }
    }

    // Issue 14: the dialog stood 780 pixels high, taller than the main window, and cut "GitHub
    // token" in every language. Its four pages each show whole, in English, German and French,
    // within 600 pixels.
    // Choosing another language says at once that it shows after a restart.
    void languageChangeSaysRestart()
    {
        SettingsDialog dialog(m_store, m_list);
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
        combo->setCurrentIndex(combo->findData(Language::installed()));
        QVERIFY(!note->isVisible());
        const QString other = Language::installed() == u"fr"_s ? u"de"_s : u"fr"_s;
        combo->setCurrentIndex(combo->findData(other));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"starts again"_s));
    }

    void pagesFitInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void pagesFitInEveryLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(Language::install(language));
        const auto uninstall = qScopeGuard([] {
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        SettingsDialog d(m_store, m_list);
        QVERIFY2(d.sizeHint().height() <= 600, qPrintable(QString::number(d.sizeHint().height())));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY2(d.height() <= 600, qPrintable(QString::number(d.height())));
        auto *pages = child<QTabWidget>(d, "pages");
        QVERIFY(pages);
        QStringList titles;
        for (int i = 0; i < pages->count(); ++i)
            titles << pages->tabText(i);
        if (language == u"en"_s)
            QCOMPARE(titles,
                     (QStringList{u"General"_s, u"List format"_s, u"Repository"_s, u"Account"_s}));
        QCOMPARE(titles.size(), 4);
        // The token's state (the longest text) comes from the keychain a moment later.
        const QString looking = QCoreApplication::translate("Curator::SettingsDialog", "Looking…");
        QTRY_VERIFY(child<QLabel>(d, "tokenStatus")->text() != looking);

        const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS");
        const QStringList names{u"general"_s, u"list-form"_s, u"repository"_s, u"account"_s};
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QCoreApplication::processEvents(); // lays the page out
            const QString where = language + u" "_s + titles.at(i);
            QVERIFY2(pages->tabBar()->width() >= pages->tabBar()->sizeHint().width(),
                     qPrintable(where));
            // Whole: as wide and high as the text asks, or wrapped and high enough for the
            // lines it wraps to.
            for (const QLabel *label : d.findChildren<QLabel *>()) {
                if (!label->isVisible())
                    continue;
                const QSize hint = label->sizeHint();
                const bool wide
                    = label->width() >= hint.width() && label->height() >= hint.height();
                const bool wrapped
                    = label->wordWrap() && label->height() >= label->heightForWidth(label->width());
                QVERIFY2(wide || wrapped,
                         qPrintable(u"%1: %2 \"%3\" is %4x%5, needs %6x%7"_s.arg(
                             where, label->objectName(), label->text(),
                             QString::number(label->width()), QString::number(label->height()),
                             QString::number(hint.width()), QString::number(hint.height()))));
            }
            for (const QAbstractButton *button : d.findChildren<QAbstractButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(),
                             qPrintable(where + u": "_s + button->text()));
            }
            // English's List format and Account pages come from grammarFromTheReadme and
            // tokenIsMasked, which show a form to take over and a token.
            if (!shots.isEmpty() && (language != u"en"_s || i == 0 || i == 2)) {
                const QString prefix = language == u"en"_s ? QString() : language + u"-"_s;
                QVERIFY(d.grab().save(shots + u"/settings-"_s + prefix + names.at(i) + u".png"_s));
            }
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
