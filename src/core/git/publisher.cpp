#include "git/publisher.h"

#include "curation/curation.h"
#include "git/changesummary.h"
#include "git/githubclient.h"
#include "git/githubtoken.h"
#include "git/pullrequestflow.h"
#include "git/repostatus.h"
#include "logging.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "store/storeworker.h"
#include "textdiff.h"

using namespace Qt::StringLiterals;

namespace Curator {

namespace {
class Publishing
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Publisher)
};
} // namespace

// What the worker made of the base README: the list merged with it where it changed (when the
// options allow), the list's README and how it differs from the base.
struct Publisher::Preparation
{
    QString error; // the work failed: nothing further
    ReadmeSync::Check check; // when the base README exists
    bool needsDecision = false; // conflicts or removals the options do not settle
    ReadmeSync::RecordedApply merge; // when the base changed and was merged
    bool merged = false;
    QByteArray readme;
    bool nothingNew = false; // the base README is the list's already
    QString title, body, commitMessage, branchStem;
    QByteArray diff; // unified, for a dry run
};

Publisher::Publisher(Curation &curation, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_curation(curation)
    , m_store(curation.store())
    , m_status(new RepoStatus(this))
    , m_github(new GitHubClient(nam, this))
    , m_tokens(new TokenProvider(this))
{
    m_github->setApiBase(GitHubClient::defaultApiBase());
    m_tokens->setHost(GitHubClient::webBaseFor(m_github->apiBase()).host());
}

Publisher::~Publisher() = default;

void Publisher::start(qint64 listId, const PublishOptions &options)
{
    if (m_busy)
        return;
    m_busy = true;
    ++m_run;
    m_listId = listId;
    m_options = options;
    m_link = m_store.repoLink(listId);
    if (!m_link.isLinked()) {
        finish({PublishResult::Status::Refused,
                Publishing::tr("The list is not linked to a git clone. Link it in the settings, "
                               "or with: awesome-curator link --list NAME --repo PATH")});
        return;
    }
    if (!options.remote.isEmpty())
        m_link.remote = options.remote;
    if (!options.base.isEmpty())
        m_link.base = options.base;
    emit progress(Publishing::tr("Reading the state of %1…").arg(m_link.path));
    m_status->query(m_link.path, m_link.readme, m_link.remote,
                    [this](const RepoState &state) { onState(state); });
}

void Publisher::onState(const RepoState &state)
{
    if (!state.gitInstalled || !state.isRepository) {
        finish({PublishResult::Status::Refused, state.error});
        return;
    }
    m_remoteUrl = state.remoteUrls.value(m_link.remote);
    if (m_link.base.isEmpty())
        m_link.base = state.defaultRemoteBranch.isEmpty() ? u"main"_s : state.defaultRemoteBranch;

    delete m_flow;
    m_flow = new PullRequestFlow(this);
    connect(m_flow, &PullRequestFlow::progress, this, &Publisher::progress);
    connect(m_flow, &PullRequestFlow::prepared, this, &Publisher::onPrepared);
    connect(m_flow, &PullRequestFlow::finished, this, &Publisher::onFlowFinished);
    PullRequestInput input;
    input.repositoryPath = m_link.path;
    input.readmePath = m_link.readme;
    input.remote = m_link.remote;
    input.baseBranch = m_link.base;
    const qint64 list = m_listId;
    // The README in the working tree may hold the app's own last export, uncommitted.
    runOnStore(
        this, m_store, [list](Store &store) { return exportReadme(store, list); },
        [](const QString &error) {
            ExportResult out;
            out.error = error;
            return out;
        },
        [this, input, run = m_run](const ExportResult &out) {
            if (!isCurrent(run))
                return;
            PullRequestInput withReadme = input;
            withReadme.expectedWorkingReadme = out.data;
            m_flow->prepare(withReadme);
        });
}

void Publisher::onPrepared(const QByteArray &baseReadme, bool exists)
{
    const qint64 list = m_listId;
    const PublishOptions options = m_options;
    const QString mergeText = Publishing::tr("Merge the repository's README");
    const QString readmePath = m_link.readme;
    runOnStore(
        this, m_store,
        [=](Store &store) {
            Preparation p;
            if (exists) {
                p.check = ReadmeSync::check(store, list, baseReadme);
                if (!p.check.ok) {
                    p.error = p.check.error;
                    return p;
                }
                if (p.check.changedOutside) {
                    p.needsDecision = (!p.check.merged.conflicts.isEmpty()
                                       && options.prefer == ReadmeSync::Prefer::Nobody)
                        || (!p.check.removed.isEmpty() && !options.allowRemovals);
                    if (p.needsDecision)
                        return p;
                    if (!options.dryRun) {
                        p.merge = ReadmeSync::applyRecorded(store, list, p.check, options.prefer,
                                                            options.allowRemovals, mergeText);
                        p.merged = true;
                        if (!p.merge.ok) {
                            p.error = p.merge.error;
                            return p;
                        }
                    }
                }
            }
            const ExportResult out = exportReadme(store, list);
            if (!out.ok) {
                p.error = out.error;
                return p;
            }
            p.readme = out.data;
            const ChangeSummary summary = summarizeChange(baseReadme, p.readme);
            p.nothingNew = p.readme == baseReadme || summary.isEmpty();
            if (p.nothingNew)
                return p;
            p.title = summary.pullRequestTitle();
            p.body = summary.pullRequestBody();
            p.commitMessage = summary.commitSubject()
                + (summary.commitBody().isEmpty() ? QString() : u"\n\n"_s + summary.commitBody());
            p.branchStem = summary.branchStem();
            if (options.dryRun) {
                p.diff = TextDiff::unified(TextDiff::diff(baseReadme, p.readme),
                                           QByteArray("a/" + readmePath.toUtf8()),
                                           QByteArray("b/" + readmePath.toUtf8()));
            }
            return p;
        },
        [](const QString &error) {
            Preparation p;
            p.error = error;
            return p;
        },
        [this, run = m_run](const Preparation &p) { onReadmeReady(run, p); });
}

void Publisher::onReadmeReady(quint64 run, const Preparation &p)
{
    // A merge made on the worker is the list's change whatever happens next: it is recorded.
    if (p.merged && !p.merge.changeset.isEmpty())
        m_curation.adopt(Publishing::tr("Merge the repository's README"), p.merge.changeset,
                         p.merge.historyId);
    if (!isCurrent(run))
        return;
    if (!p.error.isEmpty()) {
        m_flow->cancel();
        finish({PublishResult::Status::Failed, p.error});
        return;
    }
    if (p.needsDecision) {
        PublishResult r{PublishResult::Status::NeedsDecision,
                        Publishing::tr("The README on %1/%2 changed since the list last "
                                       "saw it. Merge those changes first.")
                            .arg(m_link.remote, m_link.base)};
        r.sync = p.check;
        m_flow->cancel();
        finish(r);
        return;
    }
    if (p.check.changedOutside) {
        const QString counts = m_options.dryRun
            ? Publishing::tr("The README on %1/%2 changed: new %3, changed %4, removed %5; they "
                             "would be merged into the list.")
            : Publishing::tr("Merged the README of %1/%2 into the list: new %3, changed %4, "
                             "removed %5.");
        emit progress(counts.arg(m_link.remote, m_link.base)
                          .arg(p.check.added.size())
                          .arg(p.check.edited.size())
                          .arg(p.check.removed.size()));
    }
    m_readme = p.readme;
    if (p.nothingNew) {
        m_flow->cancel();
        finish({PublishResult::Status::NothingToPublish,
                Publishing::tr("Nothing to publish: the README on %1/%2 is already the list's.")
                    .arg(m_link.remote, m_link.base)});
        return;
    }
    m_title = p.title;
    m_body = p.body;
    m_commitMessage = p.commitMessage;
    if (!m_options.trailers.isEmpty())
        m_commitMessage += u"\n\n"_s + m_options.trailers.join(u'\n');
    if (!m_options.bodyNote.isEmpty())
        m_body += u"\n\n"_s + m_options.bodyNote;
    m_branchStem = p.branchStem;
    m_diff = p.diff;
    // The same README pushed before (Open Pull Request clicked twice, or the command run again)
    // is not pushed again: its pull request is the answer.
    m_flow->findBranchesWithReadme(m_readme, [this](const QStringList &branches) {
        if (!m_busy)
            return;
        if (branches.isEmpty())
            proceed();
        else
            checkExisting(branches);
    });
}

void Publisher::proceed()
{
    if (m_options.dryRun) {
        PublishResult r{PublishResult::Status::DryRun,
                        Publishing::tr("Dry run: nothing was changed.")};
        r.branch = PullRequestFlow::sanitizeBranchStem(m_branchStem);
        r.commitMessage = m_commitMessage;
        r.diff = m_diff;
        m_flow->cancel();
        finish(r);
        return;
    }
    m_flow->publish(m_readme, m_commitMessage, m_branchStem);
}

void Publisher::checkExisting(QStringList branches)
{
    const QString branch = branches.takeFirst();
    const Target to = target();
    PublishResult found{PublishResult::Status::AlreadyExists, {}};
    found.branch = branch;
    if (!to.repo) {
        found.message = Publishing::tr("The branch %1 on %2 already carries this change; nothing "
                                       "new was pushed.")
                            .arg(branch, m_link.remote);
        m_flow->cancel();
        finish(found);
        return;
    }
    const QUrl compare = GitHubClient::compareUrl(to.repo->owner, to.repo->name, m_link.base,
                                                  to.headOwner, branch, m_github->apiBase());
    emit progress(Publishing::tr("The branch %1 on %2 already carries this change. Looking for "
                                 "its pull request on %3…")
                      .arg(branch, m_link.remote, to.repo->fullName()));
    m_tokens->fetch([this, to, branch, branches, compare, found](const TokenResult &t) mutable {
        if (!m_busy)
            return;
        PullRequestRequest query;
        query.owner = to.repo->owner;
        query.repo = to.repo->name;
        query.head = (to.headOwner.isEmpty() ? to.repo->owner : to.headOwner) + u':' + branch;
        query.base = m_link.base;
        m_github->findOpenPullRequest(
            query, t.found() ? t.token : QByteArray(),
            [this, branch, branches, compare, found](const PullRequestReply &p) mutable {
                if (!m_busy)
                    return;
                if (p.status == PullRequestReply::Status::NoneOpen) {
                    // Its pull request was closed: that branch does not stand for this change.
                    emit progress(Publishing::tr("No pull request is open from %1.").arg(branch));
                    if (branches.isEmpty())
                        proceed();
                    else
                        checkExisting(branches);
                    return;
                }
                if (p.status == PullRequestReply::Status::Found) {
                    found.url = p.htmlUrl;
                    found.number = p.number;
                    found.message = Publishing::tr("Pull request #%1 already carries this change; "
                                                   "nothing new was pushed.")
                                        .arg(p.number);
                } else {
                    found.url = compare;
                    found.message = Publishing::tr("The branch %1 on %2 already carries this "
                                                   "change; nothing new was pushed. GitHub could "
                                                   "not say whether its pull request is open: %3")
                                        .arg(branch, m_link.remote, p.message);
                }
                m_flow->cancel();
                finish(found);
            });
    });
}

Publisher::Target Publisher::target() const
{
    // Where the pull request goes (the list's GitHub repository) and where the branch is (the
    // remote pushed to: the same repository, or the contributor's fork).
    const auto pushedTo = GitHubClient::repoFromRemoteUrl(
        m_remoteUrl, GitHubClient::webBaseFor(m_github->apiBase()).host());
    Target t;
    t.repo = GitHubClient::parseRepoName(m_link.github);
    if (!t.repo)
        t.repo = pushedTo;
    if (t.repo && pushedTo && pushedTo->owner != t.repo->owner)
        t.headOwner = pushedTo->owner;
    return t;
}

void Publisher::onFlowFinished(const PullRequestResult &result)
{
    using S = PullRequestResult::Status;
    if (!m_busy)
        return; // the end of a flow this object gave up itself
    if (result.status == S::Published) {
        // When this README comes back merged, it is nothing new. (Its hash and the write take
        // 150 ms at 100,000 entries: on the worker.)
        const qint64 list = m_listId;
        const QByteArray readme = m_readme;
        const QString branch = result.branch;
        runOnStore(
            this, m_store,
            [list, readme](Store &store) { return store.markReadmeSeen(list, readme); },
            [](const QString &) { return false; },
            [this, branch, run = m_run](bool) {
                if (isCurrent(run))
                    openPullRequest(branch);
            });
        return;
    }
    PublishResult r;
    r.message = result.message;
    r.status = result.status == S::Canceled           ? PublishResult::Status::Canceled
        : result.status == S::RefusedNothingToPublish ? PublishResult::Status::NothingToPublish
        : result.isRefusal()                          ? PublishResult::Status::Refused
                                                      : PublishResult::Status::Failed;
    finish(r);
}

void Publisher::openPullRequest(const QString &branch)
{
    const Target to = target();
    PublishResult r;
    r.branch = branch;
    if (!to.repo) {
        r.status = PublishResult::Status::Pushed;
        r.message = Publishing::tr("Pushed the branch %1 to %2. The list names no GitHub "
                                   "repository, so open the pull request on your git host.")
                        .arg(branch, m_link.remote);
        finish(r);
        return;
    }
    const auto target = to.repo;
    const QString headOwner = to.headOwner;
    const QUrl compare = GitHubClient::compareUrl(target->owner, target->name, m_link.base,
                                                  headOwner, branch, m_github->apiBase());
    emit progress(Publishing::tr("Pushed %1. Looking for a GitHub token…").arg(branch));
    m_tokens->fetch([this, target = *target, headOwner, branch, compare](const TokenResult &t) {
        if (!t.found()) {
            PublishResult r{
                PublishResult::Status::Pushed,
                Publishing::tr("Pushed the branch %1; open the pull request on the compare "
                               "page. %2")
                    .arg(branch, t.message)};
            r.branch = branch;
            r.url = compare;
            finish(r);
            return;
        }
        emit progress(Publishing::tr("Opening the pull request on %1 (token %2)…")
                          .arg(target.fullName(), TokenProvider::describe(t.source)));
        PullRequestRequest req;
        req.owner = target.owner;
        req.repo = target.name;
        req.head = headOwner.isEmpty() ? branch : headOwner + u':' + branch;
        req.base = m_link.base;
        req.title = m_title;
        req.body = m_body;
        m_github->createPullRequest(
            req, t.token, [this, branch, compare](const PullRequestReply &p) {
                PublishResult r;
                r.branch = branch;
                r.message = p.message;
                switch (p.status) {
                case PullRequestReply::Status::Created:
                    r.status = PublishResult::Status::Opened;
                    r.url = p.htmlUrl;
                    r.number = p.number;
                    r.message = Publishing::tr("Opened pull request #%1.").arg(p.number);
                    break;
                case PullRequestReply::Status::AlreadyExists:
                    r.status = PublishResult::Status::AlreadyExists;
                    r.url = compare;
                    break;
                case PullRequestReply::Status::NoCommits:
                    r.status = PublishResult::Status::NoCommits;
                    break;
                default:
                    r.status = PublishResult::Status::Pushed;
                    r.url = compare;
                    r.message
                        = Publishing::tr("Pushed the branch %1, but GitHub did not open the pull "
                                         "request: %2 Open it on the compare page.")
                              .arg(branch, p.message);
                    break;
                }
                finish(r);
            });
    });
}

void Publisher::cancel()
{
    if (!m_busy)
        return;
    if (m_flow && m_flow->isBusy()) {
        m_flow->cancel(); // finished() follows once cleaned up
        return;
    }
    m_status->cancel();
    finish({PublishResult::Status::Canceled, Publishing::tr("Canceled.")});
}

void Publisher::finish(PublishResult result)
{
    if (!m_busy)
        return;
    m_busy = false;
    if (const auto repo = target().repo)
        result.target = repo->fullName();
    result.remote = m_link.remote;
    result.base = m_link.base;
    qCInfo(lcGit) << "publish finished:" << int(result.status);
    emit finished(result);
}

} // namespace Curator
