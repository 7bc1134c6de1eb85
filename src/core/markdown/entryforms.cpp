#include "entryforms.h"

#include "markdown/blocks.h"
#include "markdown/entryrenderer.h"
#include "markdown/inlinelink.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Curator::Markdown {

namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || uchar(c) >= 0xC0;
}

int asciiLetters(QByteArrayView s)
{
    return int(std::count_if(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }));
}

bool hasLetter(QByteArrayView s)
{
    return std::any_of(s.begin(), s.end(), isLetter);
}

struct Link
{
    qsizetype open = 0, end = 0; // the whole link
    qsizetype textBegin = 0, textEnd = 0;
    qsizetype destBegin = 0, destEnd = 0;
    QString url;
    bool badge = false; // a link around an image, or an image
    bool label = false; // "[Paper]", "code", "PDF" …
    bool bare = false; // a URL in the text (GitHub links it)
};

qsizetype lastYear(QByteArrayView s, qsizetype lo, qsizetype hi, const std::vector<Link> &links);

bool isExternal(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

// URLs in the text that GitHub turns into links: "Paper: https://…", "<https://…>".
void addBareUrls(QByteArrayView s, qsizetype from, qsizetype to, std::vector<Link> *links)
{
    qsizetype i = from;
    while (i < to) {
        qsizetype h = s.sliced(i, to - i).indexOf("http");
        if (h < 0)
            return;
        h += i;
        const bool scheme = s.sliced(h, to - h).startsWith("https://")
            || s.sliced(h, to - h).startsWith("http://");
        const bool boundary = h == from || isWhite(s[h - 1]) || s[h - 1] == '(' || s[h - 1] == '<'
            || s[h - 1] == ':' || s[h - 1] == '|';
        const bool inside = std::any_of(links->begin(), links->end(),
                                        [h](const Link &l) { return h >= l.open && h < l.end; });
        if (!scheme || !boundary || inside) {
            i = h + 4;
            continue;
        }
        qsizetype e = h;
        while (e < to && !isWhite(s[e]) && s[e] != '<' && s[e] != '>' && s[e] != '|')
            ++e;
        // Trailing punctuation is not part of it, nor a ')' that closes nothing (GFM autolinks).
        while (e > h) {
            const char c = s[e - 1];
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '*'
                || c == '_' || c == '~' || c == '\'' || c == '"') {
                --e;
            } else if (c == ')') {
                const QByteArrayView u = s.sliced(h, e - h);
                if (u.count('(') < u.count(')'))
                    --e;
                else
                    break;
            } else {
                break;
            }
        }
        Link l;
        l.open = l.destBegin = l.textBegin = h;
        l.end = l.destEnd = l.textEnd = e;
        l.url = QString::fromUtf8(s.sliced(h, e - h));
        l.bare = true;
        l.label = true;
        links->push_back(l);
        i = e;
    }
}

std::vector<Link> linksIn(QByteArrayView s, qsizetype from, qsizetype to)
{
    std::vector<Link> links;
    qsizetype at = from;
    while (at < to) {
        auto found = findInlineLink(s, at, true);
        if (!found || found->open >= to)
            break;
        Link l;
        l.open = found->open;
        l.end = found->end;
        l.textBegin = found->textBegin;
        l.textEnd = found->textEnd;
        l.destBegin = found->destBegin;
        l.destEnd = found->destEnd;
        l.url = found->destination;
        const bool image = found->open > 0 && s[found->open - 1] == '!';
        const QByteArrayView text = s.sliced(l.textBegin, l.textEnd - l.textBegin).trimmed();
        l.badge = image || text.startsWith("![") || text.startsWith("<img");
        if (image)
            l.open -= 1;
        // "[[NeurIPS 2020]](…)", "[[Paper]](…)": a bracketed link text tags, it does not title.
        l.label = !l.badge
            && (isLinkLabel(text) || (text.startsWith('[') && text.endsWith(']'))
                || (text.count(' ') <= 2 && lastYear(text, 0, text.size(), {}) >= 0));
        links.push_back(l);
        // Text of a link may hold another link only as an image (a badge); skip past it.
        at = found->end;
    }
    addBareUrls(s, from, to, &links);
    std::sort(links.begin(), links.end(),
              [](const Link &a, const Link &b) { return a.open < b.open; });
    return links;
}

// The words that name a kind of link, lower-case.
bool isLabelWord(QByteArrayView word)
{
    static const QSet<QByteArray> words = {
        "abs",
        "abstract",
        "acl",
        "aclweb",
        "acm",
        "anthology",
        "article",
        "arxiv",
        "bib",
        "bibtex",
        "bilibili",
        "biorxiv",
        "blog",
        "caffe",
        "checkpoint",
        "ckpt",
        "code",
        "codes",
        "colab",
        "conference",
        "cvf",
        "data",
        "dataset",
        "datasets",
        "demo",
        "doi",
        "download",
        "full",
        "github",
        "gitlab",
        "hf",
        "home",
        "homepage",
        "html",
        "huggingface",
        "ieee",
        "implementation",
        "jax",
        "journal",
        "keras",
        "leaderboard",
        "link",
        "links",
        "matlab",
        "medium",
        "medrxiv",
        "model",
        "models",
        "mxnet",
        "news",
        "note",
        "notebook",
        "notes",
        "official",
        "online",
        "openaccess",
        "openreview",
        "paddle",
        "page",
        "paper",
        "papers",
        "pdf",
        "pmlr",
        "post",
        "poster",
        "pre-print",
        "preprint",
        "presentation",
        "proceedings",
        "project",
        "pub",
        "publication",
        "pytorch",
        "reading",
        "repo",
        "report",
        "repository",
        "review",
        "scholar",
        "semantic",
        "site",
        "slide",
        "slides",
        "source",
        "springer",
        "src",
        "ssrn",
        "summary",
        "supp",
        "supplementary",
        "talk",
        "tensorflow",
        "text",
        "tf",
        "tweet",
        "twitter",
        "unofficial",
        "url",
        "version",
        "video",
        "videos",
        "web",
        "website",
        "weights",
        "youtube",
        "zhihu",
    };
    return words.contains(word.toByteArray());
}

// Words that name the paper itself among the labels: its link is the entry's link.
bool isPaperLabel(QByteArrayView text)
{
    QByteArray t = text.toByteArray().toLower();
    return t.contains("paper") || t.contains("pdf") || t.contains("arxiv") || t.contains("doi")
        || t.contains("openreview") || t.contains("abs") || t.contains("html")
        || t.contains("article") || t.contains("link") || t.contains("acm") || t.contains("ieee")
        || t.contains("springer") || t.contains("cvf") || t.contains("proceedings")
        || t.contains("pmlr") || t.contains("biorxiv") || t.contains("publication")
        || t.contains("journal");
}

// The span's text without wrapping emphasis, code marks or quotes, and without trailing
// punctuation that separates it from what follows.
Span unwrapped(QByteArrayView s, Span span)
{
    qsizetype b = span.begin, e = span.end();
    for (bool changed = true; changed && e > b;) {
        changed = false;
        auto trim = [&] {
            const Span t = trimmedSpan(s, b, e);
            b = t.begin;
            e = t.end();
        };
        trim();
        for (QByteArrayView mark :
             {QByteArrayView("**"), QByteArrayView("__"), QByteArrayView("*"), QByteArrayView("_"),
              QByteArrayView("`"), QByteArrayView("\""), QByteArrayView("\xE2\x80\x9C")}) {
            const QByteArrayView closeMark
                = mark == QByteArrayView("\xE2\x80\x9C") ? QByteArrayView("\xE2\x80\x9D") : mark;
            const QByteArrayView v = s.sliced(b, e - b);
            if (v.size() > mark.size() + closeMark.size() && v.startsWith(mark)) {
                // "**Title.**" and "**Title**." alike
                qsizetype end = e;
                while (end > b && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ':'))
                    --end;
                if (s.sliced(b, end - b).endsWith(closeMark)
                    && end - b > mark.size() + closeMark.size()) {
                    b += mark.size();
                    e = end - closeMark.size();
                    changed = true;
                    break;
                }
            }
        }
    }
    while (e > b && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ':' || s[e - 1] == ';'))
        --e;
    return trimmedSpan(s, b, e);
}

