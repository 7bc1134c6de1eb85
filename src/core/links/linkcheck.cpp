#include "linkcheck.h"

#include "identifier.h"
#include "logging.h"
#include "metadata/lookupcache.h"
#include "metadata/resolver.h"
#include "metadata/services.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Curator::Links {

namespace {

class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Links::LinkChecker)
};

QUrl baseFromEnvironment(const char *variable, const QString &fallback)
{
    const QByteArray value = qgetenv(variable);
    return QUrl(value.isEmpty() ? fallback : QString::fromUtf8(value));
}

bool isPageKind(const QString &url)
{
    return targetOf(QUrl(url)).kind == Target::Kind::Page;
}

// The Wayback Machine's closest snapshot, from its availability API's answer
// ({"archived_snapshots": {"closest": {"available": true, "url": …}}}), as https.
QString snapshotIn(const QByteArray &body)
{
    const QJsonObject closest = QJsonDocument::fromJson(body)
                                    .object()
                                    .value(u"archived_snapshots"_s)
                                    .toObject()
                                    .value(u"closest"_s)
                                    .toObject();
    if (!closest.value(u"available"_s).toBool())
        return {};
    QUrl url(closest.value(u"url"_s).toString());
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return {};
    if (url.host() == u"web.archive.org"_s)
        url.setScheme(u"https"_s);
    return url.toString();
}

} // namespace

int CheckedLink::flags() const
{
    return (byIdentifier ? ByIdentifier : 0) | (rewrite ? Rewrite : 0)
        | (softNotFound ? SoftNotFound : 0) | (archived ? Archived : 0);
}

void CheckedLink::setFlags(int flags)
{
    byIdentifier = flags & ByIdentifier;
    rewrite = flags & Rewrite;
    softNotFound = flags & SoftNotFound;
    archived = flags & Archived;
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return u"ok"_s;
    case Verdict::Redirected:
        return u"redirected"_s;
    case Verdict::Broken:
        return u"broken"_s;
    case Verdict::Unverified:
        return u"unverified"_s;
    case Verdict::Skipped:
        return u"skipped"_s;
    }
    return {};
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (Verdict v : {Verdict::Ok, Verdict::Redirected, Verdict::Broken, Verdict::Unverified,
                      Verdict::Skipped}) {
        if (verdictKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return CheckText::tr("ok");
    case Verdict::Redirected:
        return CheckText::tr("redirected");
    case Verdict::Broken:
        return CheckText::tr("broken");
    case Verdict::Unverified:
        return CheckText::tr("unverified");
    case Verdict::Skipped:
        return CheckText::tr("skipped");
    }
    return {};
}

bool isReusable(const CheckedLink &checked, const QDateTime &now)
{
    if (!checked.checked.isValid() || checked.softNotFound)
        return false;
    if (checked.verdict != Verdict::Ok && checked.verdict != Verdict::Redirected)
        return false;
    const int days = checked.byIdentifier ? 30 : 7;
    return checked.checked.addDays(days) > now && checked.checked <= now.addSecs(60);
}

ServiceBases ServiceBases::fromEnvironment()
{
    ServiceBases b;
    const Metadata::Endpoints e = Metadata::Endpoints::fromEnvironment();
    b.arxiv = e.arxiv;
    b.doi = e.doi;
    b.github = baseFromEnvironment("CURATOR_GITHUB_API", u"https://api.github.com"_s);
    b.wayback = baseFromEnvironment("CURATOR_WAYBACK_API", u"https://archive.org"_s);
    b.pageRelay = baseFromEnvironment("CURATOR_PAGE_RELAY", QString());
    return b;
}

Net::HostPolicy CheckSettings::ordinaryPolicy()
{
    Net::HostPolicy p = PageChecker::politePolicy();
    p.minIntervalMs = 0;
    p.maxConcurrent = 2;
    return p;
}

struct LinkChecker::Run
{
    quint64 id = 0;
    CheckSettings settings;
    QList<LinkToCheck> links;
    QHash<QString, CheckedLink> stored;
    QSet<QString> knownIds;
    QHash<QString, CheckedLink> results;
    QHash<QString, QString> archivedCopies;
    QList<CheckedLink> checked; // asked now, to store
    QSet<QString> publisherHostsSet; // host:port keys given the publisher policy
    QHash<QString, QStringList> arxivUrls; // id → the addresses naming it
    QStringList urls; // each address once, in README order
    qsizetype next = 0; // the first of `urls` not queued yet
    int arxivWaiting = 0; // addresses held for arXiv's batches (sent once all are queued)
    bool feedScheduled = false;
    bool allQueued = false; // feed() has handed the last address on (and started arXiv's batches)
    // Addresses queued and not answered yet, not counting those held for arXiv.
    int inFlight() const { return int(next) - done - arxivWaiting; }
    int total = 0;
    int done = 0;
    int outstanding = 0; // addresses and archive look-ups not answered yet
    // Some server answered with a status. When none did, a missing host proves nothing: the
    // machine is most likely offline.
    bool anyAnswer = false;
    QPointer<Net::Fetcher> fetcher;
    QPointer<PageChecker> pages;
    std::unique_ptr<Metadata::ArxivClient> arxiv;
    std::unique_ptr<Metadata::DoiHandleClient> doi;

