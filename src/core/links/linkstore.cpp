#include "linkstore.h"

#include "identifier.h"
#include "markdown/blocks.h"
#include "metadata/lookupcache.h"
#include "store/readmeio.h"
#include "store/sqlitestatement.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator::Links {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Links::LinkStore)
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

QString identifierKey(const QString &url)
{
    const Target t = targetOf(QUrl(url));
    if (t.kind == Target::Kind::Arxiv)
        return Metadata::LookupCache::key(Identifier::recognize(t.arxivId));
    if (t.kind == Target::Kind::Doi)
        return Metadata::LookupCache::key(Identifier::recognize(t.doi));
    return {};
}

CheckedLink checkedFrom(const SqliteStatement &q, int first)
{
    CheckedLink c;
    c.verdict = verdictFromKey(q.text(first)).value_or(Verdict::Unverified);
    c.code = int(q.int64(first + 1));
    c.finalUrl = q.text(first + 2);
    c.message = q.text(first + 3);
    c.setFlags(int(q.int64(first + 4)));
    c.checked = QDateTime::fromSecsSinceEpoch(q.int64(first + 5), Qt::UTC);
    return c;
}

// Each link's entry: the span its line starts in.
QList<LinkToCheck> placed(const QByteArray &data, const QList<ExportResult::EntrySpan> &spans,
                          const QHash<qint64, QPair<QString, QString>> &identifiers)
{
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\n')
            lineStarts.append(i + 1);
    }
    QList<LinkToCheck> out;
    for (const Markdown::DocumentLink &l : Markdown::linksIn(data)) {
        LinkToCheck c;
        c.url = l.url;
        c.line = l.line;
        const qsizetype offset = lineStarts.value(l.line - 1, 0);
        const auto span = std::upper_bound(
            spans.cbegin(), spans.cend(), offset,
            [](qsizetype o, const ExportResult::EntrySpan &s) { return o < s.begin; });
        if (span != spans.cbegin() && offset < std::prev(span)->end) {
            c.entryId = std::prev(span)->id;
            const auto ids = identifiers.value(c.entryId);
            c.entryDoi = ids.first;
            c.entryArxiv = ids.second;
        }
        out.append(c);
    }
    return out;
}

} // namespace

IgnoreRules ignoreRules(Store &store, qint64 listId)
{
    SqliteStatement q(store, "SELECT link_ignore FROM lists WHERE id = ?");
    q.bind(1, listId);
    const QString text = q.step() == SQLITE_ROW ? q.text(0) : QString();
    q.step();
    return IgnoreRules::parse(text);
}

bool setIgnoreRules(Store &store, qint64 listId, const QString &text)
{
    const IgnoreRules rules = IgnoreRules::parse(text);
    if (!rules.isValid()) {
        store.setError(rules.error());
        return false;
    }
    SqliteStatement q(store, "UPDATE lists SET link_ignore = ? WHERE id = ?");
    q.bind(1, text);
    q.bind(2, listId);
    if (!q.run()) {
        store.setError(StoreText::tr("Cannot save the ignore rules: %1").arg(q.error()));
        return false;
    }
    return true;
}

QHash<QString, CheckedLink> storedChecks(Store &store, const QStringList &urls)
{
    QHash<QString, CheckedLink> out;
    SqliteStatement q(store,
                      "SELECT verdict, code, final_url, message, flags, checked FROM link_checks "
                      "WHERE url = ?");
    for (const QString &url : urls) {
        q.bind(1, url);
        if (q.step() == SQLITE_ROW) {
            CheckedLink c = checkedFrom(q, 0);
            c.url = url;
            out.insert(url, c);
            q.step();
        }
    }
    return out;
}

