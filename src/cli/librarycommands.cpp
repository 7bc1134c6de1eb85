// import, export, lists, entries: a list's README in and out of the store, and what it holds.
#include "runner.h"

#include "citations/citations.h"

#include "markdown/entryforms.h"
#include "markdown/entryrenderer.h"
#include "store/readmeio.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Curator::Cli {

namespace {

// The entry's other links (code, project page, badges) as the README has them.
QJsonArray extraLinksJson(const Entry &e)
{
    QJsonArray out;
    for (const Markdown::ExtraLink &l : Markdown::extraLinksOf(e.raw, e.fields.url))
        out.append(QJsonObject{{u"label"_s, l.label}, {u"url"_s, l.url}, {u"badge"_s, l.badge}});
    return out;
}

} // namespace

int Runner::importCommand(const QStringList &args)
{
    if (args.size() != 1)
        return fail(CommandLine::tr("import takes one README file: import README.md [--list NAME]"),
                    UsageError);
    if (!openStore())
        return Failure;
    ImportOptions options;
    options.listName = m_p.parser.value(m_p.list);
    options.force = m_p.parser.isSet(m_p.force);
    const QString path = args.first();
    ImportReport r;
    m_curation.importReadme(path, &r, options);
    for (const Markdown::Diagnostic &w : r.warnings) {
        if (r.ok)
            say(m_err, u"awesome-curator: %1:%2: %3"_s.arg(path).arg(w.line).arg(w.message));
    }
    if (!r.ok) {
        // Messages about the file as a whole name it already.
        const QString where = r.errorLine > 0 ? u"%1:%2: "_s.arg(path).arg(r.errorLine)
            : r.error.contains(path)          ? QString()
                                              : path + u": "_s;
        return fail(where + r.error);
    }
    say(m_out,
        CommandLine::tr(
            "Imported %1 into the list \"%2\": %3 entries in %4 sections (%5 new, %6 matched, "
            "%7 removed).")
            .arg(QFileInfo(path).fileName(), r.listName)
            .arg(r.entries)
            .arg(r.sections)
            .arg(r.added)
            .arg(r.updated)
            .arg(r.removed));
    return Success;
}

int Runner::exportCommand(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(CommandLine::tr("export takes no file argument; use -o FILE."), UsageError);
    int code = Failure;
    const auto l = openList(&code);
    if (!l)
        return code;
    if (m_p.parser.isSet(m_p.format)) {
        const QString name = m_p.parser.value(m_p.format);
        if (name == u"markdown"_s || name == u"readme"_s)
            ; // the README, as without --format
        else if (const auto format = Citations::formatFromName(name))
            return exportCitations(*l, *format);
        else
            return fail(CommandLine::tr("Unknown format \"%1\"; the formats are markdown, bibtex, "
                                        "csljson and csv.")
                            .arg(name),
                        UsageError);
    }
    if (m_p.parser.isSet(m_p.toRepo)) {
        if (m_p.parser.isSet(m_p.output))
            return fail(CommandLine::tr("export takes -o or --to-repo, not both."), UsageError);
        const ReadmeSync::ExportOutcome o = ReadmeSync::exportToRepository(m_store, l->id);
        if (!o.ok)
            return fail(
                o.needsSync ? o.message + u' '
                        + CommandLine::tr("Run: awesome-curator sync --list \"%1\"").arg(l->name)
                            : o.message);
        say(m_out, o.message);
        return Success;
    }
    if (m_p.parser.isSet(m_p.output)) {
        QString error;
        if (!exportReadmeToFile(m_store, l->id, m_p.parser.value(m_p.output), &error))
            return fail(error);
        return Success;
    }
    const ExportResult r = exportReadme(m_store, l->id);
    if (!r.ok)
        return fail(r.error);
    if (m_out.write(r.data) != r.data.size())
        return fail(CommandLine::tr("Cannot write to standard output."));
    return Success;
}

int Runner::exportCitations(const ListInfo &list, Citations::Format format)
{
    if (m_p.parser.isSet(m_p.toRepo))
        return fail(CommandLine::tr("--to-repo writes the README; it takes no --format."),
                    UsageError);
    QString error;
    if (m_p.parser.isSet(m_p.output)) {
        if (!Citations::exportListToFile(m_store, list.id, format, m_p.parser.value(m_p.output),
                                         &error))
            return fail(error);
        return Success;
    }
    const std::optional<QByteArray> data = Citations::exportList(m_store, list.id, format, &error);
    if (!data)
        return fail(error);
    if (m_out.write(*data) != data->size())
        return fail(CommandLine::tr("Cannot write to standard output."));
    return Success;
}

