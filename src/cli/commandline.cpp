#include "commandline.h"

#include "runner.h"

using namespace Qt::StringLiterals;

namespace Curator::Cli {

void say(QIODevice &dev, const QString &text)
{
    dev.write(text.toUtf8());
    dev.write("\n");
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QList<Command> &commandTable()
{
    // The synopses are syntax, not prose: they stay as they are in every language.
    static const QList<Command> table{
        {u"import"_s,
         u"import README.md [--list NAME] [--force]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "read a README into a list"),
         {&Parser::list, &Parser::force},
         &Runner::importCommand},
        {u"export"_s,
         u"export [--list NAME] [--format markdown|bibtex|csljson|csv] [-o FILE | --to-repo]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli",
                           "write a list's README (standard output, a file, or its linked clone), "
                           "or its papers as BibTeX, CSL-JSON or CSV"),
         {&Parser::list, &Parser::output, &Parser::toRepo, &Parser::format},
         &Runner::exportCommand},
        {u"lists"_s,
         u"lists [--json]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "show the store's lists"),
         {&Parser::json},
         &Runner::listsCommand},
        {u"entries"_s,
         u"entries [--list NAME] [--search TEXT] [--json]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "show a list's entries (or those matching)"),
         {&Parser::list, &Parser::json, &Parser::search},
         &Runner::entriesCommand},
        {u"undo"_s,
         u"undo"_s,
         QT_TRANSLATE_NOOP("Curator::Cli",
                           "take back the last change to the store (a command's or the window's)"),
         {},
         &Runner::undoCommand},
        {u"redo"_s,
         u"redo"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "bring back what undo took back"),
         {},
         &Runner::redoCommand},
        {u"lookup"_s,
         u"lookup ID-or-URL... [--list NAME] [--json] [--refresh]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "show the entries the ids would make"),
         {&Parser::list, &Parser::json, &Parser::refresh},
         &Runner::lookupCommand},
        {u"add"_s,
         u"add ID-or-URL... --list NAME [--section S] [--refresh]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "look them up and add them"),
         {&Parser::list, &Parser::section, &Parser::refresh},
         &Runner::addCommand},
        {u"import-files"_s,
         u"import-files PDF-folder-URL-or-ID... --list NAME [--section S] [--merge]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "add them as a drop on the window does"),
         {&Parser::list, &Parser::section, &Parser::merge},
         &Runner::importFilesCommand},
        {u"link"_s,
         u"link --list NAME --repo PATH [--readme FILE] [--remote R] [--base B] [--github OWNER/NAME]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "link a list to a git clone"),
         {&Parser::list, &Parser::repo, &Parser::readme, &Parser::remote, &Parser::base,
          &Parser::github},
         &Runner::linkCommand},
        {u"sync"_s,
         u"sync --list NAME [--yes] [--prefer ours|theirs]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "merge the clone's README into the list"),
         {&Parser::list, &Parser::yes, &Parser::prefer},
         &Runner::syncCommand},
        {u"pr"_s,
         u"pr --list NAME [--remote R] [--base B] [--dry-run] [--yes] [--prefer ours|theirs]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli", "open a pull request with the changes"),
         {&Parser::list, &Parser::remote, &Parser::base, &Parser::yes, &Parser::prefer,
          &Parser::dryRun},
         &Runner::prCommand},
        {u"check-links"_s,
         u"check-links [README.md | --list NAME] [--json] [--refresh]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli",
                           "check every link of a list or a README file; exit 1 if one is broken"),
         {&Parser::list, &Parser::json, &Parser::refresh},
         &Runner::checkLinksCommand},
        {u"link-rules"_s,
         u"link-rules [--list NAME] [--add PATTERN] [--lycheeignore FILE]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli",
                           "show or add the links check-links skips; write them for lychee"),
         {&Parser::list, &Parser::add, &Parser::lycheeIgnore},
         &Runner::linkRulesCommand},
        {u"refresh"_s,
         u"refresh [--list NAME] [--json] [--apply]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli",
                           "find published versions, retractions and corrected metadata; "
                           "--apply applies them"),
         {&Parser::list, &Parser::json, &Parser::apply},
         &Runner::refreshCommand},
        {u"check"_s,
         u"check README.md --base OLD-README.md [--online] [--json]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli",
                           "review a changed README as entries (added, changed, removed) with "
                           "findings; exit 1 on an error"),
         {&Parser::base, &Parser::online, &Parser::json},
         &Runner::checkCommand},
        {u"review"_s,
         u"review [--list NAME] [PR-NUMBER...] [--offline] [--json] [--post | --merge-pr | --take-over | --fix-up]"_s,
         QT_TRANSLATE_NOOP("Curator::Cli",
                           "read the open pull requests that change the README as entries, "
                           "with findings; exit 1 on an error; answer one with --post, "
                           "--merge-pr, --take-over or --fix-up"),
         {&Parser::list, &Parser::offline, &Parser::json, &Parser::post, &Parser::mergePr,
          &Parser::takeOver, &Parser::fixUp},
         &Runner::reviewCommand},
    };
    return table;
}

