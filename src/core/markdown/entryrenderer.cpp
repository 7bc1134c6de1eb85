#include "entryrenderer.h"

#include "markdown/blocks.h"
#include "markdown/entryforms.h"
#include "markdown/inlinelink.h"
#include "markdown/readmereader.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Curator::Markdown {

namespace {

// A year text is written inside parentheses: parentheses of its own would end it early.
QString cleanYear(const EntryFields &f)
{
    QString y = f.yearText.isEmpty() && f.year > 0 ? QString::number(f.year) : f.yearText;
    y.remove(u'(');
    y.remove(u')');
    return escapeText(y.simplified());
}

// Escaped text that starts a line (or a list item's content) must not start a block there:
// "# …" would be a heading, "- …", "+ …" and "1. …" a list, "| …" a table row to GitHub and
// to the README reader, which would then not read the entry back. escapeText() has taken care
// of '>', '*', '`', '~', '<' and '['.
QString notBlockStart(QString text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'#' || first == u'-' || first == u'+' || first == u'=' || first == u'|') {
        text.prepend(u'\\');
        return text;
    }
    qsizetype digits = 0;
    while (digits < text.size() && digits < 10 && text.at(digits).isDigit()
           && text.at(digits).unicode() < 0x80)
        ++digits;
    if (digits > 0 && digits < 10 && digits < text.size()
        && (text.at(digits) == u'.' || text.at(digits) == u')'))
        text.insert(digits, u'\\');
    return text;
}

// Whether `pos` in an entry's text is where a block's content begins: after nothing but
// indentation and at most one list marker ("- ", "* ", "1. ").
bool startsBlock(QByteArrayView raw, qsizetype pos)
{
    qsizetype i = 0;
    while (i < pos && (raw[i] == ' ' || raw[i] == '\t'))
        ++i;
    if (i == pos)
        return true;
    qsizetype marker = i;
    if (raw[marker] == '-' || raw[marker] == '+' || raw[marker] == '*') {
        ++marker;
    } else {
        while (marker < pos && marker - i < 9 && raw[marker] >= '0' && raw[marker] <= '9')
            ++marker;
        if (marker == i || marker >= pos || (raw[marker] != '.' && raw[marker] != ')'))
            return false;
        ++marker;
    }
    if (marker >= pos || (raw[marker] != ' ' && raw[marker] != '\t'))
        return false;
    while (marker < pos && (raw[marker] == ' ' || raw[marker] == '\t'))
        ++marker;
    return marker == pos;
}

// Placeholders stand as noncharacters (never text) while the template is cleaned up, so that
// only the template's own punctuation is tidied: a title holding "()" or "{url}" stays as it is.
constexpr char16_t FirstSlot = 0xFDD0;
constexpr bool isSlot(QChar c)
{
    return c.unicode() >= 0xFDD0 && c.unicode() <= 0xFDEF;
}

QString lineEndingFree(const QString &s)
{
    QString out = s;
    out.replace(u"\r\n"_s, u" "_s);
    out.replace(u'\n', u' ');
    out.replace(u'\r', u' ');
    return out;
}

} // namespace

QString defaultEntryTemplate()
{
    return u"{authors} [**{title}**]({url}) {venue} ({year})"_s;
}

QStringList templatePlaceholders()
{
    return {u"{authors}"_s, u"{title}"_s, u"{url}"_s, u"{venue}"_s, u"{year}"_s};
}

QString checkTemplate(const QString &t)
{
    if (t.trimmed().isEmpty())
        return QCoreApplication::translate("Curator::EntryRenderer", "The template is empty.");
    if (t.contains(u'\n') || t.contains(u'\r'))
        return QCoreApplication::translate("Curator::EntryRenderer",
                                           "The template must be a single line.");
    if (!t.contains(u"{title}"_s))
        return QCoreApplication::translate("Curator::EntryRenderer",
                                           "The template needs a {title} placeholder.");
    qsizetype i = 0;
    const QStringList known = templatePlaceholders();
    while ((i = t.indexOf(u'{', i)) >= 0) {
        const qsizetype close = t.indexOf(u'}', i);
        const QString name = close < 0 ? t.mid(i) : t.mid(i, close - i + 1);
        if (!known.contains(name))
            return QCoreApplication::translate("Curator::EntryRenderer",
                                               "Unknown placeholder %1; use %2.")
                .arg(name, known.join(u", "_s));
        i = close + 1;
    }
    return {};
}

namespace {

QString htmlEscaped(const QString &text)
{
    return lineEndingFree(text).simplified().toHtmlEscaped();
}

bool isHtmlTemplate(const QString &t)
{
    return t.trimmed().startsWith(u"<tr"_s, Qt::CaseInsensitive);
}

// An HTML table row: HTML is not Markdown, so values are written with HTML's escapes, and every
// cell stays (an empty one too), or the row's columns would shift.
QString renderHtmlRow(const EntryFields &f, QString t)
{
    t.replace(u"\\n"_s, u"\n"_s);
    const QString year = f.yearText.isEmpty() && f.year > 0 ? QString::number(f.year) : f.yearText;
    QString url = f.url.trimmed();
    url.replace(u'"', u"%22"_s);
    url.replace(u'&', u"&amp;"_s);
    const QStringList names = templatePlaceholders();
    const QString values[] = {htmlEscaped(f.authors), htmlEscaped(f.title), url,
                              htmlEscaped(f.venue), htmlEscaped(year)};
    QString out;
    for (qsizetype i = 0; i < t.size();) {
        qsizetype k = 0;
        while (k < names.size() && !QStringView(t).sliced(i).startsWith(names.at(k)))
            ++k;
        if (k < names.size()) {
            out += values[k];
            i += names.at(k).size();
        } else {
            out += t.at(i++);
        }
    }
    return out;
}

} // namespace

