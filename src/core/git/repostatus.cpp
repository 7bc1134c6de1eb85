#include "repostatus.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// Local queries answer in milliseconds; this only stops a git stuck on a dead network mount.
constexpr int localTimeoutMs = 30000;

// The rest of a porcelain record after `fields` space-separated fields: paths may hold spaces.
QByteArray afterFields(const QByteArray &record, int fields)
{
    qsizetype at = 0;
    for (int i = 0; i < fields; ++i) {
        at = record.indexOf(' ', at);
        if (at < 0)
            return {};
        ++at;
    }
    return record.mid(at);
}

// A revision or path that git could read as an option, or that would split a --batch line.
bool unsafeArgument(const QString &arg)
{
    return arg.isEmpty() || arg.startsWith(u'-') || arg.contains(u'\n') || arg.contains(u'\0');
}

QString relativeReadme(const QString &topLevel, const QString &readmePath)
{
    if (readmePath.isEmpty())
        return {};
    if (!QDir::isAbsolutePath(readmePath))
        return QDir::cleanPath(readmePath);
    // git reports the top level with symbolic links resolved; the caller's path may not be.
    const QFileInfo file(readmePath);
    QString dir = QFileInfo(file.absolutePath()).canonicalFilePath();
    if (dir.isEmpty())
        dir = file.absolutePath();
    const QString rel = QDir(topLevel).relativeFilePath(dir + u'/' + file.fileName());
    return rel.startsWith(u"../"_s) ? QString() : rel;
}

GitOptions localOptions(const QString &workingDirectory)
{
    GitOptions options;
    options.workingDirectory = workingDirectory;
    options.readOnly = true;
    options.timeoutMs = localTimeoutMs;
    return options;
}

// git itself keeps these states as files in the (per-worktree) git dir.
void readOperationsInProgress(RepoState &state)
{
    const QDir gitDir(state.gitDir);
    state.mergeInProgress = gitDir.exists(u"MERGE_HEAD"_s);
    state.rebaseInProgress = gitDir.exists(u"rebase-merge"_s) || gitDir.exists(u"rebase-apply"_s);
    state.cherryPickInProgress = gitDir.exists(u"CHERRY_PICK_HEAD"_s);
}

// Exit 1: no remote at all. Entries are "key\nvalue\0"; a remote's name may hold dots, so it
// is what lies between "remote." and ".url".
void readRemoteUrls(const QByteArray &output, RepoState &state)
{
    for (const QByteArray &entry : output.split('\0')) {
        const qsizetype newline = entry.indexOf('\n');
        if (newline < 0)
            continue;
        const QString key = QString::fromUtf8(entry.left(newline));
        if (!key.startsWith(u"remote."_s) || !key.endsWith(u".url"_s))
            continue;
        const QString name = key.mid(7, key.size() - 7 - 4);
        if (!state.remotes.contains(name)) {
            state.remotes << name;
            state.remoteUrls.insert(name, QString::fromUtf8(entry.mid(newline + 1)));
        }
    }
}

} // namespace

RepoStatus::RepoStatus(QObject *parent)
    : QObject(parent)
    , m_runner(new GitRunner(this))
{ }

