#pragma once

#include "links/ignorerules.h"
#include "links/linkcheck.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Curator {
class Store;
struct ExportResult;
} // namespace Curator

// What the store keeps for link health (schema version 4): each list's ignore rules and the last
// check of every address.
namespace Curator::Links {

IgnoreRules ignoreRules(Store &store, qint64 listId);
// Refuses invalid rules (the store keeps the old ones and the error is the store's).
bool setIgnoreRules(Store &store, qint64 listId, const QString &text);

// The last checks of these addresses, whatever they found.
QHash<QString, CheckedLink> storedChecks(Store &store, const QStringList &urls);
bool storeChecks(Store &store, const QList<CheckedLink> &checked);
// The last check of each entry's own link (its url field), by entry id, for the table's column.
QHash<qint64, CheckedLink> entryLinkStatus(Store &store, qint64 listId);

// Of the arXiv ids and DOIs these links name, the LookupCache keys the store holds a record for.
QSet<QString> knownIdentifiers(Store &store, const QList<LinkToCheck> &links);

// Every web address of the list's README as exported, with its line and the entry that holds it.
QList<LinkToCheck> linksOfList(Store &store, qint64 listId, QString *error);
// The same from a README's text (no entries: a file checked without importing it).
QList<LinkToCheck> linksOfReadme(const QByteArray &readme);
// The entry each link's line falls in (pure: the export's spans and the entries' identifiers).
QList<LinkToCheck> linksOfExport(const ExportResult &exported,
                                 const QHash<qint64, QPair<QString, QString>> &identifiers);

// Replaces a link's address where it stands: in the entry's text as it came from the README
// (and its url field, when that is the link), or in the README's other text for entryId 0. Only
// whole addresses are replaced, not the start of a longer one. False (with the store's error set)
// when the address is not there, e.g. an entry edited since whose text is rendered from fields.
bool rewriteLink(Store &store, qint64 listId, qint64 entryId, const QString &from,
                 const QString &to);

} // namespace Curator::Links