bool spanHasWords(QByteArrayView s, Span span)
{
    if (span.size < 2)
        return false;
    return hasLetter(span.in(s));
}

// A date token around the four-digit year at `y`: "2023", "2023/10", "2024.07", "2023-10-24".
Span dateToken(QByteArrayView s, qsizetype y, qsizetype lo, qsizetype hi)
{
    qsizetype b = y, e = y + 4;
    auto part = [&](qsizetype &edge, int dir) {
        for (;;) {
            const qsizetype sep = dir > 0 ? edge : edge - 1;
            if (sep < lo || sep >= hi || (s[sep] != '.' && s[sep] != '-' && s[sep] != '/'))
                return;
            qsizetype k = dir > 0 ? sep + 1 : sep - 1;
            qsizetype digits = 0;
            while (k >= lo && k < hi && isDigit(s[k]) && digits < 2) {
                k += dir;
                ++digits;
            }
            const bool ends = k < lo || k >= hi || !isDigit(s[k]);
            if (digits == 0 || !ends)
                return;
            edge = dir > 0 ? k : k + 1;
        }
    };
    part(e, 1);
    part(b, -1);
    return {b, e - b};
}

// The last four-digit year (1900 to 2099) in [lo, hi) outside link destinations, or -1.
qsizetype lastYear(QByteArrayView s, qsizetype lo, qsizetype hi, const std::vector<Link> &links)
{
    qsizetype found = -1;
    for (qsizetype i = lo; i + 4 <= hi; ++i) {
        if ((i > lo && (isDigit(s[i - 1]) || isLetter(s[i - 1]) && s[i - 1] != 'v'))
            || (i + 4 < hi && isDigit(s[i + 4])))
            continue;
        if (!(s[i] == '1' && s[i + 1] == '9') && !(s[i] == '2' && s[i + 1] == '0'))
            continue;
        if (!isDigit(s[i + 2]) || !isDigit(s[i + 3]))
            continue;
        const bool inDestination = std::any_of(links.begin(), links.end(), [i](const Link &l) {
            return i >= l.destBegin && i < l.destEnd;
        });
        if (inDestination)
            continue;
        found = i;
    }
    return found;
}

bool overlaps(Span a, Span b)
{
    return !a.isEmpty() && !b.isEmpty() && a.begin < b.end() && b.begin < a.end();
}

// Leading tags of an item: "**[ICLR 2024]**", "[2023/10]", "(ICLR 2024)", "2008-NIPS -".
struct Tags
{
    qsizetype end = 0; // first byte after the tags and their separators
    Span venue;
    Span year;
};

// A cursor over an item's first bytes, [i, to), taking the tags it passes.
struct LeadingTagReader
{
    QByteArrayView s;
    qsizetype to;
    const std::vector<Link> &links;
    qsizetype i;
    Tags tags{};

    void skipWhite()
    {
        while (i < to && isWhite(s[i]))
            ++i;
    }
    void skipSymbols();
    bool takeBracketed();
    bool keep(Span inner);
    void takeYearDashVenue();
};

// Emoji and symbols in front ("🔥🔥 ", "⭐ ") mark, they do not title.
void LeadingTagReader::skipSymbols()
{
    while (i < to) {
        const uchar c = uchar(s[i]);
        if (c == 0xF0 && i + 3 < to)
            i += 4;
        else if ((c == 0xE2 || (c == 0xEF && i + 1 < to && uchar(s[i + 1]) == 0xB8)) && i + 2 < to)
            i += 3;
        else
            break;
    }
}

// One tag in brackets or parentheses, bold or not; false (nothing taken) when the text is none.
bool LeadingTagReader::takeBracketed()
{
    qsizetype b = i;
    qsizetype strong = 0;
    if (s.sliced(i, to - i).startsWith("**")) {
        strong = 2;
        b += 2;
    }
    if (b >= to || (s[b] != '[' && s[b] != '('))
        return false;
    const bool isLink = std::any_of(links.begin(), links.end(),
                                    [b](const Link &l) { return l.open == b && !l.bare; });
    if (isLink)
        return false;
    const char close = s[b] == '[' ? ']' : ')';
    const qsizetype c = s.sliced(b, to - b).indexOf(close);
    if (c <= 1 || c > 40)
        return false;
    qsizetype after = b + c + 1;
    if (strong) {
        if (!s.sliced(after, to - after).startsWith("**"))
            return false;
        after += 2;
    }
    const Span inner = trimmedSpan(s, b + 1, b + c);
    // "[**OneComp**] OneComp: …": a short name in front, not a venue.
    if (!strong && inner.in(s).startsWith("**") && inner.in(s).endsWith("**")) {
        i = b + c + 1;
        skipWhite();
        return true;
    }
    if (!keep(inner))
        return false;
    i = after;
    skipWhite();
    if (i < to && (s[i] == '-' || s[i] == ':'))
        ++i;
    skipWhite();
    return true;
}

// Whether the tag is one to read past: a date or venue (kept when it is the first), or a number.
bool LeadingTagReader::keep(Span inner)
{
    const qsizetype y = lastYear(s, inner.begin, inner.end(), links);
    const bool onlyDate = y >= 0 && dateToken(s, y, inner.begin, inner.end()).size == inner.size;
    if (onlyDate) {
        if (tags.year.isEmpty())
            tags.year = inner;
    } else if (hasLetter(inner.in(s)) && tags.venue.isEmpty()) {
        tags.venue = inner;
    } else if (!hasLetter(inner.in(s)) && y < 0) {
        // "[1]", "(3)": a number, not a tag we keep
    } else {
        return false;
    }
    return true;
}

// "2008-NIPS - Title": a year, a dash, a venue, a dash.
void LeadingTagReader::takeYearDashVenue()
{
    if (i + 6 < to && isDigit(s[i]) && isDigit(s[i + 3]) && s[i + 4] == '-') {
        const qsizetype dash = s.sliced(i, to - i).indexOf(" - ");
        if (dash > 5 && dash < 30) {
            tags.year = {i, 4};
            tags.venue = trimmedSpan(s, i + 5, i + dash);
            i += dash + 3;
            skipWhite();
        }
    }
}

Tags leadingTags(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links)
{
    LeadingTagReader r{s, to, links, from};
    r.skipWhite();
    r.skipSymbols();
    r.skipWhite();
    for (int round = 0; round < 3 && r.i < to; ++round) {
        if (!r.takeBracketed())
            break;
    }
    r.takeYearDashVenue();
    r.tags.end = r.i;
    return r.tags;
}

Span boldTitle(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links);
Span quotedTitle(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links);
Span plainTitle(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links);

// A title written in the text: the first bold part (unless a quoted part after it has more
// words: "**ViT**: \"An Image is Worth 16x16 Words\""), else the first quoted part, else the
// text up to the first link, tag or sentence end.
Span textTitle(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links)
{
    const Span bold = boldTitle(s, from, to, links);
    const Span quoted = quotedTitle(s, from, to, links);
    if (!bold.isEmpty() && (quoted.isEmpty() || bold.in(s).count(' ') >= quoted.in(s).count(' ')))
        return bold;
    if (!quoted.isEmpty())
        return quoted;
    return plainTitle(s, from, to, links);
}

bool linkAt(const std::vector<Link> &links, qsizetype k)
{
    return std::any_of(links.begin(), links.end(),
                       [k](const Link &l) { return k >= l.open && k < l.end; });
}

Span boldTitle(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links)
{
    auto linkAt = [&](qsizetype k) {
        return Markdown::linkAt(links, k);
    };
    for (qsizetype k = from; k + 4 < to; ++k) {
        if (s[k] != '*' || s[k + 1] != '*' || linkAt(k))
            continue;
        const qsizetype close = s.sliced(k + 2, to - k - 2).indexOf("**");
        if (close < 0)
            break;
        const Span inner = trimmedSpan(s, k + 2, k + 2 + close);
        const QByteArrayView v = inner.in(s);
        if (!v.startsWith('[') && !v.contains("](") && spanHasWords(s, inner)) {
            const Span u = unwrapped(s, inner);
            if (u.size >= 3)
                return u;
        }
        k += 2 + close + 1;
    }
    return {};
}

