// link, sync, pr: a list and its git clone, and pull requests on GitHub.
#include "runner.h"

#include "git/githubclient.h"
#include "git/publisher.h"
#include "store/readmeio.h"
#include "store/repodetect.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace Curator::Cli {

int Runner::linkCommand(const QStringList &args)
{
    if (!args.isEmpty() || !m_p.parser.isSet(m_p.repo))
        return fail(CommandLine::tr("link needs --repo PATH (and --list NAME)."), UsageError);
    int code = Failure;
    const auto l = openList(&code);
    if (!l)
        return code;
    const QFileInfo dir(m_p.parser.value(m_p.repo));
    if (!dir.isDir())
        return fail(CommandLine::tr("%1 is not a folder.").arg(dir.filePath()));
    // What the clone itself says (remote, default branch, GitHub repository), then the
    // options given.
    RepoLink link = m_store.repoLink(l->id);
    const QString readme = m_p.parser.isSet(m_p.readme) ? m_p.parser.value(m_p.readme)
        : link.isLinked()                               ? link.readme
                                                        : u"README.md"_s;
    const auto detected = detectRepository(dir.absoluteFilePath() + u'/' + readme);
    if (!detected)
        return fail(CommandLine::tr("%1 is not inside a git clone.").arg(dir.filePath()));
    const bool relinked = link.path != detected->path;
    link.path = detected->path;
    link.readme = detected->readme;
    if (relinked || link.base.isEmpty())
        link.base = detected->base;
    if (relinked || link.github.isEmpty())
        link.github = detected->github;
    if (m_p.parser.isSet(m_p.remote))
        link.remote = m_p.parser.value(m_p.remote);
    if (m_p.parser.isSet(m_p.base))
        link.base = m_p.parser.value(m_p.base);
    if (m_p.parser.isSet(m_p.github)) {
        const auto repo = GitHubClient::parseRepoName(m_p.parser.value(m_p.github));
        if (!repo)
            return fail(CommandLine::tr("\"%1\" is not a GitHub repository name (owner/name).")
                            .arg(m_p.parser.value(m_p.github)),
                        UsageError);
        link.github = repo->fullName();
    }
    if (link.remote.startsWith(u'-') || link.base.startsWith(u'-'))
        return fail(CommandLine::tr("A remote or branch name cannot begin with \"-\"."),
                    UsageError);
    const bool linked = m_curation.perform(CommandLine::tr("Link to a clone"), [&] {
        if (!m_store.setRepoLink(l->id, link))
            return false;
        // A README that is exactly the list's text is the common ground of later merges.
        bool missing = false;
        QString error;
        const QByteArray text = ReadmeSync::readWorkingReadme(link.readmeFile(), &missing, &error);
        const ExportResult ours = exportReadme(m_store, l->id);
        if (!missing && error.isEmpty() && ours.ok && ours.data == text)
            m_store.setSyncedReadme(l->id, text);
        return true;
    });
    if (!linked)
        return fail(m_store.errorString());
    say(m_out,
        CommandLine::tr("Linked \"%1\" to %2 (README %3, remote %4, base %5, GitHub %6).")
            .arg(l->name, link.path, link.readme, link.remote,
                 link.base.isEmpty() ? CommandLine::tr("the remote's default") : link.base,
                 link.github.isEmpty() ? CommandLine::tr("unknown") : link.github));
    return Success;
}

// Each place changed on both sides, for the user to choose --prefer.
void Runner::reportConflicts(const QList<ReadmeSync::Conflict> &conflicts)
{
    for (const ReadmeSync::Conflict &k : conflicts) {
        say(m_err,
            CommandLine::tr("Changed on both sides at line %1:\n  here:       %2\n  "
                            "repository: %3")
                .arg(k.baseLine)
                .arg(QString::fromUtf8(k.ours.trimmed()), QString::fromUtf8(k.theirs.trimmed())));
    }
}

// --prefer ours|theirs
bool Runner::preferOption(ReadmeSync::Prefer *prefer)
{
    *prefer = ReadmeSync::Prefer::Nobody;
    if (!m_p.parser.isSet(m_p.prefer))
        return true;
    const QString v = m_p.parser.value(m_p.prefer);
    if (v == u"ours"_s)
        *prefer = ReadmeSync::Prefer::Ours;
    else if (v == u"theirs"_s)
        *prefer = ReadmeSync::Prefer::Theirs;
    else
        return false;
    return true;
}

