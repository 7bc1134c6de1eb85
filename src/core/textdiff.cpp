#include "textdiff.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cstring>
#include <vector>

// The shape of the result follows git's xdiff (xprepare.c, xdiffi.c, xemit.c) step by step,
// because the diff a user previews before a pull request should be the diff GitHub then shows:
// a minimal diff placed differently is still a surprise.

namespace Curator::TextDiff {

namespace {

// Each line keeps its "\n" (the last one may have none), so that "x" at the end of a file and
// "x\n" differ, as they do for git.
std::vector<QByteArrayView> splitLines(QByteArrayView text)
{
    std::vector<QByteArrayView> lines;
    const char *p = text.data();
    const char *const end = p + text.size();
    lines.reserve(size_t(std::count(p, end, '\n')) + 1);
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *next = nl ? nl + 1 : end;
        lines.emplace_back(p, next - p);
        p = next;
    }
    return lines;
}

bool hasNewline(QByteArrayView line)
{
    return !line.isEmpty() && line.back() == '\n';
}

QByteArray textOf(QByteArrayView line)
{
    return (hasNewline(line) ? line.chopped(1) : line).toByteArray();
}

// git's xdl_bogosqrt: a power of two near the square root, used for its cost limits.
int roughSqrt(qint64 n)
{
    int r = 1;
    for (; n > 0; n >>= 2)
        r <<= 1;
    return r;
}

// A changed-line flag per line, with an always-unchanged sentinel before the first and after
// the last line, so that scans for runs of changes need no bounds checks.
class Marks
{
public:
    explicit Marks(int lines)
        : m_flags(size_t(lines) + 2, 0)
    { }
    bool operator[](int i) const { return m_flags[size_t(i + 1)] != 0; }
    void set(int i, bool changed) { m_flags[size_t(i + 1)] = changed ? 1 : 0; }

private:
    std::vector<char> m_flags;
};

// --- Myers' O(ND) search, as xdiff runs it -------------------------------------------------------

constexpr int MinMaxCost = 256; // XDL_MAX_COST_MIN
constexpr int HeuristicMinCost = 256; // XDL_HEUR_MIN_COST
constexpr int SnakeCount = 20; // XDL_SNAKE_CNT
constexpr int HeuristicFactor = 4; // XDL_K_HEUR
// Beyond this much work (diagonal steps and snake steps) whatever is left unresolved is shown as
// replaced. git's own cost limits keep ordinary inputs far below it; it bounds the pathological.
constexpr qint64 WorkBudget = 60'000'000;

struct SplitPoint
{
    int i1 = 0;
    int i2 = 0;
    bool minLow = true;
    bool minHigh = true;
};

// Compares two sequences of line classes and marks the lines that are not part of the common
// subsequence it finds. Linear memory: two diagonal vectors, and an explicit stack of boxes
// instead of recursion, so a long edit script cannot exhaust the call stack.
class Myers final
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , m_offset(int(b.size()) + 1)
        , m_forward(a.size() + b.size() + 3)
        , m_backward(a.size() + b.size() + 3)
        , m_maxCost(std::max(MinMaxCost, roughSqrt(qint64(a.size() + b.size() + 3))))
    { }

