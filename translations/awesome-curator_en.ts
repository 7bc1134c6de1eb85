<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Curator::BatchImporter</name>
    <message numerus="yes">
        <location filename="../src/core/importing/batchimport.cpp" line="+208"/>
        <source>Only the first %n items of a drop are imported.</source>
        <translation>
            <numerusform>Only the first %n item of a drop is imported.</numerusform>
            <numerusform>Only the first %n items of a drop are imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+616"/>
        <source>Add %n dropped entries</source>
        <translation>
            <numerusform>Add %n dropped entry</numerusform>
            <numerusform>Add %n dropped entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>Added %n</source>
        <translation type="unfinished">
            <numerusform>Added %n</numerusform>
            <numerusform>Added %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need review</source>
        <translation type="unfinished">
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicates</source>
        <translation type="unfinished">
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::ChangeSummary</name>
    <message numerus="yes">
        <location filename="../src/core/git/changesummary.cpp" line="+386"/>
        <source>Add %n papers</source>
        <translation>
            <numerusform>Add %n paper</numerusform>
            <numerusform>Add %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Update %n papers</source>
        <translation>
            <numerusform>Update %n paper</numerusform>
            <numerusform>Update %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>update %n</source>
        <comment>papers</comment>
        <translation>
            <numerusform>update %n</numerusform>
            <numerusform>update %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n papers</source>
        <translation>
            <numerusform>Remove %n paper</numerusform>
            <numerusform>Remove %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>remove %n</source>
        <comment>papers</comment>
        <translation>
            <numerusform>remove %n</numerusform>
            <numerusform>remove %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Cli</name>
    <message numerus="yes">
        <location filename="../src/cli/commandline.cpp" line="+237"/>
        <source>The store has %n lists; choose one with --list: %1</source>
        <translation>
            <numerusform>The store has %n list; choose one with --list: %1</numerusform>
            <numerusform>The store has %n lists; choose one with --list: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/lookupcommands.cpp" line="+126"/>
        <source>Add %n entries</source>
        <translation>
            <numerusform>Add %n entry</numerusform>
            <numerusform>Add %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/updatecommands.cpp" line="+90"/>
        <source>%n proposed changes; --apply applies those marked [x].</source>
        <translation>
            <numerusform>%n proposed change; --apply applies it if marked [x].</numerusform>
            <numerusform>%n proposed changes; --apply applies those marked [x].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/reviewcommands.cpp" line="+295"/>
        <source>Pushed a fix-up of %n entries to %1 (%2).</source>
        <translation>
            <numerusform>Pushed a fix-up of %n entry to %1 (%2).</numerusform>
            <numerusform>Pushed a fix-up of %n entries to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Took over %n entries of #%1 into the list.</source>
        <translation>
            <numerusform>Took over %n entry of #%1 into the list.</numerusform>
            <numerusform>Took over %n entries of #%1 into the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Posting a review (%1) with %n comments:</source>
        <translation>
            <numerusform>Posting a review (%1) with %n comment:</numerusform>
            <numerusform>Posting a review (%1) with %n comments:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Curation</name>
    <message numerus="yes">
        <location filename="../src/core/curation/curation.cpp" line="+198"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+6"/>
        <source>Move %n entries</source>
        <translation>
            <numerusform>Move %n entry</numerusform>
            <numerusform>Move %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::DropClassifier</name>
    <message numerus="yes">
        <location filename="../src/core/importing/dropclassifier.cpp" line="+86"/>
        <source>Only the first %n item(s) were taken; the rest was ignored.</source>
        <translation>
            <numerusform>Only the first %n item was taken; the rest was ignored.</numerusform>
            <numerusform>Only the first %n items were taken; the rest was ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::ExportPane</name>
    <message numerus="yes">
        <location filename="../src/widgets/exportpane.cpp" line="+163"/>
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%1: %2 added, %3 removed, in %n place(s).</source>
        <translation>
            <numerusform>%1: %2 added, %3 removed, in %n place.</numerusform>
            <numerusform>%1: %2 added, %3 removed, in %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n place(s) of the README were changed both here and in the repository. Which version should the list keep?</source>
        <translation>
            <numerusform>%n place of the README was changed both here and in the repository. Which version should the list keep?</numerusform>
            <numerusform>%n places of the README were changed both here and in the repository. Which version should the list keep?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The repository&apos;s README no longer has %n entry(s). Remove them from the list too?</source>
        <translation>
            <numerusform>The repository&apos;s README no longer has %n entry. Remove it from the list too?</numerusform>
            <numerusform>The repository&apos;s README no longer has %n entries. Remove them from the list too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::GitHubClient</name>
    <message numerus="yes">
        <location filename="../src/core/git/githubclient.cpp" line="+280"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 did not answer within %n second(s). The pull request may or may not have been opened: look on GitHub before trying again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. The pull request may or may not have been opened: look on GitHub before trying again.</numerusform>
            <numerusform>%1 did not answer within %n seconds. The pull request may or may not have been opened: look on GitHub before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+150"/>
        <source>GitHub&apos;s rate limit for this token is used up (HTTP %1); it resets at %2, in %n minute(s).</source>
        <translation>
            <numerusform>GitHub&apos;s rate limit for this token is used up (HTTP %1); it resets at %2, in %n minute.</numerusform>
            <numerusform>GitHub&apos;s rate limit for this token is used up (HTTP %1); it resets at %2, in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::GitRunner</name>
    <message numerus="yes">
        <location filename="../src/core/git/gitrunner.cpp" line="+244"/>
        <source>“%1” did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>“%1” did not finish within %n second and was stopped.</numerusform>
            <numerusform>“%1” did not finish within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::InboxDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/inboxdialog.cpp" line="+126"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>Post this review on #%1 (it %2, with %n comments on %3)?</source>
        <translation>
            <numerusform>Post this review on #%1 (it %2, with %n comment on %3)?</numerusform>
            <numerusform>Post this review on #%1 (it %2, with %n comments on %3)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Its review found %n errors.</source>
        <translation>
            <numerusform>Its review found %n error.</numerusform>
            <numerusform>Its review found %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>Push a commit to %1 (branch %2) that writes %n entries as the list writes them?</source>
        <translation>
            <numerusform>Push a commit to %1 (branch %2) that writes %n entry as the list writes it?</numerusform>
            <numerusform>Push a commit to %1 (branch %2) that writes %n entries as the list writes them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Links</name>
    <message numerus="yes">
        <location filename="../src/core/links/pagecheck.cpp" line="+210"/>
        <source>rate-limited (HTTP 429) after %n retries</source>
        <translation>
            <numerusform>rate-limited (HTTP 429) after %n retry</numerusform>
            <numerusform>rate-limited (HTTP 429) after %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>server error (HTTP %1) after %n retries</source>
        <translation>
            <numerusform>server error (HTTP %1) after %n retry</numerusform>
            <numerusform>server error (HTTP %1) after %n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Links::LinkHealth</name>
    <message numerus="yes">
        <location filename="../src/core/links/linkhealth.cpp" line="+37"/>
        <source>%n links: </source>
        <translation>
            <numerusform>%n link: </numerusform>
            <numerusform>%n links: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="+1210"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>Showing %1 of %n entry</numerusform>
            <numerusform>Showing %1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-562"/>
        <source>Copied %n entries as Markdown.</source>
        <translation>
            <numerusform>Copied %n entry as Markdown.</numerusform>
            <numerusform>Copied %n entries as Markdown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+428"/>
        <source>The sources propose %n changes.</source>
        <translation>
            <numerusform>The sources propose %n change.</numerusform>
            <numerusform>The sources propose %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+210"/>
        <source>Delete the list &quot;%1&quot; and its %n entries from the store?

