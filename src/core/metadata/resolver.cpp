#include "resolver.h"

#include "logging.h"
#include "metadata/lookupcache.h"
#include "metadata/services.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <map>

using namespace Qt::StringLiterals;

namespace Curator::Metadata {

namespace {

// lupdate finds the strings of this file under this context.
class ResolverText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Metadata)
};

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

} // namespace

Endpoints Endpoints::fromEnvironment()
{
    Endpoints e;
    e.arxiv = overridden(e.arxiv, "CURATOR_ARXIV_API");
    e.crossref = overridden(e.crossref, "CURATOR_CROSSREF_API");
    e.doi = overridden(e.doi, "CURATOR_DOI_API");
    e.biorxiv = overridden(e.biorxiv, "CURATOR_BIORXIV_API");
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
    LookupCache cache;
    Endpoints endpoints;
    ArxivClient arxiv;
    CrossrefClient crossref;
    DoiOrgClient doiOrg;

    Private(Resolver *resolver, Store *store, Net::Fetcher *fetcher, const Endpoints &e)
        : q(resolver)
        , cache(store)
        , endpoints(e)
        , arxiv(fetcher, e.arxiv)
        , crossref(fetcher, e.crossref)
        , doiOrg(fetcher, e.doi)
    { }

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
    // The batch, unless it is gone or canceled: an answer for it is dropped then.
    Batch *live(quint64 id)
    {
        Batch *b = batch(id);
        return b && !b->canceled ? b : nullptr;
    }

    QString serviceName(const QUrl &url) const;

    void process(quint64 batchId);
    // Why an id cannot be asked for at all, or nothing.
    static std::optional<LookupResult> refusal(const RecognizedId &id);
    void deliver(quint64 batchId, int index, LookupResult result);
    void finishCanceled(quint64 batchId);

    LookupResult fromCache(const RecognizedId &id, const LookupCache::Hit &c,
                           const QString &message) const;
    // A failed request: the cache answers when the service was unreachable, else the failure.
    LookupResult failure(const RecognizedId &id, const ServiceAnswer &answer);
    LookupResult found(const RecognizedId &id, const MetadataRecord &record) const;
    LookupResult notFound(const RecognizedId &id, const QString &message) const;

    void fetchArxiv(quint64 batchId, const QList<int> &indices);
    void arxivDone(quint64 batchId, const QList<int> &indices, const ServiceAnswer &answer);
    // Crossref first; doi.org for a DOI Crossref does not hold.
    void fetchDoi(quint64 batchId, int index, bool viaCrossref);
    void doiDone(quint64 batchId, int index, bool viaCrossref, const ServiceAnswer &answer);
};

