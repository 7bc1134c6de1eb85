// check, as a list's CI runs it on a pull request: the README before and after, read as entries.
#include "clirun.h"
#include "testdata.h"
#include "testhttpserver.h"

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

    // --online: arXiv's record against the entry, and the link tried (both through arXiv's API
    // on the loopback server: it knows 1605.08386 and nothing else).
    void online()
    {
        Test::TestHttpServer arxiv;
        QVERIFY(arxiv.listen());
        arxiv.routeHandler("GET", "/api/query?*", [](const Test::Request &r) {
            return Test::TestHttpServer::fixture(
                r.path.contains("1605.08386") ? u"arxiv/2026_id_list_1605.08386.atom.xml"_s
                                              : u"arxiv/2026_id_list_0000.0000_empty.atom.xml"_s);
        });
        for (const char *v : {"CURATOR_ARXIV_API", "CURATOR_CROSSREF_API", "CURATOR_DOI_API",
                              "CURATOR_GITHUB_API", "CURATOR_WAYBACK_API"})
            qputenv(v, arxiv.baseUrl().toString().toUtf8());
        const QByteArray base = "# Papers\n\nAnn, A. [**An old paper**](https://example.org/old) "
                                "Venue (2010)\n";
        QByteArray head = base;
        head.insert(10,
                    "Smith, J. [**Random walks on graphs**](https://arxiv.org/abs/1605.08386) "
                    "arXiv (2016)\n\n"
                    "Doe, J. [**A paper arXiv never had**](https://arxiv.org/abs/2508.99999) "
                    "arXiv (2016)\n\n");
        const QString basePath = m_dir.filePath(u"online-base.md"_s);
        const QString headPath = m_dir.filePath(u"online-head.md"_s);
        QVERIFY(Test::writeFile(basePath, base));
        QVERIFY(Test::writeFile(headPath, head));
        // Offline, nothing is wrong with either.
        QCOMPARE(Test::runCli({u"check"_s, headPath, u"--base"_s, basePath}).code, 0);
        const Test::CliRun r
            = Test::runCli({u"check"_s, headPath, u"--base"_s, basePath, u"--online"_s});
        QCOMPARE(r.code, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"3  warning  metadata  arXiv has another title: “Heat-bath "
                                "random walks with Markov bases”."_s),
                 r.out.constData());
        QVERIFY2(lines.contains(u"3  warning  metadata  arXiv names Stanley as the first author; "
                                "the entry does not name them."_s),
                 r.out.constData());
        bool broken = false;
        for (const QString &l : lines)
            broken = broken || l.startsWith(u"5  error  link  The link is broken: "_s);
        QVERIFY2(broken, r.out.constData());
        QCOMPARE(lines.constLast(), u"2 added, 0 changed, 0 removed; 1 errors, 2 warnings"_s);
        QVERIFY2(lines.contains(u"5  error  link  The link is broken: there is no arXiv "
                                "2508.99999."_s),
                 r.out.constData());
        // One request to arXiv for both (the look-ups answer for the links too); the old
        // paper's link was not tried: only what the change proposes is.
        QCOMPARE(arxiv.requests().size(), 1);
        for (const Test::Request &q : arxiv.requests())
            QVERIFY(!q.path.contains("example.org"));
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
