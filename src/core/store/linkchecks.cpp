#include "linkchecks.h"

#include "sqlitestatement.h"
#include "store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Curator::LinkChecks {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::LinkChecks)
};

bool endsAddress(char c)
{
    return QByteArrayView(" \t\r\n)>]\"'|<").contains(c);
}

// Replaces `from` in `text` where it stands as a whole address (what follows ends it), so that
// https://a.org/x is not replaced inside https://a.org/x/y. Returns how many were replaced.
int replaceWhole(QByteArray &text, const QByteArray &from, const QByteArray &to)
{
    if (from.isEmpty())
        return 0;
    int count = 0;
    qsizetype at = 0;
    while ((at = text.indexOf(from, at)) >= 0) {
        const qsizetype end = at + from.size();
        const bool whole = (end == text.size() || endsAddress(text[end]))
            && (at == 0 || endsAddress(text[at - 1]) || text[at - 1] == '(');
        if (!whole) {
            at = end;
            continue;
        }
        text.replace(at, from.size(), to);
        at += to.size();
        ++count;
    }
    return count;
}

LinkCheckRow rowFrom(const SqliteStatement &q, int first)
{
    LinkCheckRow c;
    c.verdict = q.text(first);
    c.code = int(q.int64(first + 1));
    c.finalUrl = q.text(first + 2);
    c.message = q.text(first + 3);
    c.flags = int(q.int64(first + 4));
    c.checked = QDateTime::fromSecsSinceEpoch(q.int64(first + 5), Qt::UTC);
    return c;
}

bool replaceInEntry(Store &store, qint64 entryId, const QByteArray &from, const QByteArray &to,
                    const QString &newDoi, const QString &newArxiv)
{
    SqliteStatement read(store, "SELECT raw, url, doi, arxiv_id FROM entries WHERE id = ?");
    read.bind(1, entryId);
    if (read.step() != SQLITE_ROW) {
        store.setError(StoreText::tr("The entry is gone."));
        return false;
    }
    QByteArray raw = read.bytes(0).toByteArray();
    const bool isEntryUrl = read.text(1) == QString::fromUtf8(from);
    QString doi = read.text(2);
    QString arxiv = read.text(3);
    read.step();
    const int replaced = replaceWhole(raw, from, to);
    if (replaced == 0 && !isEntryUrl) {
        store.setError(
            StoreText::tr("The entry’s text no longer holds %1.").arg(QString::fromUtf8(from)));
        return false;
    }
    if (isEntryUrl) {
        // The new address may name the paper where the old one did not (an arXiv abs page for a
        // dead mirror): what the entry already knew stays.
        if (doi.isEmpty())
            doi = newDoi;
        if (arxiv.isEmpty())
            arxiv = newArxiv;
    }
    // Raw text that did not hold the address (written with escapes): the entry is written from
    // its fields instead.
    SqliteStatement write(store,
                          "UPDATE entries SET raw = ?, url = CASE WHEN ? THEN ? ELSE url END, "
                          "doi = ?, arxiv_id = ?, dirty = CASE WHEN ? THEN 1 ELSE dirty END, "
                          "modified = ? WHERE id = ?");
    write.bindBlob(1, raw);
    write.bind(2, qint64(isEntryUrl));
    write.bind(3, QString::fromUtf8(to));
    write.bind(4, doi);
    write.bind(5, arxiv);
    write.bind(6, qint64(replaced == 0));
    write.bind(7, QDateTime::currentSecsSinceEpoch());
    write.bind(8, entryId);
    if (!write.run()) {
        store.setError(StoreText::tr("Cannot change the entry: %1").arg(write.error()));
        return false;
    }
    return true;
}

bool replaceInText(Store &store, qint64 listId, const QByteArray &from, const QByteArray &to)
{
    int replaced = 0;
    // The README's text around the entries: its header and trailer, and each section's heading
    // and introduction.
    struct Column
    {
        const char *select;
        const char *update;
    };
    const Column columns[] = {
        {"SELECT id, header FROM lists WHERE id = ?", "UPDATE lists SET header = ? WHERE id = ?"},
        {"SELECT id, trailer FROM lists WHERE id = ?", "UPDATE lists SET trailer = ? WHERE id = ?"},
        {"SELECT id, heading FROM sections WHERE list_id = ?",
         "UPDATE sections SET heading = ? WHERE id = ?"},
        {"SELECT id, intro FROM sections WHERE list_id = ?",
         "UPDATE sections SET intro = ? WHERE id = ?"},
    };
    for (const Column &c : columns) {
        QList<QPair<qint64, QByteArray>> changed;
        SqliteStatement read(store, c.select);
        read.bind(1, listId);
        while (read.step() == SQLITE_ROW) {
            QByteArray text = read.bytes(1).toByteArray();
            if (const int n = replaceWhole(text, from, to); n > 0) {
                replaced += n;
                changed.append({read.int64(0), text});
            }
        }
        SqliteStatement write(store, c.update);
        for (const auto &[id, text] : std::as_const(changed)) {
            write.bindBlob(1, text);
            write.bind(2, id);
            if (!write.run()) {
                store.setError(
                    StoreText::tr("Cannot change the README’s text: %1").arg(write.error()));
                return false;
            }
        }
    }
    if (replaced == 0) {
        store.setError(
            StoreText::tr("The README’s text no longer holds %1.").arg(QString::fromUtf8(from)));
        return false;
    }
    return true;
}

} // namespace

