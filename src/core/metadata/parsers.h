#pragma once

#include "metadatarecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Curator::Metadata {

// The outcome of reading one response body. The parse functions never touch the network and
// never throw: whatever the bytes, they return one of these.
struct ParseResult
{
    enum class Status { Ok, NotFound, Malformed, ServiceError };
    Status status = Status::Malformed;
    QString message; // for the user; empty when Ok
    QList<MetadataRecord> records; // in the order of the response; empty unless Ok
};

// An arXiv API Atom feed (export.arxiv.org/api/query): one record per <entry>. arXiv's error
// feed gives ServiceError with arXiv's own text; an empty feed gives NotFound. Any DOCTYPE is
// rejected as Malformed.
ParseResult parseArxivFeed(const QByteArray &atom);

// A Crossref REST /works/{DOI} body. The plain-text 404 body "Resource not found." gives NotFound.
ParseResult parseCrossrefWork(const QByteArray &json);

// CSL-JSON (an object, or an array of objects) as doi.org content negotiation serves it from
// Crossref, DataCite or another registration agency.
ParseResult parseCsl(const QByteArray &json);

} // namespace Curator::Metadata
