#include "pdfinspector.h"

#include "logging.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// lupdate finds the strings of this file under this context.
class PdfInspectorText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::PdfInspector)
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAllDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigit);
}

// Poppler reports every oddity of a damaged file on stderr by default; a batch import of a
// folder of PDFs would flood the terminal. The messages stay available under curator.import.
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcImport).noquote() << "poppler:" << message;
}

void routePopplerMessages()
{
    // The function pointer poppler keeps is a plain global: set it once, before any document is
    // loaded, so that worker threads only ever read it.
    static const bool routed = [] {
        Poppler::setDebugErrorFunction(popplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(routed);
}

// ---- the file name --------------------------------------------------------------------------

// Nature Portfolio journals whose article file names ("s41586-019-1346-5.pdf") are the suffix of
// a 10.1038 DOI. Springer and BMC use the same scheme under 10.1007 and 10.1186, and the journal
// number alone does not say which, so only journals known to be Nature's are mapped.
constexpr QLatin1StringView kNatureJournals[] = {
    "s41467"_L1, // Nature Communications
    "s41551"_L1, // Nature Biomedical Engineering
    "s41562"_L1, // Nature Human Behaviour
    "s41567"_L1, // Nature Physics
    "s41583"_L1, // Nature Reviews Neuroscience
    "s41586"_L1, // Nature
    "s41587"_L1, // Nature Biotechnology
    "s41591"_L1, // Nature Medicine
    "s41592"_L1, // Nature Methods
    "s41593"_L1, // Nature Neuroscience
    "s41597"_L1, // Scientific Data
    "s41598"_L1, // Scientific Reports
    "s41928"_L1, // Nature Electronics
    "s42003"_L1, // Communications Biology
    "s42256"_L1, // Nature Machine Intelligence
    "s43588"_L1, // Nature Computational Science
    "s44220"_L1, // Nature Mental Health
    "s44271"_L1, // Communications Psychology
};

// s41586-019-1346-5: journal, year (three digits), article number, check character.
QString natureDoiFromName(QStringView name)
{
    const QList<QStringView> parts = name.split(u'-');
    if (parts.size() != 4 || parts[1].size() != 3 || !isAllDigits(parts[1]) || parts[2].size() < 4
        || parts[2].size() > 6 || !isAllDigits(parts[2]) || parts[3].size() != 1
        || !parts[3][0].isLetterOrNumber())
        return {};
    const QString journal = parts[0].toString().toLower();
    if (std::none_of(std::begin(kNatureJournals), std::end(kNatureJournals),
                     [&journal](QLatin1StringView known) { return journal == known; }))
        return {};
    return u"10.1038/"_s + name.toString().toLower();
}

// Before 2018 Nature named articles nature14539, ncomms12345, srep12345, nn.4244.
QString oldNatureDoiFromName(QStringView name)
{
    static constexpr struct
    {
        QLatin1StringView prefix;
        int minDigits;
        int maxDigits;
    } kSchemes[] = {{"nature"_L1, 4, 6}, {"ncomms"_L1, 4, 6}, {"srep"_L1, 5, 5}, {"nn."_L1, 4, 4}};
    for (const auto &scheme : kSchemes) {
        if (!name.startsWith(scheme.prefix))
            continue;
        const QStringView number = name.sliced(scheme.prefix.size());
        if (isAllDigits(number) && number.size() >= scheme.minDigits
            && number.size() <= scheme.maxDigits)
            return u"10.1038/"_s + name;
    }
    return {};
}

// "hep-th_9901001", "hep-th9901001", "math.GT-0309136v2": the slash of an old-style arXiv id
// cannot be part of a file name.
RecognizedId oldArxivFromName(QStringView name)
{
    QStringView version;
    if (const qsizetype v = name.lastIndexOf(u'v'); v > 0 && isAllDigits(name.sliced(v + 1))) {
        version = name.sliced(v);
        name = name.first(v);
    }
    if (name.size() < 8 || !isAllDigits(name.last(7)))
        return {};
    QStringView archive = name.first(name.size() - 7);
    if (archive.endsWith(u'_') || archive.endsWith(u'-'))
        archive.chop(1);
    const QString candidate = archive % u'/' % name.last(7) % version;
    return Identifier::isArxivId(candidate) ? Identifier::recognize(candidate) : RecognizedId();
}

// "10.1101_2020.01.01.123456v1.full": the first '_' after the registrant stands for the '/'
// that file names cannot hold. Later underscores may be the DOI's own (Springer chapters).
RecognizedId doiFromName(QStringView name)
{
    if (!name.startsWith(u"10."))
        return {};
    const qsizetype underscore = name.indexOf(u'_');
    if (underscore < 7 || !isAllDigits(name.sliced(3, underscore - 3)))
        return {};
    const QString candidate = name.first(underscore) % u'/' % name.sliced(underscore + 1);
    return Identifier::recognize(candidate);
}

// Browsers and file managers keep both copies of a twice-downloaded file as "name (1).pdf".
QStringView withoutCopyNumber(QStringView name)
{
    if (!name.endsWith(u')'))
        return name;
    const qsizetype open = name.lastIndexOf(u'(');
    if (open <= 0 || !isAllDigits(name.sliced(open + 1, name.size() - open - 2)))
        return name;
    return name.first(open).trimmed();
}

// ---- the info dictionary and XMP ------------------------------------------------------------

// A whole field ("doi:10.1038/…", "info:doi/10.…") or the first identifier in it ("Nature 571
// (2019) 95. doi:10.1038/…").
RecognizedId identifierIn(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    if (RecognizedId id = Identifier::recognize(text); id.isValid())
        return id;
    const QList<RecognizedId> found = Identifier::findAll(text);
    return found.isEmpty() ? RecognizedId() : found.first();
}

RecognizedId identifierFromInfo(const Poppler::Document &doc)
{
    // Elsevier and others add a custom /doi key.
    const QStringList keys = doc.infoKeys();
    for (const QString &key : keys) {
        if (key.compare(u"doi", Qt::CaseInsensitive) == 0
            || key.compare(u"prism:doi", Qt::CaseInsensitive) == 0) {
            if (RecognizedId id = identifierIn(doc.info(key)); id.isValid())
                return id;
        }
    }
    for (const QString &key : {u"Subject"_s, u"Keywords"_s}) {
        if (RecognizedId id = identifierIn(doc.info(key)); id.isValid())
            return id;
    }
    return {};
}

// XMP properties by a fixed prefix: documents choose their own prefixes, and PRISM has had
// several namespace versions.
QString canonicalPrefix(QStringView namespaceUri, QStringView prefix)
{
    if (namespaceUri.contains(u"prismstandard.org"))
        return u"prism"_s;
    if (namespaceUri.contains(u"purl.org/dc/elements"))
        return u"dc"_s;
    if (namespaceUri.contains(u"ns.adobe.com/pdfx/"))
        return u"pdfx"_s;
    if (namespaceUri.contains(u"crossref.org/crossmark"))
        return u"crossmark"_s;
    if (namespaceUri.contains(u"ns.adobe.com/xap/1.0/mm"))
        return u"xmpmm"_s;
    return prefix.toString().toLower();
}

bool isRdfOrXml(QStringView namespaceUri)
{
    return namespaceUri.contains(u"www.w3.org/1999/02/22-rdf-syntax-ns")
        || namespaceUri.contains(u"www.w3.org/XML/1998/namespace")
        || namespaceUri.contains(u"adobe:ns:meta");
}

struct XmpProperty
{
    QString key; // "prism:doi", lower case
    QString value;
};

// Every property value in document order, whether written as an element, a list item of an
// rdf:Bag/Seq/Alt, or an attribute of rdf:Description.
std::vector<XmpProperty> xmpProperties(const QString &xmp)
{
    std::vector<XmpProperty> properties;
    QXmlStreamReader reader(xmp);
    QStringList open; // property keys of the open elements, empty for rdf:* structure
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const bool structural = isRdfOrXml(reader.namespaceUri());
            open.append(structural ? QString()
                                   : canonicalPrefix(reader.namespaceUri(), reader.prefix()) % u':'
                                % reader.name().toString().toLower());
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (isRdfOrXml(attribute.namespaceUri()) || attribute.namespaceUri().isEmpty())
                    continue;
                properties.push_back({canonicalPrefix(attribute.namespaceUri(), attribute.prefix())
                                          % u':' % attribute.name().toString().toLower(),
                                      attribute.value().toString().trimmed()});
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty())
                open.removeLast();
            break;
        case QXmlStreamReader::Characters: {
            if (reader.isWhitespace())
                break;
            const auto owner = std::find_if(open.crbegin(), open.crend(),
                                            [](const QString &key) { return !key.isEmpty(); });
            if (owner != open.crend())
                properties.push_back({*owner, reader.text().toString().trimmed()});
            break;
        }
        default:
            break;
        }
    }
    // A malformed packet still yields the properties before the error.
    if (reader.hasError())
        qCDebug(lcImport) << "XMP:" << reader.errorString();
    return properties;
}

