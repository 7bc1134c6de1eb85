#include "parsers.h"

#include "identifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Curator::Metadata {

namespace {

using Status = ParseResult::Status;

constexpr QStringView AtomNs = u"http://www.w3.org/2005/Atom";
constexpr QStringView ArxivNs = u"http://arxiv.org/schemas/atom";

ParseResult failure(Status status, const QString &message)
{
    ParseResult result;
    result.status = status;
    result.message = message;
    return result;
}

ParseResult success(QList<MetadataRecord> records)
{
    ParseResult result;
    result.status = Status::Ok;
    result.records = std::move(records);
    return result;
}

// --- text ------------------------------------------------------------------------------------

struct NamedEntity
{
    QStringView name;
    char16_t character;
};

// Crossref copies the deposit's markup into titles and names, so HTML/JATS entities survive its
// JSON escaping. The XML five plus the few named ones deposits actually use; numeric ones are
// decoded generally.
constexpr NamedEntity NamedEntities[] = {
    {u"amp", u'&'},         {u"lt", u'<'},         {u"gt", u'>'},         {u"quot", u'"'},
    {u"apos", u'\''},       {u"nbsp", u'\u00A0'},  {u"ndash", u'\u2013'}, {u"mdash", u'\u2014'},
    {u"lsquo", u'\u2018'},  {u"rsquo", u'\u2019'}, {u"ldquo", u'\u201C'}, {u"rdquo", u'\u201D'},
    {u"hellip", u'\u2026'},
};

// The longest reference looked for ("&#x10FFFF;", "&hellip;"). The ';' is only searched for this
// far: a title full of bare "&" ("R&D") must not cost a scan to its end for each one.
constexpr qsizetype MaxEntityLength = 10;

QString decodeEntities(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'&') {
            const QStringView window
                = QStringView(text).sliced(i, std::min(MaxEntityLength + 1, text.size() - i));
            const qsizetype semicolon = i + window.indexOf(u';');
            if (semicolon > i + 1) {
                const QStringView name = QStringView(text).sliced(i + 1, semicolon - i - 1);
                if (name.front() == u'#') {
                    const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
                    bool ok = false;
                    const uint code
                        = hex ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok);
                    const bool valid
                        = ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
                    if (valid) {
                        const char32_t codePoint = code;
                        out += QString::fromUcs4(&codePoint, 1);
                        i = semicolon + 1;
                        continue;
                    }
                } else {
                    bool found = false;
                    for (const NamedEntity &entity : NamedEntities) {
                        if (name == entity.name) {
                            out += QChar(entity.character);
                            found = true;
                            break;
                        }
                    }
                    if (found) {
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

// Titles from Crossref carry <i>, <sub>, <scp> and MathML (<mml:math>…); a list wants the plain
// words. Only what looks like a tag goes: a bare "<" ("p < 0.05") is text.
QString plainText(const QString &markup)
{
    QString text = markup;
    if (text.contains(u'<')) {
        static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9._:-]*(?:\\s[^<>]*)?/?>"_s);
        text.remove(tag);
    }
    if (text.contains(u'&'))
        text = decodeEntities(text);
    return text.simplified();
}

// --- JSON helpers (CSL and Crossref share most of their field names) -------------------------

QString jsonString(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed() : QString();
}

QString jsonText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? plainText(value.toString()) : QString();
}

// Crossref writes titles as arrays (usually of one), CSL as strings; both occur in CSL-JSON.
QString firstText(const QJsonValue &value)
{
    if (value.isString())
        return plainText(value.toString());
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                continue;
            const QString text = plainText(item.toString());
            if (!text.isEmpty())
                return text;
        }
    }
    return {};
}

// "http://dx.doi.org/", "https://doi.org/" or "doi:" before a DOI that should be bare.
const QRegularExpression &doiResolver()
{
    static const QRegularExpression resolver(u"^(?:(?:https?://)?(?:dx\\.)?doi\\.org/|doi:)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return resolver;
}

bool isArxivDoi(const QString &doi)
{
    return doi.startsWith(u"10.48550/"_s, Qt::CaseInsensitive);
}

// One number of a date-parts array: Crossref writes numbers, older deposits strings, and an
// unknown date [[null]].
int datePart(const QJsonValue &value)
{
    int number = 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 1 && d <= 9999 && d == std::floor(d))
            number = int(d);
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toInt(&ok);
        if (!ok || number < 1 || number > 9999)
            number = 0;
    }
    return number;
}

