#include "authorformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Curator {

namespace {

// FORMAT.md: up to seven authors are written in full, eight or more as the first six, "... &"
// and the last.
constexpr qsizetype ApaMaxInFull = 7;
constexpr qsizetype ApaHeadWhenTruncated = 6;

struct StyleKey
{
    AuthorStyle style;
    QLatin1StringView key;
};

// The keys are stored per list in the database: never rename them.
constexpr StyleKey StyleKeys[] = {
    {AuthorStyle::Apa, "apa"_L1},
    {AuthorStyle::Natural, "natural"_L1},
    {AuthorStyle::ApaEtAl, "apa-et-al"_L1},
};

// Particles that belong to the family name. Crossref sometimes puts them at the end of the given
// name ("Ruben S. van" + "Bergen"); APA keeps them with the family ("van Bergen, R. S.").
bool isParticle(QStringView word)
{
    static const QStringList particles = {
        u"van"_s, u"von"_s,   u"vom"_s, u"de"_s, u"der"_s, u"den"_s, u"del"_s, u"della"_s,
        u"dei"_s, u"degli"_s, u"di"_s,  u"da"_s, u"das"_s, u"do"_s,  u"dos"_s, u"du"_s,
        u"la"_s,  u"le"_s,    u"lo"_s,  u"te"_s, u"ten"_s, u"ter"_s, u"zu"_s,  u"zur"_s,
    };
    if (word.endsWith(u'\'') || word.endsWith(u'\u2019'))
        return word.size() > 1 && word.front().isLower(); // "d'", "dell'"
    return particles.contains(word);
}

bool isDash(QChar c)
{
    // Pasted names carry typographic hyphens (U+2010) as often as ASCII ones.
    return c.category() == QChar::Punctuation_Dash;
}

bool hasLetter(QStringView text)
{
    for (const uint c : text.toUcs4()) {
        if (QChar::isLetter(c))
            return true;
    }
    return false;
}

bool isAsciiVowel(uint c)
{
    return c == U'A' || c == U'E' || c == U'I' || c == U'O' || c == U'U';
}

// Splits on '.' and dashes: "Z.-W." -> Z, W; "J.J." -> J, J; "Y-Y." -> Y, Y.
QStringList initialPieces(QStringView word)
{
    QStringList pieces;
    QString current;
    for (const QChar c : word) {
        if (c == u'.' || isDash(c)) {
            if (!current.isEmpty())
                pieces.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

bool isUpperRun(const QList<uint> &codePoints)
{
    if (codePoints.isEmpty())
        return false;
    for (const uint c : codePoints) {
        if (!QChar::isLetter(c) || !QChar::isUpper(c))
            return false;
    }
    return true;
}

// Whether a word, as found in a README, is a group of initials: "J.", "J.J.", "Z.-W.", "G.I.",
// "SM", "AJ". Two or three capitals without dots count ("Marcel AJ van Gerven"); "Ng" or "Wu" do
// not, and neither does "NAACL" of "(NAACL 2025)".
bool isInitialsWord(QStringView word)
{
    const QStringList pieces = initialPieces(word);
    if (pieces.isEmpty())
        return false;
    for (const QString &piece : pieces) {
        const QList<uint> codePoints = piece.toUcs4();
        if (codePoints.size() == 1 && QChar::isLetter(codePoints.front()))
            continue;
        if (codePoints.size() <= 3 && isUpperRun(codePoints))
            continue;
        return false;
    }
    return true;
}

QString tidy(const QString &text)
{
    // NFC because the list is NFC: a decomposed "É" from a service would otherwise differ from
    // the same name typed by the maintainer.
    return text.simplified().normalized(QString::NormalizationForm_C);
}

// The name as the formatter writes it: tidied, particles moved from the given to the family
// name, a given-only name treated as a single-name author.
PersonName prepared(const PersonName &name)
{
    PersonName out;
    out.family = tidy(name.family);
    out.given = tidy(name.given);
    out.literal = tidy(name.literal);
    if (out.family.isEmpty()) {
        if (out.literal.isEmpty())
            out.literal = out.given;
        out.given.clear();
        return out;
    }
    out.literal.clear();
    QStringList givenWords = out.given.split(u' ', Qt::SkipEmptyParts);
    QStringList particles;
    while (givenWords.size() > 1 && isParticle(givenWords.constLast()))
        particles.prepend(givenWords.takeLast());
    if (!particles.isEmpty()) {
        // "d'" is written against the name it elides into: "d'Ascoli", not "d' Ascoli".
        const QString &last = particles.constLast();
        const bool elided = last.endsWith(u'\'') || last.endsWith(u'\u2019');
        out.family = particles.join(u' ') + (elided ? QString() : u" "_s) + out.family;
        out.given = givenWords.join(u' ');
    }
    return out;
}

QString apaName(const PersonName &name)
{
    if (name.isLiteral())
        return name.literal;
    const QString given = AuthorFormat::initials(name.given);
    return given.isEmpty() ? name.family : name.family + u", "_s + given;
}

QString naturalName(const PersonName &name)
{
    if (name.isLiteral())
        return name.literal;
    return name.given.isEmpty() ? name.family : name.given + u' ' + name.family;
}

// --- parse() ---------------------------------------------------------------------------------

bool isOrganisation(const QStringList &words)
{
    static const QStringList markers = {
        u"consortium"_s, u"consortia"_s,  u"initiative"_s,  u"collaboration"_s, u"committee"_s,
        u"commission"_s, u"council"_s,    u"group"_s,       u"team"_s,          u"project"_s,
        u"network"_s,    u"society"_s,    u"association"_s, u"institute"_s,     u"centre"_s,
        u"center"_s,     u"university"_s, u"laboratory"_s,
    };
    for (QString word : words) {
        while (word.endsWith(u'.'))
            word.chop(1);
        if (markers.contains(word.toLower()))
            return true;
    }
    return false;
}

// One comma/ampersand/"and"-separated piece of an author string.
struct Segment
{
    QStringList words;
    QString text; // words joined by single spaces
    QString verbatim; // trimmed original, for organisations
    bool initials = false;
    bool organisation = false;

    // "Yoshua", "Blake A.", "Helena Y." — what follows the family name of an inverted name.
    bool givenLike() const
    {
        if (words.isEmpty() || isInitialsWord(words.front()))
            return false;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (!isInitialsWord(words.at(i)))
                return false;
        }
        return true;
    }
};

Segment makeSegment(const QString &raw)
{
    Segment segment;
    segment.verbatim = raw.simplified();
    bool allInitials = true;
    for (QString word : segment.verbatim.split(u' ', Qt::SkipEmptyParts)) {
        if (!hasLetter(word))
            continue; // a lone "." left behind by "(2018)." or " ."
        if (isInitialsWord(word)) {
            segment.words.append(word);
            continue;
        }
        // "Lin." at the end of an MLA string: the period ends the list, not the name.
        while (word.endsWith(u'.'))
            word.chop(1);
        allInitials = false;
        segment.words.append(word);
    }
    segment.text = segment.words.join(u' ');
    segment.initials = !segment.words.isEmpty() && allInitials;
    segment.organisation = !segment.initials && isOrganisation(segment.words);
    return segment;
}

// A name written in one piece: "Daniel L. K. Yamins", "Marcel AJ van Gerven", "Glaser G.I.".
PersonName splitOnePiece(const QStringList &words)
{
    const qsizetype n = words.size();
    if (n == 1)
        return {words.front(), {}, {}};
    // "Family Initials" ("Glaser G.I.", "Perich G.M."): the initials come last.
    if (isInitialsWord(words.constLast()) && !isInitialsWord(words.front())) {
        qsizetype start = n;
        while (start > 1 && isInitialsWord(words.at(start - 1)))
            --start;
        return {words.mid(0, start).join(u' '), words.mid(start).join(u' '), {}};
    }
    // Natural order: the last word is the family name, with any particles before it.
    qsizetype familyStart = n - 1;
    while (familyStart > 1 && isParticle(words.at(familyStart - 1)))
        --familyStart;
    return {words.mid(familyStart).join(u' '), words.mid(0, familyStart).join(u' '), {}};
}

} // namespace

namespace AuthorFormat {

QString styleKey(AuthorStyle style)
{
    for (const StyleKey &entry : StyleKeys) {
        if (entry.style == style)
            return entry.key;
    }
    return StyleKeys[0].key;
}

AuthorStyle styleFromKey(QStringView key, bool *ok)
{
    for (const StyleKey &entry : StyleKeys) {
        if (key == entry.key) {
            if (ok)
                *ok = true;
            return entry.style;
        }
    }
    // An unknown key (a newer version's style, a hand-edited store) falls back to the default
    // rather than failing the list.
    if (ok)
        *ok = false;
    return AuthorStyle::Apa;
}

QString initials(QStringView given)
{
    const QString text = given.toString().simplified().normalized(QString::NormalizationForm_C);
    // "SM" and "AJ" next to a written-out name are runs of initials ("SM Ali", "Marcel AJ"). A
    // given name entirely in capitals ("LI", "WEI") is more likely a name from an old all-caps
    // record, so there only vowel-free runs ("SM", "LK") are taken as initials.
    bool anyLower = false;
    for (const QChar c : text)
        anyLower = anyLower || c.isLower();

    QStringList groups;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        // Nicknames in parentheses or quotes are not part of the APA form.
        const QChar first = word.front();
        if (first == u'(' || first == u'"' || first == u'\u201C' || first == u'\'')
            continue;
        QStringList hyphenated;
        QString part;
        const auto flushPart = [&]() {
            QStringList letters;
            for (const QString &piece : part.split(u'.', Qt::SkipEmptyParts)) {
                QList<uint> codePoints;
                for (const uint c : piece.toUcs4()) {
                    if (QChar::isLetter(c))
                        codePoints.append(c);
                }
                if (codePoints.isEmpty())
                    continue;
                bool vowel = false;
                for (const uint c : codePoints)
                    vowel = vowel || isAsciiVowel(c);
                const bool run = codePoints.size() >= 2 && codePoints.size() <= 3
                    && isUpperRun(codePoints) && (anyLower || !vowel);
                const qsizetype count = run ? codePoints.size() : 1;
                for (qsizetype i = 0; i < count; ++i) {
                    const char32_t upper = QChar::toUpper(char32_t(codePoints.at(i)));
                    letters.append(QString::fromUcs4(&upper, 1));
                }
            }
            if (!letters.isEmpty())
                hyphenated.append(letters.join(u". "_s) + u'.');
            part.clear();
        };
        for (const QChar c : word) {
            if (isDash(c))
                flushPart();
            else
                part.append(c);
        }
        flushPart();
        if (!hyphenated.isEmpty())
            groups.append(hyphenated.join(u'-'));
    }
    return groups.join(u' ');
}

QString format(const QList<PersonName> &names, AuthorStyle style)
{
    QStringList parts;
    for (const PersonName &name : names) {
        const PersonName clean = prepared(name);
        if (clean.family.isEmpty() && clean.literal.isEmpty())
            continue; // nothing to write; an empty slot must not produce ", , &"
        parts.append(style == AuthorStyle::Natural ? naturalName(clean) : apaName(clean));
    }
    const qsizetype n = parts.size();
    if (n <= 1)
        return parts.value(0);

    switch (style) {
    case AuthorStyle::Natural:
        if (n == 2)
            return parts.at(0) + u" and "_s + parts.at(1);
        return parts.mid(0, n - 1).join(u", "_s) + u", and "_s + parts.constLast();
    case AuthorStyle::ApaEtAl:
        if (n == 2)
            return parts.at(0) + u", & "_s + parts.at(1);
        return parts.at(0) + u", et al."_s;
    case AuthorStyle::Apa:
        break;
    }
    if (n > ApaMaxInFull)
        return parts.mid(0, ApaHeadWhenTruncated).join(u", "_s) + u", ... & "_s + parts.constLast();
    return parts.mid(0, n - 1).join(u", "_s) + u", & "_s + parts.constLast();
}

QList<PersonName> parse(QStringView verbatim)
{
    QString text = verbatim.toString();
    // "(2018)." pasted along with the names, "et al." and "..." truncations: none is a name.
    static const QRegularExpression yearGroup(u"\\([^()]*\\d{4}[^()]*\\)"_s);
    static const QRegularExpression etAl(u"(?<!\\p{L})et\\.?\\s*al(?:\\.|(?!\\p{L}))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ellipsis(u"\\.{3,}|\u2026"_s);
    static const QRegularExpression separator(
        u"\\s*(?:[,;&]|(?<![\\p{L}\\p{M}'\u2019])and(?![\\p{L}\\p{M}'\u2019]))\\s*"_s);
    text.replace(yearGroup, u" "_s);
    text.replace(etAl, u","_s);
    text.replace(ellipsis, u","_s);

    QList<Segment> segments;
    for (const QString &raw : text.split(separator, Qt::SkipEmptyParts)) {
        Segment segment = makeSegment(raw);
        if (!segment.words.isEmpty())
            segments.append(segment);
    }

    QList<PersonName> names;
    const qsizetype n = segments.size();
    for (qsizetype i = 0; i < n;) {
        const Segment &segment = segments.at(i);
        const Segment *next = i + 1 < n ? &segments.at(i + 1) : nullptr;
        if (segment.organisation) {
            names.append({{}, {}, segment.verbatim});
            ++i;
            continue;
        }
        if (segment.initials) {
            // Initials that follow a complete name ("Fiete, I., R.") are a comma typed inside
            // the initials; alone, they are kept as a name rather than lost.
            if (!names.isEmpty() && !names.constLast().isLiteral()) {
                PersonName &previous = names.last();
                previous.given = previous.given.isEmpty() ? segment.text
                                                          : previous.given + u' ' + segment.text;
            } else {
                names.append({segment.text, {}, {}});
            }
            ++i;
            continue;
        }
        // APA: "Family, I. I." — the family may be several words ("Van de Ven", "Ratan Murty").
        if (next && next->initials) {
            names.append({segment.text, next->text, {}});
            i += 2;
            continue;
        }
        if (segment.words.size() == 1) {
            // "Stravopodis, Lindsay, G. W.": the next segment is the family of an APA name, so
            // this one is a family name on its own.
            const bool nextOpensApaName = i + 2 < n && segments.at(i + 2).initials;
            // MLA inverts the first author only ("Bengio, Yoshua, Dong-Hyun Lee"), whatever shape
            // the given name has ("Eslami, SM Ali"); later, only a given-like piece is taken.
            const bool inverted
                = next && !next->organisation && !nextOpensApaName && (i == 0 || next->givenLike());
            if (inverted) {
                names.append({segment.text, next->text, {}});
                i += 2;
            } else {
                names.append({segment.text, {}, {}});
                ++i;
            }
            continue;
        }
        names.append(splitOnePiece(segment.words));
        ++i;
    }
    return names;
}

QString toJson(const QList<PersonName> &names)
{
    QJsonArray array;
    for (const PersonName &name : names) {
        // Empty fields are left out: most names have only two of the three.
        QJsonObject object;
        if (!name.family.isEmpty())
            object.insert(u"family"_s, name.family);
        if (!name.given.isEmpty())
            object.insert(u"given"_s, name.given);
        if (!name.literal.isEmpty())
            object.insert(u"literal"_s, name.literal);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PersonName> fromJson(QStringView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return {};
    QList<PersonName> names;
    for (const QJsonValue &value : document.array()) {
        // A damaged element (not an object, no names) is skipped: it must not take the whole
        // author list with it.
        const QJsonObject object = value.toObject();
        PersonName name;
        name.family = object.value(u"family"_s).toString();
        name.given = object.value(u"given"_s).toString();
        name.literal = object.value(u"literal"_s).toString();
        if (!name.family.isEmpty() || !name.given.isEmpty() || !name.literal.isEmpty())
            names.append(name);
    }
    return names;
}

} // namespace AuthorFormat
} // namespace Curator