    ~Run()
    {
        // Later: the run may end inside one of the fetcher's own callbacks.
        if (pages)
            pages->deleteLater();
        if (fetcher)
            fetcher->deleteLater();
    }
};

LinkChecker::LinkChecker(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

LinkChecker::~LinkChecker() = default;

QStringList LinkChecker::addressesOf(const QList<LinkToCheck> &links)
{
    QStringList urls;
    QSet<QString> seen;
    for (const LinkToCheck &l : links) {
        if (!seen.contains(l.url)) {
            seen.insert(l.url);
            urls.append(l.url);
        }
    }
    return urls;
}

void LinkChecker::start(const QList<LinkToCheck> &links, const CheckSettings &settings,
                        const QHash<QString, CheckedLink> &stored, const QSet<QString> &knownIds,
                        const QStringList &addresses)
{
    static quint64 nextRun = 1;
    if (m_run)
        cancel();
    m_run = std::make_unique<Run>();
    Run &run = *m_run;
    run.id = nextRun++;
    run.settings = settings;
    run.links = links;
    run.stored = stored;
    run.knownIds = knownIds;
    run.fetcher = new Net::Fetcher(m_nam);
    run.fetcher->setDefaultPolicy(settings.pagePolicy);
    run.fetcher->setMaxTotal(settings.maxConnections);
    run.pages = new PageChecker(run.fetcher);
    run.pages->setRelay(settings.services.pageRelay);
    run.arxiv = std::make_unique<Metadata::ArxivClient>(run.fetcher, settings.services.arxiv);
    run.doi = std::make_unique<Metadata::DoiHandleClient>(run.fetcher, settings.services.doi);

    run.urls = addresses.isEmpty() ? addressesOf(links) : addresses;
    run.total = int(run.urls.size());
    run.outstanding = run.total + 1; // held until every request is queued
    feed();
}

void LinkChecker::feed()
{
    // A few hundred at a time: queuing 10,000 requests at once held the event loop for 190 ms
    // (bench_linkcheck 10000), and the window runs the check on its GUI thread. And no more than
    // a window of them waits in the fetcher: the rest are queued as answers come in.
    constexpr int Slice = 200;
    const quint64 id = m_run->id;
    m_run->feedScheduled = false;
    if (m_run->allQueued)
        return; // a feed scheduled by an answer that came while the last slice was queued
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < Slice && m_run->next < m_run->urls.size() && m_run->inFlight() < Window;
         ++n) {
        queue(m_run->urls.at(m_run->next++), now);
        if (!m_run || m_run->id != id)
            return; // a progress handler canceled the run
    }
    if (m_run->next < m_run->urls.size()) {
        if (m_run->inFlight() < Window)
            scheduleFeed();
        return; // else found() schedules it when answers make room
    }
    m_run->allQueued = true;
    startArxiv();
    if (!m_run || m_run->id != id)
        return;
    --m_run->outstanding;
    finishIfDone();
}

void LinkChecker::scheduleFeed()
{
    if (m_run->feedScheduled)
        return;
    m_run->feedScheduled = true;
    const quint64 id = m_run->id;
    QTimer::singleShot(0, this, [this, id] {
        if (m_run && m_run->id == id)
            feed();
    });
}

void LinkChecker::queue(const QString &url, const QDateTime &now)
{
    Run &run = *m_run;
    const QUrl parsed(url);
    CheckedLink r;
    r.url = url;
    if (const QString rule = run.settings.ignore.match(url); !rule.isEmpty()) {
        r.verdict = Verdict::Skipped;
        r.message = CheckText::tr("ignored by the rule %1").arg(rule);
        found(url, r);
        return;
    }
    if (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s) {
        r.verdict = Verdict::Skipped;
        r.message = CheckText::tr("not a web address");
        found(url, r);
        return;
    }
    if (const auto it = run.stored.constFind(url);
        !run.settings.refresh && it != run.stored.cend() && isReusable(*it, now)) {
        r = *it;
        r.fromCache = true;
        found(url, r);
        return;
    }
    const Target target = targetOf(parsed);
    switch (target.kind) {
    case Target::Kind::Arxiv:
        run.arxivUrls[target.arxivId].append(url);
        ++run.arxivWaiting;
        break;
    case Target::Kind::Doi:
        startDoi(url, target);
        break;
    case Target::Kind::GitHubRepo:
        startGitHub(url, target);
        break;
    case Target::Kind::Page:
        startPage(url);
        break;
    }
}

