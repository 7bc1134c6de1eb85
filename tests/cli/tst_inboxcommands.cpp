// review, the contributions inbox from the command line (issue 17): pull requests held as
// refs/pull/N/head in a real bare repository (as GitHub keeps them), GitHub's API served by the
// loopback server with answers shaped as GitHub's (two pages, a draft from a fork, a pull request
// that does not touch the README, mergeable null and then true).
#include "clirun.h"
#include "inboxfixture.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {
const QString Repo = QString(Test::InboxFixture::Repo);
} // namespace

class TestInboxCommands : public QObject
{
    Q_OBJECT

    Test::InboxFixture m_fx;
    Test::TestHttpServer &m_github = m_fx.github();

    QStringList db() const { return {u"--db"_s, m_fx.db()}; }
    QJsonObject pull(int n, const QString &title, const QString &author,
                     const QString &headRepo = Repo, bool draft = false,
                     std::optional<bool> mergeable = std::nullopt,
                     const QString &cloneUrl = {}) const
    {
        return m_fx.pull(n, title, author, headRepo, draft, mergeable, cloneUrl);
    }
    static Test::Response json(const QJsonValue &v, int status = 200)
    {
        return Test::InboxFixture::json(v, status);
    }

private slots:
    void initTestCase()
    {
        const QString error = m_fx.setUp([](const QStringList &args) {
            const Test::CliRun r = Test::runCli(args);
            if (r.code != 0)
                qWarning() << r.err;
            return r.code;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everyOpenPullRequest()
    {
        const Test::CliRun r = Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s});
        QCOMPARE(r.code, 1); // errors in several
        const QString out = QString::fromUtf8(r.out);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        const auto has = [&lines](const QString &l) {
            return lines.contains(l);
        };
        QVERIFY2(
            has(u"#1  Add a new paper on brains  (roe)  https://github.com/neuro/awesome-neuro-ai-papers/pull/1"_s),
            r.out.constData());
        QVERIFY(has(u"  + 15  Papers  “A new paper on brains”, 2025"_s));
        QVERIFY(out.contains(u"  15  error  order  Out of year order"_s));
        QVERIFY(out.contains(u"  15  error  duplicate  Already listed at line 39"_s));
        QVERIFY(out.contains(u"  15  error  malformed-link  "_s));
        QVERIFY(has(
            u"  15  error  grammar  Written as a bullet (- [Name](link) - description); “Papers” writes its entries as a paragraph (authors, bold linked title, venue, year)."_s));
        QVERIFY(has(
            u"  - 17  Papers  “Multihead self-attention in cortico-thalamic circuits”, 2025"_s));
        QVERIFY(has(u"#7  CI  (bot)  https://github.com/neuro/awesome-neuro-ai-papers/pull/7"_s));
        QVERIFY(has(u"  does not touch README.md"_s));
        QVERIFY(has(
            u"#8  Add another new paper  (alice, from alice/awesome-neuro-ai-papers, draft)  https://github.com/neuro/awesome-neuro-ai-papers/pull/8"_s));
        QVERIFY(has(u"8 open pull requests, 7 touching README.md"_s));
        // Compared with their merge base, not with main: main's own new review is no removal.
        QVERIFY(!out.contains(u"A review added on main"_s));
        // Each of 1, 8: one added, nothing found.
        QCOMPARE(out.count(u"1 added, 0 changed, 0 removed; 0 errors, 0 warnings"_s), 2);
        // The second page was asked for, with the token.
        bool page2 = false;
        for (const Test::Request &q : m_github.requests()) {
            page2 = page2 || q.path.endsWith("&page=2");
            QCOMPARE(q.header("Authorization"),
                     QByteArray("Bearer ghp_testtoken0000000000000000000000001a2b"));
        }
        QVERIFY(page2);
        // The heads came from the base repository's pull refs: no remote for the fork.
        QVERIFY(!m_fx.git()
                     .work({u"rev-parse"_s, u"--verify"_s, u"refs/curator/pr/8"_s})
                     .line()
                     .isEmpty());
        QCOMPARE(m_fx.git().work({u"remote"_s}).line(), u"origin"_s);
    }

    void onlyTheNumbersGiven()
    {
        Test::CliRun r
            = Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s, u"1"_s, u"#8"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("2 open pull requests, 2 touching README.md"));
        r = Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s, u"99"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("#99 is not an open pull request"), r.err.constData());
        QCOMPARE(Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s, u"abc"_s}).code, 2);
        QCOMPARE(Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s, u"--post"_s}).code,
                 2);
    }

    void json()
    {
        const Test::CliRun r = Test::runCli(
            db() + QStringList{u"review"_s, u"--offline"_s, u"2"_s, u"7"_s, u"--json"_s});
        QCOMPARE(r.code, 1);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject two = a.at(0).toObject();
        QCOMPARE(two.value(u"number"_s).toInt(), 2);
        QCOMPARE(two.value(u"headSha"_s).toString(), m_fx.sha(2));
        QCOMPARE(two.value(u"findings"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                 u"order"_s);
        QCOMPARE(a.at(1).toObject().value(u"touchesReadme"_s).toBool(), false);
        QVERIFY(!a.at(1).toObject().contains(u"findings"_s));
    }

    // The review as GitHub receives it, byte for byte: the findings on their lines, a
    // suggestion where the list's own form is known.
    void postTheReview()
    {
        Test::Response posted;
        posted.body
            = R"({"id":80,"state":"CHANGES_REQUESTED","html_url":"https://github.com/neuro/awesome-neuro-ai-papers/pull/4#pullrequestreview-80"})";
        posted.headers = {{"Content-Type", "application/json"}};
        m_github.route("POST", "/repos/" + Repo.toUtf8() + "/pulls/4/reviews", posted);
        m_github.reset();
        const Test::CliRun r
            = Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s, u"4"_s, u"--post"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains(
            "Review posted: "
            "https://github.com/neuro/awesome-neuro-ai-papers/pull/4#pullrequestreview-80"));
        QByteArray body;
        for (const Test::Request &q : m_github.requests()) {
            if (q.method == "POST")
                body = q.body;
        }
        const QByteArray want
            = "{\"body\":\"Thank you! Read as entries of the list, this pull request:\\n\\n- adds "
              "“Brains” (2025) to Papers\\n\\nSuggestions are on the lines below; GitHub can "
              "commit each one.\",\"comments\":[{\"body\":\"The link's address holds another link "
              "([https://arxiv.org/abs/2507.11111](https://arxiv.org/abs/2507.11111)): a link is "
              "[text](address).\\n\\n```suggestion\\nDoe, J. [**Brains**](https://arxiv.org/abs/"
              "2507.11111) arXiv (2025)\\n```\",\"line\":15,\"path\":\"README.md\",\"side\":"
              "\"RIGHT\"}],\"commit_id\":\""
            + m_fx.sha(4).toUtf8() + "\",\"event\":\"REQUEST_CHANGES\"}";
        QCOMPARE(body, want);
    }

    // mergeable is null while GitHub works it out; the merge names the head that was read.
    void mergeOnceMergeable()
    {
        m_github.routeSequence(
            "GET", "/repos/" + Repo.toUtf8() + "/pulls/1",
            {json(pull(1, u"Add a new paper on brains"_s, u"roe"_s)),
             json(pull(1, u"Add a new paper on brains"_s, u"roe"_s, Repo, false, true))});
        Test::Response merged;
        merged.body
            = R"({"sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","merged":true,"message":"Pull Request successfully merged"})";
        m_github.route("PUT", "/repos/" + Repo.toUtf8() + "/pulls/1/merge", merged);
        m_github.reset();
        Test::CliRun r = Test::runCli(
            db() + QStringList{u"review"_s, u"--offline"_s, u"1"_s, u"--merge-pr"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Merged #1 (squashed)."));
        QByteArray body;
        int pulls = 0;
        for (const Test::Request &q : m_github.requests()) {
            if (q.method == "PUT")
                body = q.body;
            if (q.method == "GET" && q.path.endsWith("/pulls/1"))
                ++pulls;
        }
        QCOMPARE(pulls, 2);
        QCOMPARE(body,
                 "{\"commit_title\":\"Add a new paper on brains (#1)\",\"merge_method\":"
                 "\"squash\",\"sha\":\""
                     + m_fx.sha(1).toUtf8() + "\"}");

        // GitHub's refusals, explained.
        Test::Response conflict
            = json(QJsonObject{{u"message"_s,
                                u"Head branch was modified. Review and try the merge again."_s}},
                   409);
        m_github.route("PUT", "/repos/" + Repo.toUtf8() + "/pulls/1/merge", conflict);
        r = Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s, u"1"_s, u"--merge-pr"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("pushed since it was reviewed (409)"), r.err.constData());
        Test::Response refused
            = json(QJsonObject{{u"message"_s, u"Pull Request is not mergeable"_s}}, 405);
        m_github.route("PUT", "/repos/" + Repo.toUtf8() + "/pulls/1/merge", refused);
        r = Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s, u"1"_s, u"--merge-pr"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("cannot merge it (405)"), r.err.constData());
    }

    // Online (the default): each proposed entry's identifier asked of arXiv, its link tried.
    // arXiv knows none of these ids here: the link of #1 is broken, an error.
    void onlineFindsTheMissingPaper()
    {
        m_github.route(
            "GET", "/api/query?*",
            Test::TestHttpServer::fixture(u"arxiv/2026_id_list_0000.0000_empty.atom.xml"_s));
        m_github.reset();
        const Test::CliRun r = Test::runCli(db() + QStringList{u"review"_s, u"1"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("  15  error  link  The link is broken: "), r.out.constData());
        int arxiv = 0;
        for (const Test::Request &q : m_github.requests())
            arxiv += q.path.startsWith("/api/query?") ? 1 : 0;
        QVERIFY(arxiv >= 1);
    }

    // The maintainer takes #2 over: its entry goes where the list's order puts it, in one
    // undo step; the app's own pull request carries the contributor as co-author and closes
    // theirs, where a comment says so.
    void takeOver()
    {
        m_github.route("POST", "/repos/" + Repo.toUtf8() + "/pulls",
                       Test::TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        Test::Response commented;
        commented.status = 201;
        commented.body
            = R"({"id":1,"html_url":"https://github.com/neuro/awesome-neuro-ai-papers/pull/2#issuecomment-1"})";
        m_github.route("POST", "/repos/" + Repo.toUtf8() + "/issues/2/comments", commented);
        m_github.reset();
        const QByteArray mainReadme = m_fx.git().remoteFile(u"main"_s, u"README.md"_s);
        const QStringList before = m_fx.git().remoteBranches();

        const Test::CliRun r = Test::runCli(
            db() + QStringList{u"review"_s, u"2"_s, u"--offline"_s, u"--take-over"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Took over 1 entries of #2 into the list."), r.out.constData());
        QVERIFY(r.out.contains("https://github.com/testgh3py/github3py/pull/1"));
        QVERIFY(r.out.contains("Thanked the contributor on #2."));

        // One new branch whose README is main's with the entry at the top of 2019: +2/-0.
        QStringList branches = m_fx.git().remoteBranches();
        for (const QString &b : before)
            branches.removeAll(b);
        QCOMPARE(branches.size(), 1);
        const QByteArray published = m_fx.git().remoteFile(branches.constFirst(), u"README.md"_s);
        QByteArray want = mainReadme;
        const QByteArray entry
            = "Smith, A. [**An older study**](https://arxiv.org/abs/1901.01234) arXiv (2019)\n\n";
        const qsizetype firstOf2019
            = want.indexOf("Richards, B. A., & Lillicrap, T. P. [**Dendritic");
        QVERIFY(firstOf2019 > 0);
        want.insert(firstOf2019, entry);
        QCOMPARE(published, want);

        // The commit names the contributor as co-author; the pull request closes theirs.
        const QString message
            = m_fx.git()
                  .remote({u"log"_s, u"-1"_s, u"--format=%B"_s, branches.constFirst()})
                  .line();
        QVERIFY2(message.endsWith(u"Co-authored-by: "_s
                                  + m_fx.git()
                                        .git(m_fx.git().root() + u"/contrib"_s,
                                             {u"log"_s, u"-1"_s, u"--format=%an <%ae>"_s, u"pr2"_s})
                                        .line()),
                 qPrintable(message));
        QByteArray created, comment;
        for (const Test::Request &q : m_github.requests()) {
            if (q.method == "POST" && q.path.endsWith("/pulls"))
                created = q.body;
            if (q.method == "POST" && q.path.endsWith("/issues/2/comments"))
                comment = q.body;
        }
        QVERIFY2(QJsonDocument::fromJson(created).object().value(u"body"_s).toString().endsWith(
                     u"\n\nCloses #2"_s),
                 created.constData());
        QVERIFY2(
            QJsonDocument::fromJson(comment).object().value(u"body"_s).toString().startsWith(
                u"Thank you, @smith! The entries of this pull request are taken over in https://github.com/testgh3py/github3py/pull/1"_s),
            comment.constData());
        // One step back in the store: undo takes the entry out again.
        const Test::CliRun undo = Test::runCli(db() + QStringList{u"undo"_s});
        QVERIFY2(undo.code == 0, undo.err.constData());
        QVERIFY2(undo.out.contains("Take over 1 entries of #2")
                     || undo.err.contains("Take over 1 entries of #2"),
                 QByteArray(undo.out + undo.err).constData());
    }

    // #2 and #4 from a fork that allows maintainer edits: a fix-up commit on their branches
    // moves the 2019 paper to its year and undoes the link inside the link; nothing else of the
    // README changes.
    void fixUpOnTheContributorsBranch()
    {
        Test::GitSandbox &git = m_fx.git();
        const QString fork = git.root() + u"/fork.git"_s;
        QVERIFY(git.git(git.root(), {u"init"_s, u"-q"_s, u"--bare"_s, fork}).ok());
        const QString contrib = git.root() + u"/contrib"_s;
        QVERIFY(
            git.git(contrib,
                    {u"push"_s, u"-q"_s, fork, u"pr2:refs/heads/pr2"_s, u"pr4:refs/heads/pr4"_s})
                .ok());
        const QString forkRepo = u"doe/awesome-neuro-ai-papers"_s;
        m_github.route(
            "GET", "/repos/" + Repo.toUtf8() + "/pulls?state=open&per_page=100",
            json(QJsonArray{
                pull(2, u"Add an older study"_s, u"smith"_s, forkRepo, false, std::nullopt, fork),
                pull(4, u"Add Brains"_s, u"doe"_s, forkRepo, false, std::nullopt, fork),
                pull(5, u"Add brains and transformers"_s, u"doe"_s),
            }));
        const QByteArray seed = git.git(contrib, {u"show"_s, u"pr4:README.md"_s}).out;
        Test::CliRun r
            = Test::runCli(db() + QStringList{u"review"_s, u"4"_s, u"--offline"_s, u"--fix-up"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts).constLast(),
                 u"Pushed a fix-up of 1 entries to doe/awesome-neuro-ai-papers (pr4)."_s);
        auto forkFile = [&](const QString &branch) {
            return git.git(git.root(), {u"--git-dir"_s, fork, u"show"_s, branch + u":README.md"_s})
                .out;
        };
        QByteArray want = seed;
        want.replace("Doe, J. [**Brains**]([https://arxiv.org/abs/2507.11111](https://arxiv.org/"
                     "abs/2507.11111)) arXiv (2025)",
                     "Doe, J. [**Brains**](https://arxiv.org/abs/2507.11111) arXiv (2025)");
        QCOMPARE(forkFile(u"pr4"_s), want);
        // On top of the contributor's head, one commit; the clone keeps no worktree.
        QCOMPARE(git.git(git.root(), {u"--git-dir"_s, fork, u"rev-parse"_s, u"pr4^"_s}).line(),
                 m_fx.sha(4));
        QCOMPARE(git.work({u"worktree"_s, u"list"_s}).line().count(u'\n'), 0);

        r = Test::runCli(db() + QStringList{u"review"_s, u"2"_s, u"--offline"_s, u"--fix-up"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QByteArray moved = Test::readFile(Test::seedReadmePath());
        moved.insert(moved.indexOf("Richards, B. A., & Lillicrap, T. P. [**Dendritic"),
                     "Smith, A. [**An older study**](https://arxiv.org/abs/1901.01234) arXiv "
                     "(2019)\n\n");
        QCOMPARE(forkFile(u"pr2"_s), moved);

        // A branch of the base repository without maintainer edits: refused, nothing pushed.
        r = Test::runCli(db() + QStringList{u"review"_s, u"5"_s, u"--offline"_s, u"--fix-up"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not allow maintainers to push"), r.err.constData());
    }

    void rateLimitSaysSo()
    {
        Test::Response limited
            = json(QJsonObject{{u"message"_s, u"API rate limit exceeded for 127.0.0.1."_s}}, 403);
        limited.headers.append({QByteArray("x-ratelimit-remaining"), QByteArray("0")});
        limited.headers.append({QByteArray("x-ratelimit-reset"), QByteArray("1893456000")});
        m_github.route("GET", "/repos/" + Repo.toUtf8() + "/pulls?state=open&per_page=100",
                       limited);
        const Test::CliRun r = Test::runCli(db() + QStringList{u"review"_s, u"--offline"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("rate limit is used up"), r.err.constData());
        QVERIFY(r.err.contains("60 requests an hour"));
    }
};

QTEST_GUILESS_MAIN(TestInboxCommands)
#include "tst_inboxcommands.moc"