    // Marks (in changedA, changedB: indexes into a and b) what the script removes and adds.
    void run(std::vector<char> &changedA, std::vector<char> &changedB)
    {
        struct Box
        {
            int off1, lim1, off2, lim2;
            bool needMin;
        };
        std::vector<Box> boxes{{0, int(m_a.size()), 0, int(m_b.size()), false}};
        while (!boxes.empty()) {
            Box box = boxes.back();
            boxes.pop_back();
            while (box.off1 < box.lim1 && box.off2 < box.lim2 && m_a[box.off1] == m_b[box.off2]) {
                ++box.off1;
                ++box.off2;
            }
            while (box.off1 < box.lim1 && box.off2 < box.lim2
                   && m_a[box.lim1 - 1] == m_b[box.lim2 - 1]) {
                --box.lim1;
                --box.lim2;
            }
            if (box.off1 == box.lim1 || box.off2 == box.lim2 || m_work > WorkBudget) {
                std::fill(changedA.begin() + box.off1, changedA.begin() + box.lim1, 1);
                std::fill(changedB.begin() + box.off2, changedB.begin() + box.lim2, 1);
                continue;
            }
            const SplitPoint s = split(box.off1, box.lim1, box.off2, box.lim2, box.needMin);
            if ((s.i1 == box.off1 && s.i2 == box.off2) || (s.i1 == box.lim1 && s.i2 == box.lim2)) {
                // No progress would loop forever; cannot happen with a sound split, but a
                // replaced box is a correct (if clumsy) answer.
                std::fill(changedA.begin() + box.off1, changedA.begin() + box.lim1, 1);
                std::fill(changedB.begin() + box.off2, changedB.begin() + box.lim2, 1);
                continue;
            }
            boxes.push_back({s.i1, box.lim1, s.i2, box.lim2, s.minHigh});
            boxes.push_back({box.off1, s.i1, box.off2, s.i2, s.minLow});
        }
    }

private:
    int &fwd(int diagonal) { return m_forward[size_t(diagonal + m_offset)]; }
    int &bwd(int diagonal) { return m_backward[size_t(diagonal + m_offset)]; }

    // One box's search: the diagonals d (i1 - i2) reached from either end, and how far.
    struct Frontier
    {
        int off1, lim1, off2, lim2;
        int dmin, dmax; // the diagonals the box holds
        int fmid, bmid; // the diagonals of its corners
        bool odd; // paths from either end meet on a forward step
        int fmin, fmax, bmin, bmax;
    };

    // The middle of an optimal (or, past the cost limits, a good) path through the box, found by
    // searching from both corners at once; diagonal d holds the furthest x reached on it.
    SplitPoint split(int off1, int lim1, int off2, int lim2, bool needMin)
    {
        const int fmid = off1 - off2, bmid = lim1 - lim2;
        Frontier f{
            off1, lim1, off2, lim2, off1 - lim2, lim1 - off2, fmid, bmid, ((fmid - bmid) & 1) != 0,
            fmid, fmid, bmid, bmid};

        fwd(fmid) = off1;
        bwd(bmid) = lim1;

        for (int cost = 1;; ++cost) {
            bool gotSnake = false;
            SplitPoint point;
            if (extendForward(f, &gotSnake, &point) || extendBackward(f, &gotSnake, &point))
                return point;

            const bool exhausted = m_work > WorkBudget;
            if (needMin && !exhausted)
                continue;

            // Past a moderate cost, settle for a diagonal that has come far and ends in a long
            // run of equal lines: such a point is very likely on a good path.
            if (!needMin && gotSnake && cost > HeuristicMinCost) {
                if (forwardSnake(f, cost, &point) || backwardSnake(f, cost, &point))
                    return point;
            }

            // Enough: take the path that has reached furthest, from either end.
            if (cost >= m_maxCost || exhausted)
                return furthest(f);
        }
    }

    // True when the forward paths, one step longer, meet the backward ones (at `*point`).
    bool extendForward(Frontier &f, bool *gotSnake, SplitPoint *point)
    {
        // Widen the diagonal range by one each way, or narrow it where it hits the box.
        if (f.fmin > f.dmin)
            fwd(--f.fmin - 1) = -1;
        else
            ++f.fmin;
        if (f.fmax < f.dmax)
            fwd(++f.fmax + 1) = -1;
        else
            --f.fmax;
        for (int d = f.fmax; d >= f.fmin; d -= 2) {
            int i1 = fwd(d - 1) >= fwd(d + 1) ? fwd(d - 1) + 1 : fwd(d + 1);
            const int from = i1;
            int i2 = i1 - d;
            while (i1 < f.lim1 && i2 < f.lim2 && m_a[i1] == m_b[i2]) {
                ++i1;
                ++i2;
            }
            m_work += 1 + (i1 - from);
            if (i1 - from > SnakeCount)
                *gotSnake = true;
            fwd(d) = i1;
            if (f.odd && f.bmin <= d && d <= f.bmax && bwd(d) <= i1) {
                *point = {i1, i2, true, true};
                return true;
            }
        }
        return false;
    }

