#pragma once

// The command line's own parts, shared by its files: the options (Parser), the table of commands
// (commandTable) and the Runner whose member functions carry out each command. One file per group
// of commands: librarycommands.cpp (import, export, lists, entries), lookupcommands.cpp (lookup,
// add, import-files), repocommands.cpp (link, sync, pr), linkcommands.cpp (check-links,
// link-rules), updatecommands.cpp (refresh), reviewcommands.cpp (check). commandline.cpp parses,
// checks a command's options against its row of the table, prints help, and dispatches.

#include "commandline.h"
#include "curation/curation.h"
#include "git/readmesync.h"
#include "metadata/resolver.h"
#include "metadata/toentry.h"
#include "store/store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonValue>

#include <optional>

using namespace Qt::StringLiterals;

namespace Curator::Citations {
enum class Format;
}

namespace Curator {
class BatchImporter;
struct BatchItem;
struct BatchReport;
struct DropItem;
} // namespace Curator

namespace Curator::Cli {

// lupdate finds the strings of the command line under this context.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Cli)
};

void say(QIODevice &dev, const QString &text);
// A JSON string, or null for an empty one (--json output).
QJsonValue orNull(const QString &text);

// Every option of every command, declared once; which command takes which is in the table.
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
    QCommandLineOption json{
        u"json"_s,
        CommandLine::tr("lists, entries, lookup, check-links, refresh, check: print JSON.")};
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
        u"refresh"_s,
        CommandLine::tr("lookup, add, check-links: ask the services again instead of the cache.")};
    QCommandLineOption format{
        u"format"_s,
        CommandLine::tr("export: markdown (the README, by default), bibtex, csljson or csv."),
        u"format"_s};
    QCommandLineOption apply{u"apply"_s,
                             CommandLine::tr("refresh: apply the proposed changes marked [x].")};
    QCommandLineOption add{
        u"add"_s,
        CommandLine::tr(
            "link-rules: add a rule (a regular expression matched anywhere in a link)."),
        u"pattern"_s};
    QCommandLineOption lycheeIgnore{
        u"lycheeignore"_s,
        CommandLine::tr("link-rules: write the rules to <file> as lychee reads them "
                        "(.lycheeignore beside the README)."),
        u"file"_s};
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
    QCommandLineOption base{
        u"base"_s,
        CommandLine::tr("link, pr: the branch pull requests target (main); check: the README "
                        "before the change."),
        u"branch-or-file"_s};
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
    QCommandLineOption post{
        u"post"_s,
        CommandLine::tr("review: post the review shown (suggestions on the README's lines).")};
    QCommandLineOption mergePr{
        u"merge-pr"_s,
        CommandLine::tr("review: squash-merge the pull request, if its head is the one read.")};
    QCommandLineOption takeOver{
        u"take-over"_s,
        CommandLine::tr("review: add the pull request's entries to the list as it writes them "
                        "and open a pull request of its own (Co-authored-by the contributor, "
                        "\"Closes #N\"); the contributor is thanked on theirs.")};
    QCommandLineOption fixUp{
        u"fix-up"_s,
        CommandLine::tr("review: push a commit to the contributor's branch that writes the "
                        "entries as the list writes them (where they allowed maintainer edits).")};
    QCommandLineOption online{
        u"online"_s,
        CommandLine::tr("check: also ask arXiv and Crossref about each proposed entry and try its "
                        "link.")};
    QCommandLineOption offline{
        u"offline"_s,
        CommandLine::tr("review: only what the READMEs say; no look-ups, no link checks.")};
    QCommandLineOption help{{u"h"_s, u"help"_s}, CommandLine::tr("Show this help.")};
    QCommandLineOption version{{u"v"_s, u"version"_s}, CommandLine::tr("Show the version.")};

    Parser();
};

class Runner;

// One row per command: parsing, the per-command option check, usage errors and both kinds of
// help (--help, COMMAND --help) come from here.
struct Command
{
    QString name;
    QString synopsis; // its syntax, e.g. "pr --list NAME [--remote R] [--base B] [--dry-run]"
    const char *summary; // what it does, translated when shown (QT_TRANSLATE_NOOP)
    QList<QCommandLineOption Parser::*> options; // besides --db and --help
    int (Runner::*run)(const QStringList &arguments);
};

const QList<Command> &commandTable();

class Runner
{
public:
    Runner(Parser &p, QIODevice &out, QIODevice &err)
        : m_p(p)
        , m_out(out)
        , m_err(err)
    { }

    int fail(const QString &message, int code = Failure);
    bool openStore();
    // The list named by --list, or the only list of the store.
    std::optional<ListInfo> chooseList(int *code);
    // openStore() and chooseList(): nullopt with *code set when either fails.
    std::optional<ListInfo> openList(int *code);

    // librarycommands.cpp
    int importCommand(const QStringList &args);
    int exportCommand(const QStringList &args);
    int exportCitations(const ListInfo &list, Citations::Format format);
    int listsCommand(const QStringList &args);
    int entriesCommand(const QStringList &args);
    int undoCommand(const QStringList &args);
    int redoCommand(const QStringList &args);
    int historyCommand(const QStringList &args, bool undo);

    // lookupcommands.cpp
    int lookupCommand(const QStringList &args);
    int addCommand(const QStringList &args);
    int importFilesCommand(const QStringList &args);

    // repocommands.cpp
    int linkCommand(const QStringList &args);
    int syncCommand(const QStringList &args);
    int prCommand(const QStringList &args);

    // linkcommands.cpp
    int checkLinksCommand(const QStringList &args);
    int linkRulesCommand(const QStringList &args);

    // updatecommands.cpp
    int refreshCommand(const QStringList &args);

    // reviewcommands.cpp
    int checkCommand(const QStringList &args);
    int reviewCommand(const QStringList &args);

private:
    // Where add and import-files put new entries: the --list given and its --section (or its
    // first one).
    struct AddTarget
    {
        ListInfo list;
        qint64 sectionId = 0;
    };
    std::optional<AddTarget> openAddTarget(const QStringList &args, const QString &needsArguments,
                                           int *code);
    // The section named by --section (any case), or the list's first one; 0 when it has none.
    qint64 chooseSection(const ListInfo &list);
    // Looks every argument up (arXiv ids, DOIs, their URLs); results in argument order.
    QList<Metadata::LookupResult> resolve(const QStringList &args, bool *allOk);
    Metadata::EntryStyle styleOf(const std::optional<ListInfo> &list);
    void addResults(const QStringList &args, const QList<Metadata::LookupResult> &results,
                    const ListInfo &list, qint64 sectionId, bool *allOk);
    // import-files: runs the importer to its end; false when it could not start.
    bool runImport(BatchImporter &importer, Metadata::Resolver &resolver, qint64 listId,
                   qint64 sectionId, const QList<DropItem> &items, BatchReport *report);
    // Says what became of one imported item; false for a failure.
    bool reportImported(const BatchItem &item, const ListInfo &list, bool merge);
    // Each place changed on both sides, for the user to choose --prefer.
    void reportConflicts(const QList<ReadmeSync::Conflict> &conflicts);
    // --prefer ours|theirs
    bool preferOption(ReadmeSync::Prefer *prefer);

    Store m_store;
    // Every change a command makes goes through it: recorded in the store's shared history, so
    // that `undo` (here or in a later run) and the window's Undo can take it back.
    Curation m_curation{m_store};
    Parser &m_p;
    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace Curator::Cli
