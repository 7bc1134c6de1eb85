#include "sweep.h"

#include "curation/curation.h"
#include "identifier.h"
#include "metadata/resolver.h"
#include "metadata/services.h"
#include "store/store.h"
#include "store/storeworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Curator::Updates {

namespace {

class SweepText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Updates::Sweep)
};

// Lowercase letters and digits only, accents dropped: what two spellings of a title or a name
// have in common.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x250)
            out += c.toLower();
    }
    return out;
}

bool isPreprintDoi(const QString &doi)
{
    return doi.startsWith(u"10.1101/"_s) || doi.startsWith(u"10.48550/"_s, Qt::CaseInsensitive);
}

// "Nature Neuroscience 19, 356–365 (2016)" → "Nature Neuroscience" and 2016.
QPair<QString, int> journalRefParts(const QString &ref)
{
    static const QRegularExpression year(u"(?<!\\d)(19|20)\\d\\d(?!\\d)"_s);
    static const QRegularExpression firstNumber(u"\\d"_s);
    int y = 0;
    for (auto it = year.globalMatch(ref); it.hasNext();)
        y = it.next().captured().toInt();
    // The venue is what comes before the volume, page or year: "Phys. Rev. B 85, …" → "Phys.
    // Rev. B", "ActaAstron.56:1-50,2006" → "ActaAstron.".
    const qsizetype cut = ref.indexOf(firstNumber);
    QString venue = (cut > 0 ? ref.left(cut) : ref).trimmed();
    while (venue.endsWith(u',') || venue.endsWith(u';') || venue.endsWith(u':'))
        venue = venue.chopped(1).trimmed();
    return {venue, y};
}

std::optional<Proposal::Kind> noticeKind(const QString &type)
{
    using K = Proposal::Kind;
    if (type == u"retraction"_s || type == u"partial_retraction"_s)
        return K::Retraction;
    if (type == u"withdrawal"_s || type == u"removal"_s)
        return K::Withdrawal;
    if (type == u"expression_of_concern"_s)
        return K::ExpressionOfConcern;
    if (type == u"correction"_s || type == u"erratum"_s || type == u"corrigendum"_s)
        return K::Correction;
    return std::nullopt;
}

QString noticeMark(Proposal::Kind kind)
{
    switch (kind) {
    case Proposal::Kind::Retraction:
        return u"RETRACTED: "_s;
    case Proposal::Kind::Withdrawal:
        return u"WITHDRAWN: "_s;
    case Proposal::Kind::ExpressionOfConcern:
        return u"EXPRESSION OF CONCERN: "_s;
    default:
        return {};
    }
}

QString noticeTag(Proposal::Kind kind)
{
    switch (kind) {
    case Proposal::Kind::Retraction:
        return u"retracted"_s;
    case Proposal::Kind::Withdrawal:
        return u"withdrawn"_s;
    case Proposal::Kind::ExpressionOfConcern:
        return u"expression-of-concern"_s;
    case Proposal::Kind::Correction:
        return u"corrected"_s;
    default:
        return {};
    }
}

// The entry's year text with a new year: "2021" becomes "2023"; "NAACL 2025" keeps its words.
QString withYear(const EntryFields &f, int year)
{
    if (f.yearText.trimmed().isEmpty() || f.yearText.trimmed() == QString::number(f.year))
        return QString::number(year);
    QString text = f.yearText;
    return text.replace(QString::number(f.year), QString::number(year));
}

