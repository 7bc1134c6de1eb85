#include "commandline.h"

#include "git/githubclient.h"
#include "git/publisher.h"
#include "git/readmesync.h"
#include "git/repodetect.h"
#include "identifier.h"
#include "importing/batchimport.h"
#include "importing/dropclassifier.h"
#include "markdown/entryforms.h"
#include "markdown/entryrenderer.h"
#include "metadata/resolver.h"
#include "metadata/toentry.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Curator::Cli {

namespace {

// lupdate finds the strings of this file under this context.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Cli)
};

const QStringList &commands()
{
    static const QStringList names
        = {u"import"_s, u"export"_s,       u"lists"_s, u"entries"_s, u"lookup"_s,
           u"add"_s,    u"import-files"_s, u"link"_s,  u"sync"_s,    u"pr"_s};
    return names;
}

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption db{
        u"db"_s, CommandLine::tr("Use the store at <path> instead of the default one."), u"path"_s};
    QCommandLineOption list{u"list"_s, CommandLine::tr("The list to work on (by name)."),
                            u"name"_s};
    QCommandLineOption output{
        {u"o"_s, u"output"_s},
        CommandLine::tr("export: write the README to <file> (default: standard output)."),
        u"file"_s};
    QCommandLineOption json{u"json"_s, CommandLine::tr("lists, entries, lookup: print JSON.")};
    QCommandLineOption section{
        u"section"_s,
        CommandLine::tr("add, import-files: the section to add to (default: the first)."),
        u"title"_s};
    QCommandLineOption search{
        u"search"_s,
        CommandLine::tr("entries: only the entries that match <text>, as the window's search "
                        "box finds them (words, a year, a DOI, an arXiv id or a link)."),
        u"text"_s};
    QCommandLineOption merge{
        u"merge"_s,
        CommandLine::tr("import-files: fill the gaps of entries the list has already from the "
                        "duplicates found.")};
    QCommandLineOption refresh{
        u"refresh"_s, CommandLine::tr("lookup, add: ask the services again instead of the cache.")};
    QCommandLineOption force{
        u"force"_s,
        CommandLine::tr(
            "import: keep unreadable entry-like paragraphs as text, and replace entries edited "
            "since the last export.")};
    QCommandLineOption repo{u"repo"_s, CommandLine::tr("link: the git clone's folder."), u"path"_s};
    QCommandLineOption readme{
        u"readme"_s, CommandLine::tr("link: the README's path inside the clone (README.md)."),
        u"file"_s};
    QCommandLineOption remote{
        u"remote"_s, CommandLine::tr("link, pr: the remote to push to (origin, or your fork)."),
        u"name"_s};
    QCommandLineOption base{u"base"_s,
                            CommandLine::tr("link, pr: the branch pull requests target (main)."),
                            u"branch"_s};
    QCommandLineOption github{u"github"_s,
                              CommandLine::tr("link: the GitHub repository pull requests go to."),
                              u"owner/name"_s};
    QCommandLineOption toRepo{
        u"to-repo"_s, CommandLine::tr("export: write the README into the list's linked clone.")};
    QCommandLineOption yes{
        u"yes"_s,
        CommandLine::tr("sync, pr: remove the entries the repository's README no longer has.")};
    QCommandLineOption prefer{
        u"prefer"_s,
        CommandLine::tr("sync, pr: where both sides changed one place, keep \"ours\" (the "
                        "store's) or \"theirs\" (the repository's)."),
        u"side"_s};
    QCommandLineOption dryRun{
        u"dry-run"_s,
        CommandLine::tr("pr: print the branch, commit message and diff; change nothing.")};
    QCommandLineOption help{{u"h"_s, u"help"_s}, CommandLine::tr("Show this help.")};
    QCommandLineOption version{{u"v"_s, u"version"_s}, CommandLine::tr("Show the version.")};

    Parser()
    {
        parser.setApplicationDescription(CommandLine::tr(
            "Awesome Curator keeps awesome lists of research papers.\n\n"
            "Without a command it opens the window. Commands:\n"
            "  import README.md [--list NAME] [--force]  read a README into a list\n"
            "  export [--list NAME] [-o FILE]            write a list's README\n"
            "  lists [--json]                            show the store's lists\n"
            "  entries [--list NAME] [--search TEXT] [--json]\n"
            "                                            show a list's entries (or those "
            "matching)\n"
            "  lookup ID-or-URL... [--list NAME] [--json] show the entries the ids would make\n"
            "  add ID-or-URL... --list NAME [--section S] look them up and add them\n"
            "  import-files PDF-folder-URL-or-ID... --list NAME [--section S] [--merge]\n"
            "                                            add them as a drop on the window does\n"
            "  link --list NAME --repo PATH [--readme FILE] [--remote R] [--base B]\n"
            "       [--github OWNER/NAME]                link a list to a git clone\n"
            "  export --list NAME --to-repo              write the README into the clone\n"
            "  sync --list NAME [--yes] [--prefer S]     merge the clone's README into the list\n"
            "  pr --list NAME [--remote R] [--base B] [--dry-run]\n"
            "                                            open a pull request with the changes"));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({db,     list,    output, json,   force,  section, search,
                           merge,  refresh, repo,   readme, remote, base,    github,
                           toRepo, yes,     prefer, dryRun, help,   version});
        parser.addPositionalArgument(
            u"command"_s, CommandLine::tr("One of: %1.").arg(commands().join(u", "_s)),
            u"[command]"_s);
        parser.addPositionalArgument(u"arguments"_s, CommandLine::tr("The command's arguments."),
                                     u"[arguments…]"_s);
    }
};