struct XmpFacts
{
    RecognizedId id;
    QString title;
    QStringList creators;
    int year = 0;
};

int yearOf(QStringView date)
{
    if (date.size() < 4 || !isAllDigits(date.first(4)))
        return 0;
    const int year = date.first(4).toInt();
    return year >= 1900 && year <= 2100 ? year : 0;
}

XmpFacts xmpFacts(const QString &xmp)
{
    XmpFacts facts;
    if (xmp.trimmed().isEmpty())
        return facts;
    const std::vector<XmpProperty> properties = xmpProperties(xmp);
    // Fields that name the paper's DOI outright come before any identifier found elsewhere.
    static constexpr QLatin1StringView kIdKeys[]
        = {"prism:doi"_L1, "pdfx:doi"_L1, "crossmark:doi"_L1, "dc:identifier"_L1};
    for (QLatin1StringView key : kIdKeys) {
        for (const XmpProperty &property : properties) {
            if (property.key == key) {
                facts.id = identifierIn(property.value);
                if (facts.id.isValid())
                    break;
            }
        }
        if (facts.id.isValid())
            break;
    }
    for (const XmpProperty &property : properties) {
        if (!facts.id.isValid() && !property.key.startsWith(u"xmpmm:"))
            facts.id = identifierIn(property.value);
        if (property.key == u"dc:title" && facts.title.isEmpty())
            facts.title = property.value.simplified();
        else if (property.key == u"dc:creator")
            facts.creators.append(property.value.simplified());
        else if (!facts.year
                 && (property.key == u"prism:coverdate"
                     || property.key == u"prism:publicationdate"))
            facts.year = yearOf(property.value);
    }
    return facts;
}

