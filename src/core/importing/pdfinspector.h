#pragma once

#include "identifier.h"

#include <QString>
#include <QStringList>

namespace Curator {

struct PdfInspectOptions
{
    // Larger files are not opened; their file name is still read (see PdfInspection::warning).
    qint64 maxBytes = qint64(200) * 1024 * 1024;
    // Only this many leading pages have their text read: a paper names itself on its first page.
    int maxPages = 3;
    // Text extraction stops when a pathological page takes longer than this; what was found by
    // then is kept.
    int timeLimitMs = 20000;
};

// What a dropped PDF says about itself. A value type.
struct PdfInspection
{
    enum class Status {
        Identified, // id holds a DOI or an arXiv id
        MetadataOnly, // no id, but a title (from the metadata or the first page)
        Nothing, // a readable PDF without an id or a usable title
        Failed, // error says why
    };
    enum class Source { None, FileName, Metadata, Xmp, PageText };

    Status status = Status::Nothing;
    // One line for the user when status is Failed.
    QString error;
    // One line for the user when the content could not be read but the file name identified the
    // paper (status Identified, idSource FileName), or when reading was cut short.
    QString warning;
    Source idSource = Source::None;
    RecognizedId id;
    QString title;
    QStringList authors;
    // The arXiv stamp's date or the publication date in the XMP; 0 when unknown.
    int year = 0;
    int pageCount = 0;
    // The PDF has an /Encrypt dictionary (it may still open without a password).
    bool encrypted = false;
};

// Identifies the paper in the PDF at `path`: from the file name ("2306.16922v2.pdf",
// "10.1101_2020.01.01.123456v1.full.pdf", "s41586-019-1346-5.pdf"), then the info dictionary,
// then the XMP metadata, then the text of the first pages (arXiv's margin stamp, a DOI line).
// Without an identifier it falls back to the metadata title or the largest text on page 1.
//
// Pure and thread-safe: meant to run in a worker thread, several calls at once. Never blocks on
// anything but the file; bad input (missing, a folder, empty, not a PDF, truncated, damaged,
// password-protected, too large) gives status Failed with one line in `error` — unless the file
// name alone identified the paper, in which case the failure is reported in `warning`.
PdfInspection inspectPdf(const QString &path, const PdfInspectOptions &opts = {});

// The identifier a PDF's file name carries, strictly: a random number is not an arXiv id.
RecognizedId identifierFromPdfFileName(QStringView fileName);

} // namespace Curator