void say(QIODevice &dev, const QString &text)
{
    dev.write(text.toUtf8());
    dev.write("\n");
}

class Runner
{
public:
    Runner(Parser &p, QIODevice &out, QIODevice &err)
        : m_p(p)
        , m_out(out)
        , m_err(err)
    { }

    int fail(const QString &message, int code = Failure)
    {
        say(m_err, u"awesome-curator: "_s + message);
        return code;
    }

    bool openStore()
    {
        const QString path
            = m_p.parser.isSet(m_p.db) ? m_p.parser.value(m_p.db) : Store::defaultPath();
        if (!m_store.open(path)) {
            fail(m_store.errorString());
            return false;
        }
        return true;
    }

    // The list named by --list, or the only list of the store.
    std::optional<ListInfo> chooseList(int *code)
    {
        if (m_p.parser.isSet(m_p.list)) {
            const QString name = m_p.parser.value(m_p.list);
            if (auto l = m_store.listByName(name))
                return l;
            *code = fail(CommandLine::tr("The store has no list named \"%1\".").arg(name));
            return std::nullopt;
        }
        const QList<ListInfo> all = m_store.lists();
        if (all.size() == 1)
            return all.first();
        if (all.isEmpty()) {
            *code = fail(CommandLine::tr("The store has no list yet; import a README first."));
        } else {
            QStringList names;
            for (const ListInfo &l : all)
                names << l.name;
            *code = fail(CommandLine::tr("The store has %n lists; choose one with --list: %1",
                                         nullptr, int(all.size()))
                             .arg(names.join(u", "_s)),
                         UsageError);
        }
        return std::nullopt;
    }

