#include "inbox.h"

#include "curation/curation.h"
#include "git/gitrunner.h"
#include "review/onlinechecks.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Curator::Review {

namespace {

class InboxText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Review::Inbox)
};

QString describe(const ListedEntry &e)
{
    QString text = u"“"_s + e.fields.title + u"”"_s;
    if (e.fields.year > 0)
        text += u" ("_s + QString::number(e.fields.year) + u')';
    return text;
}

} // namespace

ReviewDraft draftReview(const ContributionReview &review, const QString &readmePath,
                        const QString &headSha)
{
    ReviewDraft d;
    d.commitId = headSha;
    d.event = review.errors() > 0 ? u"REQUEST_CHANGES"_s
        : review.warnings() > 0   ? u"COMMENT"_s
                                  : u"APPROVE"_s;
    // GitHub shows the body as Markdown; the review is written for the contributor.
    QStringList lines;
    lines << InboxText::tr("Thank you! Read as entries of the list, this pull request:");
    lines << QString();
    for (const EntryChange &c : review.changes) {
        const ListedEntry &e = c.after ? *c.after : *c.before;
        switch (c.kind) {
        case EntryChange::Kind::Added:
            lines << InboxText::tr("- adds %1 to %2").arg(describe(e), e.section);
            break;
        case EntryChange::Kind::Changed:
            lines << InboxText::tr("- changes %1 in %2").arg(describe(e), e.section);
            break;
        case EntryChange::Kind::Removed:
            lines << InboxText::tr("- removes %1 from %2").arg(describe(e), e.section);
            break;
        }
    }
    if (review.changes.isEmpty())
        lines << InboxText::tr("- changes no entry");
    lines << QString();
    QStringList unplaced;
    for (const Finding &f : review.findings) {
        if (f.line <= 0) {
            unplaced << u"- "_s + f.message;
            continue;
        }
        ReviewComment c;
        c.path = readmePath;
        c.line = f.lastLine > f.line ? f.lastLine : f.line;
        QString body = f.message;
        if (!f.fix.isEmpty()) {
            if (f.lastLine > f.line)
                c.startLine = f.line;
            body += u"\n\n```suggestion\n"_s + f.fix + u"\n```"_s;
        }
        c.body = body;
        d.comments << c;
    }
    if (!unplaced.isEmpty()) {
        lines << unplaced;
        lines << QString();
    }
    if (review.findings.isEmpty())
        lines << InboxText::tr("Everything is in the list's form and place.");
    else if (!d.comments.isEmpty())
        lines << InboxText::tr("Suggestions are on the lines below; GitHub can commit each one.");
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    d.body = lines.join(u'\n');
    return d;
}

struct Inbox::Run
{
    RepoLink link;
    QList<int> only;
    QList<InboxItem> items;
    int current = -1;
};

Inbox::Inbox(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_api(new PullRequests(nam, this))
    , m_git(new GitRunner(this))
    , m_nam(nam)
{ }

Inbox::~Inbox() = default;

void Inbox::load(const RepoLink &link, const QList<int> &only)
{
    if (m_run)
        return;
    m_run = std::make_unique<Run>();
    m_run->link = link;
    m_run->only = only;
    if (link.github.isEmpty() || !link.isLinked()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(InboxText::tr("The list is not linked to a clone of a GitHub repository "
                                     "(link it in the settings, or with the command line's "
                                     "link)."));
            },
            Qt::QueuedConnection);
        return;
    }
    emit progress(
        InboxText::tr("Asking GitHub for the open pull requests of %1…").arg(link.github));
    m_api->listOpen(link.github, [this](const QList<PullRequestInfo> &pulls, const ApiResult &r) {
        if (!m_run)
            return;
        if (!r.ok) {
            finish(r.message);
            return;
        }
        for (const PullRequestInfo &p : pulls) {
            if (m_run->only.isEmpty() || m_run->only.contains(p.number))
                m_run->items << InboxItem{p, {}, false, {}, {}, {}};
        }
        for (const int n : std::as_const(m_run->only)) {
            const bool open = std::any_of(m_run->items.cbegin(), m_run->items.cend(),
                                          [n](const InboxItem &i) { return i.pr.number == n; });
            if (!open) {
                finish(InboxText::tr("#%1 is not an open pull request of %2.")
                           .arg(n)
                           .arg(m_run->link.github));
                return;
            }
        }
        next();
    });
}

