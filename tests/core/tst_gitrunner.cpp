#include "git/gitrunner.h"
#include "git/repostatus.h"
#include "gitsandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Curator;
using Curator::Test::GitSandbox;

namespace {

using Status = GitResult::Status;
constexpr int waitMs = 30000;

std::optional<GitResult> runGit(GitRunner &runner, const QStringList &args,
                                const GitOptions &options = {})
{
    auto result = std::make_shared<std::optional<GitResult>>();
    runner.run(args, options, [result](const GitResult &r) { *result = r; });
    (void)QTest::qWaitFor([result] { return result->has_value(); }, waitMs);
    return *result;
}

std::optional<RepoState> queryState(const QString &path, const QString &readme = u"README.md"_s,
                                    const QString &remote = u"origin"_s)
{
    RepoStatus status;
    auto result = std::make_shared<std::optional<RepoState>>();
    status.query(path, readme, remote, [result](const RepoState &s) { *result = s; });
    (void)QTest::qWaitFor([result] { return result->has_value(); }, waitMs);
    return *result;
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

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

} // namespace

class TestGitRunner : public QObject
{
    Q_OBJECT

private slots:
    void runsCommand()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        GitRunner runner;
        runner.setWorkingDirectory(sandbox.workPath());
        QSignalSpy started(&runner, &GitRunner::commandStarted);
        const auto r = runGit(runner, {u"rev-parse"_s, u"--show-toplevel"_s});
        QVERIFY(r);
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->exitCode, 0);
        QCOMPARE(canonical(QString::fromUtf8(r->stdOut.trimmed())), canonical(sandbox.workPath()));
        QVERIFY(r->message.isEmpty());
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toString(), u"git rev-parse --show-toplevel"_s);
        QCOMPARE(runner.running(), 0);
    }

    void callbackComesLater()
    {
        // Even a command that cannot start answers from the event loop, after run() returned.
        GitRunner runner;
        bool called = false;
        GitOptions options;
        options.workingDirectory = u"/nonexistent/folder/for/curator"_s;
        runner.run({u"status"_s}, options, [&called](const GitResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void stdinIsPassed()
    {
        GitRunner runner;
        GitOptions options;
        options.stdIn = "hello\n";
        const auto r = runGit(runner, {u"hash-object"_s, u"--stdin"_s}, options);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->stdOut.trimmed(), QByteArray("ce013625030ba8dba906f756967f9e9ca394464a"));
    }

    void environment()
    {
        // Stable messages to parse, no prompt, and no index refresh for read-only queries.
        GitRunner runner;
        GitOptions options;
        options.readOnly = true;
        const auto r = runGit(runner,
                              {u"-c"_s,
                               u"alias.env=!printenv LC_ALL GIT_TERMINAL_PROMPT "
                               u"GIT_OPTIONAL_LOCKS"_s,
                               u"env"_s},
                              options);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Ok);
        QCOMPARE(r->stdOut, QByteArray("C\n0\n0\n"));
    }

    void failureMessage()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        GitRunner runner;
        runner.setWorkingDirectory(sandbox.workPath());
        const auto r = runGit(runner, {u"rev-parse"_s, u"--verify"_s, u"no-such-branch"_s});
        QVERIFY(r);
        QCOMPARE(r->status, Status::Failed);
        QCOMPARE(r->exitCode, 128);
        QVERIFY2(r->message.contains(u"fatal: Needed a single revision"_s), qPrintable(r->message));
        QVERIFY2(r->message.contains(u"git rev-parse --verify no-such-branch"_s),
                 qPrintable(r->message));
        QVERIFY(!r->message.contains(u"hint:"_s));
    }

    void missingFolder()
    {
        GitRunner runner;
        GitOptions options;
        options.workingDirectory = u"/nonexistent/folder/for/curator"_s;
        const auto r = runGit(runner, {u"status"_s}, options);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Failed);
        QVERIFY(r->message.contains(u"/nonexistent/folder/for/curator"_s));
    }

    void notInstalled()
    {
        QTemporaryDir emptyBin;
        QVERIFY(emptyBin.isValid());
        PathOverride path(emptyBin.path());
        GitRunner runner;
        const auto r = runGit(runner, {u"--version"_s});
        QVERIFY(r);
        QCOMPARE(r->status, Status::NotInstalled);
        QVERIFY2(r->message.contains(u"not installed"_s), qPrintable(r->message));
        QVERIFY(r->message.contains(u"apt install git"_s));
    }

    void timeout()
    {
        GitRunner runner;
        GitOptions options;
        options.timeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const auto r = runGit(runner, {u"-c"_s, u"alias.slow=!sleep 5"_s, u"slow"_s}, options);
        QVERIFY(r);
        QCOMPARE(r->status, Status::Timeout);
        QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()).constData());
        QVERIFY(r->message.contains(u"git -c 'alias.slow=!sleep 5' slow"_s));
    }

    void cancel()
    {
        GitRunner runner;
        auto result = std::make_shared<std::optional<GitResult>>();
        const quint64 ticket = runner.run({u"-c"_s, u"alias.slow=!sleep 5"_s, u"slow"_s},
                                          [result](const GitResult &r) { *result = r; });
        QCOMPARE(runner.running(), 1);
        QTest::qWait(100);
        runner.cancel(ticket);
        QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 10000);
        QCOMPARE((*result)->status, Status::Canceled);
        QCOMPARE(runner.running(), 0);
    }

    void cancelBeforeStart()
    {
        GitRunner runner;
        auto result = std::make_shared<std::optional<GitResult>>();
        runner.run({u"--version"_s}, [result](const GitResult &r) { *result = r; });
        runner.cancelAll();
        QTRY_VERIFY(result->has_value());
        QCOMPARE((*result)->status, Status::Canceled);
    }

    void destroyedWhileRunning()
    {
        bool called = false;
        {
            GitRunner runner;
            runner.run({u"-c"_s, u"alias.slow=!sleep 5"_s, u"slow"_s},
                       [&called](const GitResult &) { called = true; });
            QTest::qWait(100);
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringList{u"fetch"_s, u"--"_s, u"origin"_s}
                               << u"git fetch -- origin"_s;
        QTest::newRow("space") << QStringList{u"commit"_s, u"-m"_s, u"a b"_s}
                               << u"git commit -m 'a b'"_s;
        QTest::newRow("quote") << QStringList{u"x"_s, u"it's"_s} << u"git x 'it'\\''s'"_s;
        QTest::newRow("empty") << QStringList{u"x"_s, QString()} << u"git x ''"_s;
        QTest::newRow("credentials")
            << QStringList{u"clone"_s, u"https://user:s3cret@github.com/a/b.git"_s}
            << u"git clone https://github.com/a/b.git"_s;
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QCOMPARE(GitRunner::commandLine(args), expected);
    }

    void redactCredentials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token")
            << u"fatal: unable to access 'https://x-access-token:ghp_abc@github.com/o/r.git/'"_s
            << u"fatal: unable to access 'https://github.com/o/r.git/'"_s;
        QTest::newRow("user only")
            << u"To https://me@example.org/r.git"_s << u"To https://example.org/r.git"_s;
        QTest::newRow("ssh scp form kept")
            << u"git@github.com:o/r.git"_s << u"git@github.com:o/r.git"_s;
        QTest::newRow("path kept") << u"'/tmp/a@b/remote.git'"_s << u"'/tmp/a@b/remote.git'"_s;
    }
    void redactCredentials()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(GitRunner::redactCredentials(text), expected);
    }

    // --- RepoStatus ----------------------------------------------------------------------------

    void cleanRepository()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const auto s = queryState(sandbox.workPath());
        QVERIFY(s);
        QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
        QVERIFY(s->gitInstalled);
        QVERIFY(s->isRepository);
        QCOMPARE(canonical(s->topLevel), canonical(sandbox.workPath()));
        QCOMPARE(canonical(s->gitDir), canonical(sandbox.workPath() + u"/.git"_s));
        QCOMPARE(s->branch, u"main"_s);
        QVERIFY(!s->detached);
        QCOMPARE(s->headCommit, sandbox.rev(sandbox.workPath(), u"HEAD"_s));
        QCOMPARE(s->upstream, u"origin/main"_s);
        QCOMPARE(s->ahead, 0);
        QCOMPARE(s->behind, 0);
        QVERIFY(!s->mergeInProgress);
        QVERIFY(!s->rebaseInProgress);
        QVERIFY(!s->cherryPickInProgress);
        QVERIFY(s->dirtyFiles.isEmpty());
        QVERIFY(!s->readmeDirty);
        QCOMPARE(s->defaultRemoteBranch, u"main"_s);
        QCOMPARE(s->remotes, QStringList{u"origin"_s});
        QCOMPARE(s->remoteUrls.value(u"origin"_s), sandbox.remotePath());
    }

    void fromSubfolderAndAbsoluteReadme()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.writeFile(sandbox.workPath(), u"README.md"_s, "changed\n"));
        QVERIFY(QDir().mkpath(sandbox.workPath() + u"/sub/folder"_s));
        const auto s = queryState(sandbox.workPath() + u"/sub/folder"_s,
                                  sandbox.workPath() + u"/README.md"_s);
        QVERIFY(s);
        QVERIFY(s->isRepository);
        QCOMPARE(canonical(s->topLevel), canonical(sandbox.workPath()));
        QCOMPARE(s->dirtyFiles, QStringList{u"README.md"_s});
        QVERIFY(s->readmeDirty);
    }

    void dirtyFiles_data()
    {
        QTest::addColumn<QString>("file"); // written (and staged if `stage`)
        QTest::addColumn<bool>("stage");
        QTest::addColumn<QString>("readme");
        QTest::addColumn<QStringList>("dirty");
        QTest::addColumn<bool>("readmeDirty");
        QTest::newRow("modified README")
            << u"README.md"_s << false << u"README.md"_s << QStringList{u"README.md"_s} << true;
        QTest::newRow("staged README")
            << u"README.md"_s << true << u"README.md"_s << QStringList{u"README.md"_s} << true;
        QTest::newRow("untracked other file")
            << u"notes with space.txt"_s << false << u"README.md"_s
            << QStringList{u"notes with space.txt"_s} << false;
        QTest::newRow("staged other file")
            << u"notes.txt"_s << true << u"README.md"_s << QStringList{u"notes.txt"_s} << false;
        QTest::newRow("untracked README in untracked folder")
            << u"docs/README.md"_s << false << u"docs/README.md"_s << QStringList{u"docs/"_s}
            << true;
        QTest::newRow("untracked README named alike")
            << u"README.md.orig"_s << false << u"README.md"_s << QStringList{u"README.md.orig"_s}
            << false;
    }
    void dirtyFiles()
    {
        QFETCH(QString, file);
        QFETCH(bool, stage);
        QFETCH(QString, readme);
        QFETCH(QStringList, dirty);
        QFETCH(bool, readmeDirty);
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.writeFile(sandbox.workPath(), file, "new content\n"));
        if (stage)
            QVERIFY(sandbox.work({u"add"_s, u"--"_s, file}).ok());
        const auto s = queryState(sandbox.workPath(), readme);
        QVERIFY(s);
        QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
        QCOMPARE(s->dirtyFiles, dirty);
        QCOMPARE(s->readmeDirty, readmeDirty);
    }

    void renamedReadme()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.work({u"mv"_s, u"README.md"_s, u"OLD.md"_s}).ok());
        const auto s = queryState(sandbox.workPath());
        QVERIFY(s);
        QCOMPARE(s->dirtyFiles, (QStringList{u"OLD.md"_s, u"README.md"_s}));
        QVERIFY(s->readmeDirty);
    }

    void detachedHead()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.work({u"checkout"_s, u"-q"_s, u"--detach"_s}).ok());
        const auto s = queryState(sandbox.workPath());
        QVERIFY(s);
        QVERIFY(s->detached);
        QVERIFY(s->branch.isEmpty());
        QVERIFY(s->upstream.isEmpty());
        QCOMPARE(s->headCommit, sandbox.rev(sandbox.workPath(), u"HEAD"_s));
    }

    void operationInProgress_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("merge") << u"merge"_s;
        QTest::newRow("rebase") << u"rebase"_s;
        QTest::newRow("cherry-pick") << u"cherry-pick"_s;
    }
    void operationInProgress()
    {
        QFETCH(QString, command);
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.startConflict(command));
        const auto s = queryState(sandbox.workPath());
        QVERIFY(s);
        QVERIFY2(s->error.isEmpty(), qPrintable(s->error));
        QCOMPARE(s->mergeInProgress, command == u"merge"_s);
        QCOMPARE(s->rebaseInProgress, command == u"rebase"_s);
        QCOMPARE(s->cherryPickInProgress, command == u"cherry-pick"_s);
        // The conflicted README is a dirty file ("u" record) like any other.
        QVERIFY(s->dirtyFiles.contains(u"README.md"_s));
        QVERIFY(s->readmeDirty);
        QCOMPARE(s->detached, command == u"rebase"_s);
    }

    void aheadAndBehind()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.pushFromClone(u"other"_s, u"a.txt"_s, "a\n"));
        QVERIFY(sandbox.pushFromClone(u"other"_s, u"b.txt"_s, "b\n"));
        QVERIFY(sandbox.commitFile(sandbox.workPath(), u"mine.txt"_s, "m\n", u"Mine"_s));
        QVERIFY(sandbox.work({u"fetch"_s, u"-q"_s}).ok());
        const auto s = queryState(sandbox.workPath());
        QVERIFY(s);
        QCOMPARE(s->ahead, 1);
        QCOMPARE(s->behind, 2);
        QVERIFY(s->dirtyFiles.isEmpty());
    }

    void notARepository()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto s = queryState(dir.path());
        QVERIFY(s);
        QVERIFY(s->gitInstalled);
        QVERIFY(!s->isRepository);
        QVERIFY2(s->error.contains(u"not inside a git repository"_s), qPrintable(s->error));
    }

    void statusWithoutGit()
    {
        QTemporaryDir emptyBin;
        QVERIFY(emptyBin.isValid());
        PathOverride path(emptyBin.path());
        const auto s = queryState(emptyBin.path());
        QVERIFY(s);
        QVERIFY(!s->gitInstalled);
        QVERIFY(!s->isRepository);
        QVERIFY(s->error.contains(u"not installed"_s));
    }

    void remotesWithDots()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.work({u"remote"_s, u"add"_s, u"my.fork"_s, u"https://example.org/f.git"_s})
                    .ok());
        const auto s = queryState(sandbox.workPath(), u"README.md"_s, u"my.fork"_s);
        QVERIFY(s);
        QCOMPARE(s->remotes, (QStringList{u"origin"_s, u"my.fork"_s}));
        QCOMPARE(s->remoteUrls.value(u"my.fork"_s), u"https://example.org/f.git"_s);
        QVERIFY(s->defaultRemoteBranch.isEmpty()); // never fetched
    }

    void parseStatus()
    {
        // As git 2.39 writes it (porcelain v2, -z); a rename's original path is the next record.
        QByteArray output;
        for (const char *record :
             {"# branch.oid 1111111111111111111111111111111111111111", "# branch.head feature/x",
              "# branch.upstream origin/feature/x", "# branch.ab +3 -0",
              "1 .M N... 100644 100644 100644 aaaa aaaa src/a b.cpp",
              "2 R. N... 100644 100644 100644 bbbb bbbb R100 new.md", "old.md",
              "u UU N... 100644 100644 100644 100644 cccc dddd eeee README.md", "? untracked/"}) {
            output += record;
            output += '\0';
        }
        RepoState s;
        RepoStatus::parseStatus(output, u"untracked/list.md"_s, s);
        QCOMPARE(s.headCommit, u"1111111111111111111111111111111111111111"_s);
        QCOMPARE(s.branch, u"feature/x"_s);
        QVERIFY(!s.detached);
        QCOMPARE(s.upstream, u"origin/feature/x"_s);
        QCOMPARE(s.ahead, 3);
        QCOMPARE(s.behind, 0);
        QCOMPARE(s.dirtyFiles,
                 (QStringList{u"src/a b.cpp"_s, u"new.md"_s, u"old.md"_s, u"README.md"_s,
                              u"untracked/"_s}));
        QVERIFY(s.readmeDirty);
    }

    void fileAtRevision()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        const QByteArray theirs
            = GitSandbox::defaultReadme() + "- [Second](https://example.org/2)\n";
        QVERIFY(sandbox.pushFromClone(u"other"_s, u"README.md"_s, theirs));
        QVERIFY(sandbox.work({u"fetch"_s, u"-q"_s}).ok());
        RepoStatus status;
        auto get = [&status](const QString &dir, const QString &rev, const QString &path) {
            auto result = std::make_shared<std::optional<FileAtRevision>>();
            status.fileAt(dir, rev, path, [result](const FileAtRevision &f) { *result = f; });
            (void)QTest::qWaitFor([result] { return result->has_value(); }, waitMs);
            return *result;
        };
        auto f = get(sandbox.workPath(), u"origin/main"_s, u"README.md"_s);
        QVERIFY(f);
        QCOMPARE(f->status, FileAtRevision::Status::Ok);
        QCOMPARE(f->data, theirs);
        // The path is from the top level, whatever folder the question comes from.
        QVERIFY(QDir().mkpath(sandbox.workPath() + u"/sub"_s));
        f = get(sandbox.workPath() + u"/sub"_s, u"main"_s, u"README.md"_s);
        QVERIFY(f);
        QCOMPARE(f->status, FileAtRevision::Status::Ok);
        QCOMPARE(f->data, GitSandbox::defaultReadme());
        f = get(sandbox.workPath(), u"main"_s, u"NOPE.md"_s);
        QVERIFY(f);
        QCOMPARE(f->status, FileAtRevision::Status::Missing);
        f = get(sandbox.workPath(), u"--output=/tmp/x"_s, u"README.md"_s);
        QVERIFY(f);
        QCOMPARE(f->status, FileAtRevision::Status::Failed);
        QVERIFY(f->git.commandLine.isEmpty()); // refused before git ran
    }

    void ancestry()
    {
        GitSandbox sandbox;
        QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.commitFile(sandbox.workPath(), u"mine.txt"_s, "m\n", u"Mine"_s));
        RepoStatus status;
        auto check = [&status, &sandbox](const QString &a, const QString &b) {
            auto result = std::make_shared<std::optional<Ancestry>>();
            status.isAncestor(sandbox.workPath(), a, b,
                              [result](const Ancestry &x) { *result = x; });
            (void)QTest::qWaitFor([result] { return result->has_value(); }, waitMs);
            return result->value_or(Ancestry{});
        };
        QCOMPARE(check(u"origin/main"_s, u"main"_s).status, Ancestry::Status::Ancestor);
        QCOMPARE(check(u"main"_s, u"origin/main"_s).status, Ancestry::Status::NotAncestor);
        QCOMPARE(check(u"main"_s, u"main"_s).status, Ancestry::Status::Ancestor);
        const Ancestry bad = check(u"no-such-ref"_s, u"main"_s);
        QCOMPARE(bad.status, Ancestry::Status::Failed);
        QVERIFY(!bad.message.isEmpty());
        QCOMPARE(check(u"-x"_s, u"main"_s).status, Ancestry::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestGitRunner)
#include "tst_gitrunner.moc"
