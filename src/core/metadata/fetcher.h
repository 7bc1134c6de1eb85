#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Curator::Metadata {

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
    int maxRetries = 3; // on 429/503 and network errors
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
        NetworkError, // refused, reset, DNS, TLS, redirect loop, https→http redirect
        Canceled,
    };
    Status status = Status::NetworkError;
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl url; // where the body came from, after redirects
    QString message; // for the user, when not Ok
    int retries = 0;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// GET requests queued per host, started no faster than the host's policy allows, with a timeout,
// a size cap, retries that honour Retry-After, and no redirect from https to http. The network
// access manager is injected; every reply is deleted when done.
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
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    using Callback = std::function<void(const FetchResult &)>;
    // Queues a GET; `done` runs once, on this object's thread. Returns a ticket for cancel().
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
        QUrl url;
        Headers headers;
        Callback done;
        int attempt = 0;
        QDateTime notBefore;
        // Guarded: the replies are the network access manager's children and die with it.
        QPointer<QNetworkReply> reply;
        QByteArray body;
        bool tooLarge = false;
        bool tooSlow = false; // the policy's deadline passed
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
    void complete(Job *job, FetchResult result);

    QNetworkAccessManager *m_nam;
    QByteArray m_userAgent;
    QHash<QString, Host> m_hosts;
    QHash<QString, HostPolicy> m_policies;
    QHash<quint64, Job *> m_running;
    quint64 m_nextTicket = 1;
};

// Seconds to wait from a Retry-After value (delta-seconds or an HTTP-date), or -1.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

} // namespace Curator::Metadata
