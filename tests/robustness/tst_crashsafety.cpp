// Crash safety: the app killed (SIGKILL) in the middle of an import, a re-import, a batch
// import of PDFs and identifiers (what a drop on the window does) or an export, or stopped by a
// full disk or missing permissions, leaves the store and the README whole. The real binary runs as
// a child process; the store is then reopened as the app would.

#include "childapp.h"
#include "identifier.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testpdf.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Test;

namespace {

constexpr int BigEntries = 100000; // about 22 MB of README, 60 MB of store
constexpr int MidEntries = 20000;
constexpr int SmallEntries = 20;
// A batch import: PDFs without an identifier (entries from their metadata, needing review) and
// DOIs the look-up cache answers, all added in one transaction at the end.
constexpr int DropPdfs = 20;
constexpr int DropDois = 1000;
// A write-ahead log longer than its header holds pages of a transaction.
constexpr qint64 WalHeaderBytes = 32;

// When a run is killed.
enum When {
    AfterMs, // `at` ms after the start
    WalAtLeast, // once the store's write-ahead log holds `at` bytes: the transaction is being
                // written to disk
    TemporaryFileAtLeast, // once the export's temporary file holds `at` bytes
    Never, // not killed: the run completes
};

struct Tally
{
    int runs = 0;
    int killed = 0; // the kill landed while the app ran
    int all = 0; // the interrupted transaction (or the new README) is there entirely
    int none = 0; // it is not there at all
    int midWrite = 0; // killed while the change was partly on disk, and none of it survived
    int strayFiles = 0;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_smallPath, m_bigPath, m_midPath, m_mid2Path;
    QByteArray m_small, m_big, m_mid, m_mid2;
    QByteArray m_smallReadme; // the Small list as the store exports it
    QString m_baseStore; // Small, committed
    QString m_midStore; // Small and Mid, committed
    QString m_dropStore; // Small, and a copy of it as the list "Drop"; the DOIs cached
    QStringList m_dropArgs; // the PDFs' folder and the DOIs
    int m_run = 0;
    Tally m_import, m_reimport, m_export, m_drop;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A copy of a template store for one run.
    QString freshStore(const QString &from)
    {
        const QString to = path(u"run-%1.sqlite"_s.arg(++m_run));
        return copyStore(from, to) ? to : QString();
    }

    // The store as the app finds it after a crash. Fails the test when it is damaged or lost
    // anything committed before (the Small list); otherwise tells whether `listName` is there
    // and what it exports as.
    struct Found
    {
        bool ok = false;
        bool hasList = false;
        int entries = 0;
        QByteArray readme;
    };
    Found inspect(const QString &storePath, const QString &listName, bool writable = true)
    {
        Found f;
        Store s;
        if (!s.open(storePath)) {
            qWarning().noquote() << "cannot reopen" << storePath << s.errorString();
            return f;
        }
        if (const QString problems = integrityProblems(s, writable); !problems.isEmpty()) {
            qWarning().noquote() << storePath << problems;
            return f;
        }
        const auto small = s.listByName(u"Small"_s);
        if (!small || small->entryCount != SmallEntries
            || exportReadme(s, small->id).data != m_smallReadme) {
            qWarning() << "the list committed before the crash changed";
            return f;
        }
        if (const auto l = s.listByName(listName)) {
            f.hasList = true;
            f.entries = l->entryCount;
            f.readme = exportReadme(s, l->id).data;
        }
        f.ok = true;
        return f;
    }

    // Whether `when` has come for the run of `pid` writing `storePath` (or the README `target`);
    // records what was on disk at that moment.
    static bool due(When when, qint64 at, qint64 ms, qint64 pid, const QString &storePath,
                    const QString &target, qint64 *seen)
    {
        switch (when) {
        case AfterMs:
            *seen = fileSize(storePath + u"-wal"_s);
            return ms >= at;
        case WalAtLeast:
            *seen = fileSize(storePath + u"-wal"_s);
            return *seen >= at;
        case TemporaryFileAtLeast:
            *seen = openTemporaryFileSize(pid, QFileInfo(target).absolutePath(), target);
            return *seen >= at;
        case Never:
            return false;
        }
        return false;
    }

