// Read-side queries the table view runs: ordered id lists, pages of entries, duplicates.
#include "duplicates.h"
#include "identifier.h"
#include "store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// The SELECT of the ids of entries that match what a user types into the search box, and its
// bound values (empty when the text has nothing to search by). Any text at all gives a valid
// query: each word is cut into the tokens FTS5's unicode61 tokenizer makes of it
// ("cortico-thalamic" → cortico, thalamic; "2306.16922" → 2306, 16922), and each token is a
// quoted prefix term of its own, because the index keeps no positions (detail=none) and so
// cannot match a phrase. A year also matches the year column; a pasted arXiv id (any version),
// DOI or link matches the entry's identifiers and URL; text that looks like part of one
// ("10.1038") matches inside them. Plain words are one FTS5 query, as fast as before; only a
// year or an identifier reads the entries table.
QString searchSelect(const QString &text, QList<QVariant> *binds)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression separators(uR"([^\p{L}\p{N}\p{M}]+)"_s);
    QStringList words;
    QList<int> years;
    for (const QString &token : trimmed.split(separators, Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const int year = token.toInt(&isNumber);
        if (isNumber && token.size() == 4 && year >= 1000)
            years << year;
        else
            words << u'"' + token + u"\"*"_s; // FTS5 ANDs the terms of one query
    }
    QStringList parts; // INTERSECTed
    if (!words.isEmpty()) {
        parts << u"SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"_s;
        *binds << words.join(u' ');
    }
    for (int year : std::as_const(years)) {
        parts << u"SELECT * FROM (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
                 u"UNION SELECT id FROM entries WHERE year = ?)"_s;
        *binds << QString(u'"' + QString::number(year) + u"\"*"_s) << year;
    }
    QStringList identifiers; // OR'ed
    const RecognizedId id = Identifier::recognize(trimmed);
    if (id.kind == RecognizedId::Kind::Arxiv) {
        identifiers << u"arxiv_id = ? OR arxiv_id GLOB ?"_s;
        *binds << id.arxivId << QString(id.arxivId + u"v[0-9]*"_s);
    } else if (id.kind == RecognizedId::Kind::Doi) {
        identifiers << u"doi = ? COLLATE NOCASE"_s;
        *binds << id.doi;
    }
    const bool link = trimmed.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || trimmed.startsWith(u"https://"_s, Qt::CaseInsensitive);
    if (link) {
        QString bare = trimmed;
        while (bare.endsWith(u'/'))
            bare.chop(1);
        identifiers << u"url = ? OR url = ?"_s;
        *binds << bare << QString(bare + u'/');
    }
    // Part of an identifier: digits with a dot or slash, no spaces.
    static const QRegularExpression fragment(uR"(^[\w.:/-]*\d[.\/]\w[\w.:/()-]*$)"_s);
    if (!link && id.kind == RecognizedId::Kind::None && trimmed.size() >= 4
        && fragment.match(trimmed).hasMatch()) {
        QString like = trimmed;
        like.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        like = u'%' + like + u'%';
        identifiers << u"doi LIKE ? ESCAPE '\\' OR arxiv_id LIKE ? ESCAPE '\\' "
                       u"OR url LIKE ? ESCAPE '\\'"_s;
        *binds << like << like << like;
    }
    QString sql = parts.join(u" INTERSECT "_s);
    if (!identifiers.isEmpty()) {
        if (!sql.isEmpty())
            sql += u" UNION "_s;
        sql += u"SELECT id FROM entries WHERE "_s + identifiers.join(u" OR "_s);
    }
    return sql;
}

QString orderBy(Store::Order order, Qt::SortOrder direction)
{
    const QString dir = direction == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString readme = u"s.position, e.position"_s;
    switch (order) {
    case Store::Order::Readme:
        return readme;
    case Store::Order::Section:
        return u"s.position"_s + dir + u", e.position"_s;
    case Store::Order::Authors:
        return u"e.authors COLLATE NOCASE"_s + dir + u", "_s + readme;
    case Store::Order::Title:
        return u"e.title COLLATE NOCASE"_s + dir + u", "_s + readme;
    case Store::Order::Venue:
        return u"e.venue COLLATE NOCASE"_s + dir + u", "_s + readme;
    case Store::Order::Year:
        // By the year's number, then its text ("2025" before "NAACL 2025" either way).
        return u"e.year"_s + dir + u", e.year_text COLLATE NOCASE, "_s + readme;
    case Store::Order::Identifier:
        return u"(e.arxiv_id = '' AND e.doi = ''), e.arxiv_id"_s + dir + u", e.doi"_s + dir
            + u", "_s + readme;
    case Store::Order::Url:
        return u"e.url"_s + dir + u", "_s + readme;
    case Store::Order::Added:
        return u"e.created"_s + dir + u", "_s + readme;
    case Store::Order::LinkHealth:
        // A redirect to a front page or a sign-in page (flag 4, a "soft 404") is most likely a
        // page that is gone: next to the broken ones. The never checked stay last either way.
        return u"(c.verdict IS NULL), CASE c.verdict WHEN 'broken' THEN 0 "
               u"WHEN 'redirected' THEN (CASE WHEN c.flags & 4 THEN 1 ELSE 3 END) "
               u"WHEN 'unverified' THEN 2 WHEN 'ok' THEN 4 ELSE 5 END"_s
            + dir + u", "_s + readme;
    }
    return readme;
}

} // namespace

