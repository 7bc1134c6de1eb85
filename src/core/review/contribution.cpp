#include "contribution.h"

#include "duplicates.h"
#include "identifier.h"
#include "markdown/entryforms.h"
#include "markdown/entryrenderer.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator::Review {

namespace {

class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Review)
};

using Markdown::EntryForm;

struct ReadList
{
    Markdown::ParsedReadme readme;
    QList<ListedEntry> entries;
    QStringList sections;
};

QByteArray trimmedRaw(const QByteArray &raw)
{
    qsizetype end = raw.size();
    while (end > 0
           && (raw.at(end - 1) == '\n' || raw.at(end - 1) == '\r' || raw.at(end - 1) == ' '
               || raw.at(end - 1) == '\t'))
        --end;
    return raw.left(end);
}

std::optional<ReadList> readList(const QByteArray &data, const QString &which, QString *error)
{
    Markdown::ReadResult r = Markdown::readReadme(data);
    if (!r.ok) {
        *error = ReviewText::tr("The %1 README could not be read: line %2: %3")
                     .arg(which)
                     .arg(r.error.line)
                     .arg(r.error.message);
        return std::nullopt;
    }
    ReadList list;
    list.readme = std::move(r.readme);
    const QByteArray &source = list.readme.source;
    for (qsizetype si = 0; si < list.readme.sections.size(); ++si) {
        const Markdown::ParsedSection &section = list.readme.sections.at(si);
        list.sections << section.title;
        for (qsizetype k = 0; k < section.entryCount; ++k) {
            const Markdown::ParsedEntry &pe = list.readme.entries.at(section.firstEntry + k);
            ListedEntry e;
            e.fields = Markdown::fieldsOf(source, pe.parts);
            e.raw = pe.raw.in(source).toByteArray();
            e.section = section.title;
            e.sectionIndex = int(si);
            e.indexInSection = int(k);
            e.line = pe.line;
            e.form = pe.parts.form;
            e.entryTemplate = Markdown::entryTemplateOf(source, pe);
            e.lineCount = std::max<int>(1, int(trimmedRaw(e.raw).count('\n')) + 1);
            list.entries << e;
        }
    }
    return list;
}

QStringList keysOf(const EntryFields &f)
{
    QStringList keys;
    if (!f.doi.isEmpty())
        keys << u"d:"_s + Duplicates::doiKey(f.doi);
    if (!f.arxivId.isEmpty())
        keys << u"a:"_s + Duplicates::arxivKey(f.arxivId);
    if (const QString t = Duplicates::titleKey(f.title); !t.isEmpty())
        keys << u"t:"_s + t;
    if (!f.url.isEmpty())
        keys << u"u:"_s + f.url;
    return keys;
}

// The form and template most entries of a section are written in (the list's, for a section
// that had none).
struct SectionGrammar
{
    EntryForm form = EntryForm::Paper;
    QString entryTemplate;
    bool known = false;
};

