// Tools → Contributions (issue 17): the inbox over real git repositories and a loopback GitHub;
// the selected pull request as entries and findings, the review previewed in full, posted only
// after the confirmation, exactly as shown.
#include "clirun.h"
#include "inboxdialog.h"
#include "inboxfixture.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "store/store.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Curator;

class TestInboxWindow : public QObject
{
    Q_OBJECT

    Test::InboxFixture m_fx;

private slots:
    void initTestCase()
    {
        const QString error = m_fx.setUp([](const QStringList &args) {
            const Test::CliRun r = Test::runCli(args);
            if (r.code != 0)
                qWarning() << r.err;
            return r.code;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void inboxReviewAndPost()
    {
        // What the READMEs say only (the online checks have tests of their own).
        QSettings().setValue(u"contributions/online"_s, false);
        Store store;
        QVERIFY(store.open(m_fx.db()));
        MainWindow w(store);
        w.resize(1200, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *action = w.findChild<QAction *>(u"actionContributions"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        InboxDialog *inbox = w.inboxDialog();
        QVERIFY(inbox);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isLoading(), 20000);
        QCOMPARE(inbox->items().size(), 8);
        auto *pulls = inbox->findChild<QTreeWidget *>(u"pullTree"_s);
        QCOMPARE(pulls->topLevelItemCount(), 8);
        QCOMPARE(pulls->topLevelItem(1)->text(0), u"#2  Add an older study"_s);
        QCOMPARE(pulls->topLevelItem(1)->text(2), u"+1 ~0 −0"_s);
        QCOMPARE(pulls->topLevelItem(1)->text(3), u"1 errors, 0 warnings"_s);
        QCOMPARE(pulls->topLevelItem(6)->text(2), u"README unchanged"_s);
        QCOMPARE(pulls->topLevelItem(7)->text(1),
                 u"alice, fork alice/awesome-neuro-ai-papers, draft"_s);
        QCOMPARE(pulls->topLevelItem(0)->text(3), u"none"_s);
        const auto *status = inbox->findChild<QLabel *>(u"statusLabel"_s);
        QCOMPARE(status->text(),
                 u"8 open pull requests of neuro/awesome-neuro-ai-papers; 7 change README.md, 4 "
                 "of them with errors."_s);

        // #4: the link inside the link, its fix as a suggestion in the preview.
        QVERIFY(inbox->selectPull(4));
        auto *findings = inbox->findChild<QTreeWidget *>(u"findingTree"_s);
        QCOMPARE(findings->topLevelItemCount(), 2);
        QCOMPARE(findings->topLevelItem(0)->text(1), u"Adds"_s);
        QCOMPARE(findings->topLevelItem(1)->text(1), u"Error: malformed-link"_s);
        const QString preview
            = inbox->findChild<QPlainTextEdit *>(u"reviewPreview"_s)->toPlainText();
        QVERIFY2(preview.startsWith(u"Review (REQUEST_CHANGES) as it would be posted:"_s),
                 qPrintable(preview));
        QVERIFY(preview.contains(u"On README.md, line 15:"_s));
        QVERIFY(preview.contains(u"```suggestion\nDoe, J. [**Brains**](https://arxiv.org/abs/"
                                 "2507.11111) arXiv (2025)\n```"_s));
        auto *post = inbox->findChild<QPushButton *>(u"postButton"_s);
        auto *merge = inbox->findChild<QPushButton *>(u"mergeButton"_s);
        QVERIFY(post->isEnabled());
        QVERIFY(merge->isEnabled());
        // A draft is not merged from here; a pull request that leaves the README has no review.
        QVERIFY(inbox->selectPull(8));
        QVERIFY(!merge->isEnabled());
        QVERIFY(inbox->selectPull(7));
        QVERIFY(!post->isEnabled());
        QVERIFY(inbox->selectPull(4));
        if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(inbox->grab().save(dir + u"/contributions.png"_s));

        // Cancel sends nothing.
        Test::TestHttpServer &github = m_fx.github();
        Test::Response posted;
        posted.body
            = R"({"id":81,"html_url":"https://github.com/neuro/awesome-neuro-ai-papers/pull/4#pullrequestreview-81"})";
        github.route("POST", "/repos/neuro/awesome-neuro-ai-papers/pulls/4/reviews", posted);
        github.reset();
        Test::whenShown<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QTest::mouseClick(post, Qt::LeftButton);
        QTest::qWait(100);
        QVERIFY(github.requests().isEmpty());

        // Yes posts what the preview showed.
        QSignalSpy answered(inbox, &InboxDialog::answered);
        const auto draft = inbox->draft();
        QVERIFY(draft);
        Test::whenShown<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(u"requests changes, with 1 comments on README.md"_s));
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(post, Qt::LeftButton);
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(
            answered.constFirst().constFirst().toString(),
            u"Review posted on #4: https://github.com/neuro/awesome-neuro-ai-papers/pull/4#pullrequestreview-81"_s);
        QCOMPARE(github.requests().size(), 1);
        QCOMPARE(github.requests().constFirst().body,
                 QJsonDocument(draft->toJson()).toJson(QJsonDocument::Compact));

        // Take Over #2: the entry in the list (one undo step), the list's own pull request,
        // the contributor thanked.
        github.route("POST", "/repos/neuro/awesome-neuro-ai-papers/pulls",
                     Test::TestHttpServer::fixture(u"github/create_pull_201.json"_s, 201));
        Test::Response commented;
        commented.status = 201;
        commented.body = R"({"id":2})";
        github.route("POST", "/repos/neuro/awesome-neuro-ai-papers/issues/2/comments", commented);
        QVERIFY(inbox->selectPull(2));
        auto *takeOver = inbox->findChild<QPushButton *>(u"takeOverButton"_s);
        QVERIFY(takeOver->isEnabled());
        Test::whenShown<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 20000);
        QCOMPARE(answered.constLast().constFirst().toString(),
                 u"Took #2 over in https://github.com/testgh3py/github3py/pull/1 and thanked the "
                 "contributor."_s);
        QAction *undo = w.findChild<QAction *>(u"actionUndo"_s);
        QVERIFY2(undo->text().contains(u"Take over 1 entries of #2"_s), qPrintable(undo->text()));
        bool found = false;
        store.forEachEntry(w.currentListId(), [&found](const Entry &e) {
            found = found || e.fields.arxivId == u"1901.01234"_s;
            return true;
        });
        QVERIFY(found);
    }

    // #4 from a fork that allows maintainer edits: Push Fix-Up shows the diff it will push and
    // pushes one commit to the contributor's branch.
    void fixUpFromTheWindow()
    {
        Test::GitSandbox &git = m_fx.git();
        const QString fork = git.root() + u"/fork-window.git"_s;
        QVERIFY(git.git(git.root(), {u"init"_s, u"-q"_s, u"--bare"_s, fork}).ok());
        const QString contrib = git.root() + u"/contrib"_s;
        QVERIFY(git.git(contrib, {u"push"_s, u"-q"_s, fork, u"pr4:refs/heads/pr4"_s}).ok());
        const QByteArray repo = "neuro/awesome-neuro-ai-papers";
        m_fx.github().route(
            "GET", "/repos/" + repo + "/pulls?state=open&per_page=100",
            Test::InboxFixture::json(QJsonArray{
                m_fx.pull(4, u"Add Brains"_s, u"doe"_s, u"doe/awesome-neuro-ai-papers"_s, false,
                          std::nullopt, fork),
                m_fx.pull(5, u"Add brains and transformers"_s, u"doe"_s),
            }));
        QSettings().setValue(u"contributions/online"_s, false);
        Store store;
        QVERIFY(store.open(m_fx.db()));
        MainWindow w(store);
        w.show();
        w.findChild<QAction *>(u"actionContributions"_s)->trigger();
        InboxDialog *inbox = w.inboxDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isLoading() && inbox->items().size() == 2, 20000);
        auto *fixUp = inbox->findChild<QPushButton *>(u"fixUpButton"_s);
        QVERIFY(inbox->selectPull(5));
        QVERIFY(!fixUp->isEnabled()); // no maintainer edits
        QVERIFY(inbox->selectPull(4));
        QVERIFY(fixUp->isEnabled());
        QSignalSpy answered(inbox, &InboxDialog::answered);
        QString details;
        Test::whenShown<QMessageBox>([&details](QMessageBox *box) {
            details = box->detailedText();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(fixUp, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
        QCOMPARE(answered.constFirst().constFirst().toString(),
                 u"Pushed a fix-up to doe/awesome-neuro-ai-papers (pr4)."_s);
        QVERIFY2(details.contains(u"+Doe, J. [**Brains**](https://arxiv.org/abs/2507.11111) arXiv "
                                  "(2025)"_s),
                 qPrintable(details));
        const QByteArray pushed
            = git.git(git.root(), {u"--git-dir"_s, fork, u"show"_s, u"pr4:README.md"_s}).out;
        QVERIFY(pushed.contains("Doe, J. [**Brains**](https://arxiv.org/abs/2507.11111) arXiv "
                                "(2025)"));
        QVERIFY(!pushed.contains("([https://"));
    }
};

QTEST_MAIN(TestInboxWindow)
#include "tst_inboxwindow.moc"
