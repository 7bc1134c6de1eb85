#include "duplicates.h"

#include "identifier.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Curator::Duplicates {

QString doiKey(QStringView doi)
{
    return Identifier::doiKey(doi);
}

QString arxivKey(QStringView id)
{
    const qsizetype v = id.lastIndexOf(u'v');
    if (v > 0 && v + 1 < id.size() && id.at(v + 1).isDigit() && id.at(v - 1).isDigit())
        return id.left(v).toString();
    return id.toString();
}

QString titleKey(QStringView title)
{
    QString out;
    out.reserve(title.size());
    for (QChar c : title) {
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    }
    // Very short titles ("Intro") would match too much to mean anything.
    return out.size() >= 8 ? out : QString();
}

static QList<QString> keysOf(const Row &r)
{
    QList<QString> keys;
    if (!r.doi.isEmpty())
        keys << u"d:"_s + doiKey(r.doi);
    if (!r.arxivId.isEmpty())
        keys << u"a:"_s + arxivKey(r.arxivId);
    if (const QString t = titleKey(r.title); !t.isEmpty())
        keys << u"t:"_s + t;
    return keys;
}

QSet<qint64> find(const QList<Row> &rows)
{
    QHash<QString, qint64> first;
    QSet<qint64> out;
    for (const Row &r : rows) {
        for (const QString &k : keysOf(r)) {
            const auto it = first.constFind(k);
            if (it == first.constEnd()) {
                first.insert(k, r.id);
            } else if (*it != r.id) {
                out.insert(*it);
                out.insert(r.id);
            }
        }
    }
    return out;
}

QList<qint64> matching(const QList<Row> &rows, const Row &candidate)
{
    const QList<QString> wanted = keysOf(candidate);
    QList<qint64> out;
    if (wanted.isEmpty())
        return out;
    for (const Row &r : rows) {
        if (r.id == candidate.id || out.contains(r.id))
            continue;
        for (const QString &k : keysOf(r)) {
            if (wanted.contains(k)) {
                out << r.id;
                break;
            }
        }
    }
    return out;
}

} // namespace Curator::Duplicates