    // True when the backward paths, one step longer, meet the forward ones (at `*point`).
    bool extendBackward(Frontier &f, bool *gotSnake, SplitPoint *point)
    {
        if (f.bmin > f.dmin)
            bwd(--f.bmin - 1) = INT_MAX;
        else
            ++f.bmin;
        if (f.bmax < f.dmax)
            bwd(++f.bmax + 1) = INT_MAX;
        else
            --f.bmax;
        for (int d = f.bmax; d >= f.bmin; d -= 2) {
            int i1 = bwd(d - 1) < bwd(d + 1) ? bwd(d - 1) : bwd(d + 1) - 1;
            const int from = i1;
            int i2 = i1 - d;
            while (i1 > f.off1 && i2 > f.off2 && m_a[i1 - 1] == m_b[i2 - 1]) {
                --i1;
                --i2;
            }
            m_work += 1 + (from - i1);
            if (from - i1 > SnakeCount)
                *gotSnake = true;
            bwd(d) = i1;
            if (!f.odd && f.fmin <= d && d <= f.fmax && i1 <= fwd(d)) {
                *point = {i1, i2, true, true};
                return true;
            }
        }
        return false;
    }

    bool forwardSnake(const Frontier &f, int cost, SplitPoint *point)
    {
        int best = 0;
        for (int d = f.fmax; d >= f.fmin; d -= 2) {
            const int dd = d > f.fmid ? d - f.fmid : f.fmid - d;
            const int i1 = fwd(d);
            const int i2 = i1 - d;
            const int v = (i1 - f.off1) + (i2 - f.off2) - dd;
            if (v > HeuristicFactor * cost && v > best && f.off1 + SnakeCount <= i1 && i1 < f.lim1
                && f.off2 + SnakeCount <= i2 && i2 < f.lim2) {
                for (int k = 1; m_a[i1 - k] == m_b[i2 - k]; ++k) {
                    if (k == SnakeCount) {
                        best = v;
                        *point = {i1, i2, true, false};
                        break;
                    }
                }
            }
        }
        return best > 0;
    }

    bool backwardSnake(const Frontier &f, int cost, SplitPoint *point)
    {
        int best = 0;
        for (int d = f.bmax; d >= f.bmin; d -= 2) {
            const int dd = d > f.bmid ? d - f.bmid : f.bmid - d;
            const int i1 = bwd(d);
            const int i2 = i1 - d;
            const int v = (f.lim1 - i1) + (f.lim2 - i2) - dd;
            if (v > HeuristicFactor * cost && v > best && f.off1 < i1 && i1 <= f.lim1 - SnakeCount
                && f.off2 < i2 && i2 <= f.lim2 - SnakeCount) {
                for (int k = 0; m_a[i1 + k] == m_b[i2 + k]; ++k) {
                    if (k == SnakeCount - 1) {
                        best = v;
                        *point = {i1, i2, false, true};
                        break;
                    }
                }
            }
        }
        return best > 0;
    }

