#pragma once

#include "identifier.h"
#include "metadata/metadatarecord.h"
#include "metadata/services.h"

#include <QDateTime>

#include <optional>

namespace Curator {
class Store;
}

namespace Curator::Metadata {

// What the services answered, kept in the store's cache table so that a second look-up asks
// nobody and an outage still has an answer. A DOI's body is kept as the service sent it (a later
// parser can read it again); an arXiv record as parsed JSON, because one Atom entry of a batch
// feed cannot be stored alone. The store keeps bytes by key; this unit knows what they mean.
class LookupCache
{
public:
    explicit LookupCache(Store *store); // null: nothing is cached

    struct Hit
    {
        MetadataRecord record;
        QDateTime fetched; // UTC
    };
    // The record for `id`, if one is kept (of the asked version, for arXiv: another version's
    // title and authors may differ).
    std::optional<Hit> get(const RecognizedId &id) const;
    // Failures are logged, not reported: a look-up that could not be cached still succeeded.
    void putArxiv(const RecognizedId &id, const MetadataRecord &record);
    // `source` names the parser that reads the body back: "crossref" or "doi.org".
    void putDoi(const RecognizedId &id, const char *source, const Net::FetchResult &fetch);

    static QString key(const RecognizedId &id);
    static constexpr const char *Crossref = "crossref";
    static constexpr const char *DoiOrg = "doi.org";

private:
    Store *m_store;
};

} // namespace Curator::Metadata
