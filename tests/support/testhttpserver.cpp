#include "testhttpserver.h"

#include "testdata.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTestHttp, "curator.test.http")

namespace Curator::Test {

namespace {

// A request head larger than this is a broken client (or a broken parser), not a real request.
constexpr qsizetype MaxHeadSize = 64 * 1024;
// Streamed bodies are written in slices of this size, and only while the socket holds less than
// HighWater unsent bytes: that keeps the server's memory flat however large the body is.
constexpr qsizetype SliceSize = 64 * 1024;
constexpr qint64 HighWater = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Connection: close, in a request or a response header list, asks for the connection to end.
bool asksToClose(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) {
        return sameName(h.first, "Connection") && h.second.toLower().contains("close");
    });
}

enum class Parse { NeedMore, Done, Bad };

// Decodes a chunked request body that starts at `pos`. On Done, `end` is one past its last byte.
Parse parseChunked(const QByteArray &in, qsizetype pos, QByteArray *body, qsizetype *end)
{
    body->clear();
    for (;;) {
        const qsizetype lineEnd = in.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return in.size() - pos > MaxHeadSize ? Parse::Bad : Parse::NeedMore;
        QByteArray sizeField = in.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeField.indexOf(';'); semicolon >= 0)
            sizeField.truncate(semicolon); // chunk extensions carry nothing we need
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return Parse::Bad;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers (rare) end with an empty line, like the head.
            if (in.mid(pos, 2) == "\r\n") {
                *end = pos + 2;
                return Parse::Done;
            }
            const qsizetype trailersEnd = in.indexOf("\r\n\r\n", pos);
            if (trailersEnd < 0)
                return Parse::NeedMore;
            *end = trailersEnd + 4;
            return Parse::Done;
        }
        if (in.size() < pos + size + 2)
            return Parse::NeedMore;
        if (in.mid(pos + size, 2) != "\r\n")
            return Parse::Bad;
        body->append(in.constData() + pos, size);
        pos += size + 2;
    }
}

// Takes one complete request off the front of `in`, or says why it cannot yet. `http10` tells
// an HTTP/1.0 client, whose connections are not persistent unless it asks.
Parse parseRequest(QByteArray &in, Request *request, bool *http10)
{
    // RFC 9112 2.2: a server should ignore empty lines received before the request line.
    qsizetype start = 0;
    while (in.mid(start, 2) == "\r\n")
        start += 2;
    if (start > 0)
        in.remove(0, start);

    const qsizetype headEnd = in.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return in.size() > MaxHeadSize ? Parse::Bad : Parse::NeedMore;
    if (headEnd > MaxHeadSize)
        return Parse::Bad;

    const QList<QByteArray> lines = in.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/1."))
        return Parse::Bad;

    Request r;
    r.method = requestLine.at(0);
    r.path = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            // Obsolete line folding: a continuation of the previous value.
            if (r.headers.isEmpty())
                return Parse::Bad;
            r.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Bad;
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headEnd + 4;
    qsizetype end = bodyStart;
    if (r.header("Transfer-Encoding").toLower().contains("chunked")) {
        const Parse p = parseChunked(in, bodyStart, &r.body, &end);
        if (p != Parse::Done)
            return p;
    } else if (const QByteArray length = r.header("Content-Length"); !length.isEmpty()) {
        bool ok = false;
        const qint64 size = length.toLongLong(&ok);
        if (!ok || size < 0)
            return Parse::Bad;
        if (in.size() < bodyStart + size)
            return Parse::NeedMore;
        r.body = in.mid(bodyStart, size);
        end = bodyStart + size;
    }

    in.remove(0, end);
    *http10 = requestLine.at(2) == "HTTP/1.0";
    r.received = QDateTime::currentDateTimeUtc();
    *request = std::move(r);
    return Parse::Done;
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return h.second;
    }
    return {};
}