// ---- titles and authors ---------------------------------------------------------------------

// What word processors and TeX drivers put in /Title when the author set none.
bool isJunkTitle(const QString &title)
{
    const QString t = title.simplified();
    if (t.size() < 6 || std::none_of(t.begin(), t.end(), [](QChar c) { return c.isLetter(); }))
        return true;
    static constexpr QLatin1StringView kJunkPrefixes[] = {
        "microsoft word"_L1,
        "microsoft powerpoint"_L1,
        "microsoft excel"_L1,
        "untitled"_L1,
        "pii:"_L1,
        "doi:"_L1,
    };
    if (std::any_of(std::begin(kJunkPrefixes), std::end(kJunkPrefixes),
                    [&t](QLatin1StringView p) { return t.startsWith(p, Qt::CaseInsensitive); }))
        return true;
    static constexpr QLatin1StringView kFileExtensions[] = {
        ".pdf"_L1,  ".dvi"_L1, ".tex"_L1, ".ps"_L1,  ".eps"_L1,  ".doc"_L1,
        ".docx"_L1, ".odt"_L1, ".rtf"_L1, ".txt"_L1, ".indd"_L1, ".qxd"_L1,
    };
    if (std::any_of(std::begin(kFileExtensions), std::end(kFileExtensions),
                    [&t](QLatin1StringView e) { return t.endsWith(e, Qt::CaseInsensitive); }))
        return true;
    static constexpr QLatin1StringView kPlaceholders[] = {
        "title"_L1,   "document"_L1, "paper"_L1,    "manuscript"_L1,
        "article"_L1, "template"_L1, "no title"_L1, "powerpoint presentation"_L1,
    };
    if (std::any_of(std::begin(kPlaceholders), std::end(kPlaceholders),
                    [&t](QLatin1StringView p) { return t.compare(p, Qt::CaseInsensitive) == 0; }))
        return true;
    if (t.contains(u'\\') || t.startsWith(u'/') || Identifier::recognize(t).isValid())
        return true;
    // One "word" with an underscore, a dot or a digit is a file or a job name ("paper_v3",
    // "nn.4244", "Document1"), not a title.
    if (!t.contains(u' '))
        return t.size() < 12 || std::any_of(t.begin(), t.end(), [](QChar c) {
                   return c == u'_' || c == u'.' || isDigit(c);
               });
    return false;
}

