#pragma once

#include "authorformat.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Curator {

// A notice about a work (Crossref's updated-by / update-to): a retraction, correction,
// expression of concern or withdrawal, with the notice's own DOI.
struct WorkUpdate
{
    QString type; // as Crossref writes it: "retraction", "correction", "expression_of_concern", …
    QString doi; // the notice's DOI (updated-by) or the updated work's (update-to)
    QDate date; // when the update was made
    QString source; // "publisher", "retraction-watch"
    QString label; // "Retraction", as the publisher labels it

    friend bool operator==(const WorkUpdate &a, const WorkUpdate &b)
    {
        return a.type == b.type && a.doi == b.doi && a.date == b.date && a.source == b.source
            && a.label == b.label;
    }
};

// What one metadata service says about one paper, normalised to plain text: the common ground
// of an arXiv Atom entry, a Crossref work and a CSL-JSON item. Empty/zero means "not given".
struct MetadataRecord
{
    enum class Source { Arxiv, Crossref, Csl };
    Source source = Source::Arxiv;
    QString title; // white space collapsed (arXiv wraps titles over lines)
    QList<PersonName> authors; // structured; organisations as literal
    // journal / proceedings / "arXiv" for arXiv records / institution (bioRxiv) for posted-content
    QString containerTitle;
    QString shortContainerTitle; // Crossref short-container-title when present
    // issued (Crossref: issued.date-parts, else published-print/online/posted; CSL: issued;
    // arXiv: <published> year)
    int year = 0;
    QDate published; // full date when known
    QString doi; // the work's DOI (for arXiv: <arxiv:doi> journal DOI if any, never 10.48550)
    QString arxivId; // without version
    int arxivVersion = 0; // from the <id> URL
    // canonical landing page: arXiv abs URL (versionless), Crossref URL/resource, CSL URL
    QString url;
    QString
        type; // Crossref/CSL type: journal-article, posted-content, proceedings-article, article
    QString journalRef; // arXiv journal_ref
    QStringList preprintOf; // DOIs this preprint became (Crossref relation.is-preprint-of)
    QStringList hasPreprint; // Crossref relation.has-preprint
    QList<WorkUpdate> updatedBy; // notices about this work (Crossref updated-by)
    QList<WorkUpdate> updateTo; // the works this one, a notice, is about (Crossref update-to)
    QString publisher;
};

} // namespace Curator
