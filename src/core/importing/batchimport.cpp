#include "batchimport.h"

#include "authorformat.h"
#include "curation/curation.h"
#include "duplicates.h"
#include "importing/citationmeta.h"
#include "importing/linkrecognizer.h"
#include "importing/pdfinspector.h"
#include "logging.h"
#include "metadata/parsers.h"
#include "store/store.h"
#include "store/storeworker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace Curator {

struct BatchImporter::Job
{
    DropItem drop;
    BatchItem item;
    bool settled = false; // done: nothing more happens to it
    bool collected = false; // holds fields to add (item.fields)
    bool needsReview = false;
    // DOIs of the same paper in another version (a preprint's published article, an article's
    // preprint): when the list has one of them, this is a duplicate.
    QStringList relatedDois;
    // The address the entry points at when nothing better is found (a link item).
    QUrl link;
    // What the PDF or the page said, for when the look-up of the identifier found there fails.
    std::optional<EntryFields> fallback;
    quint64 pageTicket = 0;
    quint64 fetchTicket = 0;
    bool inWorker = false; // a PDF inspection runs or waits for it
};

namespace {

// An author as a page or a PDF writes it: "Family, Given" or "Given Family". Lower-case words
// before the family name are its particles ("Ludwig van Beethoven" -> "van Beethoven").
PersonName personFromString(const QString &text)
{
    const QString s = text.simplified();
    PersonName p;
    if (const qsizetype comma = s.indexOf(u','); comma > 0) {
        p.family = s.left(comma).trimmed();
        p.given = s.mid(comma + 1).trimmed();
        return p;
    }
    QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2) {
        p.literal = s;
        return p;
    }
    QStringList family{words.takeLast()};
    while (words.size() > 1 && words.last().at(0).isLower())
        family.prepend(words.takeLast());
    p.family = family.join(u' ');
    p.given = words.join(u' ');
    return p;
}

QList<PersonName> peopleFromStrings(const QStringList &authors)
{
    QList<PersonName> names;
    for (const QString &a : authors) {
        if (!a.trimmed().isEmpty())
            names.append(personFromString(a));
    }
    return names;
}

// The keys under which Duplicates compares entries (see duplicates.h).
QStringList duplicateKeys(const EntryFields &f, const QStringList &relatedDois = {})
{
    QStringList keys;
    if (!f.doi.isEmpty())
        keys << u"d:"_s + Duplicates::doiKey(f.doi);
    if (!f.arxivId.isEmpty())
        keys << u"a:"_s + Duplicates::arxivKey(f.arxivId);
    if (const QString t = Duplicates::titleKey(f.title); !t.isEmpty())
        keys << u"t:"_s + t;
    for (const QString &doi : relatedDois) {
        if (!doi.isEmpty())
            keys << u"d:"_s + Duplicates::doiKey(doi);
    }
    return keys;
}

QString linkFor(const RecognizedId &id)
{
    if (id.kind == RecognizedId::Kind::Arxiv)
        return u"https://arxiv.org/abs/"_s + id.arxivId;
    if (id.kind == RecognizedId::Kind::Doi)
        return u"https://doi.org/"_s + id.doi;
    return {};
}

void setYear(EntryFields &f, int year)
{
    if (year > 0) {
        f.year = year;
        f.yearText = QString::number(year);
    }
}

// Crossref's answer to a filter query is a list of works; its first is read as a /works/{DOI}
// answer, so the parser and its checks are the same ones.
std::optional<MetadataRecord> firstCrossrefItem(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonArray items
        = doc.object().value(u"message"_s).toObject().value(u"items"_s).toArray();
    if (items.isEmpty() || !items.first().isObject())
        return std::nullopt;
    const QJsonObject work{
        {u"status"_s, u"ok"_s}, {u"message-type"_s, u"work"_s}, {u"message"_s, items.first()}};
    const Metadata::ParseResult parsed
        = Metadata::parseCrossrefWork(QJsonDocument(work).toJson(QJsonDocument::Compact));
    if (parsed.status != Metadata::ParseResult::Status::Ok || parsed.records.isEmpty())
        return std::nullopt;
    return parsed.records.first();
}

} // namespace

