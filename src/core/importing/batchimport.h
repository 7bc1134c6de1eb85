#pragma once

#include "entry.h"
#include "importing/dropclassifier.h"
#include "metadata/resolver.h"
#include "metadata/toentry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Curator {

class PageMetadataReader;
class Curation;
class Store;
struct CitationMeta;
struct PageMetadata;
struct PdfInspection;

// One line of a batch import's report.
struct BatchItem
{
    enum class Outcome {
        Added, // a new entry from a look-up or from scholarly meta tags
        NeedsReview, // a new entry from guessed fields (see BatchImporter), flagged for review
        Duplicate, // the list has this paper already (duplicateOf): not added
        Failed, // `message` says why
        Skipped, // the import was canceled before this item was done
    };

    QString source; // what the user dropped: a file name, a URL, an identifier
    Outcome outcome = Outcome::Failed;
    QString message; // for the user: why it failed, where the fields came from; may be empty
    qint64 entryId = 0; // Added, NeedsReview: the new entry
    // Duplicate: the entry it duplicates. That may be an entry added by the same drop (a PDF
    // dropped together with its arXiv link).
    qint64 duplicateOf = 0;
    // What was found (Added, NeedsReview, Duplicate), for a merge into `duplicateOf`.
    EntryFields fields;
    QString pdfPath; // the dropped PDF, when the item is one
};

struct BatchReport
{
    QList<BatchItem> items; // in the order dropped, folders expanded in place
    int added = 0; // entries added, those that need review included
    int needsReview = 0; // of them, flagged for review
    int duplicates = 0;
    int failed = 0;
    int skipped = 0;
    bool canceled = false;
};

// Imports what was dropped or pasted (DropItem, see classifyDrop) into one section of a list, in
// the background: PDFs are inspected in worker threads (at most QThread::idealThreadCount() at
// once), identifiers resolved through the Resolver (its per-service rate limits hold), landing
// pages read through the same Fetcher. Nothing is written until every item is done (or the
// import canceled): then the new entries go into the store in ONE apply call, in the order
// dropped, each at the top of its year group, so the whole drop is one undo step.
//
// What each kind of item becomes:
// - an identifier, or a link naming one: the looked-up record, in the list's author and venue
//   style;
// - a PDF: its identifier looked up (the path kept with the entry); without one, or when the
//   look-up fails, an entry from its metadata title and authors (or largest text), needing
//   review; a PDF with neither identifier nor title is a Failed line;
// - an Elsevier link: the Crossref work listing its PII;
// - any other web page: the identifier its citation_* tags give, looked up; else an entry from
//   those tags; else (no scholarly tags) the page's <title> or the address itself, needing
//   review; a link that serves a PDF: that PDF, as above (no path kept);
// - folders: their PDFs (not their subfolders'); other files, refused links: a Failed line.
//
// An entry the list already has (same DOI, same arXiv id in any version, same title once case
// and punctuation are set aside, or a preprint whose published DOI is there) is not added again:
// its line is a Duplicate, and mergeInto() can fill the existing entry's gaps from it.
class BatchImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchImporter)

