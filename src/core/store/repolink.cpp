// A list's link to its git clone, and the README versions the store has integrated.
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Curator {

RepoLink Store::repoLink(qint64 listId)
{
    RepoLink link;
    QSqlQuery q(database());
    q.prepare(u"SELECT repo_path, repo_readme, repo_remote, repo_base, github_repo FROM lists "
              "WHERE id = ?"_s);
    q.addBindValue(listId);
    if (!q.exec() || !q.next())
        return link;
    link.path = q.value(0).toString();
    if (const QString readme = q.value(1).toString(); !readme.isEmpty())
        link.readme = readme;
    if (const QString remote = q.value(2).toString(); !remote.isEmpty())
        link.remote = remote;
    link.base = q.value(3).toString();
    link.github = q.value(4).toString();
    return link;
}

bool Store::setRepoLink(qint64 listId, const RepoLink &link)
{
    QSqlQuery q(database());
    q.prepare(u"UPDATE lists SET repo_path = coalesce(?, ''), repo_readme = coalesce(?, ''), "
              "repo_remote = coalesce(?, ''), repo_base = coalesce(?, ''), "
              "github_repo = coalesce(?, '') WHERE id = ?"_s);
    q.addBindValue(link.path);
    q.addBindValue(link.readme);
    q.addBindValue(link.remote);
    q.addBindValue(link.base);
    q.addBindValue(link.github);
    q.addBindValue(listId);
    if (!q.exec())
        return failed(tr("Cannot save the list's repository"), q.lastError().text());
    return true;
}

QByteArray Store::syncedReadme(qint64 listId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT synced_readme FROM lists WHERE id = ?"_s);
    q.addBindValue(listId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool Store::setSyncedReadme(qint64 listId, const QByteArray &readme)
{
    Transaction t(*this);
    QSqlQuery q(database());
    q.prepare(u"UPDATE lists SET synced_readme = coalesce(?, x'') WHERE id = ?"_s);
    q.addBindValue(readme);
    q.addBindValue(listId);
    if (!q.exec())
        return failed(tr("Cannot record the README"), q.lastError().text());
    return markReadmeSeen(listId, readme) && t.commit();
}

static QByteArray readmeHash(QByteArrayView readme)
{
    return QCryptographicHash::hash(readme, QCryptographicHash::Sha256);
}

bool Store::hasSeenReadme(qint64 listId, QByteArrayView readme)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT 1 FROM readme_versions WHERE list_id = ? AND sha256 = ?"_s);
    q.addBindValue(listId);
    q.addBindValue(readmeHash(readme));
    return q.exec() && q.next();
}

bool Store::markReadmeSeen(qint64 listId, QByteArrayView readme)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT OR IGNORE INTO readme_versions (list_id, sha256, seen) VALUES (?, ?, ?)"_s);
    q.addBindValue(listId);
    q.addBindValue(readmeHash(readme));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return failed(tr("Cannot record the README"), q.lastError().text());
    return true;
}

} // namespace Curator
