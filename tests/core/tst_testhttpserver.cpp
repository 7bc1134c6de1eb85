// The loopback server is what every network test stands on, so it is tested the way the clients
// will use it: through a real QNetworkAccessManager, plus a raw socket where QNAM would hide the
// wire format (pipelining, fragmented and malformed requests).

#include "testdata.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Curator::Test::Request;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

// Under AddressSanitizer (.ci/sanitizers) freed memory sits in a quarantine, 256 MB by default,
// to catch use after free. Every buffer the 50 MB stream of largeRepeatedBodyStreamsInBoundedMemory
// allocates and frees would stay resident, and its bound would measure the quarantine (about
// 210 MB of growth) instead of the server. This binary therefore runs with a 4 MB quarantine:
// growth is then 11-13 MB (shadow memory, allocator caches), the 20 MB bound is unchanged, and a
// server that held the whole body still adds its 50 MB (measured: 62 MB) and fails.
// ASAN_OPTIONS from the environment win over these defaults.
#if defined(__SANITIZE_ADDRESS__)
#define CURATOR_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CURATOR_ASAN 1
#endif
#endif
#ifdef CURATOR_ASAN
extern "C" __attribute__((used, visibility("default"))) const char *__asan_default_options()
{
    return "quarantine_size_mb=4";
}
#endif

namespace {

// Spelled out instead of a partial aggregate initialiser, which -Wextra flags.
Response answer(int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    return r;
}

struct Fetched
{
    int status = -1; // -1: no HTTP status (network error or timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray reason;
    bool finished = false;
};

// Resident memory of this process, from /proc (the project targets Linux).
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

// Reads a raw socket until `done` holds or the timeout passes, without blocking waitFor* calls
// (the server runs on this same event loop).
template<typename Predicate>
QByteArray readUntil(QTcpSocket &socket, Predicate done, int timeoutMs = 5000)
{
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (!done(in) && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
        in += socket.readAll();
    }
    return in;
}

} // namespace

class TestHttpServerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void servesFixtureByteExact_data();
    void servesFixtureByteExact();
    void unknownPathIs404();
    void prefixRoutesAndLaterRoutesWin();
    void sequenceRepeatsItsLastResponse();
    void followsRedirectWithLocation();
    void delayIsHonoured();
    void dropGivesNetworkError();
    void stallRunsIntoClientTimeout();
    void destructorReleasesStalledClient();
    void dripSendsOneByteAtATime();
    void largeRepeatedBodyStreamsInBoundedMemory();
    void endlessBodyRunsUntilClientAborts();
    void capturesRequestLineHeadersAndBody();
    void rawRequests_data();
    void rawRequests();
    void pipelinedRequestsAnsweredInOrder();
    void malformedRequestGets400AndClose();
    void connectionCloseHeaderClosesAfterResponse();
    void parallelRequestsCountedAsConcurrent();
    void sequentialRequestsReuseOneConnection();
    void requestTimingWindowsAndIntervals();

private:
    QUrl url(const QByteArray &pathAndQuery) const;
    QNetworkReply *get(const QByteArray &pathAndQuery, int transferTimeoutMs = 0);
    Fetched fetch(const QByteArray &pathAndQuery);
    static Fetched waitFor(QNetworkReply *reply, int timeoutMs = 5000);

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestHttpServerTest::init()
{
    // A fresh server and manager per test: counters and kept-alive connections from one test
    // cannot leak into the next one's assertions.
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
    // A proxy from the environment would take requests off the loopback interface.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

void TestHttpServerTest::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

QUrl TestHttpServerTest::url(const QByteArray &pathAndQuery) const
{
    return QUrl(m_server->baseUrl().toString() + QString::fromLatin1(pathAndQuery));
}

QNetworkReply *TestHttpServerTest::get(const QByteArray &pathAndQuery, int transferTimeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setTransferTimeout(transferTimeoutMs);
    return m_manager->get(request);
}

Fetched TestHttpServerTest::waitFor(QNetworkReply *reply, int timeoutMs)
{
    Fetched f;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    f.finished = reply->isFinished();
    f.error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    f.status = status.isValid() ? status.toInt() : -1;
    f.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    f.contentType = reply->rawHeader("Content-Type");
    if (reply->isOpen()) // an aborted reply is closed, and reading it would only warn
        f.body = reply->readAll();
    reply->deleteLater();
    return f;
}

Fetched TestHttpServerTest::fetch(const QByteArray &pathAndQuery)
{
    return waitFor(get(pathAndQuery));
}

void TestHttpServerTest::servesFixtureByteExact_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("givenType");
    QTest::addColumn<QByteArray>("expectedType");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("crossref json") << u"crossref/10.1371_journal.pone.0033693.json"_s << 200
                                   << QByteArray() << "application/json"_ba
                                   << "OK"_ba;
    QTest::newRow("crossref 404 text")
        << u"crossref/404_10.1371_notarealdoi.txt"_s << 404 << QByteArray() << "text/plain"_ba
        << "Not Found"_ba;
    QTest::newRow("arxiv atom") << u"arxiv/2026_id_list_1605.08386.atom.xml"_s << 200
                                << QByteArray() << "application/atom+xml"_ba
                                << "OK"_ba;
    QTest::newRow("github 422, given type") << u"github/create_pull_422_already_exists.json"_s
                                            << 422 << "application/json; charset=utf-8"_ba
                                            << "application/json; charset=utf-8"_ba
                                            << "Unprocessable Content"_ba;
}

