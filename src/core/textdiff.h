#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Curator::TextDiff {

// One line of a hunk. Lines are split on "\n" only: a "\r" before it stays in the text, so a
// CRLF file diffs as git diffs it, line ending and all.
struct Line
{
    enum Kind { Context, Added, Removed };
    Kind kind = Context;
    QByteArray text; // without the "\n"
    int oldLine = 0; // 1-based; 0 for an added line
    int newLine = 0; // 1-based; 0 for a removed line
    // The last line of its file(s), with no "\n" after it ("\ No newline at end of file").
    bool noFinalNewline = false;
};

// The numbers are those of the "@@ -oldStart,oldCount +newStart,newCount @@" header: 1-based,
// and for an empty range the line *before* it (0 at the top of the file), as diff -u has them.
struct Hunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<Line> lines;
};

struct Diff
{
    QList<Hunk> hunks;
    int added = 0; // lines
    int removed = 0;
    bool identical = true;
};

// A line diff with `context` lines around each change, in the shape `git diff` gives: git's
// Myers variant (common ends trimmed, lines unique to one side set aside, bounded cost) and its
// sliding of ambiguous changes (the indent heuristic), so that an inserted entry and its blank
// line show where a maintainer's own diff would show them. Memory is linear in the input.
Diff diff(QByteArrayView oldText, QByteArrayView newText, int context = 3);

// The diff as a unified patch ("--- a/README.md", "+++ b/README.md", hunks); empty when the texts
// are identical.
QByteArray unified(const Diff &diff, QByteArrayView oldName = "a/README.md",
                   QByteArrayView newName = "b/README.md");

} // namespace Curator::TextDiff