int Runner::listsCommand(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(CommandLine::tr("lists takes no arguments."), UsageError);
    if (!openStore())
        return Failure;
    const QList<ListInfo> all = m_store.lists();
    if (m_p.parser.isSet(m_p.json)) {
        QJsonArray arr;
        for (const ListInfo &l : all) {
            arr.append(QJsonObject{{u"id"_s, l.id},
                                   {u"name"_s, l.name},
                                   {u"entries"_s, l.entryCount},
                                   {u"source"_s, l.sourcePath}});
        }
        m_out.write(QJsonDocument(arr).toJson());
        return Success;
    }
    for (const ListInfo &l : all)
        say(m_out, u"%1\t%2\t%3"_s.arg(l.name).arg(l.entryCount).arg(l.sourcePath));
    return Success;
}

int Runner::entriesCommand(const QStringList &args)
{
    if (!args.isEmpty())
        return fail(CommandLine::tr("entries takes no arguments."), UsageError);
    int code = Failure;
    const auto l = openList(&code);
    if (!l)
        return code;
    QHash<qint64, QString> sectionTitles;
    for (const Section &s : m_store.sections(l->id))
        sectionTitles.insert(s.id, s.title);
    const bool json = m_p.parser.isSet(m_p.json);
    // "Do we have this paper?": the window's search, so both find the same entries.
    const bool searching = m_p.parser.isSet(m_p.search);
    const QString text = m_p.parser.value(m_p.search);
    const QList<qint64> matches = searching ? m_store.matchingIds(text) : QList<qint64>();
    if (searching && !m_store.errorString().isEmpty())
        return fail(m_store.errorString());
    int shown = 0;
    bool first = true;
    if (json)
        m_out.write("[\n");
    // One entry at a time: a 100,000-entry list is never held whole.
    const bool ok = m_store.forEachEntry(l->id, [&](const Entry &e) {
        if (searching && !std::binary_search(matches.cbegin(), matches.cend(), e.id))
            return true;
        ++shown;
        if (!json) {
            say(m_out,
                u"%1\t%2\t%3\t%4\t%5"_s.arg(e.id).arg(sectionTitles.value(e.sectionId),
                                                      e.fields.yearText, e.fields.authors,
                                                      e.fields.title));
            return true;
        }
        const QJsonObject o{
            {u"id"_s, e.id},
            {u"section"_s, sectionTitles.value(e.sectionId)},
            {u"position"_s, e.position},
            {u"authors"_s, e.fields.authors},
            {u"title"_s, e.fields.title},
            {u"url"_s, e.fields.url},
            {u"venue"_s, e.fields.venue},
            {u"year"_s, e.fields.year},
            {u"yearText"_s, e.fields.yearText},
            {u"doi"_s, e.fields.doi},
            {u"arxivId"_s, e.fields.arxivId},
            {u"edited"_s, e.dirty},
            {u"links"_s, extraLinksJson(e)},
        };
        m_out.write(first ? "  " : ",\n  ");
        m_out.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        first = false;
        return true;
    });
    if (json)
        m_out.write(first ? "]\n" : "\n]\n");
    if (!ok)
        return fail(m_store.errorString());
    if (searching && shown == 0) {
        // Like grep: nothing found is exit status 1, said on standard error.
        say(m_err, CommandLine::tr("No entry of \"%1\" matches \"%2\".").arg(l->name, text));
        return Failure;
    }
    return Success;
}

// The store's shared history: what a command or a window did last, taken back or brought back.
int Runner::undoCommand(const QStringList &args)
{
    return historyCommand(args, true);
}

int Runner::redoCommand(const QStringList &args)
{
    return historyCommand(args, false);
}

int Runner::historyCommand(const QStringList &args, bool undo)
{
    if (!args.isEmpty())
        return fail(undo ? CommandLine::tr("undo takes no arguments.")
                         : CommandLine::tr("redo takes no arguments."),
                    UsageError);
    if (!openStore())
        return Failure;
    QString text;
    if (!(undo ? m_curation.undoInStore(&text) : m_curation.redoInStore(&text)))
        return fail(m_curation.errorString());
    say(m_out, (undo ? CommandLine::tr("Undone: %1") : CommandLine::tr("Redone: %1")).arg(text));
    return Success;
}

} // namespace Curator::Cli