void Inbox::cancel()
{
    if (!m_run)
        return;
    m_git->cancelAll();
    finish(InboxText::tr("Canceled."));
}

void Inbox::next()
{
    if (!m_run)
        return;
    ++m_run->current;
    if (m_run->current >= m_run->items.size()) {
        if (m_online)
            checkOnline();
        else
            finish({});
        return;
    }
    readItem(m_run->current);
}

void Inbox::readItem(int index)
{
    const InboxItem &item = m_run->items.at(index);
    const int number = item.pr.number;
    emit progress(InboxText::tr("Reading #%1…").arg(number));
    m_api->files(
        m_run->link.github, number,
        [this, index, number](const QStringList &files, const ApiResult &r) {
            if (!m_run)
                return;
            InboxItem &it = m_run->items[index];
            if (!r.ok) {
                it.error = r.message;
                next();
                return;
            }
            it.files = files;
            it.touchesReadme = files.contains(m_run->link.readme);
            if (!it.touchesReadme) {
                next();
                return;
            }
            // The head through the base repository's pull ref: no remote for the fork is needed.
            const QString prRef = u"refs/curator/pr/%1"_s.arg(number);
            const QString baseRef = u"refs/curator/base/"_s + it.pr.baseRef;
            GitOptions fetchOptions;
            fetchOptions.workingDirectory = m_run->link.path;
            fetchOptions.timeoutMs = 120000;
            m_git->run({u"fetch"_s, u"--no-tags"_s, u"--"_s, m_run->link.remote,
                        u"+refs/pull/%1/head:%2"_s.arg(number).arg(prRef),
                        u"+refs/heads/%1:%2"_s.arg(it.pr.baseRef, baseRef)},
                       fetchOptions, [this, index, prRef, baseRef](const GitResult &fetched) {
                           if (!m_run)
                               return;
                           InboxItem &it = m_run->items[index];
                           if (!fetched.ok()) {
                               it.error = fetched.message;
                               next();
                               return;
                           }
                           GitOptions ro;
                           ro.workingDirectory = m_run->link.path;
                           ro.readOnly = true;
                           m_git->run(
                               {u"merge-base"_s, prRef, baseRef}, ro,
                               [this, index, prRef, ro](const GitResult &mb) {
                                   if (!m_run)
                                       return;
                                   InboxItem &it = m_run->items[index];
                                   if (!mb.ok()) {
                                       it.error = mb.message;
                                       next();
                                       return;
                                   }
                                   it.mergeBase = QString::fromLatin1(mb.stdOut.trimmed());
                                   const QString readme = m_run->link.readme;
                                   m_git->run(
                                       {u"show"_s, it.mergeBase + u':' + readme}, ro,
                                       [this, index, prRef, ro, readme](const GitResult &base) {
                                           if (!m_run)
                                               return;
                                           m_git->run(
                                               {u"show"_s, prRef + u':' + readme}, ro,
                                               [this, index, base, readme](const GitResult &head) {
                                                   if (!m_run)
                                                       return;
                                                   InboxItem &it = m_run->items[index];
                                                   if (!head.ok()) {
                                                       it.error = InboxText::tr(
                                                                      "The pull request removes "
                                                                      "or cannot show %1: %2")
                                                                      .arg(readme, head.message);
                                                   } else {
                                                       // A README the base did not have: every
                                                       // entry is new.
                                                       it.headReadme = head.stdOut;
                                                       it.review = reviewContribution(
                                                           base.ok() ? base.stdOut : QByteArray(),
                                                           head.stdOut);
                                                       if (!it.review.error.isEmpty())
                                                           it.error = it.review.error;
                                                   }
                                                   readAuthor(index);
                                               });
                                       });
                               });
                       });
        });
}

void Inbox::readAuthor(int index)
{
    // The contributor as git knows them, for the Co-authored-by line of a take-over.
    GitOptions log;
    log.workingDirectory = m_run->link.path;
    log.readOnly = true;
    m_git->run({u"log"_s, u"-1"_s, u"--format=%an <%ae>"_s,
                u"refs/curator/pr/%1"_s.arg(m_run->items.at(index).pr.number)},
               log, [this, index](const GitResult &author) {
                   if (!m_run)
                       return;
                   if (author.ok())
                       m_run->items[index].headAuthor = QString::fromUtf8(author.stdOut.trimmed());
                   next();
               });
}

