#include "testdata.h"
#include "textdiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

QByteArray seed()
{
    return Test::readFile(Test::seedReadmePath());
}

// The seed's ELM Neuron entry: the seed without it is the list before that contribution.
QByteArray elmLine()
{
    const QByteArray s = seed();
    const qsizetype at = s.indexOf("Spieler, A., Rahaman, N.");
    return s.mid(at, s.indexOf('\n', at) + 1 - at);
}

QByteArray withoutLine(const QByteArray &text, const QByteArray &line)
{
    QByteArray out = text;
    const qsizetype at = out.indexOf(line);
    if (at < 0)
        qFatal("no such line: %s", line.constData());
    // The entry and the blank line after it, as a maintainer deletes a paragraph.
    out.remove(at, line.size() + 1);
    return out;
}

QByteArray lineStarting(const QByteArray &text, const QByteArray &start)
{
    const qsizetype at = text.indexOf(QByteArray("\n" + start)) + 1;
    if (at <= 0)
        qFatal("no line starts with %s", start.constData());
    return text.mid(at, text.indexOf('\n', at) + 1 - at);
}

QByteArray numbered(int count, const char *prefix = "line ")
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

// Applies the hunks to `oldText`: what any diff must give back.
QByteArray patched(const QByteArray &oldText, const TextDiff::Diff &d)
{
    QList<QByteArray> lines;
    for (qsizetype p = 0; p < oldText.size();) {
        const qsizetype nl = oldText.indexOf('\n', p);
        const qsizetype end = nl < 0 ? oldText.size() : nl + 1;
        lines.append(oldText.mid(p, end - p));
        p = end;
    }
    auto whole = [](const TextDiff::Line &l) {
        return l.noFinalNewline ? l.text : l.text + '\n';
    };
    QByteArray out;
    qsizetype at = 0;
    for (const TextDiff::Hunk &h : d.hunks) {
        const qsizetype start = h.oldCount ? h.oldStart - 1 : h.oldStart;
        while (at < start)
            out += lines.at(at++);
        for (const TextDiff::Line &l : h.lines) {
            if (l.kind == TextDiff::Line::Added) {
                out += whole(l);
                continue;
            }
            if (at >= lines.size() || lines.at(at) != whole(l) || l.oldLine != at + 1)
                return "<hunk does not apply at old line " + QByteArray::number(at + 1) + ">";
            if (l.kind == TextDiff::Line::Context)
                out += lines.at(at);
            ++at;
        }
    }
    while (at < lines.size())
        out += lines.at(at++);
    return out;
}

// Real git's unified diff from the first "---" on, hunk headers without git's function context
// ("@@ -1,3 +1,4 @@ # Papers"), which diff -u and TextDiff leave out. git's defaults are pinned
// (Myers, indent heuristic) so that a user's configuration cannot change the oracle.
QByteArray gitDiff(const QByteArray &oldText, const QByteArray &newText, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !QDir(dir.path()).mkpath(u"a"_s) || !QDir(dir.path()).mkpath(u"b"_s)) {
        *error = u"no temporary directory"_s;
        return {};
    }
    for (const auto &[name, data] :
         {std::pair{u"a/README.md"_s, oldText}, std::pair{u"b/README.md"_s, newText}}) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            *error = u"cannot write "_s + name;
            return {};
        }
    }
    QProcess git;
    git.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    env.insert(u"HOME"_s, dir.path());
    git.setProcessEnvironment(env);
    git.start(u"git"_s,
              {u"-c"_s, u"diff.algorithm=myers"_s, u"-c"_s, u"diff.indentHeuristic=true"_s,
               u"diff"_s, u"--no-index"_s, u"--no-color"_s, u"--no-ext-diff"_s, u"--no-textconv"_s,
               u"--no-prefix"_s, u"-U3"_s, u"a/README.md"_s, u"b/README.md"_s});
    if (!git.waitForFinished(60000) || git.exitStatus() != QProcess::NormalExit
        || git.exitCode() > 1) {
        *error = u"git diff failed: "_s + QString::fromLocal8Bit(git.readAllStandardError());
        return {};
    }
    const QByteArray out = git.readAllStandardOutput();
    const qsizetype start = out.startsWith("--- ") ? 0 : out.indexOf("\n--- ") + 1;
    if (start < 0 || out.isEmpty())
        return {};
    QByteArray result;
    for (qsizetype p = start; p < out.size();) {
        const qsizetype nl = out.indexOf('\n', p);
        const qsizetype end = nl < 0 ? out.size() : nl + 1;
        QByteArray line = out.mid(p, end - p);
        if (line.startsWith("@@ ")) {
            const qsizetype close = line.indexOf(" @@", 3);
            line = line.left(close + 3) + '\n';
        }
        result += line;
        p = end;
    }
    return result;
}