    static void addKillRows()
    {
        QTest::addColumn<int>("when");
        QTest::addColumn<qint64>("at");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(appBinary()).isExecutable(), qPrintable(appBinary()));
        m_small = makeList(SmallEntries, 3);
        m_mid = makeList(MidEntries, 5);
        m_big = makeList(BigEntries, 1);
        QVERIFY(!m_small.isEmpty() && !m_mid.isEmpty() && !m_big.isEmpty());
        // A new version of Mid: some titles changed (matched by link, updated in place), a
        // section renamed.
        m_mid2 = QByteArray(m_mid)
                     .replace("[**Neural ", "[**Synaptic ")
                     .replace("\n# Reviews\n", "\n# Surveys\n");
        QVERIFY(m_mid2 != m_mid);
        m_smallPath = path(u"small.md"_s);
        m_midPath = path(u"mid.md"_s);
        m_mid2Path = path(u"mid2.md"_s);
        m_bigPath = path(u"big.md"_s);
        QVERIFY(writeFile(m_smallPath, m_small) && writeFile(m_midPath, m_mid)
                && writeFile(m_mid2Path, m_mid2) && writeFile(m_bigPath, m_big));

        // Committed before any crash: every run must find it unchanged.
        m_baseStore = path(u"base.sqlite"_s);
        ChildRun r
            = runApp({u"--db"_s, m_baseStore, u"import"_s, m_smallPath, u"--list"_s, u"Small"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        {
            Store s;
            QVERIFY(s.open(m_baseStore));
            const auto small = s.listByName(u"Small"_s);
            QVERIFY(small);
            m_smallReadme = exportReadme(s, small->id).data;
            QCOMPARE(m_smallReadme, m_small);
        }
        // The batch import's store and what it imports.
        m_dropStore = path(u"drop.sqlite"_s);
        QVERIFY(copyStore(m_baseStore, m_dropStore));
        r = runApp({u"--db"_s, m_dropStore, u"import"_s, m_smallPath, u"--list"_s, u"Drop"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString pdfs = path(u"drop-pdfs"_s);
        QVERIFY(QDir().mkpath(pdfs));
        for (int i = 0; i < DropPdfs; ++i) {
            const QString title = u"Dropped PDF %1"_s.arg(i);
            QVERIFY(
                Curator::Test::writePdf(pdfs + u"/paper-%1.pdf"_s.arg(i),
                                        Curator::Test::paperPdf(title, u"Grace Hopper"_s, title)));
        }
        m_dropArgs << pdfs;
        {
            Store s;
            QVERIFY(s.open(m_dropStore));
            Store::Transaction t(s);
            for (int i = 0; i < DropDois; ++i) {
                QVERIFY(s.cachePut(u"doi:"_s + Identifier::doiKey(cliDoi(i)), u"crossref"_s,
                                   crossrefRecord(i, u"Dropped DOI"_s, 1990 + i % 30),
                                   u"application/json"_s));
                m_dropArgs << cliDoi(i);
            }
            QVERIFY(t.commit());
        }

        m_midStore = path(u"mid.sqlite"_s);
        QVERIFY(copyStore(m_baseStore, m_midStore));
        r = runApp({u"--db"_s, m_midStore, u"import"_s, m_midPath, u"--list"_s, u"Mid"_s});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // A 100,000-entry import killed at several moments: the store is whole and holds the list
    // entirely or not at all, and the list imported before it.
    void killDuringImport_data()
    {
        addKillRows();
        QTest::newRow("after 50 ms") << int(AfterMs) << qint64(50);
        QTest::newRow("after 200 ms") << int(AfterMs) << qint64(200);
        QTest::newRow("after 500 ms") << int(AfterMs) << qint64(500);
        QTest::newRow("after 1000 ms") << int(AfterMs) << qint64(1000);
        QTest::newRow("after 1500 ms") << int(AfterMs) << qint64(1500);
        QTest::newRow("WAL past its header") << int(WalAtLeast) << qint64(WalHeaderBytes + 1);
        QTest::newRow("WAL at 16 MB") << int(WalAtLeast) << qint64(16 << 20);
        QTest::newRow("WAL at 40 MB") << int(WalAtLeast) << qint64(40 << 20);
        QTest::newRow("not killed") << int(Never) << qint64(0);
    }

    void killDuringImport()
    {
        QFETCH(int, when);
        QFETCH(qint64, at);
        // A kill while the log is being written must land mid-write at least once: retried
        // (a fast machine may finish between two looks).
        const int attempts = when == WalAtLeast ? 5 : 1;
        bool midWrite = false;
        for (int attempt = 0; attempt < attempts && !midWrite; ++attempt) {
            const QString store = freshStore(m_baseStore);
            QVERIFY(!store.isEmpty());
            qint64 seen = -1;
            const KillRun r
                = runAndKill({u"--db"_s, store, u"import"_s, m_bigPath, u"--list"_s, u"Big"_s},
                             [&](qint64 pid, qint64 ms) {
                                 return due(When(when), at, ms, pid, store, {}, &seen);
                             });
            QVERIFY(r.started);
            if (!r.killed)
                QVERIFY2(r.code == 0, r.err.constData());
            const qint64 walAfter = fileSize(store + u"-wal"_s);
            const Found f = inspect(store, u"Big"_s);
            QVERIFY(f.ok);
            ++m_import.runs;
            m_import.killed += r.killed;
            if (f.hasList) {
                ++m_import.all;
                QCOMPARE(f.entries, BigEntries);
                QVERIFY2(f.readme == m_big, "the imported list differs from its README");
            } else {
                ++m_import.none;
                QVERIFY(r.killed);
                midWrite = seen > WalHeaderBytes;
                m_import.midWrite += midWrite;
            }
            qInfo("%s: killed %s at %lld ms, WAL %lld bytes then %lld after; list %s",
                  QTest::currentDataTag(), r.killed ? "yes" : "no", r.killedAtMs, seen, walAfter,
                  f.hasList ? "all there" : "absent");
            QFile::remove(store);
            QFile::remove(store + u"-wal"_s);
            QFile::remove(store + u"-shm"_s);
        }
        if (when == WalAtLeast)
            QVERIFY2(midWrite, "no kill landed while the transaction was being written");
    }

    // A re-import (--force, the update path) killed at several moments: the list is its old
    // version or its new one, byte for byte, never a mix.
    void killDuringReimport_data()
    {
        addKillRows();
        QTest::newRow("after 100 ms") << int(AfterMs) << qint64(100);
        QTest::newRow("after 300 ms") << int(AfterMs) << qint64(300);
        QTest::newRow("after 600 ms") << int(AfterMs) << qint64(600);
        QTest::newRow("after 900 ms") << int(AfterMs) << qint64(900);
        QTest::newRow("WAL past its header") << int(WalAtLeast) << qint64(WalHeaderBytes + 1);
        QTest::newRow("WAL at 6 MB") << int(WalAtLeast) << qint64(6 << 20);
        QTest::newRow("not killed") << int(Never) << qint64(0);
    }

    void killDuringReimport()
    {
        QFETCH(int, when);
        QFETCH(qint64, at);
        const int attempts = when == WalAtLeast ? 5 : 1;
        bool midWrite = false;
        for (int attempt = 0; attempt < attempts && !midWrite; ++attempt) {
            const QString store = freshStore(m_midStore);
            QVERIFY(!store.isEmpty());
            qint64 seen = -1;
            const KillRun r = runAndKill(
                {u"--db"_s, store, u"import"_s, m_mid2Path, u"--list"_s, u"Mid"_s, u"--force"_s},
                [&](qint64 pid, qint64 ms) {
                    return due(When(when), at, ms, pid, store, {}, &seen);
                });
            QVERIFY(r.started);
            if (!r.killed)
                QVERIFY2(r.code == 0, r.err.constData());
            const Found f = inspect(store, u"Mid"_s);
            QVERIFY(f.ok);
            QVERIFY(f.hasList);
            QCOMPARE(f.entries, MidEntries);
            const bool isNew = f.readme == m_mid2;
            QVERIFY2(isNew || f.readme == m_mid, "the list is a mix of its two versions");
            ++m_reimport.runs;
            m_reimport.killed += r.killed;
            if (isNew) {
                ++m_reimport.all;
            } else {
                ++m_reimport.none;
                QVERIFY(r.killed);
                midWrite = seen > WalHeaderBytes;
                m_reimport.midWrite += midWrite;
            }
            qInfo("%s: killed %s at %lld ms, WAL %lld bytes; list %s", QTest::currentDataTag(),
                  r.killed ? "yes" : "no", r.killedAtMs, seen, isNew ? "new" : "old");
            QFile::remove(store);
            QFile::remove(store + u"-wal"_s);
            QFile::remove(store + u"-shm"_s);
        }
        if (when == WalAtLeast)
            QVERIFY2(midWrite, "no kill landed while the transaction was being written");
    }

    // A batch import (`import-files`, the drop of the window from a shell) killed while it
    // inspects PDFs and looks up identifiers, and while it writes its one transaction: the
    // list holds every new entry, with its PDF and review flag, or none of them.
    void killDuringBatchImport_data()
    {
        addKillRows();
        QTest::newRow("after 100 ms") << int(AfterMs) << qint64(100);
        QTest::newRow("after 400 ms") << int(AfterMs) << qint64(400);
        QTest::newRow("WAL past its header") << int(WalAtLeast) << qint64(WalHeaderBytes + 1);
        QTest::newRow("WAL at 64 KB") << int(WalAtLeast) << qint64(64 << 10);
        QTest::newRow("not killed") << int(Never) << qint64(0);
    }

    void killDuringBatchImport()
    {
        QFETCH(int, when);
        QFETCH(qint64, at);
        const int attempts = when == WalAtLeast ? 5 : 1;
        bool midWrite = false;
        for (int attempt = 0; attempt < attempts && !midWrite; ++attempt) {
            const QString store = freshStore(m_dropStore);
            QVERIFY(!store.isEmpty());
            qint64 seen = -1;
            const KillRun r = runAndKill(
                QStringList{u"--db"_s, store, u"import-files"_s, u"--list"_s, u"Drop"_s}
                    + m_dropArgs,
                [&](qint64 pid, qint64 ms) {
                    return due(When(when), at, ms, pid, store, {}, &seen);
                });
            QVERIFY(r.started);
            if (!r.killed)
                QVERIFY2(r.code == 0, r.err.constData());
            const Found f = inspect(store, u"Drop"_s);
            QVERIFY(f.ok);
            QVERIFY(f.hasList);
            const bool all = f.entries == SmallEntries + DropPdfs + DropDois;
            QVERIFY2(all || f.entries == SmallEntries,
                     qPrintable(u"%1 entries: part of the batch"_s.arg(f.entries)));
            if (all) {
                // Each new entry whole: the PDFs' with their path and flagged for review.
                Store s;
                QVERIFY(s.open(store));
                const auto list = s.listByName(u"Drop"_s);
                QVERIFY(list);
                int withPdf = 0, toReview = 0, fromDois = 0;
                for (const Entry &e : s.entries(list->id)) {
                    if (e.fields.title.startsWith(u"Dropped PDF "_s)) {
                        withPdf += QFileInfo(e.pdfPath).fileName()
                            == u"paper-%1.pdf"_s.arg(e.fields.title.mid(12));
                        toReview += e.needsReview;
                    } else if (e.fields.title.startsWith(u"Dropped DOI "_s)) {
                        fromDois += e.fields.doi == cliDoi(e.fields.title.mid(12).toInt());
                    }
                }
                QCOMPARE(withPdf, DropPdfs);
                QCOMPARE(toReview, DropPdfs);
                QCOMPARE(fromDois, DropDois);
            } else {
                QCOMPARE(f.readme, m_small);
            }
            ++m_drop.runs;
            m_drop.killed += r.killed;
            if (all) {
                ++m_drop.all;
            } else {
                ++m_drop.none;
                QVERIFY(r.killed);
                midWrite = seen > WalHeaderBytes;
                m_drop.midWrite += midWrite;
            }
            qInfo("%s: killed %s at %lld ms, WAL %lld bytes; batch %s", QTest::currentDataTag(),
                  r.killed ? "yes" : "no", r.killedAtMs, seen, all ? "all there" : "absent");
            QFile::remove(store);
            QFile::remove(store + u"-wal"_s);
            QFile::remove(store + u"-shm"_s);
        }
        if (when == WalAtLeast)
            QVERIFY2(midWrite, "no kill landed while the transaction was being written");
    }

    // `export -o README.md` of the 100,000-entry list killed at several moments: README.md is
    // the old file or the new one, never a part. QSaveFile writes an unnamed temporary file on
    // Linux (O_TMPFILE), so a kill leaves nothing beside it; a named README.md.XXXXXX (other
    // file systems, or a kill between linking and renaming) is counted.
    void killDuringExport_data()
    {
        addKillRows();
        QTest::newRow("temporary file opened") << int(TemporaryFileAtLeast) << qint64(0);
        QTest::newRow("temporary file partly written") << int(TemporaryFileAtLeast) << qint64(1);
        QTest::newRow("temporary file at 8 MB") << int(TemporaryFileAtLeast) << qint64(8 << 20);
        QTest::newRow("after 100 ms") << int(AfterMs) << qint64(100);
        QTest::newRow("after 250 ms") << int(AfterMs) << qint64(250);
        QTest::newRow("after 400 ms") << int(AfterMs) << qint64(400);
        QTest::newRow("not killed") << int(Never) << qint64(0);
    }

    void killDuringExport()
    {
        QFETCH(int, when);
        QFETCH(qint64, at);
        const QString store = path(u"export.sqlite"_s);
        if (!QFile::exists(store)) {
            QVERIFY(copyStore(m_baseStore, store));
            const ChildRun r
                = runApp({u"--db"_s, store, u"import"_s, m_bigPath, u"--list"_s, u"Big"_s});
            QVERIFY2(r.code == 0, r.err.constData());
        }
        const QString repo = path(u"export-repo"_s);
        const QString readme = repo + u"/README.md"_s;
        const QByteArray old = m_small; // the README before this export
        const bool needsMidWrite = when == TemporaryFileAtLeast && at > 0;
        const int attempts = needsMidWrite ? 10 : 1;
        bool midWrite = false;
        for (int attempt = 0; attempt < attempts && !midWrite; ++attempt) {
            QVERIFY(QDir(repo).removeRecursively() && QDir().mkpath(repo));
            QVERIFY(writeFile(readme, old));
            qint64 seen = -1;
            const KillRun r = runAndKill(
                {u"--db"_s, store, u"export"_s, u"--list"_s, u"Big"_s, u"-o"_s, readme},
                [&](qint64 pid, qint64 ms) {
                    return due(When(when), at, ms, pid, store, readme, &seen);
                });
            QVERIFY(r.started);
            if (!r.killed)
                QVERIFY2(r.code == 0, r.err.constData());
            const QByteArray now = readFile(readme);
            const bool isNew = now == m_big;
            QVERIFY2(isNew || now == old, "README.md is neither the old file nor the new one");
            QStringList stray = QDir(repo).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                     | QDir::NoDotAndDotDot);
            stray.removeOne(u"README.md"_s);
            for (const QString &name : std::as_const(stray))
                QVERIFY2(name.startsWith(u"README.md."_s), qPrintable(name));
            ++m_export.runs;
            m_export.killed += r.killed;
            m_export.strayFiles += int(stray.size());
            if (isNew) {
                ++m_export.all;
            } else {
                ++m_export.none;
                QVERIFY(r.killed);
                midWrite = seen > 0 && seen < m_big.size();
                m_export.midWrite += midWrite;
            }
            qInfo("%s: killed %s at %lld ms, temporary file %lld bytes; README %s; %d stray",
                  QTest::currentDataTag(), r.killed ? "yes" : "no", r.killedAtMs,
                  when == TemporaryFileAtLeast ? seen : -1, isNew ? "new" : "old",
                  int(stray.size()));
        }
        if (needsMidWrite)
            QVERIFY2(midWrite, "no kill landed while the README was being written");
        if (when == Never) {
            const Found f = inspect(store, u"Big"_s);
            QVERIFY(f.ok);
            QCOMPARE(f.entries, BigEntries);
        }
    }

    // Exporting onto a full disk (RLIMIT_FSIZE below the README's size): the old README stays.
    // The app ignores SIGXFSZ itself (main.cpp), so whether or not the shell that started it
    // does, the write fails as on a full disk and the app says so rather than being killed.
    void exportOnFullDisk_data()
    {
        QTest::addColumn<bool>("ignoreSignal");
        QTest::newRow("SIGXFSZ default in the parent") << false;
        QTest::newRow("SIGXFSZ ignored by the parent") << true;
    }

    void exportOnFullDisk()
    {
        QFETCH(bool, ignoreSignal);
        const QString store = freshStore(m_midStore);
        const QString repo = path(u"full-repo-%1"_s.arg(m_run));
        const QString readme = repo + u"/README.md"_s;
        QVERIFY(QDir().mkpath(repo) && writeFile(readme, m_small));
        ChildOptions o;
        o.fileSizeLimit = 1 << 20; // the README is about 4 MB
        o.ignoreFileSizeSignal = ignoreSignal;
        const ChildRun r
            = runApp({u"--db"_s, store, u"export"_s, u"--list"_s, u"Mid"_s, u"-o"_s, readme}, o);
        QVERIFY(r.started);
        Q_UNUSED(ignoreSignal);
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 u"awesome-curator: Cannot write %1: File too large"_s.arg(readme));
        QCOMPARE(readFile(readme), m_small);
        QCOMPARE(QDir(repo).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"README.md"_s});
        const Found f = inspect(store, u"Mid"_s);
        QVERIFY(f.ok);
        QCOMPARE(f.readme, m_mid);
    }

    // An import into a store on a full disk (RLIMIT_FSIZE below what the import writes): the
    // store stays as it was, and the message says what happened.
    void importOnFullDisk_data()
    {
        QTest::addColumn<bool>("ignoreSignal");
        QTest::newRow("SIGXFSZ default in the parent") << false;
        QTest::newRow("SIGXFSZ ignored by the parent") << true;
    }

    void importOnFullDisk()
    {
        QFETCH(bool, ignoreSignal);
        const QString store = freshStore(m_baseStore);
        ChildOptions o;
        o.fileSizeLimit = 1 << 20; // the import writes about 12 MB
        o.ignoreFileSizeSignal = ignoreSignal;
        const ChildRun r
            = runApp({u"--db"_s, store, u"import"_s, m_midPath, u"--list"_s, u"Mid"_s}, o);
        QVERIFY(r.started);
        Q_UNUSED(ignoreSignal);
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 1);
        const QString message = QString::fromUtf8(r.err).trimmed().split(u'\n').last();
        QVERIFY2(message.startsWith(u"awesome-curator: %1: "_s.arg(m_midPath))
                     && (message.contains(u"The store could not be read or written"_s)
                         || message.contains(u"The disk is full"_s)),
                 qPrintable(message));
        QVERIFY2(!r.err.contains("no transaction is active"), r.err.constData());
        const Found f = inspect(store, u"Mid"_s);
        QVERIFY(f.ok);
        QVERIFY(!f.hasList);
    }

