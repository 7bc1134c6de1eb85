// Pages checked by address against the loopback server: one case per class a link can fall in,
// and the politeness the server sees.
#include "links/pagecheck.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Links::PageChecker;
using Curator::Links::PageResult;
using Curator::Links::Verdict;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

namespace {

QUrl at(const TestHttpServer &server, const char *path)
{
    return QUrl::fromEncoded(server.baseUrl().toEncoded() + path, QUrl::StrictMode);
}

Response redirect(int status, const QByteArray &location)
{
    Response r;
    r.status = status;
    r.headers = {{"Location", location}};
    return r;
}

} // namespace

class TestPageCheck : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    // The polite policy, with the waits shortened so that the suite stays quick.
    static Net::HostPolicy quick()
    {
        Net::HostPolicy p = PageChecker::politePolicy();
        p.minIntervalMs = 0;
        p.timeoutMs = 1000;
        p.maxRetries = 2;
        return p;
    }

    std::optional<PageResult> check(const TestHttpServer &server, const char *path,
                                    Net::HostPolicy policy = quick())
    {
        Net::Fetcher fetcher(&m_nam);
        fetcher.setDefaultPolicy(policy);
        PageChecker checker(&fetcher);
        std::optional<PageResult> result;
        checker.check(at(server, path), [&result](const PageResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        return result;
    }

private slots:
    void classes_data()
    {
        QTest::addColumn<QList<Response>>("answers");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("rewrite");
        QTest::addColumn<bool>("soft");
        QTest::addColumn<QString>("message");
        Response ok;
        ok.body = "<html>a paper</html>";
        Response busy;
        busy.status = 429;
        busy.headers = {{"Retry-After", "0"}};
        Response reset;
        reset.mode = Response::Mode::Drop;
        Response status;
        QTest::newRow("200") << QList<Response>{ok} << int(Verdict::Ok) << 200 << false << false
                             << u"ok"_s;
        QTest::newRow("404") << QList<Response>{(status.status = 404, status)}
                             << int(Verdict::Broken) << 404 << false << false << u"not found"_s;
        QTest::newRow("410") << QList<Response>{(status.status = 410, status)}
                             << int(Verdict::Broken) << 410 << false << false << u"gone"_s;
        QTest::newRow("403") << QList<Response>{(status.status = 403, status)}
                             << int(Verdict::Unverified) << 403 << false << false
                             << u"refuses automated checks"_s;
        QTest::newRow("999") << QList<Response>{(status.status = 999, status)}
                             << int(Verdict::Unverified) << 999 << false << false
                             << u"refuses automated checks"_s;
        QTest::newRow("429 then 200")
            << QList<Response>{busy, ok} << int(Verdict::Ok) << 200 << false << false << u"ok"_s;
        QTest::newRow("429 forever")
            << QList<Response>{busy, busy, busy} << int(Verdict::Unverified) << 429 << false
            << false << u"rate-limited"_s;
        QTest::newRow("503 forever")
            << QList<Response>{(status.status = 503, status)} << int(Verdict::Unverified) << 503
            << false << false << u"503"_s;
        QTest::newRow("reset") << QList<Response>{reset} << int(Verdict::Unverified) << 0 << false
                               << false << QString();
    }

    void classes()
    {
        QFETCH(QList<Response>, answers);
        QFETCH(int, verdict);
        QFETCH(int, code);
        QFETCH(QString, message);
        TestHttpServer server;
        QVERIFY(server.listen());
        if (answers.size() == 1)
            server.route("GET", "/paper", answers.first());
        else
            server.routeSequence("GET", "/paper", answers);
        const auto r = check(server, "/paper");
        QVERIFY(r);
        QCOMPARE(int(r->verdict), verdict);
        QCOMPARE(r->httpStatus, code);
        QVERIFY2(r->message.contains(message), qPrintable(r->message));
        // GET, never HEAD, and the body is not read.
        QCOMPARE(server.requests().first().method, QByteArray("GET"));
    }

    // A permanent redirect to the same page under another spelling is a rewrite to offer; a
    // temporary one to the front page is a "soft 404"; a loop is broken.
    void redirects()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/paper", redirect(301, "/paper/"));
        server.route("GET", "/paper/", Response{});
        server.route("GET", "/old", redirect(302, "/"));
        server.route("GET", "/", Response{});
        server.route("GET", "/a", redirect(302, "/b"));
        server.route("GET", "/b", redirect(302, "/a"));
        server.route("GET", "/moved", redirect(308, "/elsewhere/else"));
        server.route("GET", "/elsewhere/else", Response{});

        auto r = check(server, "/paper");
        QCOMPARE(int(r->verdict), int(Verdict::Redirected));
        QCOMPARE(r->finalUrl, at(server, "/paper/"));
        QVERIFY(r->rewrite);
        QVERIFY(!r->softNotFound);

        r = check(server, "/old");
        QCOMPARE(int(r->verdict), int(Verdict::Redirected));
        QVERIFY(r->softNotFound);
        QVERIFY(!r->rewrite);

        r = check(server, "/moved");
        QCOMPARE(int(r->verdict), int(Verdict::Redirected));
        QVERIFY(!r->rewrite); // another page: a person decides
        QVERIFY(!r->softNotFound);

        r = check(server, "/a");
        QCOMPARE(int(r->verdict), int(Verdict::Broken));
        QVERIFY2(r->message.contains(u"loop"_s), qPrintable(r->message));
    }

    void tooManyRedirects()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        for (int i = 0; i <= PageChecker::MaxRedirects; ++i)
            server.route("GET", "/r" + QByteArray::number(i),
                         redirect(302, "/r" + QByteArray::number(i + 1)));
        const auto r = check(server, "/r0");
        QCOMPARE(int(r->verdict), int(Verdict::Broken));
        QVERIFY2(r->message.contains(u"more than 10"_s), qPrintable(r->message));
        QCOMPARE(server.requests().size(), PageChecker::MaxRedirects + 1);
    }

    void refusedHops()
    {
        const QUrl https(u"https://example.org/paper"_s);
        QVERIFY(Links::refusedHop(https, QUrl(u"http://example.org/paper"_s)));
        QVERIFY(Links::refusedHop(https, QUrl(u"ftp://example.org/paper"_s)));
        QVERIFY(!Links::refusedHop(https, QUrl(u"https://www.example.org/paper"_s)));
        QVERIFY(!Links::refusedHop(QUrl(u"http://example.org/paper"_s), https));
        QVERIFY(Links::isSameResource(QUrl(u"http://example.org/p"_s),
                                      QUrl(u"https://www.example.org/p/"_s)));
        QVERIFY(!Links::isSameResource(QUrl(u"http://example.org/p"_s),
                                       QUrl(u"https://example.org/q"_s)));
        QVERIFY(Links::isSoftNotFound(QUrl(u"https://x.org/paper"_s),
                                      QUrl(u"https://x.org/login?next=/paper"_s)));
        QVERIFY(!Links::isSoftNotFound(QUrl(u"https://x.org/"_s), QUrl(u"https://x.org/"_s)));
    }

    void timeoutAndRefused()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response stall;
        stall.mode = Response::Mode::Stall;
        server.route("GET", "/slow", stall);
        Net::HostPolicy policy = quick();
        policy.timeoutMs = 300;
        policy.maxRetries = 0;
        auto r = check(server, "/slow", policy);
        QVERIFY(r);
        QCOMPARE(int(r->verdict), int(Verdict::Unverified));

        quint16 port = 0;
        {
            TestHttpServer gone;
            QVERIFY(gone.listen());
            port = quint16(gone.baseUrl().port());
        }
        Net::Fetcher fetcher(&m_nam);
        fetcher.setDefaultPolicy(quick());
        PageChecker checker(&fetcher);
        std::optional<PageResult> result;
        checker.check(QUrl(u"http://127.0.0.1:%1/paper"_s.arg(port)),
                      [&result](const PageResult &p) { result = p; });
        QTRY_VERIFY(result);
        QCOMPARE(int(result->verdict), int(Verdict::Broken));
        QVERIFY2(result->message.contains(u"refused"_s), qPrintable(result->message));
    }

    // One connection per host and the policy's spacing between requests, counted at the server.
    void politeToEachHost()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/*", Response{});
        Net::Fetcher fetcher(&m_nam);
        Net::HostPolicy policy = quick();
        policy.minIntervalMs = 300;
        fetcher.setDefaultPolicy(policy);
        PageChecker checker(&fetcher);
        int done = 0;
        for (const char *path : {"/1", "/2", "/3"})
            checker.check(at(server, path), [&done](const PageResult &) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 10000);
        const QList<qint64> gaps = server.requestIntervalsMs();
        QCOMPARE(gaps.size(), 2);
        for (qint64 gap : gaps)
            QVERIFY2(gap >= 280, qPrintable(QString::number(gap)));
    }
};

QTEST_GUILESS_MAIN(TestPageCheck)
#include "tst_pagecheck.moc"
