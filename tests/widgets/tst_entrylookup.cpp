#include "entryeditor.h"
#include "metadata/resolver.h"
#include "metadata/toentry.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

// Answers the message box the next event loop shows with `button`, keeping its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->button(button)->click();
        }
    });
}

} // namespace

// The entry editor's look-up row, against the loopback server serving recorded responses.
class TestEntryLookup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::TestHttpServer m_server;

    struct Dialog
    {
        Store store;
        QNetworkAccessManager nam;
        std::unique_ptr<Metadata::Resolver> resolver;
        std::unique_ptr<EntryEditor> editor;
        template<typename T>
        T *child(const char *name) const
        {
            return editor->findChild<T *>(QString::fromLatin1(name));
        }
    };

    void open(Dialog &d)
    {
        static int n = 0;
        QVERIFY(d.store.open(m_dir.filePath(u"l%1.sqlite"_s.arg(++n))));
        Metadata::Endpoints endpoints;
        endpoints.arxiv = endpoints.crossref = endpoints.doi = m_server.baseUrl();
        d.resolver = std::make_unique<Metadata::Resolver>(&d.store, &d.nam, endpoints);
        d.editor = std::make_unique<EntryEditor>();
        d.editor->setResolver(d.resolver.get(), {});
        Entry e;
        e.sectionId = 1;
        d.editor->setSections({Section{1, 1, 0, 1, u"Papers"_s, {}, {}, 0}});
        d.editor->setEntry(e);
        d.editor->show();
    }

    // A list in the dialog's store that has the paper behind arXiv 2104.12255 (another version
    // of it, under another title) in a section "Dendrites"; the editor adds to its "Papers" and
    // checks against it. Returns the id of that entry.
    static qint64 listWithThePaper(Dialog &d)
    {
        const qint64 list = d.store.createList(u"Neuro"_s);
        const qint64 dendrites = d.store.addSection(list, u"Dendrites"_s);
        EntryFields f;
        f.authors = u"Nguyen, Q. T. M."_s;
        f.title = u"An earlier record of the same preprint"_s;
        f.url = u"https://arxiv.org/abs/2104.12255v2"_s;
        f.venue = u"arXiv"_s;
        f.yearText = u"2021"_s;
        f.year = 2021;
        f.arxivId = u"2104.12255v2"_s;
        const qint64 existing = d.store.addEntry(dendrites, f);
        const QList<Section> sections = d.store.sections(list);
        d.editor->setSections(sections);
        Entry e;
        e.listId = list;
        e.sectionId = sections.first().id;
        d.editor->setEntry(e);
        d.editor->setDuplicateCheck(&d.store, list);
        return existing;
    }

    static QPushButton *okButton(const Dialog &d)
    {
        return d.child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }

    // Types an identifier into the look-up field and presses Enter, as a user does.
    static void typeAndFetch(const Dialog &d, const QString &text)
    {
        auto *lookup = d.child<QLineEdit>("lookupEdit");
        lookup->setFocus();
        QTest::keyClick(lookup, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(lookup, text);
        QTest::keyClick(lookup, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.route(
            "GET", "/api/query?id_list=2104.12255v1*",
            Test::TestHttpServer::fixture(u"arxiv/2026_id_list_2104.12255v1.atom.xml"_s));
        m_server.route(
            "GET", "/api/query?id_list=2301.00002*",
            Test::TestHttpServer::fixture(u"arxiv/2026_id_list_0000.0000_empty.atom.xml"_s));
        m_server.route("GET", "/works/10.1101/097196",
                       Test::TestHttpServer::fixture(u"crossref/10.1101_097196.json"_s));
        // Stands in for the published paper of that preprint (any recorded journal article).
        m_server.route("GET", "/works/10.1038/s41597-019-0031-8",
                       Test::TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        Test::Response stall;
        stall.mode = Test::Response::Mode::Stall;
        m_server.route("GET", "/api/query?id_list=1605.08386*", stall);
    }

    void pasteFetchFill()
    {
        Dialog d;
        open(d);
        auto *lookup = d.child<QLineEdit>("lookupEdit");
        lookup->setFocus();
        QTest::keyClicks(lookup, u"https://arxiv.org/abs/2104.12255v1"_s);
        QCOMPARE(d.child<QLabel>("recognizedLabel")->text(), u"arXiv 2104.12255v1"_s);
        QVERIFY(d.child<QPushButton>("fetchButton")->isEnabled());
        QTest::mouseClick(d.child<QPushButton>("fetchButton"), Qt::LeftButton);
        QVERIFY(d.editor->isFetching());
        QVERIFY(!d.child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(d.child<QPlainTextEdit>("previewEdit")->toPlainText(),
                 u"Nguyen, Q. T. M. [**0**](https://arxiv.org/abs/2104.12255) arXiv (2021)"_s);
        const Entry e = d.editor->entry();
        QCOMPARE(e.fields.arxivId, u"2104.12255"_s);
        QCOMPARE(e.fields.authorNames.size(), 1);
        QCOMPARE(e.fields.authorNames.first().family, u"Nguyen"_s);
        QVERIFY(d.child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        if (const QString shots = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(d.editor->grab().save(shots + u"/entryeditor-lookup.png"_s));
    }

    void publishedVersionOffered()
    {
        Dialog d;
        open(d);
        d.child<QLineEdit>("lookupEdit")->setText(u"https://doi.org/10.1101/097196"_s);
        d.editor->fetch();
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(d.editor->entry().fields.venue, u"bioRxiv"_s);
        QVERIFY2(
            d.child<QLabel>("lookupStatusLabel")->text().contains(u"10.1038/s41597-019-0031-8"_s),
            qPrintable(d.child<QLabel>("lookupStatusLabel")->text()));
        auto *use = d.child<QPushButton>("publishedButton");
        QVERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY(!d.editor->isFetching());
        const Entry e = d.editor->entry();
        // The published venue, year and DOI; the preprint's title, authors and link stay.
        QCOMPARE(e.fields.venue, u"Nature Genetics"_s);
        QCOMPARE(e.fields.doi, u"10.1038/ng.3834"_s);
        QCOMPARE(e.fields.title, u"A Data Citation Roadmap for Scholarly Data Repositories"_s);
        QCOMPARE(e.fields.url, u"https://doi.org/10.1101/097196"_s);
        QVERIFY(!use->isVisible());
    }

    // Crossref does not know the published DOI (yet): the offer stays, and says why.
    void publishedVersionUnknownKeepsTheOffer()
    {
        m_server.route(
            "GET", "/works/10.1038/s41597-019-0031-8",
            Test::TestHttpServer::fixture(u"crossref/404_10.1371_notarealdoi.txt"_s, 404));
        Dialog d;
        open(d);
        d.child<QLineEdit>("lookupEdit")->setText(u"https://doi.org/10.1101/097196"_s);
        d.editor->fetch();
        QTRY_VERIFY(!d.editor->isFetching());
        auto *use = d.child<QPushButton>("publishedButton");
        QVERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY(!d.editor->isFetching());
        m_server.route("GET", "/works/10.1038/s41597-019-0031-8",
                       Test::TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        QVERIFY(use->isVisible());
        const QString status = d.child<QLabel>("lookupStatusLabel")->text();
        QVERIFY2(status.contains(u"10.1038/s41597-019-0031-8"_s), qPrintable(status));
        // Nothing of the preprint was lost; asked again, it works.
        QCOMPARE(d.editor->entry().fields.venue, u"bioRxiv"_s);
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(d.editor->entry().fields.venue, u"Nature Genetics"_s);
    }

    // A failed look-up's message goes once the look-up text changes.
    void staleProblemGoes()
    {
        Dialog d;
        open(d);
        typeAndFetch(d, u"2301.00002"_s);
        QTRY_VERIFY(!d.editor->isFetching());
        auto *status = d.child<QLabel>("lookupStatusLabel");
        QVERIFY(status->isVisible());
        QVERIFY(!status->text().isEmpty());
        QTest::keyClick(d.child<QLineEdit>("lookupEdit"), Qt::Key_Backspace);
        QVERIFY(!status->isVisible());
    }

    // What the user typed is not replaced without asking; "No" keeps it and fills the rest.
    void typedFieldsAreAsked()
    {
        Dialog d;
        open(d);
        auto *title = d.child<QLineEdit>("titleEdit");
        QTest::keyClicks(title, u"My own title"_s);
        d.child<QLineEdit>("lookupEdit")->setText(u"2104.12255v1"_s);
        // The question comes when the answer arrives: keep trying until it is there. Each retry
        // is a fresh copy (a lambda holding a shared_ptr to itself was never freed: LeakSanitizer).
        struct AnswerNo
        {
            void operator()() const
            {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->button(QMessageBox::No)->click();
                else
                    QTimer::singleShot(20, AnswerNo());
            }
        };
        QTimer::singleShot(0, AnswerNo());
        d.editor->fetch();
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(d.editor->entry().fields.title, u"My own title"_s);
        QCOMPARE(d.editor->entry().fields.venue, u"arXiv"_s);
        QCOMPARE(d.editor->entry().fields.authors, u"Nguyen, Q. T. M."_s);
    }

    // A second fetch of the same id comes from the cache; Refresh asks the service again.
    void cacheAndRefresh()
    {
        Dialog d;
        open(d);
        d.child<QLineEdit>("lookupEdit")->setText(u"10.1101/097196"_s);
        m_server.reset();
        d.editor->fetch();
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(m_server.requests().size(), 1);
        d.editor->fetch();
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(m_server.requests().size(), 1);
        QTest::mouseClick(d.child<QPushButton>("refreshButton"), Qt::LeftButton);
        QVERIFY(d.editor->isFetching());
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(m_server.requests().size(), 2);
    }

    // Enter in the look-up field fetches and never presses OK (the default button): after a
    // look-up, Enter on a mistyped identifier added the paper fetched before.
    void enterInLookupNeverAccepts()
    {
        Dialog d;
        open(d);
        QVERIFY(QTest::qWaitForWindowActive(d.editor.get()));
        QSignalSpy accepted(d.editor.get(), &QDialog::accepted);
        typeAndFetch(d, u"2104.12255v1"_s);
        QVERIFY(d.editor->isFetching());
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(d.editor->entry().fields.arxivId, u"2104.12255"_s);
        QVERIFY(okButton(d)->isEnabled());

        typeAndFetch(d, u"see the paper from last week"_s);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(d.editor->isVisible());
        QCOMPARE(d.editor->result(), int(QDialog::Rejected));
        QVERIFY(!d.editor->isFetching());
        auto *status = d.child<QLabel>("lookupStatusLabel");
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(),
                 u"Nothing was looked up: the text is neither a DOI nor an arXiv ID nor a link to "
                 "a paper."_s);
        QCOMPARE(d.editor->entry().fields.arxivId, u"2104.12255"_s); // the fields stay
        // The message was about the text that is gone.
        QTest::keyClick(d.child<QLineEdit>("lookupEdit"), Qt::Key_Backspace);
        QVERIFY(!status->isVisible());
        // Nor does the keypad's Enter, nor Enter in an empty field.
        QTest::keyClick(d.child<QLineEdit>("lookupEdit"), Qt::Key_Enter, Qt::KeypadModifier);
        typeAndFetch(d, QString());
        QCOMPARE(accepted.count(), 0);
        QVERIFY(d.editor->isVisible());
    }

    // A fetched paper the list already has is named at once, with a way to it in the list.
    void duplicateShownAfterFetch()
    {
        Dialog d;
        open(d);
        const qint64 existing = listWithThePaper(d);
        auto *panel = d.child<QWidget>("duplicatePanel");
        QVERIFY(!panel->isVisible());
        typeAndFetch(d, u"https://arxiv.org/abs/2104.12255v1"_s);
        QTRY_VERIFY(!d.editor->isFetching());
        QVERIFY(panel->isVisible());
        QCOMPARE(d.child<QLabel>("duplicateLabel")->text(),
                 u"Already in the list: “An earlier record of the same preprint”, in "
                 "“Dendrites”, 2021."_s);
        QCOMPARE(d.editor->duplicates(), QList<qint64>{existing});

        QSignalSpy show(d.editor.get(), &EntryEditor::showExistingEntry);
        QTest::mouseClick(d.child<QPushButton>("showExistingButton"), Qt::LeftButton);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.first().first().toLongLong(), existing);
        QVERIFY(d.editor->isVisible());

        // Another arXiv ID makes it another paper.
        auto *arxiv = d.child<QLineEdit>("arxivEdit");
        arxiv->setFocus();
        QTest::keyClick(arxiv, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(arxiv, u"2301.00002"_s);
        QVERIFY(!panel->isVisible());
        QVERIFY(d.editor->duplicates().isEmpty());
    }

    // OK on a duplicate names the existing entry in full; "No" goes back to the editor with
    // everything as typed, notes and tags included.
    void answeringNoKeepsTheEditor()
    {
        Dialog d;
        open(d);
        listWithThePaper(d);
        QSignalSpy accepted(d.editor.get(), &QDialog::accepted);
        auto *tags = d.child<QLineEdit>("tagsEdit");
        auto *notes = d.child<QPlainTextEdit>("notesEdit");
        QTest::keyClicks(tags, u"dendrites, review"_s);
        QTest::keyClicks(notes, u"Read the appendix first."_s);
        typeAndFetch(d, u"2104.12255v1"_s);
        QTRY_VERIFY(!d.editor->isFetching());
        const Entry before = d.editor->entry();
        QCOMPARE(before.fields.arxivId, u"2104.12255"_s);

        QString question;
        answerNextMessageBox(QMessageBox::No, &question);
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(question,
                 u"The list already has this paper, in “Dendrites”:\n\n"
                 "An earlier record of the same preprint\nNguyen, Q. T. M.\narXiv (2021)\n"
                 "arXiv 2104.12255v2\n\nAdd it anyway?"_s);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(d.editor->isVisible());
        QCOMPARE(tags->text(), u"dendrites, review"_s);
        QCOMPARE(notes->toPlainText(), u"Read the appendix first."_s);
        const Entry after = d.editor->entry();
        QCOMPARE(after.fields, before.fields);
        QCOMPARE(after.tags, (QStringList{u"dendrites"_s, u"review"_s}));
        QCOMPARE(after.notes, u"Read the appendix first."_s);
        QCOMPARE(after.sectionId, before.sectionId);

        answerNextMessageBox(QMessageBox::Yes, &question);
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(d.editor->entry().notes, u"Read the appendix first."_s);
    }

    void junkIsNotRecognised()
    {
        Dialog d;
        open(d);
        QTest::keyClicks(d.child<QLineEdit>("lookupEdit"), u"hello"_s);
        QCOMPARE(d.child<QLabel>("recognizedLabel")->text(), u"not recognised"_s);
        QVERIFY(!d.child<QPushButton>("fetchButton")->isEnabled());
    }

    void unknownIdIsSaid()
    {
        Dialog d;
        open(d);
        d.child<QLineEdit>("lookupEdit")->setText(u"2301.00002"_s); // well-formed, no such paper
        d.editor->fetch();
        QTRY_VERIFY(!d.editor->isFetching());
        QVERIFY2(d.child<QLabel>("lookupStatusLabel")->text().contains(u"no paper"_s),
                 qPrintable(d.child<QLabel>("lookupStatusLabel")->text()));
        QVERIFY(d.editor->entry().fields.title.isEmpty());
    }

    void stopMidFetch()
    {
        Dialog d;
        open(d);
        d.child<QLineEdit>("lookupEdit")->setText(u"1605.08386"_s);
        d.editor->fetch();
        QVERIFY(d.child<QPushButton>("cancelLookupButton")->isVisible());
        QTest::qWait(200);
        QTest::mouseClick(d.child<QPushButton>("cancelLookupButton"), Qt::LeftButton);
        QTRY_VERIFY(!d.editor->isFetching());
        QCOMPARE(d.child<QLabel>("lookupStatusLabel")->text(), u"The look-up was stopped."_s);
        QVERIFY(d.child<QPushButton>("fetchButton")->isEnabled());
    }
};

QTEST_MAIN(TestEntryLookup)
#include "tst_entrylookup.moc"
