#include "pullrequests.h"

#include "git/githubclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Curator::Review {

namespace {

class InboxText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Review::PullRequests)
};

QByteArray headerValue(const Net::Headers &headers, QByteArrayView name)
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

} // namespace

QJsonObject ReviewDraft::toJson() const
{
    QJsonArray list;
    for (const ReviewComment &c : comments) {
        QJsonObject o{
            {u"path"_s, c.path}, {u"line"_s, c.line}, {u"side"_s, u"RIGHT"_s}, {u"body"_s, c.body}};
        if (c.startLine > 0 && c.startLine < c.line) {
            o.insert(u"start_line"_s, c.startLine);
            o.insert(u"start_side"_s, u"RIGHT"_s);
        }
        list.append(o);
    }
    QJsonObject o{{u"event"_s, event}, {u"body"_s, body}, {u"comments"_s, list}};
    if (!commitId.isEmpty())
        o.insert(u"commit_id"_s, commitId);
    return o;
}

PullRequests::PullRequests(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_fetcher(new Net::Fetcher(nam, this))
{
    setApiBase(GitHubClient::defaultApiBase());
}

PullRequests::~PullRequests() = default;

void PullRequests::setApiBase(const QUrl &base)
{
    m_apiBase = base;
    Net::HostPolicy p;
    p.timeoutMs = 30000;
    p.maxBytes = 8 * 1024 * 1024;
    p.maxConcurrent = 2;
    p.minIntervalMs = 0;
    p.maxRetries = 0;
    m_fetcher->setPolicy(base, p);
}

QUrl PullRequests::endpoint(const QString &repo, const QString &tail) const
{
    QUrl url = m_apiBase;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/repos/"_s + repo + tail);
    return url;
}

Net::Request PullRequests::request(const QUrl &url, const QByteArray &method,
                                   const QByteArray &body) const
{
    Net::Request r;
    r.url = url;
    r.method = method;
    r.body = body;
    r.sameOriginRedirects = true;
    r.headers = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    if (!body.isEmpty())
        r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    if (!m_token.isEmpty())
        r.headers.append({QByteArray("Authorization"), "Bearer " + m_token});
    return r;
}

QUrl PullRequests::nextPage(const Net::Headers &headers)
{
    // Link: <https://api.github.com/…&page=2>; rel="next", <…>; rel="last"
    const QString link = QString::fromUtf8(headerValue(headers, "Link"));
    static const QRegularExpression next(uR"(<([^>]+)>\s*;\s*rel="next")"_s);
    const QRegularExpressionMatch m = next.match(link);
    return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
}

ApiResult PullRequests::resultOf(const Net::FetchResult &fetch, const QString &what)
{
    ApiResult r;
    r.httpStatus = fetch.httpStatus;
    if (fetch.status == Net::FetchResult::Status::Ok) {
        r.ok = true;
        return r;
    }
    const QJsonObject json = QJsonDocument::fromJson(fetch.body).object();
    const QString gh = json.value(u"message"_s).toString();
    const bool limitUsed = headerValue(fetch.headers, "x-ratelimit-remaining") == "0";
    if ((fetch.httpStatus == 403 || fetch.httpStatus == 429) && limitUsed) {
        const qint64 reset = headerValue(fetch.headers, "x-ratelimit-reset").toLongLong();
        const QString when = reset > 0
            ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).toLocalTime().toString(u"HH:mm"_s)
            : QString();
        r.message
            = InboxText::tr("%1: GitHub's rate limit is used up%2. Without a token GitHub "
                            "allows 60 requests an hour; set GH_TOKEN or GITHUB_TOKEN, or "
                            "keep a token in the settings.")
                  .arg(what, when.isEmpty() ? QString() : InboxText::tr(" until %1").arg(when));
        return r;
    }
    switch (fetch.httpStatus) {
    case 401:
        r.message = InboxText::tr("%1: GitHub did not accept the token (401).").arg(what);
        break;
    case 403:
        r.message = InboxText::tr("%1: not allowed (403): %2").arg(what, gh);
        break;
    case 404:
        r.message = InboxText::tr("%1: not found (404); a private repository needs a token that "
                                  "may read it.")
                        .arg(what);
        break;
    case 405:
        r.message = InboxText::tr("%1: GitHub cannot merge it (405): %2. It may have conflicts, "
                                  "failing required checks or missing approvals.")
                        .arg(what, gh);
        break;
    case 409:
        r.message = InboxText::tr("%1: the contributor pushed since it was reviewed (409): %2. "
                                  "Review it again before merging.")
                        .arg(what, gh);
        break;
    case 422:
        r.message = InboxText::tr("%1: GitHub refused it (422): %2").arg(what, gh);
        for (const QJsonValue &e : json.value(u"errors"_s).toArray()) {
            const QString m
                = e.isString() ? e.toString() : e.toObject().value(u"message"_s).toString();
            if (!m.isEmpty())
                r.message += u"; "_s + m;
        }
        break;
    default:
        r.message = fetch.httpStatus ? InboxText::tr("%1: GitHub answered %2: %3")
                                           .arg(what)
                                           .arg(fetch.httpStatus)
                                           .arg(gh.isEmpty() ? fetch.message : gh)
                                     : InboxText::tr("%1: %2").arg(what, fetch.message);
    }
    return r;
}

