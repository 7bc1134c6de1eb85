#include "lookupcache.h"

#include "logging.h"
#include "metadata/parsers.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Curator::Metadata {

namespace {

const char *const SourceArxiv = "arxiv";

// A record as the arXiv cache stores it: one Atom entry of a batch feed can't be stored alone, so
// the parsed record is kept instead.
QJsonObject toJson(const MetadataRecord &r)
{
    QJsonArray authors;
    for (const PersonName &p : r.authors)
        authors.append(
            QJsonObject{{u"family"_s, p.family}, {u"given"_s, p.given}, {u"literal"_s, p.literal}});
    return QJsonObject{
        {u"format"_s, 1},
        {u"title"_s, r.title},
        {u"authors"_s, authors},
        {u"containerTitle"_s, r.containerTitle},
        {u"shortContainerTitle"_s, r.shortContainerTitle},
        {u"year"_s, r.year},
        {u"published"_s, r.published.toString(Qt::ISODate)},
        {u"doi"_s, r.doi},
        {u"arxivId"_s, r.arxivId},
        {u"arxivVersion"_s, r.arxivVersion},
        {u"url"_s, r.url},
        {u"type"_s, r.type},
        {u"journalRef"_s, r.journalRef},
        {u"preprintOf"_s, QJsonArray::fromStringList(r.preprintOf)},
        {u"hasPreprint"_s, QJsonArray::fromStringList(r.hasPreprint)},
        {u"publisher"_s, r.publisher},
    };
}

std::optional<MetadataRecord> fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toInt() != 1)
        return std::nullopt;
    const auto strings = [](const QJsonValue &v) {
        QStringList list;
        for (const QJsonValue &s : v.toArray())
            list << s.toString();
        return list;
    };
    MetadataRecord r;
    r.source = MetadataRecord::Source::Arxiv;
    r.title = o.value(u"title"_s).toString();
    for (const QJsonValue &a : o.value(u"authors"_s).toArray()) {
        const QJsonObject p = a.toObject();
        r.authors.append(PersonName{p.value(u"family"_s).toString(), p.value(u"given"_s).toString(),
                                    p.value(u"literal"_s).toString()});
    }
    r.containerTitle = o.value(u"containerTitle"_s).toString();
    r.shortContainerTitle = o.value(u"shortContainerTitle"_s).toString();
    r.year = o.value(u"year"_s).toInt();
    r.published = QDate::fromString(o.value(u"published"_s).toString(), Qt::ISODate);
    r.doi = o.value(u"doi"_s).toString();
    r.arxivId = o.value(u"arxivId"_s).toString();
    r.arxivVersion = o.value(u"arxivVersion"_s).toInt();
    r.url = o.value(u"url"_s).toString();
    r.type = o.value(u"type"_s).toString();
    r.journalRef = o.value(u"journalRef"_s).toString();
    r.preprintOf = strings(o.value(u"preprintOf"_s));
    r.hasPreprint = strings(o.value(u"hasPreprint"_s));
    r.publisher = o.value(u"publisher"_s).toString();
    return r;
}

} // namespace

LookupCache::LookupCache(Store *store)
    : m_store(store)
{ }

QString LookupCache::key(const RecognizedId &id)
{
    if (id.kind == RecognizedId::Kind::Arxiv)
        return u"arxiv:"_s + id.arxivId;
    return u"doi:"_s + Identifier::doiKey(id.doi);
}

std::optional<LookupCache::Hit> LookupCache::get(const RecognizedId &id) const
{
    if (!m_store)
        return std::nullopt;
    const auto hit = m_store->cacheGet(key(id));
    if (!hit)
        return std::nullopt;
    Hit c;
    c.fetched = hit->fetched;
    if (id.kind == RecognizedId::Kind::Arxiv) {
        const auto record = fromJson(hit->body);
        if (!record)
            return std::nullopt;
        if (id.arxivVersion > 0 && record->arxivVersion != id.arxivVersion)
            return std::nullopt;
        c.record = *record;
        return c;
    }
    const ParseResult parsed = hit->source == QLatin1String(Crossref) ? parseCrossrefWork(hit->body)
                                                                      : parseCsl(hit->body);
    if (parsed.status != ParseResult::Status::Ok || parsed.records.isEmpty())
        return std::nullopt;
    c.record = parsed.records.first();
    return c;
}

void LookupCache::putArxiv(const RecognizedId &id, const MetadataRecord &record)
{
    if (m_store
        && !m_store->cachePut(key(id), QString::fromLatin1(SourceArxiv),
                              QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact),
                              u"application/json"_s))
        qCWarning(lcNet) << "could not cache" << key(id) << m_store->errorString();
}

void LookupCache::putDoi(const RecognizedId &id, const char *source, const Net::FetchResult &fetch)
{
    if (m_store
        && !m_store->cachePut(key(id), QString::fromLatin1(source), fetch.body,
                              QString::fromLatin1(fetch.contentType)))
        qCWarning(lcNet) << "could not cache" << key(id) << m_store->errorString();
}

} // namespace Curator::Metadata
