#include "changesummary.h"

#include "authorformat.h"
#include "duplicates.h"
#include "markdown/readmereader.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// lupdate finds the strings of this file under this context.
class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::ChangeSummary)
};

// git's advice for a subject line; GitHub cuts pull request titles shown in lists near it too.
constexpr qsizetype MaxSubject = 72;
constexpr qsizetype MaxBranchStem = 40;
// Longer titles are cut at their first ':' in a subject ("The ELM Neuron: an Efficient …").
constexpr qsizetype LongTitle = 50;

// --- Reading both versions -----------------------------------------------------------------------

struct Version
{
    Markdown::ParsedReadme readme;
    QList<QByteArray> raw; // each entry's text, line endings as "\n", without the last one
    QList<EntryFields> fields;
};

QByteArray comparable(QByteArrayView text)
{
    QByteArray out = text.toByteArray();
    out.replace("\r\n", "\n");
    while (out.endsWith('\n'))
        out.chop(1);
    return out;
}

Version read(QByteArrayView data)
{
    Version v;
    Markdown::ReadResult r = Markdown::readReadme(data.toByteArray());
    if (!r.ok)
        return v; // empty or not text: no entries, and the catch-all below reports the change
    v.readme = std::move(r.readme);
    const QByteArrayView source(v.readme.source);
    for (const Markdown::ParsedEntry &e : std::as_const(v.readme.entries)) {
        v.raw.append(comparable(e.raw.in(source)));
        v.fields.append(Markdown::fieldsOf(source, e.parts));
    }
    return v;
}

// Letters and digits only, case-folded: the title as a reader would compare it.
QString titleKey(const QString &title)
{
    QString key;
    key.reserve(title.size());
    for (QChar c : title) {
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    }
    return key;
}

// Pairs entries of the two versions in passes, each pass only among the still unpaired, and
// each time with the first old entry that shares a key (so repeated entries pair in order).
void pairBy(const std::function<QStringList(const Version &, qsizetype)> &keysOf,
            const Version &oldV, const Version &newV, QList<qsizetype> &oldPair,
            QList<qsizetype> &newPair)
{
    QHash<QString, QList<qsizetype>> byKey;
    for (qsizetype i = 0; i < oldV.raw.size(); ++i) {
        if (oldPair.at(i) >= 0)
            continue;
        for (const QString &k : keysOf(oldV, i))
            byKey[k].append(i);
    }
    if (byKey.isEmpty())
        return;
    for (qsizetype j = 0; j < newV.raw.size(); ++j) {
        if (newPair.at(j) >= 0)
            continue;
        for (const QString &k : keysOf(newV, j)) {
            const auto it = byKey.constFind(k);
            if (it == byKey.constEnd())
                continue;
            qsizetype found = -1;
            for (qsizetype i : *it) {
                if (oldPair.at(i) < 0) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                oldPair[found] = j;
                newPair[j] = found;
                break;
            }
        }
    }
}

// The document with its entries reduced to their pairing: header, headings and the non-blank
// text between entries, with each paired entry as the index of its old version. Unpaired entries
// (added or removed ones) drop out with the blank lines around them, so that two versions give
// the same sequence exactly when nothing but entry texts changed.
QList<QByteArray> skeleton(const Version &v, const QList<qsizetype> &pairIds)
{
    QList<QByteArray> out;
    const QByteArrayView s(v.readme.source);
    auto text = [&](char tag, const Markdown::Span &span) {
        const QByteArray t = comparable(span.in(s)).trimmed();
        if (!t.isEmpty())
            out.append(tag + t);
    };
    text('H', v.readme.header);
    for (const Markdown::ParsedSection &sec : v.readme.sections) {
        text('S', sec.heading);
        text('I', sec.intro);
        for (qsizetype i = sec.firstEntry; i < sec.firstEntry + sec.entryCount; ++i) {
            if (pairIds.at(i) >= 0)
                out.append('E' + QByteArray::number(pairIds.at(i)));
            text('T', v.readme.entries.at(i).trail);
        }
    }
    text('X', v.readme.trailer);
    return out;
}

