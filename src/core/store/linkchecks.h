#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

// What the store keeps for link health (schema version 4), as plain rows: Links::linkstore turns
// them into the link check's types.
namespace Curator {

class Store;

struct LinkCheckRow
{
    QString url;
    QString verdict; // "ok", "redirected", "broken", "unverified"
    int code = 0;
    QString finalUrl;
    QString message;
    int flags = 0;
    QDateTime checked; // UTC
};

namespace LinkChecks {

QString ignoreText(Store &store, qint64 listId);
bool setIgnoreText(Store &store, qint64 listId, const QString &text);

QHash<QString, LinkCheckRow> rows(Store &store, const QStringList &urls);
bool putRows(Store &store, const QList<LinkCheckRow> &rows);
// The row of each entry's own link (its url field), by entry id.
QHash<qint64, LinkCheckRow> entryRows(Store &store, qint64 listId);

// Which of these look-up cache keys the cache holds.
QSet<QString> cachedKeys(Store &store, const QSet<QString> &keys);
// Each entry's DOI and arXiv id, for the entries that have one.
QHash<qint64, QPair<QString, QString>> entryIdentifiers(Store &store, qint64 listId);

// Replaces the address `from` by `to` where it stands as a whole address: in the entry's text as
// it came from the README and its url field (then `doi`/`arxivId` fill the entry's gaps), or, for
// entryId 0, in the list's header, trailer and sections' headings and introductions. False with
// the store's error set when it is not there.
bool replaceAddress(Store &store, qint64 listId, qint64 entryId, const QString &from,
                    const QString &to, const QString &doi, const QString &arxivId);

} // namespace LinkChecks
} // namespace Curator