// Id lists are read with SQLite's C API: for 100,000 rows QSqlQuery's QVariant per value costs
// more than the query itself, and these run on every keystroke of a search.
static bool collectIds(sqlite3 *db, const QString &sql, const QList<QVariant> &binds,
                       QList<qint64> *out, QString *error)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(st, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(st, i + 1, v.toLongLong());
        }
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out->push_back(sqlite3_column_int64(st, 0));
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

QList<qint64> Store::entryIds(qint64 listId, qint64 sectionId, const QString &search, Order order,
                              Qt::SortOrder direction)
{
    QList<qint64> out;
    QString sql = u"SELECT e.id FROM entries e JOIN sections s ON s.id = e.section_id "_s;
    // link_checks is keyed by address: at most one row per entry.
    if (order == Order::LinkHealth)
        sql += u"LEFT JOIN link_checks c ON c.url = e.url "_s;
    sql += u"WHERE s.list_id = ?"_s;
    QList<QVariant> binds{listId};
    if (sectionId) {
        sql += u" AND e.section_id = ?"_s;
        binds << sectionId;
    }
    if (!search.trimmed().isEmpty()) {
        const QString matching = searchSelect(search, &binds);
        if (matching.isEmpty())
            return out; // nothing searchable in the text (only punctuation): nothing matches
        sql += u" AND e.id IN ("_s + matching + u')';
    }
    sql += u" ORDER BY "_s + orderBy(order, direction);
    QString error;
    if (!collectIds(m_handle, sql, binds, &out, &error))
        failed(tr("Cannot read the entries"), error);
    return out;
}

QList<qint64> Store::matchingIds(const QString &search)
{
    QList<qint64> out;
    QList<QVariant> binds;
    const QString matching = searchSelect(search, &binds);
    if (matching.isEmpty())
        return out;
    QString error;
    // In rowid order: the caller filters its ids by binary search.
    if (!collectIds(m_handle, u"SELECT * FROM ("_s + matching + u") ORDER BY 1"_s, binds, &out,
                    &error))
        failed(tr("Cannot search"), error);
    return out;
}

QList<Entry> Store::entriesByIds(const QList<qint64> &ids)
{
    QList<Entry> out;
    out.reserve(ids.size());
    // SQLite's limit on bound values is far above a page of the view; chunk anyway.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const qsizetype n = std::min(chunk, ids.size() - from);
        QString marks;
        for (qsizetype i = 0; i < n; ++i)
            marks += i ? u",?"_s : u"?"_s;
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + entryColumnList() + u" FROM entries e WHERE e.id IN ("_s + marks
                  + u')');
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(ids.at(from + i));
        if (!q.exec()) {
            failed(tr("Cannot read the entries"), q.lastError().text());
            return out;
        }
        while (q.next())
            out.push_back(entryFromQuery(q));
    }
    return out;
}

static QList<Duplicates::Row> duplicateRows(QSqlDatabase db, qint64 listId)
{
    QList<Duplicates::Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.id, e.doi, e.arxiv_id, e.title FROM entries e JOIN sections s ON s.id = "
              u"e.section_id WHERE s.list_id = ?"_s);
    q.addBindValue(listId);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    }
    return rows;
}

QSet<qint64> Store::duplicateIds(qint64 listId)
{
    return Duplicates::find(duplicateRows(database(), listId));
}

QList<qint64> Store::duplicatesOf(qint64 listId, const EntryFields &fields, qint64 exceptId)
{
    return Duplicates::matching(duplicateRows(database(), listId),
                                {exceptId, fields.doi, fields.arxivId, fields.title});
}

} // namespace Curator