void LinkChecker::cancel()
{
    if (m_run)
        finish(true);
}

void LinkChecker::startArxiv()
{
    Run &run = *m_run;
    QStringList ids;
    for (auto it = run.arxivUrls.cbegin(); it != run.arxivUrls.cend(); ++it) {
        const RecognizedId rid = Identifier::recognize(it.key());
        if (run.knownIds.contains(Metadata::LookupCache::key(rid))) {
            for (const QString &url : it.value()) {
                CheckedLink r;
                r.url = url;
                r.verdict = Verdict::Ok;
                r.byIdentifier = true;
                r.message
                    = CheckText::tr("arXiv %1: its record is in the look-up cache").arg(it.key());
                found(url, r);
                if (!m_run)
                    return;
            }
        } else {
            ids.append(it.key());
        }
    }
    QPointer<LinkChecker> self(this);
    const quint64 runId = run.id;
    for (qsizetype i = 0; i < ids.size(); i += Metadata::ArxivClient::BatchSize) {
        const QStringList batch = ids.mid(i, Metadata::ArxivClient::BatchSize);
        run.arxiv->fetch(batch, [self, runId, batch](const Metadata::ServiceAnswer &answer) {
            if (!self || !self->m_run || self->m_run->id != runId)
                return;
            for (const QString &id : batch) {
                const QStringList urls = self->m_run->arxivUrls.value(id);
                for (const QString &url : urls) {
                    CheckedLink r;
                    r.url = url;
                    r.byIdentifier = true;
                    if (answer.status != Metadata::ServiceAnswer::Status::Ok) {
                        r.verdict = Verdict::Unverified;
                        r.byIdentifier = false;
                        r.message
                            = CheckText::tr("arXiv's API did not answer: %1").arg(answer.message);
                    } else if (Metadata::ArxivClient::find(answer, Identifier::recognize(id))) {
                        r.verdict = Verdict::Ok;
                        r.message = CheckText::tr("arXiv %1 exists").arg(id);
                    } else {
                        r.verdict = Verdict::Broken;
                        r.message = CheckText::tr("arXiv has no paper %1").arg(id);
                    }
                    self->found(url, r);
                    if (!self || !self->m_run || self->m_run->id != runId)
                        return;
                }
            }
        });
    }
}

void LinkChecker::startDoi(const QString &url, const Target &target)
{
    Run &run = *m_run;
    if (run.knownIds.contains(u"doi:"_s + Identifier::doiKey(target.doi))) {
        CheckedLink r;
        r.url = url;
        r.verdict = Verdict::Ok;
        r.byIdentifier = true;
        r.message = CheckText::tr("DOI %1: its record is in the look-up cache").arg(target.doi);
        found(url, r);
        return;
    }
    QPointer<LinkChecker> self(this);
    const quint64 runId = run.id;
    run.doi->check(
        target.doi, [self, runId, url, target](const Metadata::DoiHandleClient::Answer &answer) {
            if (!self || !self->m_run || self->m_run->id != runId)
                return;
            using E = Metadata::DoiHandleClient::Existence;
            CheckedLink r;
            r.url = url;
            r.code = answer.fetch.httpStatus;
            r.byIdentifier = answer.existence == E::Exists;
            r.verdict = answer.existence == E::Exists ? Verdict::Ok
                : answer.existence == E::Missing      ? Verdict::Broken
                                                      : Verdict::Unverified;
            r.message = answer.existence == E::Exists
                ? CheckText::tr("DOI %1 is registered (the publisher's page is not fetched)")
                      .arg(target.doi)
                : answer.message;
            self->found(url, r);
        });
}

