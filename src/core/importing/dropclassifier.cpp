#include "dropclassifier.h"

#include "citationmeta.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMimeData>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Curator {

namespace {

// lupdate finds the strings of this file under this context.
class DropText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::DropClassifier)
};

constexpr qsizetype kSourceChars = 200;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A data: URL can be megabytes; the report only needs to recognise it.
QString sourceText(QStringView s)
{
    s = s.trimmed();
    if (s.size() <= kSourceChars)
        return s.toString();
    return s.first(kSourceChars).toString() + u'…';
}

DropItem unsupported(QStringView source, QString reason)
{
    DropItem item;
    item.kind = DropItem::Kind::Unsupported;
    item.source = sourceText(source);
    item.reason = std::move(reason);
    return item;
}

// Gathers items in order, one per paper, URL or path, up to kMaxDropItems.
class Collector final
{
public:
    void add(DropItem item)
    {
        const QString key = keyOf(item);
        if (const auto it = m_index.constFind(key); it != m_index.cend()) {
            DropItem &kept = m_items[*it];
            // "2306.16922" then "2306.16922v2": the versioned one names exactly what was meant.
            if (item.kind == DropItem::Kind::Identifier && kept.id.arxivVersion == 0
                && item.id.arxivVersion > 0)
                kept = std::move(item);
            return;
        }
        if (m_items.size() >= kMaxDropItems) {
            m_truncated = true;
            return;
        }
        m_index.insert(key, m_items.size());
        m_items.append(std::move(item));
    }

    bool isEmpty() const { return m_items.isEmpty(); }
    bool truncated() const { return m_truncated; }
    void noteTextCut() { m_textCut = true; }

    QList<DropItem> take()
    {
        if (m_textCut)
            m_items.append(
                unsupported({},
                            DropText::tr("Only the first %1 MB of the dropped text were read.")
                                .arg(kMaxDropTextChars / (1024 * 1024))));
        if (m_truncated)
            m_items.append(unsupported(
                {},
                DropText::tr("Only the first %n item(s) were taken; the rest was ignored.", nullptr,
                             int(kMaxDropItems))));
        return std::move(m_items);
    }

private:
    static QString keyOf(const DropItem &item)
    {
        switch (item.kind) {
        case DropItem::Kind::Identifier:
            // An arXiv id in any version is one paper; DOIs compare case-insensitively.
            return item.id.kind == RecognizedId::Kind::Arxiv
                ? u"arxiv:"_s + item.id.arxivId
                : u"doi:"_s + Identifier::doiKey(item.id.doi);
        case DropItem::Kind::Url:
            return u"url:"_s
                + item.url
                      .adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash
                                | QUrl::NormalizePathSegments)
                      .toString(QUrl::FullyEncoded);
        case DropItem::Kind::PdfFile:
        case DropItem::Kind::LocalFile:
            return u"file:"_s + QDir::cleanPath(item.path);
        case DropItem::Kind::Unsupported:
            break;
        }
        return u"unsupported:"_s + item.source + u'\n' + item.reason;
    }

    QList<DropItem> m_items;
    QHash<QString, qsizetype> m_index;
    bool m_truncated = false;
    bool m_textCut = false;
};

DropItem fileItem(const QString &path, QStringView source)
{
    DropItem item;
    item.kind = path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? DropItem::Kind::PdfFile
                                                              : DropItem::Kind::LocalFile;
    item.path = path;
    item.source = sourceText(source);
    return item;
}

DropItem identifierItem(RecognizedId id, const QUrl &url, QStringView source)
{
    DropItem item;
    item.kind = DropItem::Kind::Identifier;
    item.id = std::move(id);
    item.url = url;
    item.source = sourceText(source);
    return item;
}

enum class Junk {
    Report, // a list of links (text/uri-list): each line was meant as one, so say why not
    Skip, // prose: words that are not links are just words
};