void TestHttpServerTest::servesFixtureByteExact()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QByteArray, givenType);
    QFETCH(QByteArray, expectedType);
    QFETCH(QByteArray, reason);

    m_server->route("GET", "/works/x", TestHttpServer::fixture(file, status, givenType));
    const Fetched f = fetch("/works/x");

    QVERIFY(f.finished);
    QCOMPARE(f.status, status);
    QCOMPARE(f.reason, reason);
    QCOMPARE(f.contentType, expectedType);
    const QByteArray expected = Curator::Test::readFile(Curator::Test::fixturePath(file));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(f.body.size(), expected.size());
    QCOMPARE(f.body, expected);
}

void TestHttpServerTest::unknownPathIs404()
{
    // A route for another method must not answer a GET.
    m_server->route("POST", "/nope", answer(201, "created"_ba));

    const Fetched f = fetch("/nope?x=1");
    QCOMPARE(f.status, 404);
    QCOMPARE(f.error, QNetworkReply::ContentNotFoundError);
    QVERIFY(f.contentType.startsWith("text/plain"));
    QVERIFY2(f.body.contains("GET /nope?x=1"), f.body.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHttpServerTest::prefixRoutesAndLaterRoutesWin()
{
    m_server->route("GET", "/api/query?*", answer(200, "prefix"_ba));
    QCOMPARE(fetch("/api/query?id_list=1").body, "prefix"_ba);
    QCOMPARE(fetch("/api/query?id_list=2&max_results=1").body, "prefix"_ba);
    // The prefix includes the '?': a bare path or a longer name is another resource.
    QCOMPARE(fetch("/api/query").status, 404);
    QCOMPARE(fetch("/api/queryX?id_list=1").status, 404);

    m_server->route("GET", "/api/query?id_list=2", answer(200, "exact"_ba));
    QCOMPARE(fetch("/api/query?id_list=2").body, "exact"_ba);
    QCOMPARE(fetch("/api/query?id_list=1").body, "prefix"_ba);
    // Exact means the whole target: more query is no longer the same key.
    QCOMPARE(fetch("/api/query?id_list=2&x=1").body, "prefix"_ba);

    m_server->route("GET", "/api/*", answer(200, "later"_ba));
    QCOMPARE(fetch("/api/query?id_list=2").body, "later"_ba);
    QCOMPARE(fetch("/api/other").body, "later"_ba);
}

void TestHttpServerTest::sequenceRepeatsItsLastResponse()
{
    Response tooMany
        = answer(429, "slow down"_ba, {{"Retry-After", "2"}, {"Content-Type", "text/plain"}});
    m_server->routeSequence("GET", "/works/10.1000/1", {tooMany, answer(200, "ok"_ba)});

    QNetworkReply *reply = get("/works/10.1000/1");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
             "Too Many Requests"_ba);
    QCOMPARE(reply->rawHeader("Retry-After"), "2"_ba);
    QCOMPARE(reply->readAll(), "slow down"_ba);
    reply->deleteLater();

    const Fetched second = fetch("/works/10.1000/1");
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, "ok"_ba);
    const Fetched third = fetch("/works/10.1000/1");
    QCOMPARE(third.status, 200);
    QCOMPARE(third.body, "ok"_ba);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestHttpServerTest::followsRedirectWithLocation()
{
    m_server->route("GET", "/works/old", answer(301, "moved"_ba, {{"Location", "/works/new"}}));
    m_server->route("GET", "/works/new", answer(200, "moved here"_ba));

    const Fetched f = fetch("/works/old");
    QCOMPARE(f.status, 200);
    QCOMPARE(f.body, "moved here"_ba);
    // Qt 6.4's QNAM sometimes sends the redirected request a second time before following the
    // Location (reproduced against Python's http.server too), so only the shape is asserted.
    const QList<Request> seen = m_server->requests();
    QCOMPARE_GE(seen.size(), 2);
    for (qsizetype i = 0; i + 1 < seen.size(); ++i)
        QCOMPARE(seen.at(i).path, "/works/old"_ba);
    QCOMPARE(seen.constLast().path, "/works/new"_ba);
}

void TestHttpServerTest::delayIsHonoured()
{
    constexpr int delayMs = 400;
    Response slow = answer(200, "late"_ba);
    slow.delayMs = delayMs;
    m_server->route("GET", "/slow", slow);

    QElapsedTimer timer;
    timer.start();
    const Fetched f = fetch("/slow");
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(f.status, 200);
    QCOMPARE(f.body, "late"_ba);
    // The server's timer starts after the client's clock did; the slack covers timer rounding.
    // Without the delay this takes a millisecond or two.
    QCOMPARE_GE(elapsed, delayMs - 10);

    // The delay belongs to the route, not the server: an undelayed route answers at once.
    m_server->route("GET", "/fast", answer(200, "now"_ba));
    timer.restart();
    QCOMPARE(fetch("/fast").body, "now"_ba);
    QCOMPARE_LT(timer.elapsed(), delayMs);
}

void TestHttpServerTest::dropGivesNetworkError()
{
    Response drop;
    drop.mode = Response::Mode::Drop;
    m_server->route("GET", "/drop", drop);

    const Fetched f = fetch("/drop");
    QVERIFY(f.finished);
    QCOMPARE(f.status, -1); // no status line ever arrived
    QVERIFY(f.body.isEmpty());
    QVERIFY2(f.error == QNetworkReply::RemoteHostClosedError
                 || f.error == QNetworkReply::ConnectionRefusedError
                 || f.error == QNetworkReply::UnknownNetworkError,
             QByteArray::number(int(f.error)).constData());
    // QNAM may resend a request whose connection closed before any answer; each try is dropped.
    QCOMPARE_GE(m_server->requests().size(), 1);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServerTest::stallRunsIntoClientTimeout()
{
    Response stall;
    stall.mode = Response::Mode::Stall;
    m_server->route("GET", "/stall", stall);

    QElapsedTimer timer;
    timer.start();
    const Fetched f = waitFor(get("/stall", 300), 5000);
    QVERIFY(f.finished);
    // QNAM's transfer timer is a coarse timer, which may fire up to 5% early.
    QCOMPARE_GE(timer.elapsed(), 270);
    QVERIFY2(f.error == QNetworkReply::OperationCanceledError
                 || f.error == QNetworkReply::TimeoutError,
             QByteArray::number(int(f.error)).constData());
    QCOMPARE(f.status, -1);
    // The request did arrive: the stall is the server's, not a connection failure.
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().path, "/stall"_ba);
    // The aborting client closes its connection and the server notices.
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServerTest::destructorReleasesStalledClient()
{
    Response stall;
    stall.mode = Response::Mode::Stall;
    m_server->route("GET", "/stall", stall);

    QNetworkReply *reply = get("/stall"); // no transfer timeout: only the server can end this
    QTRY_COMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->openConnections(), 1);
    m_server.reset();

    const Fetched f = waitFor(reply, 5000);
    QVERIFY2(f.finished, "destroying the server left the client waiting");
    QVERIFY(f.error != QNetworkReply::NoError);
    QCOMPARE(f.status, -1);
}

void TestHttpServerTest::dripSendsOneByteAtATime()
{
    constexpr int dripMs = 60;
    const QByteArray body = "abcdef"_ba;
    Response drip = answer(200, body);
    drip.mode = Response::Mode::Drip;
    drip.dripMs = dripMs;
    m_server->route("GET", "/drip", drip);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = get("/drip");
    QList<qint64> arrivals; // when each read delivered data
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        received += reply->readAll();
        arrivals.append(timer.elapsed());
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    const qint64 elapsed = timer.elapsed();
    received += reply->readAll();

    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // The length is announced up front, so a client can tell a drip from a truncation.
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(received, body);
    // The last byte leaves after body.size() intervals; the slack covers timer rounding.
    QCOMPARE_GE(elapsed, body.size() * dripMs - 10);
    // Bytes arrive spread out, not as one block (a few may coalesce on a busy machine).
    QCOMPARE_GE(arrivals.size(), 3);
    QCOMPARE_GE(arrivals.constLast() - arrivals.constFirst(), 2 * dripMs);
    reply->deleteLater();
}

void TestHttpServerTest::largeRepeatedBodyStreamsInBoundedMemory()
{
    // An odd-length pattern makes any dropped, repeated or misaligned slice show up.
    const QByteArray pattern = "0123456789abcdefghijklmnopqrstuvwxyz!"_ba;
    constexpr qint64 total = 50 * 1024 * 1024;
    Response big = answer(200, pattern, {{"Content-Type", "application/octet-stream"}});
    big.repeatBodyTo = total;
    m_server->route("GET", "/big", big);

    const qint64 baseline = residentBytes();
    QVERIFY(baseline > 0);
    qint64 peak = baseline;
    qint64 received = 0;
    qint64 mismatchAt = -1;

    QNetworkReply *reply = get("/big");
    // A small client buffer keeps the client's share of memory small too, so the measurement
    // below is about the server.
    reply->setReadBufferSize(1024 * 1024);
    qint64 nextSample = 0;
    const auto consume = [&] {
        const QByteArray chunk = reply->readAll();
        const char *data = chunk.constData();
        for (qsizetype i = 0; i < chunk.size() && mismatchAt < 0; ++i) {
            if (data[i] != pattern.at((received + i) % pattern.size()))
                mismatchAt = received + i;
        }
        received += chunk.size();
        if (received >= nextSample) {
            peak = std::max(peak, residentBytes());
            nextSample += 1024 * 1024;
        }
    };
    connect(reply, &QNetworkReply::readyRead, this, consume);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    consume();

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(total));
    QCOMPARE(received, total);
    QCOMPARE(mismatchAt, -1);
    // Holding the body would add 50 MB; streaming adds a few hundred kB of socket buffers.
    QVERIFY2(peak - baseline < 20 * 1024 * 1024,
             qPrintable(u"resident memory grew by %1 MB"_s.arg((peak - baseline) >> 20)));
    reply->deleteLater();
}