void RepoStatus::parseStatus(const QByteArray &output, const QString &readmePath, RepoState &state)
{
    const QList<QByteArray> records = output.split('\0');
    auto addPath = [&state](const QByteArray &path) {
        if (!path.isEmpty())
            state.dirtyFiles << QFile::decodeName(path);
    };
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QByteArray &record = records[i];
        if (record.size() < 2)
            continue;
        if (record.startsWith("# ")) {
            const QByteArray header = record.mid(2);
            const qsizetype space = header.indexOf(' ');
            const QByteArray key = header.left(space);
            const QByteArray value = space < 0 ? QByteArray() : header.mid(space + 1);
            if (key == "branch.oid") {
                state.headCommit = value == "(initial)" ? QString() : QString::fromLatin1(value);
            } else if (key == "branch.head") {
                state.detached = value == "(detached)";
                state.branch = state.detached ? QString() : QString::fromUtf8(value);
            } else if (key == "branch.upstream") {
                state.upstream = QString::fromUtf8(value);
            } else if (key == "branch.ab") {
                // "+1 -2"
                const QList<QByteArray> ab = value.split(' ');
                if (ab.size() == 2) {
                    state.ahead = ab[0].mid(1).toInt();
                    state.behind = ab[1].mid(1).toInt();
                }
            }
            continue;
        }
        switch (record.at(0)) {
        case '1': // 1 XY sub mH mI mW hH hI path
            addPath(afterFields(record, 8));
            break;
        case '2': // 2 XY sub mH mI mW hH hI Xscore path, then the original path as a record
            addPath(afterFields(record, 9));
            if (i + 1 < records.size())
                addPath(records[++i]);
            break;
        case 'u': // u XY sub m1 m2 m3 mW h1 h2 h3 path
            addPath(afterFields(record, 10));
            break;
        case '?':
            addPath(record.mid(2));
            break;
        default: // '!' (ignored files, not asked for) and anything newer git may add
            break;
        }
    }
    if (readmePath.isEmpty())
        return;
    for (const QString &path : std::as_const(state.dirtyFiles)) {
        // An untracked folder is listed as "docs/", not file by file.
        if (path == readmePath || (path.endsWith(u'/') && readmePath.startsWith(path))) {
            state.readmeDirty = true;
            break;
        }
    }
}

void RepoStatus::query(const QString &path, const QString &readmePath, const QString &remote,
                       std::function<void(const RepoState &)> done)
{
    m_runner->run({u"rev-parse"_s, u"--absolute-git-dir"_s, u"--show-toplevel"_s},
                  localOptions(path),
                  [this, path, readmePath, remote, done = std::move(done)](const GitResult &r) {
                      auto state = std::make_shared<RepoState>();
                      if (!readRepository(r, path, *state)) {
                          done(*state);
                          return;
                      }
                      readOperationsInProgress(*state);
                      askAboutRepository(state, readmePath, remote, done);
                  });
}

