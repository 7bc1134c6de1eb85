#include "git/pullrequestflow.h"
#include "gitsandbox.h"

#include <QDirIterator>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::GitSandbox;

namespace {

using Status = PullRequestResult::Status;
constexpr int waitMs = 30000;

const QByteArray contributorReadme
    = GitSandbox::defaultReadme() + "- [A contributor's paper](https://example.org/c) (2022)\n";
const QByteArray newReadme = contributorReadme + "- [X](https://example.org/x) (2023)\n";

PullRequestInput inputFor(const GitSandbox &sandbox)
{
    PullRequestInput input;
    input.repositoryPath = sandbox.workPath();
    input.readmePath = u"README.md"_s;
    input.remote = u"origin"_s;
    input.baseBranch = u"main"_s;
    return input;
}

// What a refusal must leave as it was: the remote's branches, the user's branches, HEAD, the
// worktrees and every file of the work tree.
struct Snapshot
{
    QStringList remoteRefs;
    QStringList localRefs;
    QString head;
    QString worktrees;
    QMap<QString, QByteArray> files;

    static Snapshot take(const GitSandbox &sandbox)
    {
        Snapshot s;
        const QStringList refs{u"for-each-ref"_s, u"--format=%(refname) %(objectname)"_s,
                               u"refs/heads/"_s};
        s.remoteRefs = sandbox.remote(refs).line().split(u'\n');
        s.localRefs = sandbox.work(refs).line().split(u'\n');
        s.head = sandbox.work({u"symbolic-ref"_s, u"-q"_s, u"HEAD"_s}).line()
            + sandbox.rev(sandbox.workPath(), u"HEAD"_s);
        s.worktrees = sandbox.work({u"worktree"_s, u"list"_s, u"--porcelain"_s}).line();
        QDirIterator it(sandbox.workPath(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/.git/"_s))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                s.files.insert(path, file.readAll());
        }
        return s;
    }
};

bool operator==(const Snapshot &a, const Snapshot &b)
{
    return a.remoteRefs == b.remoteRefs && a.localRefs == b.localRefs && a.head == b.head
        && a.worktrees == b.worktrees && a.files == b.files;
}

// Drives one flow through its phases and keeps what it said.
class Driver
{
public:
    explicit Driver(const PullRequestInput &input)
        : m_input(input)
        , m_prepared(&flow, &PullRequestFlow::prepared)
        , m_finished(&flow, &PullRequestFlow::finished)
    {
        QObject::connect(&flow, &PullRequestFlow::progress,
                         [this](const QString &step) { log << step; });
    }

    // True when prepared() came; otherwise result() holds the refusal.
    bool prepare()
    {
        flow.prepare(m_input);
        (void)QTest::qWaitFor([this] { return m_prepared.size() + m_finished.size() > 0; }, waitMs);
        return m_prepared.size() == 1;
    }
    QByteArray baseReadme() const { return m_prepared.value(0).value(0).toByteArray(); }
    bool baseHasReadme() const { return m_prepared.value(0).value(1).toBool(); }

    std::optional<PullRequestResult> publish(const QByteArray &readme,
                                             const QString &message = u"Add X (2023)"_s,
                                             const QString &stem = u"Add X 2023"_s)
    {
        flow.publish(readme, message, stem);
        return wait();
    }

    std::optional<PullRequestResult> wait()
    {
        (void)QTest::qWaitFor([this] { return !m_finished.isEmpty(); }, waitMs);
        return result();
    }

    std::optional<PullRequestResult> result() const
    {
        if (m_finished.size() != 1)
            return std::nullopt;
        return m_finished.at(0).at(0).value<PullRequestResult>();
    }

    bool ranGit() const
    {
        return std::any_of(log.begin(), log.end(),
                           [](const QString &line) { return line.startsWith(u"$ git"_s); });
    }

