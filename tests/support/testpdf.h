#pragma once

// PDFs the tests draw themselves (QPainter on QPdfWriter), for poppler to read back. Needs a
// QGuiApplication (fonts).

#include <QString>

namespace Curator::Test {

struct PdfSpec
{
    QString title; // the info dictionary's /Title
    QString author; // written as /Creator, renamed to /Author (QPdfWriter has no author)
    QString heading; // large text at the top of page 1
    QString stamp; // vertical in the left margin of page 1, as arXiv does
};

// One A4 page: the heading, thirty lines of filler, the stamp. False when it cannot be written.
bool writePdf(const QString &path, const PdfSpec &spec);

} // namespace Curator::Test
