#pragma once

#include "net/fetcher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Curator {

// What a paper's landing page says about it in its meta tags: Highwire/Google Scholar
// (citation_*), else Dublin Core (dc.*, dcterms.*) and PRISM, else og:title, else <title>.
// Empty/zero means "not given".
struct CitationMeta
{
    QString title; // entities decoded, inline tags removed, white space collapsed
    QStringList authors; // in page order, as written ("Last, First" or "First Last")
    QString doi; // normalised (no "doi:" or resolver prefix); never arXiv's 10.48550 DOI
    QString arxivId; // with version when the page gives one ("2306.16922v2")
    int year = 0;
    QString venue; // journal, conference or book title
    QUrl pdfUrl; // absolute (resolved against the page), http(s) only
    // No scholarly tag was found: whatever title there is names the page (og:title or
    // <title>, often with the site's name), not necessarily the paper.
    bool fromTitleTagOnly = false;

    bool isEmpty() const
    {
        return title.isEmpty() && authors.isEmpty() && doi.isEmpty() && arxivId.isEmpty()
            && year == 0 && venue.isEmpty() && pdfUrl.isEmpty();
    }
};

// Landing pages put their meta tags in the first few kilobytes; nothing past this is read.
inline constexpr qsizetype kCitationScanBytes = 512 * 1024;

// Pure and bounded: reads at most the first kCitationScanBytes of `html` with a small tag
// scanner (never a DOM), so any byte string is safe to pass. The charset is taken from a BOM,
// else from `contentType` (an HTTP Content-Type value, may be empty), else from the page's
// <meta charset> / http-equiv, else UTF-8; ISO-8859-1 and US-ASCII are read as windows-1252,
// as browsers do.
CitationMeta parseCitationMeta(QByteArrayView html, const QUrl &pageUrl,
                               QByteArrayView contentType = {});

// The href of each <a> element in order, entities decoded, at most `max` of them (the links of
// an HTML selection dropped from a browser). Same scanner, same robustness.
QStringList htmlLinkTargets(QStringView html, qsizetype max);

// The outcome of reading one page.
struct PageMetadata
{
    enum class Status {
        Ok, // an HTML page was read; `meta` holds what it said (possibly nothing: meta.isEmpty())
        Pdf, // the address served a PDF: `pdf` holds it, for the PDF inspector
        Failed, // not found, an HTTP error, unreachable, too large, not a web page: `message`
        Canceled,
    };
    Status status = Status::Failed;
    QString message; // for the user, when not Ok
    CitationMeta meta;
    QUrl url; // where the page came from, after redirects
    int httpStatus = 0;
    QByteArray pdf;
};

// Reads landing pages through the shared Fetcher (its per-host queues, retries and
// https→http refusal) and parses their meta tags. Pages on hosts that have no policy of their
// own are fetched under pagePolicy(): a 4 MB cap (a landing page is far smaller; a PDF link may
// not be), a timeout, and one request a second, since these are publishers' web servers, not
// APIs.
class PageMetadataReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageMetadataReader)

public:
    explicit PageMetadataReader(Net::Fetcher *fetcher, QObject *parent = nullptr);
    // Pending reads are canceled; their callbacks do not run.
    ~PageMetadataReader() override;

    static Net::HostPolicy defaultPagePolicy();
    Net::HostPolicy pagePolicy() const { return m_policy; }
    void setPagePolicy(const Net::HostPolicy &policy) { m_policy = policy; }

    using Callback = std::function<void(const PageMetadata &)>;
    // Queues a GET of `url`; `done` runs once, later, on this object's thread. Returns a ticket
    // for cancel().
    quint64 read(const QUrl &url, Callback done);
    // `done` then runs with Status::Canceled.
    void cancel(quint64 ticket);
    int pending() const { return int(m_tickets.size()); }

private:
    void applyPolicy(const QUrl &url);
    static PageMetadata toPageMetadata(const Net::FetchResult &result, const QUrl &requested);

    QPointer<Net::Fetcher> m_fetcher;
    Net::HostPolicy m_policy;
    QSet<QString> m_ownHosts; // hosts whose fetcher policy is ours
    QSet<quint64> m_tickets;
};

} // namespace Curator
