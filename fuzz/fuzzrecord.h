#pragma once

#include "fuzzcheck.h"
#include "markdown/entryrenderer.h"
#include "markdown/readmereader.h"
#include "metadata/parsers.h"
#include "metadata/toentry.h"

namespace CuratorFuzz {

// The URL with its well-formed %XX sequences decoded (QUrl::fromPercentEncoding decodes a "%"
// before anything, "%%2" too).
inline QByteArray percentDecoded(const QString &url)
{
    const QByteArray in = url.toUtf8();
    const auto hex = [](char c) {
        return c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'  ? c - 'a' + 10
            : c >= 'A' && c <= 'F'  ? c - 'A' + 10
                                    : -1;
    };
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size() && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
            out += char(hex(in[i + 1]) * 16 + hex(in[i + 2]));
            i += 2;
        } else {
            out += in[i];
        }
    }
    return out;
}

// What every metadata parser promises, and what becomes of its records: an entry written with
// the default template that reads back with the record's title and link.
inline void checkParseResult(const Curator::Metadata::ParseResult &r)
{
    using namespace Curator;
    using Status = Metadata::ParseResult::Status;
    if (r.status != Status::Ok) {
        FUZZ_CHECK(r.records.isEmpty() && !r.message.isEmpty());
        return;
    }
    FUZZ_CHECK(r.message.isEmpty());
    for (const MetadataRecord &record : r.records) {
        FUZZ_CHECK(!record.doi.startsWith(u"10.48550/arXiv.", Qt::CaseInsensitive));
        FUZZ_CHECK(record.arxivVersion >= 0);
        // A JSON "\ud83d" (half a character) becomes U+FFFD on its way through the store's
        // UTF-8: the fields as the store would hand them to the renderer.
        EntryFields fields = Metadata::toEntryFields(record);
        for (QString *s :
             {&fields.authors, &fields.title, &fields.url, &fields.venue, &fields.yearText})
            *s = QString::fromUtf8(s->toUtf8());
        const QByteArray line
            = Markdown::renderEntry(fields, Markdown::defaultEntryTemplate()).toUtf8();
        if (fields.title.trimmed().isEmpty() || fields.url.trimmed().isEmpty())
            continue;
        if (qEnvironmentVariableIsSet("CURATOR_FUZZ_VERBOSE"))
            std::fprintf(stderr, "entry: %s\n", line.constData());
        const auto parts = Markdown::parseEntryBlock(line);
        FUZZ_CHECK(parts.has_value());
        const EntryFields back = Markdown::fieldsOf(line, *parts);
        FUZZ_CHECK(back.title == fields.title.simplified());
        // The link may come back percent-encoded where markdown cannot hold a character as it
        // is (control characters, spaces, unbalanced parentheses): the same address.
        FUZZ_CHECK(percentDecoded(back.url) == percentDecoded(fields.url.trimmed()));
    }
}

} // namespace CuratorFuzz