template<typename T>
T mostCommon(const QList<T> &values)
{
    QHash<T, int> counts;
    T best{};
    int bestCount = 0;
    for (const T &v : values) {
        const int c = ++counts[v];
        if (c > bestCount) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}

SectionGrammar grammarOf(const QList<ListedEntry> &entries)
{
    SectionGrammar g;
    if (entries.isEmpty())
        return g;
    QList<int> forms;
    QStringList templates;
    for (const ListedEntry &e : entries) {
        forms << int(e.form);
        if (!e.entryTemplate.isEmpty())
            templates << e.entryTemplate;
    }
    g.form = EntryForm(mostCommon(forms));
    g.entryTemplate = mostCommon(templates);
    g.known = true;
    return g;
}

QString formName(EntryForm form)
{
    switch (form) {
    case EntryForm::Paper:
        return ReviewText::tr("a paragraph (authors, bold linked title, venue, year)");
    case EntryForm::Bullet:
        return ReviewText::tr("a bullet (- [Name](link) - description)");
    case EntryForm::Row:
        return ReviewText::tr("a table row");
    case EntryForm::Loose:
        return ReviewText::tr("a list item");
    case EntryForm::HtmlRow:
        return ReviewText::tr("an HTML table row");
    }
    return {};
}

QString describe(const ListedEntry &e)
{
    QString text = u"“"_s + e.fields.title + u"”"_s;
    if (e.fields.year > 0)
        text += u", "_s + QString::number(e.fields.year);
    return text;
}

bool isMalformedUrl(const QString &url)
{
    return url.startsWith(u'[') || url.contains(u"]("_s) || url.startsWith(u'<')
        || url.count(u"://"_s) > 1;
}

// A link written as its own text: [https://…](https://…).
bool linksItsOwnAddress(const ListedEntry &e)
{
    static const QRegularExpression own(uR"(\[\s*<?https?://[^\]]*\]\(\s*<?https?://)"_s);
    return own.match(QString::fromUtf8(e.raw)).hasMatch();
}

bool looksLikeBlog(const QString &url)
{
    const QUrl u(url);
    const QString host = u.host().toLower();
    static const QStringList blogHosts{
        u"medium.com"_s, u"substack.com"_s,    u"blogspot.com"_s,           u"wordpress.com"_s,
        u"ghost.io"_s,   u"thegradient.pub"_s, u"towardsdatascience.com"_s, u"hashnode.dev"_s};
    for (const QString &h : blogHosts) {
        if (host == h || host.endsWith(u'.' + h))
            return true;
    }
    return host.startsWith(u"blog."_s) || u.path().contains(u"/blog"_s, Qt::CaseInsensitive);
}

bool looksLikePaper(const EntryFields &f)
{
    return !f.doi.isEmpty() || !f.arxivId.isEmpty();
}

int sectionNamed(const QStringList &sections, const QString &word)
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).contains(word, Qt::CaseInsensitive))
            return int(i);
    }
    return -1;
}

// Years from top to bottom never grow (0, "no year", is set aside).
bool newestFirst(const QList<const ListedEntry *> &entries)
{
    int last = 0;
    int dated = 0;
    for (const ListedEntry *e : entries) {
        const int y = e->fields.year;
        if (y == 0)
            continue;
        if (last > 0 && y > last)
            return false;
        last = y;
        ++dated;
    }
    return dated >= 2;
}

} // namespace

QString EntryChange::kindKey() const
{
    switch (kind) {
    case Kind::Added:
        return u"added"_s;
    case Kind::Removed:
        return u"removed"_s;
    case Kind::Changed:
        return u"changed"_s;
    }
    return {};
}

QString Finding::severityKey() const
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

int ContributionReview::added() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const EntryChange &c) {
        return c.kind == EntryChange::Kind::Added;
    }));
}

int ContributionReview::removed() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const EntryChange &c) {
        return c.kind == EntryChange::Kind::Removed;
    }));
}

int ContributionReview::changed() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const EntryChange &c) {
        return c.kind == EntryChange::Kind::Changed;
    }));
}

int ContributionReview::errors() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    }));
}

int ContributionReview::warnings() const
{
    return int(findings.size()) - errors();
}

std::optional<EntryFields> asTheListWrites(EntryFields fields, Markdown::EntryForm form)
{
    if (!Identifier::isWebUrl(fields.url) || isMalformedUrl(fields.url)) {
        static const QRegularExpression address(uR"(https?://[^\s\[\]()<>"]+)"_s);
        const QRegularExpressionMatch m = address.match(fields.url);
        if (!m.hasMatch())
            return std::nullopt;
        fields.url = m.captured(0);
        const LinkIdentifiers ids = Identifier::fromUrl(fields.url);
        fields.doi = ids.doi;
        fields.arxivId = ids.arxivId;
    }
    if (form == EntryForm::Bullet)
        fields.venue.clear(); // a description, not a venue
    return fields;
}