ChangeSummary::Item itemOf(const EntryFields &f)
{
    ChangeSummary::Item item;
    item.title = f.title;
    item.authors = f.authors;
    item.year = f.year;
    item.url = f.url;
    const QList<PersonName> names = AuthorFormat::parse(f.authors);
    if (!names.isEmpty()) {
        const PersonName &first = names.constFirst();
        item.firstAuthorSurname = first.isLiteral() ? first.literal : first.family;
    }
    return item;
}

// --- Wording -------------------------------------------------------------------------------------

enum class Verb { Add, Update, Remove };

// Titles and names come from a README anyone may have edited, or from a look-up: in a commit
// message each stays on its line. Control characters (a line feed would start a new paragraph
// or a "Signed-off-by:" trailer; an escape sequence would reach the terminal showing `git log`),
// line and paragraph separators, and the bidirectional overrides that make text read otherwise
// than it is stored become spaces.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            c = u' ';
    }
    return out.simplified();
}

QString shortTitle(const QString &title)
{
    if (title.size() > LongTitle) {
        const qsizetype colon = title.indexOf(u':');
        if (colon > 0)
            return title.left(colon).trimmed();
    }
    return title;
}

// "Spieler et al.", "Krotov & Hopfield", "Granier", or empty.
QString authorPhrase(const ChangeSummary::Item &item)
{
    const QList<PersonName> names = AuthorFormat::parse(item.authors);
    auto surname = [](const PersonName &n) {
        return n.isLiteral() ? n.literal : n.family;
    };
    const QString first = !item.firstAuthorSurname.isEmpty() || names.isEmpty()
        ? item.firstAuthorSurname
        : surname(names.constFirst());
    if (first.isEmpty())
        return {};
    // The parser drops truncation marks, so a cut list can parse as one or two names.
    const bool cut = item.authors.contains(u"et al"_s, Qt::CaseInsensitive)
        || item.authors.contains(u"..."_s) || item.authors.contains(u'…');
    if (cut || names.size() > 2)
        return SummaryText::tr("%1 et al.").arg(first);
    if (names.size() == 2)
        return SummaryText::tr("%1 & %2").arg(first, surname(names.at(1)));
    return first;
}

QString phrase(const ChangeSummary::Item &item, const QString &rawTitle)
{
    const QString title = oneLine(rawTitle);
    const QString who = oneLine(authorPhrase(item));
    const QString year = item.year > 0 ? QString::number(item.year) : QString();
    QString credit;
    if (!who.isEmpty() && !year.isEmpty())
        credit = SummaryText::tr("%1, %2", "authors, year").arg(who, year);
    else
        credit = who.isEmpty() ? year : who;
    if (credit.isEmpty())
        return SummaryText::tr("\"%1\"", "a paper's title").arg(title);
    return SummaryText::tr("\"%1\" (%2)", "a paper's title (authors, year)").arg(title, credit);
}

QString sentence(Verb verb, const QString &what)
{
    switch (verb) {
    case Verb::Add:
        return SummaryText::tr("Add %1", "a paper").arg(what);
    case Verb::Update:
        return SummaryText::tr("Update %1", "a paper").arg(what);
    case Verb::Remove:
        return SummaryText::tr("Remove %1", "a paper").arg(what);
    }
    return what;
}

// The single-paper subject, its title shortened with "…" until the line fits.
QString fittedSentence(Verb verb, const ChangeSummary::Item &item)
{
    QString title = shortTitle(oneLine(item.title));
    QString s = sentence(verb, phrase(item, title));
    if (s.size() <= MaxSubject)
        return s;
    qsizetype keep = title.size() - (s.size() - MaxSubject) - 1;
    // Rather whole words, unless that loses more than half of what fits.
    if (keep > 0 && !title.at(keep).isSpace()) {
        const qsizetype space = title.lastIndexOf(u' ', keep - 1);
        if (space > keep / 2)
            keep = space;
    }
    if (keep > 0 && title.at(keep - 1).isHighSurrogate())
        --keep;
    if (keep > 0) {
        title = title.left(keep).trimmed() + u'…';
        s = sentence(verb, phrase(item, title));
    }
    if (s.size() > MaxSubject) { // an author list too long to fit even without a title
        qsizetype cut = MaxSubject - 1;
        if (s.at(cut - 1).isHighSurrogate())
            --cut;
        s = s.left(cut) + u'…';
    }
    return s;
}