public:
    // `resolver` gives the look-ups and the fetcher for pages; without one (or once it is gone)
    // identifiers and links fail with a message.
    // The entries found are added on a worker's store connection, as one step of `curation`'s
    // undo history.
    BatchImporter(Curation &curation, Metadata::Resolver *resolver, QObject *parent = nullptr);
    // Cancels what runs; waits for PDF inspections already running (each one is time-limited).
    ~BatchImporter() override;

    // Where Crossref is, for links that name an Elsevier PII: the endpoints the resolver was
    // made with. Default: Endpoints::fromEnvironment().
    void setEndpoints(const Metadata::Endpoints &endpoints) { m_endpoints = endpoints; }

    // Starts importing `items` into `sectionId` of `listId`; false (nothing started) while an
    // import runs or when the section is not the list's. `finished` always follows a true
    // return, from the event loop.
    bool start(qint64 listId, qint64 sectionId, const QList<DropItem> &items);
    // Stops queued PDF work, look-ups and page reads; the items already done are added, the
    // rest reported as Skipped. `finished` follows from the event loop.
    void cancel();
    bool isRunning() const { return m_running; }

    // Fills the gaps of entry `existingId` from `found`: empty authors (with their structured
    // names), title, URL, venue, year, DOI and arXiv id are taken, structured author names when
    // the entry has none. Nothing non-empty is overwritten, with one exception: an entry whose
    // venue names a preprint server (arXiv, bioRxiv, medRxiv) takes the venue, URL and DOI of a
    // published version found (its year stays). A PDF path is kept when the entry has none.
    // One transaction; false with `error` when the store refused.
    static bool mergeInto(Store &store, qint64 existingId, const EntryFields &found,
                          QString *error = nullptr, const QString &pdfPath = {});
    // The same for a Duplicate line of a report.
    static bool mergeInto(Store &store, const BatchItem &item, QString *error = nullptr);

    // One line for the user: "Added 3, 1 need review, 2 duplicates, 1 failed".
    static QString summary(const BatchReport &report);

signals:
    // Once with done = 0 when the work starts, then after each item: `done` of `total` items
    // (folders counted by their PDFs); `current` names the item just done.
    void progress(int done, int total, const QString &current);
    void finished(const Curator::BatchReport &report);

private:
    struct Job;

    void expand(const DropItem &drop, int depth);
    void begin(int index);
    void beginUrl(int index, const QUrl &url);
    void inspectPdfFile(int index, const QString &path);
    void inspectDownloadedPdf(int index, const QByteArray &bytes);
    void pdfInspected(quint64 run, int index, const PdfInspection &pdf);
    void resolve(int index, const RecognizedId &id);
    void flushLookups();
    void lookupDone(quint64 batch, int i, const Metadata::LookupResult &result);
    void lookupBatchDone(quint64 batch);
    void readPage(int index, const QUrl &url);
    void pageRead(int index, const PageMetadata &page);
    EntryFields fieldsFromMeta(const CitationMeta &meta, const QUrl &url) const;
    void queryPii(int index, const QString &pii);
    void piiAnswered(int index, const QString &pii, const Net::FetchResult &fetch);
    void collect(int index, const EntryFields &fields, bool needsReview, const QString &message);
    void fail(int index, const QString &message);
    void settle(int index);
    void finish();
    struct Added;
    void report(const QList<int> &collected, const Added &added);
    void stopAll();

    Curation &m_curation;
    Store &m_store;
    QPointer<Metadata::Resolver> m_resolver;
    PageMetadataReader *m_pages = nullptr;
    Metadata::Endpoints m_endpoints;
    QThreadPool m_pool;

    // One import at a time; `m_run` tells its callbacks from those of an earlier one.
    quint64 m_run = 0;
    bool m_running = false;
    bool m_adding = false; // the collected entries are being added on a worker
    bool m_canceled = false;
    qint64 m_listId = 0;
    qint64 m_sectionId = 0;
    Metadata::EntryStyle m_style;
    std::vector<Job> m_jobs;
    int m_done = 0;
    // Look-ups wait here while a resolver batch is out, so that ids found meanwhile (in PDFs,
    // on pages) travel together: arXiv takes a hundred ids per request, one request every 3 s.
    QList<QPair<int, RecognizedId>> m_lookupQueue;
    quint64 m_batch = 0;
    QList<int> m_batchJobs; // job of each id of m_batch
    bool m_flushScheduled = false;
    // Set when the run ends: PDF inspections still queued then return at once.
    std::shared_ptr<std::atomic_bool> m_stopWorkers;
};

} // namespace Curator

Q_DECLARE_METATYPE(Curator::BatchReport)
