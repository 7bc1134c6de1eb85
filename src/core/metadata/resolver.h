#pragma once

#include "identifier.h"
#include "metadata/metadatarecord.h"
#include "net/fetcher.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Curator {
class Store;
}

namespace Curator::Metadata {

// Where the services are. Each base replaces scheme, host and port and keeps the paths, so a
// mirror or the tests' loopback server can stand in (CURATOR_ARXIV_API=http://127.0.0.1:8080
// makes the client ask http://127.0.0.1:8080/api/query?id_list=…).
struct Endpoints
{
    QUrl arxiv = QUrl(QStringLiteral("https://export.arxiv.org"));
    QUrl crossref = QUrl(QStringLiteral("https://api.crossref.org"));
    QUrl doi = QUrl(QStringLiteral("https://doi.org"));
    QUrl biorxiv = QUrl(QStringLiteral("https://api.biorxiv.org"));
    // The defaults, overridden by CURATOR_ARXIV_API, CURATOR_CROSSREF_API, CURATOR_DOI_API,
    // CURATOR_BIORXIV_API.
    static Endpoints fromEnvironment();
};

struct LookupResult
{
    enum class Status { Ok, NotFound, Failed, Canceled };
    Status status = Status::Failed;
    RecognizedId id; // what was asked for
    MetadataRecord record; // when Ok
    QString message; // for the user: why not, or where it came from ("cached 3 days ago")
    bool fromCache = false;
    QDateTime fetched; // when the record was fetched from the service
};

// Resolves identifiers to records: arXiv ids through the arXiv API (batched, one request per
// 3 s, one connection), DOIs through Crossref (serialised per its published limits, with the
// contact address in the User-Agent), and DOIs Crossref does not hold (DataCite: Zenodo, arXiv's
// 10.48550) through doi.org content negotiation. Responses are cached in the store: a second
// look-up makes no request unless `refresh`; offline, the cache answers.
class Resolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Resolver)

public:
    Resolver(Store *cache, QNetworkAccessManager *nam, const Endpoints &endpoints,
             QObject *parent = nullptr);
    ~Resolver() override;

    // The address Crossref may write to: it puts look-ups into its "polite pool" (10 requests/s,
    // 3 at a time, instead of 5/s, 1 at a time). Empty: the public pool.
    void setContactEmail(const QString &email);
    Net::Fetcher *fetcher() const { return m_fetcher; }

    // Looks each id up; `finished` is emitted once per id (in any order), then `allFinished`.
    // Returns a batch number that the signals carry.
    quint64 lookup(const QList<RecognizedId> &ids, bool refresh = false);
    void cancel(quint64 batch);

signals:
    void finished(quint64 batch, int index, const Curator::Metadata::LookupResult &result);
    void allFinished(quint64 batch);
    // A service asked us to wait: "Crossref is rate-limiting; retrying in 4 s".
    void waiting(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
    Net::Fetcher *m_fetcher;
};

// The resolver the window and the command line both use: endpoints from the environment (test
// servers, mirrors), and Crossref's contact address as given or else CURATOR_CONTACT_EMAIL.
Resolver *newResolver(Store *cache, QNetworkAccessManager *nam, const QString &contactEmail = {},
                      QObject *parent = nullptr);

} // namespace Curator::Metadata
