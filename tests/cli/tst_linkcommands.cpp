// check-links and link-rules, as a list's CI and a maintainer run them: exit codes, the lines,
// the summary, --json's keys, a README file with its .lycheeignore.
#include "clirun.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

class TestLinkCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_pages;
    TestHttpServer m_api;
    QString m_readme; // a README with one broken link
    QString m_db;

    static Test::CliRun run(const QStringList &args) { return Test::runCli(args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_pages.listen());
        QVERIFY(m_api.listen());
        const QByteArray api = m_api.baseUrl().toString().toUtf8();
        for (const char *v :
             {"CURATOR_ARXIV_API", "CURATOR_DOI_API", "CURATOR_GITHUB_API", "CURATOR_WAYBACK_API"})
            qputenv(v, api);
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        const QByteArray base = m_pages.baseUrl().toString().toUtf8();
        m_pages.route("GET", "/ok", Response{});
        m_pages.route("GET", "/gone", Response{404, "gone", {}});
        Response moved;
        moved.status = 301;
        moved.headers = {{"Location", base + "/moved/"}};
        m_pages.route("GET", "/moved", moved);
        m_pages.route("GET", "/moved/", Response{});
        m_pages.route("GET", "/private", Response{403, "no", {}});
        m_api.route("GET", "/wayback/available?*",
                    TestHttpServer::fixture(u"wayback/available_none.json"_s));
        m_api.route(
            "GET", "/api/query?*",
            TestHttpServer::fixture(u"arxiv/2026_id_list_0808.05394_1707.08567.atom.xml"_s));
        m_api.route("GET",
                    "/wayback/available?url="
                        + QUrl::toPercentEncoding(QString::fromUtf8(base + "/gone")),
                    TestHttpServer::fixture(u"wayback/available_200.json"_s));

        const QByteArray readme = "# Links\n\nSee [the site](" + base
            + "/ok).\n\n## Papers\n\n"
              "- Doe, J. [**One**]("
            + base
            + "/moved) Venue (2020)\n"
              "- Roe, R. [**Two**]("
            + base
            + "/gone) Venue (2021)\n"
              "- Poe, P. [**Three**](https://arxiv.org/abs/1707.08567) arXiv "
              "(2017)\n"
              "- Loe, L. [**Four**]("
            + base + "/private) Venue (2022)\n";
        m_readme = m_dir.filePath(u"README.md"_s);
        QVERIFY(Test::writeFile(m_readme, readme));
        m_db = m_dir.filePath(u"links.sqlite"_s);
        QCOMPARE(run({u"--db"_s, m_db, u"import"_s, m_readme}).code, 0);
    }

    // One line per link that is not ok, the summary, and 1 because a link is broken.
    void listWithABrokenLink()
    {
        const Test::CliRun r = run({u"--db"_s, m_db, u"check-links"_s});
        QCOMPARE(r.code, 1);
        const QString base = m_pages.baseUrl().toString();
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(u"7  redirected  200  %1/moved  → %1/moved/"_s.arg(base)),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(
                     u"8  broken  404  %1/gone  → https://web.archive.org/web/20130919044612/"
                     "http://example.com/gone"_s.arg(base)),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"10  unverified  403  %1/private"_s.arg(base)),
                 qPrintable(lines[2]));
        QCOMPARE(lines[3], u"5 links: 2 ok, 1 redirected, 1 broken, 1 unverified"_s);
    }

    // --json: every link, with exactly the keys a list's tooling reads.
    void jsonKeys()
    {
        const Test::CliRun r = run({u"--db"_s, m_db, u"check-links"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 5);
        const QStringList keys{u"class"_s, u"code"_s,    u"entry"_s,      u"finalUrl"_s,
                               u"line"_s,  u"message"_s, u"suggestion"_s, u"url"_s};
        for (const QJsonValue &v : all)
            QCOMPARE(v.toObject().keys(), keys);
        const QJsonObject site = all[0].toObject();
        QCOMPARE(site[u"class"_s].toString(), u"ok"_s);
        QCOMPARE(site[u"line"_s].toInt(), 3);
        QVERIFY(site[u"entry"_s].isNull());
        QVERIFY(site[u"suggestion"_s].isNull());
        QVERIFY(site[u"finalUrl"_s].isNull());
        const QJsonObject gone = all[2].toObject();
        QCOMPARE(gone[u"class"_s].toString(), u"broken"_s);
        QCOMPARE(gone[u"code"_s].toInt(), 404);
        QVERIFY(gone[u"entry"_s].toInteger() > 0);
        const QJsonObject arxiv = all[3].toObject();
        QCOMPARE(arxiv[u"class"_s].toString(), u"ok"_s);
        QVERIFY(arxiv[u"code"_s].isNull());
        QCOMPARE(all[1].toObject()[u"finalUrl"_s].toString(),
                 m_pages.baseUrl().toString() + u"/moved/"_s);
    }

    // A README file as it is, for a list's CI: no store, and the .lycheeignore beside it.
    void fileWithItsLycheeIgnore()
    {
        QTemporaryDir dir;
        const QString readme = dir.filePath(u"README.md"_s);
        QVERIFY(QFile::copy(m_readme, readme));
        Test::CliRun r = run({u"check-links"_s, readme});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.endsWith("5 links: 2 ok, 1 redirected, 1 broken, 1 unverified\n"),
                 r.out.constData());
        QVERIFY(Test::writeFile(dir.filePath(u".lycheeignore"_s), "# not ours\n/gone$\n"));
        r = run({u"check-links"_s, readme});
        QCOMPARE(r.code, 0); // redirected and unverified do not fail
        QVERIFY2(r.out.endsWith("5 links: 2 ok, 1 redirected, 0 broken, 1 unverified, 1 skipped\n"),
                 r.out.constData());
    }

    // The list's rules: added as one undo step, used by check-links, written for lychee.
    void rulesForTheList()
    {
        const QString ignore = m_dir.filePath(u"lycheeignore"_s);
        Test::CliRun r = run({u"--db"_s, m_db, u"link-rules"_s, u"--add"_s, u"/gone$"_s,
                              u"--lycheeignore"_s, ignore});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("/gone$\n"));
        const QByteArray file = Test::readFile(ignore);
        QVERIFY2(file.startsWith("# ") && file.endsWith("\n/gone$\n"), file.constData());
        r = run({u"--db"_s, m_db, u"check-links"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.endsWith("1 skipped\n"), r.out.constData());
        r = run({u"--db"_s, m_db, u"undo"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Ignore links matching /gone$"), r.out.constData());
        r = run({u"--db"_s, m_db, u"link-rules"_s});
        QCOMPARE(r.out, QByteArray());
        r = run({u"--db"_s, m_db, u"link-rules"_s, u"--add"_s, u"(unclosed"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not a valid pattern"), r.err.constData());
    }

    // The seed list's 115 links, each asked as the check asks it: arXiv ids, DOIs and GitHub
    // repositories of loopback services answering from recorded shapes, every other page through
    // a loopback relay (CURATOR_PAGE_RELAY) where two pages are gone and one moved.
    void seedList()
    {
        TestHttpServer services;
        TestHttpServer relay;
        TestHttpServer wayback; // a host of its own, as archive.org is: asked once a second
        QVERIFY(services.listen());
        QVERIFY(relay.listen());
        QVERIFY(wayback.listen());
        const QByteArray feed
            = Test::readFile(Test::fixturePath(u"arxiv/2026_id_list_1605.08386.atom.xml"_s));
        const QByteArray entry = feed.mid(feed.indexOf("  <entry>"),
                                          feed.indexOf("</entry>") + 9 - feed.indexOf("  <entry>"));
        // A feed holding exactly the ids asked for (each as the recorded entry, renamed).
        services.routeHandler("GET", "/api/query?*", [feed, entry](const Test::Request &r) {
            const QByteArray list = r.path.mid(r.path.indexOf("id_list=") + 8).split('&').first();
            QByteArray entries;
            for (QByteArray id : list.split(',')) {
                if (!id.contains('v'))
                    id += "v1";
                entries += QByteArray(entry).replace("1605.08386v1", id);
            }
            Response answer;
            answer.body = QByteArray(feed).replace(entry, entries);
            answer.headers = {{"Content-Type", "application/atom+xml"}};
            return answer;
        });
        services.routeHandler("GET", "/api/handles/*", [](const Test::Request &r) {
            Response answer;
            answer.body = "{\"responseCode\":1,\"handle\":\""
                + QByteArray::fromPercentEncoding(r.path.mid(13)) + "\"}";
            answer.headers = {{"Content-Type", "application/json"}};
            return answer;
        });
        const QByteArray repo = Test::readFile(Test::fixturePath(u"github/get_repo_200.json"_s));
        services.routeHandler("GET", "/repos/*", [repo](const Test::Request &r) {
            Response answer;
            answer.body = QByteArray(repo).replace("\"qiskit-community/qiskit-qec\"",
                                                   QByteArray('"' + r.path.mid(7) + '"'));
            answer.headers = {{"Content-Type", "application/json"}};
            return answer;
        });
        wayback.route("GET", "/wayback/available?*",
                      TestHttpServer::fixture(u"wayback/available_none.json"_s));
        relay.route("GET", "/*", Response{});
        relay.route("GET", "/xcorr.net/*", Response{404, "gone", {}});
        Response moved;
        moved.status = 301;
        moved.headers = {{"Location", "https://www.evlab.mit.edu/papers/"}};
        relay.route("GET", "/evlab.mit.edu/*", moved);
        relay.route("GET", "/www.evlab.mit.edu/*", Response{});

        const QByteArray base = services.baseUrl().toString().toUtf8();
        for (const char *v : {"CURATOR_ARXIV_API", "CURATOR_DOI_API", "CURATOR_GITHUB_API"})
            qputenv(v, base);
        qputenv("CURATOR_WAYBACK_API", wayback.baseUrl().toString().toUtf8());
        qputenv("CURATOR_PAGE_RELAY", relay.baseUrl().toString().toUtf8());
        const QString db = m_dir.filePath(u"seed.sqlite"_s);
        QCOMPARE(run({u"--db"_s, db, u"import"_s, Test::seedReadmePath()}).code, 0);
        const Test::CliRun r = run({u"--db"_s, db, u"check-links"_s});
        qunsetenv("CURATOR_PAGE_RELAY");
        for (const char *v :
             {"CURATOR_ARXIV_API", "CURATOR_DOI_API", "CURATOR_GITHUB_API", "CURATOR_WAYBACK_API"})
            qputenv(v, m_api.baseUrl().toString().toUtf8());
        qInfo().noquote() << "check-links on the seed list:\n" << r.out;
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.endsWith("115 links: 112 ok, 1 redirected, 2 broken, 0 unverified\n"),
                 r.out.constData());
        // Nothing but pages went through the relay; arXiv was asked once for its 39 links' ids.
        int arxivRequests = 0;
        for (const auto &q : services.requests())
            arxivRequests += q.path.startsWith("/api/query") ? 1 : 0;
        QCOMPARE(arxivRequests, 1);
        for (const auto &q : relay.requests()) {
            const QList<QByteArray> parts = q.path.split('/');
            const bool repoRoot = parts.value(1) == "github.com" && parts.size() <= 4;
            QVERIFY2(!q.path.startsWith("/arxiv.org") && !q.path.startsWith("/doi.org")
                         && !repoRoot,
                     q.path.constData());
        }
        QCOMPARE(wayback.requests().size(), 2); // for the two broken pages
    }

    void usageErrors()
    {
        QCOMPARE(run({u"--db"_s, m_db, u"check-links"_s, m_readme, u"--list"_s, u"Links"_s}).code,
                 2);
        QCOMPARE(run({u"--db"_s, m_db, u"check-links"_s, u"a.md"_s, u"b.md"_s}).code, 2);
        QCOMPARE(run({u"--db"_s, m_db, u"check-links"_s, u"--force"_s}).code, 2);
        const Test::CliRun missing = run({u"check-links"_s, m_dir.filePath(u"nothing.md"_s)});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("is not a file"), missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLinkCommands)
#include "tst_linkcommands.moc"
