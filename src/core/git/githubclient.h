#pragma once

#include "githubrepo.h"
#include "net/fetcher.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QJsonObject;
class QNetworkAccessManager;

namespace Curator {

struct PullRequestRequest
{
    QString owner; // of the repository that receives the pull request
    QString repo;
    QString head; // "branch" in the same repository, "forkowner:branch" from a fork
    QString base; // the branch to merge into, e.g. "main"
    QString title;
    QString body;
    bool draft = false;
};

struct PullRequestReply
{
    enum class Status {
        Created,
        AlreadyExists, // 422: "A pull request already exists for owner:branch."
        NoCommits, // 422: "No commits between main and branch"
        Unauthorized, // 401: no token, or a bad, expired or revoked one
        Forbidden, // 403 that is not a rate limit: the token lacks a permission
        NotFound, // 404: no such repository, or the token may not see it
        ValidationFailed, // any other 422, or a request refused before sending
        RateLimited, // 403 or 429 with the rate limit used up; see rateLimitReset
        NetworkError, // refused, reset, DNS, TLS, a redirect to another origin
        Timeout,
        TooLarge,
        HttpError, // any other status, or a success without a readable body
        // Answers to findOpenPullRequest():
        Found, // an open pull request from that branch: number and htmlUrl
        NoneOpen, // none is open from that branch
    };
    Status status = Status::NetworkError;
    int httpStatus = 0;
    QUrl htmlUrl; // of the pull request, when Created
    int number = 0;
    // For the user. GitHub's own words where it gave some (the 422 messages verbatim): remote
    // text, so HTML-escape it before showing it in a rich-text widget.
    QString message;
    QStringList errors; // every errors[].message of a 422, verbatim
    QDateTime rateLimitReset; // UTC; valid when RateLimited and GitHub said when

    bool ok() const { return status == Status::Created; }
};

using HttpHeaders = Net::Headers;

// Talks to the GitHub REST API (or a GitHub Enterprise server, or a test server) through the
// app's HTTP layer (Net::Fetcher over the injected network access manager): each request has a
// transfer timeout and a body size cap, and redirects stay on the API's origin. POSTs are not
// retried here: a retry after a lost answer could create a second pull request. (Qt itself sends a
// request once more when a fresh connection closes before any answer; should the first one have got
// through, GitHub's 422 "already exists" says so.)
class GitHubClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitHubClient)

public:
    explicit GitHubClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~GitHubClient() override;

    // https://api.github.com, or the value of the environment variable CURATOR_GITHUB_API (a
    // GitHub Enterprise base such as https://ghe.example.com/api/v3, or a test server).
    static QUrl defaultApiBase();
    QUrl apiBase() const { return m_apiBase; }
    void setApiBase(const QUrl &base);

    int timeoutMs() const { return m_policy.timeoutMs; }
    void setTimeoutMs(int ms);
    qint64 maxResponseBytes() const { return m_policy.maxBytes; }
    void setMaxResponseBytes(qint64 bytes);

    using Callback = std::function<void(const PullRequestReply &)>;
    // POST {apiBase}/repos/{owner}/{repo}/pulls. `done` (if given) runs once, before
    // pullRequestFinished is emitted, both from the event loop, never from within this call.
    void createPullRequest(const PullRequestRequest &request, const QByteArray &token,
                           Callback done = {});
    // GET {apiBase}/repos/{owner}/{repo}/pulls?state=open&head={head}&base={base}: whether a
    // pull request from `query.head` ("owner:branch", as GitHub's filter wants it) into
    // `query.base` is open. Without a token GitHub still answers for public repositories. `done`
    // runs from the event loop with Found or NoneOpen, or the error statuses above;
    // pullRequestFinished is not emitted for look-ups.
    void findOpenPullRequest(const PullRequestRequest &query, const QByteArray &token,
                             Callback done);
    int pending() const { return int(m_pending.size()); }

    // Pure: the reply for an answer GitHub gave. `now` turns a Retry-After into a reset time.
    // Pure: the answer to findOpenPullRequest's GET (a JSON array of pull requests) with a 2xx.
    static PullRequestReply parseOpenPullRequests(const QByteArray &body);
    static PullRequestReply
    parsePullRequestResponse(int httpStatus, const QByteArray &body, const HttpHeaders &headers,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The web site that belongs to an API base: api.github.com → https://github.com, a GitHub
    // Enterprise https://host/api/v3 → https://host, anything else → its scheme://host:port.
    static QUrl webBaseFor(const QUrl &apiBase);
    // The page where a pull request can be opened by hand (without a token):
    // {web}/{owner}/{repo}/compare/{base}...{headOwner}:{branch}?expand=1. Without a headOwner
    // the branch is taken from the repository itself.
    static QUrl compareUrl(const QString &owner, const QString &repo, const QString &base,
                           const QString &headOwner, const QString &branch,
                           const QUrl &apiBase = defaultApiBase());

    // The repository of a git remote URL on GitHub: https://github.com/o/r(.git)(/),
    // git@github.com:o/r.git, ssh://git@github.com/o/r.git, git://github.com/o/r.git. Credentials
    // in the URL are dropped. Nothing for other hosts (unless `extraHost` names a GitHub
    // Enterprise host, e.g. webBaseFor(apiBase).host()) or for anything but exactly "o/r".
    static std::optional<GitHubRepo> repoFromRemoteUrl(const QString &url,
                                                       const QString &extraHost = {});
    // "owner/name" as a user types it (surrounding spaces ignored), checked against the
    // characters GitHub allows.
    static std::optional<GitHubRepo> parseRepoName(const QString &text);
    static bool isValidOwner(const QString &owner);
    static bool isValidRepoName(const QString &name);

signals:
    void pullRequestFinished(const PullRequestRequest &request, const PullRequestReply &reply);

private:
    struct Pending
    {
        PullRequestRequest request;
        Callback done;
        bool lookup = false; // findOpenPullRequest, not createPullRequest
    };

    // Sends the request with the token (if any) through the fetcher, which reads at most
    // maxResponseBytes of the answer; finished(p, …) follows.
    void send(Pending *p, const QUrl &url, const QByteArray &token, const QByteArray &postBody);
    void applyPolicy();
    // Answers `p` from the event loop without sending anything.
    void refuse(Pending *p, PullRequestReply::Status status, const QString &message);

    void finished(Pending *pending, const Net::FetchResult &fetch);
    void complete(Pending *pending, const PullRequestReply &reply);
    QUrl endpoint(const QString &owner, const QString &repo, const QString &tail) const;

    // The steps of parsePullRequestResponse, by kind of answer.
    static void readCreated(const QJsonObject &json, PullRequestReply *r);
    static void readValidationFailure(const QJsonObject &json, const QString &ghMessage,
                                      PullRequestReply *r);
    static void readRefusal(const HttpHeaders &headers, const QString &ghMessage,
                            const QDateTime &now, PullRequestReply *r);
    static QString rateLimitMessage(int httpStatus, const QDateTime &reset, const QDateTime &now);

    Net::Fetcher *m_fetcher;
    QUrl m_apiBase;
    Net::HostPolicy m_policy;
    QList<Pending *> m_pending;
};

} // namespace Curator

Q_DECLARE_METATYPE(Curator::PullRequestRequest)
Q_DECLARE_METATYPE(Curator::PullRequestReply)
