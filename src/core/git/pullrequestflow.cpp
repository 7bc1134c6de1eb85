#include "pullrequestflow.h"

#include "background.h"
#include "gitrunner.h"
#include "logging.h"
#include "repostatus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// Checks that need no network answer in milliseconds; this only stops a git that hangs.
constexpr int localTimeoutMs = 30000;
constexpr int maxBranchLength = 60;

// A remote or branch name that git could take as an option, or that no ref can have
// (git check-ref-format's rules, as far as they matter before a name reaches git).
bool validRefName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'-') || name.startsWith(u'.') || name.endsWith(u'.')
        || name.endsWith(u'/') || name.endsWith(u".lock"_s) || name.contains(u".."_s)
        || name.contains(u"@{"_s) || name.contains(u"//"_s) || name == u"@"_s)
        return false;
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace()
            || QStringView(u"~^:?*[\\").contains(c);
    });
}

bool validReadmePath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(u'-')
        || path.contains(u'\n') || path.contains(u'\0'))
        return false;
    const QString clean = QDir::cleanPath(path);
    return clean != u".."_s && !clean.startsWith(u"../"_s) && clean != u"."_s;
}

QString shortSha(const QString &sha)
{
    return sha.left(10);
}

PullRequestResult withStatus(PullRequestResult::Status status)
{
    PullRequestResult result;
    result.status = status;
    return result;
}

} // namespace

PullRequestFlow::PullRequestFlow(QObject *parent)
    : QObject(parent)
    , m_status(new RepoStatus(this))
    , m_runner(m_status->runner())
    , m_commandTimeoutMs(GitRunner::DefaultTimeoutMs)
{
    // Every command reaches the log; the runner's command lines hold remote names, not URLs.
    connect(m_runner, &GitRunner::commandStarted, this,
            [this](const QString &line) { emit progress(u"$ "_s + line); });
}

PullRequestFlow::~PullRequestFlow()
{
    if (m_worktreeAdded) {
        // No event loop is left to remove it through git: the folder goes with m_tempDir, and
        // git forgets the worktree at its next `git worktree prune` (gc runs one).
        qCWarning(lcGit) << "destroyed while publishing; the temporary worktree" << m_worktree
                         << "is left for git worktree prune";
    }
}

QString PullRequestFlow::sanitizeBranchStem(const QString &stem, int maxLength)
{
    QString out;
    bool pendingDash = false;
    // Decomposed, "é" is "e" plus a combining accent, and the accent is dropped.
    const QString decomposed = stem.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            if (pendingDash && !out.isEmpty())
                out += u'-';
            pendingDash = false;
            out += lower;
        } else {
            pendingDash = true;
        }
    }
    out.truncate(maxLength);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

void PullRequestFlow::run(const QStringList &args, const QString &dir, int timeoutMs,
                          std::function<void(const GitResult &)> done, const QByteArray &stdIn)
{
    GitOptions options;
    options.workingDirectory = dir;
    options.timeoutMs = timeoutMs;
    options.stdIn = stdIn;
    m_runner->run(args, options, std::move(done));
}

// --- prepare ---------------------------------------------------------------------------------

void PullRequestFlow::prepare(const PullRequestInput &input)
{
    if (isBusy()) {
        qCWarning(lcGit) << "prepare() while the flow is busy; ignored";
        return;
    }
    m_state = State::Preparing;
    m_input = input;
    m_input.readmePath = QDir::cleanPath(input.readmePath);
    m_topLevel.clear();
    m_baseCommit.clear();
    m_baseReadme.clear();
    m_baseHasReadme = false;
    m_branch.clear();
    m_branchCreated = false;
    m_worktreeAdded = false;
    m_commit.clear();
    m_canceled = false;
    m_cleaningUp = false;
    // From the event loop: a refusal is never emitted before prepare() returns.
    QMetaObject::invokeMethod(this, &PullRequestFlow::startPrepare, Qt::QueuedConnection);
}

