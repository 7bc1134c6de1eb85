#include "git/githubclient.h"
#include "git/githubtoken.h"
#include "testhttpserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

using Status = PullRequestReply::Status;

namespace {

// Every line anything logged while the test ran, to prove that no token is among them.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                     + message);
    }
    // Debug lines are recorded, not printed: they are many, and wanted only for the check.
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

// The secrets this test hands out; none of them may show up in a log line or a file.
const QByteArray kToken = "ghp_TESTtoken0123456789abcdefghijkl1a2b";
const QByteArray kGhToken = "ghp_TESTfromEnvGH0123456789abcdefghij";
const QByteArray kGithubToken = "ghp_TESTfromEnvGITHUB0123456789abcdef";
const QByteArray kCliToken = "gho_TESTfromCLI0123456789abcdefghijklm";
const QByteArray kStoredToken = "ghp_TESTstored0123456789abcdefghijklmn";

PullRequestRequest sampleRequest()
{
    PullRequestRequest pr;
    pr.owner = u"owner"_s;
    pr.repo = u"repo"_s;
    pr.head = u"forkowner:add-paper"_s;
    pr.base = u"main"_s;
    pr.title = u"Add “Attention Is All You Need”"_s;
    pr.body = u"Adds one paper.\n\nOpened with Awesome Curator."_s;
    pr.draft = true;
    return pr;
}

std::optional<PullRequestReply> create(GitHubClient &client, const PullRequestRequest &pr,
                                       const QByteArray &token, qint64 *elapsedMs = nullptr)
{
    auto result = std::make_shared<std::optional<PullRequestReply>>();
    auto calls = std::make_shared<int>(0);
    QElapsedTimer clock;
    clock.start();
    client.createPullRequest(pr, token, [result, calls](const PullRequestReply &r) {
        *result = r;
        ++*calls;
    });
    // Never from within the call.
    if (result->has_value())
        return std::nullopt;
    (void)QTest::qWaitFor([result] { return result->has_value(); }, 15000);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    QTest::qWait(20); // a second call would come now
    if (*calls > 1)
        return std::nullopt;
    return *result;
}

std::optional<TokenResult> fetchToken(TokenProvider &provider, qint64 *elapsedMs = nullptr)
{
    auto result = std::make_shared<std::optional<TokenResult>>();
    QElapsedTimer clock;
    clock.start();
    provider.fetch([result](const TokenResult &r) { *result = r; });
    if (result->has_value()) // never from within the call
        return std::nullopt;
    (void)QTest::qWaitFor([result] { return result->has_value(); }, 15000);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return *result;
}

std::optional<KeychainResult>
waitKeychain(const std::function<void(TokenProvider::KeychainCallback)> &start, qint64 *elapsedMs)
{
    auto result = std::make_shared<std::optional<KeychainResult>>();
    QElapsedTimer clock;
    clock.start();
    start([result](const KeychainResult &r) { *result = r; });
    if (result->has_value())
        return std::nullopt;
    (void)QTest::qWaitFor([result] { return result->has_value(); }, 15000);
    *elapsedMs = clock.elapsed();
    return *result;
}

// An error body as GitHub sends it today: {"message", optional "errors", "documentation_url"}.
// (Built, not written as raw string literals: moc takes the "//" of a URL inside one for a
// comment and then misses the test class.)
QByteArray gitHubError(const QString &message, const QJsonArray &errors = {})
{
    QJsonObject o{{u"message"_s, message},
                  {u"documentation_url"_s,
                   u"https://docs.github.com/rest/pulls/pulls#create-a-pull-request"_s}};
    if (!errors.isEmpty())
        o.insert(u"errors"_s, errors);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The shape of github/create_pull_422_already_exists.json, with another message.
QByteArray crafted422(const QString &errorMessage)
{
    return gitHubError(u"Validation Failed"_s,
                       QJsonArray{QJsonObject{{u"resource"_s, u"PullRequest"_s},
                                              {u"code"_s, u"custom"_s},
                                              {u"message"_s, errorMessage}}});
}

Response json(int status, const QByteArray &body, const HttpHeaders &extraHeaders = {})
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    r.headers += extraHeaders;
    return r;
}