// One link as dropped: a URL, a "doi:"/"arXiv:" form or a bare identifier.
void addLink(QStringView raw, Collector &out, Junk junk)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty())
        return;
    const QUrl url(text.toString(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"file") {
        const QString path = url.isLocalFile() ? url.toLocalFile() : QString();
        if (!path.isEmpty())
            out.add(fileItem(path, text));
        else if (junk == Junk::Report)
            out.add(unsupported(text, DropText::tr("This is not a file on this computer.")));
        return;
    }
    if (scheme == u"http" || scheme == u"https") {
        if (!url.isValid() || url.host().isEmpty()) {
            if (junk == Junk::Report)
                out.add(unsupported(text, DropText::tr("This is not a complete web address.")));
            return;
        }
        if (RecognizedId id = Identifier::recognize(url.toString()); id.isValid()) {
            out.add(identifierItem(std::move(id), url, text));
            return;
        }
        DropItem item;
        item.kind = DropItem::Kind::Url;
        item.url = url;
        item.source = sourceText(text);
        out.add(std::move(item));
        return;
    }
    // "doi:10.…", "arXiv:2306.16922", a bare id on a line of a list.
    if (RecognizedId id = Identifier::recognize(text); id.isValid()) {
        out.add(identifierItem(std::move(id), {}, text));
        return;
    }
    // Some programs put plain paths where URLs belong.
    if (scheme.isEmpty() && text.startsWith(u'/')) {
        out.add(fileItem(QDir::cleanPath(text.toString()), text));
        return;
    }
    if (junk == Junk::Skip)
        return;
    if (scheme.isEmpty())
        out.add(unsupported(text, DropText::tr("This is neither a link nor an identifier.")));
    else
        out.add(
            unsupported(text, DropText::tr("“%1:” links cannot be imported.").arg(url.scheme())));
}

// A URL in prose ends at white space, at characters that never occur unescaped in one (a
// Markdown "](" included) and before sentence punctuation; a ')' whose '(' is inside the URL
// stays (cell.com …/S0896-6273(20)30705-4).
qsizetype urlEnd(QStringView s)
{
    qsizetype end = 0;
    while (end < s.size()) {
        const QChar c = s[end];
        if (c == u'<' || c == u'>' || c == u'"' || c == u'`' || c == u'[' || c == u']' || c == u'{'
            || c == u'}' || c == u'|' || c == u'\\' || c == u'^')
            break;
        ++end;
    }
    while (end > 0) {
        const QChar last = s[end - 1];
        if (last == u')') {
            const QStringView url = s.first(end);
            if (url.count(u')') <= url.count(u'('))
                break;
        } else if (last != u'.' && last != u',' && last != u';' && last != u':' && last != u'!'
                   && last != u'?' && last != u'\'' && last != u'*' && last != u'_') {
            break;
        }
        --end;
    }
    return end;
}

void addIdentifiers(QStringView text, Collector &out)
{
    if (text.isEmpty())
        return;
    for (RecognizedId &id : Identifier::findAll(text))
        out.add(identifierItem(std::move(id), {}, text));
}

// One white-space-free run of prose: its URLs and identifiers, in order.
void scanToken(QStringView token, Collector &out)
{
    qsizetype pos = 0;
    while (pos < token.size()) {
        const qsizetype sep = token.indexOf(u"://", pos);
        qsizetype start = sep;
        while (start > pos && isAsciiLetter(token[start - 1]))
            --start;
        if (sep < 0 || start == sep) {
            const QStringView rest = token.sliced(pos);
            if (rest.startsWith(u"www.", Qt::CaseInsensitive)
                && Identifier::findAll(rest).isEmpty()) {
                const QStringView host = rest.first(urlEnd(rest));
                addLink(QString(u"https://"_s + host), out, Junk::Skip);
            } else {
                addIdentifiers(rest, out);
            }
            return;
        }
        addIdentifiers(token.sliced(pos, start - pos), out);
        const QStringView link = token.sliced(start);
        const qsizetype end = urlEnd(link);
        const QString scheme = link.first(sep - start).toString().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"file")
            addLink(link.first(end), out, Junk::Skip);
        pos = start + std::max<qsizetype>(end, sep - start + 3);
    }
}

// "/home/me/paper.pdf" or "C:\Papers\x.pdf" alone on a line, as file managers paste them.
bool isPdfPathLine(QStringView line)
{
    if (!line.endsWith(u".pdf", Qt::CaseInsensitive) || line.contains(u"://"))
        return false;
    if (line.startsWith(u'/'))
        return true;
    return line.size() > 3 && isAsciiLetter(line[0]) && line[1] == u':'
        && (line[2] == u'\\' || line[2] == u'/');
}

