#include "store/repodetect.h"

#include "githubrepo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(64 * 1024);
}

// The git directory of a work tree's top level: ".git" itself, or where a ".git" file (a linked
// worktree or a submodule) points.
QString gitDirOf(const QString &topLevel)
{
    const QFileInfo dotGit(topLevel + u"/.git"_s);
    if (dotGit.isDir())
        return dotGit.absoluteFilePath();
    if (!dotGit.isFile())
        return {};
    const QByteArray text = readSmall(dotGit.absoluteFilePath()).trimmed();
    if (!text.startsWith("gitdir:"))
        return {};
    const QString target = QString::fromUtf8(text.mid(7).trimmed());
    return QDir(topLevel).absoluteFilePath(target);
}

// The value of `key` in `[remote "name"]` of a git config file (the simple, common layout).
QString remoteUrl(const QString &configPath, const QString &remote)
{
    const QList<QByteArray> lines = readSmall(configPath).split('\n');
    const QByteArray header = "[remote \"" + remote.toUtf8() + "\"]";
    bool inSection = false;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.startsWith('[')) {
            inSection = line == header;
            continue;
        }
        if (!inSection)
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && line.left(eq).trimmed() == "url")
            return QString::fromUtf8(line.mid(eq + 1).trimmed());
    }
    return {};
}

} // namespace

std::optional<RepoLink> detectRepository(const QString &readmePath)
{
    const QFileInfo file(readmePath);
    QDir dir = file.absoluteDir();
    QString gitDir;
    for (int depth = 0; depth < 64; ++depth) {
        gitDir = gitDirOf(dir.absolutePath());
        if (!gitDir.isEmpty() || !dir.cdUp())
            break;
    }
    if (gitDir.isEmpty())
        return std::nullopt;

    RepoLink link;
    link.path = dir.absolutePath();
    link.readme = dir.relativeFilePath(file.absoluteFilePath());
    link.remote = u"origin"_s;
    // A linked worktree keeps refs and config in the main repository ("commondir").
    QString commonDir = gitDir;
    if (const QByteArray common = readSmall(gitDir + u"/commondir"_s).trimmed(); !common.isEmpty())
        commonDir = QDir(gitDir).absoluteFilePath(QString::fromUtf8(common));
    const QByteArray originHead = readSmall(commonDir + u"/refs/remotes/origin/HEAD"_s).trimmed();
    const QByteArray head = readSmall(gitDir + u"/HEAD"_s).trimmed();
    if (originHead.startsWith("ref: refs/remotes/origin/"))
        link.base = QString::fromUtf8(originHead.mid(25));
    else if (head.startsWith("ref: refs/heads/"))
        link.base = QString::fromUtf8(head.mid(16));
    const QString url = remoteUrl(commonDir + u"/config"_s, link.remote);
    if (const auto repo = GitHubRepo::fromRemoteUrl(url))
        link.github = repo->fullName();
    return link;
}

} // namespace Curator