namespace {

const Command *findCommand(const QString &name)
{
    for (const Command &c : commandTable()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &c : commandTable())
        names << c.name;
    return names;
}

// "  synopsis   summary", the summary on a line of its own under a long synopsis.
QString commandLines()
{
    constexpr int column = 44;
    QString text;
    for (const Command &c : commandTable()) {
        const QString summary = CommandLine::tr(c.summary);
        if (c.synopsis.size() + 4 <= column)
            text += u"\n  "_s + c.synopsis.leftJustified(column - 2) + summary;
        else
            text += u"\n  "_s + c.synopsis + u"\n"_s + QString(column, u' ') + summary;
    }
    return text;
}

// "  --name <value>   what it does", for a command's own help.
QString optionLine(const QCommandLineOption &o)
{
    QStringList names;
    for (const QString &n : o.names())
        names << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    QString left = names.join(u", "_s);
    if (!o.valueName().isEmpty())
        left += u" <"_s + o.valueName() + u'>';
    constexpr int column = 26;
    if (left.size() + 4 <= column)
        return u"  "_s + left.leftJustified(column - 2) + o.description();
    return u"  "_s + left + u"\n"_s + QString(column, u' ') + o.description();
}

QString commandHelp(const Parser &p, const Command &c)
{
    QString text = CommandLine::tr("Usage: awesome-curator %1").arg(c.synopsis) + u"\n"_s
        + CommandLine::tr(c.summary) + u"\n\n"_s + CommandLine::tr("Options:") + u'\n';
    for (QCommandLineOption Parser::*o : c.options)
        text += optionLine(p.*o) + u'\n';
    text += optionLine(p.db) + u'\n' + optionLine(p.help) + u'\n';
    return text;
}

} // namespace

Parser::Parser()
{
    parser.setApplicationDescription(
        CommandLine::tr("Awesome Curator keeps awesome lists of research papers.\n\nWithout a "
                        "command it opens the window. Commands (COMMAND --help for one):")
        + commandLines());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({db,       list,   output, json,    force,        section, search, merge,
                       refresh,  format, apply,  add,     lycheeIgnore, repo,    readme, remote,
                       base,     github, toRepo, yes,     prefer,       dryRun,  post,   mergePr,
                       takeOver, fixUp,  online, offline, help,         version});
    parser.addPositionalArgument(u"command"_s,
                                 CommandLine::tr("One of: %1.").arg(commandNames().join(u", "_s)),
                                 u"[command]"_s);
    parser.addPositionalArgument(u"arguments"_s, CommandLine::tr("The command's arguments."),
                                 u"[arguments…]"_s);
}

int Runner::fail(const QString &message, int code)
{
    say(m_err, u"awesome-curator: "_s + message);
    return code;
}

bool Runner::openStore()
{
    const QString path = m_p.parser.isSet(m_p.db) ? m_p.parser.value(m_p.db) : Store::defaultPath();
    if (!m_store.open(path)) {
        fail(m_store.errorString());
        return false;
    }
    return true;
}

// The list named by --list, or the only list of the store.
std::optional<ListInfo> Runner::chooseList(int *code)
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
        *code = fail(CommandLine::tr("The store has %n lists; choose one with --list: %1", nullptr,
                                     int(all.size()))
                         .arg(names.join(u", "_s)),
                     UsageError);
    }
    return std::nullopt;
}

std::optional<ListInfo> Runner::openList(int *code)
{
    if (!openStore()) {
        *code = Failure;
        return std::nullopt;
    }
    return chooseList(code);
}

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
    QStringList args = p.parser.positionalArguments();
    const Command *command = args.isEmpty() ? nullptr : findCommand(args.first());
    if (p.parser.isSet(p.help)) {
        out.write(command ? commandHelp(p, *command).toUtf8() : p.parser.helpText().toUtf8());
        return Success;
    }
    if (p.parser.isSet(p.version)) {
        say(out, u"awesome-curator "_s + QStringLiteral(CURATOR_VERSION));
        return Success;
    }
    if (args.isEmpty())
        return r.fail(CommandLine::tr("No command given. Try --help."), UsageError);
    if (!command)
        return r.fail(CommandLine::tr("Unknown command \"%1\"; the commands are %2. Try --help.")
                          .arg(args.first(), commandNames().join(u", "_s)),
                      UsageError);
    args.removeFirst();
    // Options that belong to other commands are a usage error, not silently ignored.
    for (const QString &name : p.parser.optionNames()) {
        bool allowed = p.db.names().contains(name);
        for (QCommandLineOption Parser::*o : command->options)
            allowed = allowed || (p.*o).names().contains(name);
        if (!allowed) {
            const QString shown = (name.size() == 1 ? u"-"_s : u"--"_s) + name;
            return r.fail(CommandLine::tr("%1 does not take %2.").arg(command->name, shown)
                              + u"\n"_s
                              + CommandLine::tr("Usage: awesome-curator %1").arg(command->synopsis),
                          UsageError);
        }
    }
    return (r.*(command->run))(args);
}

} // namespace Curator::Cli
