// check: a contribution to a list read as entries (issue 17), for a list's own CI.
#include "runner.h"

#include "review/contribution.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Curator::Cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

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
    const Review::ContributionReview review = Review::reviewContribution(base, head);
    if (!review.error.isEmpty())
        return fail(review.error);
    if (m_p.parser.isSet(m_p.json)) {
        m_out.write(QJsonDocument(reviewJson(review)).toJson());
    } else {
        for (const Review::EntryChange &c : review.changes)
            say(m_out, changeLine(c));
        for (const Review::Finding &f : review.findings) {
            say(m_out,
                u"%1  %2  %3  %4"_s.arg(f.line ? QString::number(f.line) : u"-"_s, f.severityKey(),
                                        f.code, f.message));
            if (!f.fix.isEmpty())
                say(m_out, u"    → "_s + f.fix);
        }
        say(m_out,
            CommandLine::tr("%1 added, %2 changed, %3 removed; %4 errors, %5 warnings")
                .arg(review.added())
                .arg(review.changed())
                .arg(review.removed())
                .arg(review.errors())
                .arg(review.warnings()));
    }
    return review.errors() > 0 ? Failure : Success;
}

} // namespace Curator::Cli