struct PartialDate
{
    int year = 0;
    QDate date; // only when year, month and day are all known
};

// {"date-parts": [[2017, 4, 3]]}, [[2015]] or [[null]]; of a range only the start counts.
PartialDate partialDate(const QJsonValue &value)
{
    const QJsonArray parts = value.toObject().value(u"date-parts"_s).toArray().at(0).toArray();
    PartialDate out;
    out.year = datePart(parts.at(0));
    if (out.year == 0)
        return out;
    const int month = datePart(parts.at(1));
    const int day = datePart(parts.at(2));
    if (month > 0 && day > 0)
        out.date = QDate(out.year, month, day); // stays invalid for 2017-02-30
    return out;
}

void setDates(MetadataRecord &record, const QJsonObject &work)
{
    // "issued" is the date a citation uses; it can be [[null]] (IEEE proceedings), and then the
    // print, online or posting date stands in.
    static const QString keys[]
        = {u"issued"_s, u"published-print"_s, u"published-online"_s, u"posted"_s, u"published"_s};
    for (const QString &key : keys) {
        const PartialDate date = partialDate(work.value(key));
        if (record.year == 0)
            record.year = date.year;
        // A full date from another field is kept only when it agrees with the year: a print
        // date a year after the issue date must not become "published".
        if (record.year != 0 && !record.published.isValid() && date.date.isValid()
            && date.date.year() == record.year) {
            record.published = date.date;
        }
    }
}

PersonName personFromJson(const QJsonObject &object)
{
    PersonName name;
    name.family = jsonText(object, u"family"_s);
    name.given = jsonText(object, u"given"_s);
    // CSL keeps particles apart ("van" + "Bergen"); PersonName wants them in the family name.
    const QString particle = jsonText(object, u"non-dropping-particle"_s);
    if (!particle.isEmpty() && !name.family.isEmpty()) {
        const bool elided = particle.endsWith(u'\'') || particle.endsWith(u'\u2019');
        name.family = particle + (elided ? QString() : u" "_s) + name.family;
    }
    const QString dropping = jsonText(object, u"dropping-particle"_s);
    if (!dropping.isEmpty())
        name.given = name.given.isEmpty() ? dropping : name.given + u' ' + dropping;
    if (name.family.isEmpty()) {
        // Organisations: CSL "literal", Crossref "name" ("GTEx Consortium"). A given name alone
        // is a single-name author and is written as it stands.
        name.literal = jsonText(object, u"literal"_s);
        if (name.literal.isEmpty())
            name.literal = jsonText(object, u"name"_s);
        if (name.literal.isEmpty())
            name.literal = name.given;
        name.given.clear();
    }
    return name;
}

QList<PersonName> personsFromJson(const QJsonValue &value)
{
    QList<PersonName> names;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            continue;
        const PersonName name = personFromJson(item.toObject());
        if (!name.family.isEmpty() || !name.literal.isEmpty())
            names.append(name);
    }
    return names;
}

// "subtitle" is left out on purpose: publishers fill it with decks and teasers (Science's
// "New data and interpretations are yielding new insights…"), not with the second half of the
// title a list would cite.
QString workTitle(const QJsonObject &work)
{
    return firstText(work.value(u"title"_s));
}

