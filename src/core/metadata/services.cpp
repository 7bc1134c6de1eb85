#include "services.h"

#include "logging.h"
#include "metadata/parsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Curator::Metadata {

namespace {

// lupdate finds the strings of this file under this context.
class ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Metadata)
};

constexpr int TimeoutMs = 20000;
constexpr qint64 MaxBytes = 8 * 1024 * 1024;

// An answer that was not Ok at the HTTP level, in the service's terms.
ServiceAnswer failed(const Net::FetchResult &fetch)
{
    ServiceAnswer a;
    a.status = ServiceAnswer::Status::Failed;
    a.fetch = fetch;
    a.message = fetch.message;
    return a;
}

// A parsed body: Ok with its records, or the parser's verdict.
ServiceAnswer fromParsed(const Net::FetchResult &fetch, const ParseResult &parsed)
{
    ServiceAnswer a;
    a.fetch = fetch;
    if (parsed.status == ParseResult::Status::Ok && !parsed.records.isEmpty()) {
        a.status = ServiceAnswer::Status::Ok;
        a.records = parsed.records;
    } else if (parsed.status == ParseResult::Status::NotFound) {
        a.status = ServiceAnswer::Status::NotFound;
        a.message = parsed.message;
    } else {
        a.status = ServiceAnswer::Status::Failed;
        a.message = parsed.message;
    }
    return a;
}

} // namespace

bool ServiceAnswer::isOutage() const
{
    using S = Net::FetchResult::Status;
    return fetch.status == S::NetworkError || fetch.status == S::Timeout
        || fetch.status == S::RateLimited
        || (fetch.status == S::HttpError && fetch.httpStatus >= 500);
}

QUrl serviceUrl(const QUrl &base, const QByteArray &encodedPathAndQuery)
{
    const QByteArray s
        = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return QUrl::fromEncoded(s + encodedPathAndQuery, QUrl::StrictMode);
}

QByteArray encodedDoi(const QString &doi)
{
    return QUrl::toPercentEncoding(doi, "/");
}

Net::HostPolicy servicePolicy(int minIntervalMs, int maxConcurrent)
{
    Net::HostPolicy p;
    p.minIntervalMs = minIntervalMs;
    p.maxConcurrent = maxConcurrent;
    p.timeoutMs = TimeoutMs;
    p.maxBytes = MaxBytes;
    return p;
}

ArxivClient::ArxivClient(Net::Fetcher *fetcher, const QUrl &base)
    : m_fetcher(fetcher)
    , m_base(base)
{
    // arXiv's terms of use: one request every 3 s, one connection.
    m_fetcher->setPolicy(base, servicePolicy(3000, 1));
}

quint64 ArxivClient::fetch(const QStringList &ids, ServiceCallback done)
{
    // Old-style ids keep their '/': arXiv reads them either way, and the ids are validated, so
    // nothing else needs escaping.
    const QByteArray target = "/api/query?id_list=" + ids.join(u',').toUtf8()
        + "&max_results=" + QByteArray::number(ids.size());
    qCDebug(lcNet) << "arXiv look-up of" << ids.size() << "ids";
    return m_fetcher->get(serviceUrl(m_base, target), {{"Accept", "application/atom+xml"}},
                          [done = std::move(done)](const Net::FetchResult &fetch) {
                              // arXiv answers a malformed id with 400 and an error feed (older
                              // servers with 200).
                              const bool feed = fetch.status == Net::FetchResult::Status::Ok
                                  || (fetch.status == Net::FetchResult::Status::HttpError
                                      && fetch.httpStatus == 400);
                              if (!feed) {
                                  done(failed(fetch));
                                  return;
                              }
                              ServiceAnswer a = fromParsed(fetch, parseArxivFeed(fetch.body));
                              // An empty feed: none of the ids is known, which find() tells
                              // each caller; it is not a failure of the request.
                              if (a.status == ServiceAnswer::Status::NotFound)
                                  a.status = ServiceAnswer::Status::Ok;
                              done(a);
                          });
}

const MetadataRecord *ArxivClient::find(const ServiceAnswer &answer, const RecognizedId &id)
{
    for (const MetadataRecord &record : answer.records) {
        if (record.arxivId.compare(id.arxivId, Qt::CaseInsensitive) == 0
            && (id.arxivVersion == 0 || record.arxivVersion == id.arxivVersion))
            return &record;
    }
    return nullptr;
}

CrossrefClient::CrossrefClient(Net::Fetcher *fetcher, const QUrl &base)
    : m_fetcher(fetcher)
    , m_base(base)
{
    setContactKnown(false);
}

void CrossrefClient::setContactKnown(bool known)
{
    // Crossref's published limits (December 2025): 5 requests/s, one at a time, in the public
    // pool; 10/s, 3 at a time, in the polite pool of clients that say who they are. 10% under
    // the rate: requests spaced exactly at the limit arrive, with network jitter, a little faster
    // than it and draw 429s.
    m_fetcher->setPolicy(m_base, known ? servicePolicy(110, 3) : servicePolicy(220, 1));
}