// Operating-system account names that word processors record as the author.
bool isJunkAuthor(const QString &author)
{
    static constexpr QLatin1StringView kAccounts[] = {
        "administrator"_L1, "admin"_L1, "user"_L1, "owner"_L1, "unknown"_L1, "author"_L1,
    };
    if (std::none_of(author.begin(), author.end(), [](QChar c) { return c.isLetter(); }))
        return true;
    if (std::any_of(std::begin(kAccounts), std::end(kAccounts), [&author](QLatin1StringView a) {
            return author.compare(a, Qt::CaseInsensitive) == 0;
        }))
        return true;
    // "jsmith": a login, not a name.
    return !author.contains(u' ') && !author.contains(u',') && author == author.toLower();
}

// "A. Smith; B. Jones", "Alice Smith, Bob Jones and Carol Li", "Smith, Alice and Jones, Bob",
// "Smith, A., Jones, B.": names are split where the separators leave whole names.
QStringList splitAuthors(const QString &field)
{
    QString s = field.simplified();
    if (s.isEmpty())
        return {};
    QStringList names;
    const auto addName = [&names](QString name) {
        name = name.trimmed();
        while (name.endsWith(u',') || name.endsWith(u';'))
            name.chop(1);
        if (!name.isEmpty() && !isJunkAuthor(name))
            names.append(name);
    };
    if (s.contains(u';')) {
        for (const QString &name : s.split(u';', Qt::SkipEmptyParts))
            addName(name);
        return names;
    }
    s.replace(u" & "_s, u" and "_s);
    for (const QString &group : s.split(u" and "_s, Qt::SkipEmptyParts, Qt::CaseInsensitive)) {
        QStringList pieces;
        for (const QString &piece : group.split(u',', Qt::SkipEmptyParts)) {
            if (!piece.trimmed().isEmpty())
                pieces.append(piece.trimmed());
        }
        const bool wholeNames = std::all_of(pieces.cbegin(), pieces.cend(),
                                            [](const QString &p) { return p.contains(u' '); });
        if (wholeNames) {
            for (const QString &piece : std::as_const(pieces))
                addName(piece);
        } else if (pieces.size() % 2 == 0) {
            // Family name first: "Smith, A., Jones, B."
            for (qsizetype i = 0; i + 1 < pieces.size(); i += 2)
                addName(pieces[i] % u", " % pieces[i + 1]);
        } else {
            addName(group);
        }
    }
    return names;
}

// ---- page text ------------------------------------------------------------------------------

struct Word
{
    QString text;
    QRectF box;
    bool vertical = false; // the arXiv stamp and other rotated text
    bool lineEnd = false;
    bool spaceAfter = false;
};

struct PageText
{
    QStringList lines;
    std::vector<Word> words;
    QSizeF size;
};

bool deadlinePassed(const QVariant &closure)
{
    return QDeadlineTimer::current().deadline() >= closure.toLongLong();
}