Resolver::Resolver(Store *cache, QNetworkAccessManager *nam, const Endpoints &endpoints,
                   QObject *parent)
    : QObject(parent)
    , m_fetcher(new Net::Fetcher(nam, this))
{
    d = std::make_unique<Private>(this, cache, m_fetcher, endpoints);
    setContactEmail({});
    connect(m_fetcher, &Net::Fetcher::retryScheduled, this,
            [this](const QUrl &url, int seconds, int) {
                const QString message = sameHost(url, d->endpoints.arxiv)
                    ? ResolverText::tr("arXiv is busy; retrying in %1 s").arg(seconds)
                    : ResolverText::tr("%1 is rate-limiting; retrying in %2 s")
                          .arg(d->serviceName(url))
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
    const QString address = email.trimmed();
    d->crossref.setContactKnown(!address.isEmpty());
    // Crossref's polite pool is for clients that say who they are; the others are told too.
    QByteArray agent = QByteArray("AwesomeCurator/") + CURATOR_VERSION
        + " (https://github.com/awesome-curator/awesome-curator";
    if (!address.isEmpty()) {
        // A header value can't hold line breaks; an address with them is not an address.
        QString clean = address;
        clean.remove(u'\r').remove(u'\n');
        agent += "; mailto:" + clean.toUtf8();
    }
    agent += ')';
    m_fetcher->setUserAgent(agent);
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
    Batch *b = live(batchId);
    if (!b)
        return;
    if (b->ids.isEmpty()) {
        batches.erase(batchId);
        emit q->allFinished(batchId);
        return;
    }
    const QList<RecognizedId> ids = b->ids;
    const bool refresh = b->refresh;
    QList<int> arxivIds;
    QList<int> dois;
    QList<QPair<int, LookupResult>> ready;
    for (int i = 0; i < ids.size(); ++i) {
        const RecognizedId &id = ids.at(i);
        if (const auto refused = refusal(id)) {
            ready.append({i, *refused});
            continue;
        }
        if (!refresh) {
            if (const auto c = cache.get(id)) {
                ready.append(
                    {i, fromCache(id, *c, ResolverText::tr("Cached %1").arg(ago(c->fetched)))});
                continue;
            }
        }
        (id.kind == RecognizedId::Kind::Arxiv ? arxivIds : dois).append(i);
    }

    // Requests first, then the cached answers: a slot reacting to a result may cancel the batch,
    // and the requests must be known by then to be canceled.
    for (int from = 0; from < arxivIds.size(); from += ArxivClient::BatchSize)
        fetchArxiv(batchId, arxivIds.mid(from, ArxivClient::BatchSize));
    for (int i : std::as_const(dois))
        fetchDoi(batchId, i, true);
    for (const auto &[index, result] : std::as_const(ready))
        deliver(batchId, index, result);
}

std::optional<LookupResult> Resolver::Private::refusal(const RecognizedId &id)
{
    LookupResult r;
    r.id = id;
    r.status = LookupResult::Status::Failed;
    if (id.kind == RecognizedId::Kind::Arxiv && !Identifier::isArxivId(id.arxivWithVersion())) {
        // One malformed id would make arXiv refuse the whole batch it travels in.
        r.message
            = ResolverText::tr("\"%1\" is not an arXiv identifier.").arg(id.arxivWithVersion());
        return r;
    }
    if (id.kind == RecognizedId::Kind::None
        || (id.kind == RecognizedId::Kind::Doi && id.doi.isEmpty())) {
        r.message = ResolverText::tr("Not a DOI or an arXiv identifier.");
        return r;
    }
    return std::nullopt;
}

LookupResult Resolver::Private::fromCache(const RecognizedId &id, const LookupCache::Hit &c,
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

LookupResult Resolver::Private::failure(const RecognizedId &id, const ServiceAnswer &answer)
{
    if (answer.isOutage()) {
        if (const auto c = cache.get(id)) {
            const QString when = ago(c->fetched);
            using S = Net::FetchResult::Status;
            const QString message
                = answer.fetch.status == S::RateLimited || answer.fetch.status == S::HttpError
                ? ResolverText::tr("%1 is unavailable — showing the cached record from %2")
                      .arg(serviceName(answer.fetch.url), when)
                : ResolverText::tr("Offline — showing the cached record from %1").arg(when);
            return fromCache(id, *c, message);
        }
    }
    LookupResult r;
    r.status = LookupResult::Status::Failed;
    r.id = id;
    r.message = answer.message;
    return r;
}

LookupResult Resolver::Private::found(const RecognizedId &id, const MetadataRecord &record) const
{
    LookupResult r;
    r.id = id;
    r.status = LookupResult::Status::Ok;
    r.record = record;
    r.fetched = QDateTime::currentDateTimeUtc();
    return r;
}

LookupResult Resolver::Private::notFound(const RecognizedId &id, const QString &message) const
{
    LookupResult r;
    r.id = id;
    r.status = LookupResult::Status::NotFound;
    r.message = message;
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
    b->tickets.append(arxiv.fetch(query, [this, batchId, indices](const ServiceAnswer &a) {
        arxivDone(batchId, indices, a);
    }));
}

void Resolver::Private::arxivDone(quint64 batchId, const QList<int> &indices,
                                  const ServiceAnswer &answer)
{
    Batch *b = live(batchId);
    if (!b)
        return;
    const QList<RecognizedId> ids = b->ids;
    QSet<QString> stored;
    for (int i : indices) {
        const RecognizedId &id = ids.at(i);
        if (answer.status != ServiceAnswer::Status::Ok) {
            deliver(batchId, i, failure(id, answer));
            continue;
        }
        const MetadataRecord *match = ArxivClient::find(answer, id);
        if (!match) {
            deliver(
                batchId, i,
                notFound(id, ResolverText::tr("arXiv has no paper %1").arg(id.arxivWithVersion())));
            continue;
        }
        if (!stored.contains(LookupCache::key(id))) {
            stored.insert(LookupCache::key(id));
            cache.putArxiv(id, *match);
        }
        deliver(batchId, i, found(id, *match));
    }
}

void Resolver::Private::fetchDoi(quint64 batchId, int index, bool viaCrossref)
{
    Batch *b = batch(batchId);
    const QString doi = b->ids.at(index).doi;
    auto done = [this, batchId, index, viaCrossref](const ServiceAnswer &a) {
        doiDone(batchId, index, viaCrossref, a);
    };
    b->tickets.append(viaCrossref ? crossref.fetch(doi, done) : doiOrg.fetch(doi, done));
}

void Resolver::Private::doiDone(quint64 batchId, int index, bool viaCrossref,
                                const ServiceAnswer &answer)
{
    Batch *b = live(batchId);
    if (!b)
        return;
    const RecognizedId id = b->ids.at(index);
    switch (answer.status) {
    case ServiceAnswer::Status::NotFound:
        // Not a Crossref DOI: DataCite (Zenodo, arXiv) or another agency may hold it.
        if (viaCrossref)
            fetchDoi(batchId, index, false);
        else
            deliver(batchId, index, notFound(id, answer.message));
        return;
    case ServiceAnswer::Status::Failed:
        deliver(batchId, index, failure(id, answer));
        return;
    case ServiceAnswer::Status::Ok:
        cache.putDoi(id, viaCrossref ? LookupCache::Crossref : LookupCache::DoiOrg, answer.fetch);
        deliver(batchId, index, found(id, answer.records.first()));
        return;
    }
}

} // namespace Curator::Metadata
