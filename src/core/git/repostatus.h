#pragma once

#include "gitrunner.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Curator {

// What the export pane needs to know about a repository before it writes or publishes anything.
struct RepoState
{
    bool gitInstalled = true;
    bool isRepository = false;
    QString topLevel; // absolute, as git reports it
    QString gitDir; // absolute; a linked worktree's own git dir
    QString branch; // empty when detached
    bool detached = false;
    QString headCommit; // empty before the first commit
    QString upstream; // "origin/main"; empty without one
    int ahead = 0;
    int behind = 0;
    bool mergeInProgress = false;
    bool rebaseInProgress = false; // also `git am`
    bool cherryPickInProgress = false;
    QStringList dirtyFiles; // relative to the top level: modified, staged, untracked, conflicted
    bool readmeDirty = false; // the queried README is among them (or in an untracked folder)
    QString defaultRemoteBranch; // "main", from refs/remotes/<remote>/HEAD; empty if unknown
    QStringList remotes; // in the order of the configuration
    QMap<QString, QString> remoteUrls; // may hold credentials: never log them
    QString error; // for the user, when the state could not be read
};

struct FileAtRevision
{
    enum class Status {
        Ok,
        Missing, // no such file at that revision (or no such revision)
        Failed, // see git.status / message
    };
    Status status = Status::Failed;
    QByteArray data;
    QString message;
    GitResult git;
};

struct Ancestry
{
    enum class Status {
        Ancestor, // `ancestor` is reachable from `descendant` (or the same commit)
        NotAncestor,
        Failed,
    };
    Status status = Status::Failed;
    QString message;
    GitResult git;
};

// Asynchronous read-only questions about a repository, each answered through a callback on this
// object's thread. Destroying the object kills what runs and calls nothing back.
class RepoStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepoStatus)

public:
    explicit RepoStatus(QObject *parent = nullptr);

    // The runner the questions use, to share it (and its cancelAll()) with a caller.
    GitRunner *runner() const { return m_runner; }

    // `path` is any folder inside the work tree. `readmePath` is relative to the top level (an
    // absolute path inside the repository is accepted too); `remote` names the remote whose
    // default branch is looked up.
    void query(const QString &path, const QString &readmePath, const QString &remote,
               std::function<void(const RepoState &)> done);

    // The bytes of `filePath` (relative to the top level) at `revision`, without filters or
    // text conversion: what the commit holds.
    void fileAt(const QString &path, const QString &revision, const QString &filePath,
                std::function<void(const FileAtRevision &)> done);

    // Whether `ancestor` is an ancestor of `descendant`, e.g. whether a branch fast-forwards.
    void isAncestor(const QString &path, const QString &ancestor, const QString &descendant,
                    std::function<void(const Ancestry &)> done);

    void cancel() { m_runner->cancelAll(); }

    // The parsed output of `git status --porcelain=v2 --branch -z` (fills branch, detached,
    // headCommit, upstream, ahead, behind, dirtyFiles, readmeDirty).
    static void parseStatus(const QByteArray &output, const QString &readmePath, RepoState &state);

private:
    // The rev-parse step of query(): false (with state.error) when there is no work tree.
    static bool readRepository(const GitResult &r, const QString &path, RepoState &state);
    void askAboutRepository(const std::shared_ptr<RepoState> &state, const QString &readmePath,
                            const QString &remote, std::function<void(const RepoState &)> done);

    GitRunner *m_runner;
};

} // namespace Curator
