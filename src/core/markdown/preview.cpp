#include "preview.h"

#include "markdown/blocks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Curator::Markdown {

QString previewHtml(QByteArrayView markdown)
{
    QString html = QString::fromUtf8(gfmHtml(markdown));
    static const QRegularExpression tags(uR"(<[^>]*>)"_s);
    // Headings get GitHub's anchors ("## More awesome lists" → #more-awesome-lists), so that
    // the README's own "#section" links scroll to them.
    static const QRegularExpression heading(uR"(<h([1-6])>(.*?)</h\1>)"_s);
    static const QRegularExpression notSlug(uR"([^\p{L}\p{N}\p{M} _-])"_s);
    QString anchored;
    qsizetype at = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        anchored += QStringView(html).sliced(at, m.capturedStart() - at);
        QString slug = m.captured(2);
        slug.remove(tags); // an image's alt text is no part of it, as on GitHub
        slug = slug.trimmed().toLower().remove(notSlug).replace(u' ', u'-');
        anchored += u"<h"_s + m.captured(1) + u" id=\""_s + slug + u"\">"_s + m.captured(2)
            + u"</h"_s + m.captured(1) + u'>';
        at = m.capturedEnd();
    }
    html = anchored + QStringView(html).sliced(at);
    // Images (Markdown's, which cmark-gfm writes as <img>, and the README's own HTML ones):
    // their alt text, in italics, where they stood; one without alt text leaves nothing.
    static const QRegularExpression image(uR"(<img\b[^>]*>)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression alt(uR"re(\balt\s*=\s*(?:"([^"]*)"|'([^']*)'))re"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size());
    at = 0;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).sliced(at, m.capturedStart() - at);
        const QRegularExpressionMatch a = alt.match(m.captured());
        const QString text = a.hasMatch() ? a.captured(1) + a.captured(2) : QString();
        if (!text.trimmed().isEmpty())
            out += u"<i>"_s + text + u"</i>"_s; // already escaped as an attribute value
        at = m.capturedEnd();
    }
    out += QStringView(html).sliced(at);
    // Tags GitHub's tagfilter disarms (it writes "&lt;script>"): GitHub's sanitizer then drops
    // them with their content, so the preview does too rather than show a script as text. In a
    // code block the same text has "&gt;", and stays.
    static const QRegularExpression filtered(
        uR"(&lt;(script|style|iframe|noembed|noframes|plaintext|textarea|title|xmp)(?:\s[^<>]*)?>.*?(?:&lt;/\1\s*>|$))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    out.remove(filtered);
    // Other embedded media the widget cannot show either.
    static const QRegularExpression media(
        uR"(<(?:source|video|audio|iframe|embed|object)\b[^>]*>(?:</(?:video|audio|iframe|object)>)?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.remove(media);
    // QTextDocument draws no cell borders from CSS: the table's own attributes do.
    static const QRegularExpression table(uR"(<table\b[^>]*>)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    out.replace(table, u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s);
    if (QString(out).remove(tags).trimmed().isEmpty() && !markdown.trimmed().isEmpty())
        return u"<pre>"_s + QString::fromUtf8(markdown).toHtmlEscaped() + u"</pre>"_s;
    return out;
}

} // namespace Curator::Markdown