// --- Branch names --------------------------------------------------------------------------------

// Lower-case ASCII words: accents dropped ("Schölkopf" -> "scholkopf"), apostrophes joined
// ("don't" -> "dont"), everything else separating.
QStringList asciiWords(const QString &text)
{
    QStringList words;
    QString word;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    auto flush = [&] {
        if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    };
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            word += c;
        } else if (u >= u'A' && u <= u'Z') {
            word += QChar(u - u'A' + u'a');
        } else if (u == u'\'' || u == u'’' || u == u'ʼ') {
            // part of the word
        } else if (c.category() == QChar::Mark_NonSpacing) {
            // an accent split off by the decomposition
        } else if (u == u'ß') {
            word += u"ss"_s;
        } else if (u == u'æ' || u == u'Æ') {
            word += u"ae"_s;
        } else if (u == u'œ' || u == u'Œ') {
            word += u"oe"_s;
        } else if (u == u'ø' || u == u'Ø') {
            word += u'o';
        } else if (u == u'ł' || u == u'Ł') {
            word += u'l';
        } else if (u == u'đ' || u == u'Đ') {
            word += u'd';
        } else {
            flush();
        }
    }
    flush();
    return words;
}

bool isStopWord(const QString &w)
{
    static const QStringList stop
        = {u"a"_s,  u"an"_s, u"and"_s, u"are"_s, u"as"_s, u"at"_s,  u"by"_s, u"for"_s, u"from"_s,
           u"in"_s, u"is"_s, u"of"_s,  u"on"_s,  u"or"_s, u"the"_s, u"to"_s, u"via"_s, u"with"_s};
    return stop.contains(w);
}

QString verbStem(Verb verb)
{
    switch (verb) {
    case Verb::Add:
        return u"add"_s;
    case Verb::Update:
        return u"update"_s;
    case Verb::Remove:
        return u"remove"_s;
    }
    return u"update"_s;
}

QString singleStem(Verb verb, const ChangeSummary::Item &item)
{
    const QString head = verbStem(verb);
    const QString tail = item.year > 0 ? u"-"_s + QString::number(item.year) : QString();
    QStringList words = asciiWords(shortTitle(item.title));
    QStringList meaningful;
    for (const QString &w : std::as_const(words)) {
        if (!isStopWord(w))
            meaningful.append(w);
    }
    if (!meaningful.isEmpty())
        words = meaningful;
    QString middle;
    const qsizetype room = MaxBranchStem - head.size() - tail.size() - 1;
    for (const QString &w : std::as_const(words)) {
        const qsizetype extra = (middle.isEmpty() ? 0 : 1) + w.size();
        if (middle.size() + extra <= room) {
            middle += (middle.isEmpty() ? QString() : u"-"_s) + w;
        } else {
            if (middle.isEmpty())
                middle = w.left(room); // one very long word
            break;
        }
    }
    if (middle.isEmpty())
        middle = u"paper"_s;
    return head + u'-' + middle + tail;
}

} // namespace

QString ChangeSummary::describe(const Item &item, bool shorten)
{
    const QString title = oneLine(item.title);
    return phrase(item, shorten ? shortTitle(title) : title);
}

QString ChangeSummary::commitSubject() const
{
    const qsizetype a = added.size(), e = edited.size(), r = removed.size();
    const int kinds = (a > 0) + (e > 0) + (r > 0);
    if (kinds == 0)
        return SummaryText::tr("Update README");
    if (kinds == 1 && a + e + r == 1) {
        if (a == 1)
            return fittedSentence(Verb::Add, added.constFirst());
        if (e == 1)
            return fittedSentence(Verb::Update, edited.constFirst());
        return fittedSentence(Verb::Remove, removed.constFirst());
    }
    // The first part names the papers, the rest only count them: "Add 2 papers, update 1".
    QStringList parts;
    if (a > 0)
        parts << SummaryText::tr("Add %n papers", nullptr, int(a));
    if (e > 0) {
        parts << (parts.isEmpty() ? SummaryText::tr("Update %n papers", nullptr, int(e))
                                  : SummaryText::tr("update %n", "papers", int(e)));
    }
    if (r > 0) {
        parts << (parts.isEmpty() ? SummaryText::tr("Remove %n papers", nullptr, int(r))
                                  : SummaryText::tr("remove %n", "papers", int(r)));
    }
    QString subject = parts.takeFirst();
    for (const QString &p : std::as_const(parts))
        subject = SummaryText::tr("%1, %2", "parts of a commit subject").arg(subject, p);
    return subject;
}