    SplitPoint furthest(const Frontier &f)
    {
        int fbest = -1, fbest1 = -1;
        for (int d = f.fmax; d >= f.fmin; d -= 2) {
            int i1 = std::min(fwd(d), f.lim1);
            int i2 = i1 - d;
            if (f.lim2 < i2) {
                i1 = f.lim2 + d;
                i2 = f.lim2;
            }
            if (fbest < i1 + i2) {
                fbest = i1 + i2;
                fbest1 = i1;
            }
        }
        int bbest = INT_MAX, bbest1 = INT_MAX;
        for (int d = f.bmax; d >= f.bmin; d -= 2) {
            int i1 = std::max(f.off1, bwd(d));
            int i2 = i1 - d;
            if (i2 < f.off2) {
                i1 = f.off2 + d;
                i2 = f.off2;
            }
            if (i1 + i2 < bbest) {
                bbest = i1 + i2;
                bbest1 = i1;
            }
        }
        if ((f.lim1 + f.lim2) - bbest < fbest - (f.off1 + f.off2))
            return {fbest1, fbest - fbest1, true, false};
        return {bbest1, bbest - bbest1, false, true};
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    const int m_offset;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    const int m_maxCost;
    qint64 m_work = 0;
};

// --- Preparing the middle: classes, and lines set aside ------------------------------------------

constexpr int MaxEqualLimit = 1024; // XDL_MAX_EQLIMIT
constexpr int ScanWindow = 100; // XDL_SIMSCAN_WINDOW
constexpr int KeepRunFactor = 4; // XDL_KPDIS_RUN

enum Match : char { NoMatch = 0, SomeMatches = 1, ManyMatches = 2 };

// A line that matches many lines of the other file (a blank line, say) is set aside when it sits
// among lines that match nothing: it would only tie the search to arbitrary partners.
bool discardManyMatch(const std::vector<char> &dis, int i, int s, int e)
{
    s = std::max(s, i - ScanWindow);
    e = std::min(e, i + ScanWindow);
    int unmatchedBefore = 0, manyBefore = 1;
    for (int r = 1; i - r >= s; ++r) {
        if (dis[size_t(i - r)] == NoMatch)
            ++unmatchedBefore;
        else if (dis[size_t(i - r)] == ManyMatches)
            ++manyBefore;
        else
            break;
    }
    if (unmatchedBefore == 0)
        return false;
    int unmatchedAfter = 0, manyAfter = 1;
    for (int r = 1; i + r <= e; ++r) {
        if (dis[size_t(i + r)] == NoMatch)
            ++unmatchedAfter;
        else if (dis[size_t(i + r)] == ManyMatches)
            ++manyAfter;
        else
            break;
    }
    if (unmatchedAfter == 0)
        return false;
    const int unmatched = unmatchedBefore + unmatchedAfter;
    const int many = manyBefore + manyAfter;
    return many * KeepRunFactor < many + unmatched;
}

// Diffs lines [begin1, end1) of a against [begin2, end2) of b (the ends already trimmed),
// marking changed lines in marksA and marksB.
// Classes for the lines of the middle, and how often each occurs in either whole file.
struct LineClasses
{
    QHash<QByteArrayView, int> classes;
    std::vector<int> class1, class2; // per line of the middle
    std::vector<int> count1, count2; // per class
    qsizetype longest = 0;

