#include "citations.h"

#include "metadata/toentry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Curator::Citations {

namespace {

class CitationText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Citations)
};

// Lowercase ASCII letters only: accents dropped by decomposition, everything else removed.
QString asciiFolded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetter())
            out += c.toLower();
    }
    return out;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words{u"a"_s,    u"an"_s,  u"the"_s, u"on"_s,      u"of"_s,
                                     u"in"_s,   u"for"_s, u"to"_s,  u"and"_s,     u"from"_s,
                                     u"with"_s, u"is"_s,  u"are"_s, u"towards"_s, u"toward"_s};
    return words;
}

QString arxivWithoutVersion(const QString &id)
{
    static const QRegularExpression version(u"v\\d+$"_s);
    return QString(id).remove(version);
}

QString bibName(const PersonName &n)
{
    if (n.isLiteral())
        return u'{' + bibEscaped(n.literal) + u'}';
    if (n.given.isEmpty())
        return u'{' + bibEscaped(n.family) + u'}';
    // "van Bergen, R. S.": braces keep a particle with its family name.
    const QString family
        = n.family.contains(u' ') ? u'{' + bibEscaped(n.family) + u'}' : bibEscaped(n.family);
    return family + u", "_s + bibEscaped(n.given);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    for (Format f : {Format::BibTeX, Format::CslJson, Format::Csv}) {
        if (formatName(f) == name.toLower())
            return f;
    }
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::BibTeX:
        return u"bibtex"_s;
    case Format::CslJson:
        return u"csljson"_s;
    case Format::Csv:
        return u"csv"_s;
    }
    return {};
}

QString fileSuffix(Format format)
{
    switch (format) {
    case Format::BibTeX:
        return u"bib"_s;
    case Format::CslJson:
        return u"json"_s;
    case Format::Csv:
        return u"csv"_s;
    }
    return {};
}

bool Item::isPreprint() const
{
    return (Metadata::isPreprintVenue(fields.venue) || fields.venue.trimmed().isEmpty())
        && (!fields.arxivId.isEmpty() || fields.doi.startsWith(u"10.1101/"_s));
}

QString baseKey(const Item &item)
{
    QString name;
    if (!item.authors.isEmpty()) {
        const PersonName &first = item.authors.first();
        const QString family = first.isLiteral() ? first.literal : first.family;
        // The family name's last word: "van Bergen" → "bergen", as BibTeX styles sort it.
        name = asciiFolded(family.split(u' ', Qt::SkipEmptyParts)
                               .value(family.split(u' ', Qt::SkipEmptyParts).size() - 1));
    }
    if (name.isEmpty())
        name = u"anon"_s;
    QString word;
    for (const QString &w :
         item.fields.title.split(QRegularExpression(u"[^\\p{L}\\p{N}]+"_s), Qt::SkipEmptyParts)) {
        const QString folded = asciiFolded(w);
        if (!folded.isEmpty() && !stopWords().contains(folded)) {
            word = folded;
            break;
        }
    }
    return name + (item.fields.year > 0 ? QString::number(item.fields.year) : QString()) + word;
}

QList<Item> itemsOf(const QList<Entry> &entries, const QHash<qint64, QString> &sectionTitles)
{
    QList<Item> items;
    QHash<QString, int> used;
    for (const Entry &e : entries) {
        Item item;
        item.fields = e.fields;
        item.section = sectionTitles.value(e.sectionId);
        item.authors = e.fields.authorNames.isEmpty() ? AuthorFormat::parse(e.fields.authors)
                                                      : e.fields.authorNames;
        static const QRegularExpression cut(u"\\.\\.\\.|…|\\bet al\\b"_s);
        item.moreAuthors = cut.match(e.fields.authors).hasMatch();
        const QString base = baseKey(item);
        const int n = used.value(base);
        used.insert(base, n + 1);
        // The second "smith2020deep" becomes "smith2020deepa", the third "…b" (after "z": "…za").
        QString suffix;
        for (int k = n; k > 0; k = (k - 1) / 26)
            suffix.prepend(QChar(u'a' + (k - 1) % 26));
        item.key = base + suffix;
        items.append(item);
    }
    return items;
}

QString bibEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += u"\\textbackslash{}"_s;
            break;
        case '{':
        case '}':
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            out += u'\\';
            out += c;
            break;
        case '~':
            out += u"\\textasciitilde{}"_s;
            break;
        case '^':
            out += u"\\textasciicircum{}"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString bibTitle(const QString &title)
{
    // Styles lowercase titles; a word with a capital past its first letter ("fMRI", "ELM") or
    // any capital after the first word keeps its form in braces. The braces go around whole
    // words, as BibTeX's case changes then leave the word alone.
    const QStringList words = title.split(u' ');
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        bool protect = false;
        for (qsizetype k = 0; k < w.size(); ++k) {
            if (w[k].isUpper() && (k > 0 || i > 0))
                protect = true;
        }
        out << (protect ? u'{' + bibEscaped(w) + u'}' : bibEscaped(w));
    }
    return out.join(u' ');
}