BatchImporter::BatchImporter(Curation &curation, Metadata::Resolver *resolver, QObject *parent)
    : QObject(parent)
    , m_curation(curation)
    , m_store(curation.store())
    , m_resolver(resolver)
    , m_pages(new PageMetadataReader(resolver ? resolver->fetcher() : nullptr, this))
    , m_endpoints(Metadata::Endpoints::fromEnvironment())
    , m_stopWorkers(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
    if (resolver) {
        connect(resolver, &Metadata::Resolver::finished, this, &BatchImporter::lookupDone);
        connect(resolver, &Metadata::Resolver::allFinished, this, &BatchImporter::lookupBatchDone);
        // Its fetcher goes with it, and with that every answer the import waits for.
        connect(resolver, &QObject::destroyed, this, [this] {
            m_batch = 0;
            m_batchJobs.clear();
            m_lookupQueue.clear();
            for (int i = 0; i < int(m_jobs.size()) && m_running && !m_canceled; ++i) {
                const Job &job = m_jobs[size_t(i)];
                if (!job.settled && !job.inWorker)
                    fail(i, tr("Identifiers and links cannot be looked up now."));
            }
        });
    }
}

BatchImporter::~BatchImporter()
{
    // No callback may act on this object from here on.
    ++m_run;
    stopAll();
    // The workers post their results to this object: none may still run when it is gone.
    m_pool.waitForDone();
    delete m_pages;
    m_pages = nullptr;
}

bool BatchImporter::start(qint64 listId, qint64 sectionId, const QList<DropItem> &items)
{
    if (m_running)
        return false;
    const auto section = m_store.section(sectionId);
    const auto list = m_store.list(listId);
    if (!section || !list || section->listId != listId)
        return false;

    ++m_run;
    m_running = true;
    m_canceled = false;
    m_listId = listId;
    m_sectionId = sectionId;
    m_style = Metadata::entryStyleOf(m_store, listId);
    m_jobs.clear();
    m_done = 0;
    m_lookupQueue.clear();
    m_batch = 0;
    m_batchJobs.clear();
    m_flushScheduled = false;
    m_stopWorkers = std::make_shared<std::atomic_bool>(false);

    for (const DropItem &item : items)
        expand(item, 0);
    if (m_jobs.size() > size_t(kMaxDropItems)) {
        // Folders can hold more than a drop may: the rest is left out, and one line says so.
        m_jobs.resize(size_t(kMaxDropItems));
        Job &last = m_jobs.back();
        last = Job();
        last.item.source = QStringLiteral("…");
        last.item.message = tr("Only the first %n items of a drop are imported.", nullptr,
                               int(kMaxDropItems) - 1);
    }

    // From the event loop: the caller sees `progress` and `finished` only after start()
    // returned, even when every item fails at once.
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run != m_run || m_canceled)
                return;
            if (m_jobs.empty()) {
                finish();
                return;
            }
            emit progress(0, int(m_jobs.size()), QString());
            for (int i = 0; i < int(m_jobs.size()) && run == m_run && !m_canceled; ++i)
                begin(i);
        },
        Qt::QueuedConnection);
    return true;
}

