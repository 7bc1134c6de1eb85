// refresh, as a maintainer runs it: the proposed rows, --json, --apply as one undo step.
#include "clirun.h"
#include "testdata.h"
#include "updateservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestUpdateCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::UpdateServices m_services;
    QString m_db;

    static Test::CliRun run(const QStringList &args) { return Test::runCli(args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_services.start());
        const QString readme = m_dir.filePath(u"README.md"_s);
        QVERIFY(Test::writeFile(readme, Test::UpdateServices::readme()));
        m_db = m_dir.filePath(u"refresh.sqlite"_s);
        QCOMPARE(run({u"--db"_s, m_db, u"import"_s, readme}).code, 0);
    }

    void rowsThenApply()
    {
        Test::CliRun r = run({u"--db"_s, m_db, u"refresh"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8); // 7 rows and the closing line
        QVERIFY2(lines.filter(u"[x] retracted  Construction of a reference material panel"_s).size()
                     == 1,
                 r.out.constData());
        QVERIFY(lines.filter(u"[ ] corrected  Methylphenidate"_s).size() == 1);
        QVERIFY(lines.filter(u"[x] published  The impact of structural variation"_s).size() == 1);
        QCOMPARE(lines.last(), u"7 proposed changes; --apply applies those marked [x]."_s);
        const QByteArray before = run({u"--db"_s, m_db, u"export"_s}).out;

        r = run({u"--db"_s, m_db, u"refresh"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 7);
        int notices = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(u"before"_s) && o.contains(u"after"_s) && o.contains(u"entry"_s));
            notices += o[u"notice"_s].isObject() ? 1 : 0;
        }
        QCOMPARE(notices, 2);

        r = run({u"--db"_s, m_db, u"refresh"_s, u"--apply"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Update 5 entries from their sources."), r.out.constData());
        const QByteArray after = run({u"--db"_s, m_db, u"export"_s}).out;
        QVERIFY(after.contains("[**RETRACTED: Construction"));
        QVERIFY(after.contains("Nature Genetics (2017)\n\nXu"));
        QVERIFY(!before.contains("RETRACTED"));
        // Only the rows not marked are left: the published versions are in, the retraction is
        // annotated (and its mark is not taken for a changed title).
        r = run({u"--db"_s, m_db, u"refresh"_s});
        QVERIFY2(r.out.endsWith("2 proposed changes; --apply applies those marked [x].\n"),
                 r.out.constData());
        r = run({u"--db"_s, m_db, u"undo"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(run({u"--db"_s, m_db, u"export"_s}).out, before);
    }

    void usage()
    {
        QCOMPARE(run({u"--db"_s, m_db, u"refresh"_s, u"extra"_s}).code, 2);
        QCOMPARE(run({u"--db"_s, m_db, u"refresh"_s, u"--list"_s, u"Nope"_s}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestUpdateCommands)
#include "tst_updatecommands.moc"
