#include "readmeio.h"

#include "duplicates.h"
#include "identifier.h"
#include "logging.h"
#include "markdown/entryforms.h"
#include "markdown/entryrenderer.h"
#include "store.h"
#include "store/repodetect.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// lupdate finds the strings of this file under this context.
class ReadmeIO
{
    Q_DECLARE_TR_FUNCTIONS(Curator::ReadmeIO)
};

struct Existing
{
    qint64 id = 0;
    QByteArray raw;
    bool used = false;
};

ImportReport failure(ImportReport r, const QString &message, int line = 0)
{
    r.ok = false;
    r.error = message;
    r.errorLine = line;
    return r;
}

} // namespace

namespace {

// The name of the list a README goes into: the one asked for, else the README's title, else the
// file's (or its folder's, for a README.md).
QString listNameFor(const Markdown::ParsedReadme &doc, const ImportOptions &options)
{
    QString name = options.listName.trimmed();
    if (name.isEmpty())
        name = doc.title;
    if (name.isEmpty() && !options.sourcePath.isEmpty()) {
        const QFileInfo fi(options.sourcePath);
        name = fi.completeBaseName().compare(u"README"_s, Qt::CaseInsensitive) == 0
            ? fi.absoluteDir().dirName()
            : fi.completeBaseName();
    }
    if (name.isEmpty())
        name = ReadmeIO::tr("Untitled list");
    return name;
}

// A failure message when the README cannot be imported as it is (a paragraph that looks like an
// entry but cannot be read, without --force; no section at all); empty when it can.
std::optional<ImportReport> refusal(const ImportReport &report, const Markdown::ParsedReadme &doc,
                                    const ImportOptions &options)
{
    if (!doc.warnings.isEmpty() && !options.force) {
        return failure(
            report,
            doc.warnings.first().message + u' '
                + ReadmeIO::tr("Fix the file, or import with --force to keep such paragraphs "
                               "as plain text."),
            doc.warnings.first().line);
    }
    if (doc.sections.isEmpty())
        return failure(report,
                       ReadmeIO::tr("No section heading was found, so there is no entry to "
                                    "import. An awesome list has headings (# or ##) above its "
                                    "entries."));
    return std::nullopt;
}

// The list found by name and given the README's frame (header, trailer, line endings), or
// created with the template the README's entries share. 0 with `report` failed otherwise.
qint64 upsertList(Store &store, const Markdown::ParsedReadme &doc, const QString &name,
                  const ImportOptions &options, qint64 now, ImportReport *report)
{
    const QByteArrayView src(doc.source);
    qint64 listId = 0;
    {
        SqliteStatement find(store, "SELECT id FROM lists WHERE name = ?");
        find.bind(1, name);
        if (find.step() == SQLITE_ROW) {
            listId = find.int64(0);
            find.step();
        }
    }
    if (listId) {
        SqliteStatement dirty(store,
                              "SELECT count(*) FROM entries WHERE dirty = 1 AND section_id IN "
                              "(SELECT id FROM sections WHERE list_id = ?)");
        dirty.bind(1, listId);
        const int edited = dirty.step() == SQLITE_ROW ? int(dirty.int64(0)) : 0;
        dirty.step();
        if (edited > 0 && !options.force) {
            *report = failure(
                *report,
                ReadmeIO::tr("The list \"%1\" has edits that were not exported yet (entries: %n); "
                             "importing would replace them with the README's text. Export "
                             "first, or import with --force.",
                             nullptr, edited)
                    .arg(name));
            return 0;
        }
        SqliteStatement upd(store,
                            "UPDATE lists SET header = ?, trailer = ?, eol = ?, bom = ?, "
                            "final_newline = ?, source_path = ?, modified = ? WHERE id = ?");
        upd.bindBlob(1, doc.header.in(src));
        upd.bindBlob(2, doc.trailer.in(src));
        upd.bindBlob(3, doc.eol);
        upd.bind(4, doc.bom ? 1 : 0);
        upd.bind(5, doc.finalNewline ? 1 : 0);
        upd.bind(6, options.sourcePath);
        upd.bind(7, now);
        upd.bind(8, listId);
        if (!upd.run()) {
            *report = failure(*report, upd.error());
            return 0;
        }
        return listId;
    }
    SqliteStatement ins(store,
                        "INSERT INTO lists (name, header, trailer, eol, bom, final_newline, "
                        "source_path, entry_template, author_style, created, modified) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, name);
    ins.bindBlob(2, doc.header.in(src));
    ins.bindBlob(3, doc.trailer.in(src));
    ins.bindBlob(4, doc.eol);
    ins.bind(5, doc.bom ? 1 : 0);
    ins.bind(6, doc.finalNewline ? 1 : 0);
    ins.bind(7, options.sourcePath);
    // New entries are written the way the list writes most of its own (a table row in the
    // table's column order, a bullet in the bullets' style); else the seed's form.
    const QString inferred = Markdown::dominantTemplate(doc);
    ins.bind(8, inferred.isEmpty() ? Markdown::defaultEntryTemplate() : inferred);
    ins.bind(9, AuthorFormat::styleKey(AuthorStyle::Apa));
    ins.bind(10, now);
    ins.bind(11, now);
    if (!ins.run()) {
        *report = failure(*report, ins.error());
        return 0;
    }
    report->createdList = true;
    return sqlite3_last_insert_rowid(store.handle());
}

// What the list had, to match the README's entries against: every row under each key, in store
// order (a README may hold one entry twice, and each copy must find its own row again).
struct ExistingRows
{
    QList<qint64> sections;
    QList<Existing> entries;
    QHash<QByteArray, QList<qsizetype>> byRaw;
    QHash<QString, QList<qsizetype>> byDoi, byArxiv, byTitle;

    void load(Store &store, qint64 listId)
    {
        SqliteStatement secs(store, "SELECT id FROM sections WHERE list_id = ?");
        secs.bind(1, listId);
        while (secs.step() == SQLITE_ROW)
            sections.push_back(secs.int64(0));
        SqliteStatement ents(
            store,
            "SELECT id, raw, doi, arxiv_id, title FROM entries WHERE section_id IN "
            "(SELECT id FROM sections WHERE list_id = ?)");
        ents.bind(1, listId);
        while (ents.step() == SQLITE_ROW) {
            const qsizetype i = entries.size();
            entries.push_back({ents.int64(0), ents.bytes(1).toByteArray(), false});
            byRaw[entries.last().raw].append(i);
            if (const QString doi = ents.text(2); !doi.isEmpty())
                byDoi[Identifier::doiKey(doi)].append(i);
            if (const QString ax = ents.text(3); !ax.isEmpty())
                byArxiv[Duplicates::arxivKey(ax)].append(i);
            if (const QString t = Duplicates::titleKey(ents.text(4)); !t.isEmpty())
                byTitle[t].append(i);
        }
    }

    // The unused row that is this entry: the same text first, then the same DOI, arXiv id or
    // title; -1 for a new entry.
    qsizetype match(QByteArrayView raw, const Markdown::Utf8Fields &f) const
    {
        if (entries.isEmpty())
            return -1;
        qsizetype found = -1;
        auto take = [&](const QList<qsizetype> &rows) {
            for (qsizetype i : rows) {
                if (found >= 0)
                    return;
                if (!entries[i].used)
                    found = i;
            }
        };
        take(byRaw.value(raw.toByteArray()));
        if (!f.doi.isEmpty())
            take(byDoi.value(Identifier::doiKey(QString::fromUtf8(f.doi))));
        if (!f.arxivId.isEmpty())
            take(byArxiv.value(Duplicates::arxivKey(QString::fromUtf8(f.arxivId))));
        take(byTitle.value(Duplicates::titleKey(QString::fromUtf8(f.title))));
        return found;
    }
};

// The README's sections and entries written under the list: matched entries keep their rows
// (ids, notes, tags, PDF), the others are new. False with `report` failed.
bool writeSections(Store &store, const Markdown::ParsedReadme &doc, qint64 listId, qint64 now,
                   ExistingRows &old, ImportReport *report)
{
    const QByteArrayView src(doc.source);
    SqliteStatement insSection(
        store,
        "INSERT INTO sections (list_id, position, level, title, heading, intro) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    SqliteStatement insEntry(
        store,
        "INSERT INTO entries (section_id, position, authors, title, url, venue, "
        "year_text, year, doi, arxiv_id, raw, trail, created, modified, list_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14)");
    // A matched entry keeps its id and what the README does not say (structured authors while
    // the author string is the same, identifiers found by a look-up, notes, tags, PDF).
    SqliteStatement updEntry(
        store,
        "UPDATE entries SET section_id = ?1, position = ?2, "
        "authors_json = CASE WHEN authors = ?3 THEN authors_json ELSE '' END, "
        "authors = ?3, title = ?4, url = ?5, venue = ?6, year_text = ?7, year = ?8, "
        "doi = CASE WHEN ?9 = '' THEN doi ELSE ?9 END, "
        "arxiv_id = CASE WHEN ?10 = '' THEN arxiv_id ELSE ?10 END, "
        "modified = CASE WHEN raw = ?11 THEN modified ELSE ?13 END, "
        "raw = ?11, trail = ?12, dirty = 0 WHERE id = ?14");
    for (SqliteStatement *s : {&insSection, &insEntry, &updEntry}) {
        if (!s->isValid()) {
            *report = failure(*report, s->error());
            return false;
        }
    }
    for (qsizetype si = 0; si < doc.sections.size(); ++si) {
        const Markdown::ParsedSection &sec = doc.sections.at(si);
        insSection.bind(1, listId);
        insSection.bind(2, si);
        insSection.bind(3, sec.level);
        insSection.bind(4, sec.title);
        insSection.bindBlob(5, sec.heading.in(src));
        insSection.bindBlob(6, sec.intro.in(src));
        if (!insSection.run()) {
            *report = failure(*report, insSection.error());
            return false;
        }
        const qint64 sectionId = sqlite3_last_insert_rowid(store.handle());
        ++report->sections;

        for (qsizetype k = 0; k < sec.entryCount; ++k) {
            const Markdown::ParsedEntry &pe = doc.entries.at(sec.firstEntry + k);
            const Markdown::Utf8Fields f = Markdown::utf8FieldsOf(doc.source, pe.parts);
            const QByteArrayView raw = pe.raw.in(src);
            ++report->entries;
            const qsizetype match = old.match(raw, f);
            SqliteStatement &st = match >= 0 ? updEntry : insEntry;
            // Both statements number their parameters alike from 3 on (see above).
            st.bindStatic(3, f.authors);
            st.bindStatic(4, f.title);
            st.bindStatic(5, f.url);
            st.bindStatic(6, f.venue);
            st.bindStatic(7, f.yearText);
            st.bind(8, f.year);
            st.bindStatic(9, f.doi);
            st.bindStatic(10, f.arxivId);
            st.bindBlobStatic(11, raw);
            st.bindBlobStatic(12, pe.trail.in(src));
            st.bind(13, now);
            st.bind(1, sectionId);
            st.bind(2, k);
            if (match >= 0) {
                old.entries[match].used = true;
                st.bind(14, old.entries[match].id);
                ++report->updated;
            } else {
                st.bind(14, listId);
                ++report->added;
            }
            if (!st.run()) {
                *report = failure(*report, st.error(), pe.line);
                return false;
            }
        }
    }
    return true;
}

} // namespace

ImportReport importReadme(Store &store, const QByteArray &data, const ImportOptions &options)
{
    ImportReport report;
    if (!store.isOpen())
        return failure(report, ReadmeIO::tr("No store is open."));
    if (store.isReadOnly())
        return failure(
            report,
            ReadmeIO::tr("The store %1 is read-only; nothing was imported.").arg(store.path()));

    QElapsedTimer timer;
    timer.start();
    const Markdown::ReadResult read = Markdown::readReadme(data);
    qCDebug(lcImport) << "read" << timer.restart() << "ms";
    if (!read.ok)
        return failure(report, read.error.message, read.error.line);
    const Markdown::ParsedReadme &doc = read.readme;
    report.warnings = doc.warnings;
    if (const auto refused = refusal(report, doc, options))
        return *refused;
    const QString name = listNameFor(doc, options);
    report.listName = name;

    // The whole import in memory until it commits: a 100,000-entry list is about 60 MB of pages,
    // and spilling them to the WAL mid-way costs more than the parse.
    store.exec(u"PRAGMA cache_size = -98304"_s);
    struct RestoreCache
    {
        Store &s;
        ~RestoreCache() { s.exec(u"PRAGMA cache_size = -2000"_s); }
    } restoreCache{store};

    Store::Transaction transaction(store);
    if (!transaction.isActive())
        return failure(report, store.errorString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    const qint64 listId = upsertList(store, doc, name, options, now, &report);
    if (!listId)
        return report;
    report.listId = listId;

    ExistingRows old;
    if (!report.createdList) {
        old.load(store, listId);
        // The index forgets the list's old rows while they still hold what it indexed; it
        // learns the new ones in one pass at the end.
        if (!store.unindexEntries(Store::Scope::List, listId))
            return failure(report, store.errorString());
    }
    if (!writeSections(store, doc, listId, now, old, &report))
        return report;
    qCDebug(lcImport) << "rows" << timer.restart() << "ms";

    // The old sections go, and with them (by cascade) the entries the README no longer has.
    for (const Existing &e : old.entries) {
        if (!e.used)
            ++report.removed;
    }
    if (!old.sections.isEmpty()) {
        SqliteStatement del(store, "DELETE FROM sections WHERE id = ?");
        for (qint64 id : old.sections) {
            del.bind(1, id);
            if (!del.run())
                return failure(report, del.error());
        }
    }
    if (!store.indexEntries(Store::Scope::List, listId))
        return failure(report, store.errorString());
    qCDebug(lcImport) << "index" << timer.restart() << "ms";
    if (!transaction.commit())
        return failure(report, store.errorString());
    qCDebug(lcImport) << "commit" << timer.restart() << "ms";
    report.ok = true;
    qCInfo(lcImport) << "imported" << report.entries << "entries into" << name;
    return report;
}

ImportReport importReadmeFile(Store &store, const QString &path, ImportOptions options)
{
    ImportReport report;
    const QFileInfo info(path);
    if (!info.exists())
        return failure(report, ReadmeIO::tr("%1: no such file.").arg(path));
    if (info.isDir())
        return failure(report, ReadmeIO::tr("%1 is a directory, not a README file.").arg(path));
    if (info.size() > MaxReadmeBytes)
        return failure(report,
                       ReadmeIO::tr("%1 is %2 MB, larger than any README this app reads (%3 MB).")
                           .arg(path)
                           .arg(info.size() / (1024 * 1024))
                           .arg(MaxReadmeBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(report, ReadmeIO::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return failure(report, ReadmeIO::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    if (options.sourcePath.isEmpty())
        options.sourcePath = info.absoluteFilePath();
    const ImportReport report2 = importReadme(store, data, options);
    if (!report2.ok)
        return report2;
    // A README inside a git clone links its list to the clone (unless linked already), and the
    // linked README's text becomes what later changes in the repository are measured against.
    RepoLink link = store.repoLink(report2.listId);
    if (!link.isLinked()) {
        if (const auto found = detectRepository(info.absoluteFilePath())) {
            link = *found;
            store.setRepoLink(report2.listId, link);
        }
    }
    if (link.isLinked()
        && QFileInfo(link.readmeFile()).canonicalFilePath() == info.canonicalFilePath())
        store.setSyncedReadme(report2.listId, data);
    else
        store.markReadmeSeen(report2.listId, data);
    return report2;
}

namespace {

// The text of the first entry of a section that is not new, for a new entry placed first.
QByteArray firstEntryAfter(Store &store, qint64 sectionId)
{
    SqliteStatement q(store,
                      "SELECT raw FROM entries WHERE section_id = ? AND length(raw) > 0 "
                      "ORDER BY position LIMIT 1");
    q.bind(1, sectionId);
    QByteArray raw;
    if (q.step() == SQLITE_ROW)
        raw = q.bytes(0).toByteArray();
    q.step();
    return raw;
}

// The list's own row: what surrounds its sections, and how its edited entries are written.
struct ListFrame
{
    QByteArray header, trailer;
    bool bom = false;
    QByteArray eol;
    QString entryTemplate;
};

std::optional<ListFrame> listFrame(Store &store, qint64 listId)
{
    SqliteStatement list(
        store, "SELECT header, trailer, bom, eol, entry_template FROM lists WHERE id = ?");
    list.bind(1, listId);
    if (list.step() != SQLITE_ROW)
        return std::nullopt;
    ListFrame frame;
    frame.header = list.bytes(0).toByteArray();
    frame.trailer = list.bytes(1).toByteArray();
    frame.bom = list.int64(2) != 0;
    frame.eol = list.bytes(3).toByteArray();
    if (frame.eol.isEmpty())
        frame.eol = "\n";
    frame.entryTemplate = list.text(4);
    list.step();
    return frame;
}

void reserveForList(Store &store, qint64 listId, const ListFrame &frame, QByteArray &out)
{
    SqliteStatement size(store,
                         "SELECT coalesce(sum(length(raw) + length(trail)), 0) FROM entries "
                         "WHERE list_id = ?");
    size.bind(1, listId);
    if (size.step() == SQLITE_ROW)
        out.reserve(qsizetype(size.int64(0)) + frame.header.size() + frame.trailer.size() + 4096);
    size.step();
}

// The fields of the entry row `ents` stands on (the columns exportReadme() selects).
EntryFields storedFields(const SqliteStatement &ents)
{
    EntryFields f;
    f.authors = ents.text(4);
    f.title = ents.text(5);
    f.url = ents.text(6);
    f.venue = ents.text(7);
    f.yearText = ents.text(8);
    f.year = int(ents.int64(9));
    f.doi = ents.text(10);
    f.arxivId = ents.text(11);
    return f;
}

// Writes the list's sections in order: entries as they were read, or rendered again from their
// fields where they were edited.
struct SectionWriter
{
    Store &store;
    const ListFrame &frame;
    QByteArray &out;
    ExportResult &result;

    bool writeSections(qint64 listId);
    bool writeEntries(SqliteStatement &ents, qint64 sectionId);
    bool writeEdited(const SqliteStatement &ents, qint64 sectionId, QByteArray &previous,
                     bool firstOfSection);
    QByteArray placedNew(QByteArray text, const EntryFields &f, const QByteArray &previous,
                         bool firstOfSection, qint64 sectionId);
};

bool SectionWriter::writeSections(qint64 listId)
{
    SqliteStatement secs(store,
                         "SELECT id, heading, intro FROM sections WHERE list_id = ? "
                         "ORDER BY position");
    SqliteStatement ents(store,
                         "SELECT id, raw, trail, dirty, authors, title, url, venue, year_text, "
                         "year, doi, arxiv_id FROM entries WHERE section_id = ? ORDER BY position");
    secs.bind(1, listId);
    while (secs.step() == SQLITE_ROW) {
        out.append(secs.bytes(1));
        out.append(secs.bytes(2));
        ents.bind(1, secs.int64(0));
        if (!writeEntries(ents, secs.int64(0)))
            return false;
    }
    return true;
}

bool SectionWriter::writeEntries(SqliteStatement &ents, qint64 sectionId)
{
    // The entry before (or, for the first, after) a new one decides how it sits: an item
    // among items at their depth (fitToNeighbour).
    QByteArray previous;
    bool firstOfSection = true;
    while (ents.step() == SQLITE_ROW) {
        const qsizetype begin = out.size();
        if (ents.int64(3) == 0) {
            out.append(ents.bytes(1));
            previous = ents.bytes(1).toByteArray();
        } else if (!writeEdited(ents, sectionId, previous, firstOfSection)) {
            return false;
        }
        result.entrySpans.append({ents.int64(0), begin, out.size()});
        out.append(ents.bytes(2));
        firstOfSection = false;
    }
    return true;
}

bool SectionWriter::writeEdited(const SqliteStatement &ents, qint64 sectionId, QByteArray &previous,
                                bool firstOfSection)
{
    const EntryFields f = storedFields(ents);
    // A store from before links were checked may hold a javascript: or file: link:
    // refused rather than written as a link, or silently written without one.
    if (!Identifier::isWebUrl(f.url)) {
        result.error = ReadmeIO::tr("The entry “%1” links to “%2”, which is not an http or "
                                    "https address. Nothing was exported: correct the entry’s "
                                    "URL, then export again.")
                           .arg(f.title.left(200), f.url.trimmed().left(200));
        return false;
    }
    const QByteArray raw = ents.bytes(1).toByteArray();
    QByteArray text = Markdown::rerenderEntry(raw, f, frame.entryTemplate, frame.eol);
    if (raw.isEmpty())
        text = placedNew(std::move(text), f, previous, firstOfSection, sectionId);
    previous = text;
    out += text;
    result.renderedEntries.push_back({ents.int64(0), text});
    ++result.rendered;
    return true;
}

QByteArray SectionWriter::placedNew(QByteArray text, const EntryFields &f,
                                    const QByteArray &previous, bool firstOfSection,
                                    qint64 sectionId)
{
    QByteArray neighbour = previous;
    if (firstOfSection)
        neighbour = firstEntryAfter(store, sectionId);
    // In a section of another kind than the list's template (a table among
    // bulleted sections), the new entry takes the form of the one beside it.
    if (!neighbour.isEmpty()
        && Markdown::blockKindOf(neighbour)
            != Markdown::blockKindOf(frame.entryTemplate.toUtf8())) {
        const QString local = Markdown::entryTemplateOfText(neighbour);
        if (!local.isEmpty())
            text = Markdown::rerenderEntry({}, f, local, frame.eol);
    }
    return Markdown::fitToNeighbour(text, neighbour);
}

} // namespace

ExportResult exportReadme(Store &store, qint64 listId)
{
    ExportResult result;
    if (!store.isOpen()) {
        result.error = ReadmeIO::tr("No store is open.");
        return result;
    }
    // One read transaction, so a writer in another process cannot change the list mid-way.
    if (!store.exec(u"BEGIN"_s)) {
        result.error = store.errorString();
        return result;
    }
    struct EndRead
    {
        Store &s;
        ~EndRead() { s.exec(u"COMMIT"_s); }
    } endRead{store};

    const std::optional<ListFrame> frame = listFrame(store, listId);
    if (!frame) {
        result.error = ReadmeIO::tr("There is no such list.");
        return result;
    }
    QByteArray out;
    reserveForList(store, listId, *frame, out);
    if (frame->bom)
        out += "\xEF\xBB\xBF";
    out += frame->header;
    if (!SectionWriter{store, *frame, out, result}.writeSections(listId))
        return result;
    out += frame->trailer;
    result.data = std::move(out);
    result.ok = true;
    return result;
}

bool exportReadmeToFile(Store &store, qint64 listId, const QString &path, QString *error)
{
    ExportResult r = exportReadme(store, listId);
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    if (QFileInfo(path).isDir()) {
        *error = ReadmeIO::tr("%1 is a directory; give the README's file name.").arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = ReadmeIO::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    // A full disk shows as a short write with no error; writing the rest then fails with the
    // reason ("No space left on device"), which is what the message should say.
    qint64 written = 0;
    while (written < r.data.size()) {
        const qint64 n = f.write(r.data.constData() + written, r.data.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != r.data.size() || !f.commit()) {
        *error = ReadmeIO::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (store.isReadOnly())
        return true;
    // The file now holds these entries as rendered: that text is their new original.
    Store::Transaction t(store);
    SqliteStatement stamp(store, "UPDATE lists SET last_export = ? WHERE id = ?");
    stamp.bind(1, QDateTime::currentMSecsSinceEpoch());
    stamp.bind(2, listId);
    if (!stamp.run()) {
        *error = ReadmeIO::tr("%1 was written, but the store could not record it: %2")
                     .arg(path, stamp.error());
        return false;
    }
    SqliteStatement mark(store, "UPDATE entries SET raw = ?, dirty = 0 WHERE id = ?");
    for (const auto &[id, text] : std::as_const(r.renderedEntries)) {
        mark.bindBlob(1, text);
        mark.bind(2, id);
        if (!mark.run()) {
            *error = ReadmeIO::tr("%1 was written, but the store could not record it: %2")
                         .arg(path, mark.error());
            return false;
        }
    }
    if (!t.commit()) {
        *error = ReadmeIO::tr("%1 was written, but the store could not record it: %2")
                     .arg(path, store.errorString());
        return false;
    }
    return true;
}

} // namespace Curator