void BatchImporter::expand(const DropItem &drop, int depth)
{
    Job job;
    job.drop = drop;
    job.item.source = drop.source;
    const auto failed = [this, &job](const QString &message) {
        job.item.outcome = BatchItem::Outcome::Failed;
        job.item.message = message;
        job.drop.kind = DropItem::Kind::Unsupported;
        m_jobs.push_back(std::move(job));
    };

    switch (drop.kind) {
    case DropItem::Kind::PdfFile: {
        const QFileInfo info(drop.path);
        // A PDF found in a dropped folder is named with the folder.
        job.item.source
            = depth > 0 ? info.dir().dirName() + u'/' + info.fileName() : info.fileName();
        m_jobs.push_back(std::move(job));
        return;
    }
    case DropItem::Kind::LocalFile: {
        const QFileInfo info(drop.path);
        const QString name = info.fileName().isEmpty() ? drop.path : info.fileName();
        job.item.source = name;
        if (!info.exists())
            return failed(tr("“%1” does not exist.").arg(drop.path));
        if (info.isDir()) {
            job.item.source = name + u'/';
            const QDir dir(info.absoluteFilePath());
            const QStringList pdfs
                = dir.entryList({u"*.pdf"_s}, QDir::Files | QDir::Readable, QDir::Name);
            if (pdfs.isEmpty())
                return failed(tr("The folder holds no PDF files (its subfolders are not "
                                 "searched)."));
            for (const QString &file : pdfs.mid(0, kMaxDropItems)) {
                DropItem pdf;
                pdf.kind = DropItem::Kind::PdfFile;
                pdf.path = dir.filePath(file);
                pdf.source = pdf.path;
                expand(pdf, depth + 1);
            }
            return;
        }
        // A PDF saved without its extension is still a PDF.
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-") {
            job.drop.kind = DropItem::Kind::PdfFile;
            m_jobs.push_back(std::move(job));
            return;
        }
        return failed(
            tr("Not a PDF: only PDFs, links, DOIs and arXiv identifiers can be imported."));
    }
    case DropItem::Kind::Identifier:
        // Not the dropped text: pasted prose would show its punctuation ("10.1038/ng.3834.").
        job.item.source = drop.url.isValid() ? drop.url.toDisplayString() : drop.id.display();
        m_jobs.push_back(std::move(job));
        return;
    case DropItem::Kind::Url:
        job.item.source = drop.url.toDisplayString();
        m_jobs.push_back(std::move(job));
        return;
    case DropItem::Kind::Unsupported:
        return failed(drop.reason.isEmpty() ? tr("Nothing here can be imported.") : drop.reason);
    }
}

void BatchImporter::begin(int index)
{
    Job &job = m_jobs[size_t(index)];
    switch (job.drop.kind) {
    case DropItem::Kind::Unsupported:
    case DropItem::Kind::LocalFile:
        settle(index); // failed while expanding
        return;
    case DropItem::Kind::PdfFile:
        job.item.pdfPath = QFileInfo(job.drop.path).absoluteFilePath();
        inspectPdfFile(index, job.drop.path);
        return;
    case DropItem::Kind::Identifier:
        if (job.drop.url.isValid())
            job.link = job.drop.url;
        resolve(index, job.drop.id);
        return;
    case DropItem::Kind::Url:
        beginUrl(index, job.drop.url);
        return;
    }
}

void BatchImporter::beginUrl(int index, const QUrl &url)
{
    Job &job = m_jobs[size_t(index)];
    const LinkTarget target = recognizeLink(url);
    job.link = target.pageUrl.isValid() ? target.pageUrl : url;
    switch (target.kind) {
    case LinkTarget::Kind::Identifier:
        resolve(index, target.id);
        return;
    case LinkTarget::Kind::CrossrefPii:
        queryPii(index, target.pii);
        return;
    case LinkTarget::Kind::Proceedings:
    case LinkTarget::Kind::OpenReview:
    case LinkTarget::Kind::PublisherPage:
    case LinkTarget::Kind::FetchPage:
        readPage(index, target.pageUrl);
        return;
    case LinkTarget::Kind::Refused:
        fail(index, target.message);
        return;
    }
}

// ---- PDFs ------------------------------------------------------------------------------------

void BatchImporter::inspectPdfFile(int index, const QString &path)
{
    m_jobs[size_t(index)].inWorker = true;
    const quint64 run = m_run;
    const std::shared_ptr<std::atomic_bool> stop = m_stopWorkers;
    // `this` outlives the task: the destructor waits for the pool.
    m_pool.start([this, run, index, path, stop] {
        if (*stop)
            return;
        const PdfInspection pdf = inspectPdf(path);
        if (*stop)
            return;
        QMetaObject::invokeMethod(
            this, [this, run, index, pdf] { pdfInspected(run, index, pdf); }, Qt::QueuedConnection);
    });
}