Span quotedTitle(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links)
{
    auto linkAt = [&](qsizetype k) {
        return Markdown::linkAt(links, k);
    };
    for (QByteArrayView open : {QByteArrayView("\""), QByteArrayView("\xE2\x80\x9C")}) {
        const QByteArrayView closeMark
            = open == QByteArrayView("\"") ? QByteArrayView("\"") : QByteArrayView("\xE2\x80\x9D");
        const qsizetype q = s.sliced(from, to - from).indexOf(open);
        if (q < 0 || linkAt(from + q))
            continue;
        const qsizetype b = from + q + open.size();
        const qsizetype c = s.sliced(b, to - b).indexOf(closeMark);
        if (c > 3) {
            const Span u = unwrapped(s, {b, c});
            if (spanHasWords(s, u))
                return u;
        }
    }
    return {};
}

// Plain text up to a link, a '[' tag, " | ", or the end of the first sentence.
Span plainTitle(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links)
{
    qsizetype e = to;
    for (const Link &l : links) {
        if (l.open >= from) {
            e = std::min(e, l.open);
            break;
        }
    }
    for (QByteArrayView stop : {QByteArrayView(" ["), QByteArrayView(". "), QByteArrayView(" | "),
                                QByteArrayView("\n")}) {
        const qsizetype k = s.sliced(from, e - from).indexOf(stop);
        if (k > 0)
            e = from + k;
    }
    const Span u = unwrapped(s, trimmedSpan(s, from, e));
    return spanHasWords(s, u) ? u : Span{};
}

// Authors: an italic part with names ("*A. Author, B. Author*"), or names up to "et al.".
Span authorsIn(QByteArrayView s, qsizetype from, qsizetype to, Span title)
{
    for (qsizetype k = from; k + 2 < to; ++k) {
        const char m = s[k];
        if ((m != '*' && m != '_') || (k + 1 < to && s[k + 1] == m) || (k > from && s[k - 1] == m))
            continue;
        if (k > from && isLetter(s[k - 1]) && m == '_')
            continue;
        const qsizetype close = s.sliced(k + 1, to - k - 1).indexOf(m);
        if (close <= 1)
            continue;
        const Span inner = trimmedSpan(s, k + 1, k + 1 + close);
        const QByteArrayView v = inner.in(s);
        if (!overlaps(inner, title) && !v.contains('[')
            && (v.count(',') >= 1 || v.contains(" and ") || v.contains("et al"))) {
            Span u = inner;
            while (u.size > 0 && (s[u.end() - 1] == '.' || s[u.end() - 1] == ','))
                --u.size;
            return u;
        }
        k += close + 1;
    }
    const qsizetype etal = s.sliced(from, to - from).indexOf("et al");
    if (etal > 0) {
        const qsizetype end = from + etal + 5;
        qsizetype b = from + etal;
        while (b > from && s[b - 1] != '.' && s[b - 1] != ']' && s[b - 1] != ')' && s[b - 1] != '"'
               && s[b - 1] != '*' && s[b - 1] != '\n' && s[b - 1] != '|'
               && !(b - 1 == title.end() - 1))
            --b;
        qsizetype from2 = std::max(b, title.end());
        while (from2 < end
               && (s[from2] == ',' || s[from2] == ';' || s[from2] == ':' || s[from2] == ')'
                   || isWhite(s[from2])))
            ++from2;
        const Span a = trimmedSpan(s, from2, end);
        if (spanHasWords(s, a) && a.size < 200 && !overlaps(a, title))
            return a;
    }
    return {};
}

// Whether the text is a list of people's names and nothing else: "Hochreiter and
// Schmidhuber", "Jason D. Lee, Qi Lei, and Nikunj Saunshi", "Ronneberger, Fischer, Brox".
// One name alone needs two or three words, so that a venue ("Preprint") is not taken for it.
bool isNameList(QByteArrayView v)
{
    QByteArray t = v.trimmed().toByteArray();
    if (t.isEmpty() || t.size() > 600)
        return false;
    t.replace(", and ", ",").replace(" and ", ",").replace(" & ", ",");
    const QList<QByteArray> names = t.split(',');
    static const QSet<QByteArray> particles
        = {"van", "von", "de", "der", "den", "la", "da", "di", "del", "du", "le", "al."};
    for (const QByteArray &name : names) {
        const QList<QByteArray> words = name.simplified().split(' ');
        if (words.isEmpty() || words.size() > 5 || words.first().isEmpty())
            return false;
        if (names.size() == 1 && (words.size() < 2 || words.size() > 3))
            return false;
        for (const QByteArray &w : words) {
            const char c = w[0];
            if (!((c >= 'A' && c <= 'Z') || uchar(c) >= 0xC0 || particles.contains(w) || w == "et"))
                return false;
            for (char ch : w) {
                if (!(isLetter(ch) || uchar(ch) >= 0x80 || ch == '.' || ch == '-' || ch == '\''
                      || ch == '*'))
                    return false;
            }
        }
    }
    return true;
}

// Authors written as plain names: after the title and a comma ("**Title**, Hochreiter and
// Schmidhuber, [@Source](…)"), or on a line of their own below the title ("- Jason D. Lee,
// Qi Lei. *ICML 2019*"), up to a link, an italic part or the line's end.
Span plainNames(QByteArrayView s, qsizetype titleEnd, qsizetype to)
{
    auto namesUpTo = [&](qsizetype b) -> Span {
        qsizetype e = b;
        while (e < to && s[e] != '\n' && s[e] != '[' && s[e] != '(' && s[e] != '*' && s[e] != '_'
               && s[e] != '|')
            ++e;
        Span span = trimmedSpan(s, b, e);
        while (
            span.size > 0
            && (s[span.end() - 1] == ',' || s[span.end() - 1] == '.' || s[span.end() - 1] == ';'))
            span = trimmedSpan(s, span.begin, span.end() - 1);
        // "Lee, D." keeps its initial's period.
        if (span.size > 0 && span.end() < to && s[span.end()] == '.' && span.size >= 2
            && s[span.end() - 2] == ' ')
            ++span.size;
        return isNameList(span.in(s)) ? span : Span{};
    };
    qsizetype a = titleEnd;
    while (a < to
           && (s[a] == '*' || s[a] == '_' || s[a] == '"' || s[a] == ')' || s[a] == '('
               || isDigit(s[a]) || s[a] == ' '))
        ++a;
    if (a < to && s[a] == ',') {
        const Span n = namesUpTo(a + 1);
        if (!n.isEmpty())
            return n;
    }
    // The lines below the title's line.
    qsizetype line = s.sliced(titleEnd, to - titleEnd).indexOf('\n');
    for (int lines = 0; line >= 0 && lines < 4; ++lines) {
        qsizetype b = titleEnd + line + 1;
        while (b < to && (s[b] == ' ' || s[b] == '\t' || s[b] == '>'))
            ++b;
        if (b + 1 < to && (s[b] == '-' || s[b] == '*' || s[b] == '+') && s[b + 1] == ' ')
            b += 2;
        while (b < to && s[b] == ' ')
            ++b;
        const Span n = namesUpTo(b);
        if (!n.isEmpty())
            return n;
        const qsizetype next = s.sliced(b, to - b).indexOf('\n');
        if (next < 0)
            break;
        line = b + next - titleEnd;
    }
    return {};
}

// A line that is a date and nothing else: "5 Feb 2023", "24 Sep 2022", "Feb 5, 2023",
// "2023-02-05" (a list's "added on" line under the venue). [begin, end) of the line's text.
bool isDateLine(QByteArrayView line)
{
    static const QRegularExpression date(
        uR"(^\s*(\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})\s*$)"_s);
    return line.size() <= 24 && date.match(QString::fromLatin1(line)).hasMatch();
}

// The line of `s` around position `at`: [begin, end) without its newline.
Span lineAround(QByteArrayView s, qsizetype at)
{
    qsizetype b = at;
    while (b > 0 && s[b - 1] != '\n')
        --b;
    qsizetype e = at;
    while (e < s.size() && s[e] != '\n')
        ++e;
    return {b, e - b};
}