bool gitAvailable()
{
    QProcess git;
    git.start(u"git"_s, {u"--version"_s});
    return git.waitForFinished(10000) && git.exitCode() == 0;
}

// A deterministic text of short lines from a small alphabet: many repeats, so that the
// discarding of lines, the cost limits and the sliding all come into play.
QByteArray scrambled(quint32 seedValue, int lines, int alphabet)
{
    QRandomGenerator rng(seedValue);
    QByteArray out;
    for (int i = 0; i < lines; ++i) {
        const int v = int(rng.bounded(alphabet));
        out += v == 0 ? QByteArray("\n") : "w" + QByteArray::number(v) + '\n';
    }
    return out;
}

QByteArray mutated(const QByteArray &text, quint32 seedValue, int edits, int alphabet)
{
    QRandomGenerator rng(seedValue);
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // after the final newline
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = rng.bounded(qsizetype(lines.size()) + 1);
        switch (rng.bounded(3)) {
        case 0:
            lines.insert(at, "n" + QByteArray::number(rng.bounded(alphabet)));
            break;
        case 1:
            if (at < lines.size())
                lines.removeAt(at);
            break;
        default:
            if (at < lines.size())
                lines[at] = "w" + QByteArray::number(rng.bounded(alphabet));
            break;
        }
    }
    return lines.join('\n') + '\n';
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void matchesGit_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");

        const QByteArray s = seed();
        const QByteArray elm = elmLine();
        const QByteArray granier = lineStarting(s, "Granier, A.");
        const QByteArray wolff = lineStarting(s, " Anna Wolff");

        QTest::newRow("identical") << s << s;
        QTest::newRow("empty to text") << QByteArray() << QByteArray("a\nb\nc\n");
        QTest::newRow("text to empty") << QByteArray("a\nb\nc\n") << QByteArray();
        QTest::newRow("insert at start") << numbered(10) << "new\n" + numbered(10);
        QTest::newRow("insert in middle")
            << numbered(10) << numbered(10).replace("line 5\n", "line 5\nnew\n");
        QTest::newRow("insert at end") << numbered(10) << numbered(10) + "new\n";
        QTest::newRow("delete") << numbered(10) << numbered(10).replace("line 4\n", "");
        QTest::newRow("replace") << numbered(10) << numbered(10).replace("line 6\n", "six\n");
        QTest::newRow("two hunks")
            << numbered(30) << numbered(30).replace("line 3\n", "").replace("line 25\n", "x\n");
        QTest::newRow("changes six lines apart share a hunk")
            << numbered(30) << numbered(30).replace("line 10\n", "a\n").replace("line 17\n", "b\n");
        QTest::newRow("changes seven lines apart do not")
            << numbered(30) << numbered(30).replace("line 10\n", "a\n").replace("line 18\n", "b\n");
        QTest::newRow("old lacks final newline")
            << QByteArray("a\nb\nc") << QByteArray("a\nb\nc\n");
        QTest::newRow("new lacks final newline")
            << QByteArray("a\nb\nc\n") << QByteArray("a\nb\nc");
        QTest::newRow("both lack it, change above")
            << QByteArray("a\nb\nc\nd") << QByteArray("a\nB\nc\nd");
        QTest::newRow("both lack it, last line changed")
            << QByteArray("a\nb") << QByteArray("a\nc");
        QTest::newRow("crlf insert") << QByteArray("# Papers\r\n\r\nA\r\n\r\nB\r\n")
                                     << QByteArray("# Papers\r\n\r\nA\r\n\r\nNew\r\n\r\nB\r\n");
        QTest::newRow("crlf to lf on one line")
            << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\r\nb\nc\r\n");
        QTest::newRow("entry before the first entry")
            << QByteArray("# Papers\n\nExisting entry\n\nOther\n")
            << QByteArray("# Papers\n\nentry\n\nExisting entry\n\nOther\n");
        QTest::newRow("entry between entries") << QByteArray("# Papers\n\nA\n\nB\n\nC\n")
                                               << QByteArray("# Papers\n\nA\n\nN\n\nB\n\nC\n");
        QTest::newRow("entry at the end of a section")
            << QByteArray("# Papers\n\nA\n\nB\n\n\n# Reviews\n\nR\n")
            << QByteArray("# Papers\n\nA\n\nB\n\nN\n\n\n# Reviews\n\nR\n");
        QTest::newRow("swap") << QByteArray("a\nb\nc\nd\n") << QByteArray("a\nc\nb\nd\n");
        QTest::newRow("indented block")
            << QByteArray("f {\n    x;\n}\n\ng {\n    y;\n}\n")
            << QByteArray("f {\n    x;\n}\n\nh {\n    z;\n}\n\ng {\n    y;\n}\n");
        QTest::newRow("seed: one entry added at its year") << withoutLine(s, elm) << s;
        QTest::newRow("seed: first paper added") << withoutLine(s, granier) << s;
        QTest::newRow("seed: entry removed") << s << withoutLine(s, elm);
        QTest::newRow("seed: three entries added")
            << withoutLine(withoutLine(withoutLine(s, elm), granier), wolff) << s;
        QTest::newRow("seed: entry moved")
            << s << withoutLine(s, elm).replace(granier, QByteArray(granier + "\n" + elm));
        QTest::newRow("seed: year corrected")
            << s << QByteArray(s).replace(elm, QByteArray(elm).replace("(2023)", "(2024)"));
        QTest::newRow("seed to crlf") << s << QByteArray(s).replace("\n", "\r\n");
        for (quint32 i = 1; i <= 6; ++i) {
            const int alphabet = i <= 3 ? 8 : 40;
            const QByteArray before = scrambled(i, 300, alphabet);
            QTest::addRow("scrambled %u", i) << before << mutated(before, i * 7, 12, alphabet);
        }
        const QByteArray big = scrambled(99, 3000, 60);
        QTest::newRow("scrambled, many edits") << big << mutated(big, 5, 400, 60);
    }

    void matchesGit()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        if (!gitAvailable())
            QSKIP("git is not installed");
        QString error;
        const QByteArray expected = gitDiff(oldText, newText, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const TextDiff::Diff d = TextDiff::diff(oldText, newText);
        QCOMPARE(TextDiff::unified(d), expected);
        QCOMPARE(d.identical, oldText == newText);
        QCOMPARE(patched(oldText, d), newText);
    }

    void shape_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::addColumn<int>("hunks");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("removed");
        QTest::addColumn<QByteArrayList>("changed"); // "+text" / "-text", in order

        const QByteArray s = seed();
        const QByteArray elm = elmLine();
        QTest::newRow("identical") << s << s << 0 << 0 << 0 << QByteArrayList{};
        QTest::newRow("seed plus one entry")
            << withoutLine(s, elm) << s << 1 << 2 << 0 << QByteArrayList{"+" + elm.chopped(1), "+"};
        QTest::newRow("FORMAT.md's example hunk")
            << QByteArray("# Papers\n\nEvanson, L. (2025)\n\nGranier, A. (2025)\n")
            << QByteArray("# Papers\n\nd'Ascoli, S. (2025)\n\nEvanson, L. (2025)\n\n"
                          "Granier, A. (2025)\n")
            << 1 << 2 << 0 << QByteArrayList{"+d'Ascoli, S. (2025)", "+"};
        QTest::newRow("crlf keeps its carriage returns")
            << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nB\r\n") << 1 << 1 << 1
            << QByteArrayList{"-b\r", "+B\r"};
        QTest::newRow("a final newline is a change")
            << QByteArray("a") << QByteArray("a\n") << 1 << 1 << 1 << QByteArrayList{"-a", "+a"};
    }

    void shape()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        QFETCH(int, hunks);
        QFETCH(int, added);
        QFETCH(int, removed);
        QFETCH(QByteArrayList, changed);

        const TextDiff::Diff d = TextDiff::diff(oldText, newText);
        QCOMPARE(d.hunks.size(), hunks);
        QCOMPARE(d.added, added);
        QCOMPARE(d.removed, removed);
        QByteArrayList actual;
        for (const TextDiff::Hunk &h : d.hunks) {
            for (const TextDiff::Line &l : h.lines) {
                if (l.kind == TextDiff::Line::Added)
                    actual << "+" + l.text;
                else if (l.kind == TextDiff::Line::Removed)
                    actual << "-" + l.text;
            }
        }
        QCOMPARE(actual, changed);
        QCOMPARE(patched(oldText, d), newText);
    }

    void lineNumbers()
    {
        const TextDiff::Diff d = TextDiff::diff("a\nb\nc\nd\n", "a\nc\nX\nd\n", 1);
        QCOMPARE(d.hunks.size(), 1);
        const TextDiff::Hunk &h = d.hunks.constFirst();
        QCOMPARE(h.oldStart, 1);
        QCOMPARE(h.oldCount, 4);
        QCOMPARE(h.newStart, 1);
        QCOMPARE(h.newCount, 4);
        struct Expected
        {
            TextDiff::Line::Kind kind;
            const char *text;
            int oldLine, newLine;
        };
        const Expected expected[] = {{TextDiff::Line::Context, "a", 1, 1},
                                     {TextDiff::Line::Removed, "b", 2, 0},
                                     {TextDiff::Line::Context, "c", 3, 2},
                                     {TextDiff::Line::Added, "X", 0, 3},
                                     {TextDiff::Line::Context, "d", 4, 4}};
        QCOMPARE(h.lines.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < h.lines.size(); ++i) {
            QCOMPARE(h.lines.at(i).kind, expected[i].kind);
            QCOMPARE(h.lines.at(i).text, QByteArray(expected[i].text));
            QCOMPARE(h.lines.at(i).oldLine, expected[i].oldLine);
            QCOMPARE(h.lines.at(i).newLine, expected[i].newLine);
        }
    }

    void emptySides()
    {
        const QByteArray created = TextDiff::unified(TextDiff::diff("", "x\ny\n"));
        QCOMPARE(created,
                 QByteArray("--- a/README.md\n+++ b/README.md\n@@ -0,0 +1,2 @@\n+x\n+y\n"));
        const QByteArray names
            = TextDiff::unified(TextDiff::diff("x\n", ""), "README.md", "README.md (new)");
        QCOMPARE(names, QByteArray("--- README.md\n+++ README.md (new)\n@@ -1 +0,0 @@\n-x\n"));
        QVERIFY(TextDiff::unified(TextDiff::diff("same", "same")).isEmpty());
    }

    // A list of 100,000 lines with one line changed: the trimmed ends leave one line to compare,
    // so this runs in milliseconds; a diff that compared everything would take the test's time.
    void largeTextOneChange()
    {
        const QByteArray before = numbered(100'000);
        const QByteArray after = QByteArray(before).replace("\nline 50000\n", "\nchanged\n");
        const TextDiff::Diff d = TextDiff::diff(before, after);
        QCOMPARE(d.hunks.size(), 1);
        QCOMPARE(d.added, 1);
        QCOMPARE(d.removed, 1);
        QCOMPARE(TextDiff::unified(d),
                 QByteArray("--- a/README.md\n+++ b/README.md\n@@ -49997,7 +49997,7 @@\n"
                            " line 49997\n line 49998\n line 49999\n-line 50000\n+changed\n"
                            " line 50001\n line 50002\n line 50003\n"));
    }

    // Nothing in common but a line that repeats everywhere: the search must end, with a
    // correct diff, without memory growing with the square of the size.
    void largeTextRewritten()
    {
        QByteArray before, after;
        for (int i = 0; i < 40'000; ++i) {
            before += i % 2 ? QByteArray("\n") : "old " + QByteArray::number(i) + '\n';
            after += i % 3 ? QByteArray("\n") : "new " + QByteArray::number(i) + '\n';
        }
        const TextDiff::Diff d = TextDiff::diff(before, after);
        QVERIFY(!d.hunks.isEmpty());
        QCOMPARE(patched(before, d), after);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
