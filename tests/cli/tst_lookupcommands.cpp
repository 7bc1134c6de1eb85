#include "clirun.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"
#include "testpdf.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

Test::CliRun run(const QStringList &args)
{
    return Test::runCli(args);
}

} // namespace

// `lookup` and `add` against the loopback server serving the recorded responses.
class TestLookupCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::TestHttpServer m_server;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        const QByteArray base = m_server.baseUrl().toString().toUtf8();
        qputenv("CURATOR_ARXIV_API", base);
        qputenv("CURATOR_CROSSREF_API", base);
        qputenv("CURATOR_DOI_API", base);
        m_server.route(
            "GET", "/api/query?id_list=2104.12255v1*",
            Test::TestHttpServer::fixture(u"arxiv/2026_id_list_2104.12255v1.atom.xml"_s));
        m_server.route(
            "GET", "/works/10.1371/journal.pone.0033693",
            Test::TestHttpServer::fixture(u"crossref/10.1371_journal.pone.0033693.json"_s));
        m_server.route(
            "GET", "/works/10.1371/notarealdoi",
            Test::TestHttpServer::fixture(u"crossref/404_10.1371_notarealdoi.txt"_s, 404));
        m_server.route("GET", "/10.1371/notarealdoi",
                       {404, "Not Found", {{"Content-Type", "text/plain"}}});
        m_db = m_dir.filePath(u"lookup.sqlite"_s);
        QCOMPARE(run({u"--db"_s, m_db, u"import"_s, Test::seedReadmePath()}).code, 0);
    }

    void lookupPrintsTheLine_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("arXiv id") << u"2104.12255v1"_s
                                  << QByteArray("Nguyen, Q. T. M. [**0**](https://arxiv.org/abs/"
                                                "2104.12255) arXiv (2021)\n");
        QTest::newRow("DOI URL") << u"https://doi.org/10.1371/journal.pone.0033693"_s
                                 << QByteArray("Sadasivan, S., Pond, B. B., Pani, A. K., Qu, C., "
                                               "Jiao, Y., & Smeyne, R. J. [**Methylphenidate "
                                               "Exposure Induces Dopamine Neuron Loss and "
                                               "Activation of Microglia in the Basal Ganglia of "
                                               "Mice**](https://doi.org/10.1371/journal.pone."
                                               "0033693) PLoS ONE (2012)\n");
    }

    void lookupPrintsTheLine()
    {
        QFETCH(QString, input);
        const Test::CliRun r = run({u"--db"_s, m_db, u"lookup"_s, input});
        QVERIFY2(r.code == 0, r.err.constData());
        QTEST(r.out, "line");
    }

    void lookupJsonAndFailures()
    {
        m_server.reset();
        Test::CliRun r = run({u"--db"_s, m_db, u"lookup"_s, u"--json"_s, u"2104.12255v1"_s,
                              u"hello world"_s, u"10.1371/notarealdoi"_s});
        QCOMPARE(r.code, 1);
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.first().toObject()[u"arxivId"_s].toString(), u"2104.12255"_s);
        QVERIFY2(r.err.contains("hello world: not a DOI"), r.err.constData());
        QVERIFY2(r.err.contains("10.1371/notarealdoi: "), r.err.constData());
        // The arXiv record came from the cache: no request for it this time.
        for (const auto &req : m_server.requests())
            QVERIFY2(!req.path.startsWith("/api/query"), req.path.constData());
    }

    void addPlacesAndRefusesDuplicates()
    {
        Test::CliRun r
            = run({u"--db"_s, m_db, u"add"_s, u"10.1371/journal.pone.0033693"_s, u"--list"_s,
                   u"Awesome NeuroAI Papers"_s, u"--section"_s, u"reviews"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.startsWith("Added: Sadasivan, S."));
        r = run({u"--db"_s, m_db, u"export"_s});
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        // 2012 is older than every review: it ends the section, as one line and one blank line.
        const QByteArray line = "Sadasivan, S., Pond, B. B., Pani, A. K., Qu, C., Jiao, Y., & "
                                "Smeyne, R. J. [**Methylphenidate Exposure Induces Dopamine Neuron "
                                "Loss and Activation of Microglia in the Basal Ganglia of Mice**]"
                                "(https://doi.org/10.1371/journal.pone.0033693) PLoS ONE (2012)";
        QByteArray expected = seed;
        expected.replace("(2016)\n\n# Blogs", QByteArray("(2016)\n\n" + line + "\n\n# Blogs"));
        QCOMPARE(r.out, expected);
        r = run({u"--db"_s, m_db, u"add"_s, u"https://doi.org/10.1371/journal.pone.0033693"_s,
                 u"--list"_s, u"Awesome NeuroAI Papers"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already in the list"), r.err.constData());
        r = run({u"--db"_s, m_db, u"add"_s, u"2104.12255v1"_s});
        QCOMPARE(r.code, 2);
        r = run({u"--db"_s, m_db, u"add"_s, u"2104.12255v1"_s, u"--list"_s,
                 u"Awesome NeuroAI Papers"_s, u"--section"_s, u"Nowhere"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no section"));
    }

    // A list kept as a table gets a new row in its columns, between the rows of the years
    // around it; nothing else of the file changes.
    void addToATableList()
    {
        const QByteArray readme
            = "# Awesome Tables\n\n"
              "## Papers\n\n"
              "| Date | Title | Venue | Code |\n"
              "|---|---|---|---|\n"
              "| 2024.07 | [**Alpha**](https://arxiv.org/abs/2407.00001) | "
              "NeurIPS | [code](https://github.com/a/alpha) |\n"
              "| 2023.05 | [**Beta**](https://arxiv.org/abs/2305.00002) | ICLR | "
              "[code](https://github.com/b/beta) |\n"
              "| 2019.01 | [**Gamma**](https://arxiv.org/abs/1901.00003) | "
              "ICML | |\n"
              "\n"
              "## Contributing\n\nPull requests welcome.\n";
        const QString file = m_dir.filePath(u"tables.md"_s);
        QVERIFY(Test::writeFile(file, readme));
        const QString db = m_dir.filePath(u"tables.sqlite"_s);
        Test::CliRun r = run({u"--db"_s, db, u"import"_s, file});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"--db"_s, db, u"add"_s, u"2104.12255v1"_s, u"--list"_s, u"Awesome Tables"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"--db"_s, db, u"export"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        const QList<QByteArray> before = readme.split('\n');
        QCOMPARE(lines.size(), before.size() + 1);
        // The new row stands between 2023 and 2019, and the rest is as it was.
        QCOMPARE(lines.mid(0, 8), before.mid(0, 8));
        QCOMPARE(lines.mid(9), before.mid(8));
        const QByteArray row = lines.at(8);
        qInfo().noquote() << "added:" << row;
        QVERIFY2(row.startsWith("| 2021 | [**"), row.constData());
        QVERIFY2(row.contains("](https://arxiv.org/abs/2104.12255"), row.constData());
        QVERIFY2(row.endsWith(" | |"), row.constData());
    }

    // `import-files`: a folder of PDFs, an identifier, a link to a paper the list has, and junk,
    // as one drop. Every line of the report is printed; the new entries are one transaction.
    void importFilesAsADrop()
    {
        const QString folder = m_dir.filePath(u"drop"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString title = u"A Theory of Cortical Columns"_s;
        QVERIFY(Test::writePdf(folder + u"/columns.pdf"_s,
                               Test::paperPdf(title, u"Jeff Hawkins; Subutai Ahmad"_s, title)));
        QVERIFY(Test::writeFile(folder + u"/broken.pdf"_s, "%PDF-1.4\nnot the rest\n"));
        const QString list = u"Awesome NeuroAI Papers"_s;
        const QString doiLink = u"https://doi.org/10.1371/journal.pone.0033693"_s;
        Test::CliRun r = run({u"--db"_s, m_db, u"import-files"_s, u"--list"_s, list, u"--section"_s,
                              u"Reviews"_s, folder, u"2104.12255v1"_s, doiLink,
                              u"javascript:alert(1)"_s, u"gone/missing.pdf"_s});
        QCOMPARE(r.code, 1);
        const QList<QByteArray> out = r.out.trimmed().split('\n');
        QCOMPARE(out.size(), 4);
        QVERIFY2(out.at(0).startsWith("Added, needs review: Hawkins, J., & Ahmad, S. [**A Theory "
                                      "of Cortical Columns**]"),
                 out.at(0).constData());
        QVERIFY2(out.at(1).startsWith("Added: Nguyen, Q. T. M."), out.at(1).constData());
        QVERIFY2(out.at(2).startsWith(QByteArray("Not added: " + doiLink.toUtf8()
                                                 + ": Already in the list as “Methylphenidate")),
                 out.at(2).constData());
        QVERIFY2(out.at(3).startsWith("Added 2"), out.at(3).constData());
        QVERIFY2(r.err.contains("broken.pdf: "), r.err.constData());
        QVERIFY2(r.err.contains("javascript:alert(1): "), r.err.constData());
        // A PDF that is not there is named as a missing file, not as text without a link.
        QVERIFY2(r.err.contains("missing.pdf: “missing.pdf” does not exist."), r.err.constData());

        Store s;
        QVERIFY(s.open(m_db));
        const auto l = s.listByName(list);
        QVERIFY(l);
        qint64 reviews = 0;
        for (const Section &sec : s.sections(l->id)) {
            if (sec.title == u"Reviews"_s)
                reviews = sec.id;
        }
        int found = 0;
        for (const Entry &e : s.entries(l->id)) {
            if (e.fields.title == u"A Theory of Cortical Columns"_s) {
                ++found;
                QCOMPARE(e.sectionId, reviews);
                QVERIFY(e.needsReview);
                QCOMPARE(e.pdfPath, QFileInfo(folder + u"/columns.pdf"_s).absoluteFilePath());
            } else if (e.fields.arxivId == u"2104.12255"_s) {
                ++found;
                QCOMPARE(e.sectionId, reviews);
                QVERIFY(!e.needsReview);
            }
        }
        QCOMPARE(found, 2);
        s.close();

        // The duplicate again, merged this time: nothing failed.
        r = run({u"--db"_s, m_db, u"import-files"_s, u"--list"_s, list, u"--merge"_s, doiLink});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.startsWith(QByteArray("Merged: " + doiLink.toUtf8())), r.out.constData());

        r = run({u"--db"_s, m_db, u"import-files"_s, folder});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("needs --list"));
        r = run({u"--db"_s, m_db, u"import-files"_s, u"--list"_s, list});
        QCOMPARE(r.code, 2);
        r = run({u"--db"_s, m_db, u"import-files"_s, u"--list"_s, list, u"--json"_s, folder});
        QCOMPARE(r.code, 2);
    }
};

QTEST_MAIN(TestLookupCommands)
#include "tst_lookupcommands.moc"