// Crossref's updated-by / update-to: [{"DOI":"10.1371/annotation/…","type":"correction",
// "label":"Correction","source":"publisher","updated":{"date-parts":[[2012,5,8]]}}].
QList<WorkUpdate> workUpdates(const QJsonValue &value)
{
    QList<WorkUpdate> updates;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        WorkUpdate u;
        u.type = jsonString(o.value(u"type"_s)).toLower();
        u.doi = jsonString(o.value(u"DOI"_s));
        u.doi.remove(doiResolver());
        u.source = jsonString(o.value(u"source"_s));
        u.label = jsonString(o.value(u"label"_s));
        const QJsonArray parts
            = o.value(u"updated"_s).toObject().value(u"date-parts"_s).toArray().first().toArray();
        if (!parts.isEmpty())
            u.date = QDate(parts.at(0).toInt(), std::max(1, parts.at(1).toInt(1)),
                           std::max(1, parts.at(2).toInt(1)));
        if (!u.type.isEmpty() && !updates.contains(u))
            updates.append(u);
    }
    return updates;
}

// DOIs of related works: [{"id-type":"doi","id":"10.1038/…","asserted-by":"subject"}].
QStringList relatedDois(const QJsonObject &relation, const QString &key)
{
    const QJsonValue value = relation.value(key);
    QJsonArray items;
    if (value.isArray())
        items = value.toArray();
    else if (value.isObject())
        items.append(value);
    QStringList dois;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QString idType = jsonString(object.value(u"id-type"_s));
        QString id = jsonString(object.value(u"id"_s));
        id.remove(doiResolver());
        const bool isDoi = idType.isEmpty() ? id.startsWith(u"10."_s)
                                            : idType.compare(u"doi"_s, Qt::CaseInsensitive) == 0;
        if (!isDoi || id.isEmpty() || dois.contains(id, Qt::CaseInsensitive))
            continue;
        dois.append(id);
    }
    return dois;
}

