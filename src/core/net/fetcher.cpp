#include "fetcher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Curator::Net {

namespace {

// lupdate finds the strings of this file under this context.
class FetcherText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Net)
};

// What Qt may hold of a body that this thread has not read yet.
constexpr qint64 ReadBufferBytes = 1024 * 1024;

FetchResult canceled(const QUrl &url)
{
    FetchResult r;
    r.status = FetchResult::Status::Canceled;
    r.url = url;
    r.message = FetcherText::tr("The look-up was canceled.");
    return r;
}

} // namespace

int retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // An HTTP-date: "Wed, 21 Oct 2015 07:28:00 GMT" (IMF-fixdate), or asctime's
    // "Wed Oct 21 07:28:00 2015". Qt::RFC2822Date alone refuses the "GMT" that servers send.
    const QString text = QString::fromLatin1(v).simplified();
    const QLocale c = QLocale::c();
    QDateTime at;
    for (const QString &format :
         {u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s, u"ddd MMM d hh:mm:ss yyyy"_s}) {
        at = c.toDateTime(text, format);
        if (at.isValid())
            break;
    }
    if (at.isValid())
        at = QDateTime(at.date(), at.time(), Qt::UTC);
    else
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::max<qint64>(0, now.secsTo(at)));
}

Fetcher::Fetcher(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_userAgent(QByteArray("AwesomeCurator/") + CURATOR_VERSION)
{ }

Fetcher::~Fetcher()
{
    // Nobody is told any more: the callbacks may point at objects already gone.
    for (Job *job : std::as_const(m_running)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
        delete job;
    }
    for (Host &h : m_hosts)
        qDeleteAll(h.queue);
}

QString Fetcher::hostKey(const QUrl &url)
{
    return url.host().toLower() + u':'
        + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

void Fetcher::setPolicy(const QUrl &base, const HostPolicy &policy)
{
    const QString key = hostKey(base);
    m_policies.insert(key, policy);
    if (m_hosts.contains(key))
        m_hosts[key].policy = policy;
}

HostPolicy Fetcher::policy(const QUrl &url) const
{
    return m_policies.value(hostKey(url), m_defaultPolicy);
}

Fetcher::Host &Fetcher::host(const QUrl &url)
{
    const QString key = hostKey(url);
    auto it = m_hosts.find(key);
    if (it == m_hosts.end()) {
        it = m_hosts.insert(key, Host{});
        it->policy = m_policies.value(key, m_defaultPolicy);
        it->timer = new QTimer(this);
        it->timer->setSingleShot(true);
        connect(it->timer, &QTimer::timeout, this, [this, key] { schedule(key); });
    }
    return *it;
}

quint64 Fetcher::get(const QUrl &url, const Headers &headers, Callback done)
{
    Request request;
    request.url = url;
    request.headers = headers;
    return send(request, std::move(done));
}

quint64 Fetcher::send(const Request &request, Callback done)
{
    auto *job = new Job;
    job->ticket = m_nextTicket++;
    job->request = request;
    job->done = std::move(done);
    host(request.url).queue.push_back(job);
    // Started from the event loop, so a caller may queue a batch before the first one starts.
    const QString key = hostKey(request.url);
    QMetaObject::invokeMethod(
        this, [this, key] { schedule(key); }, Qt::QueuedConnection);
    return job->ticket;
}

int Fetcher::pending() const
{
    int n = 0;
    for (const Host &h : m_hosts)
        n += int(h.queue.size()) + h.active;
    return n;
}

void Fetcher::schedule(const QString &key)
{
    auto it = m_hosts.find(key);
    if (it == m_hosts.end())
        return;
    Host &h = *it;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 waitMs = -1;
    while (!h.queue.isEmpty() && h.active < std::max(1, h.policy.maxConcurrent)
           && (m_maxTotal <= 0 || m_active < m_maxTotal)) {
        QDateTime earliest = h.blockedUntil;
        if (h.lastStart.isValid()) {
            const QDateTime byInterval = h.lastStart.addMSecs(h.policy.minIntervalMs);
            if (!earliest.isValid() || byInterval > earliest)
                earliest = byInterval;
        }
        Job *job = h.queue.first();
        if (job->notBefore.isValid() && (!earliest.isValid() || job->notBefore > earliest))
            earliest = job->notBefore;
        if (earliest.isValid() && earliest > now) {
            // Less than a millisecond away still needs the timer, or nothing wakes the queue.
            waitMs = std::max<qint64>(0, now.msecsTo(earliest));
            break;
        }
        h.queue.removeFirst();
        start(job, h);
    }
    if (waitMs >= 0) {
        const int ms = int(std::min<qint64>(waitMs + 1, 24 * 3600 * 1000));
        // An earlier wake-up than the one pending may be needed (a new job behind a shorter wait).
        if (!h.timer->isActive() || h.timer->remainingTime() > ms)
            h.timer->start(ms);
    }
}

void Fetcher::start(Job *job, Host &h)
{
    ++h.active;
    ++m_active;
    h.lastStart = QDateTime::currentDateTimeUtc();
    const Request &req = job->request;
    QNetworkRequest request(req.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    for (const auto &[name, value] : std::as_const(req.headers))
        request.setRawHeader(name, value);
    // Redirects are followed, but never from https to http, and not forever.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         !req.followRedirects          ? QNetworkRequest::ManualRedirectPolicy
                             : req.sameOriginRedirects ? QNetworkRequest::SameOriginRedirectPolicy
                                                       : QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(req.maxRedirects);
    request.setTransferTimeout(h.policy.timeoutMs);
    // An answer may describe a private repository or carry a token's view of one: no disk cache.
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Qt refuses to unpack a compressed body whose expansion looks like a bomb, once it is past
    // this size: past the cap, where nothing more would be read anyway.
    request.setDecompressedSafetyCheckThreshold(h.policy.maxBytes);
    QNetworkReply *reply = nullptr;
    if (req.method == "GET") {
        reply = m_nam->get(request);
    } else {
        if (!req.body.isEmpty() && !request.header(QNetworkRequest::ContentTypeHeader).isValid())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (req.method == "POST")
            reply = m_nam->post(request, req.body);
        else if (req.method == "PUT")
            reply = m_nam->put(request, req.body);
        else
            reply = m_nam->sendCustomRequest(request, req.method, req.body);
    }
    qCDebug(lcNet) << req.method << req.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    // Without a bound, Qt's network thread reads a fast server's body into memory as quickly as
    // it arrives, well past the cap before this thread gets to count it.
    reply->setReadBufferSize(ReadBufferBytes);
    job->reply = reply;
    m_running.insert(job->ticket, job);
    job->body.clear();
    job->tooLarge = false;
    job->tooSlow = false;
    job->headersRead = false;
    const qint64 cap = h.policy.maxBytes;
    // A declared length over the cap is refused before any of the body is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [job, reply, cap] {
        if (job->request.headersOnly
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
            && reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isNull()) {
            job->headersRead = true;
            // Not from within this signal: Qt is still handling the headers then, and an abort
            // there reports its error twice ("must only be called once").
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
            return;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap && !job->tooLarge) {
            job->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [job, reply, cap] {
        if (job->tooLarge || job->headersRead)
            return;
        // Counted after decompression, so a small gzip bomb is cut off too.
        job->body += reply->read(std::max<qint64>(0, cap + 1 - job->body.size()));
        if (job->body.size() > cap) {
            job->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, job] { finished(job); });
    if (h.policy.deadlineMs > 0) {
        // The reply's child: it goes with the reply. A finished reply waits for its deletion
        // while `job` may be gone (or retried on a new reply): it is not touched then.
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, reply, [job, reply] {
            if (reply->isFinished())
                return;
            job->tooSlow = true;
            reply->abort();
        });
        deadline->start(h.policy.deadlineMs);
    }
}

void Fetcher::finished(Job *job)
{
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    m_running.remove(job->ticket);
    reply->deleteLater();
    Host &h = host(job->request.url);
    --h.active;
    --m_active;
    const QString key = hostKey(job->request.url);
    // Under the global limit, a freed slot may go to any host that waits, not only this one.
    QMetaObject::invokeMethod(
        this,
        [this, key] {
            schedule(key);
            if (m_maxTotal > 0) {
                const QStringList waiting = m_hosts.keys();
                for (const QString &other : waiting) {
                    if (other != key && !m_hosts[other].queue.isEmpty())
                        schedule(other);
                }
            }
        },
        Qt::QueuedConnection);

    if (job->canceled) {
        complete(job, canceled(job->request.url));
        return;
    }
    if (!job->tooLarge) {
        // An aborted reply (timeout) is closed: nothing left to read.
        if (reply->isOpen())
            job->body += reply->readAll();
        job->tooLarge = job->body.size() > h.policy.maxBytes;
    }

    FetchResult r;
    r.url = reply->url();
    r.retries = job->attempt;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A headers-only request aborted itself once it had them: that is its answer, not an error.
    r.networkError = job->headersRead ? QNetworkReply::NoError : reply->error();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.headers = reply->rawHeaderPairs();
    if (refuseOverLimits(job, reply, h.policy, &r)) {
        complete(job, r);
        return;
    }
    if (retryIfAsked(job, reply, h, r))
        return;
    classify(job, reply, h.policy, &r);
    complete(job, r);
}

// The fetcher's own limits, before anything the server said: the size cap (also for a
// compressed body that would not unpack within it) and the whole answer's deadline.
bool Fetcher::refuseOverLimits(Job *job, QNetworkReply *reply, const HostPolicy &policy,
                               FetchResult *r)
{
    const QString host = job->request.url.host();
    // Qt's words for it are "Decompression failed", for a damaged gzip body and for a bomb alike.
    if (!job->tooLarge && !job->tooSlow && r->networkError == QNetworkReply::UnknownContentError
        && !reply->rawHeader("Content-Encoding").isEmpty()) {
        r->status = FetchResult::Status::TooLarge;
        r->message = FetcherText::tr("%1 sent a compressed answer that could not be unpacked "
                                     "within %2 MB: it is damaged, or expands far beyond that. "
                                     "The answer was not read.")
                         .arg(host)
                         .arg(policy.maxBytes / (1024 * 1024));
        return true;
    }
    if (job->tooLarge) {
        r->status = FetchResult::Status::TooLarge;
        r->message = FetcherText::tr("%1 sent more than %2 MB; the answer was not read.")
                         .arg(host)
                         .arg(policy.maxBytes / (1024 * 1024));
        return true;
    }
    if (job->tooSlow) {
        r->status = FetchResult::Status::Timeout;
        r->message = FetcherText::tr("%1 sent its answer too slowly: it was not complete after "
                                     "%2 s.")
                         .arg(host)
                         .arg(policy.deadlineMs / 1000);
        return true;
    }
    return false;
}

// A GET the host asked us to repeat later (429, 503), or whose connection dropped, goes back to
// the head of its host's queue. True when it did; the job then lives on and `r` is not reported.
bool Fetcher::retryIfAsked(Job *job, QNetworkReply *reply, Host &h, const FetchResult &r)
{
    const bool rateLimited = r.httpStatus == 429 || r.httpStatus == 503;
    const bool serverTrouble = h.policy.retryServerErrors
        && (r.httpStatus == 500 || r.httpStatus == 502 || r.httpStatus == 504
            || r.httpStatus == 408);
    // A refused connection means nobody listens (offline, or the service down): retrying only
    // delays the cached answer. A dropped one may be a blip.
    const QNetworkReply::NetworkError error = r.networkError;
    const bool transient = error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::TemporaryNetworkFailureError
        || error == QNetworkReply::NetworkSessionFailedError;
    if (!(rateLimited || transient || serverTrouble) || job->attempt >= h.policy.maxRetries
        || job->request.method != "GET")
        return false;
    // Retry-After is honoured wherever a server sends it (429, 503, and others now and then).
    int wait = r.httpStatus > 0
        ? retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())
        : -1;
    if (wait < 0)
        wait = 1 << job->attempt; // 1, 2, 4 s
    wait = std::min(wait, 120);
    ++job->attempt;
    job->notBefore = QDateTime::currentDateTimeUtc().addSecs(wait);
    if (rateLimited)
        h.blockedUntil = job->notBefore;
    qCInfo(lcNet) << job->request.url.host() << "answered" << r.httpStatus << error << "- retry in"
                  << wait << "s";
    h.queue.prepend(job);
    h.timer->stop();
    schedule(hostKey(job->request.url));
    // Last: a slot may queue a request for a new host, and the insertion into m_hosts
    // invalidates `h`.
    const QUrl url = job->request.url;
    const int attempt = job->attempt;
    if (rateLimited)
        emit retryScheduled(url, wait, attempt);
    return true;
}

// What the answer was, in the words the user sees.
void Fetcher::classify(Job *job, QNetworkReply *reply, const HostPolicy &policy, FetchResult *r)
{
    const QString host = job->request.url.host();
    const QNetworkReply::NetworkError error = r->networkError;
    if (r->httpStatus > 0)
        r->body = std::move(job->body);
    if (error == QNetworkReply::NoError && r->httpStatus >= 200 && r->httpStatus < 300) {
        r->status = FetchResult::Status::Ok;
    } else if (!job->request.followRedirects && r->httpStatus >= 300 && r->httpStatus < 400) {
        r->status = FetchResult::Status::Redirect;
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        r->location = target.isValid() ? r->url.resolved(target) : QUrl();
    } else if (r->httpStatus == 404 || r->httpStatus == 410) {
        r->status = FetchResult::Status::NotFound;
        r->message = FetcherText::tr("%1 has no such record.").arg(host);
    } else if (r->httpStatus == 429 || r->httpStatus == 503) {
        r->status = FetchResult::Status::RateLimited;
        r->message = FetcherText::tr("%1 is rate-limiting; gave up after %2 tries.")
                         .arg(host)
                         .arg(job->attempt + 1);
    } else if (r->httpStatus >= 400) {
        r->status = FetchResult::Status::HttpError;
        r->message
            = FetcherText::tr("%1 answered with an error (HTTP %2).").arg(host).arg(r->httpStatus);
    } else if (error == QNetworkReply::OperationCanceledError
               || error == QNetworkReply::TimeoutError) {
        r->status = FetchResult::Status::Timeout;
        r->message = FetcherText::tr("%1 did not answer within %2 s.")
                         .arg(host)
                         .arg(policy.timeoutMs / 1000);
    } else if (error == QNetworkReply::InsecureRedirectError) {
        r->status = FetchResult::Status::NetworkError;
        r->message = job->request.sameOriginRedirects
            ? FetcherText::tr("%1 redirected to another address; it was not followed.").arg(host)
            : FetcherText::tr("%1 redirected from https to http; the insecure address was not "
                              "followed.")
                  .arg(host);
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        r->status = FetchResult::Status::NetworkError;
        r->message = FetcherText::tr("%1 redirected too many times.").arg(host);
    } else {
        r->status = FetchResult::Status::NetworkError;
        r->message = FetcherText::tr("Could not reach %1 (%2). Are you offline?")
                         .arg(host, reply->errorString());
    }
}

void Fetcher::complete(Job *job, FetchResult result)
{
    const Callback done = std::move(job->done);
    delete job;
    if (done)
        done(result);
}

void Fetcher::cancel(quint64 ticket)
{
    for (Host &h : m_hosts) {
        for (qsizetype i = 0; i < h.queue.size(); ++i) {
            if (h.queue[i]->ticket == ticket) {
                Job *job = h.queue.takeAt(i);
                complete(job, canceled(job->request.url));
                return;
            }
        }
    }
    // A running one is aborted; finished() reports it as canceled.
    if (Job *job = m_running.value(ticket)) {
        job->canceled = true;
        job->reply->abort();
    }
}

void Fetcher::cancelAll()
{
    QList<quint64> tickets = m_running.keys();
    for (const Host &h : std::as_const(m_hosts)) {
        for (const Job *job : h.queue)
            tickets << job->ticket;
    }
    for (quint64 t : tickets)
        cancel(t);
}

} // namespace Curator::Net