void PullRequestFlow::startPrepare()
{
    if (m_canceled) {
        end(withStatus(Status::Canceled));
        return;
    }
    // Checked before anything runs: these names become git arguments.
    if (!validRefName(m_input.remote)) {
        refuse(Status::RefusedInvalidRemote,
               tr("“%1” cannot be the name of a remote. Choose one of the repository's remotes, "
                  "for example “origin”.")
                   .arg(m_input.remote));
        return;
    }
    if (!validRefName(m_input.baseBranch)) {
        refuse(Status::RefusedInvalidInput,
               tr("“%1” cannot be the name of a branch. Choose the branch the pull request "
                  "should go into, for example “main”.")
                   .arg(m_input.baseBranch));
        return;
    }
    if (!validReadmePath(m_input.readmePath)) {
        refuse(Status::RefusedInvalidInput,
               tr("“%1” is not a file path inside the repository. Give the README's path "
                  "relative to the repository's top folder, for example “README.md”.")
                   .arg(m_input.readmePath));
        return;
    }
    emit progress(tr("Checking the repository…"));
    m_status->query(m_input.repositoryPath, m_input.readmePath, m_input.remote,
                    [this](const RepoState &state) { checkState(state); });
}

void PullRequestFlow::checkState(const RepoState &s)
{
    if (m_canceled) {
        end(withStatus(Status::Canceled));
        return;
    }
    if (!checkRepository(s))
        return;
    m_topLevel = s.topLevel;
    if (!checkCheckout(s) || !checkRemote(s) || !checkReadme(s))
        return;
    emit progress(tr("Branch %1 stays checked out; the new branch is made in a temporary "
                     "worktree.")
                      .arg(s.branch));
    fetch();
}

bool PullRequestFlow::checkRepository(const RepoState &s)
{
    if (!s.gitInstalled) {
        refuse(Status::RefusedGitMissing, s.error);
        return false;
    }
    const QString where = QDir::toNativeSeparators(m_input.repositoryPath);
    if (!s.isRepository) {
        if (QFileInfo(m_input.repositoryPath).isDir()) {
            refuse(Status::RefusedNotRepository,
                   tr("%1 is not in a git repository, so there is nowhere to publish from. "
                      "Clone the list's repository and export the list into the clone.")
                       .arg(where));
        } else {
            refuse(Status::RefusedNotRepository, s.error);
        }
        return false;
    }
    if (!s.error.isEmpty()) {
        fail(s.error);
        return false;
    }
    return true;
}

bool PullRequestFlow::checkCheckout(const RepoState &s)
{
    const QString top = QDir::toNativeSeparators(s.topLevel);
    if (s.mergeInProgress) {
        refuse(Status::RefusedMergeInProgress,
               tr("A merge is in progress in %1. Finish it (resolve the conflicts and commit) or "
                  "abort it (git merge --abort) first.")
                   .arg(top));
        return false;
    }
    if (s.rebaseInProgress) {
        refuse(Status::RefusedRebaseInProgress,
               tr("A rebase is in progress in %1. Finish it (git rebase --continue) or abort it "
                  "(git rebase --abort) first.")
                   .arg(top));
        return false;
    }
    if (s.cherryPickInProgress) {
        refuse(Status::RefusedCherryPickInProgress,
               tr("A cherry-pick is in progress in %1. Finish it (git cherry-pick --continue) or "
                  "abort it (git cherry-pick --abort) first.")
                   .arg(top));
        return false;
    }
    if (s.detached) {
        refuse(Status::RefusedDetachedHead,
               tr("No branch is checked out in %1 (HEAD is detached). Check out a branch first, "
                  "for example: git switch %2")
                   .arg(top, m_input.baseBranch));
        return false;
    }
    return true;
}

bool PullRequestFlow::checkRemote(const RepoState &s)
{
    if (s.remotes.contains(m_input.remote))
        return true;
    refuse(Status::RefusedUnknownRemote,
           s.remotes.isEmpty()
               ? tr("The repository has no remote named “%1”, nor any other. Add the "
                    "repository on GitHub as a remote first: git remote add %1 <address>")
                     .arg(m_input.remote)
               : tr("The repository has no remote named “%1”. Choose one of its remotes: %2.")
                     .arg(m_input.remote, s.remotes.join(u", "_s)));
    return false;
}