    LineClasses(const std::vector<QByteArrayView> &a, int begin1, int end1,
                const std::vector<QByteArrayView> &b, int begin2, int end2);
    int classify(QByteArrayView line);
    void countCommon(const std::vector<QByteArrayView> &a, int from, int to,
                     const std::vector<char> &lengths);
};

LineClasses::LineClasses(const std::vector<QByteArrayView> &a, int begin1, int end1,
                         const std::vector<QByteArrayView> &b, int begin2, int end2)
    : class1(static_cast<size_t>(end1 - begin1))
    , class2(static_cast<size_t>(end2 - begin2))
{
    const int n1 = end1 - begin1, n2 = end2 - begin2;
    classes.reserve(n1 + n2);
    for (int i = 0; i < n1; ++i) {
        class1[size_t(i)] = classify(a[size_t(begin1 + i)]);
        ++count1[size_t(class1[size_t(i)])];
    }
    for (int i = 0; i < n2; ++i) {
        class2[size_t(i)] = classify(b[size_t(begin2 + i)]);
        ++count2[size_t(class2[size_t(i)])];
    }
    // The trimmed ends are the same in both files. Only their lines of a length that occurs in
    // the middle can belong to a middle class, which spares hashing a long file for a short
    // change.
    std::vector<char> lengths(size_t(longest) + 1, 0);
    for (auto it = classes.keyBegin(); it != classes.keyEnd(); ++it)
        lengths[size_t(it->size())] = 1;
    countCommon(a, 0, begin1, lengths);
    countCommon(a, end1, int(a.size()), lengths);
}

int LineClasses::classify(QByteArrayView line)
{
    const auto it = classes.constFind(line);
    if (it != classes.constEnd())
        return *it;
    const int c = int(classes.size());
    classes.insert(line, c);
    count1.push_back(0);
    count2.push_back(0);
    longest = std::max(longest, line.size());
    return c;
}

void LineClasses::countCommon(const std::vector<QByteArrayView> &a, int from, int to,
                              const std::vector<char> &lengths)
{
    for (int i = from; i < to; ++i) {
        const QByteArrayView line = a[size_t(i)];
        if (line.size() > longest || !lengths[size_t(line.size())])
            continue;
        const auto it = classes.constFind(line);
        if (it != classes.constEnd()) {
            ++count1[size_t(*it)];
            ++count2[size_t(*it)];
        }
    }
}

std::vector<char> matchKinds(const std::vector<int> &cls, const std::vector<int> &otherCount,
                             qint64 lines)
{
    const int limit = std::min(roughSqrt(lines), MaxEqualLimit);
    std::vector<char> dis(cls.size());
    for (size_t i = 0; i < cls.size(); ++i) {
        const int nm = otherCount[size_t(cls[i])];
        dis[i] = nm == 0 ? NoMatch : nm >= limit ? ManyMatches : SomeMatches;
    }
    return dis;
}

// The lines the search is run on (their classes, and where they stand in the file); the others
// are marked changed at once.
void keepMatching(const std::vector<char> &dis, const std::vector<int> &cls, int begin,
                  std::vector<int> &kept, std::vector<int> &index, Marks &marks)
{
    const int n = int(dis.size());
    for (int i = 0; i < n; ++i) {
        if (dis[size_t(i)] == SomeMatches
            || (dis[size_t(i)] == ManyMatches && !discardManyMatch(dis, i, 0, n - 1))) {
            kept.push_back(cls[size_t(i)]);
            index.push_back(begin + i);
        } else {
            marks.set(begin + i, true);
        }
    }
}

void markChanged(const std::vector<char> &changed, const std::vector<int> &index, Marks &marks)
{
    for (size_t i = 0; i < changed.size(); ++i) {
        if (changed[i])
            marks.set(index[i], true);
    }
}

void diffMiddle(const std::vector<QByteArrayView> &a, int begin1, int end1,
                const std::vector<QByteArrayView> &b, int begin2, int end2, Marks &marksA,
                Marks &marksB)
{
    const int n1 = end1 - begin1, n2 = end2 - begin2;
    if (n1 == 0 || n2 == 0) {
        for (int i = begin1; i < end1; ++i)
            marksA.set(i, true);
        for (int i = begin2; i < end2; ++i)
            marksB.set(i, true);
        return;
    }
    const LineClasses lc(a, begin1, end1, b, begin2, end2);
    const std::vector<char> dis1 = matchKinds(lc.class1, lc.count2, qint64(a.size()));
    const std::vector<char> dis2 = matchKinds(lc.class2, lc.count1, qint64(b.size()));

    std::vector<int> kept1, kept2, index1, index2;
    keepMatching(dis1, lc.class1, begin1, kept1, index1, marksA);
    keepMatching(dis2, lc.class2, begin2, kept2, index2, marksB);

    std::vector<char> changed1(kept1.size(), 0), changed2(kept2.size(), 0);
    Myers(kept1, kept2).run(changed1, changed2);
    markChanged(changed1, index1, marksA);
    markChanged(changed2, index2, marksB);
}

// --- Sliding changes to where a reader expects them ----------------------------------------------

constexpr int MaxIndent = 200;
constexpr int MaxBlanks = 20;
constexpr int StartOfFilePenalty = 1;
constexpr int EndOfFilePenalty = 21;
constexpr int TotalBlankWeight = -30;
constexpr int PostBlankWeight = 6;
constexpr int RelativeIndentPenalty = -4;
constexpr int RelativeIndentWithBlankPenalty = 10;
constexpr int RelativeOutdentPenalty = 24;
constexpr int RelativeOutdentWithBlankPenalty = 17;
constexpr int RelativeDedentPenalty = 23;
constexpr int RelativeDedentWithBlankPenalty = 17;
constexpr int IndentWeight = 60;
constexpr int MaxSliding = 100;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Columns of indentation (tabs to multiples of 8), or -1 for a line of white space only.
int indentOf(QByteArrayView line)
{
    int indent = 0;
    for (char c : line) {
        if (!isSpace(c))
            return indent;
        if (c == ' ')
            indent += 1;
        else if (c == '\t')
            indent += 8 - indent % 8;
        if (indent >= MaxIndent)
            return MaxIndent;
    }
    return -1;
}

struct SplitMeasure
{
    bool endOfFile = false;
    int indent = -1;
    int preBlank = 0;
    int preIndent = -1;
    int postBlank = 0;
    int postIndent = -1;
};

struct SplitScore
{
    int effectiveIndent = 0;
    int penalty = 0;
};

int compareScores(const SplitScore &s1, const SplitScore &s2)
{
    const int indents
        = (s1.effectiveIndent > s2.effectiveIndent) - (s1.effectiveIndent < s2.effectiveIndent);
    return IndentWeight * indents + (s1.penalty - s2.penalty);
}

// One file's lines and change marks, walked group by group: a group is a run of changed lines,
// possibly empty (then it sits just above the unchanged line `start`).
struct Side
{
    const std::vector<QByteArrayView> &lines;
    Marks &marks;