PageText pageText(const Poppler::Page &page, const QDeadlineTimer &deadline)
{
    PageText text;
    text.size = page.pageSizeF();
    const auto boxes = page.textList(Poppler::Page::Rotate0, deadlinePassed,
                                     QVariant(qint64(deadline.deadline())));
    text.words.reserve(boxes.size());
    QString line;
    for (const auto &box : boxes) {
        Word word;
        word.text = box->text();
        word.box = box->boundingBox();
        // poppler links the words of one line; the last has no next word.
        word.lineEnd = box->nextWord() == nullptr;
        word.spaceAfter = box->hasSpaceAfter();
        if (word.text.size() > 1) {
            const QPointF first = box->charBoundingBox(0).center();
            const QPointF last = box->charBoundingBox(int(word.text.size()) - 1).center();
            word.vertical = qAbs(last.y() - first.y()) > qAbs(last.x() - first.x());
        }
        line += word.text;
        if (word.lineEnd) {
            text.lines.append(line);
            line.clear();
        } else if (word.spaceAfter) {
            line += u' ';
        }
        text.words.push_back(std::move(word));
    }
    if (!line.isEmpty())
        text.lines.append(line);
    return text;
}

struct Stamp
{
    RecognizedId id;
    int year = 0;
};

void skipSpaces(QStringView s, qsizetype &i)
{
    while (i < s.size() && s[i].isSpace())
        ++i;
}

// arXiv's margin stamp, "arXiv:2306.16922v2 [cs.NE] 29 Jun 2023" ("arXiv:hep-th/9901001v1 4 Jan
// 1999" before categories were shown). The date is what tells the stamp from a citation of
// another preprint. Extraction sometimes drops the spaces, so they are optional.
std::optional<Stamp> parseStamp(QStringView line)
{
    const qsizetype label = line.indexOf(u"arXiv:", 0, Qt::CaseInsensitive);
    if (label < 0)
        return std::nullopt;
    qsizetype i = label + 6;
    skipSpaces(line, i);
    const qsizetype idStart = i;
    while (i < line.size() && !line[i].isSpace() && line[i] != u'[')
        ++i;
    const RecognizedId id = Identifier::recognize(line.sliced(idStart, i - idStart));
    if (id.kind != RecognizedId::Kind::Arxiv)
        return std::nullopt;
    skipSpaces(line, i);
    if (i < line.size() && line[i] == u'[') {
        const qsizetype close = line.indexOf(u']', i);
        if (close < 0 || close - i > 30)
            return std::nullopt;
        i = close + 1;
        skipSpaces(line, i);
    }
    const qsizetype dayStart = i;
    while (i < line.size() && isDigit(line[i]))
        ++i;
    const qsizetype dayDigits = i - dayStart;
    if (dayDigits < 1 || dayDigits > 2)
        return std::nullopt;
    skipSpaces(line, i);
    static constexpr QLatin1StringView kMonths[]
        = {"Jan"_L1, "Feb"_L1, "Mar"_L1, "Apr"_L1, "May"_L1, "Jun"_L1,
           "Jul"_L1, "Aug"_L1, "Sep"_L1, "Oct"_L1, "Nov"_L1, "Dec"_L1};
    const QStringView rest = line.sliced(i);
    if (std::none_of(std::begin(kMonths), std::end(kMonths),
                     [rest](QLatin1StringView m) { return rest.startsWith(m); }))
        return std::nullopt;
    i += 3;
    skipSpaces(line, i);
    if (i + 4 > line.size() || !isAllDigits(line.sliced(i, 4)))
        return std::nullopt;
    return Stamp{id, yearOf(line.sliced(i, 4))};
}

std::optional<Stamp> findStamp(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (line.contains(u"arXiv:", Qt::CaseInsensitive)) {
            if (auto stamp = parseStamp(line))
                return stamp;
        } else if (line.contains(u":viXra", Qt::CaseInsensitive)) {
            // Drawn through a mirroring matrix, the vertical stamp comes out back to front.
            QString reversed = line;
            std::reverse(reversed.begin(), reversed.end());
            if (auto stamp = parseStamp(reversed))
                return stamp;
        }
    }
    return std::nullopt;
}

