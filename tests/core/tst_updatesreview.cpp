// What the review of a sweep shows (issue 18): the kind's words, the fields a proposal changes,
// and the flag a notice leaves on its entry, read back from what Updates::apply writes.
#include "curation/curation.h"
#include "store/readmeio.h"
#include "store/store.h"
#include "updates/review.h"
#include "updates/sweep.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Curator;
using namespace Curator::Updates;

class TestUpdatesReview : public QObject
{
    Q_OBJECT

    static EntryFields preprint()
    {
        EntryFields f;
        f.authors = u"Fenner, M., & Clark, T."_s;
        f.title = u"A Data Citation Roadmap"_s;
        f.url = u"https://doi.org/10.1101/097196"_s;
        f.venue = u"bioRxiv"_s;
        f.yearText = u"2016"_s;
        f.year = 2016;
        f.doi = u"10.1101/097196"_s;
        return f;
    }

private slots:
    void publishedVersionChangesVenueYearDoi()
    {
        Proposal p;
        p.kind = Proposal::Kind::PublishedVersion;
        p.before = preprint();
        p.after = p.before;
        p.after.venue = u"Scientific Data"_s;
        p.after.yearText = u"2019"_s;
        p.after.year = 2019;
        p.after.doi = u"10.1038/s41597-019-0031-8"_s;
        const QList<FieldChange> c = changesOf(p);
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].field, u"Venue"_s);
        QCOMPARE(c[0].before, u"bioRxiv"_s);
        QCOMPARE(c[0].after, u"Scientific Data"_s);
        QCOMPARE(c[1].field, u"Year"_s);
        QCOMPARE(c[1].after, u"2019"_s);
        QCOMPARE(c[2].field, u"DOI"_s);
        QCOMPARE(c[2].before, u"10.1101/097196"_s);
        QVERIFY(!offersNoticeAction(p));
        QCOMPARE(kindName(p.kind), u"Published version"_s);
    }

    void noticeShowsItsDoiDateAndSource()
    {
        Proposal p;
        p.kind = Proposal::Kind::Retraction;
        p.before = preprint();
        p.after = p.before;
        p.after.title = u"RETRACTED: "_s + p.before.title;
        p.notice = {u"retraction"_s, u"10.1/ret"_s, QDate(2021, 3, 4), u"retraction-watch"_s, {}};
        p.source = u"Retraction Watch"_s;
        const QList<FieldChange> c = changesOf(p);
        QCOMPARE(c.size(), 4);
        QCOMPARE(c[0].field, u"Title"_s);
        QCOMPARE(c[1].field, u"Notice DOI"_s);
        QVERIFY(c[1].before.isEmpty());
        QCOMPARE(c[1].after, u"10.1/ret"_s);
        QCOMPARE(c[2].after, u"2021-03-04"_s);
        QCOMPARE(c[3].after, u"Retraction Watch"_s);
        QVERIFY(offersNoticeAction(p));
        p.kind = Proposal::Kind::Correction;
        QVERIFY(!offersNoticeAction(p));
    }

    void flagFromTagsAndNotes()
    {
        QVERIFY(!noticeFlagOf({}, u"anything"_s));
        QVERIFY(!noticeFlagOf({u"corrected"_s, u"survey"_s}, u"corrected 2012 (notice 10.1/x)"_s));
        const auto flag = noticeFlagOf(
            {u"survey"_s, u"retracted"_s},
            u"Read for the survey, see 10.5555/other\nretracted 2021-03-04 (notice 10.1136/ret, X)\n"_s);
        QVERIFY(flag);
        QCOMPARE(flag->tag, u"retracted"_s);
        QCOMPARE(flag->note, u"retracted 2021-03-04 (notice 10.1136/ret, X)"_s);
        // Retracted outranks an expression of concern; a note in other words still names its DOI.
        const auto both = noticeFlagOf({u"expression-of-concern"_s, u"retracted"_s},
                                       u"zurückgezogen 10.1136/r"_s);
        QCOMPARE(both->tag, u"retracted"_s);
        QCOMPARE(both->note, u"zurückgezogen 10.1136/r"_s);
        QCOMPARE(flagName(u"withdrawn"_s), u"Withdrawn"_s);
    }

    // What apply() writes is what the table reads its flag from, whichever action was chosen.
    void applyLeavesTheFlag()
    {
        QTemporaryDir dir;
        Store s;
        QVERIFY(s.open(dir.filePath(u"s.sqlite"_s)));
        const ImportReport r
            = importReadme(s,
                           "# L\n\n## P\n\nFenner, M., & Clark, T. [**A Data Citation Roadmap**]"
                           "(https://doi.org/10.1136/x) Journal (2016)\n",
                           {});
        QVERIFY(r.ok);
        const QList<Entry> entries = s.entries(r.listId);
        QCOMPARE(entries.size(), 1);
        for (const auto &[kind, action, tag] :
             {std::tuple{Proposal::Kind::Retraction, NoticeAction::Keep, u"retracted"_s},
              std::tuple{Proposal::Kind::ExpressionOfConcern, NoticeAction::Annotate,
                         u"expression-of-concern"_s}}) {
            Proposal p;
            p.kind = kind;
            p.entryId = entries[0].id;
            p.before = entries[0].fields;
            p.after = p.before;
            p.notice = {u"x"_s, u"10.1136/x-notice"_s, QDate(2021, 3, 4), u"publisher"_s, {}};
            p.source = u"Crossref"_s;
            Curation curation(s);
            QString error;
            QVERIFY2(apply(curation, {{p, false, action}}, &error), qPrintable(error));
            const auto e = s.entry(p.entryId);
            const auto flag = noticeFlagOf(e->tags, e->notes);
            QVERIFY(flag);
            QCOMPARE(flag->tag, tag);
            QVERIFY2(flag->note.contains(u"10.1136/x-notice"_s), qPrintable(flag->note));
            QVERIFY(flag->note.contains(u"2021-03-04"_s));
            QVERIFY(curation.undo());
            QVERIFY(!noticeFlagOf(s.entry(p.entryId)->tags, s.entry(p.entryId)->notes));
        }
    }
};

QTEST_GUILESS_MAIN(TestUpdatesReview)
#include "tst_updatesreview.moc"
