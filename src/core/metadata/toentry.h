#pragma once

#include "authorformat.h"
#include "entry.h"
#include "metadata/metadatarecord.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Curator {
class Store;
}

namespace Curator::Metadata {

// A list's table of venue names: what services call a venue -> what the list writes.
class VenueMap
{
public:
    VenueMap() = default;
    explicit VenueMap(QList<QPair<QString, QString>> longToShort);
    // Common conference and journal short forms (NeurIPS, ICML, ICLR, PNAS, …).
    static VenueMap defaults();
    // The short form for `venue` (matched without regard to case, and as a prefix so that
    // "Proceedings of the National Academy of Sciences of the United States of America" finds
    // "Proceedings of the National Academy of Sciences"), else `venue` itself.
    QString apply(const QString &venue) const;
    const QList<QPair<QString, QString>> &entries() const { return m_entries; }

private:
    QList<QPair<QString, QString>> m_entries;
};

struct EntryStyle
{
    AuthorStyle authorStyle = AuthorStyle::Apa;
    VenueMap venues = VenueMap::defaults();
};

// The list's venue short forms, or the common ones when it never set its own.
QList<QPair<QString, QString>> venueMapOf(Store &store, qint64 listId);

// The style of a list as the store keeps it: its author style and its venue table (the
// defaults for a list that does not exist).
EntryStyle entryStyleOf(Store &store, qint64 listId);

// The fields of a new entry from a record, in the list's style: authors formatted (the
// structured names kept), the arXiv abs page or the DOI's resolver URL as the link, "arXiv" /
// "bioRxiv" / the journal's short form as the venue, the year.
EntryFields toEntryFields(const MetadataRecord &record, const EntryStyle &style = {});

// "arXiv", "bioRxiv", "medRxiv" (any case, "arXiv preprint", "arXiv:2306.16922") or "preprint":
// a venue that says the paper is not published yet.
bool isPreprintVenue(const QString &venue);

// When a preprint's record names its published version (arXiv's journal DOI or reference,
// Crossref's is-preprint-of): a sentence for the user, else an empty string.
QString publishedVersionNote(const MetadataRecord &record);

} // namespace Curator::Metadata