void Inbox::checkOnline()
{
    QList<int> which;
    QList<ContributionReview> reviews;
    for (qsizetype i = 0; i < m_run->items.size(); ++i) {
        const InboxItem &it = m_run->items.at(i);
        if (it.touchesReadme && it.error.isEmpty()) {
            which << int(i);
            reviews << it.review;
        }
    }
    if (reviews.isEmpty()) {
        finish({});
        return;
    }
    emit progress(InboxText::tr("Checking the proposed entries against arXiv and Crossref, and "
                                "their links…"));
    auto *checks = new OnlineChecks(m_cache, m_nam, this);
    connect(checks, &OnlineChecks::finished, this,
            [this, checks, which](const QList<ContributionReview> &checked) {
                checks->deleteLater();
                if (!m_run)
                    return;
                for (qsizetype k = 0; k < which.size() && k < checked.size(); ++k)
                    m_run->items[which.at(k)].review = checked.at(k);
                finish({});
            });
    checks->run(reviews);
}

void Inbox::finish(const QString &error)
{
    std::unique_ptr<Run> run = std::move(m_run);
    emit finished(run ? run->items : QList<InboxItem>{}, error);
}

QList<qint64> TakeOver::apply(Curation &curation, qint64 listId, const InboxItem &item,
                              QString *error)
{
    Store &store = curation.store();
    const QList<Section> sections = store.sections(listId);
    if (sections.isEmpty()) {
        *error = InboxText::tr("The list has no section to add to.");
        return {};
    }
    // Lines of entries the review found to be in the list already.
    QSet<int> duplicates;
    for (const Finding &f : item.review.findings) {
        if (f.code == u"duplicate"_s)
            duplicates.insert(f.line);
    }
    struct Addition
    {
        qint64 section;
        EntryFields fields;
    };
    QList<Addition> additions;
    for (const EntryChange &c : item.review.changes) {
        if (c.kind != EntryChange::Kind::Added || duplicates.contains(c.after->line))
            continue;
        const std::optional<EntryFields> f = asTheListWrites(c.after->fields, c.after->form);
        if (!f)
            continue;
        qint64 section = sections.constFirst().id;
        for (const Section &s : sections) {
            if (s.title.compare(c.after->section, Qt::CaseInsensitive) == 0)
                section = s.id;
        }
        additions << Addition{section, *f};
    }
    if (additions.isEmpty()) {
        *error = InboxText::tr("#%1 adds no entry the list does not have.").arg(item.pr.number);
        return {};
    }
    QList<qint64> ids;
    const bool ok = curation.perform(
        InboxText::tr("Take over %n entries of #%1", nullptr, int(additions.size()))
            .arg(item.pr.number),
        [&] {
            for (const Addition &a : std::as_const(additions)) {
                const qint64 id = store.addEntry(a.section, a.fields);
                if (!id)
                    return false;
                ids << id;
            }
            return true;
        });
    if (!ok) {
        *error = curation.errorString();
        return {};
    }
    return ids;
}

QString TakeOver::thanks(const InboxItem &item, const QUrl &newPullRequest)
{
    return InboxText::tr("Thank you, @%1! The entries of this pull request are taken over in %2, "
                         "written as the list writes them and placed by year, with you as "
                         "co-author of the commit.")
        .arg(item.pr.author, newPullRequest.toString());
}

