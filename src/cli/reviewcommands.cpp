// check: a contribution to a list read as entries (issue 17), for a list's own CI.
#include "runner.h"

#include "git/githubtoken.h"
#include "git/publisher.h"
#include "review/contribution.h"
#include "review/inbox.h"
#include "review/onlinechecks.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Curator::Cli {

namespace {

QJsonObject entryJson(const Review::ListedEntry &e)
{
    return QJsonObject{
        {u"line"_s, e.line},
        {u"section"_s, e.section},
        {u"title"_s, e.fields.title},
        {u"authors"_s, orNull(e.fields.authors)},
        {u"url"_s, orNull(e.fields.url)},
        {u"venue"_s, orNull(e.fields.venue)},
        {u"year"_s, e.fields.year ? QJsonValue(e.fields.year) : QJsonValue(QJsonValue::Null)},
        {u"doi"_s, orNull(e.fields.doi)},
        {u"arxiv"_s, orNull(e.fields.arxivId)},
    };
}

QJsonObject reviewJson(const Review::ContributionReview &r)
{
    QJsonArray changes;
    for (const Review::EntryChange &c : r.changes) {
        QJsonObject o{{u"kind"_s, c.kindKey()}};
        o.insert(u"before"_s, c.before ? QJsonValue(entryJson(*c.before)) : QJsonValue());
        o.insert(u"after"_s, c.after ? QJsonValue(entryJson(*c.after)) : QJsonValue());
        changes.append(o);
    }
    QJsonArray findings;
    for (const Review::Finding &f : r.findings) {
        findings.append(QJsonObject{
            {u"severity"_s, f.severityKey()},
            {u"code"_s, f.code},
            {u"line"_s, f.line ? QJsonValue(f.line) : QJsonValue(QJsonValue::Null)},
            {u"message"_s, f.message},
            {u"fix"_s, orNull(f.fix)},
        });
    }
    return QJsonObject{{u"changes"_s, changes}, {u"findings"_s, findings}};
}

// "+ 12  Papers  “Title”, 2024"
QString changeLine(const Review::EntryChange &c)
{
    const Review::ListedEntry &e = c.after ? *c.after : *c.before;
    const QChar mark = c.kind == Review::EntryChange::Kind::Added ? u'+'
        : c.kind == Review::EntryChange::Kind::Removed            ? u'-'
                                                                  : u'~';
    QString line = u"%1 %2  %3  “%4”"_s.arg(mark).arg(e.line).arg(e.section, e.fields.title);
    if (e.fields.year)
        line += u", "_s + QString::number(e.fields.year);
    return line;
}

void printReview(QIODevice &out, const Review::ContributionReview &review, const QString &indent)
{
    for (const Review::EntryChange &c : review.changes)
        say(out, indent + changeLine(c));
    for (const Review::Finding &f : review.findings) {
        say(out,
            indent
                + u"%1  %2  %3  %4"_s.arg(f.line ? QString::number(f.line) : u"-"_s,
                                          f.severityKey(), f.code, f.message));
        if (!f.fix.isEmpty())
            say(out, indent + u"    → "_s + f.fix);
    }
    say(out,
        indent
            + CommandLine::tr("%1 added, %2 changed, %3 removed; %4 errors, %5 warnings")
                  .arg(review.added())
                  .arg(review.changed())
                  .arg(review.removed())
                  .arg(review.errors())
                  .arg(review.warnings()));
}

QJsonObject pullJson(const Review::InboxItem &item)
{
    QJsonObject o{
        {u"number"_s, item.pr.number},
        {u"title"_s, item.pr.title},
        {u"author"_s, item.pr.author},
        {u"url"_s, item.pr.htmlUrl.toString()},
        {u"headSha"_s, item.pr.headSha},
        {u"fromFork"_s, item.pr.fromFork()},
        {u"draft"_s, item.pr.draft},
        {u"maintainerCanModify"_s, item.pr.maintainerCanModify},
        {u"touchesReadme"_s, item.touchesReadme},
        {u"error"_s, orNull(item.error)},
    };
    if (item.touchesReadme && item.error.isEmpty()) {
        const QJsonObject r = reviewJson(item.review);
        o.insert(u"changes"_s, r.value(u"changes"_s));
        o.insert(u"findings"_s, r.value(u"findings"_s));
    }
    return o;
}

} // namespace