void TestHttpServerTest::endlessBodyRunsUntilClientAborts()
{
    Response endless = answer(200, "data "_ba);
    endless.mode = Response::Mode::Endless;
    m_server->route("GET", "/endless", endless);

    constexpr qint64 cap = 4 * 1024 * 1024; // what a client's size cap would do
    QNetworkReply *reply = get("/endless");
    // As the app's Fetcher does: without a read buffer limit, Qt's network thread reads as fast
    // as the server (on this thread) writes, and the reply may hold tens of megabytes before
    // readyRead reaches this thread; under a slow (sanitizer) build that never ended in 30 s.
    reply->setReadBufferSize(64 * 1024);
    qint64 received = 0;
    QByteArray start;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        const QByteArray chunk = reply->readAll();
        if (start.size() < 20)
            start += chunk.left(20);
        received += chunk.size();
        if (received > cap)
            reply->abort();
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));

    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(reply->rawHeader("Content-Length").isEmpty());
    QCOMPARE_GT(received, cap);
    QVERIFY(start.startsWith("data data data "));
    reply->deleteLater();
    QTRY_COMPARE(m_server->openConnections(), 0);

    // The server is still fine for the next request.
    m_server->route("GET", "/after", answer(200, "still here"_ba));
    QCOMPARE(fetch("/after").body, "still here"_ba);
}