// Venue and year around the year found after the title: "…, ICML, 2025", "arXiv 2022.",
// "NeurIPS 2020".
void venueAndYear(QByteArrayView s, qsizetype from, qsizetype to, const std::vector<Link> &links,
                  EntrySpans *parts)
{
    qsizetype y = lastYear(s, from, to, links);
    if (y < 0)
        return;
    // "arXiv 2023. [[Paper](…)] \ ⏎ 5 Feb 2023": the venue's year, not the date line's.
    if (const Span line = lineAround(s, y); line.begin > from && isDateLine(line.in(s))) {
        const qsizetype earlier = lastYear(s, from, line.begin, links);
        if (earlier >= 0)
            y = earlier;
    }
    const Span token = dateToken(s, y, from, to);
    if (overlaps(token, parts->authors) || overlaps(token, parts->title))
        return;
    if (parts->year.isEmpty())
        parts->year = token;
    if (!parts->venue.isEmpty())
        return;
    // The words right before the year in the same segment, else the segment before it.
    qsizetype b = token.begin;
    while (b > from && s[b - 1] != ',' && s[b - 1] != '.' && s[b - 1] != '(' && s[b - 1] != '['
           && s[b - 1] != ']' && s[b - 1] != ')' && s[b - 1] != '*' && s[b - 1] != '|'
           && s[b - 1] != '\n' && s[b - 1] != '"')
        --b;
    Span v = trimmedSpan(s, b, token.begin);
    if (!hasLetter(v.in(s)) && b > from && (s[b - 1] == ',' || s[b - 1] == '.')) {
        qsizetype e = b - 1;
        qsizetype vb = e;
        while (vb > from && s[vb - 1] != ',' && s[vb - 1] != '.' && s[vb - 1] != '"'
               && s[vb - 1] != ')' && s[vb - 1] != ']' && s[vb - 1] != '*' && s[vb - 1] != '\n')
            --vb;
        v = trimmedSpan(s, vb, e);
    }
    while (v.size > 0 && (s[v.end() - 1] == ',' || s[v.end() - 1] == '('))
        v = trimmedSpan(s, v.begin, v.end() - 1);
    const QByteArrayView text = v.in(s);
    if (hasLetter(text) && text.size() <= 60 && text.count(' ') <= 6 && !overlaps(v, parts->title)
        && !overlaps(v, parts->authors) && !text.contains("et al"))
        parts->venue = v;
}

const Link *entryLink(const std::vector<Link> &links)
{
    const Link *first = nullptr;
    for (const Link &l : links) {
        if (l.badge || !isExternal(l.url))
            continue;
        if (!first)
            first = &l;
    }
    return first;
}

// The link a titled-by-text entry points to: the first paper-like label, else the first link.
const Link *labelledLink(QByteArrayView s, const std::vector<Link> &links)
{
    const Link *fallback = nullptr;
    for (const Link &l : links) {
        if (l.badge || !isExternal(l.url))
            continue;
        if (isPaperLabel(s.sliced(l.textBegin, l.textEnd - l.textBegin))
            || (l.bare && l.open >= 8 && isPaperLabel(s.sliced(l.open - 8, 8))))
            return &l;
        if (!fallback)
            fallback = &l;
    }
    return fallback;
}

void setLink(EntrySpans *parts, const Link &l)
{
    parts->destination = {l.destBegin, l.destEnd - l.destBegin};
    parts->url = l.url;
}

} // namespace

QList<ExtraLink> extraLinksOf(QByteArrayView raw, const QString &ownUrl)
{
    QList<ExtraLink> out;
    QSet<QString> seen{ownUrl.trimmed()};
    auto add = [&](QString label, const QString &url, bool badge) {
        const QString u = url.trimmed();
        if (!isExternal(u) || seen.contains(u))
            return;
        seen.insert(u);
        // "[Code]", "**Paper**", "`pdf`": the words only.
        label = label.simplified();
        static const QRegularExpression marks(uR"(^[\[\]*_`\s]+|[\[\]*_`\s]+$)"_s);
        label.remove(marks);
        out.append({label, u, badge});
    };
    for (const Link &l : linksIn(raw, 0, raw.size())) {
        QString label;
        if (l.bare) {
            // "Code: https://…": the word before the address names it.
            const qsizetype lineStart = raw.first(l.open).lastIndexOf('\n') + 1;
            label = QString::fromUtf8(raw.sliced(lineStart, l.open - lineStart)).trimmed();
            label.remove(QRegularExpression(uR"(^[-*+]\s+|[:\s]+$)"_s));
            if (label.size() > 24)
                label.clear();
        } else if (!l.badge) {
            label = QString::fromUtf8(raw.sliced(l.textBegin, l.textEnd - l.textBegin));
        }
        add(label, l.url, l.badge);
    }
    // An HTML row's links.
    if (isHtmlRow(raw)) {
        static const QRegularExpression anchor(
            uR"(<a\s[^>]*href\s*=\s*["']([^"']+)["'][^>]*>(.*?)</a>)"_s,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(uR"(<[^>]*>)"_s);
        auto it = anchor.globalMatch(QString::fromUtf8(raw));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString text = m.captured(2);
            const bool badge = text.contains(u"<img"_s, Qt::CaseInsensitive);
            text.remove(tags);
            add(text, m.captured(1), badge);
        }
    }
    return out;
}

bool isLinkLabel(QByteArrayView linkText)
{
    // A label is a word or three; a title is longer (and this runs for every link of a list).
    if (linkText.size() > 48)
        return false;
    QByteArray words;
    int letters = 0;
    for (char c : linkText) {
        if (isLetter(c) || isDigit(c)) {
            words += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
            ++letters;
        } else if (c == '-') {
            words += c;
        } else if (!words.isEmpty() && !words.endsWith(' ')) {
            words += ' ';
        }
    }
    words = words.trimmed();
    if (letters == 0)
        return true; // an emoji or a symbol: "📄", "⭐"
    const QList<QByteArray> list = words.split(' ');
    if (list.size() > 3)
        return false;
    // "[@Springer](…)", "[@Project Euclid](…)": the source of a link, named like a handle.
    if (linkText.trimmed().startsWith('@'))
        return true;
    return std::any_of(list.begin(), list.end(),
                       [](const QByteArray &w) { return isLabelWord(w); });
}

namespace {

// Cells, split at unescaped pipes (GFM: even inside code spans).
std::vector<Span> tableCells(QByteArrayView s, qsizetype lineEnd)
{
    std::vector<Span> cells;
    qsizetype b = 0;
    while (b < lineEnd && isWhite(s[b]))
        ++b;
    if (b < lineEnd && s[b] == '|')
        ++b;
    qsizetype cellBegin = b;
    for (qsizetype k = b; k < lineEnd; ++k) {
        if (s[k] == '\\') {
            ++k;
            continue;
        }
        if (s[k] == '|') {
            cells.push_back(trimmedSpan(s, cellBegin, k));
            cellBegin = k + 1;
        }
    }
    const Span last = trimmedSpan(s, cellBegin, lineEnd);
    if (!last.isEmpty())
        cells.push_back(last);
    return cells;
}

int cellOf(const std::vector<Span> &cells, qsizetype at)
{
    for (size_t c = 0; c < cells.size(); ++c) {
        if (at >= cells[c].begin && at < cells[c].end())
            return int(c);
    }
    return -1;
}

// The title from the row's first outside link with words: its cell, or -1 when there is none.
int linkedTitleCell(QByteArrayView s, const std::vector<Span> &cells,
                    const std::vector<Link> &links, EntrySpans *parts)
{
    for (const Link &l : links) {
        if (l.badge || l.label || l.bare || !isExternal(l.url))
            continue;
        const Span t = unwrapped(s, {l.textBegin, l.textEnd - l.textBegin});
        if (!spanHasWords(s, t))
            continue;
        parts->title = t;
        setLink(parts, l);
        return cellOf(cells, l.open);
    }
    return -1;
}

// The cell with the most text outside links is the title's.
int wordiestCell(QByteArrayView s, const std::vector<Span> &cells, const std::vector<Link> &links)
{
    int titleCell = -1;
    qsizetype best = 0;
    for (size_t c = 0; c < cells.size(); ++c) {
        qsizetype text = cells[c].size;
        for (const Link &l : links) {
            if (l.open >= cells[c].begin && l.end <= cells[c].end())
                text -= l.end - l.open;
        }
        if (text > best && hasLetter(cells[c].in(s))) {
            best = text;
            titleCell = int(c);
        }
    }
    return titleCell;
}

// The title from a cell's text, pointed at the row's labelled link: its cell, or -1.
int textTitleCell(QByteArrayView s, const std::vector<Span> &cells, const std::vector<Link> &links,
                  EntrySpans *parts)
{
    const Link *link = labelledLink(s, links);
    if (!link)
        return -1;
    const int titleCell = wordiestCell(s, cells, links);
    if (titleCell < 0)
        return -1;
    const Span cell = cells[size_t(titleCell)];
    const Tags tags = leadingTags(s, cell.begin, cell.end(), links);
    Span t = textTitle(s, tags.end, cell.end(), links);
    if (t.isEmpty())
        return -1;
    parts->title = t;
    setLink(parts, *link);
    return titleCell;
}

// The year, authors and venue from the cells other than the title's, those without links.
void otherCells(QByteArrayView s, const std::vector<Span> &cells, const std::vector<Link> &links,
                int titleCell, EntrySpans *parts)
{
    for (size_t c = 0; c < cells.size(); ++c) {
        if (int(c) == titleCell)
            continue;
        const Span cell = cells[c];
        const QByteArrayView v = cell.in(s);
        const bool linked = std::any_of(links.begin(), links.end(), [&](const Link &l) {
            return l.open >= cell.begin && l.open < cell.end();
        });
        if (linked || v.isEmpty())
            continue;
        const qsizetype y = lastYear(s, cell.begin, cell.end(), links);
        if (parts->year.isEmpty() && y >= 0 && v.size() <= 20) {
            parts->year = cell;
            continue;
        }
        if (parts->authors.isEmpty() && (v.count(',') >= 2 || v.contains("et al")))
            parts->authors = cell;
        else if (parts->venue.isEmpty() && asciiLetters(v) >= 2 && v.size() <= 40
                 && v.count(' ') <= 5)
            parts->venue = cell; // not "⭐️⭐️" (emoji bytes are no letters to a venue)
    }
}

} // namespace