    int importCommand(const QStringList &args)
    {
        if (args.size() != 1)
            return fail(
                CommandLine::tr("import takes one README file: import README.md [--list NAME]"),
                UsageError);
        if (!openStore())
            return Failure;
        ImportOptions options;
        options.listName = m_p.parser.value(m_p.list);
        options.force = m_p.parser.isSet(m_p.force);
        const QString path = args.first();
        const ImportReport r = importReadmeFile(m_store, path, options);
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

    int exportCommand(const QStringList &args)
    {
        if (!args.isEmpty())
            return fail(CommandLine::tr("export takes no file argument; use -o FILE."), UsageError);
        if (!openStore())
            return Failure;
        int code = Failure;
        const auto l = chooseList(&code);
        if (!l)
            return code;
        if (m_p.parser.isSet(m_p.toRepo)) {
            if (m_p.parser.isSet(m_p.output))
                return fail(CommandLine::tr("export takes -o or --to-repo, not both."), UsageError);
            const ReadmeSync::ExportOutcome o = ReadmeSync::exportToRepository(m_store, l->id);
            if (!o.ok)
                return fail(o.needsSync ? o.message + u' '
                                    + CommandLine::tr("Run: awesome-curator sync --list \"%1\"")
                                          .arg(l->name)
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

    int listsCommand(const QStringList &args)
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

    // The entry's other links (code, project page, badges) as the README has them.
    static QJsonArray extraLinksJson(const Entry &e)
    {
        QJsonArray out;
        for (const Markdown::ExtraLink &l : Markdown::extraLinksOf(e.raw, e.fields.url))
            out.append(
                QJsonObject{{u"label"_s, l.label}, {u"url"_s, l.url}, {u"badge"_s, l.badge}});
        return out;
    }

    int entriesCommand(const QStringList &args)
    {
        if (!args.isEmpty())
            return fail(CommandLine::tr("entries takes no arguments."), UsageError);
        if (!openStore())
            return Failure;
        int code = Failure;
        const auto l = chooseList(&code);
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

    // Looks every argument up (arXiv ids, DOIs, their URLs); results in argument order.
    QList<Metadata::LookupResult> resolve(const QStringList &args, bool *allOk)
    {
        QList<RecognizedId> ids;
        QList<int> argIndex;
        QList<Metadata::LookupResult> results(args.size());
        *allOk = true;
        for (int i = 0; i < args.size(); ++i) {
            const RecognizedId id = Identifier::recognize(args.at(i));
            if (!id.isValid()) {
                results[i].status = Metadata::LookupResult::Status::Failed;
                results[i].message = CommandLine::tr("not a DOI, an arXiv id, or a link to one");
                *allOk = false;
                continue;
            }
            ids << id;
            argIndex << i;
        }
        if (ids.isEmpty())
            return results;
        QNetworkAccessManager nam;
        Metadata::Resolver resolver(&m_store, &nam, Metadata::Endpoints::fromEnvironment());
        resolver.setContactEmail(qEnvironmentVariable("CURATOR_CONTACT_EMAIL"));
        QEventLoop loop;
        QObject::connect(&resolver, &Metadata::Resolver::finished, &loop,
                         [&](quint64, int index, const Metadata::LookupResult &r) {
                             results[argIndex.at(index)] = r;
                         });
        QObject::connect(&resolver, &Metadata::Resolver::allFinished, &loop, &QEventLoop::quit);
        QObject::connect(&resolver, &Metadata::Resolver::waiting, &loop,
                         [this](const QString &message) { say(m_err, message); });
        resolver.lookup(ids, m_p.parser.isSet(m_p.refresh));
        loop.exec();
        for (const auto &r : std::as_const(results)) {
            if (r.status != Metadata::LookupResult::Status::Ok)
                *allOk = false;
        }
        return results;
    }

    Metadata::EntryStyle styleOf(const std::optional<ListInfo> &list)
    {
        return list ? Metadata::entryStyleOf(m_store, list->id) : Metadata::EntryStyle();
    }

    int lookupCommand(const QStringList &args)
    {
        if (args.isEmpty())
            return fail(CommandLine::tr("lookup takes one or more DOIs, arXiv ids or links."),
                        UsageError);
        if (!openStore())
            return Failure;
        std::optional<ListInfo> list;
        if (m_p.parser.isSet(m_p.list)) {
            int code = Failure;
            list = chooseList(&code);
            if (!list)
                return code;
        }
        bool allOk = true;
        const QList<Metadata::LookupResult> results = resolve(args, &allOk);
        const QString entryTemplate = list ? list->entryTemplate : QString();
        QJsonArray json;
        for (int i = 0; i < results.size(); ++i) {
            const Metadata::LookupResult &r = results.at(i);
            if (r.status != Metadata::LookupResult::Status::Ok) {
                say(m_err, u"awesome-curator: %1: %2"_s.arg(args.at(i), r.message));
                continue;
            }
            if (r.fromCache && !r.message.isEmpty())
                say(m_err, u"awesome-curator: %1: %2"_s.arg(args.at(i), r.message));
            const EntryFields f = Metadata::toEntryFields(r.record, styleOf(list));
            if (m_p.parser.isSet(m_p.json)) {
                json.append(QJsonObject{{u"input"_s, args.at(i)},
                                        {u"authors"_s, f.authors},
                                        {u"title"_s, f.title},
                                        {u"url"_s, f.url},
                                        {u"venue"_s, f.venue},
                                        {u"year"_s, f.year},
                                        {u"doi"_s, f.doi},
                                        {u"arxivId"_s, f.arxivId},
                                        {u"markdown"_s, Markdown::renderEntry(f, entryTemplate)}});
            } else {
                say(m_out, Markdown::renderEntry(f, entryTemplate));
            }
        }
        if (m_p.parser.isSet(m_p.json))
            m_out.write(QJsonDocument(json).toJson());
        return allOk ? Success : Failure;
    }

    int addCommand(const QStringList &args)
    {
        if (args.isEmpty())
            return fail(CommandLine::tr("add takes one or more DOIs, arXiv ids or links."),
                        UsageError);
        if (!m_p.parser.isSet(m_p.list))
            return fail(CommandLine::tr("add needs --list NAME."), UsageError);
        int code = Failure;
        const auto target = openAddTarget(&code);
        if (!target)
            return code;
        const ListInfo *list = &target->list;
        const qint64 sectionId = target->sectionId;
        bool allOk = true;
        const QList<Metadata::LookupResult> results = resolve(args, &allOk);
        for (int i = 0; i < results.size(); ++i) {
            const Metadata::LookupResult &r = results.at(i);
            if (r.status != Metadata::LookupResult::Status::Ok) {
                say(m_err, u"awesome-curator: %1: %2"_s.arg(args.at(i), r.message));
                continue;
            }
            const EntryFields f = Metadata::toEntryFields(r.record, styleOf(*list));
            if (const QList<qint64> dups = m_store.duplicatesOf(list->id, f); !dups.isEmpty()) {
                const auto other = m_store.entry(dups.first());
                say(m_err,
                    u"awesome-curator: %1: %2"_s.arg(
                        args.at(i),
                        CommandLine::tr("already in the list: \"%1\"; not added.")
                            .arg(other ? other->fields.title : QString())));
                allOk = false;
                continue;
            }
            if (!m_store.addEntry(sectionId, f)) {
                say(m_err, u"awesome-curator: %1: %2"_s.arg(args.at(i), m_store.errorString()));
                allOk = false;
                continue;
            }
            say(m_out,
                CommandLine::tr("Added: %1").arg(Markdown::renderEntry(f, list->entryTemplate)));
        }
        return allOk ? Success : Failure;
    }

    // Where add and import-files put new entries: the --list given and its --section (or its
    // first one).
    struct AddTarget
    {
        ListInfo list;
        qint64 sectionId = 0;
    };
    // Opens the store and finds them; nullopt with *code set when one is missing.
    std::optional<AddTarget> openAddTarget(int *code)
    {
        if (!openStore())
            return std::nullopt;
        const auto list = chooseList(code);
        if (!list)
            return std::nullopt;
        const qint64 sectionId = chooseSection(*list);
        if (!sectionId) {
            *code = fail(CommandLine::tr("The list \"%1\" has no section \"%2\".")
                             .arg(list->name, m_p.parser.value(m_p.section)));
            return std::nullopt;
        }
        return AddTarget{*list, sectionId};
    }

    // The section named by --section (any case), or the list's first one; 0 when it has none.
    qint64 chooseSection(const ListInfo &list)
    {
        const QList<Section> sections = m_store.sections(list.id);
        if (!m_p.parser.isSet(m_p.section))
            return sections.isEmpty() ? 0 : sections.first().id;
        for (const Section &s : sections) {
            if (s.title.compare(m_p.parser.value(m_p.section), Qt::CaseInsensitive) == 0)
                return s.id;
        }
        return 0;
    }

    // What dropping these on the window does, from a shell: PDFs and folders of PDFs inspected,
    // links and identifiers looked up, and every new entry added in one transaction at the end
    // (all or nothing).
    int importFilesCommand(const QStringList &args)
    {
        if (args.isEmpty())
            return fail(CommandLine::tr("import-files takes PDFs, folders, links or identifiers."),
                        UsageError);
        if (!m_p.parser.isSet(m_p.list))
            return fail(CommandLine::tr("import-files needs --list NAME."), UsageError);
        int code = Failure;
        const auto target = openAddTarget(&code);
        if (!target)
            return code;
        const ListInfo *list = &target->list;
        const qint64 sectionId = target->sectionId;
        QList<DropItem> items;
        for (const QString &arg : args) {
            // A path on the disk is a file or a folder whatever its name, and a name ending in
            // ".pdf" that is not a link is a file even when missing (the report then says so);
            // anything else is read as dropped text (a link, an identifier, a file:// URL).
            const QFileInfo file(arg);
            const bool pdfName
                = arg.endsWith(u".pdf"_s, Qt::CaseInsensitive) && !arg.contains(u"://"_s);
            if (file.exists() || pdfName) {
                DropItem item;
                item.kind = pdfName && !file.isDir() ? DropItem::Kind::PdfFile
                                                     : DropItem::Kind::LocalFile;
                item.path = file.absoluteFilePath();
                item.source = arg;
                items << item;
            } else {
                items << classifyText(arg);
            }
        }

        QNetworkAccessManager nam;
        Metadata::Resolver resolver(&m_store, &nam, Metadata::Endpoints::fromEnvironment());
        resolver.setContactEmail(qEnvironmentVariable("CURATOR_CONTACT_EMAIL"));
        BatchImporter importer(m_store, &resolver);
        QEventLoop loop;
        BatchReport report;
        QObject::connect(&importer, &BatchImporter::finished, &loop, [&](const BatchReport &r) {
            report = r;
            loop.quit();
        });
        // A folder of PDFs looked up at the services' pace can take minutes: on a terminal one
        // line shows how far it is, rewritten in place (never in a pipe or a log).
        const bool terminal = ::isatty(STDERR_FILENO) == 1;
        bool progressShown = false;
        const auto clearProgress = [&] {
            if (progressShown)
                m_err.write("\r\033[K");
            progressShown = false;
        };
        if (terminal) {
            QObject::connect(&importer, &BatchImporter::progress, &loop,
                             [&](int done, int total, const QString &current) {
                                 const QString line
                                     = u"[%1/%2] %3"_s.arg(done).arg(total).arg(current).left(78);
                                 m_err.write("\r\033[K" + line.toUtf8());
                                 progressShown = true;
                             });
        }
        QObject::connect(&resolver, &Metadata::Resolver::waiting, &loop,
                         [&](const QString &message) {
                             clearProgress();
                             say(m_err, message);
                         });
        if (!importer.start(list->id, sectionId, items))
            return fail(CommandLine::tr("The import could not start."));
        loop.exec();
        clearProgress();

        bool ok = true;
        const bool merge = m_p.parser.isSet(m_p.merge);
        for (const BatchItem &item : std::as_const(report.items)) {
            switch (item.outcome) {
            case BatchItem::Outcome::Added:
                say(m_out,
                    CommandLine::tr("Added: %1")
                        .arg(Markdown::renderEntry(item.fields, list->entryTemplate)));
                break;
            case BatchItem::Outcome::NeedsReview:
                say(m_out,
                    CommandLine::tr("Added, needs review: %1")
                        .arg(Markdown::renderEntry(item.fields, list->entryTemplate)));
                break;
            case BatchItem::Outcome::Duplicate:
                if (merge) {
                    QString error;
                    if (!BatchImporter::mergeInto(m_store, item, &error)) {
                        say(m_err, u"awesome-curator: %1: %2"_s.arg(item.source, error));
                        ok = false;
                        break;
                    }
                    say(m_out, CommandLine::tr("Merged: %1: %2").arg(item.source, item.message));
                } else {
                    say(m_out, CommandLine::tr("Not added: %1: %2").arg(item.source, item.message));
                }
                break;
            case BatchItem::Outcome::Failed:
            case BatchItem::Outcome::Skipped:
                say(m_err, u"awesome-curator: %1: %2"_s.arg(item.source, item.message));
                ok = false;
                break;
            }
        }
        say(m_out, BatchImporter::summary(report));
        return ok ? Success : Failure;
    }

    int linkCommand(const QStringList &args)
    {
        if (!args.isEmpty() || !m_p.parser.isSet(m_p.repo))
            return fail(CommandLine::tr("link needs --repo PATH (and --list NAME)."), UsageError);
        if (!openStore())
            return Failure;
        int code = Failure;
        const auto l = chooseList(&code);
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
        if (!m_store.setRepoLink(l->id, link))
            return fail(m_store.errorString());
        // A README that is exactly the list's text is the common ground of later merges.
        bool missing = false;
        QString error;
        const QByteArray text = ReadmeSync::readWorkingReadme(link.readmeFile(), &missing, &error);
        const ExportResult ours = exportReadme(m_store, l->id);
        if (!missing && error.isEmpty() && ours.ok && ours.data == text)
            m_store.setSyncedReadme(l->id, text);
        say(m_out,
            CommandLine::tr("Linked \"%1\" to %2 (README %3, remote %4, base %5, GitHub %6).")
                .arg(l->name, link.path, link.readme, link.remote,
                     link.base.isEmpty() ? CommandLine::tr("the remote's default") : link.base,
                     link.github.isEmpty() ? CommandLine::tr("unknown") : link.github));
        return Success;
    }

    // Each place changed on both sides, for the user to choose --prefer.
    void reportConflicts(const QList<ReadmeSync::Conflict> &conflicts)
    {
        for (const ReadmeSync::Conflict &k : conflicts) {
            say(m_err,
                CommandLine::tr("Changed on both sides at line %1:\n  here:       %2\n  "
                                "repository: %3")
                    .arg(k.baseLine)
                    .arg(QString::fromUtf8(k.ours.trimmed()),
                         QString::fromUtf8(k.theirs.trimmed())));
        }
    }

    // --prefer ours|theirs
    bool preferOption(ReadmeSync::Prefer *prefer)
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

    int syncCommand(const QStringList &args)
    {
        if (!args.isEmpty())
            return fail(CommandLine::tr("sync takes no arguments."), UsageError);
        ReadmeSync::Prefer prefer;
        if (!preferOption(&prefer))
            return fail(CommandLine::tr("--prefer takes \"ours\" or \"theirs\"."), UsageError);
        if (!openStore())
            return Failure;
        int code = Failure;
        const auto l = chooseList(&code);
        if (!l)
            return code;
        const RepoLink link = m_store.repoLink(l->id);
        if (!link.isLinked())
            return fail(CommandLine::tr("The list \"%1\" is not linked to a git clone; use link.")
                            .arg(l->name));
        bool missing = false;
        QString error;
        const QByteArray theirs
            = ReadmeSync::readWorkingReadme(link.readmeFile(), &missing, &error);
        if (!error.isEmpty())
            return fail(error);
        if (missing)
            return fail(
                CommandLine::tr("%1 does not exist; nothing to sync.").arg(link.readmeFile()));
        const ReadmeSync::Check c = ReadmeSync::check(m_store, l->id, theirs);
        if (!c.ok)
            return fail(c.error);
        if (!c.changedOutside) {
            say(m_out,
                CommandLine::tr("The list already has every change of %1.").arg(link.readmeFile()));
            return Success;
        }
        reportConflicts(c.merged.conflicts);
        if (!ReadmeSync::apply(m_store, l->id, c, prefer, m_p.parser.isSet(m_p.yes), &error)) {
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

    int prCommand(const QStringList &args);

    Store m_store;

private:
    Parser &m_p;
    QIODevice &m_out;
    QIODevice &m_err;
};

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
    if (!openStore())
        return Failure;
    int code = Failure;
    const auto l = chooseList(&code);
    if (!l)
        return code;
    QNetworkAccessManager nam;
    Publisher publisher(m_store, &nam);
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

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    Parser p;
    if (!p.parser.parse(arguments))
        return true; // the command line reports the usage error
    if (p.parser.isSet(p.help) || p.parser.isSet(p.version))
        return true;
    return !p.parser.positionalArguments().isEmpty();
}

QString storePath(const QStringList &arguments)
{
    Parser p;
    p.parser.parse(arguments);
    return p.parser.isSet(p.db) ? p.parser.value(p.db) : Store::defaultPath();
}

int run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    Parser p;
    Runner r(p, out, err);
    if (!p.parser.parse(arguments))
        return r.fail(p.parser.errorText() + u"\n"_s + CommandLine::tr("Try --help."), UsageError);
    if (p.parser.isSet(p.help)) {
        out.write(p.parser.helpText().toUtf8());
        return Success;
    }
    if (p.parser.isSet(p.version)) {
        say(out, u"awesome-curator "_s + QStringLiteral(CURATOR_VERSION));
        return Success;
    }
    QStringList args = p.parser.positionalArguments();
    if (args.isEmpty())
        return r.fail(CommandLine::tr("No command given. Try --help."), UsageError);
    const QString command = args.takeFirst();
    // Options that belong to other commands are a usage error, not silently ignored.
    auto only = [&](const QList<const QCommandLineOption *> &allowed) {
        for (const QCommandLineOption *o :
             {&p.list, &p.output, &p.json, &p.force, &p.section, &p.search, &p.merge, &p.refresh,
              &p.repo, &p.readme, &p.remote, &p.base, &p.github, &p.toRepo, &p.yes, &p.prefer,
              &p.dryRun}) {
            if (p.parser.isSet(*o) && !allowed.contains(o))
                return r.fail(
                    CommandLine::tr("%1 does not take --%2.").arg(command, o->names().last()),
                    UsageError);
        }
        return int(Success);
    };
    if (command == u"import"_s) {
        if (int c = only({&p.list, &p.force}))
            return c;
        return r.importCommand(args);
    }
    if (command == u"export"_s) {
        if (int c = only({&p.list, &p.output, &p.toRepo}))
            return c;
        return r.exportCommand(args);
    }
    if (command == u"link"_s) {
        if (int c = only({&p.list, &p.repo, &p.readme, &p.remote, &p.base, &p.github}))
            return c;
        return r.linkCommand(args);
    }
    if (command == u"sync"_s) {
        if (int c = only({&p.list, &p.yes, &p.prefer}))
            return c;
        return r.syncCommand(args);
    }
    if (command == u"pr"_s) {
        if (int c = only({&p.list, &p.remote, &p.base, &p.yes, &p.prefer, &p.dryRun}))
            return c;
        return r.prCommand(args);
    }
    if (command == u"lists"_s) {
        if (int c = only({&p.json}))
            return c;
        return r.listsCommand(args);
    }
    if (command == u"lookup"_s) {
        if (int c = only({&p.list, &p.json, &p.refresh}))
            return c;
        return r.lookupCommand(args);
    }
    if (command == u"add"_s) {
        if (int c = only({&p.list, &p.section, &p.refresh}))
            return c;
        return r.addCommand(args);
    }
    if (command == u"import-files"_s) {
        if (int c = only({&p.list, &p.section, &p.merge}))
            return c;
        return r.importFilesCommand(args);
    }
    if (command == u"entries"_s) {
        if (int c = only({&p.list, &p.json, &p.search}))
            return c;
        return r.entriesCommand(args);
    }
    return r.fail(CommandLine::tr("Unknown command \"%1\"; the commands are %2. Try --help.")
                      .arg(command, commands().join(u", "_s)),
                  UsageError);
}

} // namespace Curator::Cli