void BatchImporter::inspectDownloadedPdf(int index, const QByteArray &bytes)
{
    m_jobs[size_t(index)].inWorker = true;
    const quint64 run = m_run;
    const std::shared_ptr<std::atomic_bool> stop = m_stopWorkers;
    m_pool.start([this, run, index, bytes, stop] {
        if (*stop)
            return;
        PdfInspection pdf;
        QTemporaryFile file(QDir::tempPath() + u"/curator-XXXXXX.pdf"_s);
        if (file.open() && file.write(bytes) == bytes.size() && file.flush()) {
            pdf = inspectPdf(file.fileName());
        } else {
            pdf.status = PdfInspection::Status::Failed;
            pdf.error = tr("The downloaded PDF could not be saved for reading: %1")
                            .arg(file.errorString());
        }
        if (*stop)
            return;
        QMetaObject::invokeMethod(
            this, [this, run, index, pdf] { pdfInspected(run, index, pdf); }, Qt::QueuedConnection);
    });
}

void BatchImporter::pdfInspected(quint64 run, int index, const PdfInspection &pdf)
{
    if (run != m_run || m_canceled || m_jobs[size_t(index)].settled)
        return;
    Job &job = m_jobs[size_t(index)];
    job.inWorker = false;
    const bool downloaded = job.item.pdfPath.isEmpty();

    EntryFields f;
    f.title = pdf.title.simplified();
    f.authorNames = peopleFromStrings(pdf.authors);
    f.authors = AuthorFormat::format(f.authorNames, m_style.authorStyle);
    setYear(f, pdf.year);
    if (pdf.id.kind == RecognizedId::Kind::Doi)
        f.doi = pdf.id.doi;
    else if (pdf.id.kind == RecognizedId::Kind::Arxiv)
        f.arxivId = pdf.id.arxivWithVersion();
    f.url = downloaded ? job.link.toString() : linkFor(pdf.id);

    switch (pdf.status) {
    case PdfInspection::Status::Identified:
        if (!f.title.isEmpty())
            job.fallback = f;
        job.item.message = pdf.warning;
        resolve(index, pdf.id);
        return;
    case PdfInspection::Status::MetadataOnly:
        collect(index, f, true,
                tr("The PDF names no DOI or arXiv identifier: the entry was made from its title "
                   "and authors."));
        return;
    case PdfInspection::Status::Nothing:
        if (downloaded) {
            f.title = job.link.toString();
            collect(index, f, true,
                    tr("The linked PDF says nothing about itself: the entry shows the address."));
            return;
        }
        fail(index, tr("The PDF names no identifier and has no title that could be read."));
        return;
    case PdfInspection::Status::Failed:
        fail(index, pdf.error.isEmpty() ? tr("The PDF could not be read.") : pdf.error);
        return;
    }
}

// ---- look-ups --------------------------------------------------------------------------------

void BatchImporter::resolve(int index, const RecognizedId &id)
{
    m_lookupQueue.append({index, id});
    if (m_batch != 0 || m_flushScheduled)
        return;
    // Everything found in this turn of the event loop goes out as one batch.
    m_flushScheduled = true;
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run != m_run)
                return;
            m_flushScheduled = false;
            flushLookups();
        },
        Qt::QueuedConnection);
}

void BatchImporter::flushLookups()
{
    if (m_canceled || !m_running || m_batch != 0 || m_lookupQueue.isEmpty())
        return;
    const QList<QPair<int, RecognizedId>> queue = std::exchange(m_lookupQueue, {});
    if (!m_resolver) {
        for (const auto &[index, id] : queue)
            fail(index, tr("Identifiers and links cannot be looked up now."));
        return;
    }
    QList<RecognizedId> ids;
    m_batchJobs.clear();
    for (const auto &[index, id] : queue) {
        ids << id;
        m_batchJobs << index;
    }
    m_batch = m_resolver->lookup(ids);
}