bool PullRequestFlow::checkReadme(const RepoState &s)
{
    if (!s.readmeDirty)
        return true;
    QFile file(QDir(m_topLevel).filePath(m_input.readmePath));
    const bool ours = m_input.expectedWorkingReadme && file.open(QIODevice::ReadOnly)
        && file.readAll() == *m_input.expectedWorkingReadme;
    if (!ours) {
        refuse(Status::RefusedReadmeModified,
               tr("%1 has uncommitted changes that Awesome Curator did not make. Commit or "
                  "stash them first (git stash), so that none of your work is overwritten or "
                  "left out of the pull request.")
                   .arg(m_input.readmePath));
        return false;
    }
    emit progress(tr("%1 has uncommitted changes: the app's own last export. They stay as "
                     "they are.")
                      .arg(m_input.readmePath));
    return true;
}

void PullRequestFlow::fetch()
{
    emit progress(tr("Fetching %1…").arg(m_input.remote));
    // --prune: a branch deleted on the remote (its pull request merged or closed) must not be
    // taken for one that still carries a change (findBranchesWithReadme).
    run({u"fetch"_s, u"--prune"_s, u"--"_s, m_input.remote}, m_topLevel, m_commandTimeoutMs,
        [this](const GitResult &r) {
            if (stopped(r))
                return;
            if (!r.ok()) {
                refuse(Status::RefusedRemoteUnreachable,
                       tr("Could not fetch from %1. Check the network connection, the remote's "
                          "address (git remote -v) and your access to it.\n%2")
                           .arg(m_input.remote, r.message));
                return;
            }
            resolveBase();
        });
}

void PullRequestFlow::resolveBase()
{
    const QString ref = u"refs/remotes/"_s + m_input.remote + u'/' + m_input.baseBranch;
    run({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, ref + u"^{commit}"_s}, m_topLevel,
        localTimeoutMs, [this](const GitResult &r) {
            if (stopped(r))
                return;
            if (r.status == GitResult::Status::Failed && r.exitCode == 1) {
                refuse(Status::RefusedBaseMissing,
                       tr("%1 has no branch “%2”. Choose the branch the pull request should go "
                          "into.")
                           .arg(m_input.remote, m_input.baseBranch));
                return;
            }
            if (!r.ok()) {
                fail(r.message);
                return;
            }
            m_baseCommit = QString::fromLatin1(r.stdOut.trimmed());
            checkLocalBase();
        });
}

void PullRequestFlow::checkLocalBase()
{
    run({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s,
         u"refs/heads/"_s + m_input.baseBranch + u"^{commit}"_s},
        m_topLevel, localTimeoutMs, [this](const GitResult &r) {
            if (stopped(r))
                return;
            // No local branch of that name: nothing of the user's can be left behind.
            if (r.status == GitResult::Status::Failed && r.exitCode == 1) {
                readBaseReadme();
                return;
            }
            if (!r.ok()) {
                fail(r.message);
                return;
            }
            const QString local = QString::fromLatin1(r.stdOut.trimmed());
            m_status->isAncestor(m_topLevel, local, m_baseCommit, [this](const Ancestry &a) {
                if (stopped(a.git))
                    return;
                if (a.status == Ancestry::Status::NotAncestor) {
                    refuse(Status::RefusedBaseNotFastForward,
                           tr("Your local %1 has commits that %2/%1 does not have. Push them "
                              "(git push %2 %1) or merge them first, so that the pull request "
                              "does not undo or miss them.")
                               .arg(m_input.baseBranch, m_input.remote));
                    return;
                }
                if (a.status == Ancestry::Status::Failed) {
                    fail(a.message);
                    return;
                }
                readBaseReadme();
            });
        });
}

void PullRequestFlow::readBaseReadme()
{
    m_status->fileAt(m_topLevel, m_baseCommit, m_input.readmePath, [this](const FileAtRevision &f) {
        if (stopped(f.git))
            return;
        if (f.status == FileAtRevision::Status::Failed) {
            fail(f.message);
            return;
        }
        m_baseHasReadme = f.status == FileAtRevision::Status::Ok;
        m_baseReadme = f.data;
        m_state = State::Prepared;
        emit progress(
            tr("%1/%2 is at %3.").arg(m_input.remote, m_input.baseBranch, shortSha(m_baseCommit)));
        emit prepared(m_baseReadme, m_baseHasReadme);
    });
}