void TestHttpServerTest::capturesRequestLineHeadersAndBody()
{
    m_server->route("POST", "/repos/o/r/pulls",
                    TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));

    const QByteArray json = R"({"title":"Add paper","head":"fork:branch","base":"main"})"_ba;
    QNetworkRequest request(url("/repos/o/r/pulls"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("Authorization", "Bearer test-token");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Fetched f = waitFor(m_manager->post(request, json));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(f.status, 201);

    const QList<Request> seen = m_server->requests();
    QCOMPARE(seen.size(), 1);
    const Request &r = seen.constFirst();
    QCOMPARE(r.method, "POST"_ba);
    QCOMPARE(r.path, "/repos/o/r/pulls"_ba);
    QCOMPARE(r.body, json);
    // Header names are compared case-insensitively, as HTTP says.
    QCOMPARE(r.header("x-github-api-version"), "2022-11-28"_ba);
    QCOMPARE(r.header("AUTHORIZATION"), "Bearer test-token"_ba);
    QCOMPARE(r.header("Content-Type"), "application/json"_ba);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(json.size()));
    QVERIFY(r.header("X-Not-Sent").isEmpty());
    QVERIFY(r.received >= before.addMSecs(-1) && r.received <= after.addMSecs(1));
}

void TestHttpServerTest::rawRequests_data()
{
    QTest::addColumn<QList<QByteArray>>("fragments");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("xLong");

    QTest::newRow("one write") << QList<QByteArray>{"GET /a?b=c HTTP/1.1\r\nX-Long: 1\r\n\r\n"}
                               << "GET"_ba
                               << "/a?b=c"_ba << QByteArray() << "1"_ba;
    QTest::newRow("head split mid-line")
        << QList<QByteArray>{"GET /a HT", "TP/1.1\r\nX-Lo", "ng: 2\r\n\r", "\n"} << "GET"_ba
        << "/a"_ba << QByteArray() << "2"_ba;
    QTest::newRow("body split from head")
        << QList<QByteArray>{"POST /up HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello", " world"}
        << "POST"_ba
        << "/up"_ba
        << "hello world"_ba << QByteArray();
    QTest::newRow("chunked body in pieces")
        << QList<QByteArray>{"POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
                             "lo\r\n6;ext=1\r\n world\r\n0\r\n", "\r\n"}
        << "POST"_ba
        << "/up"_ba
        << "hello world"_ba << QByteArray();
    QTest::newRow("leading empty line, folded header") << QList<
        QByteArray>{"\r\nPUT /f HTTP/1.1\r\nX-Long: a\r\n b\r\nContent-Length: 2\r\n\r\nok"}
                                                       << "PUT"_ba
                                                       << "/f"_ba
                                                       << "ok"_ba
                                                       << "a b"_ba;
}

