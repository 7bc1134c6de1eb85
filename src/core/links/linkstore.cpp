#include "linkstore.h"

#include "identifier.h"
#include "markdown/blocks.h"
#include "metadata/lookupcache.h"
#include "store/linkchecks.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator::Links {

namespace {

class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Links::LinkStore)
};

QString identifierKey(const QString &url)
{
    const Target t = targetOf(QUrl(url));
    if (t.kind == Target::Kind::Arxiv)
        return Metadata::LookupCache::key(Identifier::recognize(t.arxivId));
    if (t.kind == Target::Kind::Doi)
        return Metadata::LookupCache::key(Identifier::recognize(t.doi));
    return {};
}

CheckedLink checkedFrom(const LinkCheckRow &row)
{
    CheckedLink c;
    c.url = row.url;
    c.verdict = verdictFromKey(row.verdict).value_or(Verdict::Unverified);
    c.code = row.code;
    c.finalUrl = row.finalUrl;
    c.message = row.message;
    c.setFlags(row.flags);
    c.checked = row.checked;
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
    return IgnoreRules::parse(LinkChecks::ignoreText(store, listId));
}

bool setIgnoreRules(Store &store, qint64 listId, const QString &text)
{
    const IgnoreRules rules = IgnoreRules::parse(text);
    if (!rules.isValid()) {
        store.setError(rules.error());
        return false;
    }
    return LinkChecks::setIgnoreText(store, listId, text);
}

QHash<QString, CheckedLink> storedChecks(Store &store, const QStringList &urls)
{
    QHash<QString, CheckedLink> out;
    const QHash<QString, LinkCheckRow> rows = LinkChecks::rows(store, urls);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out.insert(it.key(), checkedFrom(*it));
    return out;
}

bool storeChecks(Store &store, const QList<CheckedLink> &checked)
{
    QList<LinkCheckRow> rows;
    rows.reserve(checked.size());
    for (const CheckedLink &c : checked)
        rows.append(
            {c.url, verdictKey(c.verdict), c.code, c.finalUrl, c.message, c.flags(), c.checked});
    return LinkChecks::putRows(store, rows);
}

QHash<qint64, CheckedLink> entryLinkStatus(Store &store, qint64 listId)
{
    QHash<qint64, CheckedLink> out;
    const QHash<qint64, LinkCheckRow> rows = LinkChecks::entryRows(store, listId);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out.insert(it.key(), checkedFrom(*it));
    return out;
}

QSet<QString> knownIdentifiers(Store &store, const QList<LinkToCheck> &links)
{
    QSet<QString> keys;
    for (const LinkToCheck &l : links) {
        if (const QString key = identifierKey(l.url); !key.isEmpty())
            keys.insert(key);
    }
    return LinkChecks::cachedKeys(store, keys);
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
    return linksOfExport(exported, LinkChecks::entryIdentifiers(store, listId));
}

QList<LinkToCheck> linksOfReadme(const QByteArray &readme)
{
    return placed(readme, {}, {});
}

bool rewriteLink(Store &store, qint64 listId, qint64 entryId, const QString &from,
                 const QString &to)
{
    if (to.isEmpty() || !Identifier::isWebUrl(to)) {
        store.setError(StoreText::tr("%1 is not a web address.").arg(to));
        return false;
    }
    const LinkIdentifiers ids = Identifier::fromUrl(to);
    return LinkChecks::replaceAddress(store, listId, entryId, from, to, ids.doi, ids.arxivId);
}

} // namespace Curator::Links