std::optional<EntrySpans> parseTableRow(QByteArrayView s)
{
    qsizetype lineEnd = s.indexOf('\n');
    if (lineEnd < 0)
        lineEnd = s.size();
    const std::vector<Span> cells = tableCells(s, lineEnd);
    if (cells.empty())
        return std::nullopt;
    const std::vector<Link> links = linksIn(s, 0, lineEnd);
    EntrySpans parts;
    parts.form = EntryForm::Row;
    int titleCell = linkedTitleCell(s, cells, links, &parts);
    if (titleCell < 0)
        titleCell = textTitleCell(s, cells, links, &parts);
    if (titleCell < 0)
        return std::nullopt;
    otherCells(s, cells, links, titleCell, &parts);
    return parts;
}

namespace {

// The position after the case-insensitive `tag` ("<td", "</td>") at or after `from`, or -1 for
// its start with `startOf`.
qsizetype findTag(QByteArrayView s, QByteArrayView tag, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k + tag.size() <= to; ++k) {
        if (s[k] != '<')
            continue;
        if (s.sliced(k, tag.size()).compare(tag, Qt::CaseInsensitive) == 0) {
            const qsizetype after = k + tag.size();
            // "<td" must not match "<tdx"; "<td>" and "<td class=…>" both do.
            if (tag.endsWith('>') || after >= to || s[after] == '>' || isWhite(s[after]))
                return k;
        }
    }
    return -1;
}

struct HtmlCell
{
    Span whole; // from "<td" through "</td>" (or to where the next cell or the row's end is)
    Span content; // between <td …> and </td>
    bool spansRows = false;
};

std::vector<HtmlCell> htmlCells(QByteArrayView s)
{
    std::vector<HtmlCell> cells;
    for (qsizetype at = 0;;) {
        const qsizetype open = findTag(s, "<td", at, s.size());
        if (open < 0)
            break;
        const qsizetype openEnd = s.sliced(open).indexOf('>');
        if (openEnd < 0)
            break;
        const qsizetype b = open + openEnd + 1;
        qsizetype close = findTag(s, "</td>", b, s.size());
        qsizetype end = close + 5;
        if (close < 0) {
            close = findTag(s, "</tr>", b, s.size());
            end = close;
        }
        if (close < 0)
            break;
        HtmlCell cell;
        cell.whole = {open, end - open};
        cell.content = trimmedSpan(s, b, close);
        cell.spansRows = s.sliced(open, b - open).toByteArray().toLower().contains("rowspan");
        cells.push_back(cell);
        at = close;
    }
    return cells;
}

struct HtmlLink
{
    Span text, destination;
    QString url;
    bool label;
};

// A cell's links: <a href="…">text</a>, the address in double or single quotes.
std::vector<HtmlLink> htmlLinksIn(QByteArrayView s, Span c)
{
    std::vector<HtmlLink> found;
    for (qsizetype at = c.begin; at < c.end();) {
        const qsizetype a = findTag(s, "<a", at, c.end());
        if (a < 0)
            break;
        const qsizetype tagEnd = s.sliced(a, c.end() - a).indexOf('>');
        if (tagEnd < 0)
            break;
        const QByteArrayView tag = s.sliced(a, tagEnd);
        const qsizetype href = tag.toByteArray().toLower().indexOf("href=");
        const qsizetype textBegin = a + tagEnd + 1;
        const qsizetype closeA = findTag(s, "</a>", textBegin, c.end());
        at = closeA < 0 ? c.end() : closeA + 4;
        if (href < 0 || href + 6 >= tagEnd || (tag[href + 5] != '"' && tag[href + 5] != '\''))
            continue;
        const qsizetype quoted = a + href + 6;
        const qsizetype length = s.sliced(quoted, a + tagEnd - quoted).indexOf(tag[href + 5]);
        if (length <= 0)
            continue;
        // The address without the ASCII blanks around it (HTML strips those from an href), and
        // nothing else: a no-break space is part of it, as the span the import reads says.
        const Span dest = trimmedSpan(s, quoted, quoted + length);
        if (dest.isEmpty())
            continue;
        const QString url = QString::fromUtf8(dest.in(s));
        if (!isExternal(url))
            continue;
        const Span text = trimmedSpan(s, textBegin, closeA < 0 ? textBegin : closeA);
        const QByteArrayView t = text.in(s);
        found.push_back({text, dest, url, t.isEmpty() || t.startsWith('<') || isLinkLabel(t)});
    }
    return found;
}

// Cells in column order: the first of words is the title (a category spanning rows, a
// date, a number or a label is not); the first date the year. The row's links are gathered too.
void readHtmlCells(QByteArrayView s, const std::vector<HtmlCell> &cells, EntrySpans *parts,
                   std::vector<HtmlLink> *links)
{
    for (const HtmlCell &cell : cells) {
        const std::vector<HtmlLink> own = htmlLinksIn(s, cell.content);
        links->insert(links->end(), own.begin(), own.end());
        if (cell.spansRows)
            continue;
        const QByteArrayView v = cell.content.in(s);
        if (!v.contains('<')) {
            const qsizetype y = lastYear(s, cell.content.begin, cell.content.end(), {});
            if (y >= 0
                && dateToken(s, y, cell.content.begin, cell.content.end()).size == v.size()) {
                if (parts->year.isEmpty())
                    parts->year = cell.content;
                continue;
            }
            if (parts->title.isEmpty() && hasLetter(v) && !isLinkLabel(v))
                parts->title = cell.content;
        } else if (parts->title.isEmpty() && own.size() == 1 && !own.front().label) {
            parts->title = own.front().text; // a linked title: its link is the entry's
        }
    }
}

// The entry's link: the title's own, else the first to a paper, else the first.
const HtmlLink &htmlEntryLink(QByteArrayView s, const std::vector<HtmlLink> &links, Span title)
{
    const HtmlLink *chosen = nullptr;
    for (const HtmlLink &l : links) {
        if (l.text.begin == title.begin && l.text.size == title.size) {
            chosen = &l;
            break;
        }
    }
    for (const HtmlLink &l : links) {
        if (!chosen && isPaperLabel(l.text.in(s)))
            chosen = &l;
    }
    if (!chosen)
        chosen = &links.front();
    return *chosen;
}

} // namespace

bool isHtmlRow(QByteArrayView block)
{
    const QByteArrayView t = block.trimmed();
    // Browsers close a row at the next "<tr>", and so do lists: the "</tr>" may be missing.
    return t.size() > 9 && t.first(3).compare("<tr", Qt::CaseInsensitive) == 0
        && (t[3] == '>' || isWhite(t[3])) && findTag(t, "<td", 0, t.size()) > 0;
}