bool RepoStatus::readRepository(const GitResult &r, const QString &path, RepoState &state)
{
    if (r.status == GitResult::Status::NotInstalled) {
        state.gitInstalled = false;
        state.error = r.message;
        return false;
    }
    if (!r.ok()) {
        state.error = r.stdErr.contains("not a git repository")
            ? tr("%1 is not inside a git repository.").arg(QDir::toNativeSeparators(path))
            : r.message;
        return false;
    }
    const QList<QByteArray> lines = r.stdOut.trimmed().split('\n');
    if (lines.size() < 2) {
        state.error = tr("%1 has no working tree.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    state.isRepository = true;
    state.gitDir = QFile::decodeName(lines[0]);
    state.topLevel = QFile::decodeName(lines[1]);
    return true;
}

void RepoStatus::askAboutRepository(const std::shared_ptr<RepoState> &state,
                                    const QString &readmePath, const QString &remote,
                                    std::function<void(const RepoState &)> done)
{
    const GitOptions inTop = localOptions(state->topLevel);
    // Three independent questions at once; the last answer delivers the state.
    auto remaining = std::make_shared<int>(3);
    auto oneDone = [state, remaining, done = std::move(done)] {
        if (--*remaining == 0)
            done(*state);
    };
    const QString readme = relativeReadme(state->topLevel, readmePath);
    m_runner->run({u"status"_s, u"--porcelain=v2"_s, u"--branch"_s, u"-z"_s}, inTop,
                  [state, readme, oneDone](const GitResult &status) {
                      if (status.ok())
                          parseStatus(status.stdOut, readme, *state);
                      else
                          state->error = status.message;
                      oneDone();
                  });
    if (!remote.isEmpty() && !unsafeArgument(remote)) {
        const QString prefix = u"refs/remotes/"_s + remote + u'/';
        m_runner->run({u"symbolic-ref"_s, u"-q"_s, prefix + u"HEAD"_s}, inTop,
                      [state, prefix, oneDone](const GitResult &head) {
                          // Exit 1: no such symbolic ref, which is common and fine.
                          const QString target = QString::fromUtf8(head.stdOut.trimmed());
                          if (head.ok() && target.startsWith(prefix))
                              state->defaultRemoteBranch = target.mid(prefix.size());
                          oneDone();
                      });
    } else {
        --*remaining;
    }
    m_runner->run({u"config"_s, u"-z"_s, u"--get-regexp"_s, u"^remote\\..*\\.url$"_s}, inTop,
                  [state, oneDone](const GitResult &config) {
                      readRemoteUrls(config.stdOut, *state);
                      oneDone();
                  });
}

void RepoStatus::fileAt(const QString &path, const QString &revision, const QString &filePath,
                        std::function<void(const FileAtRevision &)> done)
{
    if (unsafeArgument(revision) || unsafeArgument(filePath) || QDir::isAbsolutePath(filePath)) {
        FileAtRevision f;
        f.message = tr("Cannot read “%1” at “%2”: not a valid revision and path.")
                        .arg(filePath, revision);
        QMetaObject::invokeMethod(
            this, [f, done = std::move(done)] { done(f); }, Qt::QueuedConnection);
        return;
    }
    GitOptions options;
    options.workingDirectory = path;
    options.readOnly = true;
    options.timeoutMs = localTimeoutMs;
    // `cat-file --batch` rather than `show rev:path`: the object name arrives on stdin, so it can
    // never be an option; a missing file is an answer, not an error to parse; and the bytes come
    // without textconv. A path in "rev:path" is taken from the top level, whatever the folder.
    const QString object = revision + u':' + filePath;
    options.stdIn = object.toUtf8() + '\n';
    m_runner->run(
        {u"cat-file"_s, u"--batch"_s}, options,
        [object, done = std::move(done)](const GitResult &r) {
            FileAtRevision f;
            f.git = r;
            if (!r.ok()) {
                f.message = r.message;
                done(f);
                return;
            }
            const qsizetype newline = r.stdOut.indexOf('\n');
            const QByteArray header = r.stdOut.left(newline);
            const QList<QByteArray> fields = header.split(' ');
            if (header.endsWith(" missing")) {
                f.status = FileAtRevision::Status::Missing;
                f.message = tr("“%1” does not exist.").arg(object);
            } else if (newline < 0 || fields.size() != 3) {
                f.message
                    = tr("git could not read “%1”: %2").arg(object, QString::fromUtf8(header));
            } else if (fields[1] != "blob") {
                f.message = tr("“%1” is not a file.").arg(object);
            } else {
                f.status = FileAtRevision::Status::Ok;
                f.data = r.stdOut.mid(newline + 1, fields[2].toLongLong());
            }
            done(f);
        });
}

void RepoStatus::isAncestor(const QString &path, const QString &ancestor, const QString &descendant,
                            std::function<void(const Ancestry &)> done)
{
    if (unsafeArgument(ancestor) || unsafeArgument(descendant)) {
        Ancestry a;
        a.message = tr("“%1” or “%2” is not a valid revision.").arg(ancestor, descendant);
        QMetaObject::invokeMethod(
            this, [a, done = std::move(done)] { done(a); }, Qt::QueuedConnection);
        return;
    }
    GitOptions options;
    options.workingDirectory = path;
    options.readOnly = true;
    options.timeoutMs = localTimeoutMs;
    m_runner->run({u"merge-base"_s, u"--is-ancestor"_s, ancestor, descendant}, options,
                  [done = std::move(done)](const GitResult &r) {
                      Ancestry a;
                      a.git = r;
                      if (r.ok()) {
                          a.status = Ancestry::Status::Ancestor;
                      } else if (r.status == GitResult::Status::Failed && r.exitCode == 1) {
                          a.status = Ancestry::Status::NotAncestor;
                      } else {
                          a.message = r.message;
                      }
                      done(a);
                  });
}

} // namespace Curator