QString ChangeSummary::commitBody() const
{
    if (added.isEmpty() && edited.isEmpty() && removed.isEmpty())
        return {};
    QStringList lines;
    for (const Item &i : added)
        lines << u"- "_s + sentence(Verb::Add, describe(i, false));
    for (const Item &i : edited)
        lines << u"- "_s + sentence(Verb::Update, describe(i, false));
    for (const Item &i : removed)
        lines << u"- "_s + sentence(Verb::Remove, describe(i, false));
    if (otherChanges)
        lines << u"- "_s + SummaryText::tr("Other changes to the README");
    return lines.join(u'\n');
}

QString ChangeSummary::branchStem() const
{
    const qsizetype a = added.size(), e = edited.size(), r = removed.size();
    const int kinds = (a > 0) + (e > 0) + (r > 0);
    if (kinds != 1)
        return u"update-readme"_s;
    const Verb verb = a > 0 ? Verb::Add : e > 0 ? Verb::Update : Verb::Remove;
    const QList<Item> &items = a > 0 ? added : e > 0 ? edited : removed;
    if (items.size() == 1)
        return singleStem(verb, items.constFirst());
    return verbStem(verb) + u'-' + QString::number(items.size()) + u"-papers"_s;
}

QString ChangeSummary::pullRequestTitle() const
{
    return commitSubject();
}

QString ChangeSummary::pullRequestBody() const
{
    const QString body = commitBody();
    const QString footer = SummaryText::tr("Made with Awesome Curator.");
    return body.isEmpty() ? footer : body + u"\n\n"_s + footer;
}

namespace {

QList<QByteArrayView> linesOf(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype b = 0;
    while (b <= text.size()) {
        qsizetype e = text.indexOf('\n', b);
        if (e < 0)
            e = text.size();
        lines.append(text.sliced(b, e - b));
        b = e + 1;
    }
    return lines;
}

bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

// A line the region reader cannot read out of context: a table row (it needs the table's
// header) or HTML (its <table>).
bool needsItsContext(QByteArrayView line)
{
    const QByteArrayView t = line.trimmed();
    return !t.isEmpty() && (t.front() == '|' || t.front() == '<');
}

// A reference-style link definition ("[1]: https://…"): an entry's link may be defined anywhere
// in the document, so such a document is read whole.
bool isLinkDefinition(QByteArrayView line)
{
    const QByteArrayView t = line.trimmed();
    if (t.isEmpty() || t.front() != '[' || line.size() - t.size() > 3)
        return false;
    const qsizetype close = t.indexOf("]:");
    return close > 0 && !t.sliced(1, close - 1).contains(']');
}

// The lines inside code fences, HTML comments and <pre>/<script>/<style>/<textarea> blocks
// (delimiters included), which may span blank lines: a region that touches one is read whole.
QList<bool> opaqueLines(const QList<QByteArrayView> &lines)
{
    QList<bool> opaque(lines.size(), false);
    QByteArray fence; // the opening fence's characters while inside one
    QByteArray closing; // what ends the HTML block we are in
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Most lines hold none of the marks that open or close such a block: no work for them.
        const QByteArrayView line = lines[i];
        if (fence.isEmpty() && closing.isEmpty() && !line.contains('<') && !line.contains('`')
            && !line.contains('~'))
            continue;
        const QByteArrayView t = line.trimmed();
        const bool indentedLittle = line.indexOf(t.isEmpty() ? QByteArrayView(" ") : t) <= 3;
        if (!fence.isEmpty()) {
            opaque[i] = true;
            if (t.startsWith(fence))
                fence.clear();
            continue;
        }
        if (!closing.isEmpty()) {
            opaque[i] = true;
            if (QByteArray(t.data(), t.size()).toLower().contains(closing))
                closing.clear();
            continue;
        }
        if (indentedLittle && (t.startsWith("```") || t.startsWith("~~~"))) {
            opaque[i] = true;
            fence = t.first(3).toByteArray();
            continue;
        }
        const QByteArray lower = QByteArray(t.data(), t.size()).toLower();
        const qsizetype comment = lower.indexOf("<!--");
        if (comment >= 0 && lower.indexOf("-->", comment + 4) < 0) {
            opaque[i] = true;
            closing = "-->";
            continue;
        }
        for (const char *tag : {"pre", "script", "style", "textarea"}) {
            const QByteArray open = QByteArray("<") + tag;
            const QByteArray close = QByteArray("</") + tag + '>';
            if (lower.startsWith(open) && !lower.contains(close)) {
                opaque[i] = true;
                closing = close;
                break;
            }
        }
    }
    return opaque;
}