namespace detail {

// One client connection: parses what arrives, answers in order. It owns its socket and timer, so
// deleting it (deleteLater on disconnect, or the server's destructor) cancels everything pending.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(TestHttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        m_timer.setTimerType(Qt::PreciseTimer); // delays and drip intervals are asserted on
        connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimer);
    }

    void start()
    {
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closed);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                closed();
        });
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            closed();
        else if (m_socket->bytesAvailable() > 0)
            readIncoming();
    }

    // For the server's destructor: no callbacks into a server that is going away.
    void abortQuietly()
    {
        m_closed = true;
        m_timer.stop();
        m_socket->disconnect(this);
        m_socket->abort();
    }

private:
    struct Pending
    {
        Response response;
        bool headOnly = false; // HEAD request: headers only
        bool closeAfter = false;
        bool counted = true; // a recorded request, as opposed to our own 400
    };

    enum class Phase { Idle, Waiting, Stalled, Streaming, Dripping, Endless };
    // Framing values for head() besides a Content-Length.
    static constexpr qint64 Chunked = -1;
    static constexpr qint64 NoLength = -2;

    void readIncoming()
    {
        if (m_closed)
            return;
        m_in += m_socket->readAll();
        while (!m_stopParsing) {
            Request request;
            bool http10 = false;
            const Parse p = parseRequest(m_in, &request, &http10);
            if (p == Parse::NeedMore)
                break;
            if (p == Parse::Bad) {
                qCWarning(lcTestHttp) << "malformed request:" << m_in.left(200);
                Pending bad;
                bad.response.status = 400;
                bad.response.body = "Malformed request\n";
                bad.response.headers = {{"Content-Type", "text/plain"}};
                bad.closeAfter = true;
                bad.counted = false;
                m_queue.append(bad);
                m_stopParsing = true;
                break;
            }
            Pending pending;
            pending.headOnly = request.method == "HEAD";
            pending.closeAfter = asksToClose(request.headers)
                || (http10 && !request.header("Connection").toLower().contains("keep-alive"));
            pending.response = m_server->takeRequest(std::move(request));
            pending.closeAfter = pending.closeAfter || asksToClose(pending.response.headers);
            // Nothing sent after a close would be read: stop at the last answered request.
            m_stopParsing = pending.closeAfter;
            m_queue.append(pending);
        }
        if (m_phase == Phase::Idle)
            startNext();
    }

    void startNext()
    {
        if (m_closed || m_phase != Phase::Idle || m_queue.isEmpty())
            return;
        const Response &r = m_queue.constFirst().response;
        if (r.delayMs > 0) {
            m_phase = Phase::Waiting;
            m_timer.setSingleShot(true);
            m_timer.start(r.delayMs);
        } else {
            begin();
        }
    }

    void onTimer()
    {
        if (m_phase == Phase::Waiting)
            begin();
        else if (m_phase == Phase::Dripping)
            dripOne();
    }

    void begin()
    {
        const Pending &p = m_queue.constFirst();
        const Response &r = p.response;
        switch (r.mode) {
        case Response::Mode::Stall:
            // Everything behind this request on the connection waits forever too, as it would
            // behind a hung server.
            m_phase = Phase::Stalled;
            return;
        case Response::Mode::Drop:
            m_phase = Phase::Stalled;
            m_stopParsing = true;
            m_socket->disconnectFromHost();
            return;
        case Response::Mode::Endless: {
            m_phase = Phase::Endless;
            QByteArray data = r.body.isEmpty() ? QByteArray(16 * 1024, 'x') : r.body;
            while (data.size() < 16 * 1024)
                data += r.body;
            m_chunk = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
            m_socket->write(head(r, Chunked, p.closeAfter));
            pump();
            return;
        }
        case Response::Mode::Normal:
        case Response::Mode::Drip:
            break;
        }

        // These statuses never have a body (RFC 9110 6.4.1), so they carry no length either.
        const bool statusWithoutBody = r.status < 200 || r.status == 204 || r.status == 304;
        const bool repeated = r.repeatBodyTo > 0;
        m_total = repeated ? r.repeatBodyTo : r.body.size();
        m_sent = 0;
        m_socket->write(head(r, statusWithoutBody ? NoLength : m_total, p.closeAfter));
        if (statusWithoutBody || p.headOnly || m_total == 0) {
            finishCurrent();
            return;
        }
        if (!repeated && r.mode == Response::Mode::Normal) {
            m_socket->write(r.body);
            finishCurrent();
            return;
        }

        m_pattern = r.body.isEmpty() ? QByteArray(1, 'x') : r.body;
        if (r.mode == Response::Mode::Drip) {
            m_phase = Phase::Dripping;
            m_timer.setSingleShot(false);
            m_timer.start(std::max(1, r.dripMs));
            return;
        }
        // A slice may start anywhere in the pattern, so the block holds a whole slice from any
        // starting offset.
        m_block = m_pattern;
        while (m_block.size() < SliceSize + m_pattern.size())
            m_block += m_pattern;
        m_phase = Phase::Streaming;
        pump();
    }

    static QByteArray head(const Response &r, qint64 contentLength, bool close)
    {
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        for (const auto &h : r.headers) {
            // Framing is the server's job: a second, contradicting length would break the client.
            if (sameName(h.first, "Content-Length") || sameName(h.first, "Transfer-Encoding")
                || sameName(h.first, "Connection"))
                continue;
            out += h.first + ": " + h.second + "\r\n";
        }
        if (contentLength == Chunked)
            out += "Transfer-Encoding: chunked\r\n";
        else if (contentLength != NoLength)
            out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        out += "\r\n";
        return out;
    }

    // Refills the socket from the streamed body whenever it has drained below the high-water mark.
    void pump()
    {
        if (m_closed)
            return;
        if (m_phase == Phase::Streaming) {
            while (m_sent < m_total && m_socket->bytesToWrite() < HighWater) {
                const qint64 n = std::min<qint64>(SliceSize, m_total - m_sent);
                const qsizetype offset = m_sent % m_pattern.size();
                if (m_socket->write(m_block.constData() + offset, n) != n)
                    return; // the socket is failing; disconnected() will clean up
                m_sent += n;
            }
            if (m_sent == m_total) {
                m_block.clear();
                finishCurrent();
            }
        } else if (m_phase == Phase::Endless) {
            while (m_socket->bytesToWrite() < HighWater) {
                if (m_socket->write(m_chunk) != m_chunk.size())
                    return;
            }
        }
    }

    void dripOne()
    {
        if (m_socket->write(m_pattern.constData() + m_sent % m_pattern.size(), 1) != 1)
            return;
        if (++m_sent == m_total) {
            m_timer.stop();
            finishCurrent();
        }
    }

    void finishCurrent()
    {
        const Pending done = m_queue.takeFirst();
        m_phase = Phase::Idle;
        if (done.counted)
            m_server->requestFinished();
        if (done.closeAfter) {
            // Sends what is queued first, then closes: the client sees the whole response.
            m_socket->disconnectFromHost();
            return;
        }
        startNext();
    }

    void closed()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_timer.stop();
        const int unanswered = int(std::count_if(m_queue.cbegin(), m_queue.cend(),
                                                 [](const Pending &p) { return p.counted; }));
        m_queue.clear();
        m_server->connectionClosed(this, unanswered);
        deleteLater();
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer m_timer;
    QByteArray m_in;
    QList<Pending> m_queue; // the front one is being answered
    Phase m_phase = Phase::Idle;
    bool m_stopParsing = false;
    bool m_closed = false;
    QByteArray m_pattern; // the body being streamed or dripped, repeated as needed
    QByteArray m_block;
    QByteArray m_chunk; // one chunk of an endless body, framed
    qint64 m_sent = 0;
    qint64 m_total = 0;
};

} // namespace detail

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_tcp, &QTcpServer::newConnection, this, &TestHttpServer::acceptConnections);
}