std::optional<EntrySpans> parseHtmlRow(QByteArrayView s)
{
    if (!isHtmlRow(s))
        return std::nullopt;
    const std::vector<HtmlCell> cells = htmlCells(s);
    EntrySpans parts;
    parts.form = EntryForm::HtmlRow;
    std::vector<HtmlLink> links;
    readHtmlCells(s, cells, &parts, &links);
    if (parts.title.isEmpty() || links.empty())
        return std::nullopt;
    const HtmlLink &chosen = htmlEntryLink(s, links, parts.title);
    parts.destination = chosen.destination;
    parts.url = chosen.url;
    return parts;
}

namespace {

// A linked title: the first link whose text is not a label. A title linked to the list's
// own notes ("[Title](notes/x.md) [[arXiv](…)]") points the entry at its first outside link.
const Link *linkedTitle(QByteArrayView s, const std::vector<Link> &links, qsizetype tagsEnd,
                        EntrySpans *parts)
{
    for (const Link &l : links) {
        if (l.badge || l.label || l.bare || l.open < tagsEnd || l.url.startsWith(u'#')
            || l.url.isEmpty())
            continue;
        const Span t = unwrapped(s, {l.textBegin, l.textEnd - l.textBegin});
        if (!spanHasWords(s, t))
            continue;
        if (!isExternal(l.url)) {
            const Link *outside = labelledLink(s, links);
            if (!outside || l.url.contains(QLatin1String("://")))
                continue;
            parts->title = t;
            setLink(parts, *outside);
            return outside;
        }
        parts->title = t;
        return &l;
    }
    return nullptr;
}

// A paragraph is an entry only when it opens with its title (a link, bold, a quote or
// a tag) and is short: introductions and notes are paragraphs too.
bool paragraphOpensWithTitle(QByteArrayView s, qsizetype contentBegin, qsizetype ownEnd,
                             qsizetype tagsEnd, const std::vector<Link> &links, const Link *titled)
{
    const QByteArrayView v = s.sliced(tagsEnd, ownEnd - tagsEnd);
    if (!entryLink(links) || s.sliced(contentBegin, ownEnd - contentBegin).count('\n') > 8)
        return false;
    return (titled && titled->open - tagsEnd <= 4) || v.startsWith("**") || v.startsWith('"')
        || v.startsWith("\xE2\x80\x9C") || tagsEnd > contentBegin;
}

// A title written as text, pointed at the item's labelled link; false when there is none.
bool textTitleWithLink(QByteArrayView s, const std::vector<Link> &links, qsizetype tagsEnd,
                       qsizetype ownEnd, bool paragraph, EntrySpans *parts)
{
    const Link *link = labelledLink(s, links);
    if (!link) {
        // The link may stand on the nested lines (a title line, "- [paper](…)" below).
        if (paragraph || ownEnd >= s.size())
            return false;
        const std::vector<Link> nested = linksIn(s, ownEnd, s.size());
        const Link *below = labelledLink(s, nested);
        if (!below)
            return false;
        parts->title = textTitle(s, tagsEnd, ownEnd, links);
        if (parts->title.isEmpty())
            return false;
        setLink(parts, *below);
        return true;
    }
    parts->title = textTitle(s, tagsEnd, ownEnd, links);
    if (parts->title.isEmpty() || overlaps(parts->title, {link->open, link->end - link->open}))
        return false;
    setLink(parts, *link);
    return true;
}

// "**Long Short-term Memory (1997)**": the year written inside the title.
void yearInTitle(QByteArrayView s, const std::vector<Link> &links, EntrySpans *parts)
{
    const QByteArrayView t = parts->title.in(s);
    if (t.size() > 8 && t.endsWith(')') && t[t.size() - 6] == '(' && t[t.size() - 7] == ' '
        && isDigit(t[t.size() - 5]) && isDigit(t[t.size() - 2])
        && lastYear(s, parts->title.end() - 5, parts->title.end() - 1, links) >= 0) {
        if (parts->year.isEmpty())
            parts->year = {parts->title.end() - 5, 4};
        parts->title.size -= 7;
    }
}

// The authors around the title; returns where the venue and year may be looked for.
qsizetype looseAuthors(QByteArrayView s, qsizetype contentBegin, qsizetype ownEnd,
                       EntrySpans *parts)
{
    parts->authors = authorsIn(s, contentBegin, ownEnd, parts->title);
    qsizetype fieldsEnd = ownEnd;
    if (parts->authors.isEmpty()) {
        // Plain names: on the title's line, or on a line (or nested item) of their own
        // below it, whose venue and year then count too ("- Names. *ICML 2019*").
        parts->authors = plainNames(s, parts->title.end(), s.size());
        if (parts->authors.end() > ownEnd) {
            const qsizetype lineEnd = s.sliced(parts->authors.end()).indexOf('\n');
            fieldsEnd = lineEnd < 0 ? s.size() : parts->authors.end() + lineEnd;
        }
    }
    if (overlaps(parts->authors, parts->venue) || overlaps(parts->authors, parts->year))
        parts->authors = {};
    return fieldsEnd;
}

// "1. **Title.** Preprint.": a short venue alone after the title on its line.
void shortVenueAfterTitle(QByteArrayView s, qsizetype after, qsizetype ownEnd,
                          const std::vector<Link> &links, EntrySpans *parts)
{
    qsizetype b = after;
    while (b < ownEnd && (s[b] == '*' || s[b] == '_' || s[b] == '"' || s[b] == '.'))
        ++b;
    qsizetype e = b;
    while (e < ownEnd && s[e] != '\n' && s[e] != '[' && s[e] != '!')
        ++e;
    Span v = trimmedSpan(s, b, e);
    while (v.size > 0 && (s[v.end() - 1] == '.' || s[v.end() - 1] == ','))
        v = trimmedSpan(s, v.begin, v.end() - 1);
    const QByteArrayView text = v.in(s);
    if (b > after && v.begin > b && hasLetter(text) && text.size() <= 40 && text.count(' ') <= 3
        && !text.contains('*') && !text.contains('(') && !overlaps(v, parts->year)
        && !overlaps(v, parts->authors) && lastYear(s, v.begin, v.end(), links) < 0)
        parts->venue = v;
}

void dropOverlappingFields(EntrySpans *parts)
{
    for (Span *sp : {&parts->authors, &parts->venue, &parts->year}) {
        if (overlaps(*sp, parts->title) || overlaps(*sp, parts->destination))
            *sp = {};
    }
    if (overlaps(parts->venue, parts->year))
        parts->year = {};
}

} // namespace

std::optional<EntrySpans> parseLooseEntry(QByteArrayView s, qsizetype contentBegin,
                                          qsizetype ownEnd, bool paragraph)
{
    if (contentBegin >= ownEnd)
        return std::nullopt;
    const std::vector<Link> links = linksIn(s, contentBegin, ownEnd);
    EntrySpans parts;
    parts.form = EntryForm::Loose;
    const Tags tags = leadingTags(s, contentBegin, ownEnd, links);
    parts.venue = tags.venue;
    parts.year = tags.year;

    const Link *titled = linkedTitle(s, links, tags.end, &parts);
    if (paragraph && !paragraphOpensWithTitle(s, contentBegin, ownEnd, tags.end, links, titled))
        return std::nullopt;
    if (titled) {
        if (parts.destination.isEmpty())
            setLink(&parts, *titled);
    } else if (!textTitleWithLink(s, links, tags.end, ownEnd, paragraph, &parts)) {
        return std::nullopt;
    }
    yearInTitle(s, links, &parts);
    const qsizetype after = parts.title.end();
    const qsizetype fieldsEnd = looseAuthors(s, contentBegin, ownEnd, &parts);
    venueAndYear(s, after, fieldsEnd, links, &parts);
    if (parts.venue.isEmpty())
        shortVenueAfterTitle(s, after, ownEnd, links, &parts);
    dropOverlappingFields(&parts);
    return parts;
}

} // namespace Curator::Markdown