// Whether a DOI at the end of `line` probably continues on the next line ("…/j.neuron." then
// "2018.03.044").
QString wrappedContinuation(const QString &line, const QString &next)
{
    const QString lastToken = line.section(u' ', -1);
    if (!lastToken.contains(u"10.") || lastToken.isEmpty())
        return {};
    const QChar last = lastToken.back();
    if (last != u'.' && last != u'-' && last != u'/' && last != u'_')
        return {};
    const QString first = next.section(u' ', 0, 0);
    if (first.size() < 3 || !(isDigit(first[0]) || first[0].isLower())
        || std::none_of(first.begin(), first.end(),
                        [](QChar c) { return isDigit(c) || c == u'.'; }))
        return {};
    return first;
}

bool isReferencesHeading(QStringView line)
{
    line = line.trimmed();
    // "7 References", "VI. REFERENCES"
    if (const qsizetype space = line.indexOf(u' '); space > 0 && space <= 5
        && std::none_of(line.begin(), line.begin() + space, [](QChar c) { return c.isLower(); }))
        line = line.sliced(space + 1).trimmed();
    static constexpr QLatin1StringView kHeadings[] = {
        "references"_L1,           "bibliography"_L1, "literature cited"_L1,
        "references and notes"_L1, "works cited"_L1,
    };
    return std::any_of(std::begin(kHeadings), std::end(kHeadings), [line](QLatin1StringView h) {
        return line.compare(h, Qt::CaseInsensitive) == 0;
    });
}

// The paper's own DOI is printed after "doi:", "DOI " or in a doi.org link; a bare DOI on the
// first pages is as likely a reference, and so is any DOI once the references have begun (a
// short paper's list starts on page 2 or 3).
RecognizedId findDoiLine(const QStringList &lines, bool &inReferences)
{
    for (qsizetype n = 0; n < lines.size() && !inReferences; ++n) {
        const QString &line = lines[n];
        if (isReferencesHeading(line)) {
            inReferences = true;
            break;
        }
        for (qsizetype at = line.indexOf(u"doi", 0, Qt::CaseInsensitive); at >= 0;
             at = line.indexOf(u"doi", at + 3, Qt::CaseInsensitive)) {
            if ((at > 0 && line[at - 1].isLetter())
                || (at + 3 < line.size() && line[at + 3].isLetter()))
                continue;
            // The DOI follows its label closely ("DOI: 10.…", "doi.org/10.…"); further along the
            // line may be anything, another paper's arXiv id included.
            QString rest = line.sliced(at).section(u' ', 0, 2, QString::SectionSkipEmpty);
            if (n + 1 < lines.size() && line.endsWith(rest))
                rest += wrappedContinuation(line, lines[n + 1]);
            const QList<RecognizedId> found = Identifier::findAll(rest);
            if (!found.isEmpty())
                return found.first();
        }
    }
    return {};
}

QString joinWords(const std::vector<const Word *> &words)
{
    QString joined;
    for (const Word *word : words) {
        joined += word->text;
        // A hyphen at a line end is kept and joined ("Self-" "Supervised").
        if ((word->lineEnd && !word->text.endsWith(u'-')) || (!word->lineEnd && word->spaceAfter))
            joined += u' ';
    }
    return joined.simplified();
}

// The title is the largest text in the upper half of page 1, larger than the body text. Sizes
// are tried from the largest down, skipping short runs such as a journal logo or a drop capital.
QString largestText(const PageText &page)
{
    constexpr int kMaxTitle = 300;
    std::vector<const Word *> candidates;
    for (const Word &word : page.words) {
        if (!word.vertical && word.box.center().y() < page.size.height() * 0.5)
            candidates.push_back(&word);
    }
    std::vector<qreal> heights;
    for (const Word &word : page.words) {
        if (!word.vertical)
            heights.push_back(word.box.height());
    }
    if (heights.empty())
        return {};
    // A title stands out from the body text; a page of uniform text has none.
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const qreal bodyHeight = heights[heights.size() / 2];
    heights.clear();
    for (const Word *word : candidates) {
        if (word->box.height() >= bodyHeight * 1.15)
            heights.push_back(word->box.height());
    }
    std::sort(heights.begin(), heights.end(), std::greater<qreal>());
    qreal tried = 0;
    int attempts = 0;
    for (const qreal height : heights) {
        if (tried > 0 && height > tried * 0.95)
            continue;
        if (++attempts > 3)
            break;
        tried = height;
        const auto sameSize = [height](const Word *w) {
            return qAbs(w->box.height() - height) <= height * 0.05;
        };
        // The title's words are consecutive in reading order; a footnote mark may interrupt.
        std::vector<const Word *> run;
        for (const Word *word : candidates) {
            if (sameSize(word))
                run.push_back(word);
            else if (!run.empty() && word->text.size() > 2)
                break;
        }
        QString title = joinWords(run);
        if (title.size() > kMaxTitle) {
            title.truncate(kMaxTitle);
            if (const qsizetype space = title.lastIndexOf(u' '); space > kMaxTitle / 2)
                title.truncate(space);
            title.append(u'…');
        }
        if (!isJunkTitle(title))
            return title;
    }
    return {};
}

