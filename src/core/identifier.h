#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Curator {

// What a pasted string or a link names. A value type; the functions below are pure.
struct RecognizedId
{
    enum class Kind { None, Doi, Arxiv };
    Kind kind = Kind::None;
    // Kind::Doi: the DOI as written (case kept), percent-decoded, without resolver prefix.
    // Kind::Arxiv: the arXiv DOI form 10.48550/arXiv.<id> is *not* put here.
    QString doi;
    // Kind::Arxiv: the identifier without version ("2306.16922", "hep-th/9901001").
    QString arxivId;
    // Kind::Arxiv: the version number, 0 when none was given.
    int arxivVersion = 0;
    // True when the DOI is a bioRxiv/medRxiv preprint DOI (10.1101/NNNNNN or 10.1101/YYYY.MM.DD.N).
    bool preprintDoi = false;

    bool isValid() const { return kind != Kind::None; }
    // "2306.16922v2" / "hep-th/9901001" — arXiv id with its version when there is one.
    QString arxivWithVersion() const;
    // Human form for the UI: "arXiv 2306.16922v2", "DOI 10.1038/nn.4244", "bioRxiv 10.1101/407007".
    QString display() const;

    friend bool operator==(const RecognizedId &a, const RecognizedId &b)
    {
        return a.kind == b.kind && a.doi == b.doi && a.arxivId == b.arxivId
            && a.arxivVersion == b.arxivVersion && a.preprintDoi == b.preprintDoi;
    }
};

// The identifiers a README entry's link carries, as stored in the entry's fields.
struct LinkIdentifiers
{
    QString doi; // the paper's DOI (never arXiv's own 10.48550 DOI)
    QString arxivId; // with version when the link has one: "2307.05793v3"
};

namespace Identifier {

// Recognise whatever a user might paste as a whole: a bare DOI, "doi:…", doi.org / dx.doi.org
// URLs, publisher URLs with the DOI in the path or query, nature.com article URLs, arXiv ids
// (new and old style, with or without version, "arXiv:" prefix, abs/pdf/html URLs, www./export.
// hosts, arXiv's 10.48550 DOI), bioRxiv/medRxiv URLs. Leading/trailing white space is ignored.
RecognizedId recognize(QStringView input);

// The identifiers that a link in a README names (used on every imported entry: must be fast).
LinkIdentifiers fromUrl(QStringView url);

// Every identifier found in free text (a PDF's first page, a pasted column), in order, without
// repeats. A DOI inside a URL counts once.
QList<RecognizedId> findAll(QStringView text);

// DOIs compare case-insensitively: the key to compare and index them by.
QString doiKey(QStringView doi);

// True for a syntactically valid arXiv id (new or old style, optional version).
bool isArxivId(QStringView id);

// True when `url` (white space around it aside) may be written as an entry's link: an absolute
// http or https URL with a host. javascript:, data:, file: and any other scheme are not, nor is a
// scheme-less or relative address (a README link resolves it against the repository). Empty
// counts as acceptable: an entry without a link.
bool isWebUrl(QStringView url);

} // namespace Identifier
} // namespace Curator
