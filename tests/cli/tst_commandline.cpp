#include "clirun.h"
#include "testdata.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

namespace {

Test::CliRun run(const QStringList &args)
{
    return Test::runCli(args);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cli.sqlite"_s);
    }

    void helpAndVersion()
    {
        Test::CliRun r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("import README.md"));
        QVERIFY(r.out.contains("--db"));
        // The command argument names every command (it said "import, export, lists or
        // entries").
        const QByteArray arguments = r.out.mid(r.out.indexOf("Arguments:")).simplified();
        QVERIFY2(arguments.contains(
                     "One of: import, export, lists, entries, undo, redo, lookup, add, "
                     "import-files, link, sync, pr, check-links, link-rules, refresh, check, "
                     "review."),
                 arguments.constData());
        // Every command is in the help, with its syntax, from the one table of commands.
        for (const char *synopsis :
             {"import README.md [--list NAME] [--force]", "lists [--json]",
              "entries [--list NAME] [--search TEXT] [--json]",
              "import-files PDF-folder-URL-or-ID... --list NAME [--section S] [--merge]",
              "sync --list NAME [--yes] [--prefer ours|theirs]"})
            QVERIFY2(r.out.contains(synopsis), synopsis);
        // A command's own help: its syntax, what it does, its options and no others.
        r = run({u"pr"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("Usage: awesome-curator pr --list NAME"), r.out.constData());
        QVERIFY(r.out.contains("open a pull request"));
        QVERIFY(r.out.contains("--dry-run"));
        QVERIFY(r.out.contains("--remote <name>"));
        QVERIFY(!r.out.contains("--json"));
        QVERIFY(!r.out.contains("--merge"));
        r = run({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("awesome-curator 0."));
    }

    void wantsCommandLine()
    {
        QVERIFY(!Cli::wantsCommandLine({u"awesome-curator"_s}));
        QVERIFY(!Cli::wantsCommandLine({u"awesome-curator"_s, u"--db"_s, u"x.sqlite"_s}));
        QVERIFY(Cli::wantsCommandLine({u"awesome-curator"_s, u"--db"_s, u"x"_s, u"lists"_s}));
        QVERIFY(Cli::wantsCommandLine({u"awesome-curator"_s, u"--version"_s}));
        QVERIFY(Cli::wantsCommandLine({u"awesome-curator"_s, u"--bogus"_s}));
        QCOMPARE(Cli::storePath({u"awesome-curator"_s, u"--db"_s, u"x.sqlite"_s}), u"x.sqlite"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << QByteArray("Unknown command");
        QTest::newRow("unknown option")
            << QStringList{u"--frob"_s, u"lists"_s} << QByteArray("Unknown option");
        QTest::newRow("import without file")
            << QStringList{u"import"_s} << QByteArray("one README");
        QTest::newRow("import two files")
            << QStringList{u"import"_s, u"a.md"_s, u"b.md"_s} << QByteArray("one README");
        QTest::newRow("export with a file")
            << QStringList{u"export"_s, u"x.md"_s} << QByteArray("-o FILE");
        QTest::newRow("option of another command")
            << QStringList{u"lists"_s, u"--force"_s} << QByteArray("does not take --force");
        QTest::newRow("merge is import-files' own")
            << QStringList{u"lists"_s, u"--merge"_s} << QByteArray("does not take --merge");
        QTest::newRow("search is entries' own") << QStringList{u"export"_s, u"--search"_s, u"x"_s}
                                                << QByteArray("does not take --search");
        QTest::newRow("missing option value")
            << QStringList{u"export"_s, u"--list"_s} << QByteArray("Missing value");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Test::CliRun r
            = run(QStringList{u"--db"_s, m_dir.filePath(u"usage.sqlite"_s)} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // An option of another command is answered with the command's own syntax.
        if (message.startsWith("does not take"))
            QVERIFY2(
                r.err.contains(QByteArray("Usage: awesome-curator " + args.first().toUtf8() + ' ')),
                r.err.constData());
    }

    // The command line's changes are steps of the store's history: `undo` takes the last one
    // back (in a later run), `redo` brings it back.
    void undoAndRedo()
    {
        const QStringList db{u"--db"_s, m_dir.filePath(u"undo.sqlite"_s)};
        Test::CliRun r = run(db + QStringList{u"import"_s, Test::seedReadmePath()});
        QCOMPARE(r.code, 0);
        r = run(db + QStringList{u"undo"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), "Undone: Import README.md");
        QVERIFY(run(db + QStringList{u"lists"_s}).out.trimmed().isEmpty());
        r = run(db + QStringList{u"redo"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), "Redone: Import README.md");
        QVERIFY(run(db + QStringList{u"lists"_s}).out.startsWith("Awesome NeuroAI Papers\t110\t"));
        QCOMPARE(run(db + QStringList{u"export"_s}).out, Test::readFile(Test::seedReadmePath()));
        QCOMPARE(run(db + QStringList{u"undo"_s}).code, 0);
        r = run(db + QStringList{u"undo"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Nothing to undo."), r.err.constData());
        QCOMPARE(run(db + QStringList{u"undo"_s, u"--json"_s}).code, 2);
    }

    void importExportListsEntries()
    {
        const QString seed = Test::seedReadmePath();
        Test::CliRun r = run({u"--db"_s, m_db, u"import"_s, seed});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("110 entries in 4 sections"), r.out.constData());

        r = run({u"--db"_s, m_db, u"lists"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("Awesome NeuroAI Papers\t110\t"));

        r = run({u"--db"_s, m_db, u"lists"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject()[u"entries"_s].toInt(),
                 110);

        r = run({u"--db"_s, m_db, u"export"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, Test::readFile(seed));

        const QString out = m_dir.filePath(u"exported.md"_s);
        r = run(
            {u"--db"_s, m_db, u"export"_s, u"--list"_s, u"Awesome NeuroAI Papers"_s, u"-o"_s, out});
        QCOMPARE(r.code, 0);
        QCOMPARE(Test::readFile(out), Test::readFile(seed));

        // The papers as citations: standard output or a file; markdown is the README.
        r = run({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"bibtex"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count("\n@"), 109);
        QVERIFY2(r.out.contains("@misc{spieler2023elm,"), r.out.left(300).constData());
        const QString bib = m_dir.filePath(u"papers.json"_s);
        r = run({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"csljson"_s, u"-o"_s, bib});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(Test::readFile(bib)).array().size(), 110);
        r = run({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"markdown"_s});
        QCOMPARE(r.out, Test::readFile(seed));
        r = run({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"ris"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bibtex, csljson and csv"), r.err.constData());
        r = run({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"csv"_s, u"--to-repo"_s});
        QCOMPARE(r.code, 2);

        r = run({u"--db"_s, m_db, u"entries"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(entries.size(), 110);
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first[u"section"_s].toString(), u"Papers"_s);
        QCOMPARE(first[u"title"_s].toString(), u"Emergence of Language in the Developing Brain"_s);
        QCOMPARE(first[u"year"_s].toInt(), 2025);

        r = run({u"--db"_s, m_db, u"entries"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 110);

        // "Do we have this paper?": the window's search, by arXiv id in another version, by a
        // hyphenated word; nothing found is exit status 1 with a message.
        r = run(
            {u"--db"_s, m_db, u"entries"_s, u"--search"_s, u"arXiv:2306.16922v4"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        QVERIFY(QJsonDocument::fromJson(r.out)
                    .array()
                    .first()
                    .toObject()[u"title"_s]
                    .toString()
                    .startsWith(u"The ELM Neuron"_s));
        r = run({u"--db"_s, m_db, u"entries"_s, u"--search"_s, u"cortico-thalamic"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count('\n'), 1);
        r = run({u"--db"_s, m_db, u"entries"_s, u"--search"_s, u"\"no such\" NEAR("_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("No entry of \"Awesome NeuroAI Papers\" matches"),
                 r.err.constData());

        // A second list makes --list necessary.
        r = run({u"--db"_s, m_db, u"import"_s, seed, u"--list"_s, u"Second"_s});
        QCOMPARE(r.code, 0);
        r = run({u"--db"_s, m_db, u"export"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--list"));
        r = run({u"--db"_s, m_db, u"export"_s, u"--list"_s, u"Nope"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no list named \"Nope\""));
    }

    // entries --json names each entry's other links (code, project page, badges).
    void entriesWithOtherLinks()
    {
        const QString readme = m_dir.filePath(u"links.md"_s);
        writeFile(readme,
                  "# Papers\n\n- [Title One](https://arxiv.org/abs/2401.00001) "
                  "[[Code]](https://github.com/a/one) "
                  "![stars](https://img.shields.io/github/stars/a/one)\n");
        const QString db = m_dir.filePath(u"links.sqlite"_s);
        QCOMPARE(run({u"--db"_s, db, u"import"_s, readme}).code, 0);
        const Test::CliRun r = run({u"--db"_s, db, u"entries"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray links
            = QJsonDocument::fromJson(r.out).array().first().toObject()[u"links"_s].toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].toObject()[u"label"_s].toString(), u"Code"_s);
        QCOMPARE(links[0].toObject()[u"url"_s].toString(), u"https://github.com/a/one"_s);
        QVERIFY(links[1].toObject()[u"badge"_s].toBool());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file"); // created from `content` unless empty
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("message");
        const QByteArray seed = Test::readFile(Test::seedReadmePath());
        QTest::newRow("empty file") << u"empty.md"_s << QByteArray()
                                    << QByteArray("empty.md: "
                                                  "The file is "
                                                  "empty");
        QTest::newRow("not utf-8")
            << u"latin1.md"_s << QByteArray(seed).replace("Schölkopf", "Sch\xf6lkopf")
            << QByteArray("latin1.md:37: The file is not valid UTF-8");
        QTest::newRow("cut in a link") << u"cut.md"_s << seed.left(seed.indexOf("2306.16922.pdf"))
                                       << QByteArray("cut.md:37: This paragraph looks like an "
                                                     "entry");
        QTest::newRow("cut in a character")
            << u"cutchar.md"_s << seed.left(seed.indexOf("Schölkopf") + 4)
            << QByteArray("cutchar.md:37: ");
        QByteArray binary(20 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) % 251);
        QTest::newRow("20 MB binary") << u"big.md"_s << binary << QByteArray("big.md:1: ");
        QTest::newRow("missing") << u"missing.md"_s << QByteArray() << QByteArray("no such file");
        QTest::newRow("directory") << u"."_s << QByteArray() << QByteArray("is a directory");
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        const QString db = m_dir.filePath(u"bad-%1.sqlite"_s.arg(QTest::currentDataTag()));
        QVERIFY(run({u"--db"_s, db, u"import"_s, Test::seedReadmePath()}).code == 0);
        const QByteArray storeBefore = run({u"--db"_s, db, u"entries"_s, u"--json"_s}).out;
        const QString path = file == u"."_s ? m_dir.path() : m_dir.filePath(file);
        if (file != u"missing.md"_s && file != u"."_s)
            writeFile(path, content);
        const Test::CliRun r
            = run({u"--db"_s, db, u"import"_s, path, u"--list"_s, u"Awesome NeuroAI Papers"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(run({u"--db"_s, db, u"entries"_s, u"--json"_s}).out, storeBefore);
    }

    void badStores()
    {
        const QString notDb = m_dir.filePath(u"notes.sqlite"_s);
        writeFile(notDb, "my notes\n");
        Test::CliRun r = run({u"--db"_s, notDb, u"lists"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not an SQLite database"), r.err.constData());
        QCOMPARE(Test::readFile(notDb), QByteArray("my notes\n"));

        const QString ro = m_dir.filePath(u"ro.sqlite"_s);
        QCOMPARE(run({u"--db"_s, ro, u"import"_s, Test::seedReadmePath()}).code, 0);
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner));
        r = run({u"--db"_s, ro, u"import"_s, Test::seedReadmePath()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("read-only"), r.err.constData());
        // Reading still works.
        r = run({u"--db"_s, ro, u"export"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, Test::readFile(Test::seedReadmePath()));
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner);

        r = run({u"--db"_s, m_dir.path(), u"lists"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("directory"));
    }

    void emptyStore()
    {
        const Test::CliRun r = run({u"--db"_s, m_dir.filePath(u"empty.sqlite"_s), u"export"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no list yet"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