// ---- the file itself ------------------------------------------------------------------------

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// What makes the content unreadable, checked cheaply before poppler sees the file.
QString contentProblem(QFile &file, const QString &name, const PdfInspectOptions &opts)
{
    const qint64 size = file.size();
    if (size == 0)
        return PdfInspectorText::tr("“%1” is empty (0 bytes).").arg(name);
    const QByteArray head = file.read(1024);
    if (!head.contains("%PDF-")) {
        const QByteArray start = head.trimmed().left(200).toLower();
        if (start.startsWith('<') && start.contains("html"))
            return PdfInspectorText::tr("“%1” is a web page saved under a .pdf name, not a PDF.")
                .arg(name);
        return PdfInspectorText::tr("“%1” is not a PDF file: it does not start with a PDF header.")
            .arg(name);
    }
    if (size > opts.maxBytes)
        return PdfInspectorText::tr("“%1” is too large to inspect (%2 MB); the limit is %3 MB.")
            .arg(name, megabytes(size), megabytes(opts.maxBytes));
    // A PDF ends with %%EOF; readers accept it anywhere in the last kilobyte. Without it the
    // file was cut off, usually by an interrupted download.
    if (!file.seek(std::max<qint64>(0, size - 1024)) || !file.read(1024).contains("%%EOF"))
        return PdfInspectorText::tr(
                   "“%1” is incomplete: the end of the PDF is missing (an interrupted download?).")
            .arg(name);
    return {};
}

void applyProblem(PdfInspection &result, const QString &problem)
{
    if (result.id.isValid()) {
        result.status = PdfInspection::Status::Identified;
        result.warning = problem % u' '
            % PdfInspectorText::tr("The paper was identified from the file name only.");
    } else {
        result.status = PdfInspection::Status::Failed;
        result.error = problem;
    }
}

PdfInspection failed(const QString &error)
{
    PdfInspection result;
    result.status = PdfInspection::Status::Failed;
    result.error = error;
    return result;
}

void readDocument(const Poppler::Document &doc, const QString &name, const PdfInspectOptions &opts,
                  PdfInspection &result)
{
    using Source = PdfInspection::Source;
    if (!result.id.isValid()) {
        result.id = identifierFromInfo(doc);
        if (result.id.isValid())
            result.idSource = Source::Metadata;
    }
    const XmpFacts xmp = xmpFacts(doc.metadata());
    if (!result.id.isValid() && xmp.id.isValid()) {
        result.id = xmp.id;
        result.idSource = Source::Xmp;
    }
    result.year = xmp.year;
    if (const QString title = doc.info(u"Title"_s).simplified(); !isJunkTitle(title))
        result.title = title;
    else if (!isJunkTitle(xmp.title))
        result.title = xmp.title;
    result.authors = splitAuthors(doc.info(u"Author"_s));
    if (result.authors.isEmpty()) {
        for (const QString &creator : xmp.creators)
            result.authors.append(splitAuthors(creator));
    }

    const QDeadlineTimer deadline(std::max(1, opts.timeLimitMs));
    const int pages = std::min(result.pageCount, std::max(0, opts.maxPages));
    bool inReferences = false;
    for (int i = 0; i < pages; ++i) {
        if (result.id.isValid() && (!result.title.isEmpty() || i > 0))
            break;
        const std::unique_ptr<Poppler::Page> page = doc.page(i);
        if (!page)
            continue;
        const PageText text = pageText(*page, deadline);
        if (!result.id.isValid()) {
            if (const auto stamp = findStamp(text.lines)) {
                result.id = stamp->id;
                result.idSource = Source::PageText;
                result.year = stamp->year;
            } else if (RecognizedId id = findDoiLine(text.lines, inReferences); id.isValid()) {
                result.id = std::move(id);
                result.idSource = Source::PageText;
            }
        }
        if (i == 0 && result.title.isEmpty())
            result.title = largestText(text);
        if (deadline.hasExpired()) {
            const int seconds = std::max(1, opts.timeLimitMs / 1000);
            result.warning
                = PdfInspectorText::tr("Stopped reading “%1” after %n second(s): its pages are "
                                       "unusually complex.",
                                       nullptr, seconds)
                      .arg(name);
            break;
        }
    }
}

} // namespace

