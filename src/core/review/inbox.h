#pragma once

// The contributions inbox (issue 17): the open pull requests of a list's GitHub repository that
// touch its README, each read as entries (the README at the pull request's head against the
// README at its merge base, from the list's own clone), and the review a maintainer would post.

#include "entry.h"
#include "review/contribution.h"
#include "review/pullrequests.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace Curator {
class Curation;
class GitRunner;
class Store;
} // namespace Curator

namespace Curator::Review {

struct InboxItem
{
    PullRequestInfo pr;
    QStringList files;
    bool touchesReadme = false;
    QString mergeBase; // the commit the review compares with
    QString headAuthor; // "Name <email>" of the head commit, for a Co-authored-by line
    QByteArray headReadme; // the README at the pull request's head
    ContributionReview review; // when touchesReadme and no error
    QString error; // why this one could not be read (git's or GitHub's words)
};

// The review GitHub is sent for `review`: REQUEST_CHANGES when a finding is an error, COMMENT
// for warnings only, APPROVE for none; one comment per finding on its line (a ```suggestion
// block where the finding has the entry as the list would write it); what has no line (a
// removal) in the body.
ReviewDraft draftReview(const ContributionReview &review, const QString &readmePath,
                        const QString &headSha);

// Takes a contribution over (one undo step of `curation`): the entries the pull request adds,
// written as the list writes them (a link inside the link undone, a bullet's description not
// taken for a venue), each at the top of its year in the section of the same title (else the
// list's first); entries the list has already are left out. The ids added, or empty with
// *error set.
class TakeOver
{
public:
    static QList<qint64> apply(Curation &curation, qint64 listId, const InboxItem &item,
                               QString *error);
    // The comment left on the contributor's pull request once the new one is open.
    static QString thanks(const InboxItem &item, const QUrl &newPullRequest);
};

// The pull request's README with what the review can fix made as the list would make it, the
// rest byte for byte (through an in-memory store, the import and export every list goes
// through): an entry in another form, or with a link inside the link, written afresh from its
// fields in its section's form at the top of its year; an entry out of year order moved there.
// Duplicates and removals are left to the review. `*fixed` says how many entries changed.
QByteArray fixedReadme(const QByteArray &head, const ContributionReview &review, int *fixed,
                       QString *error);

// A fix-up commit on the contributor's branch, where they allowed maintainer edits: the fixed
// README committed on top of the pull request's head in a temporary worktree of the clone and
// pushed to the branch's repository (GitHub's clone_url for it). finished() with an empty error
// on success.
class FixUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixUp)

public:
    explicit FixUp(QObject *parent = nullptr);
    ~FixUp() override;
    void push(const RepoLink &link, const InboxItem &item, const QByteArray &readme,
              const QString &message);

signals:
    void finished(const QString &error);

private:
    void step();
    GitRunner *m_git;
    QList<std::pair<QStringList, QString>> m_steps; // git arguments, working directory
    QString m_worktree;
    QString m_clone;
    QString m_readmeFile;
    QByteArray m_readme;
    std::unique_ptr<QTemporaryDir> m_tmp;
};

class Inbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inbox)

public:
    explicit Inbox(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Inbox() override;

    PullRequests *api() { return m_api; }
    // Whether each proposed entry is also checked against arXiv/Crossref and its link tried
    // (OnlineChecks); `cache` is the store whose look-up cache answers first.
    void setOnlineChecks(bool on, Store *cache = nullptr)
    {
        m_online = on;
        m_cache = cache;
    }

    // Reads the open pull requests of `link.github` (only those numbered in `only`, when
    // given): finished() follows from the event loop.
    void load(const RepoLink &link, const QList<int> &only = {});
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

signals:
    void progress(const QString &message);
    void finished(const QList<Curator::Review::InboxItem> &items, const QString &error);

private:
    struct Run;
    void next();
    void readItem(int index);
    void finish(const QString &error);
    void checkOnline();
    void readAuthor(int index);

    PullRequests *m_api;
    GitRunner *m_git;
    QNetworkAccessManager *m_nam;
    bool m_online = false;
    Store *m_cache = nullptr;
    std::unique_ptr<Run> m_run;
};

} // namespace Curator::Review