bool storeChecks(Store &store, const QList<CheckedLink> &checked)
{
    Store::Transaction t(store);
    if (!t.isActive())
        return false;
    SqliteStatement q(store,
                      "INSERT OR REPLACE INTO link_checks "
                      "(url, verdict, code, final_url, message, flags, checked) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const CheckedLink &c : checked) {
        q.bind(1, c.url);
        q.bind(2, verdictKey(c.verdict));
        q.bind(3, qint64(c.code));
        q.bind(4, c.finalUrl);
        q.bind(5, c.message);
        q.bind(6, qint64(c.flags()));
        q.bind(7, c.checked.toSecsSinceEpoch());
        if (!q.run()) {
            store.setError(StoreText::tr("Cannot keep the link checks: %1").arg(q.error()));
            return false;
        }
    }
    return t.commit();
}

QHash<qint64, CheckedLink> entryLinkStatus(Store &store, qint64 listId)
{
    QHash<qint64, CheckedLink> out;
    SqliteStatement q(store,
                      "SELECT e.id, e.url, c.verdict, c.code, c.final_url, c.message, c.flags, "
                      "c.checked FROM entries e JOIN link_checks c ON c.url = e.url "
                      "WHERE e.list_id = ?");
    q.bind(1, listId);
    while (q.step() == SQLITE_ROW) {
        CheckedLink c = checkedFrom(q, 2);
        c.url = q.text(1);
        out.insert(q.int64(0), c);
    }
    return out;
}

QSet<QString> knownIdentifiers(Store &store, const QList<LinkToCheck> &links)
{
    QSet<QString> keys;
    for (const LinkToCheck &l : links) {
        if (const QString key = identifierKey(l.url); !key.isEmpty())
            keys.insert(key);
    }
    QSet<QString> known;
    SqliteStatement q(store, "SELECT 1 FROM lookup_cache WHERE key = ?");
    for (const QString &key : std::as_const(keys)) {
        q.bind(1, key);
        if (q.step() == SQLITE_ROW) {
            known.insert(key);
            q.step();
        }
    }
    return known;
}

QList<LinkToCheck> linksOfExport(const ExportResult &exported,
                                 const QHash<qint64, QPair<QString, QString>> &identifiers)
{
    return placed(exported.data, exported.entrySpans, identifiers);
}

QList<LinkToCheck> linksOfList(Store &store, qint64 listId, QString *error)
{
    const ExportResult exported = exportReadme(store, listId);
    if (!exported.ok) {
        *error = exported.error;
        return {};
    }
    QHash<qint64, QPair<QString, QString>> identifiers;
    SqliteStatement q(store, "SELECT id, doi, arxiv_id FROM entries WHERE list_id = ?");
    q.bind(1, listId);
    while (q.step() == SQLITE_ROW) {
        if (!q.bytes(1).isEmpty() || !q.bytes(2).isEmpty())
            identifiers.insert(q.int64(0), {q.text(1), q.text(2)});
    }
    return linksOfExport(exported, identifiers);
}

QList<LinkToCheck> linksOfReadme(const QByteArray &readme)
{
    return placed(readme, {}, {});
}

namespace {

bool rewriteInEntry(Store &store, qint64 entryId, const QByteArray &from, const QByteArray &to)
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
        const LinkIdentifiers ids = Identifier::fromUrl(QString::fromUtf8(to));
        if (doi.isEmpty())
            doi = ids.doi;
        if (arxiv.isEmpty())
            arxiv = ids.arxivId;
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

bool rewriteInText(Store &store, qint64 listId, const QByteArray &from, const QByteArray &to)
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

bool rewriteLink(Store &store, qint64 listId, qint64 entryId, const QString &from,
                 const QString &to)
{
    if (!Identifier::isWebUrl(to) || to.isEmpty()) {
        store.setError(StoreText::tr("%1 is not a web address.").arg(to));
        return false;
    }
    const QByteArray f = from.toUtf8();
    const QByteArray t = to.toUtf8();
    return entryId != 0 ? rewriteInEntry(store, entryId, f, t) : rewriteInText(store, listId, f, t);
}

} // namespace Curator::Links
