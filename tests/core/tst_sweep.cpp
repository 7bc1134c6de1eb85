// Keeping a list current (issue 18) against loopback services answering with recorded (or
// recorded-shape) bodies: a preprint whose arXiv record names its journal DOI, one with only a
// journal reference, a bioRxiv preprint Crossref links to its journal version, a bioRxiv
// preprint only bioRxiv's API knows as published, a retracted paper, a corrected one, and a paper
// with nothing new. Applying a selection is one undo step, and the README changes exactly there.
#include "curation/curation.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "testdata.h"
#include "textdiff.h"
#include "updates/sweep.h"
#include "updateservices.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Updates;
using Curator::Test::Response;
using Curator::Test::TestHttpServer;

class TestSweep : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    Test::UpdateServices m_services;
    int m_n = 0;

    qint64 openList(Store &s)
    {
        if (!s.open(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_n))))
            return 0;
        const ImportReport r = importReadme(s, Test::UpdateServices::readme(), {});
        return r.ok ? r.listId : 0;
    }

    struct Swept
    {
        QList<Proposal> proposals;
        QString error;
        bool done = false;
    };

    Swept sweep(Store &s, qint64 listId, bool refresh = false)
    {
        Sweep sweep(s, &m_nam);
        Swept out;
        connect(&sweep, &Sweep::finished, this,
                [&out](const QList<Proposal> &p, const QString &error, bool) {
                    out.proposals = p;
                    out.error = error;
                    out.done = true;
                });
        sweep.start(listId, refresh);
        (void)QTest::qWaitFor([&out] { return out.done; }, 60000);
        return out;
    }

    static const Proposal *find(const QList<Proposal> &all, Proposal::Kind kind,
                                const QString &titleStart)
    {
        for (const Proposal &p : all) {
            if (p.kind == kind && p.before.title.startsWith(titleStart))
                return &p;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_services.start());
    }

    void proposalsForEachCase()
    {
        Store s;
        const qint64 list = openList(s);
        QVERIFY(list);
        const Swept swept = sweep(s, list);
        QVERIFY2(swept.done && swept.error.isEmpty(), qPrintable(swept.error));
        QStringList all;
        for (const Proposal &p : swept.proposals)
            all << p.kindKey() + u": "_s + p.before.title.left(30) + u" → "_s + p.summary();
        qInfo().noquote() << all.join(u'\n');

        using K = Proposal::Kind;
        // arXiv names the journal DOI; Crossref has no record of it: the journal reference
        // gives venue and year.
        const Proposal *grasp = find(swept.proposals, K::PublishedVersion, u"On neuromech"_s);
        QVERIFY(grasp);
        QCOMPARE(grasp->after.doi, u"10.1186/s12984-017-0305-3"_s);
        QCOMPARE(grasp->after.venue, u"Journal of NeuroEngineering and Rehabilitation"_s);
        QCOMPARE(grasp->after.yearText, u"2017"_s);
        QCOMPARE(grasp->source, u"arXiv"_s);
        QCOMPARE(grasp->after.url, grasp->before.url); // the preprint's link stays
        QCOMPARE(grasp->publishedUrl, u"https://doi.org/10.1186/s12984-017-0305-3"_s);
        // Only a journal reference.
        const Proposal *jupiters = find(swept.proposals, K::PublishedVersion, u"Frequency"_s);
        QVERIFY(jupiters);
        QCOMPARE(jupiters->after.venue, u"ActaAstron."_s);
        QVERIFY(jupiters->after.doi.isEmpty());
        // Crossref's is-preprint-of.
        const Proposal *roadmap = find(swept.proposals, K::PublishedVersion, u"A Data Citation"_s);
        QVERIFY(roadmap);
        QCOMPARE(roadmap->after.doi, u"10.1038/s41597-019-0031-8"_s);
        QCOMPARE(roadmap->source, u"Crossref"_s);
        // The journal version's own record is not served here: the row says so rather than
        // presenting the preprint server as where it was published.
        QCOMPARE(roadmap->after.venue, u"bioRxiv"_s);
        QCOMPARE(roadmap->summary(),
                 u"published as DOI 10.1038/s41597-019-0031-8 (venue and year not known: its "
                 "record could not be read)"_s);
        // bioRxiv's API names the journal version; Crossref's record of it gives the venue.
        const Proposal *variation
            = find(swept.proposals, K::PublishedVersion, u"The impact of structural"_s);
        QVERIFY(variation);
        QCOMPARE(variation->before.doi, u"10.1101/055962"_s);
        QCOMPARE(variation->after.doi, u"10.1038/ng.3834"_s);
        QCOMPARE(variation->after.venue, u"Nature Genetics"_s);
        QCOMPARE(variation->after.yearText, u"2017"_s);
        QCOMPARE(variation->source, u"bioRxiv"_s);
        // A retraction (checked by default), a correction (not).
        const Proposal *retracted = find(swept.proposals, K::Retraction, u"Construction"_s);
        QVERIFY(retracted);
        QVERIFY(retracted->checkedByDefault);
        QCOMPARE(retracted->notice.doi, u"10.1136/jclinpath-2020-206745ret"_s);
        QCOMPARE(retracted->notice.date, QDate(2021, 3, 4));
        QCOMPARE(retracted->source, u"Retraction Watch"_s);
        QVERIFY(retracted->after.title.startsWith(u"RETRACTED: Construction"_s));
        const Proposal *corrected = find(swept.proposals, K::Correction, u"Methylphenidate"_s);
        QVERIFY(corrected);
        QVERIFY(!corrected->checkedByDefault);
        QCOMPARE(corrected->notice.date, QDate(2012, 5, 8));
        // The title the list shortened differs from arXiv's: offered, not checked.
        const Proposal *title = find(swept.proposals, K::Title, u"On neuromech"_s);
        QVERIFY(title);
        QVERIFY(!title->checkedByDefault);
        QVERIFY(title->after.title.startsWith(u"On Neuromechanical Approaches"_s));
        // The published paper with nothing new, and the rest: nothing else.
        for (const Proposal &p : swept.proposals)
            QVERIFY2(p.before.doi != u"10.1038/ng.3834"_s, qPrintable(p.summary()));
        QCOMPARE(swept.proposals.size(), 7);
        // arXiv: one request for both ids.
        QCOMPARE(m_services.arxiv.requests().size(), 1);
    }

    // The chosen rows in one step; the README changes in those entries' lines and nowhere else;
    // undo takes all of it back.
    void applyIsOneStep()
    {
        Store s;
        const qint64 list = openList(s);
        QVERIFY(list);
        const Swept swept = sweep(s, list);
        QVERIFY(swept.done);
        QList<Choice> choices;
        for (const Proposal &p : swept.proposals) {
            if (!p.checkedByDefault)
                continue;
            Choice c;
            c.proposal = p;
            c.usePublishedLink = p.before.title.startsWith(u"A Data Citation"_s);
            choices << c;
        }
        QCOMPARE(choices.size(), 5);
        const QByteArray before = exportReadme(s, list).data;
        Curation curation(s);
        QString error;
        QVERIFY2(apply(curation, choices, &error), qPrintable(error));
        QCOMPARE(curation.undoText(), u"Update 5 entries from their sources"_s);
        const QByteArray after = exportReadme(s, list).data;
        QByteArray want = before;
        want.replace("grasp**](https://arxiv.org/abs/1710.08557) arXiv (2017)",
                     "grasp**](https://arxiv.org/abs/1710.08557) Journal of NeuroEngineering and "
                     "Rehabilitation (2017)");
        want.replace("Bulge**](https://arxiv.org/abs/astro-ph/0601001) arXiv (2006)",
                     "Bulge**](https://arxiv.org/abs/astro-ph/0601001) ActaAstron. (2006)");
        want.replace("Repositories**](https://doi.org/10.1101/097196) bioRxiv (2016)",
                     "Repositories**](https://doi.org/10.1038/s41597-019-0031-8) bioRxiv (2016)");
        want.replace("expression**](https://www.biorxiv.org/content/10.1101/055962v2) bioRxiv "
                     "(2016)",
                     "expression**](https://www.biorxiv.org/content/10.1101/055962v2) Nature "
                     "Genetics (2017)");
        want.replace("[**Construction", "[**RETRACTED: Construction");
        if (after != want)
            qWarning().noquote() << TextDiff::unified(TextDiff::diff(want, after));
        QCOMPARE(QString::fromUtf8(after), QString::fromUtf8(want));
        const auto retracted = s.entry(choices[4].proposal.entryId);
        QVERIFY(retracted->tags.contains(u"retracted"_s));
        QVERIFY(retracted->notes.contains(u"10.1136/jclinpath-2020-206745ret"_s));
        QCOMPARE(retracted->fields.doi, u"10.1136/jclinpath-2020-206745"_s);

        QVERIFY(curation.undo());
        QCOMPARE(exportReadme(s, list).data, before);
        QVERIFY(s.entry(choices[4].proposal.entryId)->tags.isEmpty());
    }

    // Remove and keep: the entry goes, or stays as it is but noted and tagged.
    void noticeActions()
    {
        Store s;
        const qint64 list = openList(s);
        const Swept swept = sweep(s, list);
        const Proposal *retracted = find(swept.proposals, Proposal::Kind::Retraction, u"Constr"_s);
        const Proposal *corrected
            = find(swept.proposals, Proposal::Kind::Correction, u"Methylphenidate"_s);
        QVERIFY(retracted && corrected);
        Curation curation(s);
        QString error;
        const QByteArray before = exportReadme(s, list).data;
        QVERIFY(apply(
            curation,
            {{*retracted, false, NoticeAction::Remove}, {*corrected, false, NoticeAction::Keep}},
            &error));
        QVERIFY(!s.entry(retracted->entryId));
        QCOMPARE(s.entryCount(list), 6);
        const auto kept = s.entry(corrected->entryId);
        QCOMPARE(kept->fields, corrected->before);
        QVERIFY(kept->tags.contains(u"corrected"_s));
        const TextDiff::Diff d = TextDiff::diff(before, exportReadme(s, list).data);
        QCOMPARE(d.added, 0);
        QCOMPARE(d.removed, 2); // the entry and the blank line after it
        QByteArray removed;
        for (const TextDiff::Hunk &h : d.hunks) {
            for (const TextDiff::Line &l : h.lines)
                removed += l.kind == TextDiff::Line::Removed ? l.text : QByteArray();
        }
        QVERIFY2(removed.contains("Construction"), removed.constData());
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