void LinkChecker::startGitHub(const QString &url, const Target &target)
{
    Run &run = *m_run;
    Net::Request request;
    request.url = Metadata::serviceUrl(run.settings.services.github,
                                       "/repos/" + QUrl::toPercentEncoding(target.owner) + '/'
                                           + QUrl::toPercentEncoding(target.repo));
    request.headers
        = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    if (!run.settings.githubToken.isEmpty())
        request.headers.append({"Authorization", "Bearer " + run.settings.githubToken});
    // A renamed repository answers 301 to /repositories/{id} on the API's own host.
    request.sameOriginRedirects = true;
    QPointer<LinkChecker> self(this);
    const quint64 runId = run.id;
    run.fetcher->send(request, [self, runId, url, target](const Net::FetchResult &fetch) {
        if (!self || !self->m_run || self->m_run->id != runId)
            return;
        using S = Net::FetchResult::Status;
        const QString name = target.owner + u'/' + target.repo;
        CheckedLink r;
        r.url = url;
        r.code = fetch.httpStatus;
        if (fetch.status == S::NotFound) {
            r.verdict = Verdict::Broken;
            r.byIdentifier = true;
            r.message
                = CheckText::tr("GitHub has no repository %1 (deleted, or private)").arg(name);
        } else if (fetch.status == S::Ok) {
            const QJsonObject repo = QJsonDocument::fromJson(fetch.body).object();
            const QString fullName = repo.value(u"full_name"_s).toString();
            r.byIdentifier = true;
            r.archived = repo.value(u"archived"_s).toBool();
            if (!fullName.isEmpty() && fullName.compare(name, Qt::CaseInsensitive) != 0) {
                r.verdict = Verdict::Redirected;
                r.rewrite = true;
                r.finalUrl = repo.value(u"html_url"_s).toString();
                r.message = CheckText::tr("the repository was renamed to %1").arg(fullName);
            } else {
                r.verdict = Verdict::Ok;
                r.message = r.archived
                    ? CheckText::tr("GitHub repository %1, archived by its owner (read-only)")
                          .arg(name)
                    : CheckText::tr("GitHub repository %1 exists").arg(name);
            }
        } else if (fetch.httpStatus == 403 || fetch.httpStatus == 429) {
            // GitHub's rate limit (60 requests an hour without a token). Its web pages limit bots
            // as well, so asking them instead would only trade one refusal for another.
            r.verdict = Verdict::Unverified;
            r.message = CheckText::tr("GitHub's API refused (HTTP %1): its rate limit is 60 "
                                      "requests an hour without a token (set GH_TOKEN)")
                            .arg(fetch.httpStatus);
        } else {
            r.verdict = Verdict::Unverified;
            r.message = fetch.message;
        }
        self->found(url, r);
    });
}

void LinkChecker::startPage(const QString &url)
{
    Run &run = *m_run;
    const QUrl parsed(url);
    const QString key = parsed.host() + u':' + QString::number(parsed.port());
    if (isPublisherHost(parsed.host()) || run.settings.publisherHosts.contains(key)) {
        if (!run.publisherHostsSet.contains(key)) {
            run.publisherHostsSet.insert(key);
            run.fetcher->setPolicy(parsed, run.settings.publisherPolicy);
        }
    }
    QPointer<LinkChecker> self(this);
    const quint64 runId = run.id;
    run.pages->check(parsed, [self, runId, url](const PageResult &page) {
        if (!self || !self->m_run || self->m_run->id != runId)
            return;
        CheckedLink r;
        r.url = url;
        r.verdict = page.verdict;
        r.code = page.httpStatus;
        r.finalUrl = page.finalUrl.toString();
        r.rewrite = page.rewrite;
        r.softNotFound = page.softNotFound;
        r.message = page.message;
        self->found(url, r);
    });
}

void LinkChecker::found(const QString &url, CheckedLink result)
{
    Run &run = *m_run;
    run.anyAnswer
        = run.anyAnswer || (!result.fromCache && (result.code > 0 || result.byIdentifier));
    if (!result.fromCache)
        result.checked = QDateTime::currentDateTimeUtc();
    if (!result.fromCache && result.verdict != Verdict::Skipped)
        run.checked.append(result);
    const bool askArchive = run.settings.suggestArchived && !result.byIdentifier
        && (result.verdict == Verdict::Broken || result.softNotFound) && isPageKind(url);
    run.results.insert(url, result);
    ++run.done;
    --run.outstanding;
    if (askArchive)
        this->askArchive(url);
    const quint64 id = run.id;
    emit progress(run.done, run.total);
    if (!m_run || m_run->id != id)
        return;
    if (m_run->next < m_run->urls.size() && m_run->inFlight() < Window / 2)
        scheduleFeed();
    finishIfDone();
}