int Runner::checkCommand(const QStringList &args)
{
    if (args.size() != 1 || !m_p.parser.isSet(m_p.base))
        return fail(CommandLine::tr("check takes one README file and --base OLD-README."),
                    UsageError);
    const auto read = [this](const QString &path, QByteArray *data) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(CommandLine::tr("Cannot read %1: %2").arg(path, f.errorString()));
            return false;
        }
        *data = f.readAll();
        return true;
    };
    QByteArray head;
    QByteArray base;
    if (!read(args.first(), &head) || !read(m_p.parser.value(m_p.base), &base))
        return Failure;
    Review::ContributionReview review = Review::reviewContribution(base, head);
    if (!review.error.isEmpty())
        return fail(review.error);
    if (m_p.parser.isSet(m_p.online)) {
        QNetworkAccessManager nam;
        Review::OnlineChecks checks(nullptr, &nam);
        QEventLoop loop;
        QObject::connect(&checks, &Review::OnlineChecks::finished, &loop,
                         [&](const QList<Review::ContributionReview> &checked) {
                             review = checked.value(0, review);
                             loop.quit();
                         });
        checks.run({review});
        loop.exec();
    }
    if (m_p.parser.isSet(m_p.json))
        m_out.write(QJsonDocument(reviewJson(review)).toJson());
    else
        printReview(m_out, review, {});
    return review.errors() > 0 ? Failure : Success;
}