namespace Curator::Markdown {

namespace {

struct Replacement
{
    qsizetype begin, end;
    QByteArray text;
};

// The cells of a table row line: [begin, end) of each cell's content between pipes.
std::vector<Span> rowCells(QByteArrayView line)
{
    std::vector<Span> cells;
    qsizetype b = 0;
    while (b < line.size() && isWhite(line[b]))
        ++b;
    if (b < line.size() && line[b] == '|')
        ++b;
    qsizetype cellBegin = b;
    for (qsizetype k = b; k < line.size(); ++k) {
        if (line[k] == '\\') {
            ++k;
            continue;
        }
        if (line[k] == '|') {
            cells.push_back({cellBegin, k - cellBegin});
            cellBegin = k + 1;
        }
    }
    if (cellBegin < line.size() && !trimmedSpan(line, cellBegin, line.size()).isEmpty())
        cells.push_back({cellBegin, line.size() - cellBegin});
    return cells;
}

// Words of the template's own text that belong to this one entry (a short name before the
// title, an organisation in parentheses, a description after it) are taken out with the
// punctuation around them; what remains must be the list's markup, link labels and
// placeholders only, else the template is no template (an empty string).
QString stripResidue(QString t)
{
    static const QRegularExpression namePrefix(
        uR"(^(\s*(?:[-*+]|1[.)])\s+)(?:\*\*|__)?[^{}\[\]*_\n]{1,40}?(?:\*\*|__)?\s*(?:-|:|–|—)\s+(?=\S))"_s);
    static const QRegularExpression parenthetical(uR"(\s*\((?:\*|_)?[^{}()\[\]\n]*(?:\*|_)?\))"_s);
    static const QRegularExpression afterColon(
        uR"((\}[*_"]*)\s*(?::|–|—| - )\s+[^{}\[\]\n|]*?(?=\s*\||$))"_s);
    static const QRegularExpression word(uR"([\p{L}\p{N}][\p{L}\p{N}'’-]*)"_s);
    t.replace(namePrefix, u"\\1"_s);
    t.replace(parenthetical, QString());
    QStringList lines = t.split(u'\n');
    for (QString &line : lines)
        line.replace(afterColon, u"\\1"_s);
    t = lines.join(u'\n');
    // What is left outside placeholders may be the words of link labels ("[Paper]",
    // "[[pdf]]", "Code:" before an address) and a list's number, nothing else.
    static const QRegularExpression marker(uR"(^\s*1[.)]\s)"_s);
    static const QRegularExpression bracketed(uR"(\[[^\[\]{}]*\])"_s);
    static const QRegularExpression fieldLabel(uR"((?:^|\n)\s*[-*+]?\s*[\p{L} ]{1,20}:)"_s);
    QString literal = t;
    for (const QString &p : templatePlaceholders())
        literal.replace(p, u" "_s);
    // An HTML row's tags and their attributes are markup, not words of one entry; what is
    // left between them may be link labels ("<a href=…>Paper</a>") and nothing else.
    static const QRegularExpression tag(uR"(<[^<>{}]*>)"_s);
    if (t.trimmed().startsWith(u"<tr"_s, Qt::CaseInsensitive)) {
        literal.replace(tag, u" "_s);
        auto words = word.globalMatch(literal);
        while (words.hasNext()) {
            if (!isLabelWord(words.next().captured().toLower().toUtf8()))
                return {};
        }
        return t;
    }
    literal.replace(marker, u" "_s);
    auto labelsOnly = [](const QRegularExpressionMatch &m) {
        auto words = word.globalMatch(m.captured());
        while (words.hasNext()) {
            if (!isLabelWord(words.next().captured().toLower().toUtf8()))
                return false;
        }
        return true;
    };
    for (const QRegularExpression *labels : {&bracketed, &fieldLabel}) {
        auto it = labels->globalMatch(literal);
        QString kept;
        qsizetype at = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            kept += literal.mid(at, m.capturedStart() - at);
            kept += labelsOnly(m) ? QString(u' ') : m.captured();
            at = m.capturedEnd();
        }
        literal = kept + literal.mid(at);
    }
    if (word.match(literal).hasMatch())
        return {};
    return t;
}

} // namespace

namespace {

// The edits that turn one entry's text into a template: its fields become placeholders, and
// what belongs to this one entry alone goes.
struct TemplateEdits
{
    QByteArrayView line; // the entry's text
    std::vector<Replacement> edits{};
    std::vector<Replacement> fields{}; // the placeholders' edits alone

    void addFields(const EntrySpans &p, qsizetype base);
    bool holdsField(qsizetype b, qsizetype e) const
    {
        return std::any_of(edits.begin(), edits.end(), [&](const Replacement &r) {
            return r.begin >= b && r.end <= e && !r.text.isEmpty();
        });
    }
    void dropHtmlCells();
    void trimRowCells();
    void trimRowCell(Span cell);
    void dropDateLines();
    void dropOwnLinks();
    void dropBareLinkLine(const Link &l);
    QByteArray applied();
};

void TemplateEdits::addFields(const EntrySpans &p, qsizetype base)
{
    auto field = [&](Span span, const char *placeholder) {
        if (!span.isEmpty())
            edits.push_back({span.begin - base, span.end() - base, placeholder});
    };
    field(p.authors, "{authors}");
    field(p.title, "{title}");
    field(p.destination, "{url}");
    field(p.venue, "{venue}");
    field(p.year, "{year}");
    fields = edits;
}

// A cell without a field is written empty; a category spanning rows not at all.
void TemplateEdits::dropHtmlCells()
{
    for (const HtmlCell &cell : htmlCells(line)) {
        if (cell.spansRows) {
            qsizetype b = cell.whole.begin;
            while (b > 0 && (line[b - 1] == ' ' || line[b - 1] == '\t'))
                --b;
            qsizetype e = cell.whole.end();
            if (b > 0 && line[b - 1] == '\n' && e < line.size() && line[e] == '\n')
                ++e; // the cell's line goes with it
            edits.push_back({b, e, {}});
        } else if (!holdsField(cell.content.begin, cell.content.end())) {
            edits.push_back({cell.content.begin, cell.content.end(), {}});
        }
    }
}

void TemplateEdits::trimRowCells()
{
    for (const Span &cell : rowCells(line)) {
        if (!holdsField(cell.begin, cell.end()))
            edits.push_back({cell.begin, cell.end(), " "});
        else
            trimRowCell(cell);
    }
}

// A field's cell keeps its fields and the markup around them ("[**", "**](", ")"),
// not the words of this one entry beside them ("🔥[**Name**] …", "(@Lab)").
void TemplateEdits::trimRowCell(Span cell)
{
    qsizetype first = cell.end(), last = cell.begin;
    for (const Replacement &r : fields) {
        if (r.begin >= cell.begin && r.end <= cell.end()) {
            first = std::min(first, r.begin);
            last = std::max(last, r.end);
        }
    }
    // A link holding a field ("[[pdf]]({url})") is kept whole.
    for (const Link &l : linksIn(line, cell.begin, cell.end())) {
        if (l.end <= cell.end() && l.destBegin < l.destEnd && holdsField(l.open, l.end)) {
            first = std::min(first, l.open);
            last = std::max(last, l.end);
        }
    }
    auto markup = [](char c) {
        return c == '[' || c == ']' || c == '(' || c == ')' || c == '*' || c == '_' || c == '`'
            || c == '"';
    };
    while (first > cell.begin && markup(line[first - 1]))
        --first;
    while (last < cell.end() && markup(line[last]))
        ++last;
    const Span inner = trimmedSpan(line, cell.begin, cell.end());
    if (last < inner.end())
        edits.push_back({last, inner.end(), {}});
    if (first > inner.begin)
        edits.push_back({inner.begin, first, {}});
    // "[Paper](…), [Tweet](…)": the cell keeps its field's link only.
    for (const Link &l : linksIn(line, cell.begin, cell.end())) {
        if (holdsField(l.open, l.end) || l.end > cell.end())
            continue;
        qsizetype b = l.open;
        while (b > cell.begin && (line[b - 1] == ' ' || line[b - 1] == ','))
            --b;
        edits.push_back({b, l.end, {}});
    }
}

// A date line under the fields ("5 Feb 2023") is this entry's own: it goes, with the
// hard line break (" \\") that ends the line before it. The app keeps no such date.
void TemplateEdits::dropDateLines()
{
    for (qsizetype lb = 0; lb < line.size();) {
        qsizetype le = line.indexOf('\n', lb);
        if (le < 0)
            le = line.size();
        if (lb > 0 && !holdsField(lb, le) && isDateLine(line.sliced(lb, le - lb))) {
            qsizetype b = lb - 1; // its line's newline
            if (b >= 1 && line[b - 1] == '\\')
                --b;
            while (b > 0 && line[b - 1] == ' ')
                --b;
            edits.push_back({b, le, {}});
        }
        lb = le + 1;
    }
}

// Links that hold no field (code, project page, badges) are this entry's own.
void TemplateEdits::dropOwnLinks()
{
    for (const Link &l : linksIn(line, 0, line.size())) {
        if (holdsField(l.open, l.end))
            continue;
        if (l.bare) {
            dropBareLinkLine(l);
            continue;
        }
        qsizetype b = l.open, e = l.end;
        // "[[Code](…)]": the brackets around it go too, and one space before.
        if (b > 0 && line[b - 1] == '[' && e < line.size() && line[e] == ']') {
            --b;
            ++e;
        }
        if (b > 0 && line[b - 1] == ' ')
            --b;
        // "[[pdf](…)], [[project](…)], 2021.3": one comma between what is left.
        if (b > 0 && line[b - 1] == ',' && e < line.size() && line[e] == ',')
            ++e;
        edits.push_back({b, e, {}});
    }
}

// "- Code: https://…" on a line of its own goes whole.
void TemplateEdits::dropBareLinkLine(const Link &l)
{
    const qsizetype lb = line.sliced(0, l.open).lastIndexOf('\n') + 1;
    const qsizetype le = line.indexOf('\n', l.end);
    const QByteArrayView before = line.sliced(lb, l.open - lb).trimmed();
    const QByteArrayView after = line.sliced(l.end, (le < 0 ? line.size() : le) - l.end);
    if (after.trimmed().isEmpty() && before.size() < 24 && !before.contains('[')) {
        if (le >= 0)
            edits.push_back({lb, le + 1, {}});
        else if (lb > 0)
            edits.push_back({lb - 1, line.size(), {}});
    }
}

QByteArray TemplateEdits::applied()
{
    std::sort(edits.begin(), edits.end(),
              [](const Replacement &a, const Replacement &b) { return a.begin > b.begin; });
    QByteArray out = line.toByteArray();
    qsizetype lastBegin = out.size() + 1;
    for (const Replacement &r : edits) {
        if (r.end > lastBegin)
            continue; // overlaps one already made (a field inside a dropped link)
        out.replace(r.begin, r.end - r.begin, r.text);
        lastBegin = r.begin;
    }
    return out;
}

void tidyTemplateText(QByteArray &out, EntryForm form)
{
    // A numbered item is written as "1." (GitHub numbers the list itself).
    qsizetype i = 0;
    while (i < out.size() && (out[i] == ' ' || out[i] == '\t'))
        ++i;
    qsizetype d = i;
    while (d < out.size() && isDigit(out[d]))
        ++d;
    if (d > i && d < out.size() && (out[d] == '.' || out[d] == ')'))
        out.replace(i, d - i, "1");
    out.replace("\r\n", "\n");
    if (form != EntryForm::Row && form != EntryForm::HtmlRow) {
        // A separator left at the end by a dropped link ("… 2021 | [bibtex](…)").
        while (out.endsWith(' ') || out.endsWith('|'))
            out.chop(1);
    }
}

// A template is one only if the reader reads what it writes: the entry's own fields,
// written with it, must read back as the same title and link.
bool readsBack(QByteArrayView source, const EntrySpans &p, const QString &entryTemplate)
{
    const EntryFields own = fieldsOf(source, p);
    const QByteArray written = renderEntry(own, entryTemplate).toUtf8();
    const auto back = parseEntryBlock(written);
    if (!back)
        return false;
    const EntryFields read = fieldsOf(written, *back);
    return read.title == own.title && read.url == own.url;
}

} // namespace

