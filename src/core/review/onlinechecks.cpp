#include "onlinechecks.h"

#include "duplicates.h"
#include "git/githubtoken.h"
#include "identifier.h"
#include "links/linkcheck.h"
#include "metadata/lookupcache.h"
#include "metadata/resolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator::Review {

namespace {

class OnlineText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Review::OnlineChecks)
};

// Where a checked entry stands: its review and the entry.
struct Target
{
    int review = 0;
    ListedEntry entry;
};

} // namespace

struct OnlineChecks::Run
{
    QList<ContributionReview> reviews;
    QList<Target> targets;
    std::unique_ptr<Metadata::Resolver> resolver;
    std::unique_ptr<Links::LinkChecker> links;
    QList<int> lookedUp; // target index of each looked-up id, in the resolver's order
    quint64 batch = 0;
    QList<Links::LinkToCheck> linksToCheck;
    QSet<QString> found; // LookupCache keys of the ids the look-ups found
    QSet<QString> missing; // links whose id the service does not know: broken already

    bool lookupsOver = false;
    bool linksOver = false;
};

OnlineChecks::OnlineChecks(Store *cache, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_nam(nam)
{ }

OnlineChecks::~OnlineChecks() = default;

QList<Finding> OnlineChecks::compare(const ListedEntry &entry, const MetadataRecord &record,
                                     const QString &source)
{
    QList<Finding> out;
    const auto add = [&](const QString &message) {
        out << Finding{Finding::Severity::Warning, u"metadata"_s, entry.line, 0, message, {}};
    };
    // A list shortens titles on purpose ("The ELM Neuron" for the whole subtitle): only a title
    // that is not a part of the record's is another title.
    const QString ours = Duplicates::titleKey(entry.fields.title);
    const QString theirs = Duplicates::titleKey(record.title);
    if (!ours.isEmpty() && !theirs.isEmpty() && !theirs.contains(ours) && !ours.contains(theirs))
        add(OnlineText::tr("%1 has another title: “%2”.").arg(source, record.title));
    if (!record.authors.isEmpty() && !entry.fields.authors.trimmed().isEmpty()) {
        const PersonName &first = record.authors.constFirst();
        const QString name = first.isLiteral() ? first.literal : first.family;
        if (!name.isEmpty() && !entry.fields.authors.contains(name, Qt::CaseInsensitive))
            add(OnlineText::tr("%1 names %2 as the first author; the entry does not name them.")
                    .arg(source, name));
    }
    if (record.year > 0 && entry.fields.year > 0 && record.year != entry.fields.year
        && std::abs(record.year - entry.fields.year) > 1)
        add(OnlineText::tr("%1 dates it %2, the entry %3.")
                .arg(source)
                .arg(record.year)
                .arg(entry.fields.year));
    return out;
}

void OnlineChecks::run(const QList<ContributionReview> &reviews)
{
    if (m_run)
        return;
    m_run = std::make_unique<Run>();
    Run &run = *m_run;
    run.reviews = reviews;
    for (qsizetype r = 0; r < reviews.size(); ++r) {
        for (const EntryChange &c : reviews.at(r).changes) {
            if (c.after)
                run.targets << Target{int(r), *c.after};
        }
    }

    // Look-ups by identifier.
    QList<RecognizedId> ids;
    for (qsizetype t = 0; t < run.targets.size(); ++t) {
        const EntryFields &f = run.targets.at(t).entry.fields;
        RecognizedId id;
        if (!f.arxivId.isEmpty())
            id = Identifier::recognize(f.arxivId);
        else if (!f.doi.isEmpty())
            id = Identifier::recognize(f.doi);
        if (id.kind == RecognizedId::Kind::None)
            continue;
        ids << id;
        run.lookedUp << int(t);
    }
    run.resolver.reset(Metadata::newResolver(m_cache, m_nam));
    connect(run.resolver.get(), &Metadata::Resolver::finished, this,
            [this](quint64 batch, int index, const Metadata::LookupResult &result) {
                if (!m_run || batch != m_run->batch)
                    return;
                if (result.status == Metadata::LookupResult::Status::NotFound) {
                    // The service's own word: no request for the link is needed.
                    Target &t = m_run->targets[m_run->lookedUp.at(index)];
                    const QString id = !t.entry.fields.arxivId.isEmpty()
                        ? u"arXiv "_s + t.entry.fields.arxivId
                        : u"DOI "_s + t.entry.fields.doi;
                    m_run->missing.insert(t.entry.fields.url);
                    m_run->reviews[t.review].findings
                        << Finding{Finding::Severity::Error,
                                   u"link"_s,
                                   t.entry.line,
                                   0,
                                   OnlineText::tr("The link is broken: there is no %1.").arg(id),
                                   {}};
                    return;
                }
                if (result.status != Metadata::LookupResult::Status::Ok)
                    return;
                m_run->found.insert(Metadata::LookupCache::key(result.id));
                Target &t = m_run->targets[m_run->lookedUp.at(index)];
                const QString source = result.record.source == MetadataRecord::Source::Arxiv
                    ? u"arXiv"_s
                    : u"Crossref"_s;
                m_run->reviews[t.review].findings << compare(t.entry, result.record, source);
            });
    connect(run.resolver.get(), &Metadata::Resolver::allFinished, this, [this](quint64 batch) {
        if (m_run && batch == m_run->batch)
            lookupsDone();
    });

    // Links.
    QList<Links::LinkToCheck> links;
    for (const Target &t : std::as_const(run.targets)) {
        if (!t.entry.fields.url.startsWith(u"http"_s))
            continue;
        Links::LinkToCheck l;
        l.url = t.entry.fields.url;
        l.line = t.entry.line;
        l.entryDoi = t.entry.fields.doi;
        l.entryArxiv = t.entry.fields.arxivId;
        links << l;
    }
    run.links = std::make_unique<Links::LinkChecker>(m_nam);
    connect(
        run.links.get(), &Links::LinkChecker::finished, this,
        [this](const QList<Links::LinkFinding> &findings) {
            if (!m_run)
                return;
            for (const Links::LinkFinding &f : findings) {
                const Links::Verdict v = f.result.verdict;
                if (v != Links::Verdict::Broken && v != Links::Verdict::Unverified
                    && !f.result.softNotFound)
                    continue;
                QString message = v == Links::Verdict::Broken
                    ? OnlineText::tr("The link is broken: %1.").arg(f.result.message)
                    : v == Links::Verdict::Unverified
                    ? OnlineText::tr("The link could not be verified: %1.").arg(f.result.message)
                    : OnlineText::tr("The link leads to a front or sign-in page now: %1.")
                          .arg(f.result.finalUrl);
                if (!f.suggestion.isEmpty())
                    message += u' ' + OnlineText::tr("Instead: %1").arg(f.suggestion);
                for (Target &t : m_run->targets) {
                    if (t.entry.line == f.link.line && t.entry.fields.url == f.link.url)
                        m_run->reviews[t.review].findings
                            << Finding{v == Links::Verdict::Broken ? Finding::Severity::Error
                                                                   : Finding::Severity::Warning,
                                       u"link"_s,
                                       t.entry.line,
                                       0,
                                       message,
                                       {}};
                }
            }
            m_run->linksOver = true;
            finish();
        });

    if (ids.isEmpty())
        QMetaObject::invokeMethod(
            this, [this] { lookupsDone(); }, Qt::QueuedConnection);
    else
        run.batch = run.resolver->lookup(ids);
    run.linksToCheck = links;
}

void OnlineChecks::lookupsDone()
{
    if (!m_run)
        return;
    m_run->lookupsOver = true;
    // The links after the look-ups: an id they found is not asked about again (arXiv allows one
    // request every 3 s, whoever sends it).
    m_run->linksToCheck.removeIf(
        [this](const Links::LinkToCheck &l) { return m_run->missing.contains(l.url); });
    if (m_run->linksToCheck.isEmpty()) {
        m_run->linksOver = true;
        finish();
        return;
    }
    Links::CheckSettings settings;
    settings.githubToken = githubTokenFromEnvironment();
    m_run->links->start(m_run->linksToCheck, settings, {}, m_run->found);
}

void OnlineChecks::finish()
{
    if (!m_run || !m_run->lookupsOver || !m_run->linksOver)
        return;
    std::unique_ptr<Run> run = std::move(m_run);
    for (ContributionReview &r : run->reviews)
        std::stable_sort(r.findings.begin(), r.findings.end(),
                         [](const Finding &a, const Finding &b) { return a.line < b.line; });
    const QList<ContributionReview> reviews = run->reviews;
    // The resolver and the checker may be inside their own signal: they go later.
    run->resolver.release()->deleteLater();
    run->links.release()->deleteLater();
    emit finished(reviews);
}

} // namespace Curator::Review
