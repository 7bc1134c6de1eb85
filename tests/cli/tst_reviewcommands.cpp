// check, as a list's CI runs it on a pull request: the README before and after, read as entries.
#include "clirun.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestReviewCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;

    QString head(const QByteArray &atTop, const QString &name)
    {
        QByteArray text = Test::readFile(m_base);
        text.insert(text.indexOf("Evanson, L., Bulteau"), atTop);
        const QString path = m_dir.filePath(name);
        return Test::writeFile(path, text) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(u"base.md"_s);
        QVERIFY(Test::writeFile(m_base, Test::readFile(Test::seedReadmePath())));
    }

    void goodContributionPasses()
    {
        const QString path
            = head("Roe, R. [**A new paper on brains**](https://arxiv.org/abs/2508.00001) arXiv "
                   "(2025)\n\n",
                   u"good.md"_s);
        const Test::CliRun r = Test::runCli({u"check"_s, path, u"--base"_s, m_base});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 u"+ 15  Papers  “A new paper on brains”, 2025\n"
                 "1 added, 0 changed, 0 removed; 0 errors, 0 warnings\n"_s);
    }

    void errorsFail()
    {
        const QString path
            = head("Smith, A. [**An older study**](https://arxiv.org/abs/1901.01234) "
                   "arXiv (2019)\n\n- [Brains](https://arxiv.org/abs/2507.11111) - "
                   "A study.\n\n",
                   u"bad.md"_s);
        const Test::CliRun r = Test::runCli({u"check"_s, path, u"--base"_s, m_base});
        QCOMPARE(r.code, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"15  error  order  Out of year order: “Papers” is newest first, "
                                "so 2019 goes above line 113 (“Dendritic solutions to the credit "
                                "assignment problem”, 2019)."_s),
                 r.out.constData());
        QVERIFY2(lines.contains(u"    → [**Brains**](https://arxiv.org/abs/2507.11111)"_s),
                 r.out.constData());
        QCOMPARE(lines.constLast(), u"2 added, 0 changed, 0 removed; 2 errors, 0 warnings"_s);

        const Test::CliRun j = Test::runCli({u"check"_s, path, u"--base"_s, m_base, u"--json"_s});
        QCOMPARE(j.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value(u"changes"_s).toArray().size(), 2);
        const QJsonObject added = o.value(u"changes"_s).toArray().at(0).toObject();
        QCOMPARE(added.value(u"kind"_s).toString(), u"added"_s);
        QCOMPARE(added.value(u"after"_s).toObject().value(u"arxiv"_s).toString(), u"1901.01234"_s);
        QVERIFY(added.value(u"before"_s).isNull());
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(1).toObject().keys(),
                 (QStringList{u"code"_s, u"fix"_s, u"line"_s, u"message"_s, u"severity"_s}));
        QCOMPARE(findings.at(1).toObject().value(u"code"_s).toString(), u"grammar"_s);
        QCOMPARE(findings.at(1).toObject().value(u"line"_s).toInt(), 17);
    }

    void usage()
    {
        QCOMPARE(Test::runCli({u"check"_s, m_base}).code, 2);
        QCOMPARE(Test::runCli({u"check"_s, u"--base"_s, m_base}).code, 2);
        const Test::CliRun missing
            = Test::runCli({u"check"_s, m_dir.filePath(u"nope.md"_s), u"--base"_s, m_base});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("nope.md"));
    }
};

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