// A stand-in for the GitHub CLI: a shell script named gh in a directory that becomes PATH.
bool writeFakeGh(const QTemporaryDir &dir, const QByteArray &script)
{
    QFile file(dir.filePath(u"gh"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#!/bin/sh\n" + script);
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool sessionBusConfigured()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestGitHubClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_home; // XDG directories: anything written to a file lands here
    QTemporaryDir m_emptyPath; // PATH without gh
    QByteArray m_path;

    // A provider that keeps away from a real keychain entry and waits for no keychain for long.
    void configure(TokenProvider &provider)
    {
        provider.setKeychainService(u"awesome-curator-tst_githubclient"_s);
        provider.setKeychainTimeoutMs(3000);
        provider.setCliTimeoutMs(2000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        QVERIFY(m_emptyPath.isValid());
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(name, QFile::encodeName(m_home.path()));
        m_path = qgetenv("PATH");
        // The developer's own tokens must not take part.
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("CURATOR_GITHUB_API");
        g_previousHandler = qInstallMessageHandler(recordMessage);
        QLoggingCategory::setFilterRules(u"curator.*=true"_s);
    }

    void cleanup()
    {
        qputenv("PATH", m_path);
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("CURATOR_GITHUB_API");
    }

    // --- pull requests over HTTP -------------------------------------------------------------

    void created()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", "/repos/owner/repo/pulls",
                     TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        QSignalSpy spy(&client, &GitHubClient::pullRequestFinished);
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Created);
        QCOMPARE(r->httpStatus, 201);
        QCOMPARE(r->number, 1);
        QCOMPARE(r->htmlUrl, QUrl(u"https://github.com/testgh3py/github3py/pull/1"_s));
        QVERIFY(r->ok());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).value<PullRequestRequest>().head, u"forkowner:add-paper"_s);
        QCOMPARE(spy.first().at(1).value<PullRequestReply>().number, 1);

        QCOMPARE(server.requests().size(), 1);
        const Test::Request request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/repos/owner/repo/pulls"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kToken);
        QCOMPARE(request.header("Accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(request.header("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(request.header("User-Agent").startsWith("AwesomeCurator/" CURATOR_VERSION),
                 request.header("User-Agent").constData());

        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body.size(), 5);
        QCOMPARE(body.value(u"title"_s).toString(), u"Add “Attention Is All You Need”"_s);
        QCOMPARE(body.value(u"head"_s).toString(), u"forkowner:add-paper"_s);
        QCOMPARE(body.value(u"base"_s).toString(), u"main"_s);
        QCOMPARE(body.value(u"body"_s).toString(), sampleRequest().body);
        QCOMPARE(body.value(u"draft"_s), QJsonValue(true));

        // Every reply is gone once the events are processed.
        QCOMPARE(client.pending(), 0);
        QTRY_VERIFY(m_nam.findChildren<QNetworkReply *>().isEmpty());
    }

    // The look-up behind "this change is already proposed": GET with GitHub's filters, the
    // open pull request when there is one, NoneOpen for an empty list, errors as for a POST.
    void findOpenPullRequest()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        QSignalSpy spy(&client, &GitHubClient::pullRequestFinished);
        PullRequestRequest query;
        query.owner = u"owner"_s;
        query.repo = u"repo"_s;
        query.head = u"forkowner:add-paper+1"_s;
        query.base = u"main"_s;
        auto find = [&](const QByteArray &token) {
            auto result = std::make_shared<std::optional<PullRequestReply>>();
            client.findOpenPullRequest(query, token,
                                       [result](const PullRequestReply &r) { *result = r; });
            [&] {
                QVERIFY(!result->has_value());
            }(); // never from within the call
            (void)QTest::qWaitFor([result] { return result->has_value(); }, 15000);
            return result->value_or(PullRequestReply{});
        };

        server.route("GET", "/repos/owner/repo/pulls?*",
                     TestHttpServer::fixture(u"github/list_pulls_open_200.json"_s));
        PullRequestReply r = find(kToken);
        QCOMPARE(r.status, Status::Found);
        QCOMPARE(r.number, 1);
        QCOMPARE(r.htmlUrl, QUrl(u"https://github.com/testgh3py/github3py/pull/1"_s));
        const Test::Request request = server.requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path,
                 QByteArray("/repos/owner/repo/pulls?state=open&head=forkowner:add-"
                            "paper%2B1&base=main"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kToken);

        // Without a token: asked all the same (public repositories answer), no header.
        server.route("GET", "/repos/owner/repo/pulls?*",
                     TestHttpServer::fixture(u"github/list_pulls_none_200.json"_s));
        r = find({});
        QCOMPARE(r.status, Status::NoneOpen);
        QVERIFY(server.requests().last().header("Authorization").isEmpty());

        // Not a list; a 404; a rate limit.
        server.route("GET", "/repos/owner/repo/pulls?*", Test::Response{200, "{}", {}});
        QCOMPARE(find(kToken).status, Status::HttpError);
        server.route("GET", "/repos/owner/repo/pulls?*",
                     Test::Response{404, R"({"message":"Not Found"})", {}});
        QCOMPARE(find(kToken).status, Status::NotFound);
        Test::Response limited{403, R"({"message":"API rate limit exceeded"})", {}};
        limited.headers.append(qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray("0")));
        server.route("GET", "/repos/owner/repo/pulls?*", limited);
        QCOMPARE(find({}).status, Status::RateLimited);

        // A head without an owner is refused before sending.
        const qsizetype sent = server.requests().size();
        query.head = u"add-paper"_s;
        QCOMPARE(find(kToken).status, Status::ValidationFailed);
        QCOMPARE(server.requests().size(), sent);
        QCOMPARE(spy.size(), 0); // look-ups are not pull requests made
        QCOMPARE(client.pending(), 0);
    }

    void answers_data()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 600;
        QTest::addColumn<Response>("response");
        QTest::addColumn<Status>("expected");
        QTest::addColumn<QString>("messageContains");
        QTest::addColumn<qint64>("resetEpoch");

        QTest::newRow("422 already exists")
            << TestHttpServer::fixture(u"github/create_pull_422_already_exists.json"_s, 422)
            << Status::AlreadyExists
            << u"A pull request already exists for api-playground:branch-for-pr."_s << qint64(0);
        QTest::newRow("422 no commits")
            << json(422, crafted422(u"No commits between main and forkowner:add-paper"_s))
            << Status::NoCommits << u"No commits between main and forkowner:add-paper"_s
            << qint64(0);
        QTest::newRow("422 invalid base")
            << json(422,
                    gitHubError(u"Validation Failed"_s,
                                QJsonArray{QJsonObject{{u"resource"_s, u"PullRequest"_s},
                                                       {u"field"_s, u"base"_s},
                                                       {u"code"_s, u"invalid"_s}}}))
            << Status::ValidationFailed << u"base: invalid"_s << qint64(0);
        QTest::newRow("401") << json(401, gitHubError(u"Bad credentials"_s)) << Status::Unauthorized
                             << u"Bad credentials"_s << qint64(0);
        QTest::newRow("403 rate limit")
            << json(403, gitHubError(u"API rate limit exceeded for user ID 1."_s),
                    {{"X-RateLimit-Limit", "5000"},
                     {"X-RateLimit-Remaining", "0"},
                     {"X-RateLimit-Reset", QByteArray::number(reset)}})
            << Status::RateLimited << u"10 minute"_s << reset;
        QTest::newRow("403 permission")
            << json(403, gitHubError(u"Resource not accessible by personal access token"_s),
                    {{"X-RateLimit-Remaining", "4999"}})
            << Status::Forbidden << u"Resource not accessible by personal access token"_s
            << qint64(0);
        QTest::newRow("404") << json(404, gitHubError(u"Not Found"_s)) << Status::NotFound
                             << u"owner/repo"_s << qint64(0);
        QTest::newRow("502") << json(502, "<html>Bad gateway</html>") << Status::HttpError
                             << u"502"_s << qint64(0);
        QTest::newRow("201 without a body")
            << json(201, "{}") << Status::HttpError << u"201"_s << qint64(0);
    }

    void answers()
    {
        QFETCH(Response, response);
        QFETCH(Status, expected);
        QFETCH(QString, messageContains);
        QFETCH(qint64, resetEpoch);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", "/repos/owner/repo/pulls", response);
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, expected);
        QCOMPARE(r->httpStatus, response.status);
        QVERIFY2(r->message.contains(messageContains), qPrintable(r->message));
        QVERIFY(!r->htmlUrl.isValid());
        if (resetEpoch > 0)
            QCOMPARE(r->rateLimitReset, QDateTime::fromSecsSinceEpoch(resetEpoch, Qt::UTC));
        else
            QVERIFY(!r->rateLimitReset.isValid());
        // Refusals are final: a POST is never sent twice.
        QCOMPARE(server.requests().size(), 1);
    }

    // GitHub's words, as they are, are what the user reads for the two expected 422s.
    void verbatim422()
    {
        const auto exists = GitHubClient::parsePullRequestResponse(
            422, TestHttpServer::fixture(u"github/create_pull_422_already_exists.json"_s).body, {});
        QCOMPARE(exists.status, Status::AlreadyExists);
        QCOMPARE(exists.message,
                 u"A pull request already exists for api-playground:branch-for-pr."_s);
        QCOMPARE(exists.errors,
                 QStringList{u"A pull request already exists for api-playground:branch-for-pr."_s});
        const auto none = GitHubClient::parsePullRequestResponse(
            422, crafted422(u"No commits between main and feature/x"_s), {});
        QCOMPARE(none.status, Status::NoCommits);
        QCOMPARE(none.message, u"No commits between main and feature/x"_s);
    }

    void parseCreated_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QUrl>("htmlUrl");
        QTest::newRow("2021") << u"github/create_pull_201.json"_s
                              << QUrl(u"https://github.com/testgh3py/github3py/pull/1"_s);
        QTest::newRow("2024 draft") << u"github/create_pull_201_draft_2024.json"_s
                                    << QUrl::fromEncoded("https://github.com/%3CGITHUB_LOGIN%3E/"
                                                         "%3CGITHUB_TEST_REPOSITORY%3E/pull/1");
    }

    void parseCreated()
    {
        QFETCH(QString, fixture);
        QFETCH(QUrl, htmlUrl);
        const auto r = GitHubClient::parsePullRequestResponse(
            201, TestHttpServer::fixture(fixture).body, {});
        QCOMPARE(r.status, Status::Created);
        QCOMPARE(r.number, 1);
        QCOMPARE(r.htmlUrl.toString(QUrl::FullyEncoded), htmlUrl.toString(QUrl::FullyEncoded));
    }

    void parseRateLimits_data()
    {
        const QDateTime now(QDate(2024, 2, 28), QTime(20, 0), Qt::UTC);
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Status>("expected");
        QTest::addColumn<QDateTime>("reset");
        const QByteArray secondary = gitHubError(
            u"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."_s);
        QTest::newRow("403 remaining 0")
            << 403
            << HttpHeaders{{"x-ratelimit-remaining", "0"},
                           {"x-ratelimit-reset", QByteArray::number(now.toSecsSinceEpoch() + 90)}}
            << gitHubError(u"API rate limit exceeded"_s) << Status::RateLimited << now.addSecs(90);
        QTest::newRow("403 secondary, retry-after")
            << 403 << HttpHeaders{{"Retry-After", "60"}} << secondary << Status::RateLimited
            << now.addSecs(60);
        QTest::newRow("403 secondary, message only")
            << 403 << HttpHeaders{} << secondary << Status::RateLimited << QDateTime();
        QTest::newRow("429") << 429 << HttpHeaders{{"Retry-After", "30"}} << QByteArray()
                             << Status::RateLimited << now.addSecs(30);
        QTest::newRow("403 forbidden")
            << 403 << HttpHeaders{{"X-RateLimit-Remaining", "12"}}
            << gitHubError(u"Must have admin rights"_s) << Status::Forbidden << QDateTime();
    }

    void parseRateLimits()
    {
        QFETCH(int, httpStatus);
        QFETCH(HttpHeaders, headers);
        QFETCH(QByteArray, body);
        QFETCH(Status, expected);
        QFETCH(QDateTime, reset);
        const QDateTime now(QDate(2024, 2, 28), QTime(20, 0), Qt::UTC);
        const auto r = GitHubClient::parsePullRequestResponse(httpStatus, body, headers, now);
        QCOMPARE(r.status, expected);
        QCOMPARE(r.rateLimitReset, reset);
        QVERIFY(!r.message.isEmpty());
        if (reset.isValid())
            QVERIFY2(r.message.contains(u"minute"_s), qPrintable(r.message));
    }

    void stalledServerTimesOut()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response stall;
        stall.mode = Response::Mode::Stall;
        server.route("POST", "/repos/owner/repo/pulls", stall);
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        client.setTimeoutMs(300);
        qint64 elapsed = 0;
        const auto r = create(client, sampleRequest(), kToken, &elapsed);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Timeout);
        QVERIFY(!r->message.isEmpty());
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        QTRY_VERIFY(m_nam.findChildren<QNetworkReply *>().isEmpty());
    }

    void droppedConnection()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response drop;
        drop.mode = Response::Mode::Drop;
        server.route("POST", "/repos/owner/repo/pulls", drop);
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, Status::NetworkError);
        QCOMPARE(r->httpStatus, 0);
        QVERIFY(!r->message.isEmpty());
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            TestHttpServer gone;
            QVERIFY(gone.listen());
            port = quint16(gone.baseUrl().port());
        }
        GitHubClient client(&m_nam);
        client.setApiBase(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, Status::NetworkError);
    }

    void oversizedAnswer()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Response endless;
        endless.status = 201;
        endless.mode = Response::Mode::Endless;
        server.route("POST", "/repos/owner/repo/pulls", endless);
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        client.setMaxResponseBytes(64 * 1024);
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, Status::TooLarge);
    }

    // The token goes to the API's own origin and nowhere else, not even through a redirect.
    void noRedirectToAnotherOrigin()
    {
        TestHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.route("POST", "/*",
                        TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        TestHttpServer server;
        QVERIFY(server.listen());
        Response moved;
        moved.status = 307;
        moved.headers = {{"Location", elsewhere.baseUrl().toEncoded() + "/repos/owner/repo/pulls"}};
        server.route("POST", "/repos/owner/repo/pulls", moved);
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, Status::NetworkError);
        QVERIFY2(r->message.contains(u"redirected"_s), qPrintable(r->message));
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<PullRequestRequest>("request");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<Status>("expected");
        QTest::newRow("no token") << sampleRequest() << QByteArray() << Status::Unauthorized;
        QTest::newRow("token with a newline")
            << sampleRequest() << QByteArray("ghp_abc\r\nX-Evil: 1") << Status::Unauthorized;
        PullRequestRequest badOwner = sampleRequest();
        badOwner.owner = u"../admin"_s;
        QTest::newRow("bad owner") << badOwner << kToken << Status::ValidationFailed;
        PullRequestRequest noTitle = sampleRequest();
        noTitle.title = u"  "_s;
        QTest::newRow("no title") << noTitle << kToken << Status::ValidationFailed;
    }

    void refusedBeforeSending()
    {
        QFETCH(PullRequestRequest, request);
        QFETCH(QByteArray, token);
        QFETCH(Status, expected);
        TestHttpServer server;
        QVERIFY(server.listen());
        GitHubClient client(&m_nam);
        client.setApiBase(server.baseUrl());
        const auto r = create(client, request, token);
        QVERIFY(r);
        QCOMPARE(r->status, expected);
        QVERIFY(!r->message.isEmpty());
        QVERIFY(server.requests().isEmpty());
    }

    void apiBaseWithPathPrefix_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("/api/v3") << QByteArray("/api/v3");
        QTest::newRow("/api/v3/") << QByteArray("/api/v3/");
    }

    void apiBaseWithPathPrefix()
    {
        QFETCH(QByteArray, prefix);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", "/api/v3/repos/owner/repo/pulls",
                     TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        GitHubClient client(&m_nam);
        client.setApiBase(QUrl::fromEncoded(server.baseUrl().toEncoded() + prefix));
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Created);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path, QByteArray("/api/v3/repos/owner/repo/pulls"));
    }

    void environmentOverride()
    {
        QCOMPARE(GitHubClient::defaultApiBase(), QUrl(u"https://api.github.com"_s));
        qputenv("CURATOR_GITHUB_API", "ftp://not.http.example");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"CURATOR_GITHUB_API is not"_s));
        QCOMPARE(GitHubClient::defaultApiBase(), QUrl(u"https://api.github.com"_s));

        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("POST", "/repos/owner/repo/pulls",
                     TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        qputenv("CURATOR_GITHUB_API", server.baseUrl().toEncoded());
        QCOMPARE(GitHubClient::defaultApiBase(), server.baseUrl());
        GitHubClient client(&m_nam); // takes the base from the environment
        QCOMPARE(client.apiBase(), server.baseUrl());
        const auto r = create(client, sampleRequest(), kToken);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Created);
        QCOMPARE(server.requests().size(), 1);
    }

    // --- URLs --------------------------------------------------------------------------------

    void compareUrl_data()
    {
        QTest::addColumn<QString>("apiBase");
        QTest::addColumn<QString>("headOwner");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("expected");
        const QString gh = u"https://api.github.com"_s;
        QTest::newRow("github.com")
            << gh << u"me"_s << u"add-paper"_s
            << u"https://github.com/octo/awesome/compare/main...me:add-paper?expand=1"_s;
        QTest::newRow("same repository")
            << gh << QString() << u"add-paper"_s
            << u"https://github.com/octo/awesome/compare/main...add-paper?expand=1"_s;
        QTest::newRow("slash kept")
            << gh << u"me"_s << u"curator/add-2024-papers"_s
            << u"https://github.com/octo/awesome/compare/main...me:curator/add-2024-papers?expand=1"_s;
        QTest::newRow("# + % escaped")
            << gh << u"me"_s << u"fix#1+2%"_s
            << u"https://github.com/octo/awesome/compare/main...me:fix%231%2B2%25?expand=1"_s;
        QTest::newRow("& ? and non-ASCII escaped")
            << gh << u"me"_s << u"papier-é&x"_s
            << u"https://github.com/octo/awesome/compare/main...me:papier-%C3%A9%26x?expand=1"_s;
        QTest::newRow("GHE")
            << u"https://ghe.example.com/api/v3"_s << u"me"_s << u"b"_s
            << u"https://ghe.example.com/octo/awesome/compare/main...me:b?expand=1"_s;
        QTest::newRow("GHE trailing slash")
            << u"https://ghe.example.com/api/v3/"_s << u"me"_s << u"b"_s
            << u"https://ghe.example.com/octo/awesome/compare/main...me:b?expand=1"_s;
        QTest::newRow("GHE under a prefix")
            << u"https://example.com/git/api/v3"_s << u"me"_s << u"b"_s
            << u"https://example.com/git/octo/awesome/compare/main...me:b?expand=1"_s;
        QTest::newRow("ghe.com")
            << u"https://api.octo.ghe.com"_s << u"me"_s << u"b"_s
            << u"https://octo.ghe.com/octo/awesome/compare/main...me:b?expand=1"_s;
        QTest::newRow("test server")
            << u"http://127.0.0.1:8080/anything"_s << u"me"_s << u"b"_s
            << u"http://127.0.0.1:8080/octo/awesome/compare/main...me:b?expand=1"_s;
    }

    void compareUrl()
    {
        QFETCH(QString, apiBase);
        QFETCH(QString, headOwner);
        QFETCH(QString, branch);
        QFETCH(QString, expected);
        const QUrl url = GitHubClient::compareUrl(u"octo"_s, u"awesome"_s, u"main"_s, headOwner,
                                                  branch, QUrl(apiBase));
        QVERIFY(url.isValid());
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    }

    void compareUrlDefaultsToEnvironment()
    {
        qputenv("CURATOR_GITHUB_API", "https://ghe.example.com/api/v3");
        QCOMPARE(GitHubClient::compareUrl(u"o"_s, u"r"_s, u"main"_s, u"me"_s, u"b"_s)
                     .toString(QUrl::FullyEncoded),
                 u"https://ghe.example.com/o/r/compare/main...me:b?expand=1"_s);
    }

    void repoFromRemoteUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("extraHost");
        QTest::addColumn<QString>("expected"); // owner/name, or empty for none
        const QString none;
        const QString on = u"owner/name"_s;
        QTest::newRow("https") << u"https://github.com/owner/name"_s << none << on;
        QTest::newRow("https .git") << u"https://github.com/owner/name.git"_s << none << on;
        QTest::newRow("https slash") << u"https://github.com/owner/name/"_s << none << on;
        QTest::newRow("https .git/") << u"https://github.com/owner/name.git/"_s << none << on;
        QTest::newRow("http") << u"http://github.com/owner/name"_s << none << on;
        QTest::newRow("www") << u"https://www.github.com/owner/name"_s << none << on;
        QTest::newRow("host case") << u"https://GitHub.COM/owner/name.git"_s << none << on;
        QTest::newRow("spaces") << u"  https://github.com/owner/name.git\n"_s << none << on;
        QTest::newRow("scp") << u"git@github.com:owner/name.git"_s << none << on;
        QTest::newRow("scp no .git") << u"git@github.com:owner/name"_s << none << on;
        QTest::newRow("scp no user") << u"github.com:owner/name.git"_s << none << on;
        QTest::newRow("ssh://") << u"ssh://git@github.com/owner/name.git"_s << none << on;
        QTest::newRow("ssh port 443")
            << u"ssh://git@ssh.github.com:443/owner/name.git"_s << none << on;
        QTest::newRow("git+ssh") << u"git+ssh://git@github.com/owner/name.git"_s << none << on;
        QTest::newRow("git://") << u"git://github.com/owner/name.git"_s << none << on;
        QTest::newRow("credentials")
            << u"https://user:ghp_secret123@github.com/owner/name.git"_s << none << on;
        QTest::newRow("token as user")
            << u"https://x-access-token:abc@github.com/owner/name"_s << none << on;
        QTest::newRow("dots, dashes, underscores")
            << u"https://github.com/Owner-1/my.repo_name-2.git"_s << none
            << u"Owner-1/my.repo_name-2"_s;
        QTest::newRow("GHE allowed")
            << u"git@ghe.example.com:team/list.git"_s << u"ghe.example.com"_s << u"team/list"_s;

        QTest::newRow("GHE not allowed") << u"git@ghe.example.com:team/list.git"_s << none << none;
        QTest::newRow("gitlab") << u"https://gitlab.com/owner/name.git"_s << none << none;
        QTest::newRow("gitlab scp") << u"git@gitlab.com:owner/name.git"_s << none << none;
        QTest::newRow("lookalike host")
            << u"https://github.com.evil.example/owner/name"_s << none << none;
        QTest::newRow("github.com as user")
            << u"https://github.com@evil.example/owner/name"_s << none << none;
        QTest::newRow("github.com in path")
            << u"https://evil.example/github.com/owner/name"_s << none << none;
        QTest::newRow("owner only") << u"https://github.com/owner"_s << none << none;
        QTest::newRow("scp owner only") << u"git@github.com:owner"_s << none << none;
        QTest::newRow("web page, not a remote")
            << u"https://github.com/owner/name/tree/main"_s << none << none;
        QTest::newRow("query") << u"https://github.com/owner/name?tab=readme"_s << none << none;
        QTest::newRow("file") << u"file:///github.com/owner/name"_s << none << none;
        QTest::newRow("local path") << u"/home/me/github.com:owner/name"_s << none << none;
        QTest::newRow("bad owner") << u"https://github.com/-owner/name"_s << none << none;
        QTest::newRow("space in name") << u"https://github.com/owner/na%20me"_s << none << none;
        QTest::newRow("dot-dot name") << u"https://github.com/owner/.."_s << none << none;
        QTest::newRow("empty") << QString() << none << none;
        QTest::newRow("words") << u"not a url"_s << none << none;
    }

    void repoFromRemoteUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, extraHost);
        QFETCH(QString, expected);
        const auto repo = GitHubClient::repoFromRemoteUrl(url, extraHost);
        QCOMPARE(repo.has_value(), !expected.isEmpty());
        if (repo) {
            QCOMPARE(repo->fullName(), expected);
            QVERIFY(!repo->owner.contains(u"secret"_s) && !repo->name.contains(u"secret"_s));
        }
    }

    void parseRepoName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"owner/name"_s << u"owner/name"_s;
        QTest::newRow("spaces around") << u"  owner/name "_s << u"owner/name"_s;
        QTest::newRow("dots and dashes")
            << u"sindresorhus/awesome.js-list_2"_s << u"sindresorhus/awesome.js-list_2"_s;
        QTest::newRow("39 characters")
            << QString(u"a"_s.repeated(39) + u"/n"_s) << QString(u"a"_s.repeated(39) + u"/n"_s);
        QTest::newRow("pasted URL") << u"https://github.com/owner/name.git"_s << u"owner/name"_s;
        QTest::newRow("40 characters") << QString(u"a"_s.repeated(40) + u"/n"_s) << QString();
        QTest::newRow("owner only") << u"owner"_s << QString();
        QTest::newRow("three parts") << u"owner/name/x"_s << QString();
        QTest::newRow("space inside") << u"own er/name"_s << QString();
        QTest::newRow("leading dash") << u"-owner/name"_s << QString();
        QTest::newRow("underscore owner") << u"own_er/name"_s << QString();
        QTest::newRow("dot name") << u"owner/."_s << QString();
        QTest::newRow("slash in name") << u"owner/"_s << QString();
        QTest::newRow("101 characters") << QString(u"o/"_s + u"n"_s.repeated(101)) << QString();
    }

    void parseRepoName()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto repo = GitHubClient::parseRepoName(text);
        QCOMPARE(repo.has_value(), !expected.isEmpty());
        if (repo)
            QCOMPARE(repo->fullName(), expected);
    }

    // --- the token ---------------------------------------------------------------------------

    void mask_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        const QString dots(8, QChar(0x2022));
        QTest::newRow("classic") << QString::fromLatin1(kToken) << u"ghp_"_s + dots + u"1a2b"_s;
        QTest::newRow("fine-grained")
            << u"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzWXYZ"_s
            << u"github_pat_"_s + dots + u"WXYZ"_s;
        QTest::newRow("oauth") << QString::fromLatin1(kCliToken) << u"gho_"_s + dots + u"jklm"_s;
        QTest::newRow("unknown kind")
            << u"0123456789abcdef0123456789abcdef9z8y"_s << dots + u"9z8y"_s;
        QTest::newRow("short") << u"ghp_short1a2b"_s << u"ghp_"_s + dots;
        QTest::newRow("empty") << QString() << QString();
    }

    void mask()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QCOMPARE(TokenProvider::mask(token), expected);
    }

    void environmentOrder()
    {
        TokenProvider provider;
        configure(provider);
        qputenv("GITHUB_TOKEN", kGithubToken);
        qputenv("GH_TOKEN", kGhToken);
        auto r = fetchToken(provider);
        QVERIFY(r);
        QCOMPARE(r->token, kGhToken);
        QCOMPARE(r->source, TokenSource::GhTokenVariable);
        QCOMPARE(TokenProvider::describe(r->source), u"from GH_TOKEN"_s);

        qunsetenv("GH_TOKEN");
        r = fetchToken(provider);
        QVERIFY(r);
        QCOMPARE(r->token, kGithubToken);
        QCOMPARE(r->source, TokenSource::GitHubTokenVariable);

        // An empty or blank variable is no token.
        qputenv("GH_TOKEN", "  ");
        r = fetchToken(provider);
        QVERIFY(r);
        QCOMPARE(r->source, TokenSource::GitHubTokenVariable);
    }

    void gitHubCli()
    {
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        const QString argsFile = bin.filePath(u"args"_s);
        QVERIFY(writeFakeGh(bin,
                            "printf '%s\\n' \"$*\" > '" + QFile::encodeName(argsFile)
                                + "'\nprintf '%s\\n' '" + kCliToken + "'\nexit 0\n"));
        qputenv("PATH", QFile::encodeName(bin.path()));
        TokenProvider provider;
        configure(provider);
        const auto r = fetchToken(provider);
        QVERIFY(r);
        QCOMPARE(r->token, kCliToken);
        QCOMPARE(r->source, TokenSource::GitHubCli);
        QCOMPARE(TokenProvider::describe(r->source), u"from the GitHub CLI"_s);
        QFile args(argsFile);
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), QByteArray("auth token --hostname github.com"));
    }

    void environmentBeforeCli()
    {
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        QVERIFY(writeFakeGh(bin, "printf '%s\\n' '" + kCliToken + "'\n"));
        qputenv("PATH", QFile::encodeName(bin.path()));
        qputenv("GITHUB_TOKEN", kGithubToken);
        TokenProvider provider;
        configure(provider);
        const auto r = fetchToken(provider);
        QVERIFY(r);
        QCOMPARE(r->source, TokenSource::GitHubTokenVariable);
    }

    // A CLI that is not logged in, or hangs, hands over to the keychain, which here has no token
    // (or no service at all): the answer comes in bounded time, with a reason.
    void cliWithoutToken_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("note");
        QTest::newRow("not logged in")
            << QByteArray("echo 'You are not logged into any GitHub hosts. To log in, run: gh auth "
                          "login' >&2\nexit 1\n")
            << u"not logged in"_s;
        QTest::newRow("no output") << QByteArray("exit 0\n") << u"printed no token"_s;
        QTest::newRow("hangs") << QByteArray("exec /bin/sleep 30\n") << u"did not answer"_s;
    }

    void cliWithoutToken()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, note);
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        QVERIFY(writeFakeGh(bin, script));
        qputenv("PATH", QFile::encodeName(bin.path()));
        TokenProvider provider;
        configure(provider);
        provider.setCliTimeoutMs(500);
        qint64 elapsed = 0;
        const auto r = fetchToken(provider, &elapsed);
        QVERIFY(r);
        if (r->source == TokenSource::Keychain)
            QSKIP("a real keychain holds a token for the test service");
        QVERIFY(!r->found());
        QCOMPARE(r->source, TokenSource::None);
        QVERIFY2(r->message.contains(note), qPrintable(r->message));
        QVERIFY2(r->message.contains(u"GH_TOKEN"_s), qPrintable(r->message));
        // CLI timeout + keychain timeout + slack
        QVERIFY2(elapsed < 500 + 3000 + 1500, qPrintable(QString::number(elapsed)));
    }

    void keychainWithoutService()
    {
        qputenv("PATH", QFile::encodeName(m_emptyPath.path()));
        QVERIFY(QStandardPaths::findExecutable(u"gh"_s).isEmpty());
        TokenProvider provider;
        configure(provider);
        qint64 elapsed = 0;
        const auto r = fetchToken(provider, &elapsed);
        QVERIFY(r);
        QVERIFY2(elapsed < 3000 + 1500, qPrintable(QString::number(elapsed)));
        if (r->found()) {
            QCOMPARE(r->source, TokenSource::Keychain);
            QSKIP("a real keychain holds a token for the test service");
        }
        QCOMPARE(r->source, TokenSource::None);
        QVERIFY(!r->message.isEmpty());
        // Without a session bus there is no keychain, and the user is told so.
        if (!sessionBusConfigured())
            QVERIFY2(r->message.contains(u"keychain"_s) && r->message.contains(u"GH_TOKEN"_s),
                     qPrintable(r->message));
        // Said once, in words: no back end's "(Unknown error)", no sentence twice.
        QVERIFY2(!r->message.contains(u"Unknown error"_s, Qt::CaseInsensitive),
                 qPrintable(r->message));
        QCOMPARE(r->message.count(u"No GitHub token was found"_s), 1);
        QCOMPARE(r->message.count(u"GH_TOKEN"_s), r->message.count(u"set GH_TOKEN"_s) + 1);
    }

    void storeAndRemove()
    {
        qputenv("PATH", QFile::encodeName(m_emptyPath.path()));
        TokenProvider provider;
        configure(provider);
        QCOMPARE(provider.keychainKey(), u"github-token@github.com"_s);
        qint64 elapsed = 0;
        const auto stored = waitKeychain(
            [&provider](TokenProvider::KeychainCallback done) {
                provider.storeInKeychain(kStoredToken, std::move(done));
            },
            &elapsed);
        QVERIFY(stored);
        QVERIFY2(elapsed < 3000 + 1500, qPrintable(QString::number(elapsed)));
        if (stored->ok) {
            // A keychain exists after all: the token comes back from it, then goes away.
            const auto r = fetchToken(provider);
            QVERIFY(r);
            QCOMPARE(r->source, TokenSource::Keychain);
            QCOMPARE(r->token, kStoredToken);
        } else {
            QVERIFY2(stored->message.contains(u"keychain"_s), qPrintable(stored->message));
            QVERIFY2(stored->message.contains(u"GH_TOKEN"_s), qPrintable(stored->message));
            QVERIFY(!sessionBusConfigured() || !stored->message.isEmpty());
        }
        const auto removed = waitKeychain(
            [&provider](TokenProvider::KeychainCallback done) {
                provider.removeFromKeychain(std::move(done));
            },
            &elapsed);
        QVERIFY(removed);
        QVERIFY2(elapsed < 3000 + 1500, qPrintable(QString::number(elapsed)));
        QCOMPARE(removed->ok, stored->ok);
        if (!sessionBusConfigured())
            QVERIFY(!stored->ok && !removed->ok);
    }

    void storeRefusesNonTokens()
    {
        TokenProvider provider;
        configure(provider);
        qint64 elapsed = 0;
        const auto r = waitKeychain(
            [&provider](TokenProvider::KeychainCallback done) {
                provider.storeInKeychain("ghp_two words", std::move(done));
            },
            &elapsed);
        QVERIFY(r);
        QVERIFY(!r->ok);
        QVERIFY(!r->message.isEmpty());
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }

    // Declared last: it checks what everything before it logged and wrote.
    void tokensNeverLoggedOrWritten()
    {
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        // The check means something only if the debug lines were captured.
        QVERIFY(log.size() > 5);
        QVERIFY(std::any_of(log.cbegin(), log.cend(),
                            [](const QString &l) { return l.startsWith(u"curator.git"_s); }));
        QVERIFY(std::any_of(log.cbegin(), log.cend(),
                            [](const QString &l) { return l.startsWith(u"curator.net"_s); }));
        const QList<QByteArray> secrets{kToken,    kGhToken,     kGithubToken,
                                        kCliToken, kStoredToken, "ghp_secret123"};
        for (const QByteArray &secret : secrets) {
            const QString s = QString::fromLatin1(secret);
            for (const QString &line : std::as_const(log))
                QVERIFY2(!line.contains(s), "a token was logged");
        }
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!content.contains(secret), qPrintable(file.fileName()));
        }
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