QString institutionName(const QJsonValue &institution)
{
    if (institution.isObject())
        return jsonText(institution.toObject(), u"name"_s);
    for (const QJsonValue &item : institution.toArray()) {
        const QString name = jsonText(item.toObject(), u"name"_s);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

void setIdentifiers(MetadataRecord &record, const QJsonObject &work)
{
    QString doi = jsonString(work.value(u"DOI"_s));
    if (doi.isEmpty()) {
        // DataCite's CSL puts the DOI URL in "id"; other CSL ids ("item1") are not DOIs.
        const QString id = jsonString(work.value(u"id"_s));
        if (id.contains(doiResolver()) || id.startsWith(u"10."_s))
            doi = id;
    }
    doi.remove(doiResolver());
    if (isArxivDoi(doi)) {
        // arXiv's own DataCite DOI names the preprint, not the paper (APIS.md): keep it apart
        // from the DOI and keep the arXiv id it carries.
        const RecognizedId id = Identifier::recognize(doi);
        if (id.kind == RecognizedId::Kind::Arxiv) {
            record.arxivId = id.arxivId;
            record.arxivVersion = id.arxivVersion;
        }
        return;
    }
    record.doi = doi;
}

QString landingUrl(const QJsonObject &work, const QString &doi)
{
    QString url = jsonString(work.value(u"URL"_s));
    if (url.isEmpty()) {
        url = jsonString(
            work.value(u"resource"_s).toObject().value(u"primary"_s).toObject().value(u"URL"_s));
    }
    if (url.isEmpty() && !doi.isEmpty())
        url = u"https://doi.org/"_s + doi;
    // Crossref still answers with the http://dx.doi.org/ form for older works; one resolver form
    // keeps links comparable and off plain http.
    static const QRegularExpression oldResolver(u"^https?://(?:dx\\.)?doi\\.org/"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    url.replace(oldResolver, u"https://doi.org/"_s);
    return url;
}

MetadataRecord workRecord(const QJsonObject &work, MetadataRecord::Source source)
{
    MetadataRecord record;
    record.source = source;
    record.title = workTitle(work);
    record.authors = personsFromJson(work.value(u"author"_s));
    record.type = jsonString(work.value(u"type"_s));
    record.containerTitle = firstText(work.value(u"container-title"_s));
    if (record.containerTitle.isEmpty() && record.type == u"posted-content") {
        // A bioRxiv preprint has no container; the server that posted it stands in for one.
        record.containerTitle = institutionName(work.value(u"institution"_s));
    }
    record.shortContainerTitle = firstText(work.value(u"short-container-title"_s));
    if (record.shortContainerTitle.isEmpty())
        record.shortContainerTitle = firstText(work.value(u"container-title-short"_s));
    record.publisher = firstText(work.value(u"publisher"_s));
    setDates(record, work);
    setIdentifiers(record, work);
    record.url = landingUrl(work, record.doi);
    const QJsonObject relation = work.value(u"relation"_s).toObject();
    record.preprintOf = relatedDois(relation, u"is-preprint-of"_s);
    record.hasPreprint = relatedDois(relation, u"has-preprint"_s);
    record.updatedBy = workUpdates(work.value(u"updated-by"_s));
    record.updateTo = workUpdates(work.value(u"update-to"_s));
    return record;
}

bool hasContent(const MetadataRecord &record)
{
    return !record.title.isEmpty() || !record.doi.isEmpty() || !record.arxivId.isEmpty()
        || !record.authors.isEmpty();
}

// Crossref's error bodies: {"status":"failed","message":[{"message":"…"}]} or a plain string.
QString crossrefErrorText(const QJsonValue &message)
{
    if (message.isString())
        return message.toString().simplified();
    QStringList texts;
    const QJsonArray items = message.isArray() ? message.toArray() : QJsonArray{message};
    for (const QJsonValue &item : items) {
        const QString text = jsonString(item.toObject().value(u"message"_s)).simplified();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts.join(u' ');
}

// --- arXiv -----------------------------------------------------------------------------------

struct ArxivEntry
{
    QString id;
    QString title;
    QString summary;
    QString published;
    QString updated;
    QString doi;
    QString journalRef;
    QStringList authors;
};

bool isAtom(const QXmlStreamReader &xml, QStringView name)
{
    return xml.namespaceUri() == AtomNs && xml.name() == name;
}

QString elementText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

ArxivEntry readArxivEntry(QXmlStreamReader &xml)
{
    ArxivEntry entry;
    while (xml.readNextStartElement()) {
        if (isAtom(xml, u"id")) {
            entry.id = elementText(xml).trimmed();
        } else if (isAtom(xml, u"title")) {
            entry.title = elementText(xml);
        } else if (isAtom(xml, u"summary")) {
            entry.summary = elementText(xml);
        } else if (isAtom(xml, u"published")) {
            entry.published = elementText(xml).trimmed();
        } else if (isAtom(xml, u"updated")) {
            entry.updated = elementText(xml).trimmed();
        } else if (isAtom(xml, u"author")) {
            while (xml.readNextStartElement()) {
                if (isAtom(xml, u"name"))
                    entry.authors.append(elementText(xml));
                else
                    xml.skipCurrentElement(); // arxiv:affiliation
            }
        } else if (xml.namespaceUri() == ArxivNs && xml.name() == u"doi") {
            entry.doi = elementText(xml);
        } else if (xml.namespaceUri() == ArxivNs && xml.name() == u"journal_ref") {
            entry.journalRef = elementText(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    return entry;
}

bool isArxivError(const ArxivEntry &entry)
{
    static const QRegularExpression errors(u"^https?://(?:export\\.)?arxiv\\.org/api/errors"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return errors.match(entry.id).hasMatch();
}

// arXiv gives each author as one string in natural order, wrapped over lines at times.
PersonName personFromFullName(const QString &fullName)
{
    const QString whole = fullName.simplified();
    QString name = whole;
    // AuthorFormat::parse would take a trailing "Jr." for the family name.
    static const QRegularExpression suffix(u"(?:,\\s*|\\s+)(Jr\\.?|Sr\\.?|II|III|IV)$"_s);
    QString generation;
    if (const QRegularExpressionMatch match = suffix.match(name); match.hasMatch()) {
        generation = match.captured(1);
        name.truncate(match.capturedStart());
    }
    const QList<PersonName> split = AuthorFormat::parse(name);
    // One name in, one name out; anything else (a collaboration's name with "and" in it) is
    // kept whole rather than turned into several authors.
    if (split.size() != 1)
        return {{}, {}, whole};
    PersonName person = split.front();
    if (!generation.isEmpty() && !person.isLiteral())
        person.family += u' ' + generation;
    return person;
}

// <arxiv:doi> is the journal DOI the authors gave; a few entries list several, space-separated.
QString journalDoi(const QString &text)
{
    QString doi = text.simplified().section(u' ', 0, 0);
    doi.remove(doiResolver());
    return isArxivDoi(doi) ? QString() : doi;
}

bool arxivRecord(const ArxivEntry &entry, MetadataRecord *record)
{
    const RecognizedId id = Identifier::recognize(entry.id);
    if (id.kind != RecognizedId::Kind::Arxiv)
        return false;
    record->source = MetadataRecord::Source::Arxiv;
    record->arxivId = id.arxivId;
    record->arxivVersion = id.arxivVersion;
    record->url = u"https://arxiv.org/abs/"_s + id.arxivId;
    record->title = entry.title.simplified();
    for (const QString &author : entry.authors) {
        if (!author.trimmed().isEmpty())
            record->authors.append(personFromFullName(author));
    }
    record->containerTitle = u"arXiv"_s;
    // <published> is the date of v1, which is what a list cites; <updated> belongs to the
    // returned version and is only a stand-in.
    QDateTime date = QDateTime::fromString(entry.published, Qt::ISODate);
    if (!date.isValid())
        date = QDateTime::fromString(entry.updated, Qt::ISODate);
    if (date.isValid()) {
        record->published = date.date();
        record->year = record->published.year();
    }
    record->doi = journalDoi(entry.doi);
    record->journalRef = entry.journalRef.simplified();
    return true;
}

ParseResult xmlFailure(const QXmlStreamReader &xml)
{
    return failure(Status::Malformed,
                   QCoreApplication::translate("Curator::Metadata",
                                               "The arXiv response is not valid XML at line %1: %2")
                       .arg(xml.lineNumber())
                       .arg(xml.errorString()));
}

} // namespace

ParseResult parseArxivFeed(const QByteArray &atom)
{
    if (atom.trimmed().isEmpty()) {
        return failure(
            Status::Malformed,
            QCoreApplication::translate("Curator::Metadata", "The arXiv response is empty."));
    }
    QXmlStreamReader xml(atom);
    // The prolog by hand: readNextStartElement() would step over a DOCTYPE silently, and a
    // document type only serves to declare entities (billion laughs); arXiv never sends one.
    while (!xml.atEnd() && !xml.isStartElement()) {
        if (xml.readNext() == QXmlStreamReader::DTD) {
            return failure(Status::Malformed,
                           QCoreApplication::translate(
                               "Curator::Metadata",
                               "The arXiv response declares a document type, which is refused."));
        }
    }
    if (xml.hasError())
        return xmlFailure(xml);
    if (!isAtom(xml, u"feed")) {
        return failure(Status::Malformed,
                       QCoreApplication::translate("Curator::Metadata",
                                                   "The arXiv response is not an Atom feed."));
    }

    QList<MetadataRecord> records;
    QString errorText;
    bool sawError = false;
    bool sawUnknownEntry = false;
    while (xml.readNextStartElement()) {
        if (isAtom(xml, u"entry")) {
            const ArxivEntry entry = readArxivEntry(xml);
            if (isArxivError(entry)) {
                sawError = true;
                if (errorText.isEmpty())
                    errorText = entry.summary.simplified();
                continue;
            }
            MetadataRecord record;
            if (arxivRecord(entry, &record))
                records.append(record);
            else
                sawUnknownEntry = true;
        } else {
            // opensearch:totalResults is not trusted for the outcome: a batch counts what it
            // found, and the entries themselves say the same thing.
            xml.skipCurrentElement();
        }
    }
    // Whatever follows the root must still be well-formed (a truncated body ends in an error).
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return xmlFailure(xml);

    if (!records.isEmpty())
        return success(records);
    if (sawError) {
        return failure(Status::ServiceError,
                       errorText.isEmpty() ? QCoreApplication::translate("Curator::Metadata",
                                                                         "arXiv reported an error.")
                                           : errorText);
    }
    if (sawUnknownEntry) {
        return failure(Status::Malformed,
                       QCoreApplication::translate("Curator::Metadata",
                                                   "The arXiv feed holds no arXiv identifiers."));
    }
    return failure(Status::NotFound,
                   QCoreApplication::translate("Curator::Metadata",
                                               "arXiv has no paper with this identifier."));
}

ParseResult parseCrossrefWork(const QByteArray &json)
{
    const QByteArray body = json.trimmed();
    if (body.isEmpty()) {
        return failure(
            Status::Malformed,
            QCoreApplication::translate("Curator::Metadata", "The Crossref response is empty."));
    }
    // An unknown DOI gets a plain-text body, not JSON (APIS.md), whatever the content type says.
    if (body == "Resource not found.") {
        return failure(Status::NotFound,
                       QCoreApplication::translate("Curator::Metadata",
                                                   "Crossref has no record of this DOI."));
    }
    // QJsonDocument refuses nesting deeper than 1024 (DeepNesting) before it can exhaust the
    // stack, so hostile bodies end here too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return failure(
            Status::Malformed,
            QCoreApplication::translate("Curator::Metadata",
                                        "The Crossref response is not valid JSON at byte %1: %2")
                .arg(error.offset)
                .arg(error.errorString()));
    }
    const QJsonObject envelope = document.object();
    if (!document.isObject() || !envelope.value(u"status"_s).isString()) {
        return failure(Status::Malformed,
                       QCoreApplication::translate("Curator::Metadata",
                                                   "The Crossref response is not an API message."));
    }
    const QString status = envelope.value(u"status"_s).toString();
    if (status != u"ok") {
        const QString text = crossrefErrorText(envelope.value(u"message"_s));
        return failure(
            Status::ServiceError,
            text.isEmpty()
                ? QCoreApplication::translate("Curator::Metadata",
                                              "Crossref answered with status \u201C%1\u201D.")
                      .arg(status)
                : QCoreApplication::translate("Curator::Metadata", "Crossref reported: %1")
                      .arg(text));
    }
    const QString messageType = jsonString(envelope.value(u"message-type"_s));
    if (!messageType.isEmpty() && messageType != u"work") {
        return failure(
            Status::ServiceError,
            QCoreApplication::translate("Curator::Metadata",
                                        "Crossref answered with \u201C%1\u201D instead of a work.")
                .arg(messageType));
    }
    const QJsonValue message = envelope.value(u"message"_s);
    if (!message.isObject()) {
        return failure(Status::Malformed,
                       QCoreApplication::translate("Curator::Metadata",
                                                   "The Crossref response holds no work."));
    }
    return success({workRecord(message.toObject(), MetadataRecord::Source::Crossref)});
}

ParseResult parseCsl(const QByteArray &json)
{
    const QByteArray body = json.trimmed();
    if (body.isEmpty()) {
        return failure(
            Status::Malformed,
            QCoreApplication::translate("Curator::Metadata", "The citation data is empty."));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return failure(
            Status::Malformed,
            QCoreApplication::translate("Curator::Metadata",
                                        "The citation data is not valid JSON at byte %1: %2")
                .arg(error.offset)
                .arg(error.errorString()));
    }
    if (!document.isObject() && !document.isArray()) {
        return failure(
            Status::Malformed,
            QCoreApplication::translate("Curator::Metadata", "The citation data is not CSL-JSON."));
    }
    QJsonArray items;
    if (document.isObject())
        items.append(document.object());
    else
        items = document.array();
    if (items.isEmpty()) {
        return failure(
            Status::NotFound,
            QCoreApplication::translate("Curator::Metadata", "The citation data holds no record."));
    }
    QList<MetadataRecord> records;
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isObject())
            continue;
        MetadataRecord record = workRecord(item.toObject(), MetadataRecord::Source::Csl);
        // An object with none of the fields a citation needs is an error body, not a record.
        if (hasContent(record))
            records.append(record);
    }
    if (records.isEmpty()) {
        return failure(
            Status::Malformed,
            QCoreApplication::translate("Curator::Metadata", "The citation data is not CSL-JSON."));
    }
    return success(records);
}

} // namespace Curator::Metadata