RecognizedId identifierFromPdfFileName(QStringView fileName)
{
    QStringView name = fileName.trimmed();
    if (name.endsWith(u".pdf", Qt::CaseInsensitive))
        name.chop(4);
    name = withoutCopyNumber(name);
    // A name saved from a URL may keep the DOI's slash percent-encoded.
    const QString decoded
        = name.contains(u'%') ? QUrl::fromPercentEncoding(name.toUtf8()) : name.toString();
    name = decoded;
    if (name.startsWith(u"10.")) {
        if (decoded.contains(u'/'))
            return Identifier::recognize(decoded);
        return doiFromName(name);
    }
    if (name.startsWith(u"arxiv", Qt::CaseInsensitive) && name.size() > 6
        && (name[5] == u'_' || name[5] == u'-' || name[5] == u'.' || name[5] == u':'
            || name[5] == u' '))
        name = name.sliced(6);
    if (Identifier::isArxivId(name))
        return Identifier::recognize(name);
    if (RecognizedId id = oldArxivFromName(name); id.isValid())
        return id;
    QString doi = natureDoiFromName(name);
    if (doi.isEmpty())
        doi = oldNatureDoiFromName(name);
    return doi.isEmpty() ? RecognizedId() : Identifier::recognize(doi);
}

PdfInspection inspectPdf(const QString &path, const PdfInspectOptions &opts)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return failed(PdfInspectorText::tr("“%1” does not exist.").arg(name));
    if (info.isDir())
        return failed(PdfInspectorText::tr("“%1” is a folder, not a PDF file.").arg(name));
    // Opening a FIFO or a device would block or never end.
    if (!info.isFile())
        return failed(PdfInspectorText::tr("“%1” is not a regular file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            PdfInspectorText::tr("“%1” cannot be read: %2").arg(name, file.errorString()));

    PdfInspection result;
    result.id = identifierFromPdfFileName(name);
    if (result.id.isValid())
        result.idSource = PdfInspection::Source::FileName;

    if (const QString problem = contentProblem(file, name, opts); !problem.isEmpty()) {
        applyProblem(result, problem);
        return result;
    }
    file.close();

    routePopplerMessages();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || (!doc->isLocked() && doc->numPages() <= 0)) {
        applyProblem(
            result, PdfInspectorText::tr("“%1” is damaged and cannot be read as a PDF.").arg(name));
        return result;
    }
    result.encrypted = doc->isEncrypted() || doc->isLocked();
    if (doc->isLocked()) {
        applyProblem(result, PdfInspectorText::tr("“%1” is protected by a password.").arg(name));
        return result;
    }
    result.pageCount = doc->numPages();
    readDocument(*doc, name, opts, result);

    if (result.id.isValid())
        result.status = PdfInspection::Status::Identified;
    else if (!result.title.isEmpty())
        result.status = PdfInspection::Status::MetadataOnly;
    else
        result.status = PdfInspection::Status::Nothing;
    return result;
}

} // namespace Curator
