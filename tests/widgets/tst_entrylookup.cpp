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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Curator;

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
