#include "gitsandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Curator::Test {

namespace {

void isolateGit(const QString &home)
{
    QDir().mkpath(home);
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + u"/.config"_s));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    // A test run from inside a git hook (or `git rebase --exec`) would otherwise act on that
    // repository.
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CONFIG_GLOBAL"})
        qunsetenv(name);
}

} // namespace

GitSandbox::GitSandbox(const QByteArray &readme)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder: "_s + m_dir.errorString();
        return;
    }
    isolateGit(m_dir.path() + u"/home"_s);
    setUp(readme);
}

QByteArray GitSandbox::defaultReadme()
{
    return "# Awesome Test Papers\n"
           "\n"
           "## Papers\n"
           "\n"
           "- [First paper](https://example.org/1) (2021)\n";
}

bool GitSandbox::check(const GitRun &run, const QString &what)
{
    if (run.ok())
        return true;
    if (m_error.isEmpty())
        m_error = what + u": "_s + QString::fromUtf8(run.err.trimmed());
    return false;
}

bool GitSandbox::setUp(const QByteArray &readme)
{
    const QString work = workPath();
    return check(git(root(), {u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s, remotePath()}),
                 u"init --bare"_s)
        && check(git(root(), {u"clone"_s, u"-q"_s, remotePath(), work}), u"clone"_s)
        && check(git(work, {u"config"_s, u"user.name"_s, u"Test User"_s}), u"user.name"_s)
        && check(git(work, {u"config"_s, u"user.email"_s, u"test@example.org"_s}), u"user.email"_s)
        // An empty clone's HEAD follows init.defaultBranch, which is not set here.
        && check(git(work, {u"symbolic-ref"_s, u"HEAD"_s, u"refs/heads/main"_s}), u"HEAD"_s)
        && commitFile(work, u"README.md"_s, readme, u"Start the list"_s)
        && check(git(work, {u"push"_s, u"-q"_s, u"-u"_s, u"origin"_s, u"main"_s}), u"push"_s)
        // As a clone of a non-empty repository would have it.
        && check(git(work, {u"remote"_s, u"set-head"_s, u"origin"_s, u"main"_s}), u"set-head"_s);
}

GitRun GitSandbox::git(const QString &dir, const QStringList &args, const QByteArray &stdIn) const
{
    GitRun run;
    QProcess process;
    process.setProgram(u"git"_s);
    process.setArguments(args);
    process.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.write(stdIn);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        run.err = "timed out";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

GitRun GitSandbox::remote(const QStringList &args) const
{
    return git(root(), QStringList{u"--git-dir"_s, remotePath()} + args);
}

QString GitSandbox::clone(const QString &name) const
{
    const QString path = root() + u'/' + name;
    if (!git(root(), {u"clone"_s, u"-q"_s, remotePath(), path}).ok()
        || !git(path, {u"config"_s, u"user.name"_s, u"Contributor"_s}).ok()
        || !git(path, {u"config"_s, u"user.email"_s, u"contributor@example.org"_s}).ok())
        return {};
    return path;
}

bool GitSandbox::pushFromClone(const QString &name, const QString &relPath,
                               const QByteArray &content, const QString &branch) const
{
    QString path = root() + u'/' + name;
    if (QFileInfo::exists(path)) {
        if (!git(path, {u"pull"_s, u"-q"_s, u"--ff-only"_s}).ok())
            return false;
    } else {
        path = clone(name);
        if (path.isEmpty())
            return false;
    }
    return commitFile(path, relPath, content, u"Change "_s + relPath)
        && git(path, {u"push"_s, u"-q"_s, u"origin"_s, u"HEAD:refs/heads/"_s + branch}).ok();
}

bool GitSandbox::writeFile(const QString &dir, const QString &relPath,
                           const QByteArray &content) const
{
    const QString path = QDir(dir).filePath(relPath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.commit();
}

QByteArray GitSandbox::readFile(const QString &dir, const QString &relPath) const
{
    QFile file(QDir(dir).filePath(relPath));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool GitSandbox::commitFile(const QString &dir, const QString &relPath, const QByteArray &content,
                            const QString &message) const
{
    return writeFile(dir, relPath, content) && git(dir, {u"add"_s, u"--"_s, relPath}).ok()
        && git(dir, {u"commit"_s, u"-q"_s, u"-m"_s, message}).ok();
}

bool GitSandbox::installRejectingHook(const QByteArray &message) const
{
    const QString path = remotePath() + u"/hooks/pre-receive"_s;
    QFile hook(path);
    if (!hook.open(QIODevice::WriteOnly))
        return false;
    // A quoted here-document: the message is taken as it is, quotes and all.
    hook.write("#!/bin/sh\ncat >&2 <<'END_OF_MESSAGE'\n" + message + "\nEND_OF_MESSAGE\nexit 1\n");
    hook.close();
    return hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                               | QFile::ReadGroup | QFile::ExeGroup);
}

QByteArray GitSandbox::remoteFile(const QString &ref, const QString &path) const
{
    const GitRun run = remote({u"cat-file"_s, u"blob"_s, ref + u':' + path});
    return run.ok() ? run.out : QByteArray();
}

QStringList GitSandbox::remoteBranches() const
{
    const GitRun run
        = remote({u"for-each-ref"_s, u"--format=%(refname:short)"_s, u"refs/heads/"_s});
    return run.line().split(u'\n', Qt::SkipEmptyParts);
}

QStringList GitSandbox::localBranches(const QString &dir) const
{
    const GitRun run
        = git(dir, {u"for-each-ref"_s, u"--format=%(refname:short)"_s, u"refs/heads/"_s});
    return run.line().split(u'\n', Qt::SkipEmptyParts);
}

QString GitSandbox::currentBranch(const QString &dir) const
{
    const GitRun run = git(dir, {u"symbolic-ref"_s, u"-q"_s, u"--short"_s, u"HEAD"_s});
    return run.ok() ? run.line() : QString();
}

QString GitSandbox::rev(const QString &dir, const QString &revision) const
{
    const GitRun run = git(dir, {u"rev-parse"_s, u"--verify"_s, u"-q"_s, revision});
    return run.ok() ? run.line() : QString();
}

bool GitSandbox::startConflict(const QString &command) const
{
    const QString work = workPath();
    const QString branch = currentBranch(work);
    const bool ready = !branch.isEmpty() && git(work, {u"branch"_s, u"side"_s}).ok()
        && commitFile(work, u"README.md"_s, "# Ours\n", u"Ours"_s)
        && git(work, {u"checkout"_s, u"-q"_s, u"side"_s}).ok()
        && commitFile(work, u"README.md"_s, "# Theirs\n", u"Theirs"_s)
        && git(work, {u"checkout"_s, u"-q"_s, branch}).ok();
    if (!ready)
        return false;
    // The conflict makes git exit non-zero; what counts is that it stopped half-way.
    QStringList args{command};
    if (command == u"merge"_s)
        args << u"--no-edit"_s;
    git(work, args << u"side"_s);
    const QString gitDir = work + u"/.git/"_s;
    if (command == u"merge"_s)
        return QFileInfo::exists(gitDir + u"MERGE_HEAD"_s);
    if (command == u"rebase"_s)
        return QFileInfo::exists(gitDir + u"rebase-merge"_s);
    return QFileInfo::exists(gitDir + u"CHERRY_PICK_HEAD"_s);
}

} // namespace Curator::Test
