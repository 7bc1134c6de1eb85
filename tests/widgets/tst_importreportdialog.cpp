#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Curator;
using Outcome = Curator::BatchItem::Outcome;

namespace {

BatchItem line(Outcome outcome, const QString &source, const QString &message = {},
               qint64 duplicateOf = 0)
{
    BatchItem item;
    item.outcome = outcome;
    item.source = source;
    item.message = message;
    item.duplicateOf = duplicateOf;
    return item;
}

// The report of a drop with one line of each kind, two of them duplicates.
BatchReport mixedReport()
{
    BatchReport r;
    BatchItem added = line(Outcome::Added, u"stamped.pdf"_s);
    added.fields.title = u"The ELM Neuron"_s;
    added.fields.yearText = u"2023"_s;
    BatchItem failed = line(Outcome::Failed, u"broken.pdf"_s, u"The PDF could not be read."_s);
    failed.fields.title = u"never shown"_s;
    r.items = {added,
               line(Outcome::Duplicate, u"arXiv 1605.08386"_s, u"Already in the list."_s, 7),
               line(Outcome::NeedsReview, u"https://example.org/<b>blog</b>"_s,
                    u"The page has <i>no</i> citation metadata."_s),
               failed,
               line(Outcome::Duplicate, u"DOI 10.1038/ng.3834"_s, u"Already in the list."_s, 9),
               line(Outcome::Skipped, u"https://example.org/slow"_s)};
    r.added = 2;
    r.needsReview = 1;
    r.duplicates = 2;
    r.failed = 1;
    r.skipped = 1;
    return r;
}

} // namespace

class TestImportReportDialog final : public QObject
{
    Q_OBJECT

    static QTreeWidget *tree(ImportReportDialog &d)
    {
        return d.findChild<QTreeWidget *>(u"itemsTree"_s);
    }
    static QPushButton *mergeButton(ImportReportDialog &d)
    {
        const auto buttons = d.findChild<QDialogButtonBox *>(u"buttonBox"_s)->buttons();
        for (QAbstractButton *b : buttons) {
            if (b->text().contains(u"Merge"_s))
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }

private slots:
    void summary_data()
    {
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("needsReview");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<bool>("canceled");
        QTest::addColumn<QString>("expected");

        QTest::newRow("everything") << 5 << 1 << 2 << 1 << 0 << false
                                    << u"Added 5, 1 need review, 2 duplicates, 1 failed"_s;
        QTest::newRow("nothing") << 0 << 0 << 0 << 0 << 0 << false << u"Added 0"_s;
        QTest::newRow("canceled") << 3 << 0 << 0 << 0 << 4 << true
                                  << u"Added 3, 4 skipped (canceled)"_s;
    }
    void summary()
    {
        QFETCH(int, added);
        QFETCH(int, needsReview);
        QFETCH(int, duplicates);
        QFETCH(int, failed);
        QFETCH(int, skipped);
        QFETCH(bool, canceled);
        QFETCH(QString, expected);
        BatchReport r;
        r.added = added;
        r.needsReview = needsReview;
        r.duplicates = duplicates;
        r.failed = failed;
        r.skipped = skipped;
        r.canceled = canceled;
        QCOMPARE(ImportReportDialog::summary(r), expected);

        ImportReportDialog dialog;
        dialog.setReport(r);
        QCOMPARE(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text(), expected);
    }

    // One row per line, in order, its texts shown as plain text.
    void rows()
    {
        ImportReportDialog dialog;
        const BatchReport report = mixedReport();
        dialog.setReport(report);
        QTreeWidget *t = tree(dialog);
        QCOMPARE(t->topLevelItemCount(), report.items.size());
        for (int i = 0; i < report.items.size(); ++i) {
            const QTreeWidgetItem *row = t->topLevelItem(i);
            QCOMPARE(row->text(0), ImportReportDialog::outcomeText(report.items.at(i).outcome));
            QCOMPARE(row->text(1), report.items.at(i).source);
            QCOMPARE(row->text(3), report.items.at(i).message);
            QVERIFY(!row->icon(0).isNull());
        }
        // The paper each line added, by title and year; nothing for a failure.
        QCOMPARE(t->topLevelItem(0)->text(2), u"The ELM Neuron (2023)"_s);
        QCOMPARE(t->topLevelItem(3)->text(2), QString());
        // Markup in a page's address or message is escaped in tool tips, never rendered.
        QVERIFY(t->topLevelItem(2)->toolTip(3).contains(u"&lt;i&gt;no&lt;/i&gt;"_s));
        QVERIFY(t->topLevelItem(2)->toolTip(1).contains(u"&lt;b&gt;blog&lt;/b&gt;"_s));
        QCOMPARE(dialog.findChild<QLabel *>(u"summaryLabel"_s)->textFormat(), Qt::PlainText);
    }

    // Duplicates (and only they) offer a merge, off by default; the choice comes back as the
    // lines' indices, and "Merge Selected" accepts the dialog.
    void mergeChoice()
    {
        ImportReportDialog dialog;
        dialog.setReport(mixedReport());
        QTreeWidget *t = tree(dialog);
        QPushButton *merge = mergeButton(dialog);
        QVERIFY(merge);
        QVERIFY(!merge->isHidden());
        QVERIFY(!merge->isEnabled());
        QVERIFY(dialog.mergeRows().isEmpty());
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            const bool duplicate = i == 1 || i == 4;
            QCOMPARE(bool(t->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable), duplicate);
            if (duplicate)
                QCOMPARE(t->topLevelItem(i)->checkState(4), Qt::Unchecked);
        }

        t->topLevelItem(4)->setCheckState(4, Qt::Checked);
        QCOMPARE(dialog.mergeRows(), QList<int>{4});
        QVERIFY(merge->isEnabled());
        t->topLevelItem(1)->setCheckState(4, Qt::Checked);
        QCOMPARE(dialog.mergeRows(), (QList<int>{1, 4}));
        t->topLevelItem(4)->setCheckState(4, Qt::Unchecked);
        QCOMPARE(dialog.mergeRows(), QList<int>{1});

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        merge->click();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.mergeRows(), QList<int>{1});
    }

    // Without duplicates there is nothing to merge: no button, no column; Close rejects.
    void nothingToMerge()
    {
        BatchReport report;
        report.items = {line(Outcome::Added, u"a.pdf"_s),
                        // A duplicate without the entry it duplicates cannot be merged.
                        line(Outcome::Duplicate, u"b.pdf"_s, u"?"_s, 0)};
        ImportReportDialog dialog;
        dialog.setReport(report);
        QVERIFY(mergeButton(dialog)->isHidden());
        QVERIFY(tree(dialog)->isColumnHidden(4));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)
            ->button(QDialogButtonBox::Close)
            ->click();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(dialog.mergeRows().isEmpty());
    }
};

QTEST_MAIN(TestImportReportDialog)
#include "tst_importreportdialog.moc"
