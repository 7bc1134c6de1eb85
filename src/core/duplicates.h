#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Curator::Duplicates {

// What two entries must share to be the same paper: a DOI (case-folded), an arXiv id in any
// version, or a title once case, punctuation and spacing are set aside.
QString doiKey(QStringView doi);
QString arxivKey(QStringView arxivId); // "2306.16922v2" -> "2306.16922"
QString titleKey(QStringView title); // letters and digits only, case-folded

struct Row
{
    qint64 id = 0;
    QString doi;
    QString arxivId;
    QString title;
};

// The ids of rows that share a key with another row.
QSet<qint64> find(const QList<Row> &rows);

// The ids of `rows` that `candidate` duplicates (its own id excluded).
QList<qint64> matching(const QList<Row> &rows, const Row &candidate);

} // namespace Curator::Duplicates