// Byte-order mark, line endings and the final newline change the file, not its entries.
bool sameFileConventions(QByteArrayView oldReadme, QByteArrayView newReadme)
{
    const bool oldBom = oldReadme.startsWith("\xEF\xBB\xBF");
    const bool newBom = newReadme.startsWith("\xEF\xBB\xBF");
    const bool oldCrlf = oldReadme.contains("\r\n");
    const bool newCrlf = newReadme.contains("\r\n");
    return oldBom == newBom && oldCrlf == newCrlf
        && oldReadme.endsWith('\n') == newReadme.endsWith('\n');
}

bool hasLinkDefinition(const QList<QByteArrayView> &lines)
{
    for (QByteArrayView l : lines) {
        if (isLinkDefinition(l))
            return true;
    }
    return false;
}

// Each change grows to whole blocks: up and down to blank lines, and on past a blank line
// while the block is an indented continuation (an item's second paragraph). Outside the
// changes both versions have the same lines, so a region grows by the same count in both.
struct Region
{
    qsizetype oldBegin, oldEnd, newBegin, newEnd; // 0-based, half-open
};

bool continuesItem(QByteArrayView line)
{
    return !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
}

Region hunkRegion(const TextDiff::Hunk &h)
{
    Region r;
    r.oldBegin = h.oldCount ? h.oldStart - 1 : h.oldStart;
    r.oldEnd = r.oldBegin + h.oldCount;
    r.newBegin = h.newCount ? h.newStart - 1 : h.newStart;
    r.newEnd = r.newBegin + h.newCount;
    return r;
}

// Two more blocks of context each way: an entry may span blocks (a title paragraph, then
// its list of links), and the outermost block, read the same in both versions, pairs.
void addContextBlocks(Region &r, const QList<QByteArrayView> &oldLines,
                      const QList<QByteArrayView> &newLines)
{
    for (int block = 0; block < 2; ++block) {
        while (r.oldBegin > 0 && r.newBegin > 0 && isBlank(oldLines[r.oldBegin - 1])) {
            --r.oldBegin;
            --r.newBegin;
        }
        while (r.oldBegin > 0 && r.newBegin > 0 && !isBlank(oldLines[r.oldBegin - 1])) {
            --r.oldBegin;
            --r.newBegin;
        }
        while (r.oldEnd < oldLines.size() && r.newEnd < newLines.size()
               && isBlank(oldLines[r.oldEnd])) {
            ++r.oldEnd;
            ++r.newEnd;
        }
        while (r.oldEnd < oldLines.size() && r.newEnd < newLines.size()
               && !isBlank(oldLines[r.oldEnd])) {
            ++r.oldEnd;
            ++r.newEnd;
        }
    }
}

