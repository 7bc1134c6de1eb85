#include "entryrenderer.h"

#include "markdown/inlinelink.h"
#include "markdown/readmereader.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Curator::Markdown {

namespace {

// A year text is written inside parentheses: parentheses of its own would end it early.
QString cleanYear(const EntryFields &f)
{
    QString y = f.yearText.isEmpty() && f.year > 0 ? QString::number(f.year) : f.yearText;
    y.remove(u'(');
    y.remove(u')');
    return escapeText(y);
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

QString renderEntry(const EntryFields &f, const QString &entryTemplate)
{
    const QString t = entryTemplate.isEmpty() ? defaultEntryTemplate() : entryTemplate;
    QString out = t;
    out.replace(u"{authors}"_s, escapeText(lineEndingFree(f.authors).simplified()));
    out.replace(u"{title}"_s, escapeText(lineEndingFree(f.title).simplified()));
    out.replace(u"{url}"_s, escapeDestination(f.url.trimmed()));
    out.replace(u"{venue}"_s, escapeText(lineEndingFree(f.venue).simplified()));
    out.replace(u"{year}"_s, cleanYear(f));
    // Parts left empty must not leave their punctuation behind.
    out.replace(u"()"_s, QString());
    out.replace(u"[****]"_s, u"[]"_s);
    out = out.simplified();
    while (out.endsWith(u" -"_s) || out.endsWith(u" \u2013"_s) || out.endsWith(u" \u2014"_s)
           || out.endsWith(u','))
        out = out.chopped(out.endsWith(u',') ? 1 : 2).trimmed();
    return out;
}

QByteArray rerenderEntry(const QByteArray &originalRaw, const EntryFields &fields,
                         const QString &entryTemplate, const QByteArray &eol)
{
    auto fresh = [&]() -> QByteArray {
        return renderEntry(fields, entryTemplate).toUtf8() + eol;
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
    if (parts->form == EntryForm::Paper)
        change(old.authors, fields.authors, parts->authors, escapeText(authors));
    else if (!fields.authors.isEmpty())
        ok = false;
    change(old.title, lineEndingFree(fields.title).simplified(), parts->title,
           escapeText(lineEndingFree(fields.title).simplified()));
    change(old.url, fields.url.trimmed(), parts->destination,
           escapeDestination(fields.url.trimmed()));
    change(old.venue, lineEndingFree(fields.venue).simplified(), parts->venue,
           escapeText(lineEndingFree(fields.venue).simplified()));
    const QString yearText = fields.yearText.isEmpty() && fields.year > 0
        ? QString::number(fields.year)
        : fields.yearText;
    change(old.yearText, yearText.simplified(), parts->year, cleanYear(fields));
    if (!ok)
        return fresh();

    std::sort(edits.begin(), edits.end(),
              [](const Edit &a, const Edit &b) { return a.span.begin > b.span.begin; });
    QByteArray out = originalRaw;
    for (const Edit &e : edits)
        out.replace(e.span.begin, e.span.size, e.text.toUtf8());
    return out;
}

} // namespace Curator::Markdown