void TestHttpServerTest::rawRequests()
{
    QFETCH(QList<QByteArray>, fragments);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, xLong);

    m_server->route(method, path, answer(200, "done"_ba));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->baseUrl().port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    for (const QByteArray &fragment : fragments) {
        socket.write(fragment);
        // Each fragment reaches the server on its own, so the parser sees partial requests.
        QTest::qWait(30);
    }
    const QByteArray answer
        = readUntil(socket, [](const QByteArray &in) { return in.endsWith("done"); });
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.contains("\r\nContent-Length: 4\r\n"));
    QVERIFY(answer.contains("\r\nConnection: keep-alive\r\n"));

    QCOMPARE(m_server->requests().size(), 1);
    const Request r = m_server->requests().constFirst();
    QCOMPARE(r.method, method);
    QCOMPARE(r.path, path);
    QCOMPARE(r.body, body);
    QCOMPARE(r.header("x-long"), xLong);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive
}

void TestHttpServerTest::pipelinedRequestsAnsweredInOrder()
{
    Response slow = answer(200, "first"_ba);
    slow.delayMs = 200;
    m_server->route("GET", "/slow", slow);
    m_server->route("POST", "/fast", answer(200, "second"_ba));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->baseUrl().port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // Both requests in one write: the quick one must still wait behind the slow one.
    socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /fast HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                 "GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer
        = readUntil(socket, [](const QByteArray &in) { return in.endsWith("GET /missing\n"); });

    const qsizetype first = answer.indexOf("\r\n\r\nfirst");
    const qsizetype second = answer.indexOf("\r\n\r\nsecond");
    const qsizetype third = answer.indexOf("HTTP/1.1 404 Not Found");
    QVERIFY2(first > 0 && second > first && third > second, answer.constData());
    QCOMPARE(answer.count("HTTP/1.1 "), 3);

    const QList<Request> seen = m_server->requests();
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(1).body, "abc"_ba);
    QCOMPARE(m_server->maxConcurrentConnections(), 1);
    // All three were waiting on the slow one at once.
    QCOMPARE(m_server->maxConcurrentRequests(), 3);
}