std::optional<Proposal> publishedProposal(const Entry &entry, const Sources &sources,
                                          const Metadata::EntryStyle &style)
{
    const EntryFields &f = entry.fields;
    if (!Metadata::isPreprintVenue(f.venue) && !f.venue.trimmed().isEmpty())
        return std::nullopt; // published already, as far as the list says
    Proposal p;
    p.kind = Proposal::Kind::PublishedVersion;
    p.entryId = entry.id;
    p.before = f;
    p.after = f;
    const QString doi = publishedDoiOf(entry, sources);
    if (!doi.isEmpty()) {
        p.source = sources.arxiv && !sources.arxiv->doi.isEmpty() ? u"arXiv"_s
            : sources.work && !sources.work->preprintOf.isEmpty() ? u"Crossref"_s
                                                                  : u"bioRxiv"_s;
        p.after.doi = doi;
        p.publishedUrl = u"https://doi.org/"_s + doi;
    }
    const auto it = sources.published.constFind(Identifier::doiKey(doi));
    if (!doi.isEmpty() && it != sources.published.cend()) {
        const EntryFields published = Metadata::toEntryFields(*it, style);
        if (!published.venue.isEmpty())
            p.after.venue = published.venue;
        if (published.year > 0) {
            p.after.yearText = withYear(f, published.year);
            p.after.year = published.year;
        }
    } else if (sources.arxiv && !sources.arxiv->journalRef.isEmpty()) {
        // No record of the journal version (or no DOI at all): arXiv's journal reference gives
        // the venue and year.
        if (p.source.isEmpty())
            p.source = u"arXiv"_s;
        const auto [venue, year] = journalRefParts(sources.arxiv->journalRef);
        if (!venue.isEmpty())
            p.after.venue = style.venues.apply(venue);
        if (year > 0) {
            p.after.yearText = withYear(f, year);
            p.after.year = year;
        }
    }
    if (p.after == p.before)
        return std::nullopt;
    return p;
}

QList<Proposal> noticeProposals(const Entry &entry, const Sources &sources)
{
    QList<Proposal> out;
    if (!sources.work)
        return out;
    QSet<int> seen;
    for (const WorkUpdate &u : sources.work->updatedBy) {
        const auto kind = noticeKind(u.type);
        if (!kind || seen.contains(int(*kind)))
            continue; // the publisher and Retraction Watch may both record one retraction
        if (entry.tags.contains(noticeTag(*kind)))
            continue; // taken in already (annotated, or kept and tagged)
        seen.insert(int(*kind));
        Proposal p;
        p.kind = *kind;
        p.entryId = entry.id;
        p.before = entry.fields;
        p.after = entry.fields;
        p.notice = u;
        p.source = u.source == u"retraction-watch"_s ? u"Retraction Watch"_s : u"Crossref"_s;
        const QString mark = noticeMark(*kind);
        if (!mark.isEmpty() && !p.after.title.startsWith(mark))
            p.after.title = mark + p.after.title;
        p.checkedByDefault = *kind != Proposal::Kind::Correction;
        out.append(p);
    }
    return out;
}

// The record that speaks for the entry: its DOI's when it is published, else its preprint's.
const MetadataRecord *authority(const Entry &entry, const Sources &sources)
{
    if (sources.work && !isPreprintDoi(entry.fields.doi))
        return &*sources.work;
    if (sources.arxiv)
        return &*sources.arxiv;
    return sources.work ? &*sources.work : nullptr;
}

std::optional<Proposal> titleProposal(const Entry &entry, const MetadataRecord &record)
{
    QString title = entry.fields.title;
    for (Proposal::Kind k : {Proposal::Kind::Retraction, Proposal::Kind::Withdrawal,
                             Proposal::Kind::ExpressionOfConcern}) {
        if (title.startsWith(noticeMark(k)))
            title.remove(0, noticeMark(k).size()); // our own mark is not a change upstream
    }
    const QString mine = folded(title);
    const QString theirs = folded(record.title);
    // A list may drop a subtitle or a trailing period: only a title that is not the start of
    // the source's (nor the other way round) counts as changed.
    if (mine.isEmpty() || theirs.isEmpty() || theirs.startsWith(mine) || mine.startsWith(theirs))
        return std::nullopt;
    Proposal p;
    p.kind = Proposal::Kind::Title;
    p.entryId = entry.id;
    p.before = entry.fields;
    p.after = entry.fields;
    p.after.title = record.title;
    p.source = record.source == MetadataRecord::Source::Arxiv ? u"arXiv"_s : u"Crossref"_s;
    p.checkedByDefault = false;
    return p;
}