int Runner::reviewCommand(const QStringList &args)
{
    QList<int> numbers;
    for (const QString &a : args) {
        bool ok = false;
        const int n = QString(a).remove(u'#').toInt(&ok);
        if (!ok || n <= 0)
            return fail(CommandLine::tr("%1 is not a pull request number.").arg(a), UsageError);
        numbers << n;
    }
    const bool post = m_p.parser.isSet(m_p.post);
    const bool merge = m_p.parser.isSet(m_p.mergePr);
    const bool takeOver = m_p.parser.isSet(m_p.takeOver);
    const bool fixUp = m_p.parser.isSet(m_p.fixUp);
    if (int(post) + int(merge) + int(takeOver) + int(fixUp) > 1)
        return fail(CommandLine::tr("--post, --merge-pr, --take-over and --fix-up are different "
                                    "answers: give one."),
                    UsageError);
    if ((post || merge || takeOver || fixUp) && numbers.size() != 1)
        return fail(CommandLine::tr("--post, --merge-pr, --take-over and --fix-up answer one pull "
                                    "request: give its number."),
                    UsageError);
    int code = Failure;
    const std::optional<ListInfo> list = openList(&code);
    if (!list)
        return code;
    const RepoLink link = m_store.repoLink(list->id);
    if (!link.isLinked() || link.github.isEmpty())
        return fail(
            CommandLine::tr("The list “%1” is not linked to a clone of a GitHub repository: "
                            "link --list NAME --repo PATH [--github OWNER/NAME].")
                .arg(list->name));

    QEventLoop loop;
    TokenProvider tokens;
    TokenResult token;
    tokens.fetch([&](const TokenResult &t) {
        token = t;
        loop.quit();
    });
    loop.exec();
    if (!token.found())
        say(m_err,
            CommandLine::tr("awesome-curator: no GitHub token; reading public repositories "
                            "only (GitHub allows 60 requests an hour without one)."));

    QNetworkAccessManager nam;
    Review::Inbox inbox(&nam);
    inbox.api()->setToken(token.token);
    // The look-ups go through the store's cache, as the window's do.
    inbox.setOnlineChecks(!m_p.parser.isSet(m_p.offline), &m_store);
    QList<Review::InboxItem> items;
    QString error;
    QObject::connect(&inbox, &Review::Inbox::finished, &loop,
                     [&](const QList<Review::InboxItem> &i, const QString &e) {
                         items = i;
                         error = e;
                         loop.quit();
                     });
    inbox.load(link, numbers);
    loop.exec();
    if (!error.isEmpty())
        return fail(error);

    bool anyError = false;
    if (m_p.parser.isSet(m_p.json) && !post && !merge && !takeOver && !fixUp) {
        QJsonArray all;
        for (const Review::InboxItem &item : std::as_const(items)) {
            all.append(pullJson(item));
            anyError = anyError || item.review.errors() > 0 || !item.error.isEmpty();
        }
        m_out.write(QJsonDocument(all).toJson());
        return anyError ? Failure : Success;
    }
    int touching = 0;
    for (const Review::InboxItem &item : std::as_const(items)) {
        QStringList about{item.pr.author};
        if (item.pr.fromFork())
            about << CommandLine::tr("from %1").arg(item.pr.headRepo);
        if (item.pr.draft)
            about << CommandLine::tr("draft");
        say(m_out,
            u"#%1  %2  (%3)  %4"_s.arg(item.pr.number)
                .arg(item.pr.title, about.join(u", "_s), item.pr.htmlUrl.toString()));
        if (!item.error.isEmpty()) {
            say(m_out, u"  "_s + item.error);
            anyError = true;
        } else if (!item.touchesReadme) {
            say(m_out, u"  "_s + CommandLine::tr("does not touch %1").arg(link.readme));
        } else {
            ++touching;
            printReview(m_out, item.review, u"  "_s);
            anyError = anyError || item.review.errors() > 0;
        }
    }
    if (!post && !merge && !takeOver && !fixUp) {
        say(m_out,
            CommandLine::tr("%1 open pull requests, %2 touching %3")
                .arg(items.size())
                .arg(touching)
                .arg(link.readme));
        return anyError ? Failure : Success;
    }

    const Review::InboxItem &item = items.constFirst();
    Review::ApiResult answer;
    if (fixUp) {
        if (!item.touchesReadme || !item.error.isEmpty())
            return fail(CommandLine::tr("#%1 has nothing to fix: it does not touch %2 or could "
                                        "not be read.")
                            .arg(item.pr.number)
                            .arg(link.readme));
        int fixed = 0;
        QString why;
        const QByteArray readme = Review::fixedReadme(item.headReadme, item.review, &fixed, &why);
        if (!why.isEmpty())
            return fail(why);
        if (fixed == 0)
            return fail(CommandLine::tr("The review of #%1 has nothing a fix-up can make; post it "
                                        "instead.")
                            .arg(item.pr.number));
        Review::FixUp push;
        QString error;
        QObject::connect(&push, &Review::FixUp::finished, &loop, [&](const QString &e) {
            error = e;
            loop.quit();
        });
        push.push(link, item, readme,
                  CommandLine::tr("Write the entries as the list writes them, in year order"));
        loop.exec();
        if (!error.isEmpty())
            return fail(error);
        say(m_out,
            CommandLine::tr("Pushed a fix-up of %n entries to %1 (%2).", nullptr, fixed)
                .arg(item.pr.headRepo, item.pr.headRef));
        return Success;
    }
    if (takeOver) {
        if (!item.touchesReadme || !item.error.isEmpty())
            return fail(CommandLine::tr("#%1 has no entries to take over: it does not touch %2 or "
                                        "could not be read.")
                            .arg(item.pr.number)
                            .arg(link.readme));
        QString why;
        const QList<qint64> ids = Review::TakeOver::apply(m_curation, list->id, item, &why);
        if (ids.isEmpty())
            return fail(why);
        say(m_out,
            CommandLine::tr("Took over %n entries of #%1 into the list.", nullptr, int(ids.size()))
                .arg(item.pr.number));
        PublishOptions options;
        if (!item.headAuthor.isEmpty())
            options.trailers << u"Co-authored-by: "_s + item.headAuthor;
        options.bodyNote = u"Closes #%1"_s.arg(item.pr.number);
        Publisher publisher(m_curation, &nam);
        PublishResult result;
        QObject::connect(&publisher, &Publisher::progress, &loop,
                         [this](const QString &line) { say(m_err, line); });
        QObject::connect(&publisher, &Publisher::finished, &loop, [&](const PublishResult &r) {
            result = r;
            loop.quit();
        });
        publisher.start(list->id, options);
        if (publisher.isBusy())
            loop.exec();
        if (result.status == PublishResult::Status::Pushed) {
            say(m_out, result.url.toString());
            return fail(CommandLine::tr("Pushed %1, but no pull request was opened (%2); the "
                                        "entries stay in the list (Edit → Undo or undo takes them "
                                        "back).")
                            .arg(result.branch, result.message));
        }
        if (result.status != PublishResult::Status::Opened)
            return fail(result.message);
        say(m_out, result.url.toString());
        inbox.api()->comment(link.github, item.pr.number,
                             Review::TakeOver::thanks(item, result.url),
                             [&](const Review::ApiResult &r) {
                                 answer = r;
                                 loop.quit();
                             });
        loop.exec();
        if (!answer.ok)
            return fail(CommandLine::tr("The pull request is open, but the comment on #%1 could "
                                        "not be posted: %2")
                            .arg(item.pr.number)
                            .arg(answer.message));
        say(m_out, CommandLine::tr("Thanked the contributor on #%1.").arg(item.pr.number));
        return Success;
    }
    if (post) {
        if (!item.touchesReadme || !item.error.isEmpty())
            return fail(CommandLine::tr("#%1 has no review to post: it does not touch %2 or could "
                                        "not be read.")
                            .arg(item.pr.number)
                            .arg(link.readme));
        const Review::ReviewDraft draft
            = Review::draftReview(item.review, link.readme, item.pr.headSha);
        say(m_out,
            CommandLine::tr("Posting a review (%1) with %n comments:", nullptr,
                            int(draft.comments.size()))
                .arg(draft.event));
        say(m_out, draft.body);
        inbox.api()->postReview(link.github, item.pr.number, draft,
                                [&](const Review::ApiResult &r) {
                                    answer = r;
                                    loop.quit();
                                });
        loop.exec();
        if (!answer.ok)
            return fail(answer.message);
        say(m_out, CommandLine::tr("Review posted: %1").arg(answer.htmlUrl.toString()));
        return Success;
    }

    // Merging the head that was read, once GitHub has worked out that it can.
    inbox.api()->mergeWhenReady(link.github, item.pr.number, item.pr.headSha,
                                u"%1 (#%2)"_s.arg(item.pr.title).arg(item.pr.number),
                                [&](const Review::ApiResult &r) {
                                    answer = r;
                                    loop.quit();
                                });
    loop.exec();
    if (!answer.ok)
        return fail(answer.message);
    say(m_out, CommandLine::tr("Merged #%1 (squashed).").arg(item.pr.number));
    return Success;
}

} // namespace Curator::Cli