void scanText(QStringView text, Collector &out)
{
    if (text.size() > kMaxDropTextChars) {
        text = text.first(kMaxDropTextChars);
        // Not in the middle of a word: a cut identifier would be a wrong one.
        qsizetype cut = text.size();
        while (cut > 0 && !text[cut - 1].isSpace())
            --cut;
        text = text.first(cut);
        out.noteTextCut();
    }
    qsizetype lineStart = 0;
    while (lineStart < text.size() && !out.truncated()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart).trimmed();
        lineStart = lineEnd + 1;
        if (isPdfPathLine(line)) {
            out.add(fileItem(QDir::fromNativeSeparators(line.toString()), line));
            continue;
        }
        qsizetype i = 0;
        while (i < line.size() && !out.truncated()) {
            while (i < line.size() && line[i].isSpace())
                ++i;
            qsizetype end = i;
            while (end < line.size() && !line[end].isSpace())
                ++end;
            if (end > i)
                scanToken(line.sliced(i, end - i), out);
            i = end;
        }
    }
}

// text/uri-list (RFC 2483): one URI a line, CRLF, '#' starts a comment line.
void scanUriList(QStringView list, Collector &out)
{
    for (QStringView line : list.tokenize(u'\n')) {
        if (out.truncated())
            return;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        addLink(line, out, Junk::Report);
    }
}

// Firefox's text/x-moz-url: UTF-16LE "url\ntitle" pairs (some programs send UTF-8).
QString decodeMozUrl(const QByteArray &data)
{
    const bool utf16 = data.startsWith("\xff\xfe")
        || (data.size() >= 2 && data.size() % 2 == 0 && data[1] == '\0');
    if (!utf16)
        return QString::fromUtf8(data);
    QStringDecoder decoder(QStringConverter::Utf16LE);
    return decoder(data);
}

void scanMozUrl(QStringView text, Collector &out)
{
    int n = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        if (out.truncated())
            return;
        if (n++ % 2 == 0)
            addLink(line.trimmed(), out, Junk::Report);
    }
}

} // namespace

QList<DropItem> classifyText(QStringView text)
{
    Collector out;
    scanText(text, out);
    if (out.isEmpty() && !text.trimmed().isEmpty())
        out.add(unsupported(text, DropText::tr("No link or identifier was found in the text.")));
    return out.take();
}

QList<DropItem> classifyDrop(const QMimeData &mime)
{
    Collector out;
    const QString uriList = u"text/uri-list"_s;
    if (mime.hasFormat(uriList)) {
        scanUriList(QString::fromUtf8(mime.data(uriList)), out);
        if (out.isEmpty()) {
            // A platform's own URL list format, converted by Qt.
            const QList<QUrl> urls = mime.urls();
            for (const QUrl &url : urls)
                addLink(url.toString(), out, Junk::Report);
        }
        if (!out.isEmpty())
            return out.take();
    }
    const QString mozUrl = u"text/x-moz-url"_s;
    if (mime.hasFormat(mozUrl)) {
        scanMozUrl(decodeMozUrl(mime.data(mozUrl)), out);
        if (!out.isEmpty())
            return out.take();
    }
    if (mime.hasText()) {
        scanText(mime.text(), out);
        if (!out.isEmpty())
            return out.take();
    }
    // Last: the links of a selection from a web page, whose text named nothing by itself.
    if (mime.hasHtml()) {
        const QStringList hrefs = htmlLinkTargets(mime.html(), kMaxDropItems + 1);
        for (const QString &href : hrefs)
            addLink(href, out, Junk::Skip);
        if (!out.isEmpty())
            return out.take();
    }
    const QStringList formats = mime.formats();
    if (!formats.isEmpty())
        out.add(unsupported(formats.join(u", "_s),
                            DropText::tr("The dropped data holds no file, link or identifier.")));
    return out.take();
}

QList<DropItem> itemsFromArguments(const QStringList &arguments)
{
    QList<DropItem> items;
    for (const QString &arg : arguments) {
        const QFileInfo file(arg);
        const bool pdfName
            = arg.endsWith(u".pdf"_s, Qt::CaseInsensitive) && !arg.contains(u"://"_s);
        if (file.exists() || pdfName) {
            DropItem item;
            item.kind
                = pdfName && !file.isDir() ? DropItem::Kind::PdfFile : DropItem::Kind::LocalFile;
            item.path = file.absoluteFilePath();
            item.source = arg;
            items << item;
        } else {
            items << classifyText(arg);
        }
    }
    return items;
}

} // namespace Curator
