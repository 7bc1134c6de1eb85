#include "pagecheck.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Curator::Links {

namespace {

// lupdate finds the strings of this file under this context.
class LinkText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Links)
};

QString hostWithoutWww(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

QString pathWithoutSlash(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

bool isSignInPath(const QString &path)
{
    const QString p = path.toLower();
    for (const QString &word : {u"login"_s, u"signin"_s, u"sign-in"_s, u"sign_in"_s, u"auth"_s,
                                u"sso"_s, u"accounts"_s}) {
        if (p.contains(word))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> refusedHop(const QUrl &from, const QUrl &to)
{
    if (to.scheme() != u"https"_s && to.scheme() != u"http"_s)
        return LinkText::tr("redirects to %1, which is not a web address; not followed")
            .arg(to.toString(QUrl::RemoveUserInfo));
    if (from.scheme() == u"https"_s && to.scheme() == u"http"_s)
        return LinkText::tr("redirects from https to insecure http (%1); not followed")
            .arg(to.toString(QUrl::RemoveUserInfo));
    return std::nullopt;
}

bool isSameResource(const QUrl &original, const QUrl &final)
{
    return hostWithoutWww(original) == hostWithoutWww(final)
        && pathWithoutSlash(original) == pathWithoutSlash(final)
        && original.query(QUrl::FullyEncoded) == final.query(QUrl::FullyEncoded);
}

bool isSoftNotFound(const QUrl &original, const QUrl &final)
{
    const bool frontPage = pathWithoutSlash(final).isEmpty() && !final.hasQuery();
    if (frontPage && !pathWithoutSlash(original).isEmpty())
        return true;
    return isSignInPath(final.path()) && !isSignInPath(original.path());
}

struct PageChecker::Walk
{
    QUrl original;
    QUrl current;
    Callback done;
    QSet<QString> seen; // addresses visited, to tell a loop
    int hops = 0;
    bool allPermanent = true; // every redirect so far was 301 or 308
};

PageChecker::PageChecker(Net::Fetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
{ }

Net::HostPolicy PageChecker::politePolicy()
{
    Net::HostPolicy p;
    // A little over a second: the wait is measured where requests start, and the network's
    // jitter must not bring two arrivals at the server within one second.
    p.minIntervalMs = 1050;
    p.maxConcurrent = 1;
    p.timeoutMs = 20000;
    p.deadlineMs = 60000;
    p.maxRetries = 3;
    p.retryServerErrors = true;
    return p;
}

void PageChecker::check(const QUrl &url, Callback done)
{
    auto walk = std::make_shared<Walk>();
    walk->original = url;
    walk->done = std::move(done);
    hop(walk, url);
}

void PageChecker::hop(std::shared_ptr<Walk> walk, const QUrl &url)
{
    walk->current = url;
    walk->seen.insert(url.toString(QUrl::FullyEncoded));
    Net::Request request;
    request.url = m_relay.isEmpty() ? url : relayed(m_relay, url);
    request.headersOnly = true;
    request.followRedirects = false;
    request.headers = {{"Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8"}};
    QPointer<PageChecker> self(this);
    m_fetcher->send(request, [self, walk](const Net::FetchResult &fetch) {
        if (self)
            self->answered(walk, fetch);
    });
}

QUrl PageChecker::relayed(const QUrl &base, const QUrl &url)
{
    QUrl r = base;
    r.setPath(base.path(QUrl::FullyEncoded) + u'/' + url.host() + url.path(QUrl::FullyEncoded),
              QUrl::StrictMode);
    r.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return r;
}

void PageChecker::answered(std::shared_ptr<Walk> walk, const Net::FetchResult &relayedFetch)
{
    Net::FetchResult fetch = relayedFetch;
    if (!m_relay.isEmpty() && fetch.status == Net::FetchResult::Status::Redirect) {
        for (const auto &[name, value] : fetch.headers) {
            if (name.compare("Location", Qt::CaseInsensitive) == 0)
                fetch.location = walk->current.resolved(QUrl::fromEncoded(value));
        }
    }
    if (fetch.status == Net::FetchResult::Status::Redirect && fetch.location.isValid()
        && !refusedHop(walk->current, fetch.location)
        && !walk->seen.contains(fetch.location.toString(QUrl::FullyEncoded))
        && walk->hops < MaxRedirects) {
        ++walk->hops;
        walk->allPermanent
            = walk->allPermanent && (fetch.httpStatus == 301 || fetch.httpStatus == 308);
        hop(walk, fetch.location);
        return;
    }
    walk->done(verdictOf(*walk, fetch));
}

PageResult PageChecker::verdictOf(const Walk &walk, const Net::FetchResult &fetch)
{
    using S = Net::FetchResult::Status;
    PageResult r;
    r.url = walk.original;
    r.httpStatus = fetch.httpStatus;
    const int code = fetch.httpStatus;
    switch (fetch.status) {
    case S::Ok:
        if (walk.hops == 0) {
            r.verdict = Verdict::Ok;
            r.message = LinkText::tr("ok (HTTP %1)").arg(code);
            break;
        }
        r.verdict = Verdict::Redirected;
        r.finalUrl = walk.current;
        r.rewrite = walk.allPermanent && isSameResource(walk.original, walk.current);
        r.softNotFound = isSoftNotFound(walk.original, walk.current);
        r.message = r.softNotFound
            ? LinkText::tr("redirects to %1: the page itself is probably gone")
                  .arg(walk.current.toString())
            : LinkText::tr("moved to %1").arg(walk.current.toString());
        break;
    case S::Redirect:
        if (!fetch.location.isValid()) {
            r.verdict = Verdict::Broken;
            r.message = LinkText::tr("redirects (HTTP %1) without saying where").arg(code);
        } else if (const auto why = refusedHop(walk.current, fetch.location)) {
            r.verdict = Verdict::Unverified;
            r.finalUrl = fetch.location;
            r.message = *why;
        } else if (walk.seen.contains(fetch.location.toString(QUrl::FullyEncoded))) {
            r.verdict = Verdict::Broken;
            r.message = LinkText::tr("redirects in a loop");
        } else {
            r.verdict = Verdict::Broken;
            r.message = LinkText::tr("more than %1 redirects").arg(MaxRedirects);
        }
        break;
    case S::NotFound:
        r.verdict = Verdict::Broken;
        r.message = code == 410 ? LinkText::tr("gone (HTTP 410)")
                                : LinkText::tr("not found (HTTP %1)").arg(code);
        break;
    case S::HttpError:
    case S::RateLimited:
        // 401, 403, 429, 999 (LinkedIn), 5xx: the server would not say, which proves nothing.
        r.verdict = Verdict::Unverified;
        r.message = code == 401 || code == 403 || code == 999
            ? LinkText::tr("the server refuses automated checks (HTTP %1)").arg(code)
            : code == 429
            ? LinkText::tr("rate-limited (HTTP 429) after %n retries", nullptr, fetch.retries)
            : LinkText::tr("server error (HTTP %1) after %n retries", nullptr, fetch.retries)
                  .arg(code);
        break;
    case S::NetworkError:
        if (fetch.networkError == QNetworkReply::HostNotFoundError
            || fetch.networkError == QNetworkReply::ConnectionRefusedError) {
            r.verdict = Verdict::Broken;
            r.message = fetch.networkError == QNetworkReply::HostNotFoundError
                ? LinkText::tr("no such host")
                : LinkText::tr("connection refused");
        } else {
            r.verdict = Verdict::Unverified;
            r.message = fetch.message;
        }
        break;
    case S::Timeout:
    case S::TooLarge:
    case S::Canceled:
        r.verdict = Verdict::Unverified;
        r.message = fetch.message;
        break;
    }
    return r;
}

} // namespace Curator::Links
