#include "resolver.h"

#include "logging.h"
#include "metadata/parsers.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

#include <map>

using namespace Qt::StringLiterals;

namespace Curator::Metadata {

namespace {

// lupdate finds the strings of this file under this context.
class ResolverText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Metadata)
};

// arXiv's terms of use allow one request every 3 s; its id_list takes many ids, so a long list is
// cheap as long as the ids travel together.
constexpr int ArxivBatchSize = 100;
constexpr int TimeoutMs = 20000;
constexpr qint64 MaxBytes = 8 * 1024 * 1024;

const char *const SourceArxiv = "arxiv";
const char *const SourceCrossref = "crossref";
const char *const SourceDoiOrg = "doi.org";

// Replaces scheme, host and port of `base` with those of the variable's URL, keeping the path.
QUrl overridden(QUrl base, const char *variable)
{
    const QByteArray value = qgetenv(variable).trimmed();
    if (value.isEmpty())
        return base;
    const QUrl url(QString::fromUtf8(value), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        qCWarning(lcNet) << variable << "is not an http(s) URL; ignored:" << value;
        return base;
    }
    base.setScheme(url.scheme());
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

// `base` plus an already percent-encoded path and query.
QUrl endpointUrl(const QUrl &base, const QByteArray &encodedPathAndQuery)
{
    QByteArray s
        = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return QUrl::fromEncoded(s + encodedPathAndQuery, QUrl::StrictMode);
}

// A DOI may hold '?', '#', '%', ';', spaces and brackets: each would change what the URL means,
// so everything but unreserved characters and the path separator is percent-encoded.
QByteArray encodedDoi(const QString &doi)
{
    return QUrl::toPercentEncoding(doi, "/");
}

bool sameHost(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80)
        == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

QString ago(const QDateTime &when)
{
    const qint64 s = std::max<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 60)
        return ResolverText::tr("just now");
    if (s < 3600)
        return ResolverText::tr("%n minutes ago", nullptr, int(s / 60));
    if (s < 86400)
        return ResolverText::tr("%n hours ago", nullptr, int(s / 3600));
    return ResolverText::tr("%n days ago", nullptr, int(s / 86400));
}

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

QString cacheKey(const RecognizedId &id)
{
    if (id.kind == RecognizedId::Kind::Arxiv)
        return u"arxiv:"_s + id.arxivId;
    return u"doi:"_s + Identifier::doiKey(id.doi);
}

// Failures where an older answer is better than none: the service could not be asked or did not
// answer properly, as opposed to answering that the id is wrong.
bool isOutage(const FetchResult &r)
{
    using S = FetchResult::Status;
    return r.status == S::NetworkError || r.status == S::Timeout || r.status == S::RateLimited
        || (r.status == S::HttpError && r.httpStatus >= 500);
}

} // namespace

Endpoints Endpoints::fromEnvironment()
{
    Endpoints e;
    e.arxiv = overridden(e.arxiv, "CURATOR_ARXIV_API");
    e.crossref = overridden(e.crossref, "CURATOR_CROSSREF_API");
    e.doi = overridden(e.doi, "CURATOR_DOI_API");
    return e;
}

Resolver *newResolver(Store *cache, QNetworkAccessManager *nam, const QString &contactEmail,
                      QObject *parent)
{
    auto *r = new Resolver(cache, nam, Endpoints::fromEnvironment(), parent);
    r->setContactEmail(contactEmail.trimmed().isEmpty()
                           ? qEnvironmentVariable("CURATOR_CONTACT_EMAIL")
                           : contactEmail);
    return r;
}

struct Resolver::Private
{
    Resolver *q = nullptr;
    Store *cache = nullptr;
    Endpoints endpoints;
    QString email;

    struct Batch
    {
        QList<RecognizedId> ids;
        QList<bool> done;
        int remaining = 0;
        bool refresh = false;
        bool canceled = false;
        QList<quint64> tickets;
    };
    std::map<quint64, Batch> batches;
    quint64 nextBatch = 1;

    Batch *batch(quint64 id)
    {
        auto it = batches.find(id);
        return it == batches.end() ? nullptr : &it->second;
    }

    void applyCrossrefPolicy();
    QString serviceName(const QUrl &url) const;

    void process(quint64 batchId);
    void deliver(quint64 batchId, int index, LookupResult result);
    void finishCanceled(quint64 batchId);

