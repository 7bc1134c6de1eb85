#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Curator {

// One author as metadata services give it: family + given, or a literal (organisation,
// consortium, single-name author without a split).
struct PersonName
{
    QString family; // includes particles: "van Bergen", "d'Ascoli", "de Freitas"
    QString given; // as given: "Zhang-Wei", "J. R.", "Daniel L. K.", "SM Ali"
    QString literal; // used when family is empty: "The BRAIN Initiative Consortium"

    bool isLiteral() const { return family.isEmpty(); }
    friend bool operator==(const PersonName &a, const PersonName &b)
    {
        return a.family == b.family && a.given == b.given && a.literal == b.literal;
    }
};

// How a list writes its author strings. Stored per list by its key().
enum class AuthorStyle {
    // The list's most common form (FORMAT.md): "Family, G. G." joined by ", ", ", & " before the
    // last (also for two authors); up to seven in full; eight or more: first six, ", ... & ", last.
    Apa,
    // "Given Family, Given Family, and Given Family" (natural order, all names).
    Natural,
    // "Family, G. G." for one, "Family, G. G., & Family2, G." for two, else "Family, G. G., et al."
    ApaEtAl,
};

namespace AuthorFormat {

QString styleKey(AuthorStyle style); // "apa", "natural", "apa-et-al"
AuthorStyle styleFromKey(QStringView key, bool *ok = nullptr);

// "Zhang-Wei" -> "Z.-W."; "Daniel L. K." -> "D. L. K."; "J.J." -> "J. J."; "SM Ali" -> "S. M. A.";
// "Jean-Rémi" -> "J.-R."; empty -> empty.
QString initials(QStringView given);

QString format(const QList<PersonName> &names, AuthorStyle style = AuthorStyle::Apa);

// Best-effort split of a verbatim author string as found in READMEs ("Granier, A., & Senn, W.",
// "Bengio, Yoshua, Dong-Hyun Lee, and Zhouhan Lin.", "Chengxu Zhuang, Siming Yan", "... & X",
// "et al."). Truncation markers ("...", "et al.") are dropped. Never fails; may be imperfect.
QList<PersonName> parse(QStringView verbatim);

// Serialise for the store (JSON array of {"family","given","literal"}), and back.
QString toJson(const QList<PersonName> &names);
QList<PersonName> fromJson(QStringView json);

} // namespace AuthorFormat
} // namespace Curator