QString familyKey(const PersonName &n)
{
    const QString family = n.isLiteral() ? n.literal : n.family;
    return folded(family.split(u' ', Qt::SkipEmptyParts)
                      .value(family.split(u' ', Qt::SkipEmptyParts).size() - 1));
}

std::optional<Proposal> authorsProposal(const Entry &entry, const MetadataRecord &record,
                                        const Metadata::EntryStyle &style)
{
    if (record.authors.isEmpty() || entry.fields.authors.trimmed().isEmpty())
        return std::nullopt;
    const QList<PersonName> mine = entry.fields.authorNames.isEmpty()
        ? AuthorFormat::parse(entry.fields.authors)
        : entry.fields.authorNames;
    static const QRegularExpression cut(u"\\.\\.\\.|…|\\bet al\\b"_s);
    const bool truncated = cut.match(entry.fields.authors).hasMatch();
    // Consortia ("GTEx Consortium") stand between the people in a record but are often left out
    // of a list's author string: only people are compared.
    QStringList a, b;
    for (const PersonName &n : mine) {
        if (!n.isLiteral())
            a << familyKey(n);
    }
    for (const PersonName &n : record.authors) {
        if (!n.isLiteral())
            b << familyKey(n);
    }
    bool same = a == b;
    if (!same && truncated && !a.isEmpty() && a.size() <= b.size()) {
        // "First, A., Second, B., ... & Last, Z.": the names given, in order, first and last
        // where the source has them.
        same = a.last() == b.last();
        for (qsizetype i = 0; same && i + 1 < a.size(); ++i)
            same = a[i] == b[i];
    }
    if (same)
        return std::nullopt;
    Proposal p;
    p.kind = Proposal::Kind::Authors;
    p.entryId = entry.id;
    p.before = entry.fields;
    p.after = entry.fields;
    p.after.authorNames = record.authors;
    p.after.authors = AuthorFormat::format(record.authors, style.authorStyle);
    p.source = record.source == MetadataRecord::Source::Arxiv ? u"arXiv"_s : u"Crossref"_s;
    p.checkedByDefault = false;
    return p;
}

} // namespace

bool Proposal::isNotice() const
{
    return kind == Kind::Retraction || kind == Kind::Withdrawal || kind == Kind::ExpressionOfConcern
        || kind == Kind::Correction;
}

QString Proposal::kindKey() const
{
    switch (kind) {
    case Kind::PublishedVersion:
        return u"published"_s;
    case Kind::Retraction:
        return u"retracted"_s;
    case Kind::Withdrawal:
        return u"withdrawn"_s;
    case Kind::ExpressionOfConcern:
        return u"expression-of-concern"_s;
    case Kind::Correction:
        return u"corrected"_s;
    case Kind::Title:
        return u"title"_s;
    case Kind::Authors:
        return u"authors"_s;
    }
    return {};
}

QString Proposal::summary() const
{
    const QString when = notice.date.isValid() ? notice.date.toString(Qt::ISODate) : QString();
    switch (kind) {
    case Kind::PublishedVersion: {
        // The published DOI's own record could not be read: the venue is still the preprint
        // server's, which the row must not present as where it was published.
        if (after.venue == before.venue && Metadata::isPreprintVenue(after.venue)
            && !after.doi.isEmpty())
            return SweepText::tr("published as DOI %1 (venue and year not known: its record "
                                 "could not be read)")
                .arg(after.doi);
        QString s = SweepText::tr("published: %1 (%2)").arg(after.venue, after.yearText);
        if (!after.doi.isEmpty() && after.doi != before.doi)
            s += u", DOI "_s + after.doi;
        return s;
    }
    case Kind::Retraction:
        return SweepText::tr("retracted %1 (notice %2, %3)").arg(when, notice.doi, source);
    case Kind::Withdrawal:
        return SweepText::tr("withdrawn %1 (notice %2, %3)").arg(when, notice.doi, source);
    case Kind::ExpressionOfConcern:
        return SweepText::tr("expression of concern %1 (notice %2, %3)")
            .arg(when, notice.doi, source);
    case Kind::Correction:
        return SweepText::tr("corrected %1 (notice %2, %3)").arg(when, notice.doi, source);
    case Kind::Title:
        return SweepText::tr("title now: %1").arg(after.title);
    case Kind::Authors:
        return SweepText::tr("authors now: %1").arg(after.authors);
    }
    return {};
}

