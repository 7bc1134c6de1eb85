// lookup, add, import-files: papers found by their identifiers, links and PDFs.
#include "runner.h"

#include "identifier.h"
#include "importing/batchimport.h"
#include "importing/dropclassifier.h"
#include "markdown/entryrenderer.h"
#include "metadata/toentry.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

#include <unistd.h>

namespace Curator::Cli {

// Looks every argument up (arXiv ids, DOIs, their URLs); results in argument order.
QList<Metadata::LookupResult> Runner::resolve(const QStringList &args, bool *allOk)
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
    const std::unique_ptr<Metadata::Resolver> owned(Metadata::newResolver(&m_store, &nam));
    Metadata::Resolver &resolver = *owned;
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

Metadata::EntryStyle Runner::styleOf(const std::optional<ListInfo> &list)
{
    return list ? Metadata::entryStyleOf(m_store, list->id) : Metadata::EntryStyle();
}

int Runner::lookupCommand(const QStringList &args)
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

int Runner::addCommand(const QStringList &args)
{
    int code = Failure;
    const auto target = openAddTarget(
        args, CommandLine::tr("add takes one or more DOIs, arXiv ids or links."), &code);
    if (!target)
        return code;
    const ListInfo *list = &target->list;
    const qint64 sectionId = target->sectionId;
    bool allOk = true;
    const QList<Metadata::LookupResult> results = resolve(args, &allOk);
    // What one `add` adds is one step of the history (`undo` takes it all back).
    m_curation.perform(CommandLine::tr("Add %n entries", nullptr, int(args.size())), [&] {
        addResults(args, results, *list, sectionId, &allOk);
        return true;
    });
    return allOk ? Success : Failure;
}

void Runner::addResults(const QStringList &args, const QList<Metadata::LookupResult> &results,
                        const ListInfo &target, qint64 sectionId, bool *allOk)
{
    const ListInfo *list = &target;
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
            *allOk = false;
            continue;
        }
        if (!m_store.addEntry(sectionId, f)) {
            say(m_err, u"awesome-curator: %1: %2"_s.arg(args.at(i), m_store.errorString()));
            *allOk = false;
            continue;
        }
        say(m_out, CommandLine::tr("Added: %1").arg(Markdown::renderEntry(f, list->entryTemplate)));
    }
}

// Checks the arguments (some, and --list), opens the store and finds the list and section;
// nullopt with *code set when one is missing.
std::optional<Runner::AddTarget> Runner::openAddTarget(const QStringList &args,
                                                       const QString &needsArguments, int *code)
{
    if (args.isEmpty()) {
        *code = fail(needsArguments, UsageError);
        return std::nullopt;
    }
    if (!m_p.parser.isSet(m_p.list)) {
        *code = fail(
            CommandLine::tr("%1 needs --list NAME.").arg(m_p.parser.positionalArguments().value(0)),
            UsageError);
        return std::nullopt;
    }
    const auto list = openList(code);
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
qint64 Runner::chooseSection(const ListInfo &list)
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
int Runner::importFilesCommand(const QStringList &args)
{
    int code = Failure;
    const auto target = openAddTarget(
        args, CommandLine::tr("import-files takes PDFs, folders, links or identifiers."), &code);
    if (!target)
        return code;
    const ListInfo *list = &target->list;
    const qint64 sectionId = target->sectionId;
    const QList<DropItem> items = itemsFromArguments(args);

    QNetworkAccessManager nam;
    const std::unique_ptr<Metadata::Resolver> owned(Metadata::newResolver(&m_store, &nam));
    Metadata::Resolver &resolver = *owned;
    BatchImporter importer(m_curation, &resolver);
    BatchReport report;
    if (!runImport(importer, resolver, list->id, sectionId, items, &report))
        return fail(CommandLine::tr("The import could not start."));

    bool ok = true;
    const bool merge = m_p.parser.isSet(m_p.merge);
    for (const BatchItem &item : std::as_const(report.items))
        ok = reportImported(item, *list, merge) && ok;
    say(m_out, BatchImporter::summary(report));
    return ok ? Success : Failure;
}

bool Runner::runImport(BatchImporter &importer, Metadata::Resolver &resolver, qint64 listId,
                       qint64 sectionId, const QList<DropItem> &items, BatchReport *report)
{
    QEventLoop loop;
    QObject::connect(&importer, &BatchImporter::finished, &loop, [&](const BatchReport &r) {
        *report = r;
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
    QObject::connect(&resolver, &Metadata::Resolver::waiting, &loop, [&](const QString &message) {
        clearProgress();
        say(m_err, message);
    });
    if (!importer.start(listId, sectionId, items))
        return false;
    loop.exec();
    clearProgress();
    return true;
}

bool Runner::reportImported(const BatchItem &item, const ListInfo &list, bool merge)
{
    switch (item.outcome) {
    case BatchItem::Outcome::Added:
        say(m_out,
            CommandLine::tr("Added: %1")
                .arg(Markdown::renderEntry(item.fields, list.entryTemplate)));
        return true;
    case BatchItem::Outcome::NeedsReview:
        say(m_out,
            CommandLine::tr("Added, needs review: %1")
                .arg(Markdown::renderEntry(item.fields, list.entryTemplate)));
        return true;
    case BatchItem::Outcome::Duplicate:
        if (merge) {
            QString error;
            const bool merged
                = m_curation.perform(CommandLine::tr("Merge into the existing entry"), [&] {
                      return BatchImporter::mergeInto(m_store, item, &error);
                  });
            if (!merged) {
                say(m_err, u"awesome-curator: %1: %2"_s.arg(item.source, error));
                return false;
            }
            say(m_out, CommandLine::tr("Merged: %1: %2").arg(item.source, item.message));
        } else {
            say(m_out, CommandLine::tr("Not added: %1: %2").arg(item.source, item.message));
        }
        return true;
    case BatchItem::Outcome::Failed:
    case BatchItem::Outcome::Skipped:
        say(m_err, u"awesome-curator: %1: %2"_s.arg(item.source, item.message));
        return false;
    }
    return true;
}

} // namespace Curator::Cli