    // The cached record for `id`, if any (and of the asked version, for arXiv).
    struct Cached
    {
        MetadataRecord record;
        QDateTime fetched;
    };
    std::optional<Cached> cached(const RecognizedId &id);
    LookupResult fromCache(const RecognizedId &id, const Cached &c, const QString &message) const;
    // A failed fetch: the cache answers when the service was unreachable, else the failure.
    LookupResult failure(const RecognizedId &id, const FetchResult &fetch);

    void fetchArxiv(quint64 batchId, const QList<int> &indices);
    void arxivDone(quint64 batchId, const QList<int> &indices, const FetchResult &fetch);
    void fetchCrossref(quint64 batchId, int index);
    void crossrefDone(quint64 batchId, int index, const FetchResult &fetch);
    void fetchDoiOrg(quint64 batchId, int index);
    void doiOrgDone(quint64 batchId, int index, const FetchResult &fetch);
    void cacheAndDeliver(quint64 batchId, int index, const char *source, const FetchResult &fetch,
                         const MetadataRecord &record);
};

Resolver::Resolver(Store *cache, QNetworkAccessManager *nam, const Endpoints &endpoints,
                   QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_fetcher(new Fetcher(nam, this))
{
    d->q = this;
    d->cache = cache;
    d->endpoints = endpoints;

    HostPolicy arxiv;
    arxiv.minIntervalMs = 3000;
    arxiv.maxConcurrent = 1;
    arxiv.timeoutMs = TimeoutMs;
    arxiv.maxBytes = MaxBytes;
    m_fetcher->setPolicy(endpoints.arxiv, arxiv);

    HostPolicy doi;
    doi.minIntervalMs = 200;
    doi.maxConcurrent = 1;
    doi.timeoutMs = TimeoutMs;
    doi.maxBytes = MaxBytes;
    m_fetcher->setPolicy(endpoints.doi, doi);

    d->applyCrossrefPolicy();

    connect(m_fetcher, &Fetcher::retryScheduled, this, [this](const QUrl &url, int seconds, int) {
        const QString service = d->serviceName(url);
        const QString message = sameHost(url, d->endpoints.arxiv)
            ? QCoreApplication::translate("Curator::Metadata", "arXiv is busy; retrying in %1 s")
                  .arg(seconds)
            : QCoreApplication::translate("Curator::Metadata",
                                          "%1 is rate-limiting; retrying in %2 s")
                  .arg(service)
                  .arg(seconds);
        emit waiting(message);
    });
}

Resolver::~Resolver()
{
    // The fetcher's callbacks point into `d`: it goes first, without calling them.
    delete m_fetcher;
    m_fetcher = nullptr;
}

void Resolver::setContactEmail(const QString &email)
{
    d->email = email.trimmed();
    d->applyCrossrefPolicy();
}

void Resolver::Private::applyCrossrefPolicy()
{
    // Crossref's published limits (December 2025): the polite pool is only for clients that say
    // who they are.
    HostPolicy crossref;
    // 10% under the published rate (5/s public, 10/s polite): requests spaced exactly at the
    // limit arrive, with network jitter, a little faster than it and draw 429s.
    crossref.minIntervalMs = email.isEmpty() ? 220 : 110;
    crossref.maxConcurrent = email.isEmpty() ? 1 : 3;
    crossref.timeoutMs = TimeoutMs;
    crossref.maxBytes = MaxBytes;
    q->m_fetcher->setPolicy(endpoints.crossref, crossref);

    QByteArray agent = QByteArray("AwesomeCurator/") + CURATOR_VERSION
        + " (https://github.com/awesome-curator/awesome-curator";
    if (!email.isEmpty()) {
        // A header value can't hold line breaks; an address with them is not an address.
        QString address = email;
        address.remove(u'\r').remove(u'\n');
        agent += "; mailto:" + address.toUtf8();
    }
    agent += ')';
    q->m_fetcher->setUserAgent(agent);
}

QString Resolver::Private::serviceName(const QUrl &url) const
{
    if (sameHost(url, endpoints.arxiv))
        return u"arXiv"_s;
    if (sameHost(url, endpoints.crossref))
        return u"Crossref"_s;
    if (sameHost(url, endpoints.doi))
        return u"doi.org"_s;
    return url.host();
}

quint64 Resolver::lookup(const QList<RecognizedId> &ids, bool refresh)
{
    const quint64 id = d->nextBatch++;
    Private::Batch &b = d->batches[id];
    b.ids = ids;
    b.done = QList<bool>(ids.size(), false);
    b.remaining = int(ids.size());
    b.refresh = refresh;
    // From the event loop: the caller connects to the signals after this returns, and every id of
    // this call is known before the arXiv batches are cut.
    QMetaObject::invokeMethod(
        this, [this, id] { d->process(id); }, Qt::QueuedConnection);
    return id;
}

void Resolver::cancel(quint64 batch)
{
    Private::Batch *b = d->batch(batch);
    if (!b || b->canceled)
        return;
    b->canceled = true;
    const QList<quint64> tickets = b->tickets;
    // Callbacks for a canceled batch are ignored, whether they run now or later.
    for (quint64 t : tickets)
        m_fetcher->cancel(t);
    QMetaObject::invokeMethod(
        this, [this, batch] { d->finishCanceled(batch); }, Qt::QueuedConnection);
}

void Resolver::Private::finishCanceled(quint64 batchId)
{
    Batch *b = batch(batchId);
    if (!b)
        return;
    const int n = int(b->ids.size());
    for (int i = 0; i < n; ++i) {
        b = batch(batchId);
        if (!b)
            return;
        if (b->done.at(i))
            continue;
        LookupResult r;
        r.status = LookupResult::Status::Canceled;
        r.id = b->ids.at(i);
        r.message = ResolverText::tr("The look-up was canceled.");
        deliver(batchId, i, r);
    }
}

void Resolver::Private::deliver(quint64 batchId, int index, LookupResult result)
{
    Batch *b = batch(batchId);
    if (!b || b->done.at(index))
        return;
    b->done[index] = true;
    --b->remaining;
    const bool last = b->remaining == 0;
    if (last)
        batches.erase(batchId); // before the signals: a slot may start a new look-up
    emit q->finished(batchId, index, result);
    if (last)
        emit q->allFinished(batchId);
}

void Resolver::Private::process(quint64 batchId)
{
    Batch *b = batch(batchId);
    if (!b || b->canceled)
        return;
    if (b->ids.isEmpty()) {
        batches.erase(batchId);
        emit q->allFinished(batchId);
        return;
    }
    const QList<RecognizedId> ids = b->ids;
    const bool refresh = b->refresh;
    QList<int> arxiv;
    QList<int> dois;
    QList<QPair<int, LookupResult>> ready;
    for (int i = 0; i < ids.size(); ++i) {
        const RecognizedId &id = ids.at(i);
        LookupResult r;
        r.id = id;
        if (id.kind == RecognizedId::Kind::Arxiv && !Identifier::isArxivId(id.arxivWithVersion())) {
            // One malformed id would make arXiv refuse the whole batch it travels in.
            r.status = LookupResult::Status::Failed;
            r.message
                = ResolverText::tr("\"%1\" is not an arXiv identifier.").arg(id.arxivWithVersion());
            ready.append({i, r});
            continue;
        }
        if (id.kind == RecognizedId::Kind::None
            || (id.kind == RecognizedId::Kind::Doi && id.doi.isEmpty())) {
            r.status = LookupResult::Status::Failed;
            r.message = ResolverText::tr("Not a DOI or an arXiv identifier.");
            ready.append({i, r});
            continue;
        }
        if (!refresh) {
            if (const auto c = cached(id)) {
                ready.append(
                    {i, fromCache(id, *c, ResolverText::tr("Cached %1").arg(ago(c->fetched)))});
                continue;
            }
        }
        (id.kind == RecognizedId::Kind::Arxiv ? arxiv : dois).append(i);
    }

    // Requests first, then the cached answers: a slot reacting to a result may cancel the batch,
    // and the requests must be known by then to be canceled.
    for (int from = 0; from < arxiv.size(); from += ArxivBatchSize)
        fetchArxiv(batchId, arxiv.mid(from, ArxivBatchSize));
    for (int i : std::as_const(dois))
        fetchCrossref(batchId, i);
    for (const auto &[index, result] : std::as_const(ready))
        deliver(batchId, index, result);
}

std::optional<Resolver::Private::Cached> Resolver::Private::cached(const RecognizedId &id)
{
    if (!cache)
        return std::nullopt;
    const auto hit = cache->cacheGet(cacheKey(id));
    if (!hit)
        return std::nullopt;
    Cached c;
    c.fetched = hit->fetched;
    if (id.kind == RecognizedId::Kind::Arxiv) {
        const auto record = fromJson(hit->body);
        if (!record)
            return std::nullopt;
        // Another version's metadata (title, authors) may differ: that one is asked again.
        if (id.arxivVersion > 0 && record->arxivVersion != id.arxivVersion)
            return std::nullopt;
        c.record = *record;
        return c;
    }
    const ParseResult parsed = hit->source == QLatin1String(SourceCrossref)
        ? parseCrossrefWork(hit->body)
        : parseCsl(hit->body);
    if (parsed.status != ParseResult::Status::Ok || parsed.records.isEmpty())
        return std::nullopt;
    c.record = parsed.records.first();
    return c;
}

LookupResult Resolver::Private::fromCache(const RecognizedId &id, const Cached &c,
                                          const QString &message) const
{
    LookupResult r;
    r.status = LookupResult::Status::Ok;
    r.id = id;
    r.record = c.record;
    r.fromCache = true;
    r.fetched = c.fetched;
    r.message = message;
    return r;
}

LookupResult Resolver::Private::failure(const RecognizedId &id, const FetchResult &fetch)
{
    if (isOutage(fetch)) {
        if (const auto c = cached(id)) {
            const QString when = ago(c->fetched);
            const QString message = fetch.status == FetchResult::Status::RateLimited
                    || fetch.status == FetchResult::Status::HttpError
                ? ResolverText::tr("%1 is unavailable — showing the cached record from %2")
                      .arg(serviceName(fetch.url), when)
                : ResolverText::tr("Offline — showing the cached record from %1").arg(when);
            return fromCache(id, *c, message);
        }
    }
    LookupResult r;
    r.status = LookupResult::Status::Failed;
    r.id = id;
    r.message = fetch.message;
    return r;
}

void Resolver::Private::fetchArxiv(quint64 batchId, const QList<int> &indices)
{
    Batch *b = batch(batchId);
    QStringList query;
    for (int i : indices) {
        const QString id = b->ids.at(i).arxivWithVersion();
        if (!query.contains(id))
            query << id;
    }
    // Old-style ids keep their '/': arXiv reads them either way, and the ids are validated, so
    // nothing else needs escaping.
    const QByteArray target = "/api/query?id_list=" + query.join(u',').toUtf8()
        + "&max_results=" + QByteArray::number(query.size());
    const QUrl url = endpointUrl(endpoints.arxiv, target);
    qCDebug(lcNet) << "arXiv look-up of" << query.size() << "ids";
    const quint64 ticket = q->m_fetcher->get(
        url, {{"Accept", "application/atom+xml"}},
        [this, batchId, indices](const FetchResult &r) { arxivDone(batchId, indices, r); });
    b->tickets.append(ticket);
}

void Resolver::Private::arxivDone(quint64 batchId, const QList<int> &indices,
                                  const FetchResult &fetch)
{
    Batch *b = batch(batchId);
    if (!b || b->canceled)
        return;
    const QList<RecognizedId> ids = b->ids;

    // arXiv answers a malformed id with 400 and an error feed (older servers with 200).
    const bool feed = fetch.status == FetchResult::Status::Ok
        || (fetch.status == FetchResult::Status::HttpError && fetch.httpStatus == 400);
    if (!feed) {
        for (int i : indices)
            deliver(batchId, i, failure(ids.at(i), fetch));
        return;
    }
    const ParseResult parsed = parseArxivFeed(fetch.body);
    if (parsed.status == ParseResult::Status::ServiceError
        || parsed.status == ParseResult::Status::Malformed) {
        for (int i : indices) {
            LookupResult r;
            r.status = LookupResult::Status::Failed;
            r.id = ids.at(i);
            r.message = parsed.message;
            deliver(batchId, i, r);
        }
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> stored;
    for (int i : indices) {
        const RecognizedId &id = ids.at(i);
        LookupResult r;
        r.id = id;
        const MetadataRecord *match = nullptr;
        for (const MetadataRecord &record : parsed.records) {
            if (record.arxivId.compare(id.arxivId, Qt::CaseInsensitive) == 0
                && (id.arxivVersion == 0 || record.arxivVersion == id.arxivVersion)) {
                match = &record;
                break;
            }
        }
        if (!match) {
            r.status = LookupResult::Status::NotFound;
            r.message = ResolverText::tr("arXiv has no paper %1").arg(id.arxivWithVersion());
            deliver(batchId, i, r);
            continue;
        }
        const QString key = cacheKey(id);
        if (cache && !stored.contains(key)) {
            stored.insert(key);
            if (!cache->cachePut(key, QString::fromLatin1(SourceArxiv),
                                 QJsonDocument(toJson(*match)).toJson(QJsonDocument::Compact),
                                 u"application/json"_s))
                qCWarning(lcNet) << "could not cache" << key << cache->errorString();
        }
        r.status = LookupResult::Status::Ok;
        r.record = *match;
        r.fetched = now;
        deliver(batchId, i, r);
    }
}

void Resolver::Private::fetchCrossref(quint64 batchId, int index)
{
    Batch *b = batch(batchId);
    const QUrl url = endpointUrl(endpoints.crossref, "/works/" + encodedDoi(b->ids.at(index).doi));
    const quint64 ticket = q->m_fetcher->get(
        url, {{"Accept", "application/json"}},
        [this, batchId, index](const FetchResult &r) { crossrefDone(batchId, index, r); });
    b->tickets.append(ticket);
}

void Resolver::Private::crossrefDone(quint64 batchId, int index, const FetchResult &fetch)
{
    Batch *b = batch(batchId);
    if (!b || b->canceled)
        return;
    const RecognizedId id = b->ids.at(index);
    if (fetch.status == FetchResult::Status::NotFound) {
        // Not a Crossref DOI: DataCite (Zenodo, arXiv) or another agency may hold it.
        fetchDoiOrg(batchId, index);
        return;
    }
    if (fetch.status != FetchResult::Status::Ok) {
        deliver(batchId, index, failure(id, fetch));
        return;
    }
    const ParseResult parsed = parseCrossrefWork(fetch.body);
    if (parsed.status == ParseResult::Status::NotFound) {
        fetchDoiOrg(batchId, index);
        return;
    }
    LookupResult r;
    r.id = id;
    if (parsed.status != ParseResult::Status::Ok || parsed.records.isEmpty()) {
        r.status = LookupResult::Status::Failed;
        r.message = parsed.message;
        deliver(batchId, index, r);
        return;
    }
    cacheAndDeliver(batchId, index, SourceCrossref, fetch, parsed.records.first());
}

// A DOI's record as the service sent it goes into the cache (raw, so a later parser can read
// it again), and to the caller.
void Resolver::Private::cacheAndDeliver(quint64 batchId, int index, const char *source,
                                        const FetchResult &fetch, const MetadataRecord &record)
{
    const RecognizedId id = batch(batchId)->ids.at(index);
    if (cache
        && !cache->cachePut(cacheKey(id), QString::fromLatin1(source), fetch.body,
                            QString::fromLatin1(fetch.contentType)))
        qCWarning(lcNet) << "could not cache" << cacheKey(id) << cache->errorString();
    LookupResult r;
    r.id = id;
    r.status = LookupResult::Status::Ok;
    r.record = record;
    r.fetched = QDateTime::currentDateTimeUtc();
    deliver(batchId, index, r);
}

void Resolver::Private::fetchDoiOrg(quint64 batchId, int index)
{
    Batch *b = batch(batchId);
    const QUrl url = endpointUrl(endpoints.doi, '/' + encodedDoi(b->ids.at(index).doi));
    // Qt repeats the request's headers when it follows the 30x to the registration agency, so
    // the agency sees the Accept header too (tst_resolver checks it across two servers).
    const quint64 ticket = q->m_fetcher->get(
        url, {{"Accept", "application/vnd.citationstyles.csl+json"}},
        [this, batchId, index](const FetchResult &r) { doiOrgDone(batchId, index, r); });
    b->tickets.append(ticket);
}

void Resolver::Private::doiOrgDone(quint64 batchId, int index, const FetchResult &fetch)
{
    Batch *b = batch(batchId);
    if (!b || b->canceled)
        return;
    const RecognizedId id = b->ids.at(index);
    LookupResult r;
    r.id = id;
    if (fetch.status == FetchResult::Status::NotFound) {
        r.status = LookupResult::Status::NotFound;
        r.message = ResolverText::tr("No record of DOI %1 at Crossref or doi.org").arg(id.doi);
        deliver(batchId, index, r);
        return;
    }
    if (fetch.status != FetchResult::Status::Ok) {
        deliver(batchId, index, failure(id, fetch));
        return;
    }
    const ParseResult parsed = parseCsl(fetch.body);
    if (parsed.status != ParseResult::Status::Ok || parsed.records.isEmpty()) {
        r.status = parsed.status == ParseResult::Status::NotFound ? LookupResult::Status::NotFound
                                                                  : LookupResult::Status::Failed;
        r.message = parsed.status == ParseResult::Status::NotFound
            ? ResolverText::tr("No record of DOI %1 at Crossref or doi.org").arg(id.doi)
            : parsed.message;
        deliver(batchId, index, r);
        return;
    }
    cacheAndDeliver(batchId, index, SourceDoiOrg, fetch, parsed.records.first());
}

} // namespace Curator::Metadata