TestHttpServer::~TestHttpServer()
{
    m_tcp.close();
    const QList<detail::HttpConnection *> open = std::exchange(m_connections, {});
    for (detail::HttpConnection *c : open)
        c->abortQuietly();
    // The connections are children: ~QObject deletes them, sockets included.
}

bool TestHttpServer::listen()
{
    if (!m_tcp.listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcTestHttp) << "cannot listen on 127.0.0.1:" << m_tcp.errorString();
        return false;
    }
    return true;
}

QUrl TestHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_tcp.serverPort());
    return url;
}

void TestHttpServer::route(const QByteArray &method, const QByteArray &pathOrPrefix,
                           const Response &response)
{
    routeSequence(method, pathOrPrefix, {response});
}

void TestHttpServer::routeSequence(const QByteArray &method, const QByteArray &pathOrPrefix,
                                   const QList<Response> &responses)
{
    Q_ASSERT(!responses.isEmpty());
    Route r;
    r.method = method;
    r.prefix = pathOrPrefix.endsWith('*');
    r.key = r.prefix ? pathOrPrefix.chopped(1) : pathOrPrefix;
    r.responses = responses;
    m_routes.append(r);
}

void TestHttpServer::routeHandler(const QByteArray &method, const QByteArray &pathOrPrefix,
                                  Handler handler)
{
    routeSequence(method, pathOrPrefix, {Response{}});
    m_routes.last().handler = std::move(handler);
}