    int count() const { return int(lines.size()); }

    SplitMeasure measure(int split) const
    {
        SplitMeasure m;
        if (split >= count()) {
            m.endOfFile = true;
        } else {
            m.indent = indentOf(lines[size_t(split)]);
        }
        for (int i = split - 1; i >= 0; --i) {
            m.preIndent = indentOf(lines[size_t(i)]);
            if (m.preIndent != -1)
                break;
            if (++m.preBlank == MaxBlanks) {
                m.preIndent = 0;
                break;
            }
        }
        for (int i = split + 1; i < count(); ++i) {
            m.postIndent = indentOf(lines[size_t(i)]);
            if (m.postIndent != -1)
                break;
            if (++m.postBlank == MaxBlanks) {
                m.postIndent = 0;
                break;
            }
        }
        return m;
    }
};

// git's weights, found empirically on a corpus of real diffs: a change should rather start after
// a blank line and at a shallow indentation than in the middle of a paragraph.
void addScore(const SplitMeasure &m, SplitScore &s)
{
    if (m.preIndent == -1 && m.preBlank == 0)
        s.penalty += StartOfFilePenalty;
    if (m.endOfFile)
        s.penalty += EndOfFilePenalty;
    const int postBlank = m.indent == -1 ? 1 + m.postBlank : 0;
    const int totalBlank = m.preBlank + postBlank;
    s.penalty += TotalBlankWeight * totalBlank;
    s.penalty += PostBlankWeight * postBlank;
    const int indent = m.indent != -1 ? m.indent : m.postIndent;
    const bool anyBlanks = totalBlank != 0;
    s.effectiveIndent += indent;
    if (indent == -1 || m.preIndent == -1) {
        // nothing to compare with
    } else if (indent > m.preIndent) {
        s.penalty += anyBlanks ? RelativeIndentWithBlankPenalty : RelativeIndentPenalty;
    } else if (indent == m.preIndent) {
        // same level
    } else if (m.postIndent != -1 && m.postIndent > indent) {
        s.penalty += anyBlanks ? RelativeOutdentWithBlankPenalty : RelativeOutdentPenalty;
    } else {
        s.penalty += anyBlanks ? RelativeDedentWithBlankPenalty : RelativeDedentPenalty;
    }
}

struct Group
{
    int start = 0;
    int end = 0;
};

Group firstGroup(const Side &f)
{
    Group g;
    while (f.marks[g.end])
        ++g.end;
    return g;
}

bool nextGroup(const Side &f, Group &g)
{
    if (g.end == f.count())
        return false;
    g.start = g.end + 1;
    for (g.end = g.start; f.marks[g.end]; ++g.end) { }
    return true;
}

bool previousGroup(const Side &f, Group &g)
{
    if (g.start == 0)
        return false;
    g.end = g.start - 1;
    for (g.start = g.end; f.marks[g.start - 1]; --g.start) { }
    return true;
}

bool slideDown(Side &f, Group &g)
{
    if (g.end < f.count() && f.lines[size_t(g.start)] == f.lines[size_t(g.end)]) {
        f.marks.set(g.start++, false);
        f.marks.set(g.end++, true);
        while (f.marks[g.end])
            ++g.end;
        return true;
    }
    return false;
}

bool slideUp(Side &f, Group &g)
{
    if (g.start > 0 && f.lines[size_t(g.start - 1)] == f.lines[size_t(g.end - 1)]) {
        f.marks.set(--g.start, true);
        f.marks.set(--g.end, false);
        while (f.marks[g.start - 1])
            --g.start;
        return true;
    }
    return false;
}

// A run of inserted (or deleted) lines can often sit at several places with the same result
// ("a\n\n" inserted between blank-separated paragraphs). Slide each run as git does: merge runs
// that touch, line up with a change on the other side when possible, else choose the place the
// indent heuristic scores best. The groups of `o` are kept in step with those of `f`.
void compact(Side &f, Side &o)
{
    Group g = firstGroup(f);
    Group go = firstGroup(o);
    for (;;) {
        if (g.end != g.start) {
            int groupSize = 0;
            int earliestEnd = 0;
            int endMatchingOther = -1;
            do {
                groupSize = g.end - g.start;
                endMatchingOther = -1;
                while (slideUp(f, g))
                    previousGroup(o, go);
                earliestEnd = g.end;
                if (go.end > go.start)
                    endMatchingOther = g.end;
                while (slideDown(f, g)) {
                    nextGroup(o, go);
                    if (go.end > go.start)
                        endMatchingOther = g.end;
                }
            } while (groupSize != g.end - g.start);

            if (g.end == earliestEnd) {
                // it cannot move
            } else if (endMatchingOther != -1) {
                while (go.end == go.start) {
                    slideUp(f, g);
                    previousGroup(o, go);
                }
            } else {
                int shift = std::max({earliestEnd, g.end - groupSize - 1, g.end - MaxSliding});
                int bestShift = -1;
                SplitScore best;
                for (; shift <= g.end; ++shift) {
                    SplitScore score;
                    addScore(f.measure(shift), score);
                    addScore(f.measure(shift - groupSize), score);
                    if (bestShift == -1 || compareScores(score, best) <= 0) {
                        best = score;
                        bestShift = shift;
                    }
                }
                while (g.end > bestShift) {
                    slideUp(f, g);
                    previousGroup(o, go);
                }
            }
        }
        if (!nextGroup(f, g))
            break;
        nextGroup(o, go);
    }
}

// A run of changed lines: from line i1 of the old file and i2 of the new, n1 and n2 lines.
struct Change
{
    int i1, i2, n1, n2;
};

std::vector<Change> changesOf(const Marks &marksA, const Marks &marksB, int n1, int n2,
                              Diff &result)
{
    std::vector<Change> changes;
    for (int i1 = 0, i2 = 0; i1 < n1 || i2 < n2;) {
        if (marksA[i1] || marksB[i2]) {
            const int s1 = i1, s2 = i2;
            while (marksA[i1])
                ++i1;
            while (marksB[i2])
                ++i2;
            changes.push_back({s1, s2, i1 - s1, i2 - s2});
            result.removed += i1 - s1;
            result.added += i2 - s2;
        } else {
            ++i1;
            ++i2;
        }
    }
    return changes;
}

// Changes closer than twice the context share one hunk, as in diff -u and git: the last change
// of the hunk that starts with change `first`.
size_t lastOfHunk(const std::vector<Change> &changes, size_t first, int context)
{
    size_t last = first;
    while (last + 1 < changes.size()
           && changes[last + 1].i1 - (changes[last].i1 + changes[last].n1) <= 2 * context)
        ++last;
    return last;
}

// One line of a hunk: `text` with its numbers on either side (0: not on that side).
Line lineOf(Line::Kind kind, QByteArrayView text, int oldLine, int newLine)
{
    Line l;
    l.kind = kind;
    l.text = textOf(text);
    l.oldLine = oldLine;
    l.newLine = newLine;
    l.noFinalNewline = !hasNewline(text);
    return l;
}

// The hunk of changes [first, last], with `context` lines of context on either side.
Hunk hunkOf(const std::vector<QByteArrayView> &a, const std::vector<QByteArrayView> &b,
            const std::vector<Change> &changes, size_t first, size_t last, int context)
{
    const int n1 = int(a.size()), n2 = int(b.size());
    const Change &head = changes[first];
    const Change &tail = changes[last];
    const int s1 = std::max(head.i1 - context, 0);
    const int s2 = std::max(head.i2 - context, 0);
    const int after = std::min({context, n1 - (tail.i1 + tail.n1), n2 - (tail.i2 + tail.n2)});
    const int e1 = tail.i1 + tail.n1 + after;
    const int e2 = tail.i2 + tail.n2 + after;

    Hunk hunk;
    hunk.oldCount = e1 - s1;
    hunk.newCount = e2 - s2;
    hunk.oldStart = hunk.oldCount ? s1 + 1 : s1;
    hunk.newStart = hunk.newCount ? s2 + 1 : s2;
    int p1 = s1, p2 = s2;
    for (size_t c = first; c <= last; ++c) {
        const Change &ch = changes[c];
        for (; p1 < ch.i1; ++p1, ++p2)
            hunk.lines.append(lineOf(Line::Context, a[size_t(p1)], p1 + 1, p2 + 1));
        for (int i = ch.i1; i < ch.i1 + ch.n1; ++i)
            hunk.lines.append(lineOf(Line::Removed, a[size_t(i)], i + 1, 0));
        for (int i = ch.i2; i < ch.i2 + ch.n2; ++i)
            hunk.lines.append(lineOf(Line::Added, b[size_t(i)], 0, i + 1));
        p1 = ch.i1 + ch.n1;
        p2 = ch.i2 + ch.n2;
    }
    for (; p1 < e1; ++p1, ++p2)
        hunk.lines.append(lineOf(Line::Context, a[size_t(p1)], p1 + 1, p2 + 1));
    return hunk;
}

} // namespace

