#pragma once

// The GitHub endpoints the contributions inbox reads and answers through (issue 17): the open
// pull requests of a repository, the files of one, one pull request (its mergeable state), a
// review with comments, a squash merge. GETs follow GitHub's pagination (the Link header).

#include "net/fetcher.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Curator::Review {

struct PullRequestInfo
{
    int number = 0;
    QString title;
    QString author; // the login
    QString headSha;
    QString headRef; // the contributor's branch
    QString headRepo; // "owner/name" of the branch's repository; empty when the fork is gone
    QString headCloneUrl; // where that branch can be pushed to (maintainer edits)
    QString baseRef; // the branch it targets
    QString baseRepo;
    bool draft = false;
    bool maintainerCanModify = false;
    QUrl htmlUrl;
    std::optional<bool> mergeable; // GitHub computes it in the background: null at first
    bool fromFork() const { return !headRepo.isEmpty() && headRepo != baseRepo; }
};

struct ApiResult
{
    bool ok = false;
    int httpStatus = 0;
    QString message; // for the user when not ok: GitHub's words where it gave some
    QUrl htmlUrl; // a posted review's page
};

// A review as GitHub takes it: one body, an event, comments on the new file's lines.
struct ReviewComment
{
    QString path;
    int line = 0; // in the pull request's version of the file
    int startLine = 0; // for a suggestion over several lines; 0 when one line
    QString body;
};

struct ReviewDraft
{
    QString event; // COMMENT, REQUEST_CHANGES or APPROVE
    QString body;
    QString commitId; // the head commit the comments refer to
    QList<ReviewComment> comments;
    QJsonObject toJson() const;
};

class PullRequests final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullRequests)

public:
    explicit PullRequests(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~PullRequests() override;

    void setApiBase(const QUrl &base); // GitHubClient::defaultApiBase() until set
    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    using ListDone = std::function<void(const QList<PullRequestInfo> &, const ApiResult &)>;
    using FilesDone = std::function<void(const QStringList &, const ApiResult &)>;
    using PullDone = std::function<void(const PullRequestInfo &, const ApiResult &)>;
    using Done = std::function<void(const ApiResult &)>;

    // GET /repos/{o}/{r}/pulls?state=open, every page.
    void listOpen(const QString &repo, ListDone done);
    // GET /repos/{o}/{r}/pulls/{n}/files, every page: the changed files' names.
    void files(const QString &repo, int number, FilesDone done);
    // GET /repos/{o}/{r}/pulls/{n}.
    void pull(const QString &repo, int number, PullDone done);
    // POST /repos/{o}/{r}/pulls/{n}/reviews.
    void postReview(const QString &repo, int number, const ReviewDraft &review, Done done);
    // POST /repos/{o}/{r}/issues/{n}/comments.
    void comment(const QString &repo, int number, const QString &body, Done done);
    // PUT /repos/{o}/{r}/pulls/{n}/merge, squash, only if the head is still `sha`.
    void merge(const QString &repo, int number, const QString &sha, const QString &title,
               Done done);

    // The merge a maintainer means: GitHub works out whether a pull request can be merged in
    // the background (mergeable is null at first), so it is asked again, a second apart, up to
    // `attempts` times; then merged only if the head is still `expectedSha` (the one reviewed).
    void mergeWhenReady(const QString &repo, int number, const QString &expectedSha,
                        const QString &title, Done done, int attempts = 6);

    // Pure parts.
    static PullRequestInfo parsePull(const QJsonObject &json);
    static QUrl nextPage(const Net::Headers &headers); // rel="next" of a Link header
    static ApiResult resultOf(const Net::FetchResult &fetch, const QString &what);

private:
    void getPages(const QUrl &url, QList<QJsonValue> sofar,
                  std::function<void(const QList<QJsonValue> &, const ApiResult &)> done);
    Net::Request request(const QUrl &url, const QByteArray &method = "GET",
                         const QByteArray &body = {}) const;
    QUrl endpoint(const QString &repo, const QString &tail) const;

    Net::Fetcher *m_fetcher;
    QUrl m_apiBase;
    QByteArray m_token;
};

} // namespace Curator::Review