// --- a change published before ----------------------------------------------------------------

void PullRequestFlow::findBranchesWithReadme(const QByteArray &readme,
                                             std::function<void(const QStringList &)> done)
{
    if (m_state != State::Prepared)
        return;
    // The blob git would make of this README here (--path: with the repository's filters, as
    // `git add` in publish() applies them), compared with each remote branch's README blob.
    run(
        {u"hash-object"_s, u"--stdin"_s, u"--path"_s, m_input.readmePath}, m_topLevel,
        localTimeoutMs,
        [this, done = std::move(done)](const GitResult &hash) {
            if (m_state != State::Prepared)
                return;
            if (!hash.ok()) {
                emit progress(hash.message);
                done({});
                return;
            }
            const QByteArray blob = hash.stdOut.trimmed();
            const QString prefix = u"refs/remotes/"_s + m_input.remote + u'/';
            run({u"for-each-ref"_s, u"--format=%(refname)"_s, prefix}, m_topLevel, localTimeoutMs,
                [this, done, blob, prefix](const GitResult &refs) {
                    if (m_state != State::Prepared)
                        return;
                    QStringList branches;
                    QByteArray queries;
                    for (const QByteArray &line : refs.stdOut.split('\n')) {
                        const QString ref = QString::fromUtf8(line.trimmed());
                        const QString name = ref.mid(prefix.size());
                        if (!ref.startsWith(prefix) || name == u"HEAD"_s
                            || name == m_input.baseBranch)
                            continue;
                        branches << name;
                        queries += (ref + u':' + m_input.readmePath).toUtf8() + '\n';
                    }
                    if (!refs.ok() || branches.isEmpty()) {
                        if (!refs.ok())
                            emit progress(refs.message);
                        done({});
                        return;
                    }
                    run(
                        {u"cat-file"_s, u"--batch-check=%(objectname)"_s}, m_topLevel,
                        localTimeoutMs,
                        [this, done, blob, branches](const GitResult &blobs) {
                            if (m_state != State::Prepared)
                                return;
                            if (!blobs.ok()) {
                                emit progress(blobs.message);
                                done({});
                                return;
                            }
                            // One answer line per query, in order ("… missing" for none).
                            const QList<QByteArray> lines = blobs.stdOut.split('\n');
                            QStringList same;
                            for (qsizetype i = 0; i < branches.size() && i < lines.size(); ++i) {
                                if (lines[i].trimmed() == blob)
                                    same << branches[i];
                            }
                            done(same);
                        },
                        queries);
                });
        },
        readme);
}

// --- publish ---------------------------------------------------------------------------------

