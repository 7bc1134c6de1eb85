// check-links and link-rules: the link check of issue 16 from the command line.
#include "runner.h"

#include "git/githubtoken.h"
#include "links/linkhealth.h"
#include "links/linkstatus.h"
#include "links/linkstore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace Curator::Cli {

namespace {

QJsonObject findingJson(const Links::LinkFinding &f)
{
    return QJsonObject{
        {u"url"_s, f.link.url},
        {u"line"_s, f.link.line},
        {u"entry"_s, f.link.entryId ? QJsonValue(f.link.entryId) : QJsonValue(QJsonValue::Null)},
        {u"class"_s, Links::verdictKey(f.result.verdict)},
        {u"code"_s, f.result.code ? QJsonValue(f.result.code) : QJsonValue(QJsonValue::Null)},
        {u"finalUrl"_s, orNull(f.result.finalUrl)},
        {u"suggestion"_s, orNull(f.suggestion)},
        {u"message"_s, f.result.message},
    };
}

// "LINE  CLASS  CODE  URL  → suggestion  (message)"
QString findingLine(const Links::LinkFinding &f)
{
    QString line = u"%1  %2  %3  %4"_s.arg(f.link.line)
                       .arg(Links::verdictKey(f.result.verdict),
                            f.result.code ? QString::number(f.result.code) : u"-"_s, f.link.url);
    if (!f.suggestion.isEmpty())
        line += u"  → "_s + f.suggestion;
    if (!f.result.message.isEmpty())
        line += u"  ("_s + f.result.message + u')';
    return line;
}

} // namespace

int Runner::checkLinksCommand(const QStringList &args)
{
    if (args.size() > 1)
        return fail(CommandLine::tr("check-links takes at most one README file."), UsageError);
    if (!args.isEmpty() && m_p.parser.isSet(m_p.list))
        return fail(CommandLine::tr("check-links takes a README file or --list, not both."),
                    UsageError);
    std::optional<ListInfo> list;
    if (args.isEmpty()) {
        int code = Failure;
        list = openList(&code);
        if (!list)
            return code;
    } else if (!QFileInfo(args.first()).isFile()) {
        return fail(CommandLine::tr("%1 is not a file.").arg(args.first()));
    }

    Links::CheckSettings settings;
    settings.refresh = m_p.parser.isSet(m_p.refresh);
    settings.githubToken = githubTokenFromEnvironment();
    QNetworkAccessManager nam;
    Links::LinkHealth health(m_store, &nam);
    Links::LinkReport report;
    QEventLoop loop;
    QObject::connect(&health, &Links::LinkHealth::finished, &loop, [&](const Links::LinkReport &r) {
        report = r;
        loop.quit();
    });
    if (list)
        health.checkList(list->id, settings);
    else
        health.checkFile(args.first(), settings);
    loop.exec();

    if (report.findings.isEmpty() && !report.error.isEmpty())
        return fail(report.error);
    if (!report.error.isEmpty())
        say(m_err, u"awesome-curator: "_s + report.error);
    if (m_p.parser.isSet(m_p.json)) {
        QJsonArray all;
        for (const Links::LinkFinding &f : std::as_const(report.findings))
            all.append(findingJson(f));
        m_out.write(QJsonDocument(all).toJson());
    } else {
        for (const Links::LinkFinding &f : std::as_const(report.findings)) {
            if (Links::isNotable(f)) // what the window's report lists too
                say(m_out, findingLine(f));
        }
        say(m_out, report.summary());
    }
    return report.hasBroken() ? Failure : Success;
}

int Runner::linkRulesCommand(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(CommandLine::tr("link-rules takes no arguments; add a rule with --add."),
                    UsageError);
    int code = Failure;
    const std::optional<ListInfo> list = openList(&code);
    if (!list)
        return code;
    Links::IgnoreRules rules = Links::ignoreRules(m_store, list->id);
    if (m_p.parser.isSet(m_p.add)) {
        const QString pattern = m_p.parser.value(m_p.add).trimmed();
        QString text = rules.text();
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        text += pattern + u'\n';
        const Links::IgnoreRules added = Links::IgnoreRules::parse(text);
        if (!added.isValid())
            return fail(added.error(), UsageError);
        if (!m_curation.perform(CommandLine::tr("Ignore links matching %1").arg(pattern),
                                [&] { return Links::setIgnoreRules(m_store, list->id, text); }))
            return fail(m_curation.errorString());
        rules = added;
    }
    if (m_p.parser.isSet(m_p.lycheeIgnore)) {
        const QString path = m_p.parser.value(m_p.lycheeIgnore);
        QSaveFile f(path);
        const QByteArray bytes = rules.lycheeIgnoreFile();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(CommandLine::tr("Cannot write %1: %2").arg(path, f.errorString()));
    }
    m_out.write(rules.text().toUtf8());
    if (!rules.text().isEmpty() && !rules.text().endsWith(u'\n'))
        m_out.write("\n");
    return Success;
}

} // namespace Curator::Cli