    // A store without write permission: the import is refused with a clear message, and the
    // store file is byte for byte what it was.
    void readOnlyStore()
    {
        const QString dir = path(u"ro-store"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString store = dir + u"/store.sqlite"_s;
        QVERIFY(copyStore(m_baseStore, store));
        QVERIFY(
            QFile::setPermissions(store, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = readFile(store);
        const ChildRun r
            = runApp({u"--db"_s, store, u"import"_s, m_midPath, u"--list"_s, u"Mid"_s});
        QVERIFY(r.started && !r.crashed);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("read-only") && !r.err.contains("readonly database"),
                 r.err.constData());
        QCOMPARE(readFile(store), before);
        const Found f = inspect(store, u"Mid"_s, false);
        QVERIFY(f.ok);
        QVERIFY(!f.hasList);
    }

    // Exporting into a folder without write permission: a clear message, the old README as it
    // was, and nothing written beside it. As root the child runs as nobody, for permissions to
    // apply.
    void readOnlyRepositoryFolder()
    {
        const bool root = ::geteuid() == 0;
        const QString storeDir = path(u"ro-folder-store"_s);
        const QString repo = path(u"ro-folder-repo"_s);
        const QString store = storeDir + u"/store.sqlite"_s;
        const QString readme = repo + u"/README.md"_s;
        QVERIFY(QDir().mkpath(storeDir) && QDir().mkpath(repo));
        QVERIFY(copyStore(m_baseStore, store));
        QVERIFY(writeFile(readme, m_small));
        if (root) {
            QVERIFY(QFile::setPermissions(m_dir.path(),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::ExeOther));
            for (const QString &p : {storeDir, store, repo, readme})
                QVERIFY(::chown(QFile::encodeName(p).constData(), NobodyId, NobodyId) == 0);
        }
        QVERIFY(QFile::setPermissions(
            repo, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        ChildOptions o;
        o.unprivileged = true;
        if (root) {
            // The binary and the store must be reachable for nobody (a build in a private home
            // folder is not).
            const ChildRun probe = runApp({u"--db"_s, store, u"lists"_s}, o);
            if (!probe.started || probe.code != 0)
                QSKIP("the app cannot run as nobody here");
        }
        const ChildRun r
            = runApp({u"--db"_s, store, u"export"_s, u"--list"_s, u"Small"_s, u"-o"_s, readme}, o);
        QVERIFY(
            QFile::setPermissions(repo, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(r.started && !r.crashed);
        QCOMPARE(r.code, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 u"awesome-curator: Cannot write %1: Permission denied"_s.arg(readme));
        QCOMPARE(readFile(readme), m_small);
        QCOMPARE(QDir(repo).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"README.md"_s});
    }

    void cleanupTestCase()
    {
        const auto report = [](const char *what, const Tally &t) {
            qInfo("%s: %d runs, %d killed mid-run; %d all, %d none (%d of them killed while "
                  "the change was partly on disk); %d stray temporary files",
                  what, t.runs, t.killed, t.all, t.none, t.midWrite, t.strayFiles);
        };
        report("import", m_import);
        report("re-import", m_reimport);
        report("batch import", m_drop);
        report("export", m_export);
    }
};

QTEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
