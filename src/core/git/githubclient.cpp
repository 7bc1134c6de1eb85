#include "githubclient.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Curator {

namespace {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QString percentEncoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// A token goes into an HTTP header as it is: anything outside visible ASCII (a pasted newline
// above all) would corrupt the request or smuggle in another header.
bool isHeaderSafe(const QByteArray &token)
{
    return !token.isEmpty()
        && std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// GitHub says what is wrong in errors[]: a "custom" error carries a sentence, the others
// name a field and a code ({"field":"base","code":"invalid"}).
QStringList validationErrors(const QJsonObject &json)
{
    QStringList out;
    const QJsonArray errors = json.value(u"errors"_s).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        QString text = o.value(u"message"_s).toString().trimmed();
        if (text.isEmpty() && e.isString())
            text = e.toString().trimmed();
        if (text.isEmpty()) {
            const QString field = o.value(u"field"_s).toString();
            const QString code = o.value(u"code"_s).toString();
            text = field.isEmpty() ? code : field + u": "_s + code;
        }
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

// When a used-up rate limit resets: Retry-After seconds from now, else X-RateLimit-Reset.
QDateTime rateLimitReset(const HttpHeaders &headers, const QByteArray &retryAfter,
                         const QDateTime &now)
{
    bool ok = false;
    const qint64 seconds = retryAfter.toLongLong(&ok);
    if (ok && seconds >= 0)
        return now.toUTC().addSecs(seconds);
    const qint64 epoch = headerValue(headers, "x-ratelimit-reset").toLongLong(&ok);
    if (ok && epoch > 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    return {};
}

} // namespace

GitHubClient::GitHubClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_fetcher(new Net::Fetcher(nam, this))
    , m_apiBase(defaultApiBase())
{
    m_fetcher->setUserAgent(QByteArray("AwesomeCurator/" CURATOR_VERSION
                                       " (+https://github.com/awesome-curator/awesome-curator)"));
    m_policy.timeoutMs = 30000;
    m_policy.maxBytes = 2 * 1024 * 1024;
    // GitHub asks for one request at a time per user; nothing is repeated here: a POST repeated
    // after a lost answer could open a second pull request, and a look-up that waits out a rate
    // limit would hold the pull request up for minutes.
    m_policy.maxConcurrent = 1;
    m_policy.minIntervalMs = 0;
    m_policy.maxRetries = 0;
    applyPolicy();
}

GitHubClient::~GitHubClient()
{
    // Nobody is told any more: the callbacks may point at objects already gone.
    delete m_fetcher;
    m_fetcher = nullptr;
    qDeleteAll(m_pending);
}

void GitHubClient::applyPolicy()
{
    m_fetcher->setPolicy(m_apiBase, m_policy);
}

void GitHubClient::setApiBase(const QUrl &base)
{
    m_apiBase = base;
    applyPolicy();
}

void GitHubClient::setTimeoutMs(int ms)
{
    m_policy.timeoutMs = ms;
    applyPolicy();
}

void GitHubClient::setMaxResponseBytes(qint64 bytes)
{
    m_policy.maxBytes = bytes;
    applyPolicy();
}

QUrl GitHubClient::defaultApiBase()
{
    const QString value = qEnvironmentVariable("CURATOR_GITHUB_API").trimmed();
    if (!value.isEmpty()) {
        const QUrl url(value, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()
            && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
            return url;
        qCWarning(lcNet) << "CURATOR_GITHUB_API is not an http(s) URL, ignored:" << value;
    }
    return QUrl(u"https://api.github.com"_s);
}

QUrl GitHubClient::endpoint(const QString &owner, const QString &repo, const QString &tail) const
{
    QUrl url = m_apiBase;
    // The base's own path stays: GitHub Enterprise serves the API under /api/v3.
    url.setPath(withoutTrailingSlashes(m_apiBase.path(QUrl::FullyEncoded)) + u"/repos/"_s
                    + percentEncoded(owner) + u'/' + percentEncoded(repo) + tail,
                QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void GitHubClient::refuse(Pending *p, PullRequestReply::Status status, const QString &message)
{
    PullRequestReply r;
    r.status = status;
    r.message = message;
    QMetaObject::invokeMethod(
        this, [this, p, r] { complete(p, r); }, Qt::QueuedConnection);
}

void GitHubClient::createPullRequest(const PullRequestRequest &request, const QByteArray &token,
                                     Callback done)
{
    auto *p = new Pending;
    p->request = request;
    p->done = std::move(done);
    m_pending.append(p);

    // Refused before anything is sent; still answered from the event loop, like every reply.
    if (!isValidOwner(request.owner) || !isValidRepoName(request.repo)) {
        refuse(p, PullRequestReply::Status::ValidationFailed,
               tr("“%1/%2” is not a GitHub repository name.").arg(request.owner, request.repo));
        return;
    }
    if (request.head.trimmed().isEmpty() || request.base.trimmed().isEmpty()
        || request.title.trimmed().isEmpty()) {
        refuse(p, PullRequestReply::Status::ValidationFailed,
               tr("A pull request needs a branch, a base branch and a title."));
        return;
    }
    if (token.isEmpty()) {
        refuse(p, PullRequestReply::Status::Unauthorized,
               tr("No GitHub token is set, so the pull request cannot be opened from here."));
        return;
    }
    if (!isHeaderSafe(token)) {
        refuse(p, PullRequestReply::Status::Unauthorized,
               tr("The GitHub token contains spaces or other characters a token never has; "
                  "paste it again."));
        return;
    }
    const QJsonObject json{
        {u"title"_s, request.title}, {u"head"_s, request.head},   {u"base"_s, request.base},
        {u"body"_s, request.body},   {u"draft"_s, request.draft},
    };
    send(p, endpoint(request.owner, request.repo, u"/pulls"_s), token,
         QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void GitHubClient::findOpenPullRequest(const PullRequestRequest &query, const QByteArray &token,
                                       Callback done)
{
    auto *p = new Pending;
    p->request = query;
    p->done = std::move(done);
    p->lookup = true;
    m_pending.append(p);
    if (!isValidOwner(query.owner) || !isValidRepoName(query.repo)) {
        refuse(p, PullRequestReply::Status::ValidationFailed,
               tr("“%1/%2” is not a GitHub repository name.").arg(query.owner, query.repo));
        return;
    }
    if (!query.head.contains(u':') || query.base.trimmed().isEmpty()) {
        refuse(p, PullRequestReply::Status::ValidationFailed,
               tr("A pull request is looked up by “owner:branch” and a base branch."));
        return;
    }
    if (!token.isEmpty() && !isHeaderSafe(token)) {
        refuse(p, PullRequestReply::Status::Unauthorized,
               tr("The GitHub token contains spaces or other characters a token never has; "
                  "paste it again."));
        return;
    }
    QUrl url = endpoint(query.owner, query.repo, u"/pulls"_s);
    QUrlQuery params;
    params.addQueryItem(u"state"_s, u"open"_s);
    params.addQueryItem(u"head"_s, percentEncoded(query.head, ":"));
    params.addQueryItem(u"base"_s, percentEncoded(query.base));
    url.setQuery(params.query(QUrl::FullyEncoded), QUrl::StrictMode);
    send(p, url, token, {});
}

void GitHubClient::send(Pending *p, const QUrl &url, const QByteArray &token,
                        const QByteArray &postBody)
{
    Net::Request req;
    req.url = url;
    req.method = p->lookup ? "GET" : "POST";
    req.body = postBody;
    // Same origin only: that rules out https→http, and the Authorization header can never follow
    // a redirect to another host. GitHub's own redirects (a renamed repository) stay on its host.
    req.sameOriginRedirects = true;
    req.headers
        = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    if (!token.isEmpty())
        req.headers.append({QByteArray("Authorization"), "Bearer " + token});
    if (!p->lookup) {
        req.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        qCDebug(lcNet) << "pull request head" << p->request.head << "base" << p->request.base;
    }
    m_fetcher->send(req, [this, p](const Net::FetchResult &fetch) { finished(p, fetch); });
}

void GitHubClient::finished(Pending *p, const Net::FetchResult &fetch)
{
    using FetchStatus = Net::FetchResult::Status;
    const int httpStatus = fetch.httpStatus;
    const QString host = fetch.url.host();
    const int seconds = std::max(1, m_policy.timeoutMs / 1000);
    PullRequestReply r;
    r.httpStatus = httpStatus;
    if (fetch.status == FetchStatus::TooLarge) {
        r.status = PullRequestReply::Status::TooLarge;
        r.message = tr("%1 sent more than %2 KB; the answer was not read.")
                        .arg(host)
                        .arg(m_policy.maxBytes / 1024);
    } else if (fetch.status == FetchStatus::Timeout) {
        r.status = PullRequestReply::Status::Timeout;
        r.message = p->lookup
            ? tr("%1 did not answer within %n second(s).", nullptr, seconds).arg(host)
            : tr("%1 did not answer within %n second(s). The pull request may or may not "
                 "have been opened: look on GitHub before trying again.",
                 nullptr, seconds)
                  .arg(host);
    } else if (fetch.networkError == QNetworkReply::InsecureRedirectError) {
        r.status = PullRequestReply::Status::NetworkError;
        r.message = tr("%1 redirected to another address; it was not followed, so that the token "
                       "is sent to nobody else.")
                        .arg(host);
    } else if (fetch.networkError == QNetworkReply::TooManyRedirectsError) {
        r.status = PullRequestReply::Status::NetworkError;
        r.message = tr("%1 redirected too many times.").arg(host);
    } else if (p->lookup && httpStatus >= 200 && httpStatus < 300) {
        r = parseOpenPullRequests(fetch.body);
        r.httpStatus = httpStatus;
    } else if (httpStatus > 0) {
        r = parsePullRequestResponse(httpStatus, fetch.body, fetch.headers);
        if (r.status == PullRequestReply::Status::NotFound) {
            r.message = tr("GitHub found no repository %1/%2, or the token may not access it "
                           "(HTTP 404).")
                            .arg(p->request.owner, p->request.repo);
        }
    } else {
        r.status = PullRequestReply::Status::NetworkError;
        r.message = fetch.message;
    }
    qCDebug(lcNet) << "pull request" << p->request.owner << p->request.repo << "answered"
                   << httpStatus << fetch.networkError << int(r.status);
    complete(p, r);
}

void GitHubClient::complete(Pending *p, const PullRequestReply &reply)
{
    m_pending.removeOne(p);
    const Callback done = std::move(p->done);
    const PullRequestRequest request = p->request;
    const bool lookup = p->lookup;
    delete p;
    if (done)
        done(reply);
    if (!lookup)
        emit pullRequestFinished(request, reply);
}

PullRequestReply GitHubClient::parseOpenPullRequests(const QByteArray &body)
{
    PullRequestReply r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        r.status = PullRequestReply::Status::HttpError;
        r.message = tr("GitHub's list of pull requests could not be read.");
        return r;
    }
    // The filter already asked for open ones from this branch; the first one that names itself
    // with a web address is it.
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QUrl url(o.value(u"html_url"_s).toString());
        const int number = o.value(u"number"_s).toInt();
        if (number > 0 && url.isValid() && !url.host().isEmpty()
            && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
            && o.value(u"state"_s).toString(u"open"_s) == u"open"_s) {
            r.status = PullRequestReply::Status::Found;
            r.number = number;
            r.htmlUrl = url;
            r.message = tr("Pull request #%1 is open.").arg(number);
            return r;
        }
    }
    r.status = PullRequestReply::Status::NoneOpen;
    r.message = tr("No pull request is open from this branch.");
    return r;
}

void GitHubClient::readCreated(const QJsonObject &json, PullRequestReply *r)
{
    r->htmlUrl = QUrl(json.value(u"html_url"_s).toString());
    r->number = json.value(u"number"_s).toInt();
    // The link is opened in a browser: a web address, nothing else (no file:, no javascript:).
    const QString scheme = r->htmlUrl.scheme();
    if (r->number > 0 && r->htmlUrl.isValid() && !r->htmlUrl.host().isEmpty()
        && (scheme == u"https"_s || scheme == u"http"_s)) {
        r->status = PullRequestReply::Status::Created;
        r->message = tr("Opened pull request #%1.").arg(r->number);
    } else {
        r->status = PullRequestReply::Status::HttpError;
        r->htmlUrl.clear();
        r->number = 0;
        r->message
            = tr("GitHub's answer (HTTP %1) did not name the new pull request.").arg(r->httpStatus);
    }
}

void GitHubClient::readValidationFailure(const QJsonObject &json, const QString &ghMessage,
                                         PullRequestReply *r)
{
    using Status = PullRequestReply::Status;
    r->errors = validationErrors(json);
    const auto has = [r](const QString &start) {
        return std::any_of(r->errors.cbegin(), r->errors.cend(), [&start](const QString &e) {
            return e.startsWith(start, Qt::CaseInsensitive);
        });
    };
    if (has(u"A pull request already exists"_s)) {
        r->status = Status::AlreadyExists;
        r->message = r->errors.join(u' ');
    } else if (has(u"No commits between"_s)) {
        r->status = Status::NoCommits;
        r->message = r->errors.join(u' ');
    } else {
        r->status = Status::ValidationFailed;
        const QString details = r->errors.isEmpty() ? ghMessage : r->errors.join(u"; "_s);
        r->message = details.isEmpty() ? tr("GitHub refused the pull request (HTTP 422).")
                                       : tr("GitHub refused the pull request: %1").arg(details);
    }
}

void GitHubClient::readRefusal(const HttpHeaders &headers, const QString &ghMessage,
                               const QDateTime &now, PullRequestReply *r)
{
    // The primary limit says so in X-RateLimit-Remaining; the secondary one ("you have
    // exceeded a secondary rate limit") in Retry-After or only in its message.
    const QByteArray remaining = headerValue(headers, "x-ratelimit-remaining");
    const QByteArray retryAfter = headerValue(headers, "retry-after");
    const bool rateLimited = r->httpStatus == 429 || remaining == "0" || !retryAfter.isEmpty()
        || ghMessage.contains(u"rate limit"_s, Qt::CaseInsensitive);
    if (rateLimited) {
        r->status = PullRequestReply::Status::RateLimited;
        r->rateLimitReset = rateLimitReset(headers, retryAfter, now);
        r->message = rateLimitMessage(r->httpStatus, r->rateLimitReset, now);
        return;
    }
    r->status = PullRequestReply::Status::Forbidden;
    r->message
        = tr("GitHub refused this (HTTP 403%1). The token may lack the permission to open pull "
             "requests here: a classic token needs the “public_repo” or “repo” scope, a "
             "fine-grained one “Pull requests: write” on this repository.")
              .arg(ghMessage.isEmpty() ? QString() : u": "_s + ghMessage);
}

QString GitHubClient::rateLimitMessage(int httpStatus, const QDateTime &reset, const QDateTime &now)
{
    if (!reset.isValid()) {
        return tr("GitHub's rate limit for this token is used up (HTTP %1); try "
                  "again later.")
            .arg(httpStatus);
    }
    const qint64 wait = std::max<qint64>(0, now.secsTo(reset));
    const int minutes = int(std::max<qint64>(1, (wait + 59) / 60));
    return tr("GitHub's rate limit for this token is used up (HTTP %1); it "
              "resets at %2, in %n minute(s).",
              nullptr, minutes)
        .arg(httpStatus)
        .arg(QLocale().toString(reset.toLocalTime().time(), QLocale::ShortFormat));
}

PullRequestReply GitHubClient::parsePullRequestResponse(int httpStatus, const QByteArray &body,
                                                        const HttpHeaders &headers,
                                                        const QDateTime &now)
{
    using Status = PullRequestReply::Status;
    PullRequestReply r;
    r.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString ghMessage = json.value(u"message"_s).toString().trimmed();

    if (httpStatus >= 200 && httpStatus < 300) {
        readCreated(json, &r);
        return r;
    }

    if (httpStatus == 422) {
        readValidationFailure(json, ghMessage, &r);
        return r;
    }

    if (httpStatus == 401) {
        r.status = Status::Unauthorized;
        r.message = ghMessage.isEmpty()
            ? tr("GitHub did not accept the token (HTTP 401). It may have expired or been revoked.")
            : tr("GitHub did not accept the token (HTTP 401: %1). It may have expired or been "
                 "revoked.")
                  .arg(ghMessage);
        return r;
    }

    if (httpStatus == 403 || httpStatus == 429) {
        readRefusal(headers, ghMessage, now, &r);
        return r;
    }

    if (httpStatus == 404) {
        r.status = Status::NotFound;
        r.message = tr("GitHub found no such repository, or the token may not access it "
                       "(HTTP 404).");
        return r;
    }

    r.status = Status::HttpError;
    if (httpStatus >= 500)
        r.message = tr("GitHub had a problem (HTTP %1). Try again in a moment.").arg(httpStatus);
    else if (!ghMessage.isEmpty())
        r.message
            = tr("GitHub answered with an error (HTTP %1: %2).").arg(httpStatus).arg(ghMessage);
    else
        r.message = tr("GitHub answered with an error (HTTP %1).").arg(httpStatus);
    return r;
}

QUrl GitHubClient::webBaseFor(const QUrl &apiBase)
{
    const QString host = apiBase.host().toLower();
    if (host == u"api.github.com"_s)
        return QUrl(u"https://github.com"_s);
    QUrl web;
    web.setScheme(apiBase.scheme());
    web.setHost(apiBase.host());
    web.setPort(apiBase.port());
    // GitHub Enterprise Cloud with data residency: api.NAME.ghe.com serves NAME.ghe.com.
    if (host.startsWith(u"api."_s) && host.endsWith(u".ghe.com"_s))
        web.setHost(host.mid(4));
    // GitHub Enterprise Server: https://host[/prefix]/api/v3 serves https://host[/prefix].
    const QString path = withoutTrailingSlashes(apiBase.path(QUrl::FullyEncoded));
    if (path.endsWith(u"/api/v3"_s))
        web.setPath(path.chopped(7), QUrl::StrictMode);
    return web;
}

QUrl GitHubClient::compareUrl(const QString &owner, const QString &repo, const QString &base,
                              const QString &headOwner, const QString &branch, const QUrl &apiBase)
{
    QUrl url = webBaseFor(apiBase);
    // Branch names keep their slashes ("feature/x" reads so in GitHub's own links); everything
    // else beyond the unreserved characters is escaped, '#', '%', '+' and non-ASCII above all.
    const QString head = headOwner.isEmpty()
        ? percentEncoded(branch, "/")
        : percentEncoded(headOwner) + u':' + percentEncoded(branch, "/");
    url.setPath(withoutTrailingSlashes(url.path(QUrl::FullyEncoded)) + u'/' + percentEncoded(owner)
                    + u'/' + percentEncoded(repo) + u"/compare/"_s + percentEncoded(base, "/")
                    + u"..."_s + head,
                QUrl::StrictMode);
    url.setQuery(u"expand=1"_s);
    return url;
}

std::optional<GitHubRepo> GitHubClient::repoFromRemoteUrl(const QString &remote,
                                                          const QString &extraHost)
{
    return GitHubRepo::fromRemoteUrl(remote, extraHost);
}

std::optional<GitHubRepo> GitHubClient::parseRepoName(const QString &text)
{
    return GitHubRepo::parse(text);
}

bool GitHubClient::isValidOwner(const QString &owner)
{
    return GitHubRepo::isValidOwner(owner);
}

bool GitHubClient::isValidRepoName(const QString &name)
{
    return GitHubRepo::isValidName(name);
}

} // namespace Curator