QByteArray toBibTeX(const QList<Item> &items)
{
    QString out;
    for (const Item &item : items) {
        const EntryFields &f = item.fields;
        const bool preprint = item.isPreprint();
        const bool paper = !f.doi.isEmpty() || !f.arxivId.isEmpty();
        const QString type = !paper || preprint ? u"misc"_s : u"article"_s;
        QList<QPair<QString, QString>> fields;
        QStringList names;
        for (const PersonName &n : item.authors)
            names << bibName(n);
        if (item.moreAuthors && !names.isEmpty())
            names << u"others"_s;
        if (!names.isEmpty())
            fields.append({u"author"_s, names.join(u" and "_s)});
        fields.append({u"title"_s, bibTitle(f.title)});
        if (type == u"article"_s && !f.venue.isEmpty())
            fields.append({u"journal"_s, bibEscaped(f.venue)});
        else if (!preprint && !f.venue.isEmpty())
            fields.append({u"howpublished"_s, bibEscaped(f.venue)});
        if (f.year > 0)
            fields.append({u"year"_s, QString::number(f.year)});
        if (!f.doi.isEmpty())
            fields.append({u"doi"_s, bibEscaped(f.doi)});
        if (!f.arxivId.isEmpty()) {
            fields.append({u"eprint"_s, arxivWithoutVersion(f.arxivId)});
            fields.append({u"archivePrefix"_s, u"arXiv"_s});
        }
        if (!f.url.isEmpty())
            fields.append({u"url"_s, f.url});
        out += u'@' + type + u'{' + item.key + u",\n"_s;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            out += u"  "_s + fields[i].first + u" = {"_s + fields[i].second + u'}'
                + (i + 1 < fields.size() ? u",\n"_s : u"\n"_s);
        }
        out += u"}\n\n"_s;
    }
    return out.toUtf8();
}

QByteArray toCslJson(const QList<Item> &items)
{
    QJsonArray all;
    for (const Item &item : items) {
        const EntryFields &f = item.fields;
        QJsonObject o;
        o[u"id"_s] = item.key;
        const bool paper = !f.doi.isEmpty() || !f.arxivId.isEmpty();
        // CSL 1.0.2: "article" is a preprint; a page that is not a paper is a "webpage".
        o[u"type"_s] = !paper   ? u"webpage"_s
            : item.isPreprint() ? u"article"_s
                                : u"article-journal"_s;
        o[u"title"_s] = f.title;
        QJsonArray authors;
        for (const PersonName &n : item.authors) {
            authors.append(n.isLiteral()
                               ? QJsonObject{{u"literal"_s, n.literal}}
                               : QJsonObject{{u"family"_s, n.family}, {u"given"_s, n.given}});
        }
        if (!authors.isEmpty())
            o[u"author"_s] = authors;
        if (f.year > 0)
            o[u"issued"_s] = QJsonObject{{u"date-parts"_s, QJsonArray{QJsonArray{f.year}}}};
        if (item.isPreprint()) {
            o[u"publisher"_s] = f.arxivId.isEmpty() ? f.venue.trimmed() : u"arXiv"_s;
            if (!f.arxivId.isEmpty())
                o[u"number"_s] = QString(u"arXiv:"_s + arxivWithoutVersion(f.arxivId));
        } else if (!f.venue.isEmpty()) {
            o[u"container-title"_s] = f.venue;
        }
        if (!f.doi.isEmpty())
            o[u"DOI"_s] = f.doi;
        if (!f.url.isEmpty())
            o[u"URL"_s] = f.url;
        all.append(o);
    }
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<Item> &items)
{
    // RFC 4180: a header, CRLF line ends, fields quoted when they hold a comma, quote or line end.
    QString out = u"key,section,authors,title,venue,year,doi,arxiv,url\r\n"_s;
    for (const Item &item : items) {
        const EntryFields &f = item.fields;
        const QStringList row{
            item.key, item.section, f.authors,
            f.title,  f.venue,      f.year > 0 ? QString::number(f.year) : QString(),
            f.doi,    f.arxivId,    f.url};
        QStringList quoted;
        for (const QString &field : row)
            quoted << csvField(field);
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray write(const QList<Item> &items, Format format)
{
    switch (format) {
    case Format::BibTeX:
        return toBibTeX(items);
    case Format::CslJson:
        return toCslJson(items);
    case Format::Csv:
        return toCsv(items);
    }
    return {};
}

std::optional<QByteArray> exportList(Store &store, qint64 listId, Format format, QString *error)
{
    if (!store.list(listId)) {
        *error = CitationText::tr("There is no such list.");
        return std::nullopt;
    }
    QHash<qint64, QString> titles;
    for (const Section &s : store.sections(listId))
        titles.insert(s.id, s.title);
    const QList<Entry> entries = store.entries(listId);
    if (!store.errorString().isEmpty() && entries.isEmpty() && store.entryCount(listId) > 0) {
        *error = store.errorString();
        return std::nullopt;
    }
    return write(itemsOf(entries, titles), format);
}

bool exportListToFile(Store &store, qint64 listId, Format format, const QString &path,
                      QString *error)
{
    const std::optional<QByteArray> data = exportList(store, listId, format, error);
    if (!data)
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*data) != data->size() || !f.commit()) {
        *error = CitationText::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace Curator::Citations