Diff diff(QByteArrayView oldText, QByteArrayView newText, int context)
{
    Diff result;
    if (oldText == newText)
        return result;
    result.identical = false;
    context = std::max(context, 0);

    const std::vector<QByteArrayView> a = splitLines(oldText);
    const std::vector<QByteArrayView> b = splitLines(newText);
    const int n1 = int(a.size()), n2 = int(b.size());

    int prefix = 0;
    while (prefix < n1 && prefix < n2 && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < n1 - prefix && suffix < n2 - prefix
           && a[size_t(n1 - 1 - suffix)] == b[size_t(n2 - 1 - suffix)])
        ++suffix;

    Marks marksA(n1), marksB(n2);
    diffMiddle(a, prefix, n1 - suffix, b, prefix, n2 - suffix, marksA, marksB);
    Side sideA{a, marksA};
    Side sideB{b, marksB};
    compact(sideA, sideB);
    compact(sideB, sideA);

    const std::vector<Change> changes = changesOf(marksA, marksB, n1, n2, result);
    for (size_t first = 0; first < changes.size();) {
        const size_t last = lastOfHunk(changes, first, context);
        result.hunks.append(hunkOf(a, b, changes, first, last, context));
        first = last + 1;
    }
    return result;
}

QByteArray unified(const Diff &diff, QByteArrayView oldName, QByteArrayView newName)
{
    if (diff.hunks.isEmpty())
        return {};
    auto range = [](int start, int count) {
        QByteArray r = QByteArray::number(start);
        // diff -u leaves out a count of 1.
        if (count != 1)
            r += ',' + QByteArray::number(count);
        return r;
    };
    QByteArray out;
    out += "--- ";
    out += oldName;
    out += "\n+++ ";
    out += newName;
    out += '\n';
    for (const Hunk &h : diff.hunks) {
        out += "@@ -" + range(h.oldStart, h.oldCount) + " +" + range(h.newStart, h.newCount)
            + " @@\n";
        for (const Line &l : h.lines) {
            out += l.kind == Line::Added ? '+' : l.kind == Line::Removed ? '-' : ' ';
            out += l.text;
            out += '\n';
            if (l.noFinalNewline)
                out += "\\ No newline at end of file\n";
        }
    }
    return out;
}

} // namespace Curator::TextDiff