void BatchImporter::lookupDone(quint64 batch, int i, const Metadata::LookupResult &result)
{
    if (batch != m_batch || m_batch == 0 || i < 0 || i >= m_batchJobs.size())
        return;
    const int index = m_batchJobs.at(i);
    Job &job = m_jobs[size_t(index)];
    if (job.settled || m_canceled)
        return;
    using Status = Metadata::LookupResult::Status;
    switch (result.status) {
    case Status::Ok: {
        EntryFields f = Metadata::toEntryFields(result.record, m_style);
        if (f.url.isEmpty())
            f.url = job.link.toString();
        QStringList related = result.record.preprintOf + result.record.hasPreprint;
        QString message = Metadata::publishedVersionNote(result.record);
        if (!job.item.message.isEmpty())
            message = message.isEmpty() ? job.item.message : job.item.message + u' ' + message;
        job.relatedDois = related;
        collect(index, f, false, message);
        return;
    }
    case Status::Canceled:
        return; // cancel() has reported the rest already
    case Status::NotFound:
    case Status::Failed:
        if (job.fallback) {
            const QString message = job.item.pdfPath.isEmpty()
                ? tr("The look-up of %1 failed (%2): the entry was made from what the page says.")
                : tr("The look-up of %1 failed (%2): the entry was made from what the PDF says.");
            collect(index, *job.fallback, true, message.arg(result.id.display(), result.message));
            return;
        }
        fail(index, result.message);
        return;
    }
}

void BatchImporter::lookupBatchDone(quint64 batch)
{
    if (batch != m_batch || m_batch == 0)
        return;
    m_batch = 0;
    m_batchJobs.clear();
    flushLookups();
}

// ---- pages -----------------------------------------------------------------------------------

void BatchImporter::readPage(int index, const QUrl &url)
{
    const quint64 run = m_run;
    m_jobs[size_t(index)].pageTicket
        = m_pages->read(url, [this, run, index](const PageMetadata &page) {
              if (run == m_run)
                  pageRead(index, page);
          });
}

void BatchImporter::pageRead(int index, const PageMetadata &page)
{
    Job &job = m_jobs[size_t(index)];
    job.pageTicket = 0;
    if (job.settled || m_canceled)
        return;
    switch (page.status) {
    case PageMetadata::Status::Canceled:
        return;
    case PageMetadata::Status::Failed:
        // The fetcher words a 404 for the metadata services ("has no such record").
        fail(index,
             page.httpStatus == 404 || page.httpStatus == 410
                 ? tr("The page does not exist (HTTP %1).").arg(page.httpStatus)
                 : page.message);
        return;
    case PageMetadata::Status::Pdf:
        inspectDownloadedPdf(index, page.pdf);
        return;
    case PageMetadata::Status::Ok:
        break;
    }
    const CitationMeta &meta = page.meta;
    const EntryFields f = fieldsFromMeta(meta, job.link);
    const bool guessed = meta.fromTitleTagOnly || meta.title.isEmpty();
    // The services' records are richer and in the list's style: an identifier on the page is
    // looked up, and the page's own tags kept in case that fails.
    RecognizedId id;
    if (!meta.doi.isEmpty())
        id = Identifier::recognize(QString(u"doi:"_s + meta.doi));
    if (!id.isValid() && !meta.arxivId.isEmpty())
        id = Identifier::recognize(QString(u"arXiv:"_s + meta.arxivId));
    if (id.isValid()) {
        job.fallback = f;
        resolve(index, id);
        return;
    }
    if (meta.title.isEmpty()) {
        collect(index, f, true,
                tr("The page has no title or citation metadata: the entry shows the address."));
    } else if (guessed) {
        collect(index, f, true,
                tr("The page has no citation metadata: the entry's title is the page's title."));
    } else {
        collect(index, f, false, tr("From the page's citation metadata."));
    }
}

EntryFields BatchImporter::fieldsFromMeta(const CitationMeta &meta, const QUrl &url) const
{
    EntryFields f;
    f.title = meta.title.isEmpty() ? url.toString() : meta.title;
    f.authorNames = peopleFromStrings(meta.authors);
    f.authors = AuthorFormat::format(f.authorNames, m_style.authorStyle);
    f.url = url.toString();
    f.venue = meta.venue.isEmpty() ? QString() : m_style.venues.apply(meta.venue);
    setYear(f, meta.year);
    f.doi = meta.doi;
    f.arxivId = meta.arxivId;
    return f;
}

void BatchImporter::queryPii(int index, const QString &pii)
{
    Net::Fetcher *fetcher = m_resolver ? m_resolver->fetcher() : nullptr;
    if (!fetcher) {
        fail(index, tr("Crossref cannot be asked now."));
        return;
    }
    const QUrl query = crossrefPiiQuery(m_endpoints.crossref, pii);
    const quint64 run = m_run;
    QPointer<BatchImporter> self(this);
    m_jobs[size_t(index)].fetchTicket
        = fetcher->get(query, {{"Accept", "application/json"}},
                       [self, run, index, pii](const Net::FetchResult &fetch) {
                           if (self && run == self->m_run)
                               self->piiAnswered(index, pii, fetch);
                       });
}

