#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace Curator::Net {

// How politely one host is asked: the APIs' published limits (APIS.md) become these numbers.
struct HostPolicy
{
    int minIntervalMs = 0; // between the starts of two requests
    int maxConcurrent = 1; // connections at once
    int timeoutMs = 20000; // no byte for this long ends the request
    // The whole answer, however it trickles in: a server sending a byte every second never trips
    // timeoutMs. 0: no limit.
    int deadlineMs = 120000;
    qint64 maxBytes = 8 * 1024 * 1024; // larger bodies are refused (after decompression)
    int maxRetries = 3; // GETs only: on 429/503 and dropped connections
    // Also retry 500, 502, 504 and 408 (a link check: a page that is down for a minute is not
    // dead). Off for the APIs, whose 5xx mean what they say.
    bool retryServerErrors = false;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Request
{
    QUrl url;
    QByteArray method = "GET"; // GET, POST, PUT, PATCH or DELETE
    Headers headers; // a User-Agent here replaces the fetcher's
    QByteArray body; // sent with anything but GET
    // Where a redirect may lead. The default follows any redirect that is not from https to
    // http; SameOrigin keeps an Authorization header on its own host.
    bool sameOriginRedirects = false;
    int maxRedirects = 5;
    // false: a 3xx is the answer (status and Location), for a caller that follows each hop itself.
    bool followRedirects = true;
    // Stop once the status and headers are in: the body is not read (a link check).
    bool headersOnly = false;
};

struct FetchResult
{
    enum class Status {
        Ok,
        NotFound, // 404 or 410
        HttpError, // any other status >= 400
        RateLimited, // 429/503 still after every retry
        Timeout,
        TooLarge, // over the size cap, or compressed so that it cannot be unpacked within it
        NetworkError, // refused, reset, DNS, TLS, redirect loop, a redirect the request refused
        Canceled,
        Redirect, // a 3xx, when the request does not follow redirects: httpStatus and location
    };
    Status status = Status::NetworkError;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // Qt's own diagnosis
    QByteArray body; // of any answer with a status, up to the cap
    QByteArray contentType;
    Headers headers; // of the answer
    QUrl location; // a Redirect's target, resolved against url
    QUrl url; // where the body came from, after redirects
    QString message; // for the user, when not Ok
    int retries = 0;
};

// Requests queued per host, started no faster than the host's policy allows, with a timeout,
// a size cap, retries that honour Retry-After (GETs only: repeating a POST could do its work
// twice), and no redirect from https to http. The network access manager is injected; every reply
// is deleted when done. Every HTTP client of the app goes through one: the metadata services, the
// page reader and GitHub.
class Fetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    explicit Fetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Fetcher() override;

    // Keyed by "host:port" of the URLs it applies to.
    void setPolicy(const QUrl &base, const HostPolicy &policy);
    HostPolicy policy(const QUrl &url) const;
    // For every host without a policy of its own (a link check asks hosts nobody configured).
    void setDefaultPolicy(const HostPolicy &policy) { m_defaultPolicy = policy; }
    // Requests running at once over all hosts (a link check of a list with hundreds of hosts
    // must not open hundreds of connections). 0: no limit beyond each host's.
    void setMaxTotal(int requests) { m_maxTotal = requests; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    using Callback = std::function<void(const FetchResult &)>;
    // Queues a request; `done` runs once, on this object's thread, from the event loop (never from
    // within this call). Returns a ticket for cancel().
    quint64 send(const Request &request, Callback done);
    quint64 get(const QUrl &url, const Headers &headers, Callback done);
    void cancel(quint64 ticket);
    void cancelAll();
    int pending() const;

signals:
    // A host asked us to wait (429/503); the request is tried again after `seconds`. Not emitted
    // for the quiet retries after a network error: nobody asked us to wait then.
    void retryScheduled(const QUrl &url, int seconds, int attempt);

private:
    struct Job
    {
        quint64 ticket = 0;
        Request request;
        Callback done;
        int attempt = 0;
        QDateTime notBefore;
        // Guarded: the replies are the network access manager's children and die with it.
        QPointer<QNetworkReply> reply;
        QByteArray body;
        bool tooLarge = false;
        bool tooSlow = false; // the policy's deadline passed
        bool headersRead = false; // headersOnly: aborted on purpose once the headers were in
        bool canceled = false;
    };
    struct Host
    {
        HostPolicy policy;
        QList<Job *> queue;
        int active = 0;
        QDateTime lastStart;
        QDateTime blockedUntil; // Retry-After applies to the whole host
        QTimer *timer = nullptr;
    };

    static QString hostKey(const QUrl &url);
    Host &host(const QUrl &url);
    void schedule(const QString &key);
    void start(Job *job, Host &h);
    void finished(Job *job);
    static bool refuseOverLimits(Job *job, QNetworkReply *reply, const HostPolicy &policy,
                                 FetchResult *r);
    bool retryIfAsked(Job *job, QNetworkReply *reply, Host &h, const FetchResult &r);
    static void classify(Job *job, QNetworkReply *reply, const HostPolicy &policy, FetchResult *r);
    void complete(Job *job, FetchResult result);

    QNetworkAccessManager *m_nam;
    QByteArray m_userAgent;
    QHash<QString, Host> m_hosts;
    QHash<QString, HostPolicy> m_policies;
    HostPolicy m_defaultPolicy;
    int m_maxTotal = 0;
    int m_active = 0; // over all hosts
    QHash<quint64, Job *> m_running;
    quint64 m_nextTicket = 1;
};

// Seconds to wait from a Retry-After value (delta-seconds or an HTTP-date), or -1.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

} // namespace Curator::Net
