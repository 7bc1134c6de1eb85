#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace Curator::Test {

namespace detail {
class HttpConnection;
}

// What the server sends back for one request.
struct Response
{
    enum class Mode {
        Normal,
        Stall, // accept and read the request, never answer: exercises client timeouts
        Drop, // close the connection once the request is read: exercises network-error paths
        Drip, // send the body one byte every dripMs: exercises progress and slow-transfer paths
        Endless, // a chunked body that never ends: exercises the client's size cap
    };

    int status = 200;
    QByteArray body;
    // Sent as given, in order (Content-Type, Retry-After, Location, ...). Content-Length,
    // Transfer-Encoding and Connection are the server's own and are ignored here, except that
    // "Connection: close" makes the server close the connection after this response.
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // latency before the response (or the Drop) starts
    Mode mode = Mode::Normal;
    int dripMs = 50;
    // If > 0, `body` is sent repeated until this many bytes, streamed as the socket drains, so a
    // 50 MB body never sits in the server's memory. An empty body repeats as 'x'.
    qint64 repeatBodyTo = 0;
};

// One request as the server parsed it.
struct Request
{
    QByteArray method;
    QByteArray path; // the request target as sent, with its query
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QDateTime received; // UTC, when the request (including its body) was complete

    // The first value of the header `name`, compared case-insensitively; empty if absent.
    QByteArray header(QByteArrayView name) const;
};

// A loopback HTTP/1.1 server that tests use instead of the internet. It runs on the test's own
// event loop (no thread, nothing blocks), so clients under test and the server interleave exactly
// as they would against a real remote host, and QTRY_* / QSignalSpy waits drive both.
//
// Connections are kept alive (Content-Length framing) and pipelined requests on one connection
// are answered in order. Everything the server saw is recorded for rate-limit and concurrency
// assertions.
class TestHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    explicit TestHttpServer(QObject *parent = nullptr);
    // Aborts every open connection, so a client waiting on a stalled response gets an error
    // instead of keeping the test alive.
    ~TestHttpServer() override;

    // Listens on 127.0.0.1 at a free port chosen by the system.
    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    bool isListening() const { return m_tcp.isListening(); }

    // Routes by method and exact request target (path with query), or by prefix when
    // `pathOrPrefix` ends with '*' ("/api/query?*"). Later routes win over earlier ones, so a test
    // can refine or replace a route. Unmatched requests get a plain-text 404.
    void route(const QByteArray &method, const QByteArray &pathOrPrefix, const Response &response);
    // Successive matching requests get successive responses (a 429, then a 200); the last one
    // repeats once the list is used up.
    void routeSequence(const QByteArray &method, const QByteArray &pathOrPrefix,
                       const QList<Response> &responses);

    // The response made from the request itself, for answers that depend on it (an arXiv feed
    // holding exactly the ids asked for).
    using Handler = std::function<Response(const Request &)>;
    void routeHandler(const QByteArray &method, const QByteArray &pathOrPrefix, Handler handler);

    // A recorded body from tests/data/fixtures, e.g. "crossref/10.1038_ng.3834.json".
    // The content type is guessed from the extension unless given.
    static Response fixture(const QString &relativePath, int status = 200,
                            const QByteArray &contentType = {});

    QList<Request> requests() const { return m_requests; }
    // Client connections open now; lets a test see that a client closed what it opened.
    int openConnections() const { return int(m_connections.size()); }
    // The highest number of client connections open at the same time.
    int maxConcurrentConnections() const { return m_maxConnections; }
    // The highest number of requests in flight at the same time (received, not yet fully
    // answered), across all connections; unlike connections this also sees pipelining.
    int maxConcurrentRequests() const { return m_maxInFlight; }
    // The most requests whose arrival times lie within windowMs of each other (a half-open
    // window: requests exactly windowMs apart are not in the same window).
    int maxRequestsInAnyWindow(int windowMs) const;
    // The gaps between consecutive request arrivals, in milliseconds (monotonic clock).
    QList<qint64> requestIntervalsMs() const;
    // Forgets the recorded requests and restarts the maxima from what is open now. Routes and the
    // positions in their sequences are kept.
    void reset();

private:
    friend class detail::HttpConnection;

    struct Route
    {
        QByteArray method;
        QByteArray key; // without the trailing '*'
        bool prefix = false;
        QList<Response> responses;
        int next = 0;
        Handler handler; // when set, makes the response instead
    };

    void acceptConnections();
    // Called by a connection for each complete request: records it and picks the response.
    Response takeRequest(Request request);
    void requestFinished();
    void connectionClosed(detail::HttpConnection *connection, int unansweredRequests);

    QTcpServer m_tcp;
    QList<Route> m_routes;
    QList<detail::HttpConnection *> m_connections;
    QList<Request> m_requests;
    QList<qint64> m_arrivalNs; // arrival times from m_clock, parallel to m_requests
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_maxConnections = 0;
};

} // namespace Curator::Test
