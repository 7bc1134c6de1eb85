#pragma once

// PDFs the tests draw themselves (QPainter on QPdfWriter), for poppler to read back. Needs a
// QGuiApplication (fonts).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Curator::Test {

struct PdfSpec
{
    QString title; // the info dictionary's /Title
    QString creator; // /Creator, renamed to /Author or /Subject by `renameCreatorTo`
    // "/Author " or "/Subject" (the length of "/Creator"): QPdfWriter writes no author.
    QByteArray renameCreatorTo;
    QByteArray xmp;
    QString heading; // large text at the top of page 1
    QStringList lines; // body text of page 1
    QString stamp; // vertical in the left margin of page 1, as arXiv does
    bool mirroredStamp = false;
    int pages = 1;
    int linesPerPage = 0; // filler text on every page
    QList<QPair<int, QString>> pageLines; // a line on a later page (0-based page index)
};

// An A4 PDF as `spec` says. False when it cannot be written.
bool writePdf(const QString &path, const PdfSpec &spec);

// A one-page paper whose metadata names its authors (`authors`, as the /Author entry), with a
// page of filler text.
PdfSpec paperPdf(const QString &title, const QString &authors, const QString &heading);

} // namespace Curator::Test