void growToWholeItems(Region &r, const QList<QByteArrayView> &oldLines,
                      const QList<QByteArrayView> &newLines)
{
    for (bool grew = true; grew;) {
        grew = false;
        while (r.oldBegin > 0 && r.newBegin > 0 && !isBlank(oldLines[r.oldBegin - 1])) {
            --r.oldBegin;
            --r.newBegin;
            grew = true;
        }
        const bool insideItem = (r.oldBegin < r.oldEnd && continuesItem(oldLines[r.oldBegin]))
            || (r.newBegin < r.newEnd && continuesItem(newLines[r.newBegin]));
        if (insideItem && r.oldBegin > 0 && r.newBegin > 0) {
            --r.oldBegin; // the blank line; the loop takes the block above
            --r.newBegin;
            grew = true;
        }
        while (r.oldEnd < oldLines.size() && r.newEnd < newLines.size()
               && !isBlank(oldLines[r.oldEnd])) {
            ++r.oldEnd;
            ++r.newEnd;
            grew = true;
        }
        // A blank line and then an indented line below: the item goes on.
        qsizetype next = r.oldEnd;
        while (next < oldLines.size() && isBlank(oldLines[next]))
            ++next;
        if (next > r.oldEnd && next < oldLines.size() && continuesItem(oldLines[next])
            && r.newEnd + (next - r.oldEnd) <= newLines.size()) {
            r.newEnd += next - r.oldEnd;
            r.oldEnd = next;
            grew = true;
        }
    }
}

QList<Region> changedRegions(const TextDiff::Diff &d, const QList<QByteArrayView> &oldLines,
                             const QList<QByteArrayView> &newLines)
{
    QList<Region> regions;
    for (const TextDiff::Hunk &h : d.hunks) {
        Region r = hunkRegion(h);
        addContextBlocks(r, oldLines, newLines);
        growToWholeItems(r, oldLines, newLines);
        if (!regions.isEmpty() && r.oldBegin <= regions.last().oldEnd) {
            regions.last().oldEnd = std::max(regions.last().oldEnd, r.oldEnd);
            regions.last().newEnd = std::max(regions.last().newEnd, r.newEnd);
        } else {
            regions.append(r);
        }
    }
    return regions;
}

bool linesReadableAlone(const QList<QByteArrayView> &lines, const QList<bool> &opaque,
                        qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (opaque[i] || needsItsContext(lines[i]))
            return false;
    }
    return true;
}

bool readableOutOfContext(const QList<Region> &regions, const QList<QByteArrayView> &oldLines,
                          const QList<bool> &oldOpaque, const QList<QByteArrayView> &newLines,
                          const QList<bool> &newOpaque)
{
    for (const Region &r : regions) {
        if (!linesReadableAlone(oldLines, oldOpaque, r.oldBegin, r.oldEnd)
            || !linesReadableAlone(newLines, newOpaque, r.newBegin, r.newEnd))
            return false;
        // The block just outside a region, too: a region that starts right after an opaque
        // block's last line is read without it.
        if ((r.oldBegin > 0 && oldOpaque[r.oldBegin - 1])
            || (r.oldEnd < oldOpaque.size() && oldOpaque[r.oldEnd]))
            return false;
    }
    return true;
}

qsizetype regionLineCount(const QList<Region> &regions)
{
    qsizetype total = 0;
    for (const Region &r : regions)
        total += (r.oldEnd - r.oldBegin) + (r.newEnd - r.newBegin);
    return total;
}

// Each region in a section of its own (a heading both versions share), so that its blocks
// are read as entries and never run into the next region's.
QByteArray excerpt(const QList<Region> &regions, const QList<QByteArrayView> &lines, bool old)
{
    QByteArray out;
    for (const Region &r : regions) {
        out += "# \xE2\x80\x8B\n\n";
        const qsizetype b = old ? r.oldBegin : r.newBegin;
        const qsizetype e = old ? r.oldEnd : r.newEnd;
        for (qsizetype i = b; i < e; ++i) {
            out += lines[i];
            out += '\n';
        }
        out += '\n';
    }
    return out;
}

} // namespace

ChangeSummary summarizeChange(QByteArrayView oldReadme, QByteArrayView newReadme)
{
    // A large list changed in a few places (one paper added to 100,000): only the blocks around
    // the changed lines are read, which gives the same summary in a fraction of the time.
    constexpr qsizetype regionThreshold = 256 * 1024;
    if (oldReadme.size() + newReadme.size() > regionThreshold) {
        if (const auto fast = Detail::summarizeChangedRegions(oldReadme, newReadme))
            return *fast;
    }
    return Detail::summarizeWholeDocuments(oldReadme, newReadme);
}