PullRequestInfo PullRequests::parsePull(const QJsonObject &json)
{
    PullRequestInfo p;
    p.number = json.value(u"number"_s).toInt();
    p.title = json.value(u"title"_s).toString();
    p.author = json.value(u"user"_s).toObject().value(u"login"_s).toString();
    const QJsonObject head = json.value(u"head"_s).toObject();
    p.headSha = head.value(u"sha"_s).toString();
    p.headRef = head.value(u"ref"_s).toString();
    p.headRepo = head.value(u"repo"_s).toObject().value(u"full_name"_s).toString();
    p.headCloneUrl = head.value(u"repo"_s).toObject().value(u"clone_url"_s).toString();
    const QJsonObject base = json.value(u"base"_s).toObject();
    p.baseRef = base.value(u"ref"_s).toString();
    p.baseRepo = base.value(u"repo"_s).toObject().value(u"full_name"_s).toString();
    p.draft = json.value(u"draft"_s).toBool();
    p.maintainerCanModify = json.value(u"maintainer_can_modify"_s).toBool();
    p.htmlUrl = QUrl(json.value(u"html_url"_s).toString());
    const QJsonValue mergeable = json.value(u"mergeable"_s);
    if (mergeable.isBool())
        p.mergeable = mergeable.toBool();
    return p;
}

