#pragma once

#include "entry.h"
#include "git/githubclient.h"
#include "git/readmesync.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Curator {

class Curation;
class Store;
class TokenProvider;
class PullRequestFlow;
class RepoStatus;
struct PullRequestResult;
struct RepoState;

struct PublishOptions
{
    QString remote; // empty: the list's
    QString base; // empty: the list's, else the remote's default branch
    bool dryRun = false;
    ReadmeSync::Prefer prefer = ReadmeSync::Prefer::Nobody; // for conflicts with the remote
    bool allowRemovals = false; // entries the remote's README no longer has
    // Lines for the end of the commit message ("Co-authored-by: Name <email>") and a paragraph
    // for the end of the pull request's body ("Closes #12"): a contribution taken over.
    QStringList trailers;
    QString bodyNote;
};

struct PublishResult
{
    enum class Status {
        Opened, // the pull request exists now: url
        AlreadyExists, // an open pull request (url, number) or a pushed branch already carries
                       // exactly this README: nothing new was pushed
        NoCommits, // GitHub says the branch has nothing the base lacks
        Pushed, // pushed, but no pull request was opened (no token, or GitHub refused): url is
                // the compare page to open it by hand
        DryRun, // nothing was changed: branch, commit message and diff say what would be
        NothingToPublish,
        NeedsDecision, // the remote's README changed: conflicts or removals to confirm
        Refused, // git said no before anything was made (the message says why and what to do)
        Failed,
        Canceled,
    };
    Status status = Status::Failed;
    QString message;
    QString branch;
    QString commitMessage;
    QByteArray diff; // unified, base README against the new one
    QUrl url;
    int number = 0; // of the pull request, when known
    // Where it goes: the GitHub repository ("owner/name", empty when unknown), the remote
    // pushed to and the base branch.
    QString target;
    QString remote;
    QString base;
    ReadmeSync::Check sync; // when NeedsDecision
};

// The pull-request flow of a list, for the export pane and the command line alike: fetch the
// remote; merge a README changed there into the list first (never publishing over changes it
// has not seen); commit the list's README on a new branch from the up-to-date base; push it;
// open the pull request on GitHub (or give the compare page without a token).
class Publisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Publisher)

public:
    // A merge of the remote's README into the list becomes one step of `curation`'s undo history.
    // The export, the merge, the change summary and the diff run on a worker thread with a store
    // connection of their own (runOnStore): at 100,000 entries they take a second or more.
    Publisher(Curation &curation, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Publisher() override;

    GitHubClient *github() const { return m_github; }
    TokenProvider *tokens() const { return m_tokens; }

    void start(qint64 listId, const PublishOptions &options);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void progress(const QString &line);
    void finished(const Curator::PublishResult &result);

private:
    void onState(const RepoState &state);
    void onPrepared(const QByteArray &baseReadme, bool exists);
    struct Preparation;
    void onReadmeReady(quint64 run, const Preparation &p);
    // Whether a worker's answer still belongs to the run going on: a run canceled and started
    // again must not take the old run's answers.
    bool isCurrent(quint64 run) const { return m_busy && run == m_run; }
    void onFlowFinished(const PullRequestResult &result);
    void proceed(); // publish m_readme (or describe it, for a dry run)
    void checkExisting(QStringList branches);
    void openPullRequest(const QString &branch);
    void finish(PublishResult result);

    struct Target
    {
        std::optional<GitHubRepo> repo; // where the pull request goes
        QString headOwner; // the fork's owner when the remote is another repository than repo
    };
    Target target() const;

    Curation &m_curation;
    Store &m_store;
    RepoStatus *m_status;
    PullRequestFlow *m_flow = nullptr;
    GitHubClient *m_github;
    TokenProvider *m_tokens;
    bool m_busy = false;
    quint64 m_run = 0;
    qint64 m_listId = 0;
    PublishOptions m_options;
    RepoLink m_link;
    QString m_remoteUrl; // may hold credentials: never logged
    QString m_title, m_body, m_commitMessage, m_branchStem;
    QByteArray m_readme, m_diff;
};

} // namespace Curator

Q_DECLARE_METATYPE(Curator::PublishResult)