QString publishedDoiOf(const Entry &entry, const Sources &sources)
{
    QString doi;
    if (sources.arxiv && !sources.arxiv->doi.isEmpty())
        doi = sources.arxiv->doi;
    else if (sources.work && !sources.work->preprintOf.isEmpty())
        doi = sources.work->preprintOf.first();
    else
        doi = sources.biorxivPublished;
    if (doi.isEmpty() || isPreprintDoi(doi)
        || Identifier::doiKey(doi) == Identifier::doiKey(entry.fields.doi))
        return Identifier::doiKey(doi) == Identifier::doiKey(entry.fields.doi)
                && Metadata::isPreprintVenue(entry.fields.venue)
            ? doi // the DOI is there, the venue still says arXiv
            : QString();
    return doi;
}

QList<Proposal> proposalsFor(const Entry &entry, const Sources &sources,
                             const Metadata::EntryStyle &style)
{
    QList<Proposal> out;
    if (auto p = publishedProposal(entry, sources, style))
        out.append(*p);
    out.append(noticeProposals(entry, sources));
    if (const MetadataRecord *record = authority(entry, sources)) {
        if (auto p = titleProposal(entry, *record))
            out.append(*p);
        if (auto p = authorsProposal(entry, *record, style))
            out.append(*p);
    }
    return out;
}

bool apply(Curation &curation, const QList<Choice> &choices, QString *error)
{
    Store &store = curation.store();
    QSet<qint64> entries;
    for (const Choice &c : choices)
        entries.insert(c.proposal.entryId);
    const QString text
        = SweepText::tr("Update %n entries from their sources", nullptr, int(entries.size()));
    const bool ok = curation.perform(text, [&] {
        QSet<qint64> removed;
        for (const Choice &c : choices) {
            const Proposal &p = c.proposal;
            if (removed.contains(p.entryId))
                continue;
            const std::optional<Entry> current = store.entry(p.entryId);
            if (!current) {
                store.setError(SweepText::tr("An entry to update is gone: %1").arg(p.before.title));
                return false;
            }
            EntryFields f = current->fields;
            switch (p.kind) {
            case Proposal::Kind::PublishedVersion:
                f.venue = p.after.venue;
                f.year = p.after.year;
                f.yearText = p.after.yearText;
                f.doi = p.after.doi;
                if (c.usePublishedLink && !p.publishedUrl.isEmpty())
                    f.url = p.publishedUrl;
                break;
            case Proposal::Kind::Title:
                f.title = p.after.title;
                break;
            case Proposal::Kind::Authors:
                f.authors = p.after.authors;
                f.authorNames = p.after.authorNames;
                break;
            default: {
                if (c.action == NoticeAction::Remove) {
                    removed.insert(p.entryId);
                    if (!store.removeEntry(p.entryId))
                        return false;
                    continue;
                }
                if (c.action == NoticeAction::Annotate)
                    f.title = p.after.title;
                // Noted and flagged whatever was chosen: the table shows it.
                QString notes = current->notes;
                const QString line = p.summary();
                if (!notes.contains(line))
                    notes += (notes.isEmpty() ? QString() : u"\n"_s) + line;
                QStringList tags = current->tags;
                if (const QString tag = noticeTag(p.kind); !tags.contains(tag))
                    tags << tag;
                if (!store.setEntryExtras(p.entryId, notes, tags, current->pdfPath))
                    return false;
            }
            }
            if (f != current->fields && !store.updateEntry(p.entryId, f))
                return false;
        }
        return true;
    });
    if (!ok)
        *error = curation.errorString();
    return ok;
}

