#pragma once

#include "net/fetcher.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// Checking a list's links (issue 16). This part checks a page by its address: what is found by
// identifier (arXiv ids, DOIs, GitHub repositories) is checked through those services instead.
namespace Curator::Links {

enum class Verdict {
    Ok,
    Redirected, // the page is elsewhere now: finalUrl
    Broken, // 404, 410, no such host, connection refused, a redirect loop
    Unverified, // 401, 403, 429 after retries, 999, 5xx after retries, timeouts: never "broken"
    Skipped, // by the list's ignore rules
};

struct PageResult
{
    QUrl url;
    Verdict verdict = Verdict::Unverified;
    int httpStatus = 0; // of the last answer; 0 when there was none
    QUrl finalUrl; // where the redirects led (Redirected)
    // Only permanent redirects (301, 308) to the same resource (https instead of http, "www.",
    // a trailing slash): the link can be rewritten to finalUrl.
    bool rewrite = false;
    // Redirected to the site's front page or a sign-in page: the page itself is most likely
    // gone ("soft 404"), though no server said so.
    bool softNotFound = false;
    QString message; // for the user
};

// Why a redirect from `from` to `to` is not followed (https to http, or not http at all), or
// nothing when it may be.
std::optional<QString> refusedHop(const QUrl &from, const QUrl &to);
// The same page under another spelling of its address.
bool isSameResource(const QUrl &original, const QUrl &final);
// A redirect that ends on a front page or a sign-in page, where the original was neither.
bool isSoftNotFound(const QUrl &original, const QUrl &final);

// Checks pages the polite way: GET (servers that mishandle HEAD are common), headers only, each
// redirect followed by hand (at most 10, never from https to http), through the shared fetcher
// with its per-host pacing and retries.
class PageChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageChecker)

public:
    explicit PageChecker(Net::Fetcher *fetcher, QObject *parent = nullptr);

    // One connection and a second between requests to any host, 20 s without a byte ends a
    // request, three retries (also on 5xx and 408) honouring Retry-After.
    static Net::HostPolicy politePolicy();
    static constexpr int MaxRedirects = 10;
    // Requests at once over all hosts, for the fetcher a check runs on (Fetcher::setMaxTotal).
    static constexpr int MaxConnections = 16;

    using Callback = std::function<void(const PageResult &)>;
    // `done` runs once, from the event loop.
    void check(const QUrl &url, Callback done);

    // Every page is asked of `base` instead, as base/HOST/PATH?QUERY, while the answers are read
    // as the original address's (redirects resolved against it). For tests and replays of
    // recorded answers: a list's real addresses checked against a loopback server.
    void setRelay(const QUrl &base) { m_relay = base; }
    static QUrl relayed(const QUrl &base, const QUrl &url);

private:
    struct Walk;
    void hop(std::shared_ptr<Walk> walk, const QUrl &url);
    void answered(std::shared_ptr<Walk> walk, const Net::FetchResult &fetch);
    static PageResult verdictOf(const Walk &walk, const Net::FetchResult &fetch);

    Net::Fetcher *m_fetcher;
    QUrl m_relay;
};

} // namespace Curator::Links
