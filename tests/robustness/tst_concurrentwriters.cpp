// Two processes on one store: the command line (the real binary, importing and adding in a loop)
// and the app (a Store in this process) write at the same time. Every write of both lands, or
// fails saying the store is busy (never SQLite's bare "database is locked"), and the store stays
// whole.

#include "childapp.h"
#include "identifier.h"
#include "store/readmeio.h"
#include "store/store.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Test;

namespace {

constexpr int ImportEntries = 10000;

const char BusyMessage[] = "The store is busy";

EntryFields inProcessPaper(int i)
{
    EntryFields f;
    f.authors = u"Hopfield, J. J."_s;
    f.title = u"In-process write %1"_s.arg(i);
    f.url = u"https://example.org/in-process/%1"_s.arg(i);
    f.venue = u"PNAS"_s;
    f.year = 1982 + i % 40;
    f.yearText = QString::number(f.year);
    return f;
}

qint64 firstSection(Store &s, qint64 listId)
{
    const QList<Section> sections = s.sections(listId);
    return sections.isEmpty() ? 0 : sections.first().id;
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_listPath;
    QByteArray m_list;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(appBinary()).isExecutable(), qPrintable(appBinary()));
        m_list = makeList(ImportEntries, 11);
        QVERIFY(!m_list.isEmpty());
        m_listPath = m_dir.filePath(u"list.md"_s);
        QVERIFY(writeFile(m_listPath, m_list));
    }

    // Several commands started together on a store that does not exist yet, while this process
    // opens it too: each creates or finds it, none fails.
    void firstOpenTogether()
    {
        for (int round = 0; round < 3; ++round) {
            const QString store = m_dir.filePath(u"new-%1.sqlite"_s.arg(round));
            std::vector<std::unique_ptr<QProcess>> children;
            for (int i = 0; i < 6; ++i) {
                children.push_back(std::make_unique<QProcess>());
                prepareChild(*children.back(), {u"--db"_s, store, u"lists"_s});
                children.back()->start();
            }
            Store s;
            QVERIFY2(s.open(store), qPrintable(s.errorString()));
            for (auto &p : children) {
                QVERIFY(p->waitForFinished(30000));
                QCOMPARE(p->exitStatus(), QProcess::NormalExit);
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            }
            QCOMPARE(s.schemaVersion(), Store::SchemaVersion);
            QCOMPARE(integrityProblems(s), QString());
        }
    }

    // The command line imports and adds, one command after another, while this process adds
    // entries and creates lists the whole time.
    void writeTogether()
    {
        const QString store = m_dir.filePath(u"shared.sqlite"_s);
        constexpr int CliAdds = 4;
        constexpr int DoisPerAdd = 5;
        qint64 inProcessList = 0;
        {
            Store s;
            QVERIFY(s.open(store));
            inProcessList = s.createList(u"InProcess"_s);
            QVERIFY(inProcessList && s.createList(u"CliAdds"_s));
            for (int i = 0; i < CliAdds * DoisPerAdd; ++i) {
                QVERIFY(s.cachePut(u"doi:"_s + Identifier::doiKey(cliDoi(i)), u"crossref"_s,
                                   crossrefRecord(i), u"application/json"_s));
            }
        }

        // Imports of 10,000 entries (the write lock held a few hundred ms), adds, and a
        // re-import of the first list (the update path).
        QList<QStringList> commands;
        QStringList importedLists;
        for (int i = 0; i < CliAdds; ++i) {
            const QString name = u"Cli%1"_s.arg(i);
            importedLists << name;
            commands << QStringList{u"import"_s, m_listPath, u"--list"_s, name};
            QStringList add{u"add"_s, u"--list"_s, u"CliAdds"_s};
            for (int j = 0; j < DoisPerAdd; ++j)
                add << cliDoi(i * DoisPerAdd + j);
            commands << add;
        }
        commands << QStringList{u"import"_s, m_listPath, u"--list"_s, u"Cli0"_s, u"--force"_s};

        Store s;
        QVERIFY(s.open(store));
        const qint64 section = firstSection(s, inProcessList);
        QVERIFY(section);
        QHash<int, qint64> added; // in-process write -> entry id
        QStringList createdLists;
        QStringList failures;
        int writes = 0;
        int writesWhileChildRan = 0;
        QList<QPair<QStringList, QByteArray>> failedCommands;
        QStringList addedDois;

        int next = 0;
        std::unique_ptr<QProcess> child;
        const auto startNext = [&] {
            child = std::make_unique<QProcess>();
            prepareChild(*child, QStringList{u"--db"_s, store} + commands.at(next++));
            child->start();
        };
        startNext();
        while (child || writes < 100) {
            if (child && child->waitForFinished(0)) {
                const QStringList args = child->arguments();
                const QByteArray err = child->readAllStandardError();
                const QByteArray out = child->readAllStandardOutput();
                QVERIFY2(!err.contains("locked"), err.constData());
                const bool ok
                    = child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0;
                if (!ok) {
                    QVERIFY2(err.contains(BusyMessage), err.constData());
                    failedCommands.append({args, err});
                }
                if (args.at(2) == u"add"_s) {
                    // Each paper of an add is its own write: one that met a busy store is
                    // named on stderr and the others are in. A command that failed naming
                    // none failed before its first write (opening the store).
                    QStringList done, named;
                    for (const QString &doi : args.mid(5))
                        (err.contains(doi.toUtf8()) ? named : done) << doi;
                    if (!ok && named.isEmpty())
                        done.clear();
                    QVERIFY(!ok || named.isEmpty());
                    QCOMPARE(out.count("Added: "), qsizetype(done.size()));
                    addedDois << done;
                }
                child.reset();
                if (next < commands.size())
                    startNext();
            }
            const bool childRuns = child != nullptr;
            // Most writes add an entry; every 20th creates a list.
            if (writes % 20 == 19) {
                const QString name = u"InProcess-%1"_s.arg(writes);
                if (s.createList(name))
                    createdLists << name;
                else
                    failures << s.errorString();
            } else if (const qint64 id = s.addEntry(section, inProcessPaper(writes))) {
                added.insert(writes, id);
            } else {
                failures << s.errorString();
            }
            ++writes;
            writesWhileChildRan += childRuns;
        }
        for (const QString &f : std::as_const(failures)) {
            QVERIFY2(f.contains(QLatin1StringView(BusyMessage)) && !f.contains(u"locked"_s),
                     qPrintable(f));
        }
        qInfo("%d commands (%d failed busy), %d in-process writes (%d while a command ran, %d "
              "failed busy)",
              int(commands.size()), int(failedCommands.size()), writes, writesWhileChildRan,
              int(failures.size()));
        QVERIFY2(writesWhileChildRan > 0, "the two processes never wrote at the same time");

        // Every write that succeeded is there, whichever process made it.
        s.close();
        Store after;
        QVERIFY(after.open(store));
        QCOMPARE(integrityProblems(after), QString());
        QCOMPARE(after.entryCount(inProcessList), int(added.size()));
        for (auto it = added.cbegin(); it != added.cend(); ++it) {
            const auto e = after.entry(it.value());
            QVERIFY(e);
            QCOMPARE(e->fields.title, inProcessPaper(it.key()).title);
        }
        for (const QString &name : std::as_const(createdLists))
            QVERIFY2(after.listByName(name), qPrintable(name));
        for (const QString &name : std::as_const(importedLists)) {
            const bool failed = std::any_of(failedCommands.cbegin(), failedCommands.cend(),
                                            [&](const auto &c) { return c.first.contains(name); });
            const auto l = after.listByName(name);
            if (failed && !l)
                continue;
            QVERIFY2(l, qPrintable(name));
            QCOMPARE(l->entryCount, ImportEntries);
            QVERIFY2(exportReadme(after, l->id).data == m_list, qPrintable(name));
        }
        const auto cliAdds = after.listByName(u"CliAdds"_s);
        QVERIFY(cliAdds);
        QStringList dois;
        for (const Entry &e : after.entries(cliAdds->id))
            dois << e.fields.doi;
        dois.sort();
        addedDois.sort();
        QCOMPARE(dois, addedDois);
    }

    // A store whose write lock another process holds for longer than the wait (5 s): the
    // command line and the app both fail saying so, and change nothing.
    void busyStoreSaysSo()
    {
        const QString store = m_dir.filePath(u"busy.sqlite"_s);
        Store holder;
        QVERIFY(holder.open(store));
        const qint64 listId = holder.createList(u"Held"_s);
        QVERIFY(listId);
        QVERIFY(holder.cachePut(u"doi:"_s + Identifier::doiKey(cliDoi(99)), u"crossref"_s,
                                crossrefRecord(99), u"application/json"_s));
        QVERIFY(holder.exec(u"BEGIN IMMEDIATE"_s));

        QProcess add, import;
        prepareChild(add, {u"--db"_s, store, u"add"_s, u"--list"_s, u"Held"_s, cliDoi(99)});
        prepareChild(import, {u"--db"_s, store, u"import"_s, m_listPath, u"--list"_s, u"Other"_s});
        add.start();
        import.start();
        // Meanwhile a window of the app tries too.
        Store app;
        QVERIFY(app.open(store));
        QCOMPARE(app.addEntry(firstSection(app, listId), inProcessPaper(0)), 0);
        const QString appError = app.errorString();
        QVERIFY(add.waitForFinished(30000) && import.waitForFinished(30000));
        QVERIFY(holder.exec(u"ROLLBACK"_s));

        QVERIFY2(appError.startsWith(QLatin1StringView(BusyMessage)), qPrintable(appError));
        for (QProcess *p : {&add, &import}) {
            const QByteArray err = p->readAllStandardError();
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 1);
            QVERIFY2(err.contains(BusyMessage) && !err.contains("locked"), err.constData());
        }
        QCOMPARE(integrityProblems(app), QString());
        QCOMPARE(app.entryCount(listId), 0);
        QVERIFY(!app.listByName(u"Other"_s));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
