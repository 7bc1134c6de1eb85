#pragma once

#include "links/ignorerules.h"
#include "links/pagecheck.h"
#include "links/targets.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// Checking every link of a list (issue 16): each address once, by what it is (an arXiv id, a
// DOI, a GitHub repository, a page), with suggestions for what is broken.
namespace Curator::Links {

// One place a link stands in the README.
struct LinkToCheck
{
    QString url;
    int line = 0; // 1-based, in the README as exported (or as read, for a file)
    qint64 entryId = 0; // the entry whose text holds the link; 0 for the README's other text
    QString entryDoi; // the entry's identifiers, for suggestions
    QString entryArxiv;
};

// What one address was found to be.
struct CheckedLink
{
    QString url;
    Verdict verdict = Verdict::Unverified;
    int code = 0; // HTTP status of the last answer; 0 when none (an identifier, a network error)
    QString finalUrl; // where it leads now (Redirected), or the renamed repository
    bool rewrite = false; // the link can be replaced by finalUrl: the same resource
    bool softNotFound = false; // redirected to a front page or a sign-in page
    bool byIdentifier = false; // verified through arXiv's, doi.org's or GitHub's API
    bool archived = false; // a GitHub repository its owner archived (read-only)
    QString message;
    QDateTime checked; // UTC
    bool fromCache = false;

    enum Flag { ByIdentifier = 1, Rewrite = 2, SoftNotFound = 4, Archived = 8 };
    int flags() const;
    void setFlags(int flags);
};

// A link where it stands, with what was found and what could replace it.
struct LinkFinding
{
    LinkToCheck link;
    CheckedLink result;
    QString suggestion; // an address to use instead, or empty
    QString suggestionKind; // "rewrite", "archive", "arxiv", "doi"
};

// "ok", "redirected", "broken", "unverified", "skipped": the words of --json and the cache.
QString verdictKey(Verdict verdict);
std::optional<Verdict> verdictFromKey(const QString &key);
// The word the user reads, translated.
QString verdictName(Verdict verdict);

// Whether a stored check may stand in for asking again: good answers only (ok and redirected for
// 7 days, a paper or repository found through its service's API for 30), never a failure.
bool isReusable(const CheckedLink &checked, const QDateTime &now);

// Where the services are: the public ones, or what CURATOR_ARXIV_API, CURATOR_DOI_API,
// CURATOR_GITHUB_API and CURATOR_WAYBACK_API name (a mirror, a loopback test server).
struct ServiceBases
{
    QUrl arxiv;
    QUrl doi;
    QUrl github;
    QUrl wayback;
    // CURATOR_PAGE_RELAY: every page asked of this server instead (PageChecker::setRelay), for
    // tests and replays; empty otherwise.
    QUrl pageRelay;
    static ServiceBases fromEnvironment();
};

struct CheckSettings
{
    IgnoreRules ignore;
    ServiceBases services = ServiceBases::fromEnvironment();
    QByteArray githubToken; // optional: without one GitHub allows 60 requests an hour
    bool refresh = false; // ask again even where a stored answer may be reused
    bool suggestArchived = true; // ask the Wayback Machine for broken pages
    // "host:port" of hosts treated as publishers besides the known ones (isPublisherHost): the
    // tests' loopback servers.
    QStringList publisherHosts;
    // One connection and a second between requests (publishers, arXiv, doi.org).
    Net::HostPolicy publisherPolicy = PageChecker::politePolicy();
    // Any other host: two connections, no wait beyond the global cap.
    Net::HostPolicy pagePolicy = ordinaryPolicy();
    int maxConnections = PageChecker::MaxConnections;

    static Net::HostPolicy ordinaryPolicy();
};

// Runs one check over a set of links on the calling thread's event loop (everything waits on the
// network, nothing computes for long). Each address is checked once however often it appears.
class LinkChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkChecker)

public:
    explicit LinkChecker(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~LinkChecker() override;

    // `stored`: the last checks of these addresses (reused when isReusable and not refresh);
    // `knownIds`: LookupCache keys ("doi:…", "arxiv:…") whose records the store already holds,
    // which count as found without a request.
    // `addresses`: addressesOf(links), when the caller made it off this thread already (100,000
    // links take ~50 ms).
    void start(const QList<LinkToCheck> &links, const CheckSettings &settings,
               const QHash<QString, CheckedLink> &stored = {}, const QSet<QString> &knownIds = {},
               const QStringList &addresses = {});
    // Each address once, in the order of `links`.
    static QStringList addressesOf(const QList<LinkToCheck> &links);
    // Ends the check: finished() comes with what was found so far and `canceled`.
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    // What each address got, in the order of `links`, with suggestions (pure, for tests).
    static QList<LinkFinding> findingsFor(const QList<LinkToCheck> &links,
                                          const QHash<QString, CheckedLink> &results,
                                          const QHash<QString, QString> &archivedCopies);

signals:
    void progress(int done, int total); // addresses
    // `checked`: every address answered now (not from the store, not skipped), to store.
    void finished(const QList<LinkFinding> &findings, const QList<CheckedLink> &checked,
                  bool canceled);

private:
    struct Run;
    // Addresses waiting in the fetcher at most (a 100,000-link list is not queued at once).
    static constexpr int Window = 1000;
    void feed();
    void scheduleFeed();
    static void releaseElsewhere(Run &run);
    void queue(const QString &url, const QDateTime &now);
    void startArxiv();
    void startDoi(const QString &url, const Target &target);
    void startGitHub(const QString &url, const Target &target);
    void startPage(const QString &url);
    void found(const QString &url, CheckedLink result);
    void askArchive(const QString &url);
    void finishIfDone();
    void finish(bool canceled);

    QNetworkAccessManager *m_nam;
    std::unique_ptr<Run> m_run;
};

} // namespace Curator::Links
