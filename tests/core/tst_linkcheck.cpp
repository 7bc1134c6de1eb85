// The link check of a whole list (issue 16) against loopback servers: pages, the identifier
// services (arXiv's API, doi.org's handle API, GitHub's REST API), the Wayback Machine's
// availability API, the store's last checks, ignore rules and the fixes.
#include "curation/curation.h"
#include "links/linkcheck.h"
#include "links/linkhealth.h"
#include "links/linkstore.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Links;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

namespace {

Response redirect(int status, const QByteArray &location)
{
    Response r;
    r.status = status;
    r.headers = {{"Location", location}};
    return r;
}

Response status(int code)
{
    Response r;
    r.status = code;
    r.body = "<html>no</html>";
    return r;
}

struct Outcome
{
    QList<LinkFinding> findings;
    QList<CheckedLink> checked;
    bool canceled = false;
    bool done = false;

    const LinkFinding *of(const QString &url) const
    {
        for (const LinkFinding &f : findings) {
            if (f.link.url == url)
                return &f;
        }
        return nullptr;
    }
};

} // namespace

class TestLinkCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    TestHttpServer m_pages; // an ordinary site
    TestHttpServer m_publisher; // treated as a publisher
    TestHttpServer m_api; // arXiv, doi.org, GitHub and the Wayback Machine
    int m_n = 0;

    QString page(const char *path) const
    {
        return m_pages.baseUrl().toString() + QLatin1String(path);
    }

    CheckSettings settings() const
    {
        CheckSettings s;
        const QUrl api = m_api.baseUrl();
        s.services = {api, api, api, api};
        s.pagePolicy.timeoutMs = 1000;
        s.pagePolicy.maxRetries = 2;
        s.publisherPolicy.timeoutMs = 1000;
        s.publisherHosts
            = {m_publisher.baseUrl().host() + u':' + QString::number(m_publisher.baseUrl().port())};
        return s;
    }

    Outcome check(const QList<LinkToCheck> &links, const CheckSettings &s,
                  const QHash<QString, CheckedLink> &stored = {}, const QSet<QString> &known = {})
    {
        LinkChecker checker(&m_nam);
        Outcome o;
        connect(&checker, &LinkChecker::finished, this,
                [&o](const QList<LinkFinding> &f, const QList<CheckedLink> &c, bool canceled) {
                    o.findings = f;
                    o.checked = c;
                    o.canceled = canceled;
                    o.done = true;
                });
        checker.start(links, s, stored, known);
        (void)QTest::qWaitFor([&o] { return o.done; }, 60000);
        return o;
    }

    static QList<LinkToCheck> linksTo(const QStringList &urls)
    {
        QList<LinkToCheck> links;
        int line = 0;
        for (const QString &u : urls)
            links.append({u, ++line, 0, {}, {}});
        return links;
    }

    // A store with `readme` imported; the list's id.
    qint64 openWith(Store &s, const QByteArray &readme)
    {
        if (!s.open(m_dir.filePath(u"l%1.sqlite"_s.arg(++m_n))))
            return 0;
        ImportOptions options;
        options.listName = u"Links"_s;
        const ImportReport r = importReadme(s, readme, options);
        return r.ok ? r.listId : 0;
    }

    LinkReport checkList(Store &s, qint64 listId, const CheckSettings &settings)
    {
        LinkHealth health(s, &m_nam);
        LinkReport report;
        bool done = false;
        connect(&health, &LinkHealth::finished, this, [&](const LinkReport &r) {
            report = r;
            done = true;
        });
        health.checkList(listId, settings);
        (void)QTest::qWaitFor([&done] { return done; }, 60000);
        return report;
    }

    static int requestsTo(const TestHttpServer &server, const QByteArray &prefix)
    {
        int n = 0;
        for (const auto &r : server.requests())
            n += r.path.startsWith(prefix) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_pages.listen());
        QVERIFY(m_publisher.listen());
        QVERIFY(m_api.listen());
        m_api.route("GET", "/wayback/available?*",
                    TestHttpServer::fixture(u"wayback/available_none.json"_s));
    }

    void init()
    {
        m_pages.reset();
        m_publisher.reset();
        m_api.reset();
    }

    void targets_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        using K = Target::Kind;
        QTest::newRow("arXiv abs")
            << u"https://arxiv.org/abs/2306.16922"_s << int(K::Arxiv) << u"2306.16922"_s;
        QTest::newRow("arXiv pdf, version")
            << u"https://arxiv.org/pdf/2306.16922v2.pdf"_s << int(K::Arxiv) << u"2306.16922v2"_s;
        QTest::newRow("arXiv old style") << u"http://export.arxiv.org/abs/hep-th/9901001"_s
                                         << int(K::Arxiv) << u"hep-th/9901001"_s;
        QTest::newRow("doi.org") << u"https://doi.org/10.1038/nn.4244"_s << int(K::Doi)
                                 << u"10.1038/nn.4244"_s;
        QTest::newRow("publisher with DOI") << u"https://www.pnas.org/doi/10.1073/pnas.2111821118"_s
                                            << int(K::Doi) << u"10.1073/pnas.2111821118"_s;
        QTest::newRow("bioRxiv") << u"https://www.biorxiv.org/content/10.1101/407007v2"_s
                                 << int(K::Doi) << u"10.1101/407007"_s;
        QTest::newRow("GitHub repo") << u"https://github.com/CYHSM/awesome-neuro-ai-papers"_s
                                     << int(K::GitHubRepo) << u"CYHSM/awesome-neuro-ai-papers"_s;
        QTest::newRow("GitHub file is a page")
            << u"https://github.com/o/r/blob/main/README.md"_s << int(K::Page) << QString();
        QTest::newRow("DOI on a blog is a page")
            << u"https://blog.example.org/10.1038/nn.4244"_s << int(K::Page) << QString();
        QTest::newRow("page") << u"https://distill.pub/2020/circuits/"_s << int(K::Page)
                              << QString();
    }

    void targets()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, id);
        const Target t = targetOf(QUrl(url));
        QCOMPARE(int(t.kind), kind);
        const QString got = t.kind == Target::Kind::Arxiv ? t.arxivId
            : t.kind == Target::Kind::Doi                 ? t.doi
            : t.kind == Target::Kind::GitHubRepo          ? t.owner + u'/' + t.repo
                                                          : QString();
        QCOMPARE(got, id);
    }

    void ignoreRules()
    {
        const IgnoreRules rules
            = IgnoreRules::parse(u"# comment\n\nlinkedin\\.com\n^https://x\\.org/a$\n"_s);
        QVERIFY(rules.isValid());
        QCOMPARE(rules.count(), 2);
        QCOMPARE(rules.match(u"https://www.linkedin.com/in/someone"_s), u"linkedin\\.com"_s);
        QCOMPARE(rules.match(u"https://x.org/a"_s), u"^https://x\\.org/a$"_s);
        QVERIFY(rules.match(u"https://x.org/ab"_s).isEmpty());
        const IgnoreRules more = rules.withUrl(u"https://y.org/p?q=(1)"_s);
        QVERIFY(more.isValid());
        QCOMPARE(more.count(), 3);
        QVERIFY(!more.match(u"https://y.org/p?q=(1)"_s).isEmpty());
        QVERIFY(more.match(u"https://y.org/p?q=(1)x"_s).isEmpty());
        // Only regex syntax is escaped: '/' and ':' stay as they are for lychee's regex crate.
        QVERIFY(more.text().endsWith(u"^https://y\\.org/p\\?q=\\(1\\)$\n"_s));
        QVERIFY(more.lycheeIgnoreFile().endsWith(more.text().toUtf8()));
        const IgnoreRules bad = IgnoreRules::parse(u"ok\nbroken(\n"_s);
        QVERIFY(!bad.isValid());
        QVERIFY2(bad.error().contains(u"rule 2"_s), qPrintable(bad.error()));
    }

    void reusable()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CheckedLink c;
        c.verdict = Verdict::Ok;
        c.checked = now.addDays(-6);
        QVERIFY(isReusable(c, now));
        c.checked = now.addDays(-8);
        QVERIFY(!isReusable(c, now));
        c.byIdentifier = true;
        QVERIFY(isReusable(c, now));
        c.checked = now.addDays(-31);
        QVERIFY(!isReusable(c, now));
        for (Verdict v : {Verdict::Broken, Verdict::Unverified, Verdict::Skipped}) {
            c.verdict = v;
            c.checked = now.addSecs(-10);
            QVERIFY(!isReusable(c, now)); // failures are never reused
        }
    }

    // Every class a page can fall in, in one check, with the suggestions each gets.
    void pageClasses()
    {
        const QByteArray base = m_pages.baseUrl().toString().toUtf8();
        m_pages.route("GET", "/ok", Response{});
        m_pages.route("GET", "/moved", redirect(301, base + "/moved/"));
        m_pages.route("GET", "/moved/", Response{});
        m_pages.route("GET", "/perm", redirect(308, "/perm/"));
        m_pages.route("GET", "/perm/", Response{});
        m_pages.route("GET", "/front", redirect(302, "/"));
        m_pages.route("GET", "/", Response{});
        m_pages.route("GET", "/gone", status(404));
        m_pages.route("GET", "/removed", status(410));
        m_pages.route("GET", "/forbidden", status(403));
        Response busy = status(429);
        busy.headers = {{"Retry-After", "0"}};
        m_pages.routeSequence("GET", "/busy-once", {busy, Response{}});
        m_pages.route("GET", "/busy", busy);
        Response drop;
        drop.mode = Response::Mode::Drop;
        m_pages.route("GET", "/reset", drop);
        Response stall;
        stall.mode = Response::Mode::Stall;
        m_pages.route("GET", "/slow", stall);
        m_pages.route("GET", "/loop", redirect(302, "/loop2"));
        m_pages.route("GET", "/loop2", redirect(302, "/loop"));
        // Hops a check refuses to take (https to http is refusedHop's other case, in tst_pagecheck:
        // the loopback server speaks plain http).
        m_pages.route("GET", "/elsewhere", redirect(301, "ftp://example.org/paper.pdf"));
        m_api.route("GET", "/wayback/available?url=" + QUrl::toPercentEncoding(page("/gone")),
                    TestHttpServer::fixture(u"wayback/available_200.json"_s));

        QList<LinkToCheck> links
            = linksTo({page("/ok"), page("/moved"), page("/perm"), page("/front"), page("/gone"),
                       page("/removed"), page("/forbidden"), page("/busy-once"), page("/busy"),
                       page("/reset"), page("/slow"), page("/loop"), page("/elsewhere")});
        // The same dead page from an entry with an arXiv id: arXiv's abs page is the better offer.
        links.append({page("/gone"), 20, 7, {}, u"2306.16922"_s});
        links.append({page("/removed"), 21, 8, u"10.1038/nn.4244"_s, {}});
        const Outcome o = check(links, settings());
        QVERIFY(o.done);
        QVERIFY(!o.canceled);
        QCOMPARE(o.findings.size(), links.size());

        struct Want
        {
            const char *path;
            Verdict verdict;
            int code;
            const char *suggestion; // relative to the server, or absolute
        };
        const Want wants[] = {
            {"/ok", Verdict::Ok, 200, ""},
            {"/moved", Verdict::Redirected, 200, "/moved/"},
            {"/perm", Verdict::Redirected, 200, "/perm/"},
            {"/front", Verdict::Redirected, 200, ""},
            {"/gone", Verdict::Broken, 404,
             "https://web.archive.org/web/20130919044612/http://example.com/gone"},
            {"/removed", Verdict::Broken, 410, ""},
            {"/forbidden", Verdict::Unverified, 403, ""},
            {"/busy-once", Verdict::Ok, 200, ""},
            {"/busy", Verdict::Unverified, 429, ""},
            {"/reset", Verdict::Unverified, 0, ""},
            {"/slow", Verdict::Unverified, 0, ""},
            {"/loop", Verdict::Broken, 302, ""},
            {"/elsewhere", Verdict::Unverified, 301, ""},
        };
        for (int i = 0; i < int(std::size(wants)); ++i) {
            const Want &w = wants[i];
            const LinkFinding &f = o.findings.at(i);
            QCOMPARE(f.link.url, page(w.path));
            QVERIFY2(f.result.verdict == w.verdict,
                     qPrintable(w.path + u": "_s + verdictKey(f.result.verdict) + u" "_s
                                + f.result.message));
            QCOMPARE(f.result.code, w.code);
            QString want = QString::fromLatin1(w.suggestion);
            if (want.startsWith(u'/'))
                want = page(w.suggestion);
            QCOMPARE(f.suggestion, want);
        }
        const LinkFinding *front = o.of(page("/front"));
        QVERIFY(front->result.softNotFound);
        QVERIFY(!front->result.rewrite);
        QVERIFY(o.of(page("/elsewhere"))->result.message.contains(u"not a web address"_s));
        QCOMPARE(o.findings.at(13).suggestion, u"https://arxiv.org/abs/2306.16922"_s);
        QCOMPARE(o.findings.at(13).suggestionKind, u"arxiv"_s);
        QCOMPARE(o.findings.at(14).suggestion, u"https://doi.org/10.1038/nn.4244"_s);
        // A dropped connection is retried like a 429: three attempts here (Qt itself may send a
        // request again once when a kept-alive connection closes, so the server can see more).
        QVERIFY(requestsTo(m_pages, "/reset") >= 3);
        // Each address once, however often it stands in the list: /gone twice, asked once.
        QCOMPARE(requestsTo(m_pages, "/gone"), 1);
        // 429 then 200: asked twice. 429 forever: the first request and two retries.
        QCOMPARE(requestsTo(m_pages, "/busy-once"), 2);
        QCOMPARE(requestsTo(m_pages, "/busy") - 2, 3);
        // The Wayback Machine is asked only for what is broken or a soft 404.
        QCOMPARE(requestsTo(m_api, "/wayback/"), 4);
    }

    // arXiv ids in one batched request; DOIs through the handle API; GitHub through its API.
    void byIdentifier()
    {
        m_api.route(
            "GET", "/api/query?*",
            TestHttpServer::fixture(u"arxiv/2026_id_list_0808.05394_1707.08567.atom.xml"_s));
        m_api.route("GET", "/api/handles/10.1038/nn.4244",
                    TestHttpServer::fixture(u"doi/handle_10.1038_nn.4244_200.json"_s));
        m_api.route("GET", "/api/handles/10.1038/not-a-real-doi",
                    TestHttpServer::fixture(u"doi/handle_notfound_404.json"_s, 404));
        m_api.route("GET", "/repos/qiskit-community/qiskit-qec",
                    TestHttpServer::fixture(u"github/get_repo_200.json"_s));
        m_api.route("GET", "/repos/Qiskit-Community/qiskit-qec",
                    TestHttpServer::fixture(u"github/get_repo_archived_200.json"_s));
        Response moved = TestHttpServer::fixture(u"github/get_repo_301_moved.json"_s, 301);
        moved.headers.append(
            {"Location", m_api.baseUrl().toString().toUtf8() + "/repositories/4464822"});
        m_api.route("GET", "/repos/github3py/github3.py", moved);
        m_api.route("GET", "/repositories/4464822",
                    TestHttpServer::fixture(u"github/get_repo_200.json"_s));
        Response limited = status(403);
        limited.headers = {{"X-RateLimit-Remaining", "0"}};
        m_api.route("GET", "/repos/busy/repo", limited);

        const QStringList urls{
            u"https://arxiv.org/abs/1707.08567"_s,
            u"https://arxiv.org/pdf/1707.08567v1.pdf"_s,
            u"https://arxiv.org/abs/2401.99999"_s,
            u"https://doi.org/10.1038/nn.4244"_s,
            u"https://www.nature.com/articles/nn.4244"_s,
            u"https://doi.org/10.1038/not-a-real-doi"_s,
            u"https://doi.org/10.1234/cached"_s,
            u"https://github.com/qiskit-community/qiskit-qec"_s,
            u"https://github.com/Qiskit-Community/qiskit-qec"_s,
            u"https://github.com/github3py/github3.py"_s,
            u"https://github.com/nobody/nothing"_s,
            u"https://github.com/busy/repo"_s,
        };
        for (const QString &u : urls)
            QVERIFY2(targetOf(QUrl(u)).kind != Target::Kind::Page, qPrintable(u)); // no internet
        const Outcome o = check(linksTo(urls), settings(), {}, {u"doi:10.1234/cached"_s});
        QVERIFY(o.done);
        const struct
        {
            Verdict verdict;
            const char *message;
        } wants[] = {
            {Verdict::Ok, "arXiv 1707.08567 exists"},
            {Verdict::Ok, "arXiv 1707.08567v1 exists"},
            {Verdict::Broken, "arXiv has no paper 2401.99999"},
            {Verdict::Ok, "DOI 10.1038/nn.4244 is registered"},
            {Verdict::Ok, "DOI 10.1038/nn.4244 is registered"},
            {Verdict::Broken, "10.1038/not-a-real-doi"},
            {Verdict::Ok, "look-up cache"},
            {Verdict::Ok, "GitHub repository qiskit-community/qiskit-qec exists"},
            {Verdict::Ok, "archived"},
            {Verdict::Redirected, "renamed to qiskit-community/qiskit-qec"},
            {Verdict::Broken, "GitHub has no repository nobody/nothing"},
            {Verdict::Unverified, "rate limit"},
        };
        QCOMPARE(o.findings.size(), urls.size());
        for (int i = 0; i < urls.size(); ++i) {
            const CheckedLink &r = o.findings.at(i).result;
            QVERIFY2(r.verdict == wants[i].verdict
                         && r.message.contains(QLatin1String(wants[i].message)),
                     qPrintable(urls[i] + u": "_s + verdictKey(r.verdict) + u" "_s + r.message));
        }
        QVERIFY(o.findings.at(8).result.archived);
        QVERIFY(!o.findings.at(7).result.archived);
        const LinkFinding &renamed = o.findings.at(9);
        QVERIFY(renamed.result.rewrite);
        QCOMPARE(renamed.suggestion, u"https://github.com/qiskit-community/qiskit-qec"_s);
        // arXiv: one request for every id (≤ 100), never arxiv.org itself.
        QCOMPARE(requestsTo(m_api, "/api/query"), 1);
        QByteArray query;
        for (const auto &r : m_api.requests()) {
            if (r.path.startsWith("/api/query"))
                query = r.path;
        }
        QVERIFY2(query.contains("1707.08567") && query.contains("2401.99999"), query.constData());
        // The DOI known to the look-up cache is not asked for.
        QCOMPARE(requestsTo(m_api, "/api/handles/10.1234"), 0);
        // A missing identifier is broken, but nothing on the Wayback Machine replaces it.
        QCOMPARE(requestsTo(m_api, "/wayback/"), 0);
        QCOMPARE(o.findings.at(2).suggestion, QString());
    }

    // A publisher's host never sees two requests at once nor two within a second, while an
    // ordinary host is asked in parallel: counted at the servers.
    void publisherSpacing()
    {
        m_publisher.route("GET", "/*", Response{});
        Response slow;
        slow.delayMs = 200;
        m_pages.route("GET", "/*", slow);
        QStringList urls;
        for (int i = 0; i < 4; ++i) {
            urls << m_publisher.baseUrl().toString() + u"/article/%1"_s.arg(i);
            urls << page("/p") + QString::number(i);
        }
        const Outcome o = check(linksTo(urls), settings());
        QVERIFY(o.done);
        QCOMPARE(o.findings.size(), 8);
        for (const LinkFinding &f : o.findings)
            QVERIFY2(f.result.verdict == Verdict::Ok, qPrintable(f.result.message));
        QCOMPARE(m_publisher.requests().size(), 4);
        QCOMPARE(m_publisher.maxConcurrentRequests(), 1);
        QCOMPARE(m_publisher.maxRequestsInAnyWindow(1000), 1);
        QCOMPARE(m_pages.maxConcurrentRequests(), 2);
    }

    // What a check found is kept; good answers are reused for 7 days (30 for identifiers),
    // failures never; --refresh asks again.
    void storeKeepsAndReuses()
    {
        const QByteArray base = m_pages.baseUrl().toString().toUtf8();
        m_pages.route("GET", "/ok", Response{});
        m_pages.route("GET", "/gone", status(404));
        m_api.route("GET", "/api/handles/10.1038/nn.4244",
                    TestHttpServer::fixture(u"doi/handle_10.1038_nn.4244_200.json"_s));
        const QByteArray readme = "# Links\n\nSee [the site](" + base
            + "/ok).\n\n## Papers\n\n"
              "- Doe, J. [**One**]("
            + base
            + "/ok) Venue (2020)\n"
              "- Roe, R. [**Two**]("
            + base
            + "/gone) Venue (2021)\n"
              "- Poe, P. [**Three**](https://doi.org/10.1038/nn.4244) Nature "
              "Neuroscience (2016)\n";
        Store s;
        const qint64 list = openWith(s, readme);
        QVERIFY(list);

        const LinkReport first = checkList(s, list, settings());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.summary(), u"4 links: 3 ok, 0 redirected, 1 broken, 0 unverified"_s);
        QCOMPARE(first.findings.at(0).link.line, 3);
        QCOMPARE(first.findings.at(0).link.entryId, 0);
        QVERIFY(first.findings.at(1).link.entryId != 0);
        QCOMPARE(first.findings.at(1).link.line, 7);
        QCOMPARE(first.findings.at(3).link.line, 9);
        QCOMPARE(requestsTo(m_pages, "/ok"), 1);

        const QHash<qint64, CheckedLink> status = entryLinkStatus(s, list);
        QCOMPARE(status.size(), 3);
        QCOMPARE(status.value(first.findings.at(2).link.entryId).verdict, Verdict::Broken);
        QCOMPARE(status.value(first.findings.at(2).link.entryId).code, 404);

        m_pages.reset();
        m_api.reset();
        const LinkReport second = checkList(s, list, settings());
        QCOMPARE(second.summary(), first.summary());
        QCOMPARE(requestsTo(m_pages, "/ok"), 0); // reused
        QCOMPARE(requestsTo(m_pages, "/gone"), 1); // a failure is asked again
        QCOMPARE(requestsTo(m_api, "/api/handles/"), 0);
        QVERIFY(second.findings.at(1).result.fromCache);

        // Eight days on: the page is asked again, the DOI (30 days) is not.
        QVERIFY(s.exec(u"UPDATE link_checks SET checked = checked - 8 * 86400"_s));
        m_pages.reset();
        m_api.reset();
        checkList(s, list, settings());
        QCOMPARE(requestsTo(m_pages, "/ok"), 1);
        QCOMPARE(requestsTo(m_api, "/api/handles/"), 0);

        CheckSettings refresh = settings();
        refresh.refresh = true;
        m_pages.reset();
        m_api.reset();
        checkList(s, list, refresh);
        QCOMPARE(requestsTo(m_pages, "/ok"), 1);
        QCOMPARE(requestsTo(m_api, "/api/handles/"), 1);
    }

    // The list's rules skip links: nothing is asked for them, and they are counted apart.
    void ignoredLinksAreSkipped()
    {
        const QByteArray base = m_pages.baseUrl().toString().toUtf8();
        m_pages.route("GET", "/*", Response{});
        const QByteArray readme = "# Links\n\n## Papers\n\n"
                                  "- Doe, J. [**One**]("
            + base
            + "/private/1) Venue (2020)\n"
              "- Roe, R. [**Two**]("
            + base + "/open/2) Venue (2021)\n";
        Store s;
        const qint64 list = openWith(s, readme);
        QVERIFY(list);
        QVERIFY(setIgnoreRules(s, list, u"/private/\n"_s));
        QVERIFY(!setIgnoreRules(s, list, u"(\n"_s)); // refused: the old rules stay
        QCOMPARE(Links::ignoreRules(s, list).text(), u"/private/\n"_s);
        const LinkReport r = checkList(s, list, settings());
        QCOMPARE(r.summary(), u"2 links: 1 ok, 0 redirected, 0 broken, 0 unverified, 1 skipped"_s);
        QCOMPARE(r.findings.at(0).result.verdict, Verdict::Skipped);
        QVERIFY(r.findings.at(0).result.message.contains(u"/private/"_s));
        QCOMPARE(requestsTo(m_pages, "/private/"), 0);
        QCOMPARE(requestsTo(m_pages, "/open/"), 1);
    }

    // A fix replaces the address where it stands and nothing else, as one undo step.
    void rewriteLinkIsOneStep()
    {
        const QByteArray readme = "# Links\n\nSee [the site](https://a.org/x) and "
                                  "[more](https://a.org/x/y).\n\n## Papers\n\n"
                                  "- Doe, J. [**One**](https://a.org/x) Venue (2020) "
                                  "[code](https://code.org/old)\n"
                                  "- Roe, R. [**Two**](https://b.org/two) Venue (2021)\n";
        Store s;
        const qint64 list = openWith(s, readme);
        QVERIFY(list);
        QCOMPARE(exportReadme(s, list).data, readme);
        QString error;
        const QList<LinkToCheck> links = linksOfList(s, list, &error);
        QCOMPARE(links.size(), 5);
        const qint64 one = links.at(2).entryId;
        QVERIFY(one != 0);
        QCOMPARE(links.at(3).entryId, one); // the code link belongs to the entry
        QCOMPARE(links.at(1).entryId, 0);

        Curation c(s);
        QVERIFY(c.perform(u"Replace link"_s, [&] {
            return rewriteLink(s, list, one, u"https://a.org/x"_s,
                               u"https://arxiv.org/abs/2306.16922"_s);
        }));
        QByteArray want = readme;
        want.replace("[**One**](https://a.org/x)", "[**One**](https://arxiv.org/abs/2306.16922)");
        QCOMPARE(exportReadme(s, list).data, want);
        const Entry e = *s.entry(one);
        QCOMPARE(e.fields.url, u"https://arxiv.org/abs/2306.16922"_s);
        QCOMPARE(e.fields.arxivId, u"2306.16922"_s);

        QVERIFY(c.perform(u"Replace link"_s, [&] {
            return rewriteLink(s, list, one, u"https://code.org/old"_s, u"https://code.org/new"_s);
        }));
        want.replace("https://code.org/old", "https://code.org/new");
        QCOMPARE(exportReadme(s, list).data, want);

        // The README's own text: https://a.org/x, not the start of https://a.org/x/y.
        QVERIFY(c.perform(u"Replace link"_s, [&] {
            return rewriteLink(s, list, 0, u"https://a.org/x"_s, u"https://a.org/z"_s);
        }));
        want.replace("[the site](https://a.org/x)", "[the site](https://a.org/z)");
        QCOMPARE(exportReadme(s, list).data, want);

        QVERIFY(!rewriteLink(s, list, 0, u"https://nowhere.org/"_s, u"https://a.org/"_s));
        QVERIFY(!rewriteLink(s, list, one, u"https://a.org/x"_s, u"javascript:alert(1)"_s));

        QVERIFY(c.undo());
        QVERIFY(c.undo());
        QVERIFY(c.undo());
        QCOMPARE(exportReadme(s, list).data, readme);
    }

    // Canceled: finished() comes at once, with what was answered, and nothing waits on.
    void cancelEndsTheCheck()
    {
        Response stall;
        stall.mode = Response::Mode::Stall;
        m_pages.route("GET", "/stall", stall);
        m_pages.route("GET", "/ok", Response{});
        LinkChecker checker(&m_nam);
        QSignalSpy finished(&checker, &LinkChecker::finished);
        CheckSettings s = settings();
        s.pagePolicy.timeoutMs = 30000;
        checker.start(linksTo({page("/ok"), page("/stall")}), s);
        QTRY_COMPARE(m_pages.requests().size(), 2);
        QTRY_VERIFY(checker.isRunning());
        checker.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(2).toBool());
        QVERIFY(!checker.isRunning());
        const auto findings = finished.first().at(0).value<QList<LinkFinding>>();
        QVERIFY(findings.size() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestLinkCheck)
#include "tst_linkcheck.moc"