QString ignoreText(Store &store, qint64 listId)
{
    SqliteStatement q(store, "SELECT link_ignore FROM lists WHERE id = ?");
    q.bind(1, listId);
    const QString text = q.step() == SQLITE_ROW ? q.text(0) : QString();
    q.step();
    return text;
}

bool setIgnoreText(Store &store, qint64 listId, const QString &text)
{
    SqliteStatement q(store, "UPDATE lists SET link_ignore = ? WHERE id = ?");
    q.bind(1, text);
    q.bind(2, listId);
    if (!q.run()) {
        store.setError(StoreText::tr("Cannot save the ignore rules: %1").arg(q.error()));
        return false;
    }
    return true;
}

QHash<QString, LinkCheckRow> rows(Store &store, const QStringList &urls)
{
    QHash<QString, LinkCheckRow> out;
    SqliteStatement q(store,
                      "SELECT verdict, code, final_url, message, flags, checked FROM link_checks "
                      "WHERE url = ?");
    for (const QString &url : urls) {
        q.bind(1, url);
        if (q.step() == SQLITE_ROW) {
            LinkCheckRow c = rowFrom(q, 0);
            c.url = url;
            out.insert(url, c);
            q.step();
        }
    }
    return out;
}

bool putRows(Store &store, const QList<LinkCheckRow> &rows)
{
    Store::Transaction t(store);
    if (!t.isActive())
        return false;
    SqliteStatement q(store,
                      "INSERT OR REPLACE INTO link_checks "
                      "(url, verdict, code, final_url, message, flags, checked) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const LinkCheckRow &c : rows) {
        q.bind(1, c.url);
        q.bind(2, c.verdict);
        q.bind(3, qint64(c.code));
        q.bind(4, c.finalUrl);
        q.bind(5, c.message);
        q.bind(6, qint64(c.flags));
        q.bind(7, c.checked.toSecsSinceEpoch());
        if (!q.run()) {
            store.setError(StoreText::tr("Cannot keep the link checks: %1").arg(q.error()));
            return false;
        }
    }
    return t.commit();
}

QHash<qint64, LinkCheckRow> entryRows(Store &store, qint64 listId)
{
    QHash<qint64, LinkCheckRow> out;
    SqliteStatement q(store,
                      "SELECT e.id, e.url, c.verdict, c.code, c.final_url, c.message, c.flags, "
                      "c.checked FROM entries e JOIN link_checks c ON c.url = e.url "
                      "WHERE e.list_id = ?");
    q.bind(1, listId);
    while (q.step() == SQLITE_ROW) {
        LinkCheckRow c = rowFrom(q, 2);
        c.url = q.text(1);
        out.insert(q.int64(0), c);
    }
    return out;
}

QSet<QString> cachedKeys(Store &store, const QSet<QString> &keys)
{
    QSet<QString> known;
    SqliteStatement q(store, "SELECT 1 FROM lookup_cache WHERE key = ?");
    for (const QString &key : keys) {
        q.bind(1, key);
        if (q.step() == SQLITE_ROW) {
            known.insert(key);
            q.step();
        }
    }
    return known;
}

QHash<qint64, QPair<QString, QString>> entryIdentifiers(Store &store, qint64 listId)
{
    QHash<qint64, QPair<QString, QString>> out;
    SqliteStatement q(store,
                      "SELECT id, doi, arxiv_id FROM entries WHERE list_id = ? AND "
                      "(doi <> '' OR arxiv_id <> '')");
    q.bind(1, listId);
    while (q.step() == SQLITE_ROW)
        out.insert(q.int64(0), {q.text(1), q.text(2)});
    return out;
}

bool replaceAddress(Store &store, qint64 listId, qint64 entryId, const QString &from,
                    const QString &to, const QString &doi, const QString &arxivId)
{
    const QByteArray f = from.toUtf8();
    const QByteArray t = to.toUtf8();
    return entryId != 0 ? replaceInEntry(store, entryId, f, t, doi, arxivId)
                        : replaceInText(store, listId, f, t);
}

} // namespace Curator::LinkChecks
