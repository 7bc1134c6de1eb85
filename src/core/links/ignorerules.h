#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

// A list's rules for links that are not to be checked (issue 16), written as lychee's
// .lycheeignore is: one regular expression per line, matched anywhere in the address, '#'
// starting a comment line. So a list's own CI with lychee skips what the app skips.
namespace Curator::Links {

class IgnoreRules
{
public:
    IgnoreRules() = default;
    // Blank lines and comments are kept in text() but match nothing. A pattern that is not a
    // valid regular expression makes the rules invalid: error() names its line.
    static IgnoreRules parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    bool isEmpty() const { return m_patterns.isEmpty(); }
    int count() const { return int(m_patterns.size()); }

    // The pattern that matches `url`, or an empty string.
    QString match(const QString &url) const;

    // The rules with one more line: the address itself, its regex characters escaped, anchored.
    IgnoreRules withUrl(const QString &url) const;

    // The .lycheeignore file's contents: the rules as written, with a header comment.
    QByteArray lycheeIgnoreFile() const;

private:
    QString m_text;
    QString m_error;
    QList<QRegularExpression> m_patterns;
};

} // namespace Curator::Links