namespace {

// One value per placeholder, in templatePlaceholders()'s order.
using Values = QString[5];

// A line whose placeholders all stay empty (no authors known) is left out.
bool staysEmpty(const EntryFields &f, const QString &body)
{
    const QStringList names = templatePlaceholders();
    const QString filled[] = {f.authors, f.title, f.url, f.venue,
                              f.yearText.isEmpty() && f.year > 0 ? u"y"_s : f.yearText};
    bool hasSlot = false, hasValue = false;
    for (qsizetype k = 0; k < names.size(); ++k) {
        if (body.contains(names[k])) {
            hasSlot = true;
            hasValue = hasValue || !filled[k].trimmed().isEmpty();
        }
    }
    return hasSlot && !hasValue;
}

// A template of several lines ("\\n" between them, as Settings shows it): each line is
// rendered on its own, keeping its indentation, so that nested lines stay in their item.
QString renderLines(const EntryFields &f, const QString &entryTemplate)
{
    QStringList out;
    for (const QString &line : entryTemplate.split(u"\\n"_s)) {
        qsizetype indent = 0;
        while (indent < line.size() && (line[indent] == u' ' || line[indent] == u'\t'))
            ++indent;
        const QString body = line.mid(indent);
        if (staysEmpty(f, body))
            continue;
        out.append(body.isEmpty() ? QString() : line.left(indent) + renderEntry(f, body));
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

// The template with a slot character for each placeholder whose value is not empty: the
// punctuation of empty parts can then be cleaned up before any value could be mistaken for it.
QString slotted(const QString &t, const QStringList &names, const Values &values)
{
    QString out;
    out.reserve(t.size());
    for (qsizetype i = 0; i < t.size();) {
        qsizetype k = 0;
        while (k < names.size() && !QStringView(t).sliced(i).startsWith(names.at(k)))
            ++k;
        if (k < names.size()) {
            if (!values[k].isEmpty())
                out += QChar(char16_t(FirstSlot + k));
            i += names.at(k).size();
            continue;
        }
        if (!isSlot(t.at(i)))
            out += t.at(i);
        ++i;
    }
    return out;
}

// Parts left empty must not leave their punctuation behind.
QString withoutEmptyParts(QString out)
{
    out.replace(u"()"_s, QString());
    out.replace(u"[****]"_s, u"[]"_s);
    out = out.simplified();
    while (out.endsWith(u" -"_s) || out.endsWith(u" \u2013"_s) || out.endsWith(u" \u2014"_s)
           || out.endsWith(u','))
        out = out.chopped(out.endsWith(u',') ? 1 : 2).trimmed();
    return out;
}

QString filledSlots(const QString &out, const Values &values, const EntryFields &f)
{
    QString line;
    line.reserve(out.size() + f.title.size() + f.authors.size() + f.venue.size() + f.url.size());
    bool endsWithPeriod = false; // the last value written ended with '.'
    for (const QChar c : out) {
        if (!isSlot(c)) {
            // "*{authors}.*" with authors "Doe, J.": one period, not two.
            if (!(endsWithPeriod && c == u'.'))
                line += c;
            endsWithPeriod = false;
            continue;
        }
        endsWithPeriod = values[c.unicode() - FirstSlot].endsWith(u'.');
        const QString &value = values[c.unicode() - FirstSlot];
        const QByteArray before = line.toUtf8();
        line += startsBlock(before, before.size()) ? notBlockStart(value) : value;
    }
    return line;
}

} // namespace

QString renderEntry(const EntryFields &f, const QString &entryTemplate)
{
    if (isHtmlTemplate(entryTemplate))
        return renderHtmlRow(f, entryTemplate);
    if (entryTemplate.contains(u"\\n"_s))
        return renderLines(f, entryTemplate);
    const QString t = entryTemplate.isEmpty() ? defaultEntryTemplate() : entryTemplate;
    const QStringList names = templatePlaceholders();
    Values values = {
        escapeText(lineEndingFree(f.authors).simplified()),
        escapeText(lineEndingFree(f.title).simplified()),
        escapeDestination(f.url.trimmed()),
        escapeText(lineEndingFree(f.venue).simplified()),
        cleanYear(f),
    };
    // In a table row a '|' of a value would end its cell.
    if (t.trimmed().startsWith(u'|')) {
        for (QString &v : values)
            v.replace(u'|', u"\\|"_s);
    }
    static_assert(std::size(values) == 5, "one value per placeholder");
    Q_ASSERT(names.size() == qsizetype(std::size(values)));
    return filledSlots(withoutEmptyParts(slotted(t, names, values)), values, f);
}

QByteArray rerenderEntry(const QByteArray &originalRaw, const EntryFields &fields,
                         const QString &entryTemplate, const QByteArray &eol)
{
    auto fresh = [&]() -> QByteArray {
        QByteArray text = renderEntry(fields, entryTemplate).toUtf8();
        if (eol != "\n")
            text.replace("\n", eol);
        return text + eol;
    };
    if (originalRaw.isEmpty())
        return fresh();
    const auto parts = parseEntryBlock(originalRaw);
    if (!parts)
        return fresh();
    const EntryFields old = fieldsOf(originalRaw, *parts);

    struct Edit
    {
        Span span;
        QString text;
    };
    QList<Edit> edits;
    bool ok = true;
    auto change = [&](const QString &oldValue, const QString &newValue, Span span,
                      const QString &rendered) {
        if (oldValue == newValue)
            return;
        // A part that is absent, or that the edit empties, cannot be patched in place.
        if (span.isEmpty() || rendered.isEmpty()) {
            ok = false;
            return;
        }
        edits.push_back({span, rendered});
    };
    const QString authors = lineEndingFree(fields.authors).simplified();
    // In an HTML row values take HTML's escapes, not Markdown's.
    const bool html = parts->form == EntryForm::HtmlRow;
    auto text = [html](const QString &v) {
        return html ? htmlEscaped(v) : escapeText(lineEndingFree(v).simplified());
    };
    QString url = escapeDestination(fields.url.trimmed());
    if (html) {
        url = fields.url.trimmed();
        url.replace(u'"', u"%22"_s);
        url.replace(u'&', u"&amp;"_s);
    }
    // A "- [Name](url) - Description" bullet has no place for authors.
    if (parts->form != EntryForm::Bullet)
        change(old.authors, fields.authors, parts->authors, text(authors));
    else if (!fields.authors.isEmpty())
        ok = false;
    change(old.title, lineEndingFree(fields.title).simplified(), parts->title, text(fields.title));
    change(old.url, fields.url.trimmed(), parts->destination, url);
    change(old.venue, lineEndingFree(fields.venue).simplified(), parts->venue, text(fields.venue));
    const QString yearText = fields.yearText.isEmpty() && fields.year > 0
        ? QString::number(fields.year)
        : fields.yearText;
    change(old.yearText, yearText.simplified(), parts->year,
           html ? text(yearText) : cleanYear(fields));
    if (!ok) {
        // Written anew, in its own form where the list's is another kind of block (a row of
        // an HTML table in a list of bullets): a bullet inside a table would break it.
        if (blockKindOf(originalRaw) != blockKindOf(entryTemplate.toUtf8())) {
            const QString own = entryTemplateOfText(originalRaw);
            if (!own.isEmpty())
                return rerenderEntry({}, fields, own, eol);
        }
        return fresh();
    }

    for (Edit &e : edits) {
        if (!html && startsBlock(originalRaw, e.span.begin))
            e.text = notBlockStart(e.text);
    }
    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.span.begin > b.span.begin; });
    QByteArray out = originalRaw;
    for (const Edit &e : edits)
        out.replace(e.span.begin, e.span.size, e.text.toUtf8());
    return out;
}

