#include "net/fetcher.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Curator::Net;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

namespace {

using Status = FetchResult::Status;

QUrl at(const TestHttpServer &server, const char *path)
{
    return QUrl::fromEncoded(server.baseUrl().toEncoded() + path, QUrl::StrictMode);
}

// Runs one GET to completion on the event loop.
std::optional<FetchResult> fetch(Fetcher &fetcher, const QUrl &url, int timeoutMs = 15000,
                                 qint64 *elapsedMs = nullptr)
{
    auto result = std::make_shared<std::optional<FetchResult>>();
    QElapsedTimer clock;
    clock.start();
    fetcher.get(url, {}, [result](const FetchResult &r) { *result = r; });
    (void)QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return *result;
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

HostPolicy fast(int maxRetries = 3)
{
    HostPolicy p;
    p.minIntervalMs = 0;
    p.maxConcurrent = 1;
    p.timeoutMs = 5000;
    p.maxRetries = maxRetries;
    return p;
}

} // namespace

class TestFetcher : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private slots:
    void ok()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/works/10.1038/ng.3834",
                     TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s));
        Fetcher fetcher(&m_nam);
        const auto r = fetch(fetcher, at(server, "/works/10.1038/ng.3834"));
        QVERIFY(r);
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->httpStatus, 200);
        QCOMPARE(r->body, TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s).body);
        QCOMPARE(r->contentType, QByteArray("application/json"));
        QCOMPARE(r->url, at(server, "/works/10.1038/ng.3834"));
        QCOMPARE(r->retries, 0);
        QVERIFY(r->message.isEmpty());
        QCOMPARE(fetcher.pending(), 0);
    }

    void statuses_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<Status>("expected");
        QTest::newRow("404") << 404 << Status::NotFound;
        QTest::newRow("410") << 410 << Status::NotFound;
        QTest::newRow("400") << 400 << Status::HttpError;
        QTest::newRow("406") << 406 << Status::HttpError;
        QTest::newRow("500") << 500 << Status::HttpError;
    }

    void statuses()
    {
        QFETCH(int, httpStatus);
        QFETCH(Status, expected);
        TestHttpServer server;
        QVERIFY(server.listen());
        Response response;
        response.status = httpStatus;
        response.body = "Resource not found.";
        server.route("GET", "/x", response);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast());
        const auto r = fetch(fetcher, at(server, "/x"));
        QVERIFY(r);
        QCOMPARE(r->status, expected);
        QCOMPARE(r->httpStatus, httpStatus);
        QVERIFY(!r->message.isEmpty());
        QCOMPARE(r->retries, 0); // only 429/503 and network errors are worth another try
        QCOMPARE(server.requests().size(), 1);
    }

    void redirectFollowed()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response moved;
        moved.status = 301;
        moved.headers = {{"Location", "/new"}};
        server.route("GET", "/old", moved);
        Response body;
        body.body = "here";
        server.route("GET", "/new", body);
        Fetcher fetcher(&m_nam);
        const auto r = fetch(fetcher, at(server, "/old"));
        QVERIFY(r);
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->body, QByteArray("here"));
        QCOMPARE(r->url, at(server, "/new"));
    }

    void retryAfterThenOk_data()
    {
        QTest::addColumn<int>("busyStatus");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }

    void retryAfterThenOk()
    {
        QFETCH(int, busyStatus);
        TestHttpServer server;
        QVERIFY(server.listen());
        Response busy;
        busy.status = busyStatus;
        busy.headers = {{"Retry-After", "1"}};
        Response ok;
        ok.body = "fine";
        server.routeSequence("GET", "/x", {busy, ok});
        Fetcher fetcher(&m_nam);
        QSignalSpy spy(&fetcher, &Fetcher::retryScheduled);
        qint64 elapsed = 0;
        const auto r = fetch(fetcher, at(server, "/x"), 15000, &elapsed);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->body, QByteArray("fine"));
        QCOMPARE(r->retries, 1);
        QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed)));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toUrl(), at(server, "/x"));
        QCOMPARE(spy.first().at(1).toInt(), 1);
        QCOMPARE(spy.first().at(2).toInt(), 1);
        const QList<qint64> gaps = server.requestIntervalsMs();
        QCOMPARE(gaps.size(), 1);
        QVERIFY2(gaps.first() >= 950, qPrintable(QString::number(gaps.first())));
    }

    // Retry-After holds the whole host, not only the request that got the 429.
    void retryAfterBlocksHost()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response busy;
        busy.status = 429;
        busy.headers = {{"Retry-After", "1"}};
        server.routeSequence("GET", "/a", {busy, Response{}});
        server.route("GET", "/b", Response{});
        Fetcher fetcher(&m_nam);
        HostPolicy p = fast();
        p.maxConcurrent = 3;
        fetcher.setPolicy(server.baseUrl(), p);
        int done = 0;
        fetcher.get(at(server, "/a"), {}, [&done](const FetchResult &) { ++done; });
        QTRY_COMPARE(server.requests().size(), 1);
        QTest::qWait(100); // the 429 has arrived
        fetcher.get(at(server, "/b"), {}, [&done](const FetchResult &) { ++done; });
        QTest::qWait(500);
        QCOMPARE(server.requests().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, 5000);
    }

    void rateLimitedForever()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response busy;
        busy.status = 429;
        busy.headers = {{"Retry-After", "0"}};
        server.route("GET", "/x", busy);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast(2));
        QSignalSpy spy(&fetcher, &Fetcher::retryScheduled);
        const auto r = fetch(fetcher, at(server, "/x"));
        QVERIFY(r);
        QCOMPARE(r->status, Status::RateLimited);
        QCOMPARE(r->httpStatus, 429);
        QCOMPARE(r->retries, 2);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(spy.size(), 2);
        QVERIFY(r->message.contains(u"rate-limiting"_s));
    }

    void stallTimesOut()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response stall;
        stall.mode = Response::Mode::Stall;
        server.route("GET", "/x", stall);
        Fetcher fetcher(&m_nam);
        HostPolicy p = fast(0);
        p.timeoutMs = 300;
        fetcher.setPolicy(server.baseUrl(), p);
        qint64 elapsed = 0;
        const auto r = fetch(fetcher, at(server, "/x"), 15000, &elapsed);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Timeout);
        QVERIFY(!r->message.isEmpty());
        QVERIFY2(elapsed >= 280, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    }

    void dropRetriedThenNetworkError()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response drop;
        drop.mode = Response::Mode::Drop;
        server.route("GET", "/x", drop);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast(1));
        QSignalSpy spy(&fetcher, &Fetcher::retryScheduled);
        qint64 elapsed = 0;
        const auto r = fetch(fetcher, at(server, "/x"), 15000, &elapsed);
        QVERIFY(r);
        QCOMPARE(r->status, Status::NetworkError);
        QCOMPARE(r->retries, 1);
        QVERIFY(!r->message.isEmpty());
        // Qt may resend a GET once itself on a closed keep-alive connection: at least ours.
        QVERIFY(server.requests().size() >= 2);
        QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed))); // the 1 s back-off
        QCOMPARE(spy.size(), 0); // nobody asked us to wait
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            TestHttpServer probe;
            QVERIFY(probe.listen());
            port = quint16(probe.baseUrl().port());
        }
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(port);
        url.setPath(u"/x"_s);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(url, fast(0));
        const auto r = fetch(fetcher, url);
        QVERIFY(r);
        QCOMPARE(r->status, Status::NetworkError);
    }

    void tooLarge_data()
    {
        QTest::addColumn<Response::Mode>("mode");
        QTest::newRow("with Content-Length") << Response::Mode::Normal;
        QTest::newRow("chunked, endless") << Response::Mode::Endless;
    }

    void tooLarge()
    {
        QFETCH(Response::Mode, mode);
        TestHttpServer server;
        QVERIFY(server.listen());
        Response big;
        big.mode = mode;
        big.body = QByteArray(4096, 'a');
        big.repeatBodyTo = 200 * 1024 * 1024;
        server.route("GET", "/x", big);
        Fetcher fetcher(&m_nam);
        HostPolicy p = fast(0);
        p.maxBytes = 1024 * 1024;
        fetcher.setPolicy(server.baseUrl(), p);
        const qint64 before = residentKb();
        qint64 elapsed = 0;
        const auto r = fetch(fetcher, at(server, "/x"), 30000, &elapsed);
        QVERIFY(r);
        QCOMPARE(r->status, Status::TooLarge);
        QVERIFY(r->body.isEmpty());
        QVERIFY(!r->message.isEmpty());
        // Reading all 200 MB would take far longer and hold far more.
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        const qint64 after = residentKb();
        if (before > 0 && after > 0)
            QVERIFY2(after - before < 64 * 1024, qPrintable(QString::number(after - before)));
    }

    void minInterval()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/*", Response{});
        Fetcher fetcher(&m_nam);
        HostPolicy p = fast();
        p.minIntervalMs = 500;
        p.maxConcurrent = 3; // the interval alone spaces them
        fetcher.setPolicy(server.baseUrl(), p);
        int done = 0;
        for (int i = 0; i < 5; ++i)
            fetcher.get(at(server, "/x"), {}, [&done](const FetchResult &) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 5, 10000);
        const QList<qint64> gaps = server.requestIntervalsMs();
        QCOMPARE(gaps.size(), 4);
        for (qint64 gap : gaps)
            QVERIFY2(gap >= 475, qPrintable(QString::number(gap)));
    }

    void maxConcurrent_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("jobs");
        QTest::newRow("1") << 1 << 4;
        QTest::newRow("3") << 3 << 8;
    }

    void maxConcurrent()
    {
        QFETCH(int, limit);
        QFETCH(int, jobs);
        TestHttpServer server;
        QVERIFY(server.listen());
        Response slow;
        slow.delayMs = 300;
        server.route("GET", "/*", slow);
        Fetcher fetcher(&m_nam);
        HostPolicy p = fast();
        p.maxConcurrent = limit;
        fetcher.setPolicy(server.baseUrl(), p);
        int done = 0;
        for (int i = 0; i < jobs; ++i)
            fetcher.get(at(server, "/x"), {}, [&done](const FetchResult &) { ++done; });
        QCOMPARE(fetcher.pending(), jobs);
        QTRY_COMPARE_WITH_TIMEOUT(done, jobs, 10000);
        QCOMPARE(server.requests().size(), jobs);
        QVERIFY(server.maxConcurrentRequests() <= limit);
        QVERIFY(server.maxConcurrentConnections() <= limit);
        // Not slower than asked either: the limit is reached.
        QCOMPARE(server.maxConcurrentRequests(), limit);
        QCOMPARE(fetcher.pending(), 0);
    }

    void cancelQueuedAndRunning()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response slow;
        slow.delayMs = 1000;
        server.route("GET", "/*", slow);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast());
        QList<Status> running, queued;
        const quint64 a = fetcher.get(at(server, "/a"), {},
                                      [&running](const FetchResult &r) { running << r.status; });
        const quint64 b = fetcher.get(at(server, "/b"), {},
                                      [&queued](const FetchResult &r) { queued << r.status; });
        QTRY_COMPARE(server.requests().size(), 1);
        fetcher.cancel(b);
        QCOMPARE(queued, QList<Status>{Status::Canceled});
        fetcher.cancel(a);
        QTRY_COMPARE(running, QList<Status>{Status::Canceled});
        QCOMPARE(fetcher.pending(), 0);
        QTest::qWait(1300);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(running.size(), 1); // the callback ran once
        QCOMPARE(queued.size(), 1);
    }

    void cancelAll()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response slow;
        slow.delayMs = 1000;
        server.route("GET", "/*", slow);
        Fetcher fetcher(&m_nam);
        int canceled = 0;
        for (int i = 0; i < 3; ++i)
            fetcher.get(at(server, "/x"), {}, [&canceled](const FetchResult &r) {
                canceled += r.status == Status::Canceled;
            });
        QTRY_COMPARE(server.requests().size(), 1);
        fetcher.cancelAll();
        QTRY_COMPARE(canceled, 3);
        QCOMPARE(fetcher.pending(), 0);
    }

    void headersSent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/x", Response{});
        Fetcher fetcher(&m_nam);
        fetcher.setUserAgent("AwesomeCurator/0.1.0 (https://example.org; mailto:a@example.org)");
        bool done = false;
        fetcher.get(at(server, "/x"), {{"Accept", "application/json"}},
                    [&done](const FetchResult &) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(server.requests().first().header("User-Agent"),
                 QByteArray("AwesomeCurator/0.1.0 (https://example.org; mailto:a@example.org)"));
        QCOMPARE(server.requests().first().header("Accept"), QByteArray("application/json"));
    }

    void defaultUserAgent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("GET", "/x", Response{});
        Fetcher fetcher(&m_nam);
        QVERIFY(fetch(fetcher, at(server, "/x")));
        QVERIFY(server.requests().first().header("User-Agent").startsWith("AwesomeCurator/"));
    }

    // The same fetcher carries GitHub's POSTs: sent with their body and headers, answered with
    // the server's headers, and never repeated (a second POST could open a second pull request).
    void postSentOnceEvenWhenBusy()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response busy;
        busy.status = 503;
        busy.body = R"({"message":"busy"})";
        busy.headers = {{"Retry-After", "0"}, {"X-RateLimit-Remaining", "0"}};
        server.route("POST", "/pulls", busy);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast(3));
        Request request;
        request.url = at(server, "/pulls");
        request.method = "POST";
        request.body = R"({"title":"t"})";
        request.headers = {{"Authorization", "Bearer abc"}};
        std::optional<FetchResult> result;
        fetcher.send(request, [&result](const FetchResult &r) { result = r; });
        QTRY_VERIFY(result);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().method, QByteArray("POST"));
        QCOMPARE(server.requests().first().body, QByteArray(R"({"title":"t"})"));
        QCOMPARE(server.requests().first().header("Authorization"), QByteArray("Bearer abc"));
        QCOMPARE(server.requests().first().header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result->status, Status::RateLimited);
        QCOMPARE(result->retries, 0);
        // What the server said stays readable for the caller's own diagnosis.
        QCOMPARE(result->body, QByteArray(R"({"message":"busy"})"));
        bool remaining = false;
        for (const auto &[name, value] : std::as_const(result->headers))
            remaining = remaining
                || (name.compare("X-RateLimit-Remaining", Qt::CaseInsensitive) == 0
                    && value == "0");
        QVERIFY(remaining);
    }

    // A request carrying a token may follow a redirect only on its own origin.
    void sameOriginRedirectsOnly()
    {
        TestHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.route("GET", "/*", Response{});
        TestHttpServer server;
        QVERIFY(server.listen());
        Response moved;
        moved.status = 302;
        moved.headers = {{"Location", elsewhere.baseUrl().toEncoded() + "/x"}};
        server.route("GET", "/x", moved);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast());
        Request request;
        request.url = at(server, "/x");
        request.sameOriginRedirects = true;
        std::optional<FetchResult> result;
        fetcher.send(request, [&result](const FetchResult &r) { result = r; });
        QTRY_VERIFY(result);
        QCOMPARE(result->status, Status::NetworkError);
        QCOMPARE(result->networkError, QNetworkReply::InsecureRedirectError);
        QVERIFY(elsewhere.requests().isEmpty());
        // Without the restriction the same redirect is followed.
        result.reset();
        fetcher.get(at(server, "/x"), {}, [&result](const FetchResult &r) { result = r; });
        QTRY_VERIFY(result);
        QCOMPARE(result->status, Status::Ok);
        QCOMPARE(elsewhere.requests().size(), 1);
    }

    // A link check reads the status and headers only: an endless body is not waited for.
    void headersOnly()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response endless;
        endless.mode = Response::Mode::Endless;
        endless.headers = {{"Content-Type", "text/html"}};
        server.route("GET", "/page", endless);
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast());
        Request request;
        request.url = at(server, "/page");
        request.headersOnly = true;
        std::optional<FetchResult> result;
        fetcher.send(request, [&result](const FetchResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result, 5000);
        QCOMPARE(result->status, Status::Ok);
        QCOMPARE(result->httpStatus, 200);
        QCOMPARE(result->contentType, QByteArray("text/html"));
        QVERIFY(result->body.isEmpty());
    }

    // A caller that follows redirects itself gets each hop: its status and where it points.
    void redirectNotFollowed()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response moved;
        moved.status = 308;
        moved.headers = {{"Location", "/new/place"}};
        server.route("GET", "/old", moved);
        server.route("GET", "/new/place", Response{});
        Fetcher fetcher(&m_nam);
        fetcher.setPolicy(server.baseUrl(), fast());
        Request request;
        request.url = at(server, "/old");
        request.followRedirects = false;
        std::optional<FetchResult> result;
        fetcher.send(request, [&result](const FetchResult &r) { result = r; });
        QTRY_VERIFY(result);
        QCOMPARE(result->status, Status::Redirect);
        QCOMPARE(result->httpStatus, 308);
        QCOMPARE(result->location, at(server, "/new/place"));
        QCOMPARE(server.requests().size(), 1);
    }

    // A page that is down for a moment is asked again when the policy says so (a link check),
    // not otherwise (the APIs).
    void serverErrorsRetriedOnlyWhenAsked()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response down;
        down.status = 502;
        server.routeSequence("GET", "/x", {down, Response{}});
        Fetcher fetcher(&m_nam);
        HostPolicy policy = fast();
        policy.retryServerErrors = true;
        fetcher.setPolicy(server.baseUrl(), policy);
        auto r = fetch(fetcher, at(server, "/x"));
        QVERIFY(r);
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->retries, 1);

        server.routeSequence("GET", "/y", {down, Response{}});
        fetcher.setPolicy(server.baseUrl(), fast());
        r = fetch(fetcher, at(server, "/y"));
        QVERIFY(r);
        QCOMPARE(r->status, Status::HttpError);
        QCOMPARE(r->httpStatus, 502);
        QCOMPARE(r->retries, 0);
    }

    // The limit over all hosts: three hosts, one request each, at most one running at a time, so
    // each arrives after the one before it was answered (300 ms later).
    void globalLimit()
    {
        std::vector<std::unique_ptr<TestHttpServer>> servers;
        Response slow;
        slow.delayMs = 300;
        Fetcher fetcher(&m_nam);
        fetcher.setMaxTotal(1);
        for (int i = 0; i < 3; ++i) {
            servers.push_back(std::make_unique<TestHttpServer>());
            QVERIFY(servers.back()->listen());
            servers.back()->route("GET", "/x", slow);
            fetcher.setPolicy(servers.back()->baseUrl(), fast());
        }
        int done = 0;
        for (const auto &server : servers)
            fetcher.get(at(*server, "/x"), {}, [&done](const FetchResult &) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 10000);
        QList<QDateTime> received;
        for (const auto &server : servers) {
            QCOMPARE(server->requests().size(), 1);
            received << server->requests().first().received;
        }
        std::sort(received.begin(), received.end());
        for (int i = 1; i < received.size(); ++i)
            QVERIFY2(received[i - 1].msecsTo(received[i]) >= 280,
                     qPrintable(QString::number(received[i - 1].msecsTo(received[i]))));
    }

    void retryAfterSeconds_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        const QDateTime now = QDateTime(QDate(2026, 6, 16), QTime(13, 34, 19), Qt::UTC);
        const QLocale c = QLocale::c();
        const auto httpDate = [&](const QDateTime &t) {
            return c.toString(t, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
        };
        QTest::newRow("seconds") << QByteArray("5") << 5;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
        QTest::newRow("negative") << QByteArray("-1") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("junk") << QByteArray("soon") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("http-date +30 s") << httpDate(now.addSecs(30)) << 30;
        QTest::newRow("http-date +2 h") << httpDate(now.addSecs(7200)) << 7200;
        QTest::newRow("asctime +60 s")
            << c.toString(now.addSecs(60), u"ddd MMM d hh:mm:ss yyyy"_s).toLatin1() << 60;
        QTest::newRow("rfc2822 offset") << QByteArray("Tue, 16 Jun 2026 15:34:49 +0200") << 30;
        QTest::newRow("http-date past") << httpDate(now.addSecs(-60)) << 0;
        QTest::newRow("http-date garbage") << QByteArray("Wed, 99 Foo 2026 99:99:99 GMT") << -1;
    }

    void retryAfterSeconds()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const QDateTime now = QDateTime(QDate(2026, 6, 16), QTime(13, 34, 19), Qt::UTC);
        QCOMPARE(Curator::Net::retryAfterSeconds(value, now), expected);
    }
};

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