void BatchImporter::piiAnswered(int index, const QString &pii, const Net::FetchResult &fetch)
{
    Job &job = m_jobs[size_t(index)];
    job.fetchTicket = 0;
    if (job.settled || m_canceled || fetch.status == Net::FetchResult::Status::Canceled)
        return;
    if (fetch.status != Net::FetchResult::Status::Ok) {
        fail(index, fetch.message);
        return;
    }
    if (const auto record = firstCrossrefItem(fetch.body)) {
        EntryFields f = Metadata::toEntryFields(*record, m_style);
        if (f.url.isEmpty())
            f.url = job.link.toString();
        job.relatedDois = record->preprintOf + record->hasPreprint;
        collect(index, f, false, Metadata::publishedVersionNote(*record));
        return;
    }
    EntryFields f;
    f.title = job.link.toString();
    f.url = job.link.toString();
    collect(index, f, true,
            tr("Crossref lists no work with the PII %1: the entry shows the address.").arg(pii));
}

// ---- the end ---------------------------------------------------------------------------------

void BatchImporter::collect(int index, const EntryFields &fields, bool needsReview,
                            const QString &message)
{
    Job &job = m_jobs[size_t(index)];
    if (job.settled || m_canceled)
        return;
    job.item.fields = fields;
    job.item.message = message;
    job.needsReview = needsReview;
    job.collected = true;
    settle(index);
}

void BatchImporter::fail(int index, const QString &message)
{
    Job &job = m_jobs[size_t(index)];
    if (job.settled || m_canceled)
        return;
    job.item.outcome = BatchItem::Outcome::Failed;
    job.item.message = message;
    settle(index);
}

void BatchImporter::settle(int index)
{
    Job &job = m_jobs[size_t(index)];
    job.settled = true;
    ++m_done;
    emit progress(m_done, int(m_jobs.size()), job.item.source);
    if (m_done == int(m_jobs.size()))
        finish();
}

void BatchImporter::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    stopAll();
    for (Job &job : m_jobs) {
        if (job.settled)
            continue;
        job.settled = true;
        job.item.outcome = BatchItem::Outcome::Skipped;
        job.item.message = tr("Canceled before it was done.");
    }
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (run == m_run && m_running)
                finish();
        },
        Qt::QueuedConnection);
}

void BatchImporter::stopAll()
{
    *m_stopWorkers = true;
    m_pool.clear();
    if (m_batch != 0 && m_resolver)
        m_resolver->cancel(m_batch);
    m_batch = 0;
    m_batchJobs.clear();
    m_lookupQueue.clear();
    Net::Fetcher *fetcher = m_resolver ? m_resolver->fetcher() : nullptr;
    for (Job &job : m_jobs) {
        if (const quint64 t = std::exchange(job.pageTicket, 0); t && m_pages)
            m_pages->cancel(t);
        if (const quint64 t = std::exchange(job.fetchTicket, 0); t && fetcher)
            fetcher->cancel(t);
    }
}

namespace {

// What the worker is given of each entry to add, and what it decided.
struct ToAdd
{
    EntryFields fields;
    QStringList relatedDois;
    QString pdfPath;
    bool needsReview = false;
};

struct AddOutcome
{
    qint64 entryId = 0;
    qint64 duplicateOf = 0;
    bool sameDrop = false;
    QString duplicateTitle;
};

} // namespace

// Decided on the worker's connection, against the list as it is then (the user may have edited it
// during a long import), and against the entries this drop added before. Reading the list's
// duplicate keys takes ~0.4 s at 100,000 entries: that is why this runs on a worker.
struct BatchImporter::Added
{
    bool ok = false;
    QString error;
    QList<AddOutcome> outcomes; // one per entry to add, in order
    QByteArray changeset;
    qint64 historyId = 0;
};