ContributionReview reviewContribution(const QByteArray &base, const QByteArray &head)
{
    ContributionReview review;
    const std::optional<ReadList> before = readList(base, ReviewText::tr("old"), &review.error);
    if (!before)
        return review;
    const std::optional<ReadList> after = readList(head, ReviewText::tr("new"), &review.error);
    if (!after)
        return review;
    review.entryTemplate = Markdown::dominantTemplate(before->readme);
    if (review.entryTemplate.isEmpty())
        review.entryTemplate = Markdown::defaultEntryTemplate();

    // Entries whose text is unchanged are the same entries, wherever they moved.
    QHash<QByteArray, QList<int>> unchanged;
    for (qsizetype i = 0; i < before->entries.size(); ++i)
        unchanged[trimmedRaw(before->entries.at(i).raw)].append(int(i));
    QList<bool> baseMatched(before->entries.size(), false);
    QList<int> headLeft;
    for (qsizetype i = 0; i < after->entries.size(); ++i) {
        QList<int> &same = unchanged[trimmedRaw(after->entries.at(i).raw)];
        if (!same.isEmpty()) {
            baseMatched[same.takeFirst()] = true;
        } else {
            headLeft << int(i);
        }
    }
    // The rest pair up by what identifies a paper: an edited entry, not one removed and one
    // added.
    QHash<QString, int> baseByKey;
    for (qsizetype i = 0; i < before->entries.size(); ++i) {
        if (baseMatched.at(i))
            continue;
        for (const QString &k : keysOf(before->entries.at(i).fields))
            baseByKey.insert(k, int(i));
    }
    for (const int h : std::as_const(headLeft)) {
        const ListedEntry &e = after->entries.at(h);
        EntryChange c;
        c.after = e;
        for (const QString &k : keysOf(e.fields)) {
            const int b = baseByKey.value(k, -1);
            if (b >= 0 && !baseMatched.at(b)) {
                baseMatched[b] = true;
                c.kind = EntryChange::Kind::Changed;
                c.before = before->entries.at(b);
                break;
            }
        }
        review.changes << c;
    }
    for (qsizetype i = 0; i < before->entries.size(); ++i) {
        if (baseMatched.at(i))
            continue;
        EntryChange c;
        c.kind = EntryChange::Kind::Removed;
        c.before = before->entries.at(i);
        review.changes << c;
    }

    // The grammar of each section of the old README, by title.
    QHash<QString, QList<ListedEntry>> baseSections;
    for (const ListedEntry &e : before->entries)
        baseSections[e.section].append(e);
    const SectionGrammar listGrammar = grammarOf(before->entries);
    const auto grammarFor = [&](const QString &section) {
        const SectionGrammar g = grammarOf(baseSections.value(section));
        return g.known ? g : listGrammar;
    };
    const QByteArray eol = after->readme.eol;

    const auto addFinding = [&review](Finding::Severity severity, const QString &code, int line,
                                      const QString &message, const QString &fix = {}) {
        review.findings << Finding{severity, code, line, 0, message, fix};
    };

    for (const EntryChange &c : std::as_const(review.changes)) {
        if (c.kind == EntryChange::Kind::Removed) {
            addFinding(Finding::Severity::Warning, u"removed"_s, 0,
                       ReviewText::tr("Removes %1 (line %2 of the old README).")
                           .arg(describe(*c.before))
                           .arg(c.before->line));
            continue;
        }
        const ListedEntry &e = *c.after;
        const SectionGrammar grammar = grammarFor(e.section);

        // A link inside the link.
        if (isMalformedUrl(e.fields.url) || linksItsOwnAddress(e)) {
            const EntryFields fixed = asTheListWrites(e.fields, e.form).value_or(e.fields);
            const QString fix = QString::fromUtf8(
                trimmedRaw(Markdown::rerenderEntry(e.raw, fixed, grammar.entryTemplate, eol)));
            addFinding(Finding::Severity::Error, u"malformed-link"_s, e.line,
                       isMalformedUrl(e.fields.url)
                           ? ReviewText::tr("The link's address holds another link (%1): a "
                                            "link is [text](address).")
                                 .arg(e.fields.url)
                           : ReviewText::tr("The link's text is its address; the list links the "
                                            "title."),
                       fix);
        }

        // Written in another of the forms the reader knows.
        if (grammar.known && e.form != grammar.form) {
            const EntryFields f = asTheListWrites(e.fields, e.form).value_or(e.fields);
            const QString tmpl
                = grammar.entryTemplate.isEmpty() ? review.entryTemplate : grammar.entryTemplate;
            addFinding(Finding::Severity::Error, u"grammar"_s, e.line,
                       ReviewText::tr("Written as %1; “%2” writes its entries as %3.")
                           .arg(formName(e.form), e.section, formName(grammar.form)),
                       Markdown::renderEntry(f, tmpl));
        }

        // Already listed.
        QSet<QString> keys;
        for (const QString &k : keysOf(e.fields))
            keys.insert(k);
        for (const ListedEntry &other : after->entries) {
            if (other.line == e.line)
                continue;
            QString shared;
            for (const QString &k : keysOf(other.fields)) {
                if (keys.contains(k)) {
                    shared = k;
                    break;
                }
            }
            if (shared.isEmpty())
                continue;
            QString how;
            if (shared.startsWith(u"a:"_s) && other.fields.arxivId != e.fields.arxivId)
                how = ReviewText::tr("the same arXiv paper: %1 there, %2 here")
                          .arg(other.fields.arxivId, e.fields.arxivId);
            else if (shared.startsWith(u"a:"_s))
                how = ReviewText::tr("arXiv %1").arg(e.fields.arxivId);
            else if (shared.startsWith(u"d:"_s))
                how = ReviewText::tr("DOI %1").arg(e.fields.doi);
            else if (shared.startsWith(u"t:"_s))
                how = ReviewText::tr("the same title");
            else
                how = ReviewText::tr("the same link");
            if (shared.startsWith(u"t:"_s)
                && (looksLikePaper(other.fields) != looksLikePaper(e.fields)
                    || other.fields.venue != e.fields.venue))
                how = ReviewText::tr("the same title; one may be the preprint of the other");
            addFinding(Finding::Severity::Error, u"duplicate"_s, e.line,
                       ReviewText::tr("Already listed at line %1: %2 (%3).")
                           .arg(other.line)
                           .arg(describe(other), how));
            break;
        }

        // At its year's place: the list is newest first (FORMAT.md), and a new entry goes at the
        // top of its year.
        const bool placed = c.kind == EntryChange::Kind::Added
            || (c.before && c.before->fields.year != e.fields.year);
        if (placed && e.fields.year > 0) {
            // A copy held for as long as the pointers into it (found by AddressSanitizer: the
            // loop once ran over value()'s temporary).
            const QList<ListedEntry> baseEntries = baseSections.value(e.section);
            QList<const ListedEntry *> baseSection;
            for (const ListedEntry &b : baseEntries)
                baseSection << &b;
            QList<const ListedEntry *> others; // the new README's section without the entry
            for (const ListedEntry &o : after->entries) {
                if (o.sectionIndex == e.sectionIndex && o.line != e.line)
                    others << &o;
            }
            if (newestFirst(baseSection)) {
                int above = 0; // newer or as new, just above
                int below = 9999;
                for (const ListedEntry *o : std::as_const(others)) {
                    if (o->fields.year == 0)
                        continue;
                    if (o->indexInSection < e.indexInSection)
                        above = o->fields.year;
                    else if (below == 9999)
                        below = o->fields.year;
                }
                const bool inOrder = (above == 0 || above >= e.fields.year)
                    && (below == 9999 || below <= e.fields.year);
                // A new entry goes at the top of its year: nothing of the same year above it.
                const bool topOfYear = c.kind != EntryChange::Kind::Added || above != e.fields.year;
                if (!inOrder) {
                    const ListedEntry *place = nullptr;
                    for (const ListedEntry *o : std::as_const(others)) {
                        if (o->fields.year > 0 && o->fields.year <= e.fields.year) {
                            place = o;
                            break;
                        }
                    }
                    addFinding(Finding::Severity::Error, u"order"_s, e.line,
                               place ? ReviewText::tr("Out of year order: “%1” is newest first, "
                                                      "so %2 goes above line %3 (%4).")
                                           .arg(e.section)
                                           .arg(e.fields.year)
                                           .arg(place->line)
                                           .arg(describe(*place))
                                     : ReviewText::tr("Out of year order: “%1” is newest first, "
                                                      "so %2 goes at the end of the section.")
                                           .arg(e.section)
                                           .arg(e.fields.year));
                } else if (!topOfYear) {
                    const ListedEntry *first = nullptr;
                    for (const ListedEntry *o : std::as_const(others)) {
                        if (o->fields.year == e.fields.year) {
                            first = o;
                            break;
                        }
                    }
                    if (first)
                        addFinding(Finding::Severity::Warning, u"order"_s, e.line,
                                   ReviewText::tr("New entries go at the top of their year: "
                                                  "above line %1 (%2).")
                                       .arg(first->line)
                                       .arg(describe(*first)));
                }
            }
        }

        // The section: a blog among papers, a paper among blogs.
        const int blogs = sectionNamed(after->sections, u"blog"_s);
        const int papers = sectionNamed(after->sections, u"paper"_s);
        if (blogs >= 0 && e.sectionIndex != blogs
            && e.section.contains(u"paper"_s, Qt::CaseInsensitive) && looksLikeBlog(e.fields.url)
            && !looksLikePaper(e.fields)) {
            addFinding(Finding::Severity::Warning, u"section"_s, e.line,
                       ReviewText::tr("This looks like a blog post (%1); the list keeps those "
                                      "under “%2”.")
                           .arg(QUrl(e.fields.url).host(), after->sections.at(blogs)));
        } else if (papers >= 0 && e.sectionIndex == blogs && looksLikePaper(e.fields)) {
            addFinding(Finding::Severity::Warning, u"section"_s, e.line,
                       ReviewText::tr("This is a paper (%1); the list keeps papers under “%2”.")
                           .arg(!e.fields.doi.isEmpty() ? u"DOI "_s + e.fields.doi
                                                        : u"arXiv "_s + e.fields.arxivId,
                                after->sections.at(papers)));
        }
    }

    // A finding on an entry of several lines covers them all (a suggestion replaces them).
    for (Finding &f : review.findings) {
        for (const ListedEntry &e : after->entries) {
            if (f.line > 0 && e.line == f.line && e.lineCount > 1)
                f.lastLine = e.line + e.lineCount - 1;
        }
    }

    // Lines added where entries stand that the reader could not take as an entry at all.
    QList<std::pair<int, int>> entryLines; // [first, last] of each entry in the new README
    for (const ListedEntry &e : after->entries)
        entryLines << std::pair{e.line, e.line + e.lineCount - 1};
    const auto inEntry = [&entryLines](int line) {
        return std::any_of(entryLines.cbegin(), entryLines.cend(),
                           [line](const auto &r) { return line >= r.first && line <= r.second; });
    };
    int firstSectionLine = 0;
    for (const Markdown::ParsedSection &s : after->readme.sections) {
        if (s.entryCount > 0) {
            firstSectionLine = s.line;
            break;
        }
    }
    const TextDiff::Diff diff = TextDiff::diff(before->readme.source, after->readme.source, 0);
    for (const TextDiff::Hunk &h : diff.hunks) {
        for (const TextDiff::Line &l : h.lines) {
            if (l.kind != TextDiff::Line::Added || firstSectionLine == 0
                || l.newLine < firstSectionLine || inEntry(l.newLine))
                continue;
            const QString text = QString::fromUtf8(l.text).trimmed();
            if (!text.contains(u"http"_s) && !text.contains(u"]("_s))
                continue;
            addFinding(Finding::Severity::Error, u"grammar"_s, l.newLine,
                       ReviewText::tr("Not read as an entry: %1 The list writes its entries as "
                                      "%2.")
                           .arg(text.left(120) + (text.size() > 120 ? u"… "_s : u" "_s),
                                formName(listGrammar.form)));
        }
    }

    std::stable_sort(review.findings.begin(), review.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.line < b.line; });
    return review;
}

} // namespace Curator::Review
