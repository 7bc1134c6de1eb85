// refresh: keeping a list current (issue 18) from the command line.
#include "runner.h"

#include "updates/sweep.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Curator::Cli {

namespace {

QJsonObject fieldsJson(const EntryFields &f)
{
    return QJsonObject{{u"authors"_s, f.authors}, {u"title"_s, f.title},   {u"url"_s, f.url},
                       {u"venue"_s, f.venue},     {u"year"_s, f.yearText}, {u"doi"_s, f.doi},
                       {u"arxivId"_s, f.arxivId}};
}

QJsonObject proposalJson(const Updates::Proposal &p)
{
    QJsonObject o{{u"entry"_s, p.entryId},
                  {u"kind"_s, p.kindKey()},
                  {u"title"_s, p.before.title},
                  {u"summary"_s, p.summary()},
                  {u"source"_s, p.source},
                  {u"checked"_s, p.checkedByDefault},
                  {u"before"_s, fieldsJson(p.before)},
                  {u"after"_s, fieldsJson(p.after)}};
    o[u"notice"_s] = p.isNotice()
        ? QJsonValue(QJsonObject{{u"doi"_s, p.notice.doi},
                                 {u"date"_s, p.notice.date.toString(Qt::ISODate)},
                                 {u"source"_s, p.source}})
        : QJsonValue(QJsonValue::Null);
    return o;
}

} // namespace

int Runner::refreshCommand(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(CommandLine::tr("refresh takes no arguments."), UsageError);
    int code = Failure;
    const std::optional<ListInfo> list = openList(&code);
    if (!list)
        return code;
    QNetworkAccessManager nam;
    Updates::Sweep sweep(m_store, &nam);
    QList<Updates::Proposal> proposals;
    QString error;
    QEventLoop loop;
    QObject::connect(&sweep, &Updates::Sweep::progress, &loop,
                     [this](const QString &message) { say(m_err, message); });
    QObject::connect(&sweep, &Updates::Sweep::finished, &loop,
                     [&](const QList<Updates::Proposal> &p, const QString &e, bool) {
                         proposals = p;
                         error = e;
                         loop.quit();
                     });
    // The point of a sweep is what changed since: the services are asked again.
    sweep.start(list->id, true);
    loop.exec();
    if (!error.isEmpty())
        return fail(error);

    if (m_p.parser.isSet(m_p.json)) {
        QJsonArray all;
        for (const Updates::Proposal &p : std::as_const(proposals))
            all.append(proposalJson(p));
        m_out.write(QJsonDocument(all).toJson());
    } else {
        for (const Updates::Proposal &p : std::as_const(proposals)) {
            // A notice's summary names its source already.
            QString line = u"[%1] %2  %3  → %4"_s.arg(p.checkedByDefault ? u"x"_s : u" "_s)
                               .arg(p.kindKey(), p.before.title.left(70), p.summary());
            if (!p.isNotice())
                line += u"  ("_s + p.source + u')';
            say(m_out, line);
        }
    }
    if (!m_p.parser.isSet(m_p.apply)) {
        if (!m_p.parser.isSet(m_p.json))
            say(m_out,
                proposals.isEmpty()
                    ? CommandLine::tr("Every entry is up to date.")
                    : CommandLine::tr("%n proposed changes; --apply applies those marked [x].",
                                      nullptr, int(proposals.size())));
        return Success;
    }
    QList<Updates::Choice> choices;
    for (const Updates::Proposal &p : std::as_const(proposals)) {
        if (p.checkedByDefault)
            choices.append({p, false, Updates::NoticeAction::Annotate});
    }
    if (choices.isEmpty())
        return Success;
    if (!Updates::apply(m_curation, choices, &error))
        return fail(error);
    if (!m_p.parser.isSet(m_p.json))
        say(m_out,
            m_curation.undoText() + u". "_s
                + CommandLine::tr("Take it back with: awesome-curator undo"));
    return Success;
}

} // namespace Curator::Cli