struct Sweep::Run
{
    qint64 listId = 0;
    bool refresh = false;
    QList<Entry> entries;
    Metadata::EntryStyle style;
    QList<Sources> sources; // parallel to entries
    std::unique_ptr<Metadata::Resolver> resolver;
    std::unique_ptr<Metadata::BiorxivClient> biorxiv;
    quint64 batch = 0;
    // For each id asked of the resolver: its entry, and whether it is the entry's arXiv id.
    QList<QPair<int, bool>> asked;
    QStringList publishedDois;
    int pending = 0; // bioRxiv answers still to come
};

Sweep::Sweep(Store &store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
{ }

Sweep::~Sweep() = default;

bool Sweep::isRunning() const
{
    return m_run != nullptr;
}

void Sweep::start(qint64 listId, bool refresh)
{
    if (m_run)
        return;
    m_run = std::make_unique<Run>();
    m_run->listId = listId;
    m_run->refresh = refresh;
    struct Read
    {
        QList<Entry> entries;
        Metadata::EntryStyle style;
        QString error;
    };
    runOnStore(
        this, m_store,
        [listId](Store &store) {
            Read r;
            if (!store.list(listId)) {
                r.error = SweepText::tr("There is no such list.");
                return r;
            }
            r.entries = store.entries(listId);
            r.style = Metadata::entryStyleOf(store, listId);
            return r;
        },
        [](const QString &error) {
            return Read{{}, {}, error};
        },
        [this](const Read &r) {
            if (!m_run)
                return;
            if (!r.error.isEmpty()) {
                finish(r.error, false);
                return;
            }
            m_run->entries = r.entries;
            m_run->style = r.style;
            m_run->sources.resize(r.entries.size());
            lookUp();
        });
}

void Sweep::lookUp()
{
    Run &run = *m_run;
    run.resolver.reset(Metadata::newResolver(&m_store, m_nam));
    connect(run.resolver.get(), &Metadata::Resolver::waiting, this, &Sweep::progress);
    QList<RecognizedId> ids;
    for (int i = 0; i < run.entries.size(); ++i) {
        const EntryFields &f = run.entries[i].fields;
        if (!f.arxivId.isEmpty()) {
            // Without its version: the latest tells of a journal DOI.
            RecognizedId id = Identifier::recognize(f.arxivId);
            id.arxivVersion = 0;
            if (id.kind == RecognizedId::Kind::Arxiv) {
                ids << id;
                run.asked << qMakePair(i, true);
            }
        }
        if (!f.doi.isEmpty() && !f.doi.startsWith(u"10.48550/"_s, Qt::CaseInsensitive)) {
            const RecognizedId id = Identifier::recognize(f.doi);
            if (id.kind == RecognizedId::Kind::Doi) {
                ids << id;
                run.asked << qMakePair(i, false);
            }
        }
    }
    emit progress(SweepText::tr("Looking up %n entries…", nullptr, int(ids.size())));
    connect(run.resolver.get(), &Metadata::Resolver::finished, this,
            [this](quint64 batch, int index, const Metadata::LookupResult &result) {
                if (!m_run || batch != m_run->batch
                    || result.status != Metadata::LookupResult::Status::Ok)
                    return;
                const auto [entry, isArxiv] = m_run->asked.value(index);
                if (isArxiv)
                    m_run->sources[entry].arxiv = result.record;
                else
                    m_run->sources[entry].work = result.record;
            });
    connect(run.resolver.get(), &Metadata::Resolver::allFinished, this, [this](quint64 batch) {
        if (m_run && batch == m_run->batch && m_run->publishedDois.isEmpty() && m_run->pending == 0)
            askBiorxiv();
    });
    if (ids.isEmpty()) {
        finish({}, false);
        return;
    }
    run.batch = run.resolver->lookup(ids, run.refresh);
}

void Sweep::askBiorxiv()
{
    Run &run = *m_run;
    run.biorxiv = std::make_unique<Metadata::BiorxivClient>(
        run.resolver->fetcher(), Metadata::Endpoints::fromEnvironment().biorxiv);
    QPointer<Sweep> self(this);
    for (int i = 0; i < run.entries.size(); ++i) {
        const EntryFields &f = run.entries[i].fields;
        const Sources &s = run.sources[i];
        // Crossref usually links a bioRxiv preprint to its journal version; bioRxiv's own
        // record is asked when it does not.
        if (!f.doi.startsWith(u"10.1101/"_s) || !Metadata::isPreprintVenue(f.venue)
            || (s.work && !s.work->preprintOf.isEmpty()))
            continue;
        const QString server = f.url.contains(u"medrxiv.org"_s) ? u"medrxiv"_s : u"biorxiv"_s;
        ++run.pending;
        run.biorxiv->details(server, f.doi, [self, i](const Metadata::BiorxivClient::Answer &a) {
            if (!self || !self->m_run)
                return;
            self->m_run->sources[i].biorxivPublished = a.publishedDoi;
            if (--self->m_run->pending == 0)
                self->lookUpPublished();
        });
    }
    if (run.pending > 0)
        emit progress(SweepText::tr("Asking bioRxiv about %n preprints…", nullptr, run.pending));
    else
        lookUpPublished();
}

void Sweep::lookUpPublished()
{
    Run &run = *m_run;
    QList<RecognizedId> ids;
    for (int i = 0; i < run.entries.size(); ++i) {
        const QString doi = publishedDoiOf(run.entries[i], run.sources[i]);
        const RecognizedId id = Identifier::recognize(doi);
        if (doi.isEmpty() || id.kind != RecognizedId::Kind::Doi
            || run.publishedDois.contains(Identifier::doiKey(doi)))
            continue;
        run.publishedDois << Identifier::doiKey(doi);
        ids << id;
    }
    if (ids.isEmpty()) {
        finish({}, false);
        return;
    }
    emit progress(SweepText::tr("Looking up %n published versions…", nullptr, int(ids.size())));
    run.resolver->disconnect(this);
    connect(run.resolver.get(), &Metadata::Resolver::waiting, this, &Sweep::progress);
    auto published = std::make_shared<QHash<QString, MetadataRecord>>();
    connect(run.resolver.get(), &Metadata::Resolver::finished, this,
            [this, published](quint64 batch, int, const Metadata::LookupResult &result) {
                if (m_run && batch == m_run->batch
                    && result.status == Metadata::LookupResult::Status::Ok)
                    published->insert(Identifier::doiKey(result.id.doi), result.record);
            });
    connect(run.resolver.get(), &Metadata::Resolver::allFinished, this,
            [this, published](quint64 batch) {
                if (!m_run || batch != m_run->batch)
                    return;
                for (Sources &s : m_run->sources)
                    s.published = *published;
                finish({}, false);
            });
    run.batch = run.resolver->lookup(ids, run.refresh);
}

void Sweep::cancel()
{
    if (m_run)
        finish({}, true);
}

void Sweep::finish(const QString &error, bool canceled)
{
    std::unique_ptr<Run> run = std::move(m_run);
    QList<Proposal> proposals;
    if (error.isEmpty() && !canceled) {
        for (int i = 0; i < run->entries.size(); ++i)
            proposals.append(proposalsFor(run->entries[i], run->sources[i], run->style));
    }
    if (run->resolver) {
        run->resolver->disconnect(this);
        run->resolver.release()->deleteLater(); // it may be inside its own signal
    }
    emit finished(proposals, error, canceled);
}

} // namespace Curator::Updates