int Runner::syncCommand(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(CommandLine::tr("sync takes no arguments."), UsageError);
    ReadmeSync::Prefer prefer;
    if (!preferOption(&prefer))
        return fail(CommandLine::tr("--prefer takes \"ours\" or \"theirs\"."), UsageError);
    int code = Failure;
    const auto l = openList(&code);
    if (!l)
        return code;
    const RepoLink link = m_store.repoLink(l->id);
    if (!link.isLinked())
        return fail(CommandLine::tr("The list \"%1\" is not linked to a git clone; use link.")
                        .arg(l->name));
    bool missing = false;
    QString error;
    const QByteArray theirs = ReadmeSync::readWorkingReadme(link.readmeFile(), &missing, &error);
    if (!error.isEmpty())
        return fail(error);
    if (missing)
        return fail(CommandLine::tr("%1 does not exist; nothing to sync.").arg(link.readmeFile()));
    const ReadmeSync::Check c = ReadmeSync::check(m_store, l->id, theirs);
    if (!c.ok)
        return fail(c.error);
    if (!c.changedOutside) {
        say(m_out,
            CommandLine::tr("The list already has every change of %1.").arg(link.readmeFile()));
        return Success;
    }
    reportConflicts(c.merged.conflicts);
    const bool merged = m_curation.perform(CommandLine::tr("Merge the repository's README"), [&] {
        return ReadmeSync::apply(m_store, l->id, c, prefer, m_p.parser.isSet(m_p.yes), &error);
    });
    if (!merged) {
        if (!c.removed.isEmpty() && !m_p.parser.isSet(m_p.yes))
            error += u' ' + CommandLine::tr("Run again with --yes.");
        if (!c.merged.conflicts.isEmpty() && prefer == ReadmeSync::Prefer::Nobody)
            error += u' ' + CommandLine::tr("Run again with --prefer ours or --prefer theirs.");
        return fail(error);
    }
    say(m_out,
        CommandLine::tr("Merged %1: %2 new, %3 changed, %4 removed.")
            .arg(link.readmeFile())
            .arg(c.added.size())
            .arg(c.edited.size())
            .arg(c.removed.size()));
    return Success;
}

int Runner::prCommand(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(CommandLine::tr("pr takes no arguments."), UsageError);
    PublishOptions options;
    if (!preferOption(&options.prefer))
        return fail(CommandLine::tr("--prefer takes \"ours\" or \"theirs\"."), UsageError);
    options.remote = m_p.parser.value(m_p.remote);
    options.base = m_p.parser.value(m_p.base);
    options.dryRun = m_p.parser.isSet(m_p.dryRun);
    options.allowRemovals = m_p.parser.isSet(m_p.yes);
    if (options.remote.startsWith(u'-') || options.base.startsWith(u'-'))
        return fail(CommandLine::tr("A remote or branch name cannot begin with \"-\"."),
                    UsageError);
    int code = Failure;
    const auto l = openList(&code);
    if (!l)
        return code;
    QNetworkAccessManager nam;
    Publisher publisher(m_curation, &nam);
    QEventLoop loop;
    PublishResult result;
    QObject::connect(&publisher, &Publisher::progress, &loop,
                     [this](const QString &line) { say(m_err, line); });
    QObject::connect(&publisher, &Publisher::finished, &loop, [&](const PublishResult &r) {
        result = r;
        loop.quit();
    });
    publisher.start(l->id, options);
    if (publisher.isBusy())
        loop.exec();
    using S = PublishResult::Status;
    switch (result.status) {
    case S::Opened:
    case S::Pushed:
        say(m_err, result.message);
        say(m_out, result.url.isValid() ? result.url.toString() : result.branch);
        return Success;
    case S::DryRun:
        say(m_out, CommandLine::tr("Branch: %1").arg(result.branch));
        say(m_out,
            result.target.isEmpty() ? CommandLine::tr("Into: %1/%2").arg(result.remote, result.base)
                                    : CommandLine::tr("Into: %1, branch %2 (pushed to %3)")
                                          .arg(result.target, result.base, result.remote));
        say(m_out, CommandLine::tr("Commit message:"));
        say(m_out, result.commitMessage);
        say(m_out, QString());
        m_out.write(result.diff);
        return Success;
    case S::NothingToPublish:
        say(m_out, result.message);
        return Success;
    case S::NeedsDecision: {
        QString hint;
        reportConflicts(result.sync.merged.conflicts);
        if (!result.sync.merged.conflicts.isEmpty())
            hint += u' ' + CommandLine::tr("Run again with --prefer ours or --prefer theirs.");
        if (!result.sync.removed.isEmpty())
            hint += u' '
                + CommandLine::tr("It no longer has: %1. Run again with --yes to remove them here.")
                      .arg(result.sync.removed.join(u"; "_s));
        return fail(result.message + hint);
    }
    case S::AlreadyExists:
        // Asked again for a change already proposed: the answer is that pull request.
        say(m_err, result.message);
        say(m_out, result.url.isValid() ? result.url.toString() : result.branch);
        return Success;
    case S::NoCommits:
        if (result.url.isValid())
            say(m_out, result.url.toString());
        return fail(result.message);
    case S::Refused:
    case S::Failed:
    case S::Canceled:
        break;
    }
    return fail(result.message);
}

} // namespace Curator::Cli