The README file is not touched, and Edit → Undo brings the list back.</source>
        <translation>
            <numerusform>Delete the list &quot;%1&quot; and its %n entry from the store?

The README file is not touched, and Edit → Undo brings the list back.</numerusform>
            <numerusform>Delete the list &quot;%1&quot; and its %n entries from the store?

The README file is not touched, and Edit → Undo brings the list back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Imported %1: %n entries (%2 new, %3 removed).</source>
        <translation>
            <numerusform>Imported %1: %n entry (%2 new, %3 removed).</numerusform>
            <numerusform>Imported %1: %n entries (%2 new, %3 removed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+246"/>
        <source>Delete %n entries?</source>
        <translation>
            <numerusform>Delete %n entry?</numerusform>
            <numerusform>Delete %n entries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Metadata</name>
    <message numerus="yes">
        <location filename="../src/core/metadata/resolver.cpp" line="+55"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::PdfInspector</name>
    <message numerus="yes">
        <location filename="../src/core/importing/pdfinspector.cpp" line="+792"/>
        <source>Stopped reading “%1” after %n second(s): its pages are unusually complex.</source>
        <translation>
            <numerusform>Stopped reading “%1” after %n second: its pages are unusually complex.</numerusform>
            <numerusform>Stopped reading “%1” after %n seconds: its pages are unusually complex.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeIO</name>
    <message numerus="yes">
        <location filename="../src/core/store/readmeio.cpp" line="+118"/>
        <source>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</source>
        <translation>
            <numerusform>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</numerusform>
            <numerusform>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeSync</name>
    <message numerus="yes">
        <location filename="../src/core/git/readmesync.cpp" line="+201"/>
        <source>%n place(s) of the README were changed both here and in the repository. Choose which version to keep.</source>
        <translation type="unfinished">
            <numerusform>%n place of the README was changed both here and in the repository. Choose which version to keep.</numerusform>
            <numerusform>%n places of the README were changed both here and in the repository. Choose which version to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The repository&apos;s README no longer has %n entry(s): %1. Confirm to remove them here too.</source>
        <translation type="unfinished">
            <numerusform>The repository&apos;s README no longer has %n entry: %1. Confirm to remove it here too.</numerusform>
            <numerusform>The repository&apos;s README no longer has %n entries: %1. Confirm to remove them here too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Review::Inbox</name>
    <message numerus="yes">
        <location filename="../src/core/review/inbox.cpp" line="+377"/>
        <source>Take over %n entries of #%1</source>
        <translation>
            <numerusform>Take over %n entry of #%1</numerusform>
            <numerusform>Take over %n entries of #%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::SidebarModel</name>
    <message numerus="yes">
        <location filename="../src/widgets/sidebarmodel.cpp" line="+49"/>
        <source>List %1, %n entries</source>
        <translation>
            <numerusform>List %1, %n entry</numerusform>
            <numerusform>List %1, %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Section %1, %n entries</source>
        <translation>
            <numerusform>Section %1, %n entry</numerusform>
            <numerusform>Section %1, %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::TokenProvider</name>
    <message numerus="yes">
        <location filename="../src/core/git/githubtoken.cpp" line="+143"/>
        <source>The GitHub CLI did not answer within %n second(s).</source>
        <translation>
            <numerusform>The GitHub CLI did not answer within %n second.</numerusform>
            <numerusform>The GitHub CLI did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The system keychain did not answer within %n second(s); set GH_TOKEN instead.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; set GH_TOKEN instead.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; set GH_TOKEN instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Updates::Sweep</name>
    <message numerus="yes">
        <location filename="../src/core/updates/sweep.cpp" line="+581"/>
        <source>Asking bioRxiv about %n preprints…</source>
        <translation>
            <numerusform>Asking bioRxiv about %n preprint…</numerusform>
            <numerusform>Asking bioRxiv about %n preprints…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>Looking up %n entries…</source>
        <translation>
            <numerusform>Looking up %n entry…</numerusform>
            <numerusform>Looking up %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Looking up %n published versions…</source>
        <translation>
            <numerusform>Looking up %n published version…</numerusform>
            <numerusform>Looking up %n published versions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-226"/>
        <source>Update %n entries from their sources</source>
        <translation>
            <numerusform>Update %n entry from its source</numerusform>
            <numerusform>Update %n entries from their sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::UpdatesDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/updatesdialog.cpp" line="+67"/>
        <source>The sources propose %n changes to %1 entries. Title and author changes are not checked at first: a list often shortens them on purpose.</source>
        <translation>
            <numerusform>The sources propose %n change to %1 entries. Title and author changes are not checked at first: a list often shortens them on purpose.</numerusform>
            <numerusform>The sources propose %n changes to %1 entries. Title and author changes are not checked at first: a list often shortens them on purpose.</numerusform>
        </translation>
    </message>
</context>
</TS>