void PullRequestFlow::publish(const QByteArray &readme, const QString &commitMessage,
                              const QString &branchStem)
{
    if (m_state != State::Prepared) {
        qCWarning(lcGit) << "publish() without a successful prepare(); refused";
        if (isBusy())
            return;
        m_state = State::Publishing;
        QMetaObject::invokeMethod(
            this,
            [this] {
                refuse(Status::RefusedInvalidInput,
                       tr("Nothing was prepared to publish. Check the repository again."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_state = State::Publishing;
    m_readme = readme;
    m_commitMessage = commitMessage;
    QMetaObject::invokeMethod(
        this, [this, branchStem] { startPublish(branchStem); }, Qt::QueuedConnection);
}

void PullRequestFlow::startPublish(const QString &branchStem)
{
    if (m_canceled) {
        end(withStatus(Status::Canceled));
        return;
    }
    if (m_commitMessage.trimmed().isEmpty()) {
        refuse(Status::RefusedInvalidInput,
               tr("The commit message is empty. Write one that says what the change adds."));
        return;
    }
    if (m_baseHasReadme && m_readme == m_baseReadme) {
        refuse(Status::RefusedNothingToPublish,
               tr("Nothing to publish: the README on %1/%2 is already this one.")
                   .arg(m_input.remote, m_input.baseBranch));
        return;
    }
    chooseBranch(branchStem);
}

void PullRequestFlow::chooseBranch(const QString &stem)
{
    QString name = sanitizeBranchStem(stem, maxBranchLength);
    if (name.isEmpty())
        name = u"update-readme"_s;
    const QString remotePrefix = u"refs/remotes/"_s + m_input.remote + u'/';
    run({u"for-each-ref"_s, u"--format=%(refname)"_s, u"refs/heads/"_s, remotePrefix}, m_topLevel,
        localTimeoutMs, [this, name, remotePrefix](const GitResult &r) {
            if (stopped(r))
                return;
            if (!r.ok()) {
                fail(r.message);
                return;
            }
            QSet<QString> taken;
            for (const QByteArray &line : r.stdOut.split('\n')) {
                const QString ref = QString::fromUtf8(line.trimmed());
                if (ref.startsWith(u"refs/heads/"_s))
                    taken.insert(ref.mid(11));
                else if (ref.startsWith(remotePrefix))
                    taken.insert(ref.mid(remotePrefix.size()));
            }
            // "a/b" existing blocks "a" as well: a ref cannot be both a file and a folder.
            auto isTaken = [&taken](const QString &candidate) {
                if (taken.contains(candidate))
                    return true;
                const QString folder = candidate + u'/';
                return std::any_of(taken.begin(), taken.end(),
                                   [&folder](const QString &t) { return t.startsWith(folder); });
            };
            QString candidate = name;
            for (int n = 2; isTaken(candidate) && n < 1000; ++n) {
                const QString suffix = u'-' + QString::number(n);
                QString stemPart = name.left(maxBranchLength - suffix.size());
                while (stemPart.endsWith(u'-'))
                    stemPart.chop(1);
                candidate = stemPart + suffix;
            }
            run({u"check-ref-format"_s, u"--branch"_s, candidate}, m_topLevel, localTimeoutMs,
                [this, candidate](const GitResult &format) {
                    if (stopped(format))
                        return;
                    if (!format.ok()) {
                        refuse(
                            Status::RefusedInvalidInput,
                            tr("“%1” cannot be a branch name. Choose another one.").arg(candidate));
                        return;
                    }
                    m_branch = candidate;
                    addWorktree();
                });
        });
}

void PullRequestFlow::addWorktree()
{
    m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/curator-publish-XXXXXX"_s);
    if (!m_tempDir->isValid()) {
        fail(tr("Could not make a temporary folder: %1").arg(m_tempDir->errorString()));
        return;
    }
    // git names the worktree after the folder, so `git worktree list` shows what it is for.
    m_worktree = m_tempDir->path() + u'/' + m_branch;
    emit progress(tr("Making branch %1 from %2/%3 (%4) in a temporary worktree…")
                      .arg(m_branch, m_input.remote, m_input.baseBranch, shortSha(m_baseCommit)));
    run({u"worktree"_s, u"add"_s, u"--no-track"_s, u"-b"_s, m_branch, m_worktree, m_baseCommit},
        m_topLevel, m_commandTimeoutMs, [this](const GitResult &r) {
            // Even a failed or killed `worktree add -b` may have made the branch; the name was
            // free a moment ago, so a branch of that name is this flow's own.
            m_branchCreated = true;
            if (stopped(r))
                return;
            if (!r.ok()) {
                fail(tr("Could not make the temporary worktree.\n%1").arg(r.message));
                return;
            }
            m_worktreeAdded = true;
            writeAndStage();
        });
}

void PullRequestFlow::writeAndStage()
{
    const QString path = QDir(m_worktree).filePath(m_input.readmePath);
    const QByteArray readme = m_readme;
    // Off the GUI thread: at 100,000 entries the README is 20 MB, and QSaveFile syncs it to disk.
    runInBackground(
        this,
        [path, readme] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(readme) != readme.size()
                || !file.commit())
                return file.errorString();
            return QString();
        },
        [this, path](const QString &error) {
            if (m_canceled) { // while the file was written: nothing else waits for it
                end(withStatus(Status::Canceled));
                return;
            }
            if (!error.isEmpty()) {
                fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
                return;
            }
            stage();
        });
}

void PullRequestFlow::stage()
{
    emit progress(tr("Committing the new %1…").arg(m_input.readmePath));
    run({u"add"_s, u"--"_s, m_input.readmePath}, m_worktree, m_commandTimeoutMs,
        [this](const GitResult &added) {
            if (stopped(added))
                return;
            if (!added.ok()) {
                fail(added.message);
                return;
            }
            // Exit 0: nothing staged, e.g. the bytes differ only in line endings git normalises.
            run({u"diff"_s, u"--cached"_s, u"--quiet"_s}, m_worktree, localTimeoutMs,
                [this](const GitResult &diff) {
                    if (stopped(diff))
                        return;
                    if (diff.ok()) {
                        refuse(Status::RefusedNothingToPublish,
                               tr("Nothing to publish: the README on %1/%2 is already this one.")
                                   .arg(m_input.remote, m_input.baseBranch));
                    } else if (diff.exitCode != 1) {
                        fail(diff.message);
                    } else {
                        commit();
                    }
                });
        });
}

void PullRequestFlow::commit()
{
    // The message on stdin: never an argument, never a file to clean up. Hooks run as git runs
    // them (no --no-verify).
    run(
        {u"commit"_s, u"-F"_s, u"-"_s}, m_worktree, m_commandTimeoutMs,
        [this](const GitResult &r) {
            if (stopped(r))
                return;
            if (!r.ok()) {
                const bool identity = r.stdErr.contains("tell me who you are")
                    || r.stdErr.contains("unable to auto-detect email")
                    || r.stdErr.contains("empty ident name");
                const QString hint = identity
                    ? tr("Tell git who you are, in a terminal: git config --global user.name "
                         "\"Your Name\" and git config --global user.email you@example.com. "
                         "Then publish again.")
                    : tr("If a pre-commit or commit-msg hook stopped the commit, its message is "
                         "above: fix what it asks for and publish again.");
                fail(tr("git could not commit.\n%1\n%2").arg(r.message, hint));
                return;
            }
            verifyCommit();
        },
        m_commitMessage.toUtf8());
}

void PullRequestFlow::verifyCommit()
{
    // A hook may have staged more, or a strange configuration made another parent: what is pushed
    // must be exactly one commit on the base that changes only the README.
    run({u"rev-list"_s, u"--parents"_s, u"-n"_s, u"1"_s, u"HEAD"_s}, m_worktree, localTimeoutMs,
        [this](const GitResult &r) {
            if (stopped(r))
                return;
            const QStringList ids = QString::fromLatin1(r.stdOut.trimmed()).split(u' ');
            if (!r.ok() || ids.size() != 2 || ids[1] != m_baseCommit) {
                fail(r.ok() ? tr("The new commit is not a single commit on %1/%2; nothing was "
                                 "pushed.")
                                  .arg(m_input.remote, m_input.baseBranch)
                            : r.message);
                return;
            }
            m_commit = ids[0];
            run({u"diff-tree"_s, u"--no-commit-id"_s, u"--name-only"_s, u"-r"_s, u"-z"_s,
                 u"HEAD"_s},
                m_worktree, localTimeoutMs, [this](const GitResult &tree) {
                    if (stopped(tree))
                        return;
                    if (!tree.ok()) {
                        fail(tree.message);
                        return;
                    }
                    QStringList files;
                    for (const QByteArray &name : tree.stdOut.split('\0')) {
                        if (!name.isEmpty())
                            files << QFile::decodeName(name);
                    }
                    if (files != QStringList{m_input.readmePath}) {
                        fail(tr("The commit changes more than %1 (%2); a hook may have added "
                                "files. Nothing was pushed.")
                                 .arg(m_input.readmePath, files.join(u", "_s)));
                        return;
                    }
                    push();
                });
        });
}

void PullRequestFlow::push()
{
    emit progress(tr("Pushing %1 to %2…").arg(m_branch, m_input.remote));
    const QString refspec = u"refs/heads/"_s + m_branch + u":refs/heads/"_s + m_branch;
    // Never --force: the branch is new, and anything in its way is somebody else's.
    run({u"push"_s, u"--set-upstream"_s, u"--"_s, m_input.remote, refspec}, m_worktree,
        m_commandTimeoutMs, [this](const GitResult &r) {
            if (stopped(r))
                return;
            if (!r.ok()) {
                fail(tr("%1 did not take the branch %2; nothing was published.\n%3")
                         .arg(m_input.remote, m_branch, r.message));
                return;
            }
            PullRequestResult result;
            result.status = Status::Published;
            result.commit = m_commit;
            result.message = tr("Published the branch %1 on %2. A pull request from it into %3 "
                                "can be opened now.")
                                 .arg(m_branch, m_input.remote, m_input.baseBranch);
            end(result);
        });
}

// --- the end ---------------------------------------------------------------------------------

bool PullRequestFlow::stopped(const GitResult &r)
{
    if (!m_canceled && r.status != GitResult::Status::Canceled)
        return false;
    end(withStatus(Status::Canceled));
    return true;
}

void PullRequestFlow::refuse(Status status, const QString &message)
{
    PullRequestResult result;
    result.status = status;
    result.message = message;
    end(result);
}

void PullRequestFlow::fail(const QString &message)
{
    refuse(Status::Failed, message);
}

void PullRequestFlow::cancel()
{
    if (m_state == State::Prepared) {
        // Reported from the event loop, like every end: a caller that cancels inside its
        // prepared() slot finishes its own work before finished() arrives.
        m_state = State::Ending;
        m_canceled = true;
        QMetaObject::invokeMethod(
            this, [this] { end(withStatus(Status::Canceled)); }, Qt::QueuedConnection);
        return;
    }
    if (!isBusy() || m_cleaningUp || m_canceled)
        return;
    m_canceled = true;
    m_runner->cancelAll();
}

void PullRequestFlow::end(PullRequestResult result)
{
    if (result.status == Status::Canceled && result.message.isEmpty())
        result.message = tr("Publishing was canceled.");
    m_cleaningUp = true;
    removeWorktree(result);
}

void PullRequestFlow::removeWorktree(PullRequestResult result)
{
    if (!m_worktreeAdded) {
        m_tempDir.reset();
        removeBranch(result);
        return;
    }
    emit progress(tr("Removing the temporary worktree…"));
    // --force: the worktree is the flow's own, and after a failure it may hold the new README
    // uncommitted.
    run({u"worktree"_s, u"remove"_s, u"--force"_s, m_worktree}, m_topLevel, localTimeoutMs,
        [this, result](const GitResult &r) {
            m_worktreeAdded = false;
            m_tempDir.reset();
            if (r.ok()) {
                removeBranch(result);
                return;
            }
            // The folder is gone now; prune makes git forget it.
            qCWarning(lcGit).noquote() << "worktree remove failed:" << r.message;
            run({u"worktree"_s, u"prune"_s}, m_topLevel, localTimeoutMs,
                [this, result](const GitResult &) { removeBranch(result); });
        });
}

void PullRequestFlow::removeBranch(PullRequestResult result)
{
    if (result.status == Status::Published || !m_branchCreated) {
        finish(result);
        return;
    }
    emit progress(tr("Deleting the unpublished branch %1…").arg(m_branch));
    m_branchCreated = false;
    run({u"branch"_s, u"-D"_s, m_branch}, m_topLevel, localTimeoutMs,
        [this, result](const GitResult &r) mutable {
            // "not found" is fine: `worktree add` failed before it made the branch.
            if (!r.ok() && !r.stdErr.contains("not found")) {
                result.message += u'\n'
                    + tr("The unpublished branch %1 is left behind; delete it with: git branch -D "
                         "%1\n%2")
                          .arg(m_branch, r.message);
            }
            finish(result);
        });
}

void PullRequestFlow::finish(PullRequestResult result)
{
    m_state = State::Idle;
    m_cleaningUp = false;
    // A branch that was not published has been deleted again.
    result.branch = result.status == Status::Published ? m_branch : QString();
    result.remote = m_input.remote;
    result.base = m_input.baseBranch;
    result.baseCommit = m_baseCommit;
    if (result.status != Status::Published)
        result.commit.clear();
    qCInfo(lcGit).noquote() << "pull request flow finished:" << int(result.status)
                            << result.message;
    emit progress(result.message);
    emit finished(result);
}

} // namespace Curator
