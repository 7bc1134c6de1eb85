#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Curator::Test {

struct GitRun
{
    int exitCode = -1; // -1: did not start or did not finish
    QByteArray out;
    QByteArray err;

    bool ok() const { return exitCode == 0; }
    QString line() const { return QString::fromUtf8(out.trimmed()); }
};

// Temporary git repositories for tests: a bare repository "remote.git" standing in for GitHub,
// and a clone "work" (the user's) whose first commit holds README.md, pushed to main.
//
// git runs here synchronously, which only tests may do. The constructor points HOME and
// XDG_CONFIG_HOME of this process into the sandbox and sets GIT_CONFIG_NOSYSTEM=1, so neither the
// developer's nor the system's git configuration takes part; the repositories get user.name and
// user.email in their own configuration.
class GitSandbox final
{
    Q_DISABLE_COPY_MOVE(GitSandbox)

public:
    explicit GitSandbox(const QByteArray &readme = defaultReadme());

    static QByteArray defaultReadme();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // what failed while setting up
    QString root() const { return m_dir.path(); }
    QString remotePath() const { return m_dir.path() + QLatin1String("/remote.git"); }
    QString workPath() const { return m_dir.path() + QLatin1String("/work"); }

    // git <args> in `dir`, waited for (30 s at most).
    GitRun git(const QString &dir, const QStringList &args, const QByteArray &stdIn = {}) const;
    GitRun work(const QStringList &args) const { return git(workPath(), args); }
    GitRun remote(const QStringList &args) const;

    // Another clone beside "work" (a contributor), with an identity; its path, empty on failure.
    QString clone(const QString &name) const;
    // In the clone `name` (made on first use, else brought up to date with the remote): commits
    // the file and pushes it to `branch`, as a contributor would.
    bool pushFromClone(const QString &name, const QString &relPath, const QByteArray &content,
                       const QString &branch = QStringLiteral("main")) const;

    bool writeFile(const QString &dir, const QString &relPath, const QByteArray &content) const;
    QByteArray readFile(const QString &dir, const QString &relPath) const;
    // Writes, adds and commits one file in `dir`.
    bool commitFile(const QString &dir, const QString &relPath, const QByteArray &content,
                    const QString &message) const;

    // A pre-receive hook in the bare repository that declines every push, saying `message`.
    bool installRejectingHook(const QByteArray &message) const;

    // The bytes of `path` at `ref` in the bare repository; empty if missing.
    QByteArray remoteFile(const QString &ref, const QString &path) const;
    QStringList remoteBranches() const;
    QStringList localBranches(const QString &dir) const;
    QString currentBranch(const QString &dir) const; // empty when detached
    QString rev(const QString &dir, const QString &revision) const; // full sha, empty if none

    // Makes README.md conflict between the current branch and a new branch `side`, then starts
    // `git <command> side` (merge, rebase or cherry-pick), which stops with the conflict.
    bool startConflict(const QString &command) const;

private:
    bool setUp(const QByteArray &readme);
    bool check(const GitRun &run, const QString &what);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace Curator::Test
