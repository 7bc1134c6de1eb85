#include "git/publisher.h"

#include "git/changesummary.h"
#include "git/githubclient.h"
#include "git/githubtoken.h"
#include "git/pullrequestflow.h"
#include "git/repostatus.h"
#include "logging.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "textdiff.h"

using namespace Qt::StringLiterals;

namespace Curator {

namespace {
class Publishing
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Publisher)
};
} // namespace

Publisher::Publisher(Store &store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_status(new Git::RepoStatus(this))
    , m_github(new GitHubClient(nam, this))
    , m_tokens(new TokenProvider(this))
    , m_apply([](const QString &, const std::function<bool()> &op) { return op(); })
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
                    [this](const Git::RepoState &state) { onState(state); });
}

void Publisher::onState(const Git::RepoState &state)
{
    if (!state.gitInstalled || !state.isRepository) {
        finish({PublishResult::Status::Refused, state.error});
        return;
    }
    m_remoteUrl = state.remoteUrls.value(m_link.remote);
    if (m_link.base.isEmpty())
        m_link.base = state.defaultRemoteBranch.isEmpty() ? u"main"_s : state.defaultRemoteBranch;

    delete m_flow;
    m_flow = new Git::PullRequestFlow(this);
    connect(m_flow, &Git::PullRequestFlow::progress, this, &Publisher::progress);
    connect(m_flow, &Git::PullRequestFlow::prepared, this, &Publisher::onPrepared);
    connect(m_flow, &Git::PullRequestFlow::finished, this, &Publisher::onFlowFinished);
    Git::PullRequestInput input;
    input.repositoryPath = m_link.path;
    input.readmePath = m_link.readme;
    input.remote = m_link.remote;
    input.baseBranch = m_link.base;
    // The README in the working tree may hold the app's own last export, uncommitted.
    input.expectedWorkingReadme = exportReadme(m_store, m_listId).data;
    m_flow->prepare(input);
}

void Publisher::onPrepared(const QByteArray &baseReadme, bool exists)
{
    if (exists) {
        const ReadmeSync::Check check = ReadmeSync::check(m_store, m_listId, baseReadme);
        if (!check.ok) {
            m_flow->cancel();
            finish({PublishResult::Status::Failed, check.error});
            return;
        }
        if (check.changedOutside) {
            const bool decide = (!check.merged.conflicts.isEmpty()
                                 && m_options.prefer == ReadmeSync::Prefer::Nobody)
                || (!check.removed.isEmpty() && !m_options.allowRemovals);
            if (decide) {
                PublishResult r{PublishResult::Status::NeedsDecision,
                                Publishing::tr("The README on %1/%2 changed since the list last "
                                               "saw it. Merge those changes first.")
                                    .arg(m_link.remote, m_link.base)};
                r.sync = check;
                m_flow->cancel();
                finish(r);
                return;
            }
            if (m_options.dryRun) {
                emit progress(Publishing::tr("The README on %1/%2 changed: new %3, changed %4, "
                                             "removed %5; they would be merged into the list.")
                                  .arg(m_link.remote, m_link.base)
                                  .arg(check.added.size())
                                  .arg(check.edited.size())
                                  .arg(check.removed.size()));
            } else {
                QString error;
                const bool merged = m_apply(Publishing::tr("Merge the repository's README"), [&] {
                    return ReadmeSync::apply(m_store, m_listId, check, m_options.prefer,
                                             m_options.allowRemovals, &error);
                });
                if (!merged) {
                    m_flow->cancel();
                    finish({PublishResult::Status::Failed, error});
                    return;
                }
                emit progress(Publishing::tr("Merged the README of %1/%2 into the list: new %3, "
                                             "changed %4, removed %5.")
                                  .arg(m_link.remote, m_link.base)
                                  .arg(check.added.size())
                                  .arg(check.edited.size())
                                  .arg(check.removed.size()));
            }
        }
    }
    const ExportResult out = exportReadme(m_store, m_listId);
    if (!out.ok) {
        m_flow->cancel();
        finish({PublishResult::Status::Failed, out.error});
        return;
    }
    m_readme = out.data;
    const ChangeSummary summary = summarizeChange(baseReadme, m_readme);
    if (m_readme == baseReadme || summary.isEmpty()) {
        m_flow->cancel();
        finish({PublishResult::Status::NothingToPublish,
                Publishing::tr("Nothing to publish: the README on %1/%2 is already the list's.")
                    .arg(m_link.remote, m_link.base)});
        return;
    }
    m_title = summary.pullRequestTitle();
    m_body = summary.pullRequestBody();
    m_commitMessage = summary.commitSubject()
        + (summary.commitBody().isEmpty() ? QString() : u"\n\n"_s + summary.commitBody());
    m_branchStem = summary.branchStem();
    m_baseReadme = baseReadme;
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
        r.branch = Git::PullRequestFlow::sanitizeBranchStem(m_branchStem);
        r.commitMessage = m_commitMessage;
        const QByteArray oldName = "a/" + m_link.readme.toUtf8();
        const QByteArray newName = "b/" + m_link.readme.toUtf8();
        r.diff = TextDiff::unified(TextDiff::diff(m_baseReadme, m_readme), oldName, newName);
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

void Publisher::onFlowFinished(const Git::PullRequestResult &result)
{
    using S = Git::PullRequestResult::Status;
    if (!m_busy)
        return; // the end of a flow this object gave up itself
    if (result.status == S::Published) {
        // When this README comes back merged, it is nothing new.
        m_store.markReadmeSeen(m_listId, m_readme);
        openPullRequest(result.branch);
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