void TestHttpServerTest::malformedRequestGets400AndClose()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->baseUrl().port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^malformed request"_s));
    socket.write("NONSENSE\r\n\r\n");
    const QByteArray answer
        = readUntil(socket, [](const QByteArray &in) { return in.contains("Malformed"); });
    QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(m_server->requests().isEmpty());
}

void TestHttpServerTest::connectionCloseHeaderClosesAfterResponse()
{
    m_server->route("GET", "/close", answer(200, "bye"_ba, {{"Connection", "close"}}));
    m_server->route("GET", "/keep", answer(200, "stay"_ba));

    QCOMPARE(fetch("/keep").body, "stay"_ba);
    QCOMPARE(m_server->openConnections(), 1); // QNAM keeps it for the next request

    const Fetched f = fetch("/close");
    QCOMPARE(f.body, "bye"_ba); // all of it arrived before the close
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServerTest::parallelRequestsCountedAsConcurrent()
{
    Response slow = answer(200, "ok"_ba);
    slow.delayMs = 500; // long enough that all four overlap even on a loaded machine
    m_server->route("GET", "/slow*", slow);

    // QNAM opens up to six connections per host, so four parallel requests get four.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies.append(get("/slow?n=" + QByteArray::number(i)));
    for (QNetworkReply *reply : replies)
        QCOMPARE(waitFor(reply).status, 200);

    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(m_server->maxConcurrentConnections(), 4);
    QCOMPARE(m_server->maxConcurrentRequests(), 4);

    // After reset the maxima start from what is open now: four idle kept-alive connections and
    // no request in flight. One request at a time then shows as one.
    m_server->reset();
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_server->maxConcurrentConnections(), 4);
    QCOMPARE(m_server->maxConcurrentRequests(), 0);
    QCOMPARE(fetch("/slow?n=9").status, 200);
    QCOMPARE(m_server->maxConcurrentRequests(), 1);
}

void TestHttpServerTest::sequentialRequestsReuseOneConnection()
{
    m_server->route("GET", "/*", answer(200, "ok"_ba));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetch("/n" + QByteArray::number(i)).status, 200);
    QCOMPARE(m_server->requests().size(), 3);
    // What "one connection at a time" looks like from the server: keep-alive reuse.
    QCOMPARE(m_server->maxConcurrentConnections(), 1);
    QCOMPARE(m_server->maxConcurrentRequests(), 1);
}

void TestHttpServerTest::requestTimingWindowsAndIntervals()
{
    constexpr int pauseMs = 400;
    m_server->route("GET", "/*", answer(200, "ok"_ba));

    // A burst of three, then one more after a pause.
    QList<QNetworkReply *> burst;
    for (int i = 0; i < 3; ++i)
        burst.append(get("/burst" + QByteArray::number(i)));
    for (QNetworkReply *reply : burst)
        QCOMPARE(waitFor(reply).status, 200);
    QTest::qWait(pauseMs);
    QCOMPARE(fetch("/late").status, 200);

    QCOMPARE(m_server->requests().size(), 4);
    const QList<qint64> gaps = m_server->requestIntervalsMs();
    QCOMPARE(gaps.size(), 3);
    // The burst lands within a few milliseconds; 200 ms is a generous bound.
    QCOMPARE_LT(gaps.at(0), 200);
    QCOMPARE_LT(gaps.at(1), 200);
    QCOMPARE_GE(gaps.at(2), pauseMs - 1);

    QCOMPARE(m_server->maxRequestsInAnyWindow(200), 3);
    QCOMPARE(m_server->maxRequestsInAnyWindow(pauseMs - 1), 3);
    QCOMPARE(m_server->maxRequestsInAnyWindow(60000), 4);
    QCOMPARE(m_server->maxRequestsInAnyWindow(0), 0); // a half-open empty window holds nothing

    m_server->reset();
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(m_server->requestIntervalsMs().isEmpty());
    QCOMPARE(m_server->maxRequestsInAnyWindow(60000), 0);
}

QTEST_GUILESS_MAIN(TestHttpServerTest)

#include "tst_testhttpserver.moc"
