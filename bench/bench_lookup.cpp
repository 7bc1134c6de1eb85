// How long look-ups take under the services' published limits, against loopback servers with
// 100 ms latency: 200 arXiv ids (two batched requests, one 3 s interval), 100 DOIs in Crossref's
// polite pool (10 requests/s, 3 at a time), and the same 100 DOIs against a server that enforces
// 10 requests/s with 429s. Prints figures for docs/PERFORMANCE.md.

#include "identifier.h"
#include "metadata/resolver.h"
#include "store/store.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <deque>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Metadata;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

namespace {

constexpr int LatencyMs = 100;

// A server that holds clients to 10 requests in any second, as Crossref's polite pool does:
// a request arriving when 10 arrived in the last 1000 ms gets 429 with Retry-After: 1.
class LimitingServer final : public QObject
{
public:
    explicit LimitingServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection())
                serve(socket);
        });
        m_clock.start();
    }
    bool listen() { return m_tcp.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_tcp.serverPort());
        return url;
    }
    int requests = 0;
    int tooMany = 0;

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            // GETs without bodies: each header block is one request.
            qsizetype end;
            while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
                buffer.remove(0, end + 4);
                answer(socket);
            }
        });
    }
    void answer(QTcpSocket *socket)
    {
        ++requests;
        const qint64 now = m_clock.elapsed();
        while (!m_arrivals.empty() && now - m_arrivals.front() >= 1000)
            m_arrivals.pop_front();
        const bool limited = m_arrivals.size() >= 10;
        m_arrivals.push_back(now);
        QByteArray response;
        if (limited) {
            ++tooMany;
            response
                = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n";
        } else {
            response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body;
        }
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(LatencyMs, this, [guard, response] {
            if (guard)
                guard->write(response);
        });
    }

    QTcpServer m_tcp;
    QByteArray m_body;
    QElapsedTimer m_clock;
    std::deque<qint64> m_arrivals;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Run
{
    qint64 ms = 0;
    int ok = 0;
    int notFound = 0;
    int failed = 0;
    int waits = 0;
};

Run resolve(Resolver &resolver, const QList<RecognizedId> &ids)
{
    Run run;
    bool done = false;
    QObject context;
    QObject::connect(&resolver, &Resolver::finished, &context,
                     [&run](quint64, int, const LookupResult &r) {
                         run.ok += r.status == LookupResult::Status::Ok;
                         run.notFound += r.status == LookupResult::Status::NotFound;
                         run.failed += r.status == LookupResult::Status::Failed;
                     });
    QObject::connect(&resolver, &Resolver::allFinished, &context, [&done] { done = true; });
    QObject::connect(&resolver, &Resolver::waiting, &context, [&run] { ++run.waits; });
    QElapsedTimer clock;
    clock.start();
    resolver.lookup(ids, true);
    QDeadlineTimer deadline(300000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    run.ms = clock.elapsed();
    return run;
}

QList<RecognizedId> dois(int n)
{
    QList<RecognizedId> ids;
    for (int i = 0; i < n; ++i)
        ids << Identifier::recognize(u"10.1038/ng.%1"_s.arg(3000 + i));
    return ids;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.open(dir.filePath(u"bench.sqlite"_s))) {
        std::fprintf(stderr, "cannot open a store: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    QNetworkAccessManager nam;
    TestHttpServer arxiv, crossref, doi;
    if (!arxiv.listen() || !crossref.listen() || !doi.listen())
        return 1;
    Response feed = TestHttpServer::fixture(u"arxiv/2026_search_testing_max10.atom.xml"_s);
    feed.delayMs = LatencyMs;
    arxiv.route("GET", "/api/query?id_list=*", feed);
    Response work = TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s);
    work.delayMs = LatencyMs;
    crossref.route("GET", "/works/*", work);

    Endpoints endpoints;
    endpoints.arxiv = arxiv.baseUrl();
    endpoints.crossref = crossref.baseUrl();
    endpoints.doi = doi.baseUrl();

    std::printf("Look-ups against loopback servers, %d ms latency per request\n\n", LatencyMs);
    {
        Resolver resolver(&store, &nam, endpoints);
        QList<RecognizedId> ids;
        for (int i = 0; i < 200; ++i)
            ids << Identifier::recognize(u"2301.%1"_s.arg(10000 + i));
        const Run run = resolve(resolver, ids);
        std::printf("arXiv, 200 ids: %lld requests, %lld ms (minimum: 1 interval of 3000 ms "
                    "+ %d ms latency of the last); %d not in the feed\n",
                    qlonglong(arxiv.requests().size()), run.ms, LatencyMs, run.notFound);
    }
    {
        Resolver resolver(&store, &nam, endpoints);
        resolver.setContactEmail(u"bench@example.org"_s);
        const Run run = resolve(resolver, dois(100));
        std::printf("Crossref polite pool, 100 DOIs, no server limit: %lld requests, %lld ms "
                    "(minimum at 10 requests/s: ~10000 ms), max %d at a time, 429s: 0, "
                    "ok %d, failed %d\n",
                    qlonglong(crossref.requests().size()), run.ms, crossref.maxConcurrentRequests(),
                    run.ok, run.failed);
    }
    {
        LimitingServer limiting(TestHttpServer::fixture(u"crossref/10.1038_ng.3834.json"_s).body);
        if (!limiting.listen())
            return 1;
        Endpoints e = endpoints;
        e.crossref = limiting.baseUrl();
        Resolver resolver(&store, &nam, e);
        resolver.setContactEmail(u"bench@example.org"_s);
        const Run run = resolve(resolver, dois(100));
        std::printf("Crossref polite pool, 100 DOIs, server enforcing 10/s: %d requests, %lld ms, "
                    "429s: %d, waits reported: %d, ok %d, failed %d\n",
                    limiting.requests, run.ms, limiting.tooMany, run.waits, run.ok, run.failed);
    }
    return 0;
}
