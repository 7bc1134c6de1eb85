// link, export --to-repo, sync and pr against real git repositories with a local bare remote, and
// the GitHub API served by the loopback test server.
#include "clirun.h"
#include "gitsandbox.h"
#include "store/store.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::runCli;

namespace {

const QByteArray first = "Evanson, L., Bulteau, C., Chipaux, M., Dorfm\xc3\xbcller, G.";
const QByteArray tribe
    = "d'Ascoli, S., Rapin, J., Benchetrit, Y., Banville, H., & King, J. R. [**TRIBE: TRImodal "
      "Brain Encoder for whole-brain fMRI response prediction**](https://www.arxiv.org/abs/"
      "2507.22229) arXiv (2025)\n\n";

QByteArray seed()
{
    return Test::readFile(Test::seedReadmePath());
}

QByteArray insertedAt(QByteArray text, const QByteArray &before, const QByteArray &insert)
{
    const qsizetype at = text.indexOf(before);
    Q_ASSERT(at >= 0);
    return text.insert(at, insert);
}

} // namespace

class TestRepoCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Test::GitSandbox> m_git;
    Test::TestHttpServer m_github;
    // (listens once, for all tests)

    QStringList db() const { return {u"--db"_s, m_db}; }

    // Adds "Attention is all you need" (2017) to the list, as the window or `add` would.
    void addPaper()
    {
        Store s;
        QVERIFY(s.open(m_db));
        const auto l = s.listByName(u"Awesome NeuroAI Papers"_s);
        QVERIFY(l);
        EntryFields f;
        f.authors
            = u"Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., "
              "Kaiser, L., & Polosukhin, I."_s;
        f.title = u"Attention is all you need"_s;
        f.url = u"https://arxiv.org/abs/1706.03762"_s;
        f.venue = u"NeurIPS"_s;
        f.yearText = u"2017"_s;
        f.year = 2017;
        QVERIFY(s.addEntry(s.sections(l->id).first().id, f));
    }