namespace Detail {

std::optional<ChangeSummary> summarizeChangedRegions(QByteArrayView oldReadme,
                                                     QByteArrayView newReadme)
{
    if (oldReadme == newReadme)
        return ChangeSummary();
    if (!sameFileConventions(oldReadme, newReadme))
        return std::nullopt;
    const QList<QByteArrayView> oldLines = linesOf(oldReadme);
    const QList<QByteArrayView> newLines = linesOf(newReadme);
    if (hasLinkDefinition(oldLines) || hasLinkDefinition(newLines))
        return std::nullopt;
    const QList<bool> oldOpaque = opaqueLines(oldLines);
    const QList<bool> newOpaque = opaqueLines(newLines);
    const TextDiff::Diff d = TextDiff::diff(oldReadme, newReadme, 0);
    if (d.hunks.size() > 200)
        return std::nullopt;
    const QList<Region> regions = changedRegions(d, oldLines, newLines);
    if (!readableOutOfContext(regions, oldLines, oldOpaque, newLines, newOpaque))
        return std::nullopt;
    if (regionLineCount(regions) > 20000)
        return std::nullopt;
    ChangeSummary summary = summarizeWholeDocuments(excerpt(regions, oldLines, true),
                                                    excerpt(regions, newLines, false));
    return summary;
}

ChangeSummary summarizeWholeDocuments(QByteArrayView oldReadme, QByteArrayView newReadme)
{
    ChangeSummary summary;
    if (oldReadme == newReadme)
        return summary;
    const Version oldV = read(oldReadme);
    const Version newV = read(newReadme);

    QList<qsizetype> oldPair(oldV.raw.size(), -1), newPair(newV.raw.size(), -1);
    pairBy(
        [](const Version &v, qsizetype i) { return QStringList{QString::fromUtf8(v.raw.at(i))}; },
        oldV, newV, oldPair, newPair);
    pairBy(
        [](const Version &v, qsizetype i) {
            QStringList keys;
            const EntryFields &f = v.fields.at(i);
            if (!f.doi.isEmpty())
                keys << u"doi:"_s + Duplicates::doiKey(f.doi);
            if (!f.arxivId.isEmpty())
                keys << u"arxiv:"_s + Duplicates::arxivKey(f.arxivId);
            return keys;
        },
        oldV, newV, oldPair, newPair);
    pairBy(
        [](const Version &v, qsizetype i) {
            const QString key = titleKey(v.fields.at(i).title);
            return key.isEmpty() ? QStringList() : QStringList{key};
        },
        oldV, newV, oldPair, newPair);

    for (qsizetype j = 0; j < newV.raw.size(); ++j) {
        const qsizetype i = newPair.at(j);
        if (i < 0)
            summary.added.append(itemOf(newV.fields.at(j)));
        else if (oldV.raw.at(i) != newV.raw.at(j))
            summary.edited.append(itemOf(newV.fields.at(j)));
    }
    for (qsizetype i = 0; i < oldV.raw.size(); ++i) {
        if (oldPair.at(i) < 0)
            summary.removed.append(itemOf(oldV.fields.at(i)));
    }

    QList<qsizetype> oldIds(oldV.raw.size());
    for (qsizetype i = 0; i < oldIds.size(); ++i)
        oldIds[i] = oldPair.at(i) >= 0 ? i : -1;
    summary.otherChanges = skeleton(oldV, oldIds) != skeleton(newV, newPair)
        || oldV.readme.bom != newV.readme.bom || oldV.readme.eol != newV.readme.eol
        || oldV.readme.finalNewline != newV.readme.finalNewline;
    // Whatever the comparison above sets aside (white space between blocks, say) still changes
    // the file: a summary must not call a change empty.
    if (summary.isEmpty())
        summary.otherChanges = true;
    return summary;
}

} // namespace Detail

} // namespace Curator