quint64 CrossrefClient::fetch(const QString &doi, ServiceCallback done)
{
    return m_fetcher->get(serviceUrl(m_base, "/works/" + encodedDoi(doi)),
                          {{"Accept", "application/json"}},
                          [done = std::move(done)](const Net::FetchResult &fetch) {
                              if (fetch.status == Net::FetchResult::Status::NotFound) {
                                  ServiceAnswer a;
                                  a.status = ServiceAnswer::Status::NotFound;
                                  a.fetch = fetch;
                                  a.message = fetch.message;
                                  done(a);
                              } else if (fetch.status != Net::FetchResult::Status::Ok) {
                                  done(failed(fetch));
                              } else {
                                  done(fromParsed(fetch, parseCrossrefWork(fetch.body)));
                              }
                          });
}

DoiOrgClient::DoiOrgClient(Net::Fetcher *fetcher, const QUrl &base)
    : m_fetcher(fetcher)
    , m_base(base)
{
    m_fetcher->setPolicy(base, servicePolicy(200, 1));
}

quint64 DoiOrgClient::fetch(const QString &doi, ServiceCallback done)
{
    // Qt repeats the request's headers when it follows the 30x to the registration agency, so
    // the agency sees the Accept header too (tst_resolver checks it across two servers).
    return m_fetcher->get(
        serviceUrl(m_base, '/' + encodedDoi(doi)),
        {{"Accept", "application/vnd.citationstyles.csl+json"}},
        [done = std::move(done), doi](const Net::FetchResult &fetch) {
            ServiceAnswer a;
            if (fetch.status == Net::FetchResult::Status::NotFound) {
                a.status = ServiceAnswer::Status::NotFound;
                a.fetch = fetch;
            } else if (fetch.status != Net::FetchResult::Status::Ok) {
                a = failed(fetch);
            } else {
                a = fromParsed(fetch, parseCsl(fetch.body));
            }
            if (a.status == ServiceAnswer::Status::NotFound)
                a.message = ServiceText::tr("No record of DOI %1 at Crossref or doi.org").arg(doi);
            done(a);
        });
}

DoiHandleClient::DoiHandleClient(Net::Fetcher *fetcher, const QUrl &base)
    : m_fetcher(fetcher)
    , m_base(base)
{
    m_fetcher->setPolicy(base, servicePolicy(200, 1));
}

quint64 DoiHandleClient::check(const QString &doi, std::function<void(const Answer &)> done)
{
    return m_fetcher->get(
        serviceUrl(m_base, "/api/handles/" + encodedDoi(doi)), {{"Accept", "application/json"}},
        [done = std::move(done), doi](const Net::FetchResult &fetch) { done(read(doi, fetch)); });
}

DoiHandleClient::Answer DoiHandleClient::read(const QString &doi, const Net::FetchResult &fetch)
{
    using S = Net::FetchResult::Status;
    Answer a;
    a.fetch = fetch;
    if (fetch.status != S::Ok && fetch.status != S::NotFound) {
        a.message = fetch.message;
        return a;
    }
    const QJsonDocument json = QJsonDocument::fromJson(fetch.body);
    const int code = json.isObject() ? json.object().value(u"responseCode"_s).toInt(-1) : -1;
    if (code == 100 || (code == -1 && fetch.status == S::NotFound)) {
        a.existence = Existence::Missing;
        a.message = ServiceText::tr("The DOI %1 does not exist (the DOI registry has no such "
                                    "name).")
                        .arg(doi);
        return a;
    }
    if (code != 1 && code != 200) {
        a.message = ServiceText::tr("The DOI registry gave an answer that could not be read "
                                    "(response code %1).")
                        .arg(code);
        return a;
    }
    a.existence = Existence::Exists;
    for (const QJsonValue &v : json.object().value(u"values"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"type"_s).toString() == u"URL"_s) {
            const QUrl url(o.value(u"data"_s).toObject().value(u"value"_s).toString());
            if (url.isValid() && !url.host().isEmpty())
                a.target = url;
            break;
        }
    }
    return a;
}

BiorxivClient::BiorxivClient(Net::Fetcher *fetcher, const QUrl &base)
    : m_fetcher(fetcher)
    , m_base(base)
{
    m_fetcher->setPolicy(base, servicePolicy(1000, 1));
}

quint64 BiorxivClient::details(const QString &server, const QString &doi,
                               std::function<void(const Answer &)> done)
{
    return m_fetcher->get(
        serviceUrl(m_base, "/details/" + server.toLatin1() + '/' + encodedDoi(doi) + "/na/json"),
        {{"Accept", "application/json"}},
        [done = std::move(done)](const Net::FetchResult &fetch) { done(read(fetch)); });
}

BiorxivClient::Answer BiorxivClient::read(const Net::FetchResult &fetch)
{
    Answer a;
    a.fetch = fetch;
    if (fetch.status != Net::FetchResult::Status::Ok) {
        a.message = fetch.message;
        return a;
    }
    const QJsonArray versions
        = QJsonDocument::fromJson(fetch.body).object().value(u"collection"_s).toArray();
    if (versions.isEmpty()) {
        a.message
            = QCoreApplication::translate("Curator::Metadata", "bioRxiv does not know this DOI");
        return a;
    }
    a.ok = true;
    const QString published = versions.last().toObject().value(u"published"_s).toString().trimmed();
    if (!published.isEmpty() && published.compare(u"NA"_s, Qt::CaseInsensitive) != 0)
        a.publishedDoi = published;
    return a;
}

} // namespace Curator::Metadata
