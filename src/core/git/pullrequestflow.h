#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace Curator {

class GitRunner;
class RepoStatus;
struct GitResult;
struct RepoState;

struct PullRequestInput
{
    QString repositoryPath; // any folder inside the work tree
    QString readmePath; // relative to the top level, e.g. "README.md"
    QString remote; // e.g. "origin"
    QString baseBranch; // e.g. "main", on the remote
    // What the app itself last wrote to the README. A working README with uncommitted changes is
    // accepted only if it is exactly this: then the changes are the app's own, not the user's.
    std::optional<QByteArray> expectedWorkingReadme;
};

struct PullRequestResult
{
    enum class Status {
        Published,
        RefusedGitMissing,
        RefusedNotRepository,
        RefusedMergeInProgress,
        RefusedRebaseInProgress,
        RefusedCherryPickInProgress,
        RefusedDetachedHead,
        RefusedInvalidRemote, // a name git could read as an option, or otherwise malformed
        RefusedUnknownRemote,
        RefusedInvalidInput, // README path, base branch or commit message unusable
        RefusedReadmeModified, // uncommitted changes the app did not make
        RefusedRemoteUnreachable,
        RefusedBaseMissing, // the remote has no such branch
        RefusedBaseNotFastForward, // the local base has commits the remote's does not
        RefusedNothingToPublish,
        Failed,
        Canceled,
    };
    Status status = Status::Failed;
    QString branch; // the published branch (empty otherwise: an unpublished one is deleted)
    QString commit; // its commit
    QString remote;
    QString base; // the base branch's name
    QString baseCommit; // what the branch was made from
    QString message; // for the user

    bool isRefusal() const
    {
        return status != Status::Published && status != Status::Failed
            && status != Status::Canceled;
    }
};

// Publishes a new README on a new branch of a remote, for a pull request, without touching the
// user's working tree, index or current branch: the commit is made in a temporary worktree
// checked out from the remote's base branch.
//
// Two phases, so the caller can merge what changed upstream into its own data in between:
// prepare() checks everything that can be checked, fetches, and emits prepared() with the README
// as the remote's base branch has it; publish() commits the new README on a fresh branch and
// pushes it. Every refusal and failure ends in finished(), as does publish().
class PullRequestFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullRequestFlow)

public:
    explicit PullRequestFlow(QObject *parent = nullptr);
    ~PullRequestFlow() override;

    // The time limit of each git command that may take long: fetch, push, commit (hooks run).
    void setCommandTimeout(int ms) { m_commandTimeoutMs = ms; }

    void prepare(const PullRequestInput &input);
    void publish(const QByteArray &readme, const QString &commitMessage, const QString &branchStem);
    // After prepared(): the remote's branches (other than the base) whose README is exactly
    // `readme`, as git would store it: a pull request made before that carries the same change.
    // `done` gets their names (none when git could not tell; the log says why); it is not called
    // once the flow was canceled or has ended.
    void findBranchesWithReadme(const QByteArray &readme,
                                std::function<void(const QStringList &branches)> done);
    // Stops the running git command; a worktree or branch already made is still cleaned up
    // before finished() reports Canceled. After prepared(), it ends the flow. finished() always
    // comes from the event loop, never from inside prepare(), publish() or cancel().
    void cancel();

    bool isBusy() const { return m_state != State::Idle && m_state != State::Prepared; }
    QString baseCommit() const { return m_baseCommit; }

    // The branch-name stem made safe: lower case a-z, 0-9 and single dashes, at most `maxLength`.
    static QString sanitizeBranchStem(const QString &stem, int maxLength = 60);

signals:
    // The README at <remote>/<base> (empty and `existsAtBase` false if the branch has none).
    void prepared(const QByteArray &baseReadme, bool existsAtBase);
    // One line per step and per git command, for the pane's log. Remote names, never URLs.
    void progress(const QString &step);
    void finished(const Curator::PullRequestResult &result);

private:
    enum class State { Idle, Preparing, Prepared, Publishing, Ending };
    using Status = PullRequestResult::Status;

    void startPrepare();
    void checkState(const RepoState &state);
    // The steps of checkState: each refuses (or fails) the flow and returns false when the
    // repository is in no state to publish from.
    bool checkRepository(const RepoState &s);
    bool checkCheckout(const RepoState &s);
    bool checkRemote(const RepoState &s);
    bool checkReadme(const RepoState &s);
    void fetch();
    void resolveBase();
    void checkLocalBase();
    void readBaseReadme();
    void startPublish(const QString &branchStem);
    void chooseBranch(const QString &stem);
    void addWorktree();
    void writeAndStage();
    void stage();
    void commit();
    void verifyCommit();
    void push();
    void end(PullRequestResult result); // cleans up what was made, then finishes
    void removeWorktree(PullRequestResult result);
    void removeBranch(PullRequestResult result);
    void finish(PullRequestResult result);
    void refuse(Status status, const QString &message);
    void fail(const QString &message);
    bool stopped(const GitResult &r); // canceled: cleaned up and reported
    void run(const QStringList &args, const QString &dir, int timeoutMs,
             std::function<void(const GitResult &)> done, const QByteArray &stdIn = {});

    RepoStatus *m_status;
    GitRunner *m_runner;
    int m_commandTimeoutMs;
    State m_state = State::Idle;
    PullRequestInput m_input;
    QString m_topLevel;
    QString m_baseCommit;
    QByteArray m_baseReadme;
    bool m_baseHasReadme = false;
    QByteArray m_readme;
    QString m_commitMessage;
    QString m_branch;
    bool m_branchCreated = false; // possibly: `worktree add -b` may fail after making it
    bool m_worktreeAdded = false;
    QString m_commit;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_worktree;
    bool m_canceled = false;
    bool m_cleaningUp = false;
};

} // namespace Curator