QString entryTemplateOf(QByteArrayView source, const ParsedEntry &entry)
{
    QByteArrayView line = entry.raw.in(source);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    // Up to four lines (a title line with its authors or links below it); no braces, which a
    // template reads as placeholders, and no backslash sequence it reads as a line break.
    if (line.count('\n') > 7 || line.contains('{') || line.contains('}') || line.contains("\\n"))
        return {};
    const EntrySpans &p = entry.parts;
    TemplateEdits edits{line};
    edits.addFields(p, entry.raw.begin);
    if (p.title.isEmpty() || p.destination.isEmpty())
        return {};
    if (p.form == EntryForm::HtmlRow) {
        edits.dropHtmlCells();
    } else if (p.form == EntryForm::Row) {
        edits.trimRowCells();
    } else {
        edits.dropDateLines();
        edits.dropOwnLinks();
    }
    QByteArray out = edits.applied();
    tidyTemplateText(out, p.form);
    QString result = stripResidue(QString::fromUtf8(out));
    while (result.endsWith(u' '))
        result.chop(1);
    result.replace(u'\n', u"\\n"_s);
    if (!result.contains(u"{title}") || !result.contains(u"{url}"))
        return {};
    if (!readsBack(source, p, result))
        return {};
    return result;
}

QString dominantTemplate(const ParsedReadme &readme)
{
    // Templates that differ only in the spaces around a table's pipes are one grammar; the
    // most frequent spelling of the most frequent grammar wins.
    static const QRegularExpression cellPadding(uR"(\s*\|\s*)"_s);
    // Nor do the spaces in a line, blank lines, the marks a list puts after its links ("🔒",
    // "+ 💽") or the source named in a handle-like label ("[@arXiv]", "[@IEEE]").
    static const QRegularExpression symbols(uR"([\p{So}\x{FE0F}\x{200D}]+)"_s);
    static const QRegularExpression strayJoiners(uR"(\s+[+/](?=\s|$|\.))"_s);
    static const QRegularExpression handle(uR"(\[@[^\]{}]*\])"_s);
    static const QRegularExpression spaces(uR"([ \t]+)"_s);
    auto grammarKey = [&](QString key) {
        key.replace(cellPadding, u"|"_s);
        key.replace(symbols, QString());
        key.replace(handle, u"[@]"_s);
        QStringList lines;
        for (QString line : key.split(u"\\n"_s)) {
            line.replace(spaces, u" "_s);
            for (int round = 0; round < 3; ++round)
                line.replace(strayJoiners, QString());
            line.replace(u" ."_s, u"."_s);
            line = line.trimmed();
            if (!line.isEmpty())
                lines.append(line);
        }
        return lines.join(u"\\n"_s);
    };
    QHash<QString, int> grammars;
    QHash<QString, QHash<QString, int>> spellings;
    // A list's grammar shows in a sample as well as in all of it: at most 2,000 entries, spread
    // evenly, keep the import of a 100,000-entry list from paying for it.
    const qsizetype total = readme.entries.size();
    const qsizetype step = std::max<qsizetype>(1, total / 2000);
    qsizetype sampled = 0;
    for (qsizetype k = 0; k < total; k += step) {
        const ParsedEntry &e = readme.entries[k];
        ++sampled;
        const QString t = entryTemplateOf(readme.source, e);
        if (t.isEmpty())
            continue;
        const QString key = grammarKey(t);
        ++grammars[key];
        ++spellings[key][t];
    }
    QString bestKey;
    int bestCount = 0;
    for (auto it = grammars.cbegin(); it != grammars.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < bestKey)) {
            bestKey = it.key();
            bestCount = it.value();
        }
    }
    if (bestCount < 2 || bestCount * 10 < sampled)
        return {};
    QString best;
    int most = 0;
    const QHash<QString, int> &forms = spellings[bestKey];
    for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

QString entryTemplateOfText(QByteArrayView raw)
{
    const auto parts = parseEntryBlock(raw);
    if (!parts)
        return {};
    ParsedEntry entry;
    entry.raw = {0, raw.size()};
    entry.parts = *parts;
    return entryTemplateOf(raw, entry);
}

char blockKindOf(QByteArrayView text)
{
    const QByteArrayView t = text.trimmed();
    if (t.startsWith('|'))
        return 'r';
    if (isHtmlRow(t) || (t.size() > 3 && t.first(3).compare("<tr", Qt::CaseInsensitive) == 0))
        return 'h';
    const qsizetype lineEnd = t.indexOf('\n') < 0 ? t.size() : t.indexOf('\n');
    return listItemContent(t.first(lineEnd)) >= 0 ? 'i' : 'p';
}

} // namespace Curator::Markdown