void LinkChecker::askArchive(const QString &url)
{
    Run &run = *m_run;
    ++run.outstanding;
    QUrlQuery query;
    query.addQueryItem(u"url"_s, QString::fromLatin1(QUrl::toPercentEncoding(url)));
    const QByteArray target = "/wayback/available?" + query.query(QUrl::FullyEncoded).toLatin1();
    Net::Request request;
    request.url = Metadata::serviceUrl(run.settings.services.wayback, target);
    run.fetcher->setPolicy(request.url, run.settings.publisherPolicy);
    QPointer<LinkChecker> self(this);
    const quint64 runId = run.id;
    run.fetcher->send(request, [self, runId, url](const Net::FetchResult &fetch) {
        if (!self || !self->m_run || self->m_run->id != runId)
            return;
        if (fetch.status == Net::FetchResult::Status::Ok) {
            if (const QString copy = snapshotIn(fetch.body); !copy.isEmpty())
                self->m_run->archivedCopies.insert(url, copy);
        }
        --self->m_run->outstanding;
        self->finishIfDone();
    });
}

void LinkChecker::finishIfDone()
{
    if (m_run && m_run->outstanding == 0)
        finish(false);
}

namespace {

// Freeing a 100,000-link run's strings took 32 ms on the thread that ends the check (the
// window's, bench_mainwindow --links): a pool thread frees them instead. The strings are
// implicitly shared with atomic counts, so what the findings still hold stays valid.
template<typename... Containers>
void freeOnPool(Containers &&...containers)
{
    auto held = std::make_shared<std::tuple<std::decay_t<Containers>...>>(std::move(containers)...);
    QThreadPool::globalInstance()->start([held]() mutable { held.reset(); });
}

} // namespace

void LinkChecker::releaseElsewhere(Run &run)
{
    freeOnPool(std::move(run.links), std::move(run.stored), std::move(run.knownIds),
               std::move(run.results), std::move(run.arxivUrls), std::move(run.urls),
               std::move(run.checked), std::move(run.archivedCopies));
}

void LinkChecker::finish(bool canceled)
{
    // The fetcher goes with the run (later, see ~Run), its queue unanswered: canceling each of
    // 100,000 queued requests posted as many callbacks and held the window for 250 ms.
    std::unique_ptr<Run> run = std::move(m_run);
    if (!run->anyAnswer) {
        for (CheckedLink &r : run->results) {
            if (r.verdict == Verdict::Broken && r.code == 0 && !r.byIdentifier) {
                r.verdict = Verdict::Unverified;
                r.message = CheckText::tr("%1; no server answered at all: are you offline?")
                                .arg(r.message);
            }
        }
        for (CheckedLink &r : run->checked) {
            if (r.verdict == Verdict::Broken && r.code == 0 && !r.byIdentifier)
                r.verdict = Verdict::Unverified;
        }
    }
    const QList<LinkFinding> findings = findingsFor(run->links, run->results, run->archivedCopies);
    emit finished(findings, run->checked, canceled);
    releaseElsewhere(*run);
}

QList<LinkFinding> LinkChecker::findingsFor(const QList<LinkToCheck> &links,
                                            const QHash<QString, CheckedLink> &results,
                                            const QHash<QString, QString> &archivedCopies)
{
    QList<LinkFinding> out;
    out.reserve(links.size());
    for (const LinkToCheck &l : links) {
        const auto it = results.constFind(l.url);
        if (it == results.cend())
            continue; // canceled before it was answered
        LinkFinding f;
        f.link = l;
        f.result = *it;
        const QUrl url(l.url);
        if (f.result.verdict == Verdict::Redirected && f.result.rewrite) {
            f.suggestion = f.result.finalUrl;
            f.suggestionKind = u"rewrite"_s;
        } else if ((f.result.verdict == Verdict::Broken || f.result.softNotFound)
                   && !f.result.byIdentifier) {
            RecognizedId id = Identifier::recognize(l.url);
            const QString arxiv = !l.entryArxiv.isEmpty() ? l.entryArxiv
                : id.kind == RecognizedId::Kind::Arxiv    ? id.arxivWithVersion()
                                                          : QString();
            const bool onArxiv = url.host().endsWith(u"arxiv.org"_s);
            const bool onDoi = url.host().endsWith(u"doi.org"_s);
            if (!arxiv.isEmpty() && !onArxiv) {
                f.suggestion = u"https://arxiv.org/abs/"_s + arxiv;
                f.suggestionKind = u"arxiv"_s;
            } else if (!l.entryDoi.isEmpty() && !onDoi) {
                f.suggestion = u"https://doi.org/"_s + l.entryDoi;
                f.suggestionKind = u"doi"_s;
            } else if (const QString copy = archivedCopies.value(l.url); !copy.isEmpty()) {
                f.suggestion = copy;
                f.suggestionKind = u"archive"_s;
            }
        }
        out.append(f);
    }
    return out;
}

} // namespace Curator::Links