private slots:
    void init()
    {
        m_git = std::make_unique<Test::GitSandbox>(seed());
        QVERIFY2(m_git->isValid(), qPrintable(m_git->error()));
        m_db = m_git->root() + u"/store.sqlite"_s;
        if (!m_github.isListening())
            QVERIFY(m_github.listen());
        qputenv("CURATOR_GITHUB_API", m_github.baseUrl().toString().toUtf8());
        qputenv("GH_TOKEN", "ghp_testtoken0000000000000000000000001a2b");
        const Test::CliRun r
            = runCli(db() + QStringList{u"import"_s, m_git->workPath() + u"/README.md"_s});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void cleanup()
    {
        m_git.reset();
        m_github.reset();
    }

    void linkShowsAndChangesTheLink()
    {
        Test::CliRun r
            = runCli(db()
                     + QStringList{u"link"_s, u"--repo"_s, m_git->workPath(), u"--github"_s,
                                   u"neuro/awesome-neuro-ai-papers"_s, u"--base"_s, u"main"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("neuro/awesome-neuro-ai-papers"), r.out.constData());
        QVERIFY(r.out.contains("remote origin, base main"));
        r = runCli(db()
                   + QStringList{u"link"_s, u"--repo"_s, m_git->workPath(), u"--github"_s,
                                 u"not a repo"_s});
        QCOMPARE(r.code, 2);
        r = runCli(db()
                   + QStringList{u"link"_s, u"--repo"_s, m_git->workPath(), u"--remote"_s,
                                 u"--upload-pack=touch"_s});
        QCOMPARE(r.code, 2);
        r = runCli(db() + QStringList{u"link"_s, u"--repo"_s, m_git->root()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not inside a git clone"), r.err.constData());
    }

    void exportToRepoAndSync()
    {
        addPaper();
        Test::CliRun r = runCli(db() + QStringList{u"export"_s, u"--to-repo"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray exported = m_git->readFile(m_git->workPath(), u"README.md"_s);
        QVERIFY(exported.contains("Attention is all you need"));
        // Again: nothing to write.
        r = runCli(db() + QStringList{u"export"_s, u"--to-repo"_s});
        QVERIFY2(r.code == 0 && r.out.contains("up to date"), r.out.constData());

        // Someone edits the README in the clone: export refuses, sync merges.
        const QByteArray edited = insertedAt(exported, first, tribe);
        QVERIFY(m_git->writeFile(m_git->workPath(), u"README.md"_s, edited));
        r = runCli(db() + QStringList{u"export"_s, u"--to-repo"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("changed outside") && r.err.contains("sync"), r.err.constData());
        QCOMPARE(m_git->readFile(m_git->workPath(), u"README.md"_s), edited);
        r = runCli(db() + QStringList{u"sync"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 new"), r.out.constData());
        r = runCli(db() + QStringList{u"entries"_s});
        QVERIFY(r.out.contains("TRIBE"));
        r = runCli(db() + QStringList{u"export"_s, u"--to-repo"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_git->readFile(m_git->workPath(), u"README.md"_s), edited);

        // A removal there needs --yes here. (Removing TRIBE again would give back a README the
        // store has seen, which counts as an old copy, not as news.)
        QByteArray removed = edited;
        const qsizetype at = removed.indexOf("Hagendorff, T.");
        removed.remove(at, removed.indexOf("\n\n", at) + 2 - at);
        QVERIFY(m_git->writeFile(m_git->workPath(), u"README.md"_s, removed));
        r = runCli(db() + QStringList{u"sync"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Machine psychology") && r.err.contains("--yes"),
                 r.err.constData());
        QVERIFY(runCli(db() + QStringList{u"entries"_s}).out.contains("Machine psychology"));
        r = runCli(db() + QStringList{u"sync"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!runCli(db() + QStringList{u"entries"_s}).out.contains("Machine psychology"));
    }

    void dryRunChangesNothing()
    {
        addPaper();
        const QString head = m_git->rev(m_git->workPath(), u"HEAD"_s);
        const Test::CliRun r = runCli(db() + QStringList{u"pr"_s, u"--dry-run"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Branch: add-attention-all-you-need-2017"), r.out.constData());
        QVERIFY2(r.out.contains("Into: origin/main"), r.out.constData());
        QVERIFY(r.out.contains("Add \"Attention is all you need\" (Vaswani et al., 2017)"));
        // The diff is one hunk, +2/-0.
        const QList<QByteArray> lines = r.out.mid(r.out.indexOf("--- a/README.md")).split('\n');
        int hunks = 0, added = 0, removed = 0;
        for (const QByteArray &l : lines) {
            hunks += l.startsWith("@@");
            added += l.startsWith('+') && !l.startsWith("+++");
            removed += l.startsWith('-') && !l.startsWith("---");
        }
        QCOMPARE(hunks, 1);
        QCOMPARE(added, 2);
        QCOMPARE(removed, 0);
        QCOMPARE(m_git->remoteBranches(), QStringList{u"main"_s});
        QCOMPARE(m_git->rev(m_git->workPath(), u"HEAD"_s), head);
        QCOMPARE(m_github.requests().size(), 0);
    }

    void pullRequestEndToEnd()
    {
        addPaper();
        QVERIFY(runCli(db()
                       + QStringList{u"link"_s, u"--repo"_s, m_git->workPath(), u"--github"_s,
                                     u"neuro/papers"_s})
                    .code
                == 0);
        // A contributor's pull request was merged meanwhile.
        QVERIFY(m_git->pushFromClone(u"contributor"_s, u"README.md"_s,
                                     insertedAt(seed(), first, tribe)));
        m_github.route("POST", "/repos/neuro/papers/pulls",
                       Test::TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        const QString branchBefore = m_git->currentBranch(m_git->workPath());
        const QByteArray workReadme = m_git->readFile(m_git->workPath(), u"README.md"_s);

        Test::CliRun r = runCli(db() + QStringList{u"pr"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), "https://github.com/testgh3py/github3py/pull/1");
        QVERIFY2(!r.err.contains("ghp_testtoken"), r.err.constData());

        // One commit on the new branch, on top of the updated main, touching only the README,
        // which has both the contributor's paper and ours.
        const QString branch = u"add-attention-all-you-need-2017"_s;
        QVERIFY(m_git->remoteBranches().contains(branch));
        QCOMPARE(m_git->remote({u"rev-parse"_s, branch + u"^"_s}).line(),
                 m_git->remote({u"rev-parse"_s, u"main"_s}).line());
        QCOMPARE(
            m_git->remote({u"diff-tree"_s, u"--no-commit-id"_s, u"--name-only"_s, u"-r"_s, branch})
                .line(),
            u"README.md"_s);
        const QByteArray published = m_git->remoteFile(branch, u"README.md"_s);
        QVERIFY(published.contains("TRIBE"));
        QVERIFY(published.contains("Attention is all you need"));
        QCOMPARE(m_git->remote({u"log"_s, u"-1"_s, u"--format=%s"_s, branch}).line(),
                 u"Add \"Attention is all you need\" (Vaswani et al., 2017)"_s);
        // The user's clone is as it was.
        QCOMPARE(m_git->currentBranch(m_git->workPath()), branchBefore);
        QCOMPARE(m_git->readFile(m_git->workPath(), u"README.md"_s), workReadme);
        // The store took the contributor's paper in, as one step of its history (merged on a
        // worker's connection, adopted by the run's history).
        QVERIFY(runCli(db() + QStringList{u"entries"_s}).out.contains("TRIBE"));
        r = runCli(db() + QStringList{u"undo"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), "Undone: Merge the repository's README");
        QVERIFY(!runCli(db() + QStringList{u"entries"_s}).out.contains("TRIBE"));
        QVERIFY(runCli(db() + QStringList{u"entries"_s}).out.contains("Attention is all you need"));
        r = runCli(db() + QStringList{u"redo"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(runCli(db() + QStringList{u"entries"_s}).out.contains("TRIBE"));

        // What GitHub was asked.
        QCOMPARE(m_github.requests().size(), 1);
        const Test::Request req = m_github.requests().first();
        QCOMPARE(req.method, "POST");
        QCOMPARE(req.header("Authorization"), "Bearer ghp_testtoken0000000000000000000000001a2b");
        QCOMPARE(req.header("X-GitHub-Api-Version"), "2022-11-28");
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(u"head"_s).toString(), branch);
        QCOMPARE(body.value(u"base"_s).toString(), u"main"_s);
        QCOMPARE(body.value(u"title"_s).toString(),
                 u"Add \"Attention is all you need\" (Vaswani et al., 2017)"_s);

        // Again with nothing changed: the open pull request is the answer, and nothing is
        // pushed (it used to push "…-2" and open a second, identical pull request).
        m_github.route("GET", "/repos/neuro/papers/pulls?*",
                       Test::TestHttpServer::fixture(u"github/list_pulls_open_200.json"_s));
        const QStringList branchesBefore = m_git->remoteBranches();
        r = runCli(db() + QStringList{u"pr"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), "https://github.com/testgh3py/github3py/pull/1");
        QVERIFY2(r.err.contains("Pull request #1 already carries this change"), r.err.constData());
        QCOMPARE(m_git->remoteBranches(), branchesBefore);
        QCOMPARE(m_github.requests().size(), 2);
        const Test::Request lookup = m_github.requests().at(1);
        QCOMPARE(lookup.method, "GET");
        QVERIFY2(lookup.path.contains("state=open"), lookup.path.constData());
        QVERIFY2(lookup.path.contains(QByteArray(QByteArray("head=neuro:") + branch.toUtf8())),
                 lookup.path.constData());
        QVERIFY2(lookup.path.contains("base=main"), lookup.path.constData());
        QCOMPARE(lookup.header("Authorization"),
                 "Bearer ghp_testtoken0000000000000000000000001a2b");

        // That pull request was closed meanwhile: the change is proposed anew.
        m_github.route("GET", "/repos/neuro/papers/pulls?*",
                       Test::TestHttpServer::fixture(u"github/list_pulls_none_200.json"_s));
        r = runCli(db() + QStringList{u"pr"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(m_git->remoteBranches().contains(branch + u"-2"_s));
        QCOMPARE(m_github.requests().last().method, "POST");
    }

    void withoutTokenGivesTheComparePage()
    {
        addPaper();
        QVERIFY(runCli(db()
                       + QStringList{u"link"_s, u"--repo"_s, m_git->workPath(), u"--github"_s,
                                     u"neuro/papers"_s})
                    .code
                == 0);
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        const Test::CliRun r = runCli(db() + QStringList{u"pr"_s});
        qputenv("GH_TOKEN", "ghp_testtoken0000000000000000000000001a2b");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("/neuro/papers/compare/main...add-attention-all-you-need-2017"),
                 r.out.constData());
        // Why, said once ("No GitHub token was found (No GitHub token was found …)" before).
        QVERIFY2(r.err.count("No GitHub token was found") == 1, r.err.constData());
        QCOMPARE(m_github.requests().size(), 0);
    }

    void refusals()
    {
        addPaper();
        // Uncommitted edits of the user's own in the README.
        QVERIFY(m_git->writeFile(m_git->workPath(), u"README.md"_s, seed() + "my notes\n"));
        Test::CliRun r = runCli(db() + QStringList{u"pr"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("README"), r.err.constData());
        QCOMPARE(m_git->remoteBranches(), QStringList{u"main"_s});
        QCOMPARE(m_git->readFile(m_git->workPath(), u"README.md"_s), seed() + "my notes\n");
        QVERIFY(m_git->writeFile(m_git->workPath(), u"README.md"_s, seed()));

        r = runCli(db() + QStringList{u"pr"_s, u"--remote"_s, u"-x"_s});
        QCOMPARE(r.code, 2);

        // A rejected push.
        QVERIFY(m_git->installRejectingHook("pushes are closed today"));
        r = runCli(db() + QStringList{u"pr"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("pushes are closed today"), r.err.constData());
        QCOMPARE(m_git->remoteBranches(), QStringList{u"main"_s});

        // No git at all.
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_git->root()));
        r = runCli(db() + QStringList{u"pr"_s});
        qputenv("PATH", path);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("git is not installed"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestRepoCommands)
#include "tst_repocommands.moc"