Response TestHttpServer::fixture(const QString &relativePath, int status,
                                 const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = readFile(fixturePath(relativePath));
    QByteArray type = contentType;
    if (type.isEmpty()) {
        if (relativePath.endsWith(u".json"_s))
            type = "application/json";
        else if (relativePath.endsWith(u".xml"_s) || relativePath.endsWith(u".atom"_s))
            type = "application/atom+xml";
        else if (relativePath.endsWith(u".txt"_s))
            type = "text/plain";
        else
            type = "application/octet-stream";
    }
    r.headers.append({"Content-Type", type});
    return r;
}

int TestHttpServer::maxRequestsInAnyWindow(int windowMs) const
{
    // Arrivals are appended in order, so a two-pointer sweep finds the densest window.
    if (windowMs <= 0)
        return 0;
    const qint64 window = qint64(windowMs) * 1000000;
    int best = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < m_arrivalNs.size(); ++last) {
        while (m_arrivalNs.at(last) - m_arrivalNs.at(first) >= window)
            ++first;
        best = std::max(best, int(last - first + 1));
    }
    return best;
}

QList<qint64> TestHttpServer::requestIntervalsMs() const
{
    QList<qint64> gaps;
    for (qsizetype i = 1; i < m_arrivalNs.size(); ++i)
        gaps.append((m_arrivalNs.at(i) - m_arrivalNs.at(i - 1)) / 1000000);
    return gaps;
}

void TestHttpServer::reset()
{
    m_requests.clear();
    m_arrivalNs.clear();
    m_maxConnections = int(m_connections.size());
    m_maxInFlight = m_inFlight;
}

void TestHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        auto *connection = new detail::HttpConnection(this, socket);
        m_connections.append(connection);
        m_maxConnections = std::max(m_maxConnections, int(m_connections.size()));
        connection->start();
    }
}

Response TestHttpServer::takeRequest(Request request)
{
    m_arrivalNs.append(m_clock.nsecsElapsed());
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);

    for (auto it = m_routes.rbegin(); it != m_routes.rend(); ++it) {
        if (it->method != request.method)
            continue;
        if (it->prefix ? !request.path.startsWith(it->key) : request.path != it->key)
            continue;
        const Response r = it->handler
            ? it->handler(request)
            : it->responses.at(std::min(it->next, int(it->responses.size()) - 1));
        if (it->next < it->responses.size())
            ++it->next;
        m_requests.append(std::move(request));
        return r;
    }

    qCDebug(lcTestHttp) << "no route for" << request.method << request.path;
    Response notFound;
    notFound.status = 404;
    notFound.body = "No route for " + request.method + ' ' + request.path + '\n';
    notFound.headers = {{"Content-Type", "text/plain"}};
    m_requests.append(std::move(request));
    return notFound;
}

void TestHttpServer::requestFinished()
{
    --m_inFlight;
}

void TestHttpServer::connectionClosed(detail::HttpConnection *connection, int unansweredRequests)
{
    m_connections.removeOne(connection);
    m_inFlight -= unansweredRequests;
}

} // namespace Curator::Test

#include "testhttpserver.moc"
