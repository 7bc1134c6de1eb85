#include "ignorerules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Curator::Links {

namespace {

class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(Curator::Links::IgnoreRules)
};

// Escapes only what a regular expression reads as syntax. QRegularExpression::escape() escapes
// every other character too ("\/", "\:"), which older versions of Rust's regex crate (lychee's)
// refuse.
QString escaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringView(u"\\.+*?()|[]{}^$").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

IgnoreRules IgnoreRules::parse(const QString &text)
{
    IgnoreRules rules;
    rules.m_text = text;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QRegularExpression re(line);
        if (!re.isValid()) {
            rules.m_error = RuleText::tr("Ignore rule %1 is not a valid pattern (%2): %3")
                                .arg(i + 1)
                                .arg(re.errorString(), line);
            rules.m_patterns.clear();
            return rules;
        }
        re.optimize();
        rules.m_patterns.append(re);
    }
    return rules;
}

QString IgnoreRules::match(const QString &url) const
{
    for (const QRegularExpression &re : m_patterns) {
        if (re.match(url).hasMatch())
            return re.pattern();
    }
    return {};
}

IgnoreRules IgnoreRules::withUrl(const QString &url) const
{
    QString text = m_text;
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    text += u'^' + escaped(url) + u"$\n"_s;
    return parse(text);
}

QByteArray IgnoreRules::lycheeIgnoreFile() const
{
    QByteArray out = "# Links that are not checked: one regular expression per line.\n"
                     "# Written by Awesome Curator from the list's ignore rules.\n";
    out += m_text.toUtf8();
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

} // namespace Curator::Links