QByteArray fixedReadme(const QByteArray &head, const ContributionReview &review, int *fixed,
                       QString *error)
{
    *fixed = 0;
    Store store;
    if (!store.open(u":memory:"_s)) {
        *error = store.errorString();
        return {};
    }
    ImportOptions options;
    options.force = true; // unreadable entry-like text stays text, as it is
    const ImportReport imported = importReadme(store, head, options);
    if (!imported.ok) {
        *error = imported.error;
        return {};
    }
    const Markdown::ReadResult read = Markdown::readReadme(head);
    const QList<Entry> entries = store.entries(imported.listId);
    if (!read.ok || read.readme.entries.size() != entries.size()) {
        *error = InboxText::tr("The README does not read back as the same entries.");
        return {};
    }
    const auto entryAt = [&](int line) -> const Entry * {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (read.readme.entries.at(i).line == line)
                return &entries.at(i);
        }
        return nullptr;
    };
    QSet<qint64> rewritten;
    QSet<qint64> moved;
    for (const Finding &f : review.findings) {
        const Entry *e = entryAt(f.line);
        if (!e)
            continue;
        if (f.code == u"grammar"_s || f.code == u"malformed-link"_s) {
            if (rewritten.contains(e->id))
                continue;
            const qsizetype index = e - entries.constData();
            const std::optional<EntryFields> fields
                = asTheListWrites(e->fields, read.readme.entries.at(index).parts.form);
            if (!fields)
                continue;
            // Written afresh in the section's form, at the top of its year.
            if (!store.removeEntry(e->id) || !store.addEntry(e->sectionId, *fields)) {
                *error = store.errorString();
                return {};
            }
            rewritten.insert(e->id);
        } else if (f.code == u"order"_s && f.severity == Finding::Severity::Error) {
            if (rewritten.contains(e->id) || moved.contains(e->id))
                continue;
            if (!store.moveEntriesByYear({e->id}, e->sectionId)) {
                *error = store.errorString();
                return {};
            }
            moved.insert(e->id);
        }
    }
    *fixed = int(rewritten.size() + moved.size());
    if (*fixed == 0)
        return head;
    const ExportResult out = exportReadme(store, imported.listId);
    if (!out.ok) {
        *error = out.error;
        return {};
    }
    return out.data;
}

FixUp::FixUp(QObject *parent)
    : QObject(parent)
    , m_git(new GitRunner(this))
{ }

FixUp::~FixUp() = default;

void FixUp::push(const RepoLink &link, const InboxItem &item, const QByteArray &readme,
                 const QString &message)
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_clone = link.path;
    m_worktree = m_tmp->path() + u"/pr-%1-fix-up"_s.arg(item.pr.number);
    m_readmeFile = m_worktree + u'/' + link.readme;
    m_readme = readme;
    if (!item.pr.maintainerCanModify || item.pr.headCloneUrl.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, n = item.pr.number] {
                emit finished(InboxText::tr("#%1 does not allow maintainers to push to its "
                                            "branch: post a review or take it over instead.")
                                  .arg(n));
            },
            Qt::QueuedConnection);
        return;
    }
    // The empty step writes the README into the worktree.
    m_steps = {
        {{u"worktree"_s, u"add"_s, u"--detach"_s, m_worktree,
          u"refs/curator/pr/%1"_s.arg(item.pr.number)},
         m_clone},
        {{}, {}},
        {{u"add"_s, u"--"_s, link.readme}, m_worktree},
        {{u"commit"_s, u"-q"_s, u"-m"_s, message}, m_worktree},
        {{u"push"_s, u"--"_s, item.pr.headCloneUrl, u"HEAD:refs/heads/"_s + item.pr.headRef},
         m_worktree},
    };
    step();
}

void FixUp::step()
{
    const auto cleanUp = [this](const QString &error) {
        // The temporary worktree goes whatever happened; the branch pushed stays.
        m_git->run({u"worktree"_s, u"remove"_s, u"--force"_s, m_worktree},
                   GitOptions{m_clone, {}, 0, false}, [this, error](const GitResult &) {
                       m_tmp.reset();
                       emit finished(error);
                   });
    };
    if (m_steps.isEmpty()) {
        cleanUp({});
        return;
    }
    const auto [args, dir] = m_steps.takeFirst();
    if (args.isEmpty()) {
        QSaveFile f(m_readmeFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_readme) != m_readme.size() || !f.commit()) {
            cleanUp(InboxText::tr("Cannot write %1: %2").arg(m_readmeFile, f.errorString()));
            return;
        }
        step();
        return;
    }
    GitOptions options;
    options.workingDirectory = dir;
    options.timeoutMs = 120000;
    m_git->run(args, options, [this, cleanUp, first = m_steps.size() == 4](const GitResult &r) {
        if (!r.ok()) {
            if (first) { // no worktree was made
                m_tmp.reset();
                emit finished(r.message);
                return;
            }
            cleanUp(r.message);
            return;
        }
        step();
    });
}

} // namespace Curator::Review
