// The README reader (FORMAT.md): whatever the bytes, it either refuses them with a message or
// accounts for every byte. The header, the sections' headings and intros, the entries' own text
// and trails and the trailer must tile the source in order, so that writing them back, as the
// export of an unedited import does, gives the input byte for byte; and the import's fast field
// decoding must agree with the reference one. The quick block scan and cmark-gfm must read the
// same sections and entries.

#include "fuzzcheck.h"
#include "markdown/readmereader.h"

#include <QString>

using namespace Curator;
using namespace Curator::Markdown;

namespace {

bool sameFields(const EntryFields &f, const Utf8Fields &u)
{
    if (qEnvironmentVariableIsSet("CURATOR_FUZZ_VERBOSE")) {
        std::fprintf(stderr, "fieldsOf:     [%s] [%s] [%s] [%s] [%s] %d\n", qPrintable(f.authors),
                     qPrintable(f.title), qPrintable(f.url), qPrintable(f.venue),
                     qPrintable(f.yearText), f.year);
        std::fprintf(stderr, "utf8FieldsOf: [%s] [%s] [%s] [%s] [%s] %d\n",
                     qPrintable(QString::fromUtf8(u.authors)),
                     qPrintable(QString::fromUtf8(u.title)), qPrintable(QString::fromUtf8(u.url)),
                     qPrintable(QString::fromUtf8(u.venue)),
                     qPrintable(QString::fromUtf8(u.yearText)), u.year);
    }
    return f.authors == QString::fromUtf8(u.authors)
        && f.title == QString::fromUtf8(u.title)
        // The address byte for byte: QString::fromUtf8() would drop a leading U+FEFF.
        && f.url.toUtf8() == u.url && f.venue == QString::fromUtf8(u.venue)
        && f.yearText == QString::fromUtf8(u.yearText) && f.year == u.year
        && f.doi == QString::fromUtf8(u.doi) && f.arxivId == QString::fromUtf8(u.arxivId);
}

// Sections and entries as spans and forms, to compare two readings of one document.
QByteArray shape(const ParsedReadme &doc)
{
    QByteArray out = QByteArray::number(doc.header.size) + '\n';
    for (const ParsedSection &s : doc.sections)
        out += QByteArray::number(s.heading.begin) + ' ' + QByteArray::number(s.level) + ' '
            + QByteArray::number(s.entryCount) + '\n';
    for (const ParsedEntry &e : doc.entries) {
        out += QByteArray::number(e.raw.begin) + ' ' + QByteArray::number(e.raw.size) + ' '
            + QByteArray::number(int(e.parts.form));
        for (Span sp :
             {e.parts.authors, e.parts.title, e.parts.destination, e.parts.venue, e.parts.year})
            out += ' ' + QByteArray::number(sp.begin) + ':' + QByteArray::number(sp.size);
        out += '\n';
    }
    for (const Diagnostic &d : doc.warnings)
        out += QByteArray::number(d.line) + '\n';
    return out;
}

bool within(const Span &inner, const Span &outer)
{
    return inner.isEmpty() || (inner.begin >= outer.begin && inner.end() <= outer.end());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = CuratorFuzz::inputView(data, size).toByteArray();
    const ReadResult result = readReadme(input);
    if (!result.ok) {
        FUZZ_CHECK(!result.error.message.isEmpty());
        return 0;
    }
    const ParsedReadme &doc = result.readme;
    const QByteArrayView s(doc.source);
    FUZZ_CHECK((doc.bom ? QByteArray("\xEF\xBB\xBF") + doc.source : doc.source) == input);
    FUZZ_CHECK(doc.finalNewline == s.endsWith('\n'));
    FUZZ_CHECK(doc.eol == "\n" || doc.eol == "\r\n");

    // The export of an unedited import: the parts in order, nothing left out, nothing twice.
    QByteArray rebuilt;
    qsizetype at = 0;
    auto take = [&](const Span &span) {
        FUZZ_CHECK(span.begin == at && span.size >= 0 && span.end() <= s.size());
        rebuilt += span.in(s);
        at = span.end();
    };
    take(doc.header);
    qsizetype entryIndex = 0;
    for (const ParsedSection &section : doc.sections) {
        FUZZ_CHECK(section.level >= 1 && section.level <= 6);
        FUZZ_CHECK(section.firstEntry == entryIndex && section.entryCount >= 0);
        take(section.heading);
        take(section.intro);
        for (qsizetype k = 0; k < section.entryCount; ++k, ++entryIndex) {
            FUZZ_CHECK(entryIndex < doc.entries.size());
            const ParsedEntry &entry = doc.entries.at(entryIndex);
            take(entry.raw);
            take(entry.trail);
            FUZZ_CHECK(!entry.raw.isEmpty());
            const EntrySpans &p = entry.parts;
            for (const Span *part : {&p.authors, &p.title, &p.destination, &p.venue, &p.year})
                FUZZ_CHECK(part->size >= 0 && within(*part, entry.raw));
            FUZZ_CHECK(sameFields(fieldsOf(s, p), utf8FieldsOf(doc.source, p)));
        }
    }
    FUZZ_CHECK(entryIndex == doc.entries.size());
    take(doc.trailer);
    FUZZ_CHECK(at == s.size());
    FUZZ_CHECK(rebuilt == doc.source);

    // The quick block scan, where it applies, reads the document as cmark-gfm (GitHub) does.
    ReadOptions gfm;
    gfm.forceGfm = true;
    const ReadResult viaGfm = readReadme(input, gfm);
    FUZZ_CHECK(viaGfm.ok);
    if (qEnvironmentVariableIsSet("CURATOR_FUZZ_VERBOSE") && shape(doc) != shape(viaGfm.readme))
        std::fprintf(stderr, "quick scan:\n%s\ncmark-gfm:\n%s\n", shape(doc).constData(),
                     shape(viaGfm.readme).constData());
    FUZZ_CHECK(shape(doc) == shape(viaGfm.readme));
    return 0;
}