    PullRequestFlow flow;
    QStringList log;

private:
    PullRequestInput m_input;
    QSignalSpy m_prepared;
    QSignalSpy m_finished;
};

// Sets PATH for the lifetime of the object: git cannot be found while it lives.
class PathOverride
{
public:
    explicit PathOverride(const QString &path)
        : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(path));
    }
    ~PathOverride() { qputenv("PATH", m_saved); }
    Q_DISABLE_COPY_MOVE(PathOverride)

private:
    QByteArray m_saved;
};

enum class Setup {
    DirtyReadme,
    DirtyReadmeNotTheAppsExport,
    MergeInProgress,
    RebaseInProgress,
    CherryPickInProgress,
    DetachedHead,
    NotRepository,
    RemoteUnreachable,
    MissingGit,
    OptionAsRemote,
    DashRemote,
    UnknownRemote,
    BaseMissing,
    LocalBaseAhead,
    LocalBaseDiverged,
    UnchangedReadme,
    EmptyCommitMessage,
    RejectedPush,
};

} // namespace

class TestPullRequestFlow : public QObject
{
    Q_OBJECT

private slots:
    // A README published before is found on its branch; another README, the base, and a
    // branch deleted on the remote (fetch --prune) are not.
    void findsABranchCarryingTheSameReadme()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        {
            Driver first(inputFor(sandbox));
            QVERIFY(first.prepare());
            const auto r = first.publish(newReadme);
            QVERIFY(r && r->status == Status::Published);
        }
        auto find = [&](const QByteArray &readme) {
            Driver driver(inputFor(sandbox));
            std::optional<QStringList> found;
            if (!driver.prepare())
                return found;
            driver.flow.findBranchesWithReadme(readme,
                                               [&found](const QStringList &b) { found = b; });
            (void)QTest::qWaitFor([&found] { return found.has_value(); }, waitMs);
            return found;
        };
        QCOMPARE(find(newReadme), QStringList{u"add-x-2023"_s});
        QCOMPARE(find(newReadme + "one more line\n"), QStringList{});
        QCOMPARE(find(sandbox.remoteFile(u"main"_s, u"README.md"_s)), QStringList{});
        // Its pull request merged and the branch deleted on GitHub: not a carrier any more.
        QVERIFY(sandbox.remote({u"branch"_s, u"-D"_s, u"add-x-2023"_s}).ok());
        QCOMPARE(find(newReadme), QStringList{});
    }

    void endToEnd()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const QString work = sandbox.workPath();
        // The user works on a branch of their own, with a file they have not committed.
        QVERIFY(sandbox.work({u"checkout"_s, u"-q"_s, u"-b"_s, u"my-work"_s}).ok());
        QVERIFY(sandbox.writeFile(work, u"notes.txt"_s, "my notes\n"));
        const QString userHead = sandbox.rev(work, u"HEAD"_s);
        const QByteArray userStatus = sandbox.work({u"status"_s, u"--porcelain"_s}).out;
        // Meanwhile a contributor's change lands on main.
        QVERIFY(sandbox.pushFromClone(u"contributor"_s, u"README.md"_s, contributorReadme));
        const QString updatedBase = sandbox.remote({u"rev-parse"_s, u"main"_s}).line();

        Driver driver(inputFor(sandbox));
        QVERIFY2(driver.prepare(), qPrintable(driver.result() ? driver.result()->message : u""_s));
        QCOMPARE(driver.baseReadme(), contributorReadme);
        QVERIFY(driver.baseHasReadme());
        QCOMPARE(driver.flow.baseCommit(), updatedBase);

        const auto r = driver.publish(newReadme);
        QVERIFY(r);
        QVERIFY2(r->status == Status::Published, qPrintable(r->message));
        QCOMPARE(r->branch, u"add-x-2023"_s);
        QCOMPARE(r->remote, u"origin"_s);
        QCOMPARE(r->base, u"main"_s);
        QCOMPARE(r->baseCommit, updatedBase);

        // On the remote: one commit on the updated base, touching only README.md.
        QCOMPARE(sandbox.remote({u"rev-parse"_s, u"add-x-2023"_s}).line(), r->commit);
        QCOMPARE(sandbox.remote({u"rev-parse"_s, u"add-x-2023^"_s}).line(), updatedBase);
        QCOMPARE(sandbox.remote({u"rev-list"_s, u"--count"_s, u"main..add-x-2023"_s}).line(),
                 u"1"_s);
        QCOMPARE(sandbox
                     .remote({u"diff-tree"_s, u"--no-commit-id"_s, u"--name-only"_s, u"-r"_s,
                              u"add-x-2023"_s})
                     .line(),
                 u"README.md"_s);
        QCOMPARE(sandbox.remoteFile(u"add-x-2023"_s, u"README.md"_s), newReadme);
        QCOMPARE(sandbox.remote({u"log"_s, u"-1"_s, u"--format=%B"_s, u"add-x-2023"_s}).line(),
                 u"Add X (2023)"_s);
        QCOMPARE(sandbox.remote({u"log"_s, u"-1"_s, u"--format=%an"_s, u"add-x-2023"_s}).line(),
                 u"Test User"_s);
        // Locally: the branch tracks its remote twin.
        QCOMPARE(
            sandbox.work({u"rev-parse"_s, u"--abbrev-ref"_s, u"add-x-2023@{upstream}"_s}).line(),
            u"origin/add-x-2023"_s);

        // Nothing of the user's moved.
        QCOMPARE(sandbox.currentBranch(work), u"my-work"_s);
        QCOMPARE(sandbox.rev(work, u"HEAD"_s), userHead);
        QCOMPARE(sandbox.readFile(work, u"notes.txt"_s), QByteArray("my notes\n"));
        QCOMPARE(sandbox.readFile(work, u"README.md"_s), GitSandbox::defaultReadme());
        QCOMPARE(sandbox.work({u"status"_s, u"--porcelain"_s}).out, userStatus);
        // The temporary worktree is gone, from git's list and from the disk.
        const QString worktrees = sandbox.work({u"worktree"_s, u"list"_s, u"--porcelain"_s}).line();
        QCOMPARE(worktrees.count(u"worktree "_s), 1);
        const auto added = std::find_if(driver.log.begin(), driver.log.end(), [](const QString &l) {
            return l.startsWith(u"$ git worktree add"_s);
        });
        QVERIFY(added != driver.log.end());
        const QString tempWorktree = added->section(u' ', -2, -2);
        QVERIFY2(tempWorktree.endsWith(u"/add-x-2023"_s), qPrintable(*added));
        QVERIFY(!QFileInfo::exists(tempWorktree));
        QVERIFY(!QFileInfo::exists(QFileInfo(tempWorktree).absolutePath()));

        // Every command is in the log, by remote name; the remote's address never is.
        QVERIFY(driver.log.contains(u"$ git fetch --prune -- origin"_s));
        QVERIFY(driver.log.contains(
            u"$ git push --set-upstream -- origin refs/heads/add-x-2023:refs/heads/add-x-2023"_s));
        QVERIFY(driver.log.contains(u"$ git commit -F -"_s));
        for (const QString &line : std::as_const(driver.log))
            QVERIFY2(!line.contains(sandbox.remotePath()), qPrintable(line));
    }

    void uniqueBranchNames()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        // A branch of that name that exists only on the remote blocks the name too.
        QVERIFY(sandbox.pushFromClone(u"contributor"_s, u"other.txt"_s, "x\n", u"add-y"_s));

        QStringList branches;
        for (const QString &stem : {u"Add X 2023"_s, u"add x (2023)"_s, u"Add Y"_s}) {
            Driver driver(inputFor(sandbox));
            QVERIFY(driver.prepare());
            const auto r = driver.publish(newReadme + stem.toUtf8(), u"Add"_s, stem);
            QVERIFY(r);
            QVERIFY2(r->status == Status::Published, qPrintable(r->message));
            branches << r->branch;
        }
        QCOMPARE(branches, (QStringList{u"add-x-2023"_s, u"add-x-2023-2"_s, u"add-y-2"_s}));
        QCOMPARE(
            sandbox.remoteBranches(),
            (QStringList{u"add-x-2023"_s, u"add-x-2023-2"_s, u"add-y"_s, u"add-y-2"_s, u"main"_s}));
    }

    void sanitizeBranchStem_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"add-elm-neuron-2023"_s << u"add-elm-neuron-2023"_s;
        QTest::newRow("title") << u"Add ELM Neuron (2023)!"_s << u"add-elm-neuron-2023"_s;
        QTest::newRow("runs") << u"  --a__b..c//d  "_s << u"a-b-c-d"_s;
        QTest::newRow("accents") << u"Café Über Ångström"_s << u"cafe-uber-angstrom"_s;
        QTest::newRow("option-like") << u"--upload-pack=x"_s << u"upload-pack-x"_s;
        QTest::newRow("nothing usable") << u"日本語"_s << QString();
        QTest::newRow("long") << QString(u"abcdefghi "_s).repeated(10)
                              << (QString(u"abcdefghi-"_s).repeated(6)).chopped(1);
    }
    void sanitizeBranchStem()
    {
        QFETCH(QString, stem);
        QFETCH(QString, expected);
        const QString name = PullRequestFlow::sanitizeBranchStem(stem);
        QCOMPARE(name, expected);
        QVERIFY(name.size() <= 60);
    }

    void expectedWorkingReadmeIsAccepted()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        // The app's own export, not yet committed.
        const QByteArray exported = GitSandbox::defaultReadme() + "- exported\n";
        QVERIFY(sandbox.writeFile(sandbox.workPath(), u"README.md"_s, exported));
        PullRequestInput input = inputFor(sandbox);
        input.expectedWorkingReadme = exported;
        Driver driver(input);
        QVERIFY2(driver.prepare(), qPrintable(driver.result() ? driver.result()->message : u""_s));
        const auto r = driver.publish(exported);
        QVERIFY(r);
        QVERIFY2(r->status == Status::Published, qPrintable(r->message));
        QCOMPARE(sandbox.remoteFile(r->branch, u"README.md"_s), exported);
        // The working copy keeps the export, still uncommitted.
        QCOMPARE(sandbox.readFile(sandbox.workPath(), u"README.md"_s), exported);
        QCOMPARE(sandbox.work({u"status"_s, u"--porcelain"_s}).line(), u"M README.md"_s);
    }

    void readmeMissingAtBase()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        PullRequestInput input = inputFor(sandbox);
        input.readmePath = u"docs/LIST.md"_s;
        Driver driver(input);
        QVERIFY(driver.prepare());
        QVERIFY(driver.baseReadme().isEmpty());
        QVERIFY(!driver.baseHasReadme());
        const auto r = driver.publish("# New list\n");
        QVERIFY(r);
        QVERIFY2(r->status == Status::Published, qPrintable(r->message));
        QCOMPARE(sandbox.remoteFile(r->branch, u"docs/LIST.md"_s), QByteArray("# New list\n"));
    }

    void refusals_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("says");

        QTest::newRow("dirty README") << Setup::DirtyReadme << Status::RefusedReadmeModified
                                      << u"uncommitted changes that Awesome Curator did not make"_s;
        QTest::newRow("dirty README, not the app's export")
            << Setup::DirtyReadmeNotTheAppsExport << Status::RefusedReadmeModified
            << u"Commit or stash them"_s;
        QTest::newRow("merge") << Setup::MergeInProgress << Status::RefusedMergeInProgress
                               << u"git merge --abort"_s;
        QTest::newRow("rebase") << Setup::RebaseInProgress << Status::RefusedRebaseInProgress
                                << u"git rebase --abort"_s;
        QTest::newRow("cherry-pick")
            << Setup::CherryPickInProgress << Status::RefusedCherryPickInProgress
            << u"git cherry-pick --abort"_s;
        QTest::newRow("detached") << Setup::DetachedHead << Status::RefusedDetachedHead
                                  << u"HEAD is detached"_s;
        QTest::newRow("not a repository") << Setup::NotRepository << Status::RefusedNotRepository
                                          << u"is not in a git repository"_s;
        QTest::newRow("remote unreachable")
            << Setup::RemoteUnreachable << Status::RefusedRemoteUnreachable
            << u"does not appear to be a git repository"_s;
        QTest::newRow("git missing")
            << Setup::MissingGit << Status::RefusedGitMissing << u"git is not installed"_s;
        QTest::newRow("option as remote") << Setup::OptionAsRemote << Status::RefusedInvalidRemote
                                          << u"cannot be the name of a remote"_s;
        QTest::newRow("dash remote")
            << Setup::DashRemote << Status::RefusedInvalidRemote << u"“-x”"_s;
        QTest::newRow("unknown remote") << Setup::UnknownRemote << Status::RefusedUnknownRemote
                                        << u"no remote named “upstream”"_s;
        QTest::newRow("base missing")
            << Setup::BaseMissing << Status::RefusedBaseMissing << u"has no branch “develop”"_s;
        QTest::newRow("local base ahead")
            << Setup::LocalBaseAhead << Status::RefusedBaseNotFastForward
            << u"local main has commits that origin/main does not have"_s;
        QTest::newRow("local base diverged")
            << Setup::LocalBaseDiverged << Status::RefusedBaseNotFastForward
            << u"local main has commits that origin/main does not have"_s;
        QTest::newRow("unchanged README")
            << Setup::UnchangedReadme << Status::RefusedNothingToPublish
            << u"Nothing to publish: the README on origin/main is already this one"_s;
        QTest::newRow("empty commit message")
            << Setup::EmptyCommitMessage << Status::RefusedInvalidInput
            << u"commit message is empty"_s;
        QTest::newRow("push rejected")
            << Setup::RejectedPush << Status::Failed << u"pre-receive hook declined"_s;
    }
    void refusals()
    {
        QFETCH(Setup, setup);
        QFETCH(Status, status);
        QFETCH(QString, says);

        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const QString work = sandbox.workPath();
        PullRequestInput input = inputFor(sandbox);
        QTemporaryDir elsewhere;
        std::optional<PathOverride> noGit;
        bool publishPhase = false;
        QByteArray readme = newReadme;
        QString message = u"Add X"_s;
        switch (setup) {
        case Setup::DirtyReadme:
            QVERIFY(sandbox.writeFile(work, u"README.md"_s, "hand edit\n"));
            break;
        case Setup::DirtyReadmeNotTheAppsExport:
            QVERIFY(sandbox.writeFile(work, u"README.md"_s, "hand edit\n"));
            input.expectedWorkingReadme = QByteArray("what the app wrote\n");
            break;
        case Setup::MergeInProgress:
            QVERIFY(sandbox.startConflict(u"merge"_s));
            break;
        case Setup::RebaseInProgress:
            QVERIFY(sandbox.startConflict(u"rebase"_s));
            break;
        case Setup::CherryPickInProgress:
            QVERIFY(sandbox.startConflict(u"cherry-pick"_s));
            break;
        case Setup::DetachedHead:
            QVERIFY(sandbox.work({u"checkout"_s, u"-q"_s, u"--detach"_s}).ok());
            break;
        case Setup::NotRepository:
            input.repositoryPath = elsewhere.path();
            break;
        case Setup::RemoteUnreachable:
            QVERIFY(sandbox
                        .work({u"remote"_s, u"set-url"_s, u"origin"_s,
                               sandbox.root() + u"/no-such-remote.git"_s})
                        .ok());
            break;
        case Setup::MissingGit:
            break; // below, once the snapshot is taken
        case Setup::OptionAsRemote:
            input.remote = u"--upload-pack=touch x"_s;
            break;
        case Setup::DashRemote:
            input.remote = u"-x"_s;
            break;
        case Setup::UnknownRemote:
            input.remote = u"upstream"_s;
            break;
        case Setup::BaseMissing:
            input.baseBranch = u"develop"_s;
            break;
        case Setup::LocalBaseAhead:
            QVERIFY(sandbox.commitFile(work, u"mine.txt"_s, "mine\n", u"Mine"_s));
            break;
        case Setup::LocalBaseDiverged:
            QVERIFY(sandbox.commitFile(work, u"mine.txt"_s, "mine\n", u"Mine"_s));
            QVERIFY(sandbox.pushFromClone(u"contributor"_s, u"README.md"_s, contributorReadme));
            break;
        case Setup::UnchangedReadme:
            publishPhase = true;
            readme = GitSandbox::defaultReadme();
            break;
        case Setup::EmptyCommitMessage:
            publishPhase = true;
            message = u" \n"_s;
            break;
        case Setup::RejectedPush:
            publishPhase = true;
            QVERIFY(sandbox.installRejectingHook("rejected by the test's policy"));
            break;
        }

        const Snapshot before = Snapshot::take(sandbox);
        if (setup == Setup::MissingGit)
            noGit.emplace(elsewhere.path());
        Driver driver(input);
        const bool prepared = driver.prepare();
        QCOMPARE(prepared, publishPhase);
        const auto r = publishPhase ? driver.publish(readme, message) : driver.result();
        noGit.reset();
        QVERIFY(r);
        QVERIFY2(r->status == status,
                 qPrintable(QString::number(int(r->status)) + u' ' + r->message));
        QVERIFY2(r->message.contains(says), qPrintable(r->message));
        QVERIFY(r->status == Status::Failed || r->isRefusal());
        QVERIFY(r->branch.isEmpty());
        QVERIFY(r->commit.isEmpty());

        // Nothing changed: not the remote, not the user's branches, HEAD, worktrees or files.
        const Snapshot after = Snapshot::take(sandbox);
        QCOMPARE(after.remoteRefs, before.remoteRefs);
        QCOMPARE(after.localRefs, before.localRefs);
        QCOMPARE(after.head, before.head);
        QCOMPARE(after.worktrees, before.worktrees);
        QCOMPARE(after.files.keys(), before.files.keys());
        QVERIFY(after == before);

        if (setup == Setup::OptionAsRemote || setup == Setup::DashRemote)
            QVERIFY2(!driver.ranGit(), qPrintable(driver.log.join(u'\n')));
        if (setup == Setup::RejectedPush) {
            // git's own words reach the user; the branch made for the push is gone again.
            QVERIFY(r->message.contains(u"rejected by the test's policy"_s));
            QVERIFY(driver.log.contains(u"$ git branch -D add-x-2023"_s));
        }
        if (setup == Setup::UnchangedReadme || setup == Setup::EmptyCommitMessage)
            QVERIFY(!driver.log.contains(u"$ git worktree add"_s)); // refused before any branch
    }

    void cancelWhilePreparing()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const Snapshot before = Snapshot::take(sandbox);
        Driver driver(inputFor(sandbox));
        driver.flow.prepare(inputFor(sandbox));
        QVERIFY(driver.flow.isBusy());
        driver.flow.cancel();
        const auto r = driver.wait();
        QVERIFY(r);
        QCOMPARE(r->status, Status::Canceled);
        QVERIFY(!driver.flow.isBusy());
        QVERIFY(Snapshot::take(sandbox) == before);
    }

    void cancelWhilePublishing()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const Snapshot before = Snapshot::take(sandbox);
        Driver driver(inputFor(sandbox));
        QVERIFY(driver.prepare());
        // Canceled once the worktree exists: it and the branch are cleaned up all the same.
        QObject::connect(&driver.flow, &PullRequestFlow::progress, &driver.flow,
                         [&driver](const QString &step) {
                             if (step.startsWith(u"$ git add"_s))
                                 driver.flow.cancel();
                         });
        const auto r = driver.publish(newReadme);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Canceled);
        QVERIFY(driver.log.contains(u"$ git branch -D add-x-2023"_s));
        QVERIFY(Snapshot::take(sandbox) == before);
    }
};

QTEST_GUILESS_MAIN(TestPullRequestFlow)
#include "tst_pullrequestflow.moc"