void PullRequests::getPages(const QUrl &url, QList<QJsonValue> sofar,
                            std::function<void(const QList<QJsonValue> &, const ApiResult &)> done)
{
    // GitHub lists at most 100 a page; a repository with thousands of open pull requests is
    // not a paper list's, but the pages are bounded anyway.
    constexpr int MaxItems = 3000;
    m_fetcher->send(request(url), [this, url, sofar, done](const Net::FetchResult &fetch) mutable {
        ApiResult r = resultOf(fetch, url.path());
        if (!r.ok) {
            done(sofar, r);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(fetch.body);
        if (!doc.isArray()) {
            r.ok = false;
            r.message = InboxText::tr("%1: GitHub's answer is not a list.").arg(url.path());
            done(sofar, r);
            return;
        }
        for (const QJsonValue &v : doc.array())
            sofar.append(v);
        const QUrl next = nextPage(fetch.headers);
        // Only pages of the same API: a Link elsewhere is not followed with the token.
        if (next.isValid() && next.host() == m_apiBase.host() && next.port() == m_apiBase.port()
            && sofar.size() < MaxItems) {
            getPages(next, sofar, done);
            return;
        }
        done(sofar, r);
    });
}

void PullRequests::listOpen(const QString &repo, ListDone done)
{
    QUrl url = endpoint(repo, u"/pulls"_s);
    url.setQuery(u"state=open&per_page=100"_s);
    getPages(url, {}, [done](const QList<QJsonValue> &items, const ApiResult &r) {
        QList<PullRequestInfo> pulls;
        for (const QJsonValue &v : items)
            pulls << parsePull(v.toObject());
        done(pulls, r);
    });
}

void PullRequests::files(const QString &repo, int number, FilesDone done)
{
    QUrl url = endpoint(repo, u"/pulls/%1/files"_s.arg(number));
    url.setQuery(u"per_page=100"_s);
    getPages(url, {}, [done](const QList<QJsonValue> &items, const ApiResult &r) {
        QStringList names;
        for (const QJsonValue &v : items) {
            const QJsonObject f = v.toObject();
            names << f.value(u"filename"_s).toString();
            // A renamed README counts as touching it under its old name too.
            if (const QString prev = f.value(u"previous_filename"_s).toString(); !prev.isEmpty())
                names << prev;
        }
        done(names, r);
    });
}

void PullRequests::pull(const QString &repo, int number, PullDone done)
{
    const QUrl url = endpoint(repo, u"/pulls/%1"_s.arg(number));
    m_fetcher->send(request(url), [url, done](const Net::FetchResult &fetch) {
        const ApiResult r = resultOf(fetch, url.path());
        done(r.ok ? parsePull(QJsonDocument::fromJson(fetch.body).object()) : PullRequestInfo{}, r);
    });
}

void PullRequests::postReview(const QString &repo, int number, const ReviewDraft &review, Done done)
{
    const QUrl url = endpoint(repo, u"/pulls/%1/reviews"_s.arg(number));
    m_fetcher->send(
        request(url, "POST", QJsonDocument(review.toJson()).toJson(QJsonDocument::Compact)),
        [url, done](const Net::FetchResult &fetch) {
            ApiResult r = resultOf(fetch, url.path());
            if (r.ok)
                r.htmlUrl = QUrl(
                    QJsonDocument::fromJson(fetch.body).object().value(u"html_url"_s).toString());
            done(r);
        });
}

void PullRequests::comment(const QString &repo, int number, const QString &body, Done done)
{
    const QUrl url = endpoint(repo, u"/issues/%1/comments"_s.arg(number));
    const QJsonObject o{{u"body"_s, body}};
    m_fetcher->send(
        request(url, "POST", QJsonDocument(o).toJson(QJsonDocument::Compact)),
        [url, done](const Net::FetchResult &fetch) {
            ApiResult r = resultOf(fetch, url.path());
            if (r.ok)
                r.htmlUrl = QUrl(
                    QJsonDocument::fromJson(fetch.body).object().value(u"html_url"_s).toString());
            done(r);
        });
}

void PullRequests::merge(const QString &repo, int number, const QString &sha, const QString &title,
                         Done done)
{
    const QUrl url = endpoint(repo, u"/pulls/%1/merge"_s.arg(number));
    const QJsonObject o{
        {u"merge_method"_s, u"squash"_s}, {u"sha"_s, sha}, {u"commit_title"_s, title}};
    m_fetcher->send(
        request(url, "PUT", QJsonDocument(o).toJson(QJsonDocument::Compact)),
        [url, done](const Net::FetchResult &fetch) { done(resultOf(fetch, url.path())); });
}

void PullRequests::mergeWhenReady(const QString &repo, int number, const QString &expectedSha,
                                  const QString &title, Done done, int attempts)
{
    pull(repo, number, [=, this](const PullRequestInfo &p, const ApiResult &r) {
        if (!r.ok) {
            done(r);
            return;
        }
        if (p.headSha != expectedSha) {
            done(ApiResult{false,
                           0,
                           InboxText::tr("#%1 changed since it was read (its head is now %2); "
                                         "review it again.")
                               .arg(number)
                               .arg(p.headSha.left(7)),
                           {}});
            return;
        }
        if (!p.mergeable.has_value()) {
            if (attempts <= 1) {
                done(ApiResult{false,
                               0,
                               InboxText::tr("GitHub has not worked out yet whether #%1 can be "
                                             "merged; try again in a moment.")
                                   .arg(number),
                               {}});
                return;
            }
            QTimer::singleShot(1000, this, [=, this] {
                mergeWhenReady(repo, number, expectedSha, title, done, attempts - 1);
            });
            return;
        }
        if (!*p.mergeable) {
            done(ApiResult{false,
                           0,
                           InboxText::tr("GitHub says #%1 cannot be merged as it is (conflicts "
                                         "with %2?).")
                               .arg(number)
                               .arg(p.baseRef),
                           {}});
            return;
        }
        merge(repo, number, expectedSha, title, done);
    });
}

} // namespace Curator::Review