namespace {

bool addAll(Store &store, qint64 listId, qint64 sectionId, const QList<ToAdd> &toAdd,
            QList<AddOutcome> *outcomes, QString *error)
{
    Store::Transaction t(store);
    if (!t.isActive()) {
        *error = store.errorString();
        return false;
    }
    QHash<QString, qint64> known;
    store.forEachEntry(listId, [&](const Entry &e) {
        for (const QString &key : duplicateKeys(e.fields))
            known.insert(key, e.id);
        return true;
    });
    QSet<qint64> addedHere;
    for (const ToAdd &add : toAdd) {
        AddOutcome o;
        for (const QString &key : duplicateKeys(add.fields, add.relatedDois)) {
            if (const qint64 id = known.value(key)) {
                o.duplicateOf = id;
                break;
            }
        }
        if (o.duplicateOf) {
            o.sameDrop = addedHere.contains(o.duplicateOf);
            if (const auto e = store.entry(o.duplicateOf))
                o.duplicateTitle = e->fields.title;
            *outcomes << o;
            continue;
        }
        o.entryId = store.addEntry(sectionId, add.fields);
        if (!o.entryId
            || (!add.pdfPath.isEmpty() && !store.setEntryExtras(o.entryId, {}, {}, add.pdfPath))
            || (add.needsReview && !store.setNeedsReview(o.entryId, true))) {
            *error = store.errorString();
            return false;
        }
        addedHere.insert(o.entryId);
        for (const QString &key : duplicateKeys(add.fields))
            known.insert(key, o.entryId);
        *outcomes << o;
    }
    if (!t.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

} // namespace

void BatchImporter::finish()
{
    if (!m_running || m_adding)
        return;
    *m_stopWorkers = true;

    QList<int> collected;
    QList<ToAdd> toAdd;
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        const Job &job = m_jobs[size_t(i)];
        if (!job.collected)
            continue;
        collected << i;
        toAdd << ToAdd{job.item.fields, job.relatedDois, job.item.pdfPath, job.needsReview};
    }
    if (toAdd.isEmpty()) {
        report({}, {}); // nothing to add: no empty undo step
        return;
    }
    m_adding = true;
    const qint64 listId = m_listId;
    const qint64 sectionId = m_sectionId;
    const QString text = tr("Add %n dropped entries", nullptr, int(toAdd.size()));
    runOnStore(
        this, m_curation.store(),
        [listId, sectionId, toAdd, text](Store &store) {
            Added added;
            {
                Store::ChangeRecorder recorder(store);
                added.ok = addAll(store, listId, sectionId, toAdd, &added.outcomes, &added.error);
                added.changeset = recorder.changeset();
            }
            if (added.ok && !added.changeset.isEmpty())
                added.historyId = store.addHistoryStep(text, added.changeset);
            return added;
        },
        [](const QString &error) {
            Added added;
            added.error = error;
            return added;
        },
        [this, collected, text](const Added &added) {
            m_adding = false;
            if (added.ok)
                m_curation.adopt(text, added.changeset, added.historyId);
            report(collected, added);
        });
}

// Every item's outcome, once the collected ones were added (or not).
void BatchImporter::report(const QList<int> &collected, const Added &added)
{
    const bool applied
        = collected.isEmpty() || (added.ok && added.outcomes.size() == collected.size());
    BatchReport report;
    report.canceled = m_canceled;
    for (int i = 0, next = 0; i < int(m_jobs.size()); ++i) {
        Job &job = m_jobs[size_t(i)];
        if (job.collected) {
            const int k = next++;
            if (!applied) {
                job.item.outcome = BatchItem::Outcome::Failed;
                job.item.message = added.error.isEmpty() ? tr("The entries could not be added.")
                                                         : tr("Not added: %1").arg(added.error);
            } else if (added.outcomes.at(k).duplicateOf) {
                const AddOutcome &o = added.outcomes.at(k);
                job.item.outcome = BatchItem::Outcome::Duplicate;
                job.item.duplicateOf = o.duplicateOf;
                job.item.message = o.sameDrop
                    ? tr("Dropped twice: the same paper as “%1” above.").arg(o.duplicateTitle)
                    : tr("Already in the list as “%1”.").arg(o.duplicateTitle);
            } else {
                job.item.outcome
                    = job.needsReview ? BatchItem::Outcome::NeedsReview : BatchItem::Outcome::Added;
                job.item.entryId = added.outcomes.at(k).entryId;
            }
        }
        switch (job.item.outcome) {
        case BatchItem::Outcome::Added:
            ++report.added;
            break;
        case BatchItem::Outcome::NeedsReview:
            ++report.added;
            ++report.needsReview;
            break;
        case BatchItem::Outcome::Duplicate:
            ++report.duplicates;
            break;
        case BatchItem::Outcome::Failed:
            ++report.failed;
            break;
        case BatchItem::Outcome::Skipped:
            ++report.skipped;
            break;
        }
        report.items << job.item;
    }
    if (!applied)
        qCWarning(lcImport) << "batch import could not add its entries:" << added.error;
    qCInfo(lcImport) << "batch import:" << report.added << "added," << report.needsReview
                     << "to review," << report.duplicates << "duplicates," << report.failed
                     << "failed," << report.skipped << "skipped";

    m_running = false;
    m_jobs.clear();
    emit finished(report);
}

bool BatchImporter::mergeInto(Store &store, qint64 existingId, const EntryFields &found,
                              QString *error, const QString &pdfPath)
{
    const auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto existing = store.entry(existingId);
    if (!existing)
        return setError(tr("The entry no longer exists."));

    EntryFields f = existing->fields;
    if (f.authors.trimmed().isEmpty() && !found.authors.isEmpty()) {
        f.authors = found.authors;
        f.authorNames = found.authorNames;
    } else if (f.authorNames.isEmpty()) {
        f.authorNames = found.authorNames;
    }
    const auto fill = [](QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty() && !theirs.trimmed().isEmpty())
            mine = theirs;
    };
    fill(f.title, found.title);
    fill(f.url, found.url);
    fill(f.doi, found.doi);
    fill(f.arxivId, found.arxivId);
    fill(f.venue, found.venue);
    // A preprint's entry takes its published version's venue, link and DOI (the arXiv id stays
    // in its own field).
    if (Metadata::isPreprintVenue(f.venue) && !found.venue.trimmed().isEmpty()
        && !Metadata::isPreprintVenue(found.venue)) {
        f.venue = found.venue;
        if (!found.url.isEmpty())
            f.url = found.url;
        if (!found.doi.isEmpty())
            f.doi = found.doi;
    }
    if (f.year == 0 && f.yearText.trimmed().isEmpty() && found.year > 0) {
        f.year = found.year;
        f.yearText = found.yearText.isEmpty() ? QString::number(found.year) : found.yearText;
    }

