#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Curator::Markdown {

// An inline link `[text](destination "title")` found in UTF-8 markdown source, following the
// CommonMark 0.30 rules for link text (balanced brackets, backslash escapes, code spans are not
// searched for brackets), link destinations (angle-bracket form, or a run without spaces/control
// characters with balanced unescaped parentheses), and link titles ("…", '…', (…)), with optional
// white space (including one line ending) around destination and title.
struct InlineLink
{
    qsizetype open = -1; // index of '['
    qsizetype textBegin = -1; // first byte of the link text (after '[')
    qsizetype textEnd = -1; // index of the closing ']'
    qsizetype destBegin = -1; // raw destination span (including '<' '>' when present)
    qsizetype destEnd = -1;
    qsizetype end = -1; // index one past the closing ')'
    QString destination; // backslash escapes and entity references resolved, '<>' removed
    QString title; // ditto; empty when none
};

// The inline link whose '[' is at `open`, or nullopt if there is none there.
std::optional<InlineLink> parseInlineLinkAt(QByteArrayView source, qsizetype open);

// The first inline link at or after `from` (skipping images `![…](…)` unless allowImages).
std::optional<InlineLink> findInlineLink(QByteArrayView source, qsizetype from = 0,
                                         bool allowImages = false);

// CommonMark backslash escapes (ASCII punctuation) and entity references (&amp; &#123; &#x1F;
// and the common named ones) resolved; everything else kept.
QString unescape(QByteArrayView source);

// Inline text (link text, emphasis, a paragraph's words) as CommonMark reads it: one pass from
// the left, so an escaped '&' starts no reference ("\&amp;" is the text "&amp;", where
// unescape() gives "&"), and a backslash before a line ending (a hard break) is dropped. What
// escapeText() writes reads back through this as it was.
QString unescapeText(QByteArrayView source);

// Escape text so that it reads literally inside link text or emphasis: '\' '[' ']' '*' '_' '`'
// '<' '>' '!' (when before '['), and line breaks folded to a space.
QString escapeText(QStringView text);

// A destination that CommonMark reads back as `url`: spaces, control characters and
// unbalanced parentheses percent-encoded; nothing else changed.
QString escapeDestination(QStringView url);

} // namespace Curator::Markdown