namespace {

// The indentation and marker of a list item's first line ("    * ", "1. "), or empty.
QByteArray itemPrefix(QByteArrayView text)
{
    const qsizetype lineEnd = text.indexOf('\n') < 0 ? text.size() : text.indexOf('\n');
    const qsizetype content = listItemContent(text.first(lineEnd));
    return content < 0 ? QByteArray() : text.first(content).toByteArray();
}

} // namespace

QByteArray fitToNeighbour(const QByteArray &rendered, QByteArrayView neighbourRaw)
{
    const QByteArray theirs = itemPrefix(neighbourRaw);
    if (theirs.isEmpty())
        return rendered;
    qsizetype indent = 0;
    while (indent < theirs.size() && (theirs[indent] == ' ' || theirs[indent] == '\t'))
        ++indent;
    const QByteArray indentation = theirs.first(indent);
    const QByteArray mine = itemPrefix(rendered);
    QByteArray out;
    if (mine.isEmpty()) {
        out = theirs + rendered; // a paragraph among items becomes an item like them
    } else {
        qsizetype own = 0;
        while (own < rendered.size() && (rendered[own] == ' ' || rendered[own] == '\t'))
            ++own;
        out = indentation + rendered.mid(own);
    }
    // The entry's further lines keep their place inside the item.
    const QByteArray continuation = mine.isEmpty() ? QByteArray(theirs.size(), ' ') : indentation;
    if (continuation.isEmpty())
        return out;
    qsizetype nl = out.indexOf('\n');
    while (nl >= 0 && nl + 1 < out.size()) {
        if (out[nl + 1] != '\n' && out[nl + 1] != '\r')
            out.insert(nl + 1, continuation);
        nl = out.indexOf('\n', nl + 1);
    }
    return out;
}

} // namespace Curator::Markdown