    const bool fieldsChanged = f != existing->fields;
    const bool pdfChanged = existing->pdfPath.isEmpty() && !pdfPath.isEmpty();
    if (!fieldsChanged && !pdfChanged)
        return true;
    Store::Transaction t(store);
    if (!t.isActive() || (fieldsChanged && !store.updateEntry(existingId, f))
        || (pdfChanged
            && !store.setEntryExtras(existingId, existing->notes, existing->tags, pdfPath))
        || !t.commit())
        return setError(store.errorString());
    return true;
}

bool BatchImporter::mergeInto(Store &store, const BatchItem &item, QString *error)
{
    if (item.duplicateOf == 0) {
        if (error)
            *error = tr("This line is not a duplicate of an entry.");
        return false;
    }
    return mergeInto(store, item.duplicateOf, item.fields, error, item.pdfPath);
}

QString BatchImporter::summary(const BatchReport &r)
{
    QStringList parts{tr("Added %n", nullptr, r.added)};
    if (r.needsReview > 0)
        parts << tr("%n need review", nullptr, r.needsReview);
    if (r.duplicates > 0)
        parts << tr("%n duplicates", nullptr, r.duplicates);
    if (r.failed > 0)
        parts << tr("%n failed", nullptr, r.failed);
    if (r.skipped > 0)
        parts << tr("%n skipped", nullptr, r.skipped);
    const QString counts = parts.join(tr(", ", "separates the counts of the import summary"));
    return r.canceled ? tr("%1 (canceled)").arg(counts) : counts;
}

} // namespace Curator
