#pragma once

#include "identifier.h"
#include "metadata/metadatarecord.h"
#include "net/fetcher.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

// One client per metadata service, each a thin layer over the shared fetcher: it knows the
// service's address scheme, its published limits and how to read its answers, and nothing of
// caching or batching (the Resolver's work). A new service goes here, beside these.
namespace Curator::Metadata {

// What a service said to one request: the records it holds, that it holds none, or why it could
// not say.
struct ServiceAnswer
{
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Failed;
    QList<MetadataRecord> records; // when Ok
    Net::FetchResult fetch; // the answer as it came (its body is what the cache keeps)
    QString message; // for the user, when not Ok
    // The service could not be asked or did not answer properly (offline, rate limit, 5xx), as
    // opposed to saying that the id is wrong: an older cached answer is better than none then.
    bool isOutage() const;
};
using ServiceCallback = std::function<void(const ServiceAnswer &)>;

// `base` plus an already percent-encoded path and query: a base's scheme, host, port and path
// stand for the service's, so a mirror or a loopback test server can stand in.
QUrl serviceUrl(const QUrl &base, const QByteArray &encodedPathAndQuery);
// A DOI may hold '?', '#', '%', ';', spaces and brackets: each would change what the URL means,
// so everything but unreserved characters and the path separator is percent-encoded.
QByteArray encodedDoi(const QString &doi);
// The request timeout and size cap all three services share.
Net::HostPolicy servicePolicy(int minIntervalMs, int maxConcurrent);

// arXiv's API (export.arxiv.org/api/query): many ids per request, one request every 3 s, one
// connection, as its terms of use ask.
class ArxivClient
{
public:
    static constexpr int BatchSize = 100;
    ArxivClient(Net::Fetcher *fetcher, const QUrl &base);
    // Asks for up to BatchSize ids ("2306.16922" or "2306.16922v2", validated by the caller: one
    // malformed id makes arXiv refuse the whole request). Ok carries the records arXiv has; an id
    // it lacks is simply not among them (see find()). Returns the fetcher's ticket.
    quint64 fetch(const QStringList &ids, ServiceCallback done);
    // The record of `id` (of its version, when it names one) in an answer, or null.
    static const MetadataRecord *find(const ServiceAnswer &answer, const RecognizedId &id);
    const QUrl &base() const { return m_base; }

private:
    Net::Fetcher *m_fetcher;
    QUrl m_base;
};

// Crossref's REST API (/works/{doi}). Its limits depend on whether the client names a contact
// address (the "polite pool"): setContactKnown() sets the matching policy.
class CrossrefClient
{
public:
    CrossrefClient(Net::Fetcher *fetcher, const QUrl &base);
    void setContactKnown(bool known);
    // NotFound when Crossref does not hold the DOI (DataCite and other agencies may).
    quint64 fetch(const QString &doi, ServiceCallback done);
    const QUrl &base() const { return m_base; }

private:
    Net::Fetcher *m_fetcher;
    QUrl m_base;
};

// doi.org content negotiation (CSL-JSON), which answers for every registration agency: DataCite
// (Zenodo, arXiv's 10.48550), mEDRA, and Crossref too.
class DoiOrgClient
{
public:
    DoiOrgClient(Net::Fetcher *fetcher, const QUrl &base);
    quint64 fetch(const QString &doi, ServiceCallback done);
    const QUrl &base() const { return m_base; }

private:
    Net::Fetcher *m_fetcher;
    QUrl m_base;
};

// doi.org's handle API (/api/handles/{doi}): whether a DOI exists and where it points, from
// the DOI registry itself, without asking the publisher's site (which often refuses bots). For
// link checks.
class DoiHandleClient
{
public:
    DoiHandleClient(Net::Fetcher *fetcher, const QUrl &base);
    enum class Existence { Exists, Missing, Unknown };
    struct Answer
    {
        Existence existence = Existence::Unknown;
        QUrl target; // the DOI's URL value, when it has one
        Net::FetchResult fetch;
        QString message; // for the user, when not Exists
    };
    quint64 check(const QString &doi, std::function<void(const Answer &)> done);
    // Pure: what an answer of the API says. responseCode 1 (found) and 200 (found, without the
    // values asked for) mean the DOI exists; 100 (HTTP 404) that it does not.
    static Answer read(const QString &doi, const Net::FetchResult &fetch);

private:
    Net::Fetcher *m_fetcher;
    QUrl m_base;
};

// bioRxiv's and medRxiv's API (api.biorxiv.org/details/{server}/{DOI}/na/json): whether a
// preprint was published, and as which DOI. About one request a second.
class BiorxivClient
{
public:
    BiorxivClient(Net::Fetcher *fetcher, const QUrl &base);
    struct Answer
    {
        bool ok = false; // the server answered for the DOI
        QString publishedDoi; // the journal DOI, empty when it says "NA"
        Net::FetchResult fetch;
        QString message; // for the user, when not ok
    };
    // `server`: "biorxiv" or "medrxiv".
    quint64 details(const QString &server, const QString &doi,
                    std::function<void(const Answer &)> done);
    // Pure: what an answer says (its last version's "published").
    static Answer read(const Net::FetchResult &fetch);

private:
    Net::Fetcher *m_fetcher;
    QUrl m_base;
};

} // namespace Curator::Metadata
