// The line diff and the three-way merge on three texts: "base\0ours\0theirs". The diff, applied
// to the old text, gives the new one (hunk numbers and counts as diff -u has them); a merge in
// which one side changed nothing gives the other side; both sides making the same change give
// that change; none of these is a conflict.

#include "fuzzcheck.h"
#include "git/readmesync.h"
#include "textdiff.h"

using namespace Curator;

namespace {

QList<QByteArrayView> linesOf(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    while (!text.isEmpty()) {
        const qsizetype nl = text.indexOf('\n');
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.first(end));
        text = text.sliced(end);
    }
    return lines;
}

QByteArray lineText(QByteArrayView line)
{
    return (line.endsWith('\n') ? line.chopped(1) : line).toByteArray();
}

// Applies the diff's hunks to `oldText`, checking each context and removed line against it.
QByteArray patched(QByteArrayView oldText, const TextDiff::Diff &d)
{
    const QList<QByteArrayView> old = linesOf(oldText);
    QByteArray out;
    int next = 0; // 0-based index of the next old line to copy
    int newLine = 0;
    int added = 0, removed = 0;
    for (const TextDiff::Hunk &h : d.hunks) {
        const int first = h.oldCount > 0 ? h.oldStart - 1 : h.oldStart;
        FUZZ_CHECK(first >= next && first <= old.size());
        for (; next < first; ++next, ++newLine)
            out += old.at(next);
        FUZZ_CHECK(h.newStart == (h.newCount > 0 ? newLine + 1 : newLine));
        int oldCount = 0, newCount = 0;
        for (const TextDiff::Line &l : h.lines) {
            if (l.kind != TextDiff::Line::Added) {
                FUZZ_CHECK(next < old.size());
                FUZZ_CHECK(lineText(old.at(next)) == l.text);
                FUZZ_CHECK(l.noFinalNewline == !old.at(next).endsWith('\n'));
                FUZZ_CHECK(l.oldLine == next + 1);
                ++oldCount;
                if (l.kind == TextDiff::Line::Context) {
                    out += old.at(next);
                    ++newCount;
                    FUZZ_CHECK(l.newLine == newLine + 1);
                    ++newLine;
                } else {
                    ++removed;
                }
                ++next;
            } else {
                out += l.text;
                if (!l.noFinalNewline)
                    out += '\n';
                ++newCount;
                ++added;
                FUZZ_CHECK(l.newLine == newLine + 1);
                ++newLine;
            }
        }
        FUZZ_CHECK(oldCount == h.oldCount && newCount == h.newCount);
    }
    for (; next < old.size(); ++next)
        out += old.at(next);
    FUZZ_CHECK(added == d.added && removed == d.removed);
    return out;
}

void checkDiff(QByteArrayView a, QByteArrayView b, int context)
{
    const TextDiff::Diff d = TextDiff::diff(a, b, context);
    FUZZ_CHECK(d.identical == (a == b));
    FUZZ_CHECK(d.identical == d.hunks.isEmpty());
    FUZZ_CHECK(patched(a, d) == b);
    FUZZ_CHECK(TextDiff::unified(d).isEmpty() == d.identical);
}

void checkClean(const ReadmeSync::Merge &m, QByteArrayView expected)
{
    FUZZ_CHECK(m.conflicts.isEmpty());
    FUZZ_CHECK(m.text == expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArrayView> parts
        = CuratorFuzz::splitParts(CuratorFuzz::inputView(data, size), 3);
    const QByteArrayView base = parts.at(0), ours = parts.at(1), theirs = parts.at(2);

    checkDiff(base, ours, 3);
    checkDiff(base, theirs, 0);
    checkDiff(ours, theirs, 1);

    checkClean(ReadmeSync::merge(base, ours, base), ours);
    checkClean(ReadmeSync::merge(base, base, theirs), theirs);
    checkClean(ReadmeSync::merge(base, theirs, theirs), theirs);
    const ReadmeSync::Merge m = ReadmeSync::merge(base, ours, theirs);
    const ReadmeSync::Merge preferTheirs
        = ReadmeSync::merge(base, ours, theirs, ReadmeSync::Prefer::Theirs);
    FUZZ_CHECK(m.conflicts.size() == preferTheirs.conflicts.size());
    for (const ReadmeSync::Conflict &c : m.conflicts)
        FUZZ_CHECK(c.baseLine >= 1 && c.ours != c.theirs);
    return 0;
}
