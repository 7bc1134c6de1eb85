<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Curator::BatchImporter</name>
    <message>
        <location filename="../src/core/importing/batchimport.cpp" line="+160"/>
        <location line="+304"/>
        <source>Identifiers and links cannot be looked up now.</source>
        <translation>Kennungen und Links können jetzt nicht nachgeschlagen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="-256"/>
        <source>Only the first %n items of a drop are imported.</source>
        <translation>
            <numerusform>Beim Ablegen wird nur %n Element importiert.</numerusform>
            <numerusform>Beim Ablegen werden nur die ersten %n Elemente importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder holds no PDF files (its subfolders are not searched).</source>
        <translation>Der Ordner enthält keine PDF-Dateien (seine Unterordner werden nicht durchsucht).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not a PDF: only PDFs, links, DOIs and arXiv identifiers can be imported.</source>
        <translation>Kein PDF: Nur PDFs, Links, DOIs und arXiv-IDs können importiert werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing here can be imported.</source>
        <translation>Nichts hiervon kann importiert werden.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The downloaded PDF could not be saved for reading: %1</source>
        <translation>Das heruntergeladene PDF konnte nicht zum Lesen gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The PDF names no DOI or arXiv identifier: the entry was made from its title and authors.</source>
        <translation>Das PDF nennt weder DOI noch arXiv-ID: Der Eintrag wurde aus Titel und Autoren erstellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The linked PDF says nothing about itself: the entry shows the address.</source>
        <translation>Das verlinkte PDF enthält keine Angaben über sich selbst: Der Eintrag zeigt die Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF names no identifier and has no title that could be read.</source>
        <translation>Das PDF nennt keine Kennung und hat keinen lesbaren Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF could not be read.</source>
        <translation>Das PDF konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The look-up of %1 failed (%2): the entry was made from what the page says.</source>
        <translation>Die Abfrage von %1 ist fehlgeschlagen (%2): Der Eintrag wurde aus den Angaben der Seite erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The look-up of %1 failed (%2): the entry was made from what the PDF says.</source>
        <translation>Die Abfrage von %1 ist fehlgeschlagen (%2): Der Eintrag wurde aus den Angaben des PDFs erstellt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The page does not exist (HTTP %1).</source>
        <translation>Die Seite existiert nicht (HTTP %1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The page has no title or citation metadata: the entry shows the address.</source>
        <translation>Die Seite hat weder Titel noch Zitationsmetadaten: Der Eintrag zeigt die Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page has no citation metadata: the entry&apos;s title is the page&apos;s title.</source>
        <translation>Die Seite hat keine Zitationsmetadaten: Der Titel des Eintrags ist der Titel der Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the page&apos;s citation metadata.</source>
        <translation>Aus den Zitationsmetadaten der Seite.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Crossref cannot be asked now.</source>
        <translation>Crossref kann jetzt nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Crossref lists no work with the PII %1: the entry shows the address.</source>
        <translation>Crossref führt kein Werk mit der PII %1: Der Eintrag zeigt die Adresse.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Canceled before it was done.</source>
        <translation>Vor dem Abschluss abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>Add %n dropped entries</source>
        <translation>
            <numerusform>%n abgelegten Eintrag hinzufügen</numerusform>
            <numerusform>%n abgelegte Einträge hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The entries could not be added.</source>
        <translation>Die Einträge konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dropped twice: the same paper as “%1” above.</source>
        <translation>Zweimal abgelegt: Dieselbe Arbeit wie „%1“ weiter oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the list as “%1”.</source>
        <translation>Bereits in der Liste als „%1“.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This line is not a duplicate of an entry.</source>
        <translation>Diese Zeile ist kein Duplikat eines Eintrags.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %n</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>separates the counts of the import summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (canceled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>Curator::ChangeSummary</name>
    <message>
        <location filename="../src/core/git/changesummary.cpp" line="+206"/>
        <source>%1 et al.</source>
        <translation>%1 et al.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <comment>authors, year</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;</source>
        <comment>a paper&apos;s title</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; (%2)</source>
        <comment>a paper&apos;s title (authors, year)</comment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %1</source>
        <comment>a paper</comment>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update %1</source>
        <comment>a paper</comment>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <comment>a paper</comment>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Update README</source>
        <translation>README aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Add %n papers</source>
        <translation>
            <numerusform>%n Arbeit hinzufügen</numerusform>
            <numerusform>%n Arbeiten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Update %n papers</source>
        <translation>
            <numerusform>%n Arbeit aktualisieren</numerusform>
            <numerusform>%n Arbeiten aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>update %n</source>
        <comment>papers</comment>
        <translation>
            <numerusform>%n aktualisieren</numerusform>
            <numerusform>%n aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n papers</source>
        <translation>
            <numerusform>%n Arbeit entfernen</numerusform>
            <numerusform>%n Arbeiten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>remove %n</source>
        <comment>papers</comment>
        <translation>
            <numerusform>%n entfernen</numerusform>
            <numerusform>%n entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <comment>parts of a commit subject</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other changes to the README</source>
        <translation>Weitere Änderungen an der README</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Made with Awesome Curator.</source>
        <translation>Erstellt mit Awesome Curator.</translation>
    </message>
</context>
<context>
    <name>Curator::Citations</name>
    <message>
        <location filename="../src/core/citations/citations.cpp" line="+327"/>
        <source>There is no such list.</source>
        <translation>Diese Liste gibt es nicht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Curator::Cli</name>
    <message>
        <location filename="../src/cli/runner.h" line="+52"/>
        <source>Use the store at &lt;path&gt; instead of the default one.</source>
        <translation>Die Datenbank unter &lt;path&gt; statt der Standarddatenbank verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list to work on (by name).</source>
        <translation>Die zu bearbeitende Liste (nach Name).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: write the README to &lt;file&gt; (default: standard output).</source>
        <translation>export: Die README nach &lt;file&gt; schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lists, entries, lookup, check-links, refresh, check: print JSON.</source>
        <translation>lists, entries, lookup, check-links, refresh, check: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entries: only the entries that match &lt;text&gt;, as the window&apos;s search box finds them (words, a year, a DOI, an arXiv id or a link).</source>
        <translation>entries: nur die Einträge, die zu &lt;text&gt; passen, so wie das Suchfeld des Fensters sie findet (Wörter, ein Jahr, eine DOI, eine arXiv-ID oder ein Link).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lookup, add, check-links: ask the services again instead of the cache.</source>
        <translation>lookup, add, check-links: Die Dienste erneut abfragen, statt den Cache zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: markdown (the README, by default), bibtex, csljson or csv.</source>
        <translation>export: markdown (die README, Standard), bibtex, csljson oder csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refresh: apply the proposed changes marked [x].</source>
        <translation>refresh: Die mit [x] markierten vorgeschlagenen Änderungen übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link-rules: add a rule (a regular expression matched anywhere in a link).</source>
        <translation>link-rules: Eine Regel hinzufügen (ein regulärer Ausdruck, der an beliebiger Stelle eines Links passen darf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>link-rules: write the rules to &lt;file&gt; as lychee reads them (.lycheeignore beside the README).</source>
        <translation>link-rules: Die Regeln so nach &lt;file&gt; schreiben, wie lychee sie liest (.lycheeignore neben der README).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import: keep unreadable entry-like paragraphs as text, and replace entries edited since the last export.</source>
        <translation>import: Unlesbare, eintragsähnliche Absätze als Text behalten und seit dem letzten Export bearbeitete Einträge ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link: the git clone&apos;s folder.</source>
        <translation>link: Der Ordner des git-Klons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link: the README&apos;s path inside the clone (README.md).</source>
        <translation>link: Der Pfad der README innerhalb des Klons (README.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link, pr: the remote to push to (origin, or your fork).</source>
        <translation>link, pr: Das Remote, auf das gepusht wird (origin oder Ihr Fork).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link, pr: the branch pull requests target (main); check: the README before the change.</source>
        <translation>link, pr: Der Branch, auf den Pull-Requests zielen (main); check: Die README vor der Änderung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link: the GitHub repository pull requests go to.</source>
        <translation>link: Das GitHub-Repository, an das Pull-Requests gehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: write the README into the list&apos;s linked clone.</source>
        <translation>export: Die README in den verknüpften Klon der Liste schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync, pr: remove the entries the repository&apos;s README no longer has.</source>
        <translation>sync, pr: Die Einträge entfernen, die die README des Repositorys nicht mehr enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync, pr: where both sides changed one place, keep &quot;ours&quot; (the store&apos;s) or &quot;theirs&quot; (the repository&apos;s).</source>
        <translation>sync, pr: Wo beide Seiten dieselbe Stelle geändert haben, „ours“ (die Fassung der Datenbank) oder „theirs“ (die des Repositorys) behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pr: print the branch, commit message and diff; change nothing.</source>
        <translation>pr: Branch, Commit-Nachricht und Diff ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review: post the review shown (suggestions on the README&apos;s lines).</source>
        <translation>review: Das angezeigte Review veröffentlichen (Vorschläge an den Zeilen der README).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review: squash-merge the pull request, if its head is the one read.</source>
        <translation>review: Den Pull-Request per Squash-Merge zusammenführen, wenn sein Head der gelesene ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review: add the pull request&apos;s entries to the list as it writes them and open a pull request of its own (Co-authored-by the contributor, &quot;Closes #N&quot;); the contributor is thanked on theirs.</source>
        <translation>review: Die Einträge des Pull-Requests so in die Liste übernehmen, wie die Liste sie schreibt, und einen eigenen Pull-Request öffnen (Co-authored-by mit dem Beitragenden, „Closes #N“); dem Beitragenden wird in seinem Pull-Request gedankt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review: push a commit to the contributor&apos;s branch that writes the entries as the list writes them (where they allowed maintainer edits).</source>
        <translation>review: Einen Commit auf den Branch des Beitragenden pushen, der die Einträge so schreibt, wie die Liste sie schreibt (wo dieser Bearbeitungen durch Maintainer erlaubt hat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check: also ask arXiv and Crossref about each proposed entry and try its link.</source>
        <translation>check: Zu jedem vorgeschlagenen Eintrag auch arXiv und Crossref abfragen und seinen Link ausprobieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review: only what the READMEs say; no look-ups, no link checks.</source>
        <translation>review: Nur die Angaben der READMEs; keine Abfragen, keine Linkprüfungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+21"/>
        <source>read a README into a list</source>
        <translation>eine README in eine Liste einlesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a list&apos;s README (standard output, a file, or its linked clone), or its papers as BibTeX, CSL-JSON or CSV</source>
        <translation>die README einer Liste schreiben (auf die Standardausgabe, in eine Datei oder in ihren verknüpften Klon) oder ihre Arbeiten als BibTeX, CSL-JSON oder CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show the store&apos;s lists</source>
        <translation>die Listen der Datenbank anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show a list&apos;s entries (or those matching)</source>
        <translation>die Einträge einer Liste anzeigen (oder die passenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>take back the last change to the store (a command&apos;s or the window&apos;s)</source>
        <translation>die letzte Änderung an der Datenbank rückgängig machen (eines Befehls oder des Fensters)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bring back what undo took back</source>
        <translation>wiederherstellen, was undo rückgängig gemacht hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show the entries the ids would make</source>
        <translation>die Einträge zeigen, die aus den IDs würden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>look them up and add them</source>
        <translation>nachschlagen und hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add them as a drop on the window does</source>
        <translation>hinzufügen wie beim Ablegen auf dem Fenster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>link a list to a git clone</source>
        <translation>eine Liste mit einem git-Klon verknüpfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>merge the clone&apos;s README into the list</source>
        <translation>die README des Klons in die Liste übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open a pull request with the changes</source>
        <translation>einen Pull-Request mit den Änderungen öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check every link of a list or a README file; exit 1 if one is broken</source>
        <translation>alle Links einer Liste oder einer README-Datei prüfen; Rückgabewert 1, wenn einer defekt ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show or add the links check-links skips; write them for lychee</source>
        <translation>die Links anzeigen oder ergänzen, die check-links überspringt; sie für lychee schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find published versions, retractions and corrected metadata; --apply applies them</source>
        <translation>veröffentlichte Fassungen, Rückzüge und korrigierte Metadaten finden; --apply übernimmt sie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>review a changed README as entries (added, changed, removed) with findings; exit 1 on an error</source>
        <translation>eine geänderte README als Einträge prüfen (hinzugefügt, geändert, entfernt), mit Befunden; Rückgabewert 1 bei einem Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read the open pull requests that change the README as entries, with findings; exit 1 on an error; answer one with --post, --merge-pr, --take-over or --fix-up</source>
        <translation>die offenen Pull-Requests, die die README ändern, als Einträge lesen, mit Befunden; Rückgabewert 1 bei einem Fehler; auf einen mit --post, --merge-pr, --take-over oder --fix-up antworten</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+129"/>
        <source>Usage: awesome-curator %1</source>
        <translation>Aufruf: awesome-curator %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Awesome Curator keeps awesome lists of research papers.

Without a command it opens the window. Commands (COMMAND --help for one):</source>
        <translation>Awesome Curator pflegt Awesome-Listen wissenschaftlicher Arbeiten.

Ohne Befehl öffnet es das Fenster. Befehle (BEFEHL --help für einen):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The command&apos;s arguments.</source>
        <translation>Die Argumente des Befehls.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The store has no list named &quot;%1&quot;.</source>
        <translation>Die Datenbank enthält keine Liste namens „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store has no list yet; import a README first.</source>
        <translation>Die Datenbank enthält noch keine Liste; importieren Sie zuerst eine README.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The store has %n lists; choose one with --list: %1</source>
        <translation>
            <numerusform>Die Datenbank enthält %n Liste; wählen Sie eine mit --list aus: %1</numerusform>
            <numerusform>Die Datenbank enthält %n Listen; wählen Sie eine mit --list aus: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 does not take %2.</source>
        <translation>%1 nimmt kein %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommands.cpp" line="+35"/>
        <source>import takes one README file: import README.md [--list NAME]</source>
        <translation>import erwartet genau eine README-Datei: import README.md [--list NAME]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported %1 into the list &quot;%2&quot;: %3 entries in %4 sections (%5 new, %6 matched, %7 removed).</source>
        <translation>%1 in die Liste „%2“ importiert: %3 Einträge in %4 Abschnitten (%5 neu, %6 zugeordnet, %7 entfernt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export takes no file argument; use -o FILE.</source>
        <translation>export erwartet kein Dateiargument; verwenden Sie -o FILE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown format &quot;%1&quot;; the formats are markdown, bibtex, csljson and csv.</source>
        <translation>Unbekanntes Format „%1“; die Formate sind markdown, bibtex, csljson und csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export takes -o or --to-repo, not both.</source>
        <translation>export erwartet -o oder --to-repo, nicht beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run: awesome-curator sync --list &quot;%1&quot;</source>
        <translation>Führen Sie aus: awesome-curator sync --list &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>--to-repo writes the README; it takes no --format.</source>
        <translation>--to-repo schreibt die README; es erwartet kein --format.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>lists takes no arguments.</source>
        <translation>lists erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entries takes no arguments.</source>
        <translation>entries erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No entry of &quot;%1&quot; matches &quot;%2&quot;.</source>
        <translation>Kein Eintrag von &quot;%1&quot; passt zu &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>undo takes no arguments.</source>
        <translation>undo erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>redo takes no arguments.</source>
        <translation>redo erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/lookupcommands.cpp" line="+34"/>
        <source>not a DOI, an arXiv id, or a link to one</source>
        <translation>weder eine DOI noch eine arXiv-ID noch ein Link darauf</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>lookup takes one or more DOIs, arXiv ids or links.</source>
        <translation>lookup erwartet eine oder mehrere DOIs, arXiv-IDs oder Links.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>add takes one or more DOIs, arXiv ids or links.</source>
        <translation>add erwartet eine oder mehrere DOIs, arXiv-IDs oder Links.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Add %n entries</source>
        <translation>
            <numerusform>%n Eintrag hinzufügen</numerusform>
            <numerusform>%n Einträge hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 needs --list NAME.</source>
        <translation>%1 benötigt --list NAME.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list &quot;%1&quot; has no section &quot;%2&quot;.</source>
        <translation>Die Liste „%1“ hat keinen Abschnitt „%2“.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>already in the list: &quot;%1&quot;; not added.</source>
        <translation>bereits in der Liste: „%1“; nicht hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="-105"/>
        <source>One of: %1.</source>
        <translation>Einer von: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/lookupcommands.cpp" line="+10"/>
        <location line="+116"/>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>import-files takes PDFs, folders, links or identifiers.</source>
        <translation>import-files nimmt PDFs, Ordner, Links oder Kennungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import could not start.</source>
        <translation>Der Import konnte nicht beginnen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Added, needs review: %1</source>
        <translation>Hinzugefügt, zu prüfen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge into the existing entry</source>
        <translation>Mit dem vorhandenen Eintrag zusammenführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged: %1: %2</source>
        <translation>Zusammengeführt: %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not added: %1: %2</source>
        <translation>Nicht hinzugefügt: %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/repocommands.cpp" line="+18"/>
        <source>link needs --repo PATH (and --list NAME).</source>
        <translation>link benötigt --repo PATH (und --list NAME).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not inside a git clone.</source>
        <translation>%1 liegt nicht in einem git-Klon.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a GitHub repository name (owner/name).</source>
        <translation>„%1“ ist kein GitHub-Repository-Name (Besitzer/Name).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>A remote or branch name cannot begin with &quot;-&quot;.</source>
        <translation>Ein Remote- oder Branch-Name darf nicht mit „-“ beginnen.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Link to a clone</source>
        <translation>Mit einem Klon verknüpfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Linked &quot;%1&quot; to %2 (README %3, remote %4, base %5, GitHub %6).</source>
        <translation>„%1“ mit %2 verknüpft (README %3, Remote %4, Basis %5, GitHub %6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the remote&apos;s default</source>
        <translation>Standard des Remotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>sync takes no arguments.</source>
        <translation>sync erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>--prefer takes &quot;ours&quot; or &quot;theirs&quot;.</source>
        <translation>--prefer erwartet „ours“ oder „theirs“.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The list &quot;%1&quot; is not linked to a git clone; use link.</source>
        <translation>Die Liste „%1“ ist mit keinem git-Klon verknüpft; verwenden Sie link.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist; nothing to sync.</source>
        <translation>%1 existiert nicht; nichts abzugleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list already has every change of %1.</source>
        <translation>Die Liste enthält bereits jede Änderung von %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge the repository&apos;s README</source>
        <translation>README des Repositorys übernehmen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Changed on both sides at line %1:
  here:       %2
  repository: %3</source>
        <translation>Auf beiden Seiten geändert in Zeile %1:
  hier:       %2
  Repository: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.h" line="-86"/>
        <source>add, import-files: the section to add to (default: the first).</source>
        <translation>add, import-files: Der Abschnitt, in den eingefügt wird (Standard: der erste).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import-files: fill the gaps of entries the list has already from the duplicates found.</source>
        <translation>import-files: Lücken der Einträge, die die Liste schon hat, aus den gefundenen Duplikaten füllen.</translation>
    </message>
    <message>
        <location filename="../src/cli/repocommands.cpp" line="+59"/>
        <source>Run again with --yes.</source>
        <translation>Führen Sie den Befehl erneut mit --yes aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Run again with --prefer ours or --prefer theirs.</source>
        <translation>Führen Sie den Befehl erneut mit --prefer ours oder --prefer theirs aus.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Merged %1: %2 new, %3 changed, %4 removed.</source>
        <translation>%1 übernommen: %2 neu, %3 geändert, %4 entfernt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pr takes no arguments.</source>
        <translation>pr erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into: %1/%2</source>
        <translation>Ziel: %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into: %1, branch %2 (pushed to %3)</source>
        <translation>Ziel: %1, Branch %2 (gepusht nach %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit message:</source>
        <translation>Commit-Nachricht:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It no longer has: %1. Run again with --yes to remove them here.</source>
        <translation>Dort fehlt nun: %1. Führen Sie den Befehl erneut mit --yes aus, um dies auch hier zu entfernen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+80"/>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No command given. Try --help.</source>
        <translation>Kein Befehl angegeben. Siehe --help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command &quot;%1&quot;; the commands are %2. Try --help.</source>
        <translation>Unbekannter Befehl „%1“; die Befehle sind %2. Siehe --help.</translation>
    </message>
    <message>
        <location filename="../src/cli/linkcommands.cpp" line="+57"/>
        <source>check-links takes at most one README file.</source>
        <translation>check-links erwartet höchstens eine README-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-links takes a README file or --list, not both.</source>
        <translation>check-links erwartet eine README-Datei oder --list, nicht beides.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>link-rules takes no arguments; add a rule with --add.</source>
        <translation>link-rules erwartet keine Argumente; fügen Sie eine Regel mit --add hinzu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ignore links matching %1</source>
        <translation>Links ignorieren, die zu %1 passen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/updatecommands.cpp" line="+46"/>
        <source>refresh takes no arguments.</source>
        <translation>refresh erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Every entry is up to date.</source>
        <translation>Alle Einträge sind aktuell.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposed changes; --apply applies those marked [x].</source>
        <translation>
            <numerusform>%n vorgeschlagene Änderung; --apply übernimmt die mit [x] markierten.</numerusform>
            <numerusform>%n vorgeschlagene Änderungen; --apply übernimmt die mit [x] markierten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take it back with: awesome-curator undo</source>
        <translation>Rückgängig machen mit: awesome-curator undo</translation>
    </message>
    <message>
        <location filename="../src/cli/reviewcommands.cpp" line="+90"/>
        <source>%1 added, %2 changed, %3 removed; %4 errors, %5 warnings</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt; %4 Fehler, %5 Warnungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>check takes one README file and --base OLD-README.</source>
        <translation>check erwartet genau eine README-Datei und --base OLD-README.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is not a pull request number.</source>
        <translation>%1 ist keine Pull-Request-Nummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--post, --merge-pr, --take-over and --fix-up are different answers: give one.</source>
        <translation>--post, --merge-pr, --take-over und --fix-up sind verschiedene Antworten: Geben Sie nur eine davon an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--post, --merge-pr, --take-over and --fix-up answer one pull request: give its number.</source>
        <translation>--post, --merge-pr, --take-over und --fix-up antworten auf genau einen Pull-Request: Geben Sie seine Nummer an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list “%1” is not linked to a clone of a GitHub repository: link --list NAME --repo PATH [--github OWNER/NAME].</source>
        <translation>Die Liste „%1“ ist mit keinem Klon eines GitHub-Repositorys verknüpft: link --list NAME --repo PATH [--github OWNER/NAME].</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>awesome-curator: no GitHub token; reading public repositories only (GitHub allows 60 requests an hour without one).</source>
        <translation>awesome-curator: kein GitHub-Token; es werden nur öffentliche Repositorys gelesen (ohne Token erlaubt GitHub 60 Anfragen pro Stunde).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not touch %1</source>
        <translation>ändert %1 nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 open pull requests, %2 touching %3</source>
        <translation>%1 offene Pull-Requests, %2 davon ändern %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 has nothing to fix: it does not touch %2 or could not be read.</source>
        <translation>#%1 hat nichts zu korrigieren: Er ändert %2 nicht oder konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review of #%1 has nothing a fix-up can make; post it instead.</source>
        <translation>Das Review zu #%1 enthält nichts, was ein Korrektur-Commit umsetzen kann; veröffentlichen Sie es stattdessen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the entries as the list writes them, in year order</source>
        <translation>Einträge so schreiben, wie die Liste sie schreibt, nach Jahr geordnet</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pushed a fix-up of %n entries to %1 (%2).</source>
        <translation>
            <numerusform>Korrektur-Commit für %n Eintrag nach %1 (%2) gepusht.</numerusform>
            <numerusform>Korrektur-Commit für %n Einträge nach %1 (%2) gepusht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#%1 has no entries to take over: it does not touch %2 or could not be read.</source>
        <translation>#%1 hat keine Einträge zum Übernehmen: Er ändert %2 nicht oder konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Took over %n entries of #%1 into the list.</source>
        <translation>
            <numerusform>%n Eintrag aus #%1 in die Liste übernommen.</numerusform>
            <numerusform>%n Einträge aus #%1 in die Liste übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pushed %1, but no pull request was opened (%2); the entries stay in the list (Edit → Undo or undo takes them back).</source>
        <translation>%1 gepusht, aber es wurde kein Pull-Request geöffnet (%2); die Einträge bleiben in der Liste (Bearbeiten → Rückgängig oder undo nimmt sie zurück).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pull request is open, but the comment on #%1 could not be posted: %2</source>
        <translation>Der Pull-Request ist geöffnet, aber der Kommentar zu #%1 konnte nicht veröffentlicht werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thanked the contributor on #%1.</source>
        <translation>Dem Beitragenden wurde in #%1 gedankt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 has no review to post: it does not touch %2 or could not be read.</source>
        <translation>#%1 hat kein Review zum Veröffentlichen: Er ändert %2 nicht oder konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Posting a review (%1) with %n comments:</source>
        <translation>
            <numerusform>Review (%1) mit %n Kommentar wird veröffentlicht:</numerusform>
            <numerusform>Review (%1) mit %n Kommentaren wird veröffentlicht:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review posted: %1</source>
        <translation>Review veröffentlicht: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged #%1 (squashed).</source>
        <translation>#%1 zusammengeführt (Squash).</translation>
    </message>
</context>
<context>
    <name>Curator::Curation</name>
    <message>
        <location filename="../src/core/curation/curation.cpp" line="+115"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be undone: the entries it changed were changed again since (%2).</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: Die geänderten Einträge wurden seitdem erneut geändert (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be redone: the entries it changed were changed again since (%2).</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Die geänderten Einträge wurden seitdem erneut geändert (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+43"/>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+10"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate entry</source>
        <translation>Eintrag duplizieren</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+6"/>
        <source>Move %n entries</source>
        <translation>
            <numerusform>%n Eintrag verschieben</numerusform>
            <numerusform>%n Einträge verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move entry up</source>
        <translation>Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move entry down</source>
        <translation>Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort section by year</source>
        <translation>Abschnitt nach Jahr sortieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete list</source>
        <translation>Liste löschen</translation>
    </message>
</context>
<context>
    <name>Curator::DropClassifier</name>
    <message>
        <location filename="../src/core/importing/dropclassifier.cpp" line="+81"/>
        <source>Only the first %1 MB of the dropped text were read.</source>
        <translation>Nur die ersten %1 MB des abgelegten Textes wurden gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the first %n item(s) were taken; the rest was ignored.</source>
        <translation>
            <numerusform>Nur %n Element wurde übernommen; der Rest wurde ignoriert.</numerusform>
            <numerusform>Nur die ersten %n Elemente wurden übernommen; der Rest wurde ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This is not a file on this computer.</source>
        <translation>Dies ist keine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a complete web address.</source>
        <translation>Dies ist keine vollständige Webadresse.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is neither a link nor an identifier.</source>
        <translation>Dies ist weder ein Link noch eine Kennung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1:” links cannot be imported.</source>
        <translation>„%1:“-Links können nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>No link or identifier was found in the text.</source>
        <translation>Im Text wurde weder ein Link noch eine Kennung gefunden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The dropped data holds no file, link or identifier.</source>
        <translation>Die abgelegten Daten enthalten weder eine Datei noch einen Link noch eine Kennung.</translation>
    </message>
</context>
<context>
    <name>Curator::EntryDelegate</name>
    <message>
        <location filename="../src/widgets/entrydelegate.cpp" line="+37"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year, or what stands in the parentheses, such as &quot;NAACL 2025&quot;.</source>
        <translation>Ein Jahr oder der Text in den Klammern, etwa „NAACL 2025“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An http or https address.</source>
        <translation>Eine http- oder https-Adresse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not changed: only http and https addresses are written as links.</source>
        <translation>Nicht geändert: Nur http- und https-Adressen werden als Links geschrieben.</translation>
    </message>
</context>
<context>
    <name>Curator::EntryEditor</name>
    <message>
        <location filename="../src/widgets/entryeditor.cpp" line="+34"/>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The URL is a “%1:” link: only http and https links are written.</source>
        <translation>Die URL ist ein „%1:“-Link: Nur http- und https-Links werden geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is not a complete web address; enter one such as https://arxiv.org/abs/2306.16922.</source>
        <translation>Die URL ist keine vollständige Webadresse; geben Sie eine wie https://arxiv.org/abs/2306.16922 ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The year must not contain parentheses: the entry puts it in parentheses itself.</source>
        <translation>Das Jahr darf keine Klammern enthalten: Der Eintrag setzt es selbst in Klammern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year must contain a year from 1000 to 2999, such as “2023” or “NAACL 2025”, or be left empty.</source>
        <translation>Das Jahr muss eine Jahreszahl von 1000 bis 2999 enthalten, etwa „2023“ oder „NAACL 2025“, oder leer bleiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The DOI must start with “10.” and contain a “/”, such as 10.1038/nn.4244.</source>
        <translation>Die DOI muss mit „10.“ beginnen und einen „/“ enthalten, etwa 10.1038/nn.4244.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arXiv ID is not valid; use a form such as 2306.16922, 2306.16922v2 or hep-th/9901001.</source>
        <translation>Die arXiv-ID ist ungültig; verwenden Sie eine Form wie 2306.16922, 2306.16922v2 oder hep-th/9901001.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Already in the list: “%1”, in “%2”.</source>
        <translation>Schon in der Liste: „%1“, in „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the list: “%1”, in “%2”, %3.</source>
        <translation>Schon in der Liste: „%1“, in „%2“, %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The list already has this paper, in “%1”:</source>
        <translation>Die Liste enthält diese Arbeit bereits, in „%1“:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add it anyway?</source>
        <translation>Trotzdem hinzufügen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save it anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Possible Duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Choose the PDF File</source>
        <translation>PDF-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf *.PDF);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was looked up: the text is neither a DOI nor an arXiv ID nor a link to a paper.</source>
        <translation>Nichts wurde nachgeschlagen: Der Text ist weder eine DOI noch eine arXiv-ID noch ein Link zu einer Arbeit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The look-up was stopped.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The published version %1 could not be looked up: %2</source>
        <translation>Die veröffentlichte Fassung %1 konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Replace What You Typed?</source>
        <translation>Ihre Eingaben ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record differs from what the entry has in: %1.

Replace those fields with the record&apos;s values?</source>
        <translation>Der Datensatz weicht von den Angaben des Eintrags ab in: %1.

Diese Felder durch die Werte des Datensatzes ersetzen?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Looking up the published version, %1…</source>
        <translation>Veröffentlichte Fassung wird nachgeschlagen, %1…</translation>
    </message>
</context>
<context>
    <name>Curator::EntryRenderer</name>
    <message>
        <location filename="../src/core/markdown/entryrenderer.cpp" line="+109"/>
        <source>The template is empty.</source>
        <translation>Die Vorlage ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template must be a single line.</source>
        <translation>Die Vorlage muss aus einer einzigen Zeile bestehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a {title} placeholder.</source>
        <translation>Die Vorlage benötigt einen Platzhalter {title}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown placeholder %1; use %2.</source>
        <translation>Unbekannter Platzhalter %1; verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>Curator::EntryTableModel</name>
    <message>
        <location filename="../src/widgets/entrytablemodel.cpp" line="+463"/>
        <source>Duplicate: another entry of this list has the same DOI, arXiv id or title.</source>
        <translation>Duplikat: Ein anderer Eintrag dieser Liste hat dieselbe DOI, arXiv-ID oder denselben Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs review: filled in without a look-up.</source>
        <translation>Prüfen: ohne Abfrage ausgefüllt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited since the last export.</source>
        <translation>Seit dem letzten Export bearbeitet.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (tagged).</source>
        <translation>%1 (mit Schlagwort versehen).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>arXiv %1</source>
        <translation>arXiv %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOI %1</source>
        <translation>DOI %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not checked yet (Tools → Check Links).</source>
        <translation>Noch nicht geprüft (Extras → Links prüfen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads to %1</source>
        <translation>Führt zu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The repository is archived by its owner.</source>
        <translation>Das Repository wurde von seinem Besitzer archiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A warning sign marks duplicates; italics, entries edited since the last export.</source>
        <translation>Ein Warnzeichen markiert Duplikate, Kursivschrift seit dem letzten Export bearbeitete Einträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the last link check found at the entry&apos;s link (Tools → Check Links); sorted worst first.</source>
        <translation>Was die letzte Linkprüfung beim Link des Eintrags ergeben hat (Extras → Links prüfen); das Schlechteste zuerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Erschienen in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>Curator::ExportPane</name>
    <message>
        <location filename="../src/widgets/exportpane.cpp" line="+120"/>
        <source>This list is not linked to a git clone. Link it in Edit → Settings (Repository) to export into it and open pull requests.</source>
        <translation>Diese Liste ist mit keinem git-Klon verknüpft. Verknüpfen Sie sie unter Bearbeiten → Einstellungen (Repository), um in den Klon zu exportieren und Pull-Requests zu öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No list is selected.</source>
        <translation>Keine Liste ausgewählt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 → %3/%4%5</source>
        <translation>%1 · %2 → %3/%4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(default branch)</source>
        <translation>(Standard-Branch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · GitHub %1</source>
        <translation> · GitHub %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the repository…</source>
        <translation>Repository wird gelesen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on branch %1</source>
        <translation>auf Branch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clean</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>README changed</source>
        <translation>README geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ahead, %2 behind %3</source>
        <translation>%1 vor, %2 hinter %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a merge is in progress</source>
        <translation>ein Merge läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rebase is in progress</source>
        <translation>ein Rebase läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cherry-pick is in progress</source>
        <translation>ein Cherry-Pick läuft</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The README in the clone was changed outside Awesome Curator (new: %1, changed: %2, removed: %3). Sync merges those changes into the list before anything is exported.</source>
        <translation>Die README im Klon wurde außerhalb von Awesome Curator geändert (neu: %1, geändert: %2, entfernt: %3). „Abgleichen“ übernimmt diese Änderungen in die Liste, bevor etwas exportiert wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list was never exported; all of it is new.</source>
        <translation>Die Liste wurde noch nie exportiert; alles daran ist neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes: %1 is up to date.</source>
        <translation>Keine Änderungen: %1 ist aktuell.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %2 added, %3 removed, in %n place(s).</source>
        <translation>
            <numerusform>%1: %2 hinzugefügt, %3 entfernt, an %n Stelle.</numerusform>
            <numerusform>%1: %2 hinzugefügt, %3 entfernt, an %n Stellen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(The preview shows the first %1 KB.)</source>
        <translation>(Die Vorschau zeigt die ersten %1 KB.)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link the list to a git clone first.</source>
        <translation>Verknüpfen Sie die Liste zuerst mit einem git-Klon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish the merge or rebase, or check out a branch, first.</source>
        <translation>Schließen Sie zuerst den Merge oder Rebase ab oder checken Sie einen Branch aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit the README on a new branch from the up-to-date base, push it and open a pull request</source>
        <translation>Die README auf einem neuen Branch von der aktuellen Basis committen, ihn pushen und einen Pull-Request öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <location line="+66"/>
        <location line="+19"/>
        <source>Sync README</source>
        <translation>README abgleichen</translation>
    </message>
    <message numerus="yes">
        <location line="-107"/>
        <source>%n place(s) of the README were changed both here and in the repository. Which version should the list keep?</source>
        <translation>
            <numerusform>%n Stelle der README wurde sowohl hier als auch im Repository geändert. Welche Fassung soll die Liste behalten?</numerusform>
            <numerusform>%n Stellen der README wurden sowohl hier als auch im Repository geändert. Welche Fassung soll die Liste behalten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here:
%1
In the repository:
%2</source>
        <translation>Hier:
%1
Im Repository:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the Repository&apos;s</source>
        <translation>Die des Repositorys übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The repository&apos;s README no longer has %n entry(s). Remove them from the list too?</source>
        <translation>
            <numerusform>Die README des Repositorys enthält %n Eintrag nicht mehr. Ihn auch aus der Liste entfernen?</numerusform>
            <numerusform>Die README des Repositorys enthält %n Einträge nicht mehr. Sie auch aus der Liste entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 does not exist; nothing to sync.</source>
        <translation>%1 existiert nicht; nichts abzugleichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparing the clone&apos;s README with the list…</source>
        <translation>Die README des Klons wird mit der Liste verglichen …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The list already has every change of the clone&apos;s README.</source>
        <translation>Die Liste enthält bereits jede Änderung der README des Klons.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was merged.</source>
        <translation>Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merging the clone&apos;s README into the list…</source>
        <translation>Die README des Klons wird in die Liste übernommen …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merged %1: new %2, changed %3, removed %4.</source>
        <translation>%1 übernommen: neu %2, geändert %3, entfernt %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged the clone&apos;s README into the list.</source>
        <translation>Die README des Klons wurde in die Liste übernommen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nothing was published.</source>
        <translation>Es wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was pushed.</source>
        <translation>Es wurde nichts gepusht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already Proposed</source>
        <translation>Bereits vorgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Pull Request #%1</source>
        <translation>Pull-Request #%1 öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open on GitHub</source>
        <translation>Auf GitHub öffnen</translation>
    </message>
</context>
<context>
    <name>Curator::GitHubClient</name>
    <message>
        <location filename="../src/core/git/githubclient.cpp" line="+182"/>
        <location line="+38"/>
        <source>“%1/%2” is not a GitHub repository name.</source>
        <translation>„%1/%2“ ist kein GitHub-Repository-Name.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A pull request needs a branch, a base branch and a title.</source>
        <translation>Ein Pull-Request braucht einen Branch, einen Basis-Branch und einen Titel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No GitHub token is set, so the pull request cannot be opened from here.</source>
        <translation>Es ist kein GitHub-Token gesetzt, daher kann der Pull-Request nicht von hier aus geöffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>The GitHub token contains spaces or other characters a token never has; paste it again.</source>
        <translation>Das GitHub-Token enthält Leerzeichen oder andere Zeichen, die ein Token nie enthält; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A pull request is looked up by “owner:branch” and a base branch.</source>
        <translation>Ein Pull-Request wird über „Besitzer:Branch“ und einen Basis-Branch gesucht.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 sent more than %2 KB; the answer was not read.</source>
        <translation>%1 hat mehr als %2 KB gesendet; die Antwort wurde nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 did not answer within %n second(s). The pull request may or may not have been opened: look on GitHub before trying again.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Der Pull-Request wurde möglicherweise geöffnet, möglicherweise auch nicht: Sehen Sie auf GitHub nach, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Der Pull-Request wurde möglicherweise geöffnet, möglicherweise auch nicht: Sehen Sie auf GitHub nach, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 redirected to another address; it was not followed, so that the token is sent to nobody else.</source>
        <translation>%1 hat auf eine andere Adresse umgeleitet; der Umleitung wurde nicht gefolgt, damit das Token an niemanden sonst gesendet wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GitHub found no repository %1/%2, or the token may not access it (HTTP 404).</source>
        <translation>GitHub hat kein Repository %1/%2 gefunden, oder das Token hat keinen Zugriff darauf (HTTP 404).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>GitHub&apos;s list of pull requests could not be read.</source>
        <translation>GitHubs Liste der Pull-Requests konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pull request #%1 is open.</source>
        <translation>Pull-Request #%1 ist offen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pull request is open from this branch.</source>
        <translation>Von diesem Branch ist kein Pull-Request offen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened pull request #%1.</source>
        <translation>Pull-Request #%1 geöffnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s answer (HTTP %1) did not name the new pull request.</source>
        <translation>Die Antwort von GitHub (HTTP %1) nannte den neuen Pull-Request nicht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GitHub refused the pull request (HTTP 422).</source>
        <translation>GitHub hat den Pull-Request abgelehnt (HTTP 422).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub refused the pull request: %1</source>
        <translation>GitHub hat den Pull-Request abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>GitHub did not accept the token (HTTP 401). It may have expired or been revoked.</source>
        <translation>GitHub hat das Token nicht akzeptiert (HTTP 401). Möglicherweise ist es abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub did not accept the token (HTTP 401: %1). It may have expired or been revoked.</source>
        <translation>GitHub hat das Token nicht akzeptiert (HTTP 401: %1). Möglicherweise ist es abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>GitHub&apos;s rate limit for this token is used up (HTTP %1); it resets at %2, in %n minute(s).</source>
        <translation>
            <numerusform>Das GitHub-Ratenlimit für dieses Token ist ausgeschöpft (HTTP %1); es wird um %2 zurückgesetzt, in %n Minute.</numerusform>
            <numerusform>Das GitHub-Ratenlimit für dieses Token ist ausgeschöpft (HTTP %1); es wird um %2 zurückgesetzt, in %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>GitHub&apos;s rate limit for this token is used up (HTTP %1); try again later.</source>
        <translation>Das GitHub-Ratenlimit für dieses Token ist ausgeschöpft (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>GitHub refused this (HTTP 403%1). The token may lack the permission to open pull requests here: a classic token needs the “public_repo” or “repo” scope, a fine-grained one “Pull requests: write” on this repository.</source>
        <translation>GitHub hat dies abgelehnt (HTTP 403%1). Dem Token fehlt möglicherweise die Berechtigung, hier Pull-Requests zu öffnen: Ein klassisches Token braucht den Scope „public_repo“ oder „repo“, ein feingranulares „Pull requests: write“ für dieses Repository.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>GitHub found no such repository, or the token may not access it (HTTP 404).</source>
        <translation>GitHub hat kein solches Repository gefunden, oder das Token hat keinen Zugriff darauf (HTTP 404).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GitHub had a problem (HTTP %1). Try again in a moment.</source>
        <translation>GitHub hatte ein Problem (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub answered with an error (HTTP %1: %2).</source>
        <translation>GitHub hat mit einem Fehler geantwortet (HTTP %1: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub answered with an error (HTTP %1).</source>
        <translation>GitHub hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Curator::GitRunner</name>
    <message>
        <location filename="../src/core/git/gitrunner.cpp" line="+169"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>“%1” was canceled.</source>
        <translation>„%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>git is not installed or not on PATH. Install it (Debian: apt install git) and try again.</source>
        <translation>git ist nicht installiert oder nicht im PATH. Installieren Sie es (Debian: apt install git) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not start git: %1</source>
        <translation>git konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>“%1” did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>„%1“ war nach %n Sekunde nicht fertig und wurde angehalten.</numerusform>
            <numerusform>„%1“ war nach %n Sekunden nicht fertig und wurde angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” crashed.</source>
        <translation>„%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed with exit code %2.</source>
        <translation>„%1“ ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
(“%2”, exit code %3)</source>
        <translation>%1
(„%2“, Exit-Code %3)</translation>
    </message>
</context>
<context>
    <name>Curator::ImportReportDialog</name>
    <message>
        <location filename="../src/widgets/importreportdialog.cpp" line="+45"/>
        <source>%1 (%2)</source>
        <comment>a paper&apos;s title (year)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Merge Selected</source>
        <translation>Ausgewählte &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Merge into the existing entry</source>
        <translation>Mit dem vorhandenen Eintrag zusammenführen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>Curator::InboxDialog</name>
    <message>
        <location filename="../src/widgets/inboxdialog.cpp" line="+49"/>
        <source>Contributions to %1</source>
        <translation>Beiträge zu %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Looking for a GitHub token…</source>
        <translation>GitHub-Token wird gesucht…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>fork %1</source>
        <translation>Fork %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>README unchanged</source>
        <translation>README unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+%1 ~%2 −%3</source>
        <translation>+%1 ~%2 −%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No GitHub token: public repositories only, 60 requests an hour; posting, merging and pushing need one.</source>
        <translation>Kein GitHub-Token: nur öffentliche Repositorys, 60 Anfragen pro Stunde; Veröffentlichen, Zusammenführen und Pushen erfordern eines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 open pull requests of %2; %3 change %4, %5 of them with errors.</source>
        <translation>%1 offene Pull-Requests in %2; %3 ändern %4, %5 davon mit Fehlern.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds</source>
        <translation>Fügt hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Ändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review (%1) as it would be posted:</source>
        <translation>Review (%1), wie es veröffentlicht würde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1, line %2:</source>
        <translation>In %1, Zeile %2:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This pull request does not change %1.</source>
        <translation>Dieser Pull-Request ändert %1 nicht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>approves it</source>
        <translation>stimmt zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests changes</source>
        <translation>fordert Änderungen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments</source>
        <translation>kommentiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Post Review</source>
        <translation>Review veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Post this review on #%1 (it %2, with %n comments on %3)?</source>
        <translation>
            <numerusform>Dieses Review zu #%1 veröffentlichen (es %2, mit %n Kommentar zu %3)?</numerusform>
            <numerusform>Dieses Review zu #%1 veröffentlichen (es %2, mit %n Kommentaren zu %3)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Review posted on #%1: %2</source>
        <translation>Review zu #%1 veröffentlicht: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Squash-merge #%1 “%2” into %3 on GitHub?</source>
        <translation>#%1 „%2“ auf GitHub per Squash-Merge in %3 zusammenführen?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its review found %n errors.</source>
        <translation>
            <numerusform>Sein Review hat %n Fehler gefunden.</numerusform>
            <numerusform>Sein Review hat %n Fehler gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Merging #%1…</source>
        <translation>#%1 wird zusammengeführt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged #%1 (squashed).</source>
        <translation>#%1 zusammengeführt (Squash).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <location line="+23"/>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Add the entries of #%1 to the list as it writes them, each at its year&apos;s place, and open a pull request of the list&apos;s own that closes #%1 (%2 as co-author)?</source>
        <translation>Die Einträge aus #%1 so in die Liste übernehmen, wie die Liste sie schreibt, jeden an der Stelle seines Jahres, und einen eigenen Pull-Request der Liste öffnen, der #%1 schließt (%2 als Co-Autor)?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The entries of #%1 are in the list (Edit → Undo takes them back), but no pull request was opened: %2</source>
        <translation>Die Einträge aus #%1 sind in der Liste (Bearbeiten → Rückgängig nimmt sie zurück), aber es wurde kein Pull-Request geöffnet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Took #%1 over in %2 and thanked the contributor.</source>
        <translation>#%1 in %2 übernommen und dem Beitragenden gedankt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took #%1 over in %2, but the comment could not be posted: %3</source>
        <translation>#%1 in %2 übernommen, aber der Kommentar konnte nicht veröffentlicht werden: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+25"/>
        <source>Push Fix-Up</source>
        <translation>Korrektur-Commit pushen</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>Push a commit to %1 (branch %2) that writes %n entries as the list writes them?</source>
        <translation>
            <numerusform>Einen Commit nach %1 (Branch %2) pushen, der %n Eintrag so schreibt, wie die Liste ihn schreibt?</numerusform>
            <numerusform>Einen Commit nach %1 (Branch %2) pushen, der %n Einträge so schreibt, wie die Liste sie schreibt?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pushed a fix-up to %1 (%2).</source>
        <translation>Korrektur-Commit nach %1 (%2) gepusht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the entries as the list writes them, in year order</source>
        <translation>Einträge so schreiben, wie die Liste sie schreibt, nach Jahr geordnet</translation>
    </message>
</context>
<context>
    <name>Curator::LinkChecks</name>
    <message>
        <location filename="../src/core/store/linkchecks.cpp" line="+65"/>
        <source>The entry is gone.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entry’s text no longer holds %1.</source>
        <translation>Der Text des Eintrags enthält %1 nicht mehr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot change the entry: %1</source>
        <translation>Der Eintrag kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot change the README’s text: %1</source>
        <translation>Der Text der README kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The README’s text no longer holds %1.</source>
        <translation>Der Text der README enthält %1 nicht mehr.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot save the ignore rules: %1</source>
        <translation>Die Ignorierregeln können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot keep the link checks: %1</source>
        <translation>Die Ergebnisse der Linkprüfung können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Curator::LinkRecognizer</name>
    <message>
        <location filename="../src/core/importing/linkrecognizer.cpp" line="+472"/>
        <source>This is not a web address.</source>
        <translation>Dies ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a valid identifier.</source>
        <translation>„%1“ ist keine gültige Kennung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link to a file on this computer is not fetched; drop the file itself.</source>
        <translation>Ein Link auf eine Datei auf diesem Computer wird nicht abgerufen; legen Sie die Datei selbst ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1:” links cannot be imported; only web addresses (http, https) can.</source>
        <translation>„%1:“-Links können nicht importiert werden, nur Webadressen (http, https).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The web address has no host name.</source>
        <translation>Die Webadresse hat keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>Curator::LinkReportDialog</name>
    <message>
        <location filename="../src/widgets/linkreportdialog.cpp" line="+54"/>
        <source>archived copy: %1</source>
        <translation>archivierte Kopie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arXiv: %1</source>
        <translation>arXiv: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOI: %1</source>
        <translation>DOI: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>&amp;Use Suggestion</source>
        <translation>&amp;Vorschlag übernehmen</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the link to the list&apos;s ignore rules: later checks skip it</source>
        <translation>Den Link zu den Ignorierregeln der Liste hinzufügen: Spätere Prüfungen überspringen ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link in the web browser</source>
        <translation>Den Link im Webbrowser öffnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Link Report</source>
        <translation>Linkbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link Report — %1</source>
        <translation>Linkbericht — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Canceled; what was checked: %1</source>
        <translation>Abgebrochen; bisher geprüft: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leads to %1</source>
        <translation>Führt zu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (as found on %2)</source>
        <translation>%1 (Stand: %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Apply Rewrite</source>
        <translation>Link &amp;umschreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the link with %1 where it stands</source>
        <translation>Den Link an seiner Stelle durch %1 ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the link with the suggestion where it stands</source>
        <translation>Den Link an seiner Stelle durch den Vorschlag ersetzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace Link %1</source>
        <translation>Link %1 ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace Link</source>
        <translation>Link ersetzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ignore Link %1</source>
        <translation>Link %1 ignorieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore Link</source>
        <translation>Link ignorieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit → Undo in the main window takes the fix back.</source>
        <translation>Bearbeiten → Rückgängig im Hauptfenster nimmt die Korrektur zurück.</translation>
    </message>
</context>
<context>
    <name>Curator::LinkRulesDialog</name>
    <message>
        <location filename="../src/widgets/linkrulesdialog.cpp" line="+31"/>
        <source>&amp;Export .lycheeignore…</source>
        <translation>.lycheeignore &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the rules as a .lycheeignore file for the list&apos;s own link check (lychee)</source>
        <translation>Die Regeln als .lycheeignore-Datei für die eigene Linkprüfung der Liste (lychee) schreiben</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Change Link Ignore Rules</source>
        <translation>Ignorierregeln für Links ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link Ignore Rules</source>
        <translation>Ignorierregeln für Links</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export .lycheeignore</source>
        <translation>.lycheeignore exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Curator::Links</name>
    <message>
        <location filename="../src/core/links/pagecheck.cpp" line="+52"/>
        <source>redirects to %1, which is not a web address; not followed</source>
        <translation>leitet auf %1 um, keine Webadresse; nicht gefolgt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirects from https to insecure http (%1); not followed</source>
        <translation>leitet von https auf unsicheres http um (%1); nicht gefolgt</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>ok (HTTP %1)</source>
        <translation>in Ordnung (HTTP %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redirects to %1: the page itself is probably gone</source>
        <translation>leitet auf %1 um: Die Seite selbst gibt es wohl nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved to %1</source>
        <translation>verschoben nach %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirects (HTTP %1) without saying where</source>
        <translation>leitet um (HTTP %1), ohne ein Ziel zu nennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>redirects in a loop</source>
        <translation>leitet im Kreis um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Umleitungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gone (HTTP 410)</source>
        <translation>entfernt (HTTP 410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (HTTP %1)</source>
        <translation>nicht gefunden (HTTP %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server refuses automated checks (HTTP %1)</source>
        <translation>der Server lehnt automatische Prüfungen ab (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>rate-limited (HTTP 429) after %n retries</source>
        <translation>
            <numerusform>Anfragerate begrenzt (HTTP 429) nach %n Wiederholung</numerusform>
            <numerusform>Anfragerate begrenzt (HTTP 429) nach %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>server error (HTTP %1) after %n retries</source>
        <translation>
            <numerusform>Serverfehler (HTTP %1) nach %n Wiederholung</numerusform>
            <numerusform>Serverfehler (HTTP %1) nach %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such host</source>
        <translation>Host existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
</context>
<context>
    <name>Curator::Links::IgnoreRules</name>
    <message>
        <location filename="../src/core/links/ignorerules.cpp" line="+43"/>
        <source>Ignore rule %1 is not a valid pattern (%2): %3</source>
        <translation>Ignorierregel %1 ist kein gültiges Muster (%2): %3</translation>
    </message>
</context>
<context>
    <name>Curator::Links::LinkChecker</name>
    <message>
        <location filename="../src/core/links/linkcheck.cpp" line="+109"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unverified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>ignored by the rule %1</source>
        <translation>durch die Regel %1 ignoriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>arXiv %1: its record is in the look-up cache</source>
        <translation>arXiv %1: Der Datensatz liegt im Abfrage-Cache</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>arXiv&apos;s API did not answer: %1</source>
        <translation>die arXiv-API hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv %1 exists</source>
        <translation>arXiv %1 existiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv has no paper %1</source>
        <translation>arXiv hat keine Arbeit %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DOI %1: its record is in the look-up cache</source>
        <translation>DOI %1: Der Datensatz liegt im Abfrage-Cache</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DOI %1 is registered (the publisher&apos;s page is not fetched)</source>
        <translation>DOI %1 ist registriert (die Seite des Verlags wird nicht abgerufen)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>GitHub has no repository %1 (deleted, or private)</source>
        <translation>GitHub hat kein Repository %1 (gelöscht oder privat)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the repository was renamed to %1</source>
        <translation>das Repository wurde in %1 umbenannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub repository %1, archived by its owner (read-only)</source>
        <translation>GitHub-Repository %1, von seinem Besitzer archiviert (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub repository %1 exists</source>
        <translation>GitHub-Repository %1 existiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s API refused (HTTP %1): its rate limit is 60 requests an hour without a token (set GH_TOKEN)</source>
        <translation>die GitHub-API hat abgelehnt (HTTP %1): Ohne Token erlaubt sie 60 Anfragen pro Stunde (GH_TOKEN setzen)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1; no server answered at all: are you offline?</source>
        <translation>%1; überhaupt kein Server hat geantwortet: Sind Sie offline?</translation>
    </message>
</context>
<context>
    <name>Curator::Links::LinkHealth</name>
    <message numerus="yes">
        <location filename="../src/core/links/linkhealth.cpp" line="+37"/>
        <source>%n links: </source>
        <translation>
            <numerusform>%n Link: </numerusform>
            <numerusform>%n Links: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ok, %2 redirected, %3 broken, %4 unverified</source>
        <translation>%1 ok, %2 weitergeleitet, %3 defekt, %4 nicht geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no such list.</source>
        <translation>Diese Liste gibt es nicht.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is larger than 128 MB; is it a README?</source>
        <translation>%1 ist größer als 128 MB; ist das wirklich eine README?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The results could not be kept: %1</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Curator::Links::LinkStatus</name>
    <message>
        <location filename="../src/core/links/linkstatus.cpp" line="+30"/>
        <source>soft 404</source>
        <translation>soft 404</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>Curator::Links::LinkStore</name>
    <message>
        <location filename="../src/core/links/linkstore.cpp" line="+157"/>
        <source>%1 is not a web address.</source>
        <translation>%1 ist keine Webadresse.</translation>
    </message>
</context>
<context>
    <name>Curator::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+114"/>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The store this window works on</source>
        <translation>Die Datenbank, mit der dieses Fenster arbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1076"/>
        <source>Awesome Curator</source>
        <translation>Awesome Curator</translation>
    </message>
    <message>
        <location line="-980"/>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;README Pane</source>
        <translation>README-&amp;Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Pull Request…</source>
        <translation>&amp;Pull-Request öffnen…</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Importing %v of %m</source>
        <translation>%v von %m wird importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+378"/>
        <location line="+111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Stop the import; what is finished is kept</source>
        <translation>Den Import anhalten; bereits Fertiges bleibt erhalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Paste Entries</source>
        <translation>Einträge ein&amp;fügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add entries for the links, identifiers or PDFs on the clipboard</source>
        <translation>Einträge für die Links, Kennungen oder PDFs in der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;Files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add entries for PDF files</source>
        <translation>Einträge für PDF-Dateien hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;PDF</source>
        <translation>&amp;PDF öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected entry&apos;s PDF</source>
        <translation>Das PDF des ausgewählten Eintrags öffnen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open &amp;Link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected entry&apos;s link in the web browser</source>
        <translation>Den Link des ausgewählten Eintrags im Webbrowser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Entry as Markdown</source>
        <translation>Eintrag als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected entries as the README writes them</source>
        <translation>Die ausgewählten Einträge so kopieren, wie die README sie schreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy DOI or arXiv &amp;Id</source>
        <translation>DOI oder arXiv-&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected entry&apos;s DOI or arXiv id</source>
        <translation>Die DOI oder arXiv-ID des ausgewählten Eintrags kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh from DOI or arXiv…</source>
        <translation>Aus DOI oder arXiv &amp;aktualisieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the selected entry up again and fill in what the service says</source>
        <translation>Den ausgewählten Eintrag erneut nachschlagen und eintragen, was der Dienst angibt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The entry has no web link.</source>
        <translation>Der Eintrag hat keinen Weblink.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Copied %n entries as Markdown.</source>
        <translation>
            <numerusform>%n Eintrag als Markdown kopiert.</numerusform>
            <numerusform>%n Einträge als Markdown kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The entry has no DOI or arXiv id.</source>
        <translation>Der Eintrag hat weder DOI noch arXiv-ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>Refresh Entry</source>
        <translation>Eintrag aktualisieren</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The look-up found nothing.</source>
        <translation>Das Nachschlagen hat nichts gefunden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Publikationsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arXiv id</source>
        <translation>arXiv-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is up to date.</source>
        <translation>„%1“ ist aktuell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The look-up differs from what the entry says:

%1

Replace them?</source>
        <translation>Das Nachschlagen weicht vom Eintrag ab:

%1

Ersetzen?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” has no DOI or arXiv id to look up.</source>
        <translation>„%1“ hat weder DOI noch arXiv-ID zum Nachschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>An import is still running; wait for it or cancel it.</source>
        <translation>Ein Import läuft noch; warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entry has no PDF.</source>
        <translation>Der Eintrag hat kein PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not there any more.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>Merge Entry</source>
        <translation>Eintrag zusammenführen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking links: %v of %m</source>
        <translation>Links werden geprüft: %v von %m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the link check; what was checked is kept</source>
        <translation>Die Linkprüfung anhalten; bereits Geprüftes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check Links</source>
        <translation>Links prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link check canceled; checked so far: %1</source>
        <translation>Linkprüfung abgebrochen; bisher geprüft: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stop asking the sources; nothing is changed</source>
        <translation>Die Abfrage der Quellen anhalten; es wird nichts geändert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list is not linked to a clone of a GitHub repository. Link it in Settings → Repository.</source>
        <translation>Die Liste ist mit keinem Klon eines GitHub-Repositorys verknüpft. Verknüpfen Sie sie unter Einstellungen → Repository.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking for updates…</source>
        <translation>Suche nach Aktualisierungen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Update check canceled; nothing was changed.</source>
        <translation>Aktualisierungsprüfung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check for Updates</source>
        <translation>Auf Aktualisierungen prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every entry is up to date.</source>
        <translation>Alle Einträge sind aktuell.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The sources propose %n changes.</source>
        <translation>
            <numerusform>Die Quellen schlagen %n Änderung vor.</numerusform>
            <numerusform>Die Quellen schlagen %n Änderungen vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+133"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entry matches “%1”.

Search looks in authors, titles, venues, notes and years, and finds a paper by its DOI, arXiv id (any version) or link.</source>
        <translation>Kein Eintrag passt zu „%1“.

Die Suche durchsucht Autoren, Titel, Publikationsorte, Notizen und Jahre und findet eine Arbeit an ihrer DOI, ihrer arXiv-ID (jede Version) oder ihrem Link.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last export: %1</source>
        <translation>Letzter Export: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported yet</source>
        <translation>Noch nicht exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Awesome Curator</source>
        <translation>%1 — Awesome Curator</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>New List</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Name of the list:</source>
        <translation>&amp;Name der Liste:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Delete List</source>
        <translation>Liste löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Delete the list &quot;%1&quot; and its %n entries from the store?

The README file is not touched, and Edit → Undo brings the list back.</source>
        <translation>
            <numerusform>Die Liste „%1“ und ihren %n Eintrag aus der Datenbank löschen?

Die README-Datei wird nicht verändert, und Bearbeiten → Rückgängig stellt die Liste wieder her.</numerusform>
            <numerusform>Die Liste „%1“ und ihre %n Einträge aus der Datenbank löschen?

Die README-Datei wird nicht verändert, und Bearbeiten → Rückgängig stellt die Liste wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import README</source>
        <translation>README importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2:
%3</source>
        <translation>%1, Zeile %2:
%3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %1: %n entries (%2 new, %3 removed).</source>
        <translation>
            <numerusform>%1 importiert: %n Eintrag (%2 neu, %3 entfernt).</numerusform>
            <numerusform>%1 importiert: %n Einträge (%2 neu, %3 entfernt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export README</source>
        <translation>README exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed after the list was last imported or exported. Overwrite it with the list?</source>
        <translation>%1 wurde seit dem letzten Import oder Export der Liste geändert. Mit der Liste überschreiben?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>README (*.md)</source>
        <translation>README (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Open Store</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stores (*.sqlite);;All files (*)</source>
        <translation>Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not start a new window.</source>
        <translation>Es konnte kein neues Fenster gestartet werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Goes at the end of “%1”.</source>
        <translation>Wird am Ende von „%1“ eingefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes into “%1”, above “%2 — %3”.</source>
        <translation>Wird in „%1“ eingefügt, über „%2 — %3“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate Entry</source>
        <translation>Eintrag duplizieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n entries?</source>
        <translation>
            <numerusform>%n Eintrag löschen?</numerusform>
            <numerusform>%n Einträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Edit → Undo brings them back.</source>
        <translation>Bearbeiten → Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sort Section by Year</source>
        <translation>Abschnitt nach Jahr sortieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit a cell in place</source>
        <translation>Eine Zelle direkt bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Awesome Curator</source>
        <translation>Über Awesome Curator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Awesome Curator %1&lt;/h3&gt;&lt;p&gt;Keeps awesome lists of research papers: reads a list&apos;s README exactly as it is, and writes it back with the small diff a careful human would make.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Awesome Curator %1&lt;/h3&gt;&lt;p&gt;Pflegt Awesome-Listen von Forschungsarbeiten: liest die README einer Liste genau so, wie sie ist, und schreibt sie mit dem kleinen Diff zurück, den ein sorgfältiger Mensch erzeugen würde.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software under the MIT License.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Awesome NeuroAI Papers (sample)</source>
        <translation>Awesome NeuroAI Papers (Beispiel)</translation>
    </message>
</context>
<context>
    <name>Curator::Metadata</name>
    <message>
        <location filename="../src/core/metadata/resolver.cpp" line="+244"/>
        <source>The look-up was canceled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/parsers.cpp" line="+551"/>
        <source>The arXiv response is not valid XML at line %1: %2</source>
        <translation>Die arXiv-Antwort ist kein gültiges XML (Zeile %1): %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The arXiv response is empty.</source>
        <translation>Die arXiv-Antwort ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arXiv response declares a document type, which is refused.</source>
        <translation>Die arXiv-Antwort deklariert einen Dokumenttyp und wird daher abgelehnt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The arXiv response is not an Atom feed.</source>
        <translation>Die arXiv-Antwort ist kein Atom-Feed.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>arXiv reported an error.</source>
        <translation>arXiv hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arXiv feed holds no arXiv identifiers.</source>
        <translation>Der arXiv-Feed enthält keine arXiv-IDs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arXiv has no paper with this identifier.</source>
        <translation>arXiv hat keine Arbeit mit dieser ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Crossref response is empty.</source>
        <translation>Die Crossref-Antwort ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crossref has no record of this DOI.</source>
        <translation>Crossref hat keinen Datensatz zu dieser DOI.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Crossref response is not valid JSON at byte %1: %2</source>
        <translation>Die Crossref-Antwort ist kein gültiges JSON (Byte %1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Crossref response is not an API message.</source>
        <translation>Die Crossref-Antwort ist keine API-Nachricht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crossref answered with status “%1”.</source>
        <translation>Crossref hat mit dem Status „%1“ geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossref reported: %1</source>
        <translation>Crossref meldet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crossref answered with “%1” instead of a work.</source>
        <translation>Crossref hat mit „%1“ statt mit einem Werk geantwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Crossref response holds no work.</source>
        <translation>Die Crossref-Antwort enthält kein Werk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The citation data is empty.</source>
        <translation>Die Zitationsdaten sind leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The citation data is not valid JSON at byte %1: %2</source>
        <translation>Die Zitationsdaten sind kein gültiges JSON (Byte %1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>The citation data is not CSL-JSON.</source>
        <translation>Die Zitationsdaten sind kein CSL-JSON.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The citation data holds no record.</source>
        <translation>Die Zitationsdaten enthalten keinen Datensatz.</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/resolver.cpp" line="-191"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>arXiv is busy; retrying in %1 s</source>
        <translation>arXiv ist ausgelastet; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is rate-limiting; retrying in %2 s</source>
        <translation>%1 begrenzt die Anfragerate; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&quot;%1&quot; is not an arXiv identifier.</source>
        <translation>„%1“ ist keine arXiv-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a DOI or an arXiv identifier.</source>
        <translation>Weder eine DOI noch eine arXiv-ID.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cached %1</source>
        <translation>Zwischengespeichert %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 is unavailable — showing the cached record from %2</source>
        <translation>%1 ist nicht verfügbar — zwischengespeicherter Datensatz (%2) wird angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — showing the cached record from %1</source>
        <translation>Offline — zwischengespeicherter Datensatz (%1) wird angezeigt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>arXiv has no paper %1</source>
        <translation>arXiv hat keine Arbeit %1</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/services.cpp" line="+191"/>
        <source>No record of DOI %1 at Crossref or doi.org</source>
        <translation>Kein Datensatz zur DOI %1 bei Crossref oder doi.org</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The DOI %1 does not exist (the DOI registry has no such name).</source>
        <translation>Die DOI %1 existiert nicht (das DOI-Register kennt diesen Namen nicht).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DOI registry gave an answer that could not be read (response code %1).</source>
        <translation>Das DOI-Register hat eine unlesbare Antwort gegeben (Antwortcode %1).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>bioRxiv does not know this DOI</source>
        <translation>bioRxiv kennt diese DOI nicht</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/toentry.cpp" line="+87"/>
        <source>This preprint has a published version: %1.</source>
        <translation>Von diesem Preprint gibt es eine veröffentlichte Fassung: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This preprint has a published version: DOI %1.</source>
        <translation>Von diesem Preprint gibt es eine veröffentlichte Fassung: DOI %1.</translation>
    </message>
</context>
<context>
    <name>Curator::Net</name>
    <message>
        <location filename="../src/core/net/fetcher.cpp" line="+32"/>
        <source>The look-up was canceled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>%1 sent a compressed answer that could not be unpacked within %2 MB: it is damaged, or expands far beyond that. The answer was not read.</source>
        <translation>%1 hat eine komprimierte Antwort geschickt, die sich nicht innerhalb von %2 MB entpacken ließ: Sie ist beschädigt oder wird weit größer. Die Antwort wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sent more than %2 MB; the answer was not read.</source>
        <translation>%1 hat mehr als %2 MB gesendet; die Antwort wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent its answer too slowly: it was not complete after %2 s.</source>
        <translation>%1 hat zu langsam geantwortet: Die Antwort war nach %2 s nicht vollständig.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 has no such record.</source>
        <translation>%1 hat keinen solchen Datensatz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is rate-limiting; gave up after %2 tries.</source>
        <translation>%1 begrenzt die Anfragerate; nach %2 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 redirected to another address; it was not followed.</source>
        <translation>%1 hat auf eine andere Adresse umgeleitet; ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 redirected from https to http; the insecure address was not followed.</source>
        <translation>%1 hat von https auf http umgeleitet; der unsicheren Adresse wurde nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1 (%2). Are you offline?</source>
        <translation>%1 ist nicht erreichbar (%2). Sind Sie offline?</translation>
    </message>
</context>
<context>
    <name>Curator::PageMetadataReader</name>
    <message>
        <location filename="../src/core/importing/citationmeta.cpp" line="+725"/>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages cannot be read now.</source>
        <translation>Webseiten können jetzt nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 sent “%2”, not a web page.</source>
        <translation>%1 hat „%2“ gesendet, keine Webseite.</translation>
    </message>
</context>
<context>
    <name>Curator::PdfInspector</name>
    <message>
        <location filename="../src/core/importing/pdfinspector.cpp" line="+700"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation>„%1“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a web page saved under a .pdf name, not a PDF.</source>
        <translation>„%1“ ist eine unter einem .pdf-Namen gespeicherte Webseite, kein PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a PDF file: it does not start with a PDF header.</source>
        <translation>„%1“ ist keine PDF-Datei: Sie beginnt nicht mit einem PDF-Header.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large to inspect (%2 MB); the limit is %3 MB.</source>
        <translation>„%1“ ist zu groß für eine Untersuchung (%2 MB); die Grenze liegt bei %3 MB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is incomplete: the end of the PDF is missing (an interrupted download?).</source>
        <translation>„%1“ ist unvollständig: Das Ende des PDFs fehlt (ein abgebrochener Download?).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The paper was identified from the file name only.</source>
        <translation>Die Arbeit wurde nur anhand des Dateinamens erkannt.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Stopped reading “%1” after %n second(s): its pages are unusually complex.</source>
        <translation>
            <numerusform>Lesen von „%1“ nach %n Sekunde abgebrochen: Die Seiten sind ungewöhnlich komplex.</numerusform>
            <numerusform>Lesen von „%1“ nach %n Sekunden abgebrochen: Die Seiten sind ungewöhnlich komplex.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder, not a PDF file.</source>
        <translation>„%1“ ist ein Ordner, keine PDF-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a regular file.</source>
        <translation>„%1“ ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is damaged and cannot be read as a PDF.</source>
        <translation>„%1“ ist beschädigt und kann nicht als PDF gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is protected by a password.</source>
        <translation>„%1“ ist durch ein Passwort geschützt.</translation>
    </message>
</context>
<context>
    <name>Curator::Publisher</name>
    <message>
        <location filename="../src/core/git/publisher.cpp" line="+66"/>
        <source>The list is not linked to a git clone. Link it in the settings, or with: awesome-curator link --list NAME --repo PATH</source>
        <translation>Die Liste ist mit keinem git-Klon verknüpft. Verknüpfen Sie sie in den Einstellungen oder mit: awesome-curator link --list NAME --repo PATH</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the state of %1…</source>
        <translation>Zustand von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+63"/>
        <source>Merge the repository&apos;s README</source>
        <translation>README des Repositorys übernehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The README on %1/%2 changed since the list last saw it. Merge those changes first.</source>
        <translation>Die README auf %1/%2 wurde geändert, seit die Liste sie zuletzt gesehen hat. Übernehmen Sie diese Änderungen zuerst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The README on %1/%2 changed: new %3, changed %4, removed %5; they would be merged into the list.</source>
        <translation>Die README auf %1/%2 wurde geändert: neu %3, geändert %4, entfernt %5; diese Änderungen würden in die Liste übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged the README of %1/%2 into the list: new %3, changed %4, removed %5.</source>
        <translation>Die README von %1/%2 wurde in die Liste übernommen: neu %3, geändert %4, entfernt %5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to publish: the README on %1/%2 is already the list&apos;s.</source>
        <translation>Nichts zu veröffentlichen: Die README auf %1/%2 entspricht bereits der der Liste.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The branch %1 on %2 already carries this change; nothing new was pushed.</source>
        <translation>Der Branch %1 auf %2 enthält diese Änderung bereits; es wurde nichts Neues gepusht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The branch %1 on %2 already carries this change. Looking for its pull request on %3…</source>
        <translation>Der Branch %1 auf %2 enthält diese Änderung bereits. Suche seinen Pull-Request auf %3 …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No pull request is open from %1.</source>
        <translation>Von %1 ist kein Pull-Request offen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pull request #%1 already carries this change; nothing new was pushed.</source>
        <translation>Pull-Request #%1 enthält diese Änderung bereits; es wurde nichts Neues gepusht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch %1 on %2 already carries this change; nothing new was pushed. GitHub could not say whether its pull request is open: %3</source>
        <translation>Der Branch %1 auf %2 enthält diese Änderung bereits; es wurde nichts Neues gepusht. GitHub konnte nicht sagen, ob sein Pull-Request offen ist: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Pushed the branch %1 to %2. The list names no GitHub repository, so open the pull request on your git host.</source>
        <translation>Branch %1 wurde nach %2 gepusht. Die Liste nennt kein GitHub-Repository; öffnen Sie den Pull-Request daher bei Ihrem git-Hoster.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pushed %1. Looking for a GitHub token…</source>
        <translation>%1 gepusht. GitHub-Token wird gesucht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushed the branch %1; open the pull request on the compare page. %2</source>
        <translation>Branch %1 gepusht; öffnen Sie den Pull-Request auf der Vergleichsseite. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the pull request on %1 (token %2)…</source>
        <translation>Pull-Request auf %1 wird geöffnet (Token %2)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened pull request #%1.</source>
        <translation>Pull-Request #%1 geöffnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pushed the branch %1, but GitHub did not open the pull request: %2 Open it on the compare page.</source>
        <translation>Branch %1 wurde gepusht, aber GitHub hat den Pull-Request nicht geöffnet: %2 Öffnen Sie ihn auf der Vergleichsseite.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Curator::PullRequestDialog</name>
    <message>
        <location filename="../src/widgets/pullrequestdialog.cpp" line="+17"/>
        <source>Push and Open Pull Request</source>
        <translation>Pushen und Pull-Request öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>branch %1 of %2</source>
        <translation>Branch %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, branch %2 (the new branch is pushed to %3)</source>
        <translation>%1, Branch %2 (der neue Branch wird nach %3 gepusht)</translation>
    </message>
</context>
<context>
    <name>Curator::PullRequestFlow</name>
    <message>
        <location filename="../src/core/git/pullrequestflow.cpp" line="+155"/>
        <source>“%1” cannot be the name of a remote. Choose one of the repository&apos;s remotes, for example “origin”.</source>
        <translation>„%1“ kann nicht der Name eines Remotes sein. Wählen Sie eines der Remotes des Repositorys, zum Beispiel „origin“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be the name of a branch. Choose the branch the pull request should go into, for example “main”.</source>
        <translation>„%1“ kann nicht der Name eines Branches sein. Wählen Sie den Branch, in den der Pull-Request gehen soll, zum Beispiel „main“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a file path inside the repository. Give the README&apos;s path relative to the repository&apos;s top folder, for example “README.md”.</source>
        <translation>„%1“ ist kein Dateipfad innerhalb des Repositorys. Geben Sie den Pfad der README relativ zum obersten Ordner des Repositorys an, zum Beispiel „README.md“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the repository…</source>
        <translation>Repository wird geprüft…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not in a git repository, so there is nowhere to publish from. Clone the list&apos;s repository and export the list into the clone.</source>
        <translation>%1 liegt nicht in einem git-Repository, daher kann von dort nichts veröffentlicht werden. Klonen Sie das Repository der Liste und exportieren Sie die Liste in den Klon.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A merge is in progress in %1. Finish it (resolve the conflicts and commit) or abort it (git merge --abort) first.</source>
        <translation>In %1 läuft ein Merge. Schließen Sie ihn zuerst ab (Konflikte lösen und committen) oder brechen Sie ihn ab (git merge --abort).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rebase is in progress in %1. Finish it (git rebase --continue) or abort it (git rebase --abort) first.</source>
        <translation>In %1 läuft ein Rebase. Schließen Sie ihn zuerst ab (git rebase --continue) oder brechen Sie ihn ab (git rebase --abort).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cherry-pick is in progress in %1. Finish it (git cherry-pick --continue) or abort it (git cherry-pick --abort) first.</source>
        <translation>In %1 läuft ein Cherry-Pick. Schließen Sie ihn zuerst ab (git cherry-pick --continue) oder brechen Sie ihn ab (git cherry-pick --abort).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No branch is checked out in %1 (HEAD is detached). Check out a branch first, for example: git switch %2</source>
        <translation>In %1 ist kein Branch ausgecheckt (HEAD ist losgelöst). Checken Sie zuerst einen Branch aus, zum Beispiel: git switch %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The repository has no remote named “%1”, nor any other. Add the repository on GitHub as a remote first: git remote add %1 &lt;address&gt;</source>
        <translation>Das Repository hat kein Remote namens „%1“ und auch kein anderes. Fügen Sie zuerst das Repository auf GitHub als Remote hinzu: git remote add %1 &lt;Adresse&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repository has no remote named “%1”. Choose one of its remotes: %2.</source>
        <translation>Das Repository hat kein Remote namens „%1“. Wählen Sie eines seiner Remotes: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has uncommitted changes that Awesome Curator did not make. Commit or stash them first (git stash), so that none of your work is overwritten or left out of the pull request.</source>
        <translation>%1 enthält nicht committete Änderungen, die nicht von Awesome Curator stammen. Committen oder stashen Sie sie zuerst (git stash), damit nichts von Ihrer Arbeit überschrieben wird oder im Pull-Request fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has uncommitted changes: the app&apos;s own last export. They stay as they are.</source>
        <translation>%1 enthält nicht committete Änderungen: den letzten Export der Anwendung selbst. Sie bleiben unverändert.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Branch %1 stays checked out; the new branch is made in a temporary worktree.</source>
        <translation>Branch %1 bleibt ausgecheckt; der neue Branch wird in einem temporären Worktree angelegt.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not fetch from %1. Check the network connection, the remote&apos;s address (git remote -v) and your access to it.
%2</source>
        <translation>Von %1 konnte nicht abgerufen werden. Prüfen Sie die Netzwerkverbindung, die Adresse des Remotes (git remote -v) und Ihren Zugriff darauf.
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no branch “%2”. Choose the branch the pull request should go into.</source>
        <translation>%1 hat keinen Branch „%2“. Wählen Sie den Branch, in den der Pull-Request gehen soll.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your local %1 has commits that %2/%1 does not have. Push them (git push %2 %1) or merge them first, so that the pull request does not undo or miss them.</source>
        <translation>Ihr lokaler Branch %1 hat Commits, die %2/%1 nicht hat. Pushen Sie sie zuerst (git push %2 %1) oder führen Sie sie zusammen, damit der Pull-Request sie weder rückgängig macht noch übergeht.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1/%2 is at %3.</source>
        <translation>%1/%2 steht bei %3.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nothing was prepared to publish. Check the repository again.</source>
        <translation>Es wurde nichts zum Veröffentlichen vorbereitet. Prüfen Sie das Repository erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The commit message is empty. Write one that says what the change adds.</source>
        <translation>Die Commit-Nachricht ist leer. Schreiben Sie eine, die sagt, was die Änderung hinzufügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+134"/>
        <source>Nothing to publish: the README on %1/%2 is already this one.</source>
        <translation>Nichts zu veröffentlichen: Die README auf %1/%2 ist bereits diese.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>“%1” cannot be a branch name. Choose another one.</source>
        <translation>„%1“ kann kein Branch-Name sein. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not make a temporary folder: %1</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making branch %1 from %2/%3 (%4) in a temporary worktree…</source>
        <translation>Branch %1 wird aus %2/%3 (%4) in einem temporären Worktree angelegt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not make the temporary worktree.
%1</source>
        <translation>Der temporäre Worktree konnte nicht angelegt werden.
%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Committing the new %1…</source>
        <translation>Neue Fassung von %1 wird committet…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tell git who you are, in a terminal: git config --global user.name &quot;Your Name&quot; and git config --global user.email you@example.com. Then publish again.</source>
        <translation>Teilen Sie git in einem Terminal mit, wer Sie sind: git config --global user.name &quot;Ihr Name&quot; und git config --global user.email sie@example.com. Veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a pre-commit or commit-msg hook stopped the commit, its message is above: fix what it asks for and publish again.</source>
        <translation>Falls ein pre-commit- oder commit-msg-Hook den Commit verhindert hat, steht seine Meldung oben: Beheben Sie, was er verlangt, und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>git could not commit.
%1
%2</source>
        <translation>git konnte nicht committen.
%1
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new commit is not a single commit on %1/%2; nothing was pushed.</source>
        <translation>Der neue Commit ist kein einzelner Commit auf %1/%2; es wurde nichts gepusht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The commit changes more than %1 (%2); a hook may have added files. Nothing was pushed.</source>
        <translation>Der Commit ändert mehr als %1 (%2); möglicherweise hat ein Hook Dateien hinzugefügt. Es wurde nichts gepusht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pushing %1 to %2…</source>
        <translation>%1 wird nach %2 gepusht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not take the branch %2; nothing was published.
%3</source>
        <translation>%1 hat den Branch %2 nicht angenommen; es wurde nichts veröffentlicht.
%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Published the branch %1 on %2. A pull request from it into %3 can be opened now.</source>
        <translation>Branch %1 wurde auf %2 veröffentlicht. Ein Pull-Request daraus nach %3 kann jetzt geöffnet werden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Publishing was canceled.</source>
        <translation>Das Veröffentlichen wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removing the temporary worktree…</source>
        <translation>Temporärer Worktree wird entfernt…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting the unpublished branch %1…</source>
        <translation>Unveröffentlichter Branch %1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unpublished branch %1 is left behind; delete it with: git branch -D %1
%2</source>
        <translation>Der unveröffentlichte Branch %1 bleibt zurück; löschen Sie ihn mit: git branch -D %1
%2</translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeIO</name>
    <message>
        <location filename="../src/core/store/readmeio.cpp" line="+317"/>
        <location line="+292"/>
        <source>No store is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>The store %1 is read-only; nothing was imported.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Fix the file, or import with --force to keep such paragraphs as plain text.</source>
        <translation>Korrigieren Sie die Datei oder importieren Sie mit --force, um solche Absätze als reinen Text zu behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No section heading was found, so there is no entry to import. An awesome list has headings (# or ##) above its entries.</source>
        <translation>Es wurde keine Abschnittsüberschrift gefunden, daher gibt es keinen Eintrag zu importieren. Eine Awesome-Liste hat Überschriften (# oder ##) über ihren Einträgen.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Untitled list</source>
        <translation>Unbenannte Liste</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</source>
        <translation>
            <numerusform>Die Liste „%1“ enthält noch nicht exportierte Änderungen (Einträge: %n); ein Import würde sie durch den Text der README ersetzen. Exportieren Sie zuerst oder importieren Sie mit --force.</numerusform>
            <numerusform>Die Liste „%1“ enthält noch nicht exportierte Änderungen (Einträge: %n); ein Import würde sie durch den Text der README ersetzen. Exportieren Sie zuerst oder importieren Sie mit --force.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+278"/>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a directory, not a README file.</source>
        <translation>%1 ist ein Ordner, keine README-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MB, larger than any README this app reads (%3 MB).</source>
        <translation>%1 ist %2 MB groß und damit größer als jede README, die diese Anwendung liest (%3 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>There is no such list.</source>
        <translation>Diese Liste gibt es nicht.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The entry “%1” links to “%2”, which is not an http or https address. Nothing was exported: correct the entry’s URL, then export again.</source>
        <translation>Der Eintrag „%1“ verweist auf „%2“, keine http- oder https-Adresse. Es wurde nichts exportiert: Korrigieren Sie die URL des Eintrags und exportieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is a directory; give the README&apos;s file name.</source>
        <translation>%1 ist ein Ordner; geben Sie den Dateinamen der README an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1 was written, but the store could not record it: %2</source>
        <translation>%1 wurde geschrieben, aber die Datenbank konnte es nicht vermerken: %2</translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeReader</name>
    <message>
        <location filename="../src/core/markdown/readmereader.cpp" line="+488"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds a NUL byte: it is not a text file.</source>
        <translation>Die Datei enthält ein NUL-Byte: Sie ist keine Textdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not valid UTF-8 (byte %1 of this line); was it saved in another encoding, or cut short?</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Byte %1 dieser Zeile); wurde sie in einer anderen Kodierung gespeichert oder ist sie abgeschnitten?</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>This paragraph looks like an entry, but its link could not be read (is it cut off?). It is kept as plain text.</source>
        <translation>Dieser Absatz sieht wie ein Eintrag aus, aber sein Link konnte nicht gelesen werden (ist er abgeschnitten?). Er wird als reiner Text behalten.</translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeSync</name>
    <message numerus="yes">
        <location filename="../src/core/git/readmesync.cpp" line="+201"/>
        <source>%n place(s) of the README were changed both here and in the repository. Choose which version to keep.</source>
        <translation>
            <numerusform>%n Stelle der README wurde sowohl hier als auch im Repository geändert. Wählen Sie, welche Fassung behalten werden soll.</numerusform>
            <numerusform>%n Stellen der README wurden sowohl hier als auch im Repository geändert. Wählen Sie, welche Fassung behalten werden soll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The repository&apos;s README no longer has %n entry(s): %1. Confirm to remove them here too.</source>
        <translation>
            <numerusform>Die README des Repositorys enthält %n Eintrag nicht mehr: %1. Bestätigen Sie, um ihn auch hier zu entfernen.</numerusform>
            <numerusform>Die README des Repositorys enthält %n Einträge nicht mehr: %1. Bestätigen Sie, um sie auch hier zu entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such list.</source>
        <translation>Diese Liste gibt es nicht.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list is not linked to a git clone. Link it in the settings, or with: awesome-curator link --list NAME --repo PATH</source>
        <translation>Die Liste ist mit keinem git-Klon verknüpft. Verknüpfen Sie sie in den Einstellungen oder mit: awesome-curator link --list NAME --repo PATH</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list&apos;s clone %1 does not exist.</source>
        <translation>Der Klon %1 der Liste existiert nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was changed outside Awesome Curator since the last import or export. Sync first, so that those changes are not overwritten.</source>
        <translation>%1 wurde seit dem letzten Import oder Export außerhalb von Awesome Curator geändert. Gleichen Sie zuerst ab, damit diese Änderungen nicht überschrieben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is up to date.</source>
        <translation>%1 ist aktuell.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>Curator::RepoStatus</name>
    <message>
        <location filename="../src/core/git/repostatus.cpp" line="+186"/>
        <source>%1 is not inside a git repository.</source>
        <translation>%1 liegt nicht in einem git-Repository.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no working tree.</source>
        <translation>%1 hat kein Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot read “%1” at “%2”: not a valid revision and path.</source>
        <translation>„%1“ kann bei „%2“ nicht gelesen werden: keine gültige Kombination aus Revision und Pfad.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>git could not read “%1”: %2</source>
        <translation>git konnte „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” or “%2” is not a valid revision.</source>
        <translation>„%1“ oder „%2“ ist keine gültige Revision.</translation>
    </message>
</context>
<context>
    <name>Curator::Review</name>
    <message>
        <location filename="../src/core/review/contribution.cpp" line="+50"/>
        <source>The %1 README could not be read: line %2: %3</source>
        <translation>Die %1 README konnte nicht gelesen werden: Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>a paragraph (authors, bold linked title, venue, year)</source>
        <translation>Absatz (Autoren, fett verlinkter Titel, Publikationsort, Jahr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bullet (- [Name](link) - description)</source>
        <translation>Aufzählungspunkt (- [Name](link) - Beschreibung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table row</source>
        <translation>Tabellenzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list item</source>
        <translation>Listenelement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML table row</source>
        <translation>HTML-Tabellenzeile</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>old</source>
        <translation>alte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>neue</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Removes %1 (line %2 of the old README).</source>
        <translation>Entfernt %1 (Zeile %2 der alten README).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The link&apos;s address holds another link (%1): a link is [text](address).</source>
        <translation>Die Adresse des Links enthält einen weiteren Link (%1): Ein Link ist [Text](Adresse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link&apos;s text is its address; the list links the title.</source>
        <translation>Der Text des Links ist seine Adresse; die Liste verlinkt den Titel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written as %1; “%2” writes its entries as %3.</source>
        <translation>Geschrieben als %1; „%2“ schreibt seine Einträge als %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the same arXiv paper: %1 there, %2 here</source>
        <translation>dieselbe arXiv-Arbeit: dort %1, hier %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv %1</source>
        <translation>arXiv %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOI %1</source>
        <translation>DOI %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same title</source>
        <translation>derselbe Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same link</source>
        <translation>derselbe Link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same title; one may be the preprint of the other</source>
        <translation>derselbe Titel; einer ist vielleicht der Preprint des anderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already listed at line %1: %2 (%3).</source>
        <translation>Bereits in Zeile %1 aufgeführt: %2 (%3).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Out of year order: “%1” is newest first, so %2 goes above line %3 (%4).</source>
        <translation>Nicht in der Jahresreihenfolge: „%1“ führt das neueste Jahr zuerst, daher gehört %2 über Zeile %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out of year order: “%1” is newest first, so %2 goes at the end of the section.</source>
        <translation>Nicht in der Jahresreihenfolge: „%1“ führt das neueste Jahr zuerst, daher gehört %2 an das Ende des Abschnitts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New entries go at the top of their year: above line %1 (%2).</source>
        <translation>Neue Einträge gehören an den Anfang ihres Jahres: über Zeile %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This looks like a blog post (%1); the list keeps those under “%2”.</source>
        <translation>Das sieht nach einem Blogbeitrag aus (%1); die Liste führt diese unter „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a paper (%1); the list keeps papers under “%2”.</source>
        <translation>Dies ist eine Arbeit (%1); die Liste führt Arbeiten unter „%2“.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not read as an entry: %1 The list writes its entries as %2.</source>
        <translation>Nicht als Eintrag gelesen: %1 Die Liste schreibt ihre Einträge als %2.</translation>
    </message>
</context>
<context>
    <name>Curator::Review::Inbox</name>
    <message>
        <location filename="../src/core/review/inbox.cpp" line="+48"/>
        <source>Thank you! Read as entries of the list, this pull request:</source>
        <translation>Vielen Dank! Als Einträge der Liste gelesen, bewirkt dieser Pull-Request Folgendes:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- adds %1 to %2</source>
        <translation>- fügt %1 in %2 hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- changes %1 in %2</source>
        <translation>- ändert %1 in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- removes %1 from %2</source>
        <translation>- entfernt %1 aus %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- changes no entry</source>
        <translation>- ändert keinen Eintrag</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Everything is in the list&apos;s form and place.</source>
        <translation>Alles entspricht der Form und Ordnung der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions are on the lines below; GitHub can commit each one.</source>
        <translation>Die Vorschläge stehen an den Zeilen unten; GitHub kann jeden einzeln committen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The list is not linked to a clone of a GitHub repository (link it in the settings, or with the command line&apos;s link).</source>
        <translation>Die Liste ist mit keinem Klon eines GitHub-Repositorys verknüpft (verknüpfen Sie sie in den Einstellungen oder mit link auf der Befehlszeile).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking GitHub for the open pull requests of %1…</source>
        <translation>GitHub wird nach den offenen Pull-Requests von %1 gefragt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>#%1 is not an open pull request of %2.</source>
        <translation>#%1 ist kein offener Pull-Request von %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading #%1…</source>
        <translation>#%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The pull request removes or cannot show %1: %2</source>
        <translation>Der Pull-Request entfernt %1 oder kann es nicht anzeigen: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking the proposed entries against arXiv and Crossref, and their links…</source>
        <translation>Die vorgeschlagenen Einträge werden mit arXiv und Crossref abgeglichen und ihre Links geprüft…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The list has no section to add to.</source>
        <translation>Die Liste hat keinen Abschnitt, in den eingefügt werden kann.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>#%1 adds no entry the list does not have.</source>
        <translation>#%1 fügt keinen Eintrag hinzu, den die Liste nicht schon hat.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Take over %n entries of #%1</source>
        <translation>
            <numerusform>%n Eintrag aus #%1 übernehmen</numerusform>
            <numerusform>%n Einträge aus #%1 übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Thank you, @%1! The entries of this pull request are taken over in %2, written as the list writes them and placed by year, with you as co-author of the commit.</source>
        <translation>Vielen Dank, @%1! Die Einträge dieses Pull-Requests wurden in %2 übernommen, so geschrieben, wie die Liste sie schreibt, und nach Jahr eingeordnet, mit Ihnen als Co-Autor des Commits.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The README does not read back as the same entries.</source>
        <translation>Beim erneuten Lesen ergibt die README nicht dieselben Einträge.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>#%1 does not allow maintainers to push to its branch: post a review or take it over instead.</source>
        <translation>#%1 erlaubt Maintainern nicht, auf seinen Branch zu pushen: Veröffentlichen Sie stattdessen ein Review oder übernehmen Sie ihn.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Curator::Review::OnlineChecks</name>
    <message>
        <location filename="../src/core/review/onlinechecks.cpp" line="+71"/>
        <source>%1 has another title: “%2”.</source>
        <translation>%1 nennt einen anderen Titel: „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 names %2 as the first author; the entry does not name them.</source>
        <translation>%1 nennt %2 als Erstautor; der Eintrag nennt diese Person nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 dates it %2, the entry %3.</source>
        <translation>%1 datiert die Arbeit auf %2, der Eintrag auf %3.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The link is broken: there is no %1.</source>
        <translation>Der Link ist defekt: %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The link is broken: %1.</source>
        <translation>Der Link ist defekt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link could not be verified: %1.</source>
        <translation>Der Link konnte nicht geprüft werden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link leads to a front or sign-in page now: %1.</source>
        <translation>Der Link führt jetzt auf eine Start- oder Anmeldeseite: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
</context>
<context>
    <name>Curator::Review::PullRequests</name>
    <message>
        <location filename="../src/core/review/pullrequests.cpp" line="+125"/>
        <source>%1: GitHub&apos;s rate limit is used up%2. Without a token GitHub allows 60 requests an hour; set GH_TOKEN or GITHUB_TOKEN, or keep a token in the settings.</source>
        <translation>%1: Das GitHub-Ratenlimit ist ausgeschöpft%2. Ohne Token erlaubt GitHub 60 Anfragen pro Stunde; setzen Sie GH_TOKEN oder GITHUB_TOKEN oder speichern Sie ein Token in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: GitHub did not accept the token (401).</source>
        <translation>%1: GitHub hat das Token nicht akzeptiert (401).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not allowed (403): %2</source>
        <translation>%1: nicht erlaubt (403): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not found (404); a private repository needs a token that may read it.</source>
        <translation>%1: nicht gefunden (404); ein privates Repository braucht ein Token, das es lesen darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: GitHub cannot merge it (405): %2. It may have conflicts, failing required checks or missing approvals.</source>
        <translation>%1: GitHub kann ihn nicht zusammenführen (405): %2. Möglicherweise hat er Konflikte, fehlgeschlagene erforderliche Prüfungen oder fehlende Freigaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the contributor pushed since it was reviewed (409): %2. Review it again before merging.</source>
        <translation>%1: Der Beitragende hat seit dem Review gepusht (409): %2. Prüfen Sie ihn vor dem Zusammenführen erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: GitHub refused it (422): %2</source>
        <translation>%1: GitHub hat dies abgelehnt (422): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: GitHub answered %2: %3</source>
        <translation>%1: GitHub hat mit %2 geantwortet: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: GitHub&apos;s answer is not a list.</source>
        <translation>%1: Die Antwort von GitHub ist keine Liste.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>#%1 changed since it was read (its head is now %2); review it again.</source>
        <translation>#%1 wurde seit dem Lesen geändert (sein Head ist jetzt %2); prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub has not worked out yet whether #%1 can be merged; try again in a moment.</source>
        <translation>GitHub hat noch nicht ermittelt, ob #%1 zusammengeführt werden kann; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GitHub says #%1 cannot be merged as it is (conflicts with %2?).</source>
        <translation>Laut GitHub kann #%1 so nicht zusammengeführt werden (Konflikte mit %2?).</translation>
    </message>
</context>
<context>
    <name>Curator::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="+86"/>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>APA: Family, G., &amp; Family, G.</source>
        <translation>APA: Nachname, V., &amp; Nachname, V.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural: Given Family and Given Family</source>
        <translation>Natürlich: Vorname Nachname and Vorname Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short: Family, G., et al.</source>
        <translation>Kurz: Nachname, V., et al.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The List&apos;s Clone</source>
        <translation>Klon der Liste</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>GitHub Token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A GitHub token that may open pull requests (scope &quot;public_repo&quot;, or &quot;Pull requests: write&quot; for a fine-grained token). It is kept in the system keychain, nowhere else.</source>
        <translation>Ein GitHub-Token, das Pull-Requests öffnen darf (Scope „public_repo“ oder bei einem feingranularen Token „Pull requests: write“). Es wird im Systemschlüsselbund aufbewahrt, nirgendwo sonst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No form shared by two entries was found.</source>
        <translation>Keine Form gefunden, die zwei Einträge teilen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The contact e-mail is not an address such as you@example.org.</source>
        <translation>Die Kontakt-E-Mail ist keine Adresse wie sie@example.org.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each venue row needs a long name and a short form.</source>
        <translation>Jede Zeile der Publikationsorte braucht einen langen Namen und eine Kurzform.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clone folder %1 does not exist.</source>
        <translation>Der Klon-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not the top folder of a git clone.</source>
        <translation>%1 ist nicht der oberste Ordner eines git-Klons.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A remote or branch name cannot begin with &quot;-&quot; or hold spaces.</source>
        <translation>Ein Remote- oder Branch-Name darf nicht mit „-“ beginnen und keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The README path is relative to the clone, inside it.</source>
        <translation>Der README-Pfad ist relativ zum Klon und muss darin liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GitHub repository is written owner/name.</source>
        <translation>Das GitHub-Repository wird als Besitzer/Name geschrieben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: pull requests are opened in the browser. %1</source>
        <translation>Keins: Pull-Requests werden im Browser geöffnet. %1</translation>
    </message>
</context>
<context>
    <name>Curator::SidebarModel</name>
    <message>
        <location filename="../src/widgets/sidebarmodel.cpp" line="+15"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
from %2</source>
        <translation>%1
aus %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>List %1, %n entries</source>
        <translation>
            <numerusform>Liste %1, %n Eintrag</numerusform>
            <numerusform>Liste %1, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Section %1, %n entries</source>
        <translation>
            <numerusform>Abschnitt %1, %n Eintrag</numerusform>
            <numerusform>Abschnitt %1, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop entries here to move them to &quot;%1&quot;.</source>
        <translation>Einträge hier ablegen, um sie nach „%1“ zu verschieben.</translation>
    </message>
</context>
<context>
    <name>Curator::Store</name>
    <message>
        <location filename="../src/core/store/changes.cpp" line="+100"/>
        <location line="+36"/>
        <location line="+15"/>
        <source>Cannot undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the recorded change is damaged</source>
        <translation>die aufgezeichnete Änderung ist beschädigt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entries were changed since, perhaps in another window; nothing was changed</source>
        <translation>die Einträge wurden inzwischen geändert, vielleicht in einem anderen Fenster; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/core/store/ordering.cpp" line="+162"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+24"/>
        <location line="+21"/>
        <location line="+53"/>
        <source>Cannot move the entries</source>
        <translation>Die Einträge können nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="+815"/>
        <location filename="../src/core/store/ordering.cpp" line="-112"/>
        <source>the section does not exist</source>
        <translation>der Abschnitt existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/store/ordering.cpp" line="+12"/>
        <location line="+26"/>
        <location line="+74"/>
        <source>an entry no longer exists</source>
        <translation>ein Eintrag existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Cannot move the entry</source>
        <translation>Der Eintrag kann nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="+184"/>
        <location line="+34"/>
        <location line="+8"/>
        <location filename="../src/core/store/ordering.cpp" line="-8"/>
        <source>it no longer exists</source>
        <translation>er existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/core/store/ordering.cpp" line="+31"/>
        <source>Cannot sort the section</source>
        <translation>Der Abschnitt kann nicht sortiert werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="-405"/>
        <location line="+17"/>
        <location filename="../src/core/store/queries.cpp" line="+179"/>
        <location line="+37"/>
        <source>Cannot read the entries</source>
        <translation>Die Einträge können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/queries.cpp" line="-22"/>
        <source>Cannot search</source>
        <translation>Suche nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="-618"/>
        <source>The store is read-only; nothing was changed.</source>
        <translation>Die Datenbank ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is busy: another window or program is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Fenster oder Programm schreibt gerade hinein. Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was changed.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an Awesome Curator store (not an SQLite database).</source>
        <translation>Die Datei ist keine Awesome-Curator-Datenbank (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file is damaged (%1).</source>
        <translation>Die Datenbankdatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file cannot be opened (%1).</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store could not be read or written (%1).</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%1” is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+25"/>
        <source>Cannot open the store %1</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>it is a directory</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not an Awesome Curator store (not an SQLite database); it was left untouched</source>
        <translation>die Datei ist keine Awesome-Curator-Datenbank (keine SQLite-Datenbank); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the store %1</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the SQLite driver gave no handle</source>
        <translation>der SQLite-Treiber hat kein Handle geliefert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it was written by a newer version of Awesome Curator (schema %1; this version knows up to %2). It was left untouched: update Awesome Curator to use it.</source>
        <translation>sie wurde von einer neueren Version von Awesome Curator geschrieben (Schema %1; diese Version kennt Schemata bis %2). Sie wurde nicht verändert: Aktualisieren Sie Awesome Curator, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>it is read-only and needs an upgrade to this version&apos;s format</source>
        <translation>sie ist schreibgeschützt und muss auf das Format dieser Version aktualisiert werden</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The store %1 is read-only; nothing was changed.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cannot read the lists</source>
        <translation>Die Listen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot create the list</source>
        <translation>Die Liste kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>a list needs a name</source>
        <translation>eine Liste braucht einen Namen</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Cannot create the list %1</source>
        <translation>Die Liste %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papers</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot add the section</source>
        <translation>Der Abschnitt kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a section needs a title</source>
        <translation>ein Abschnitt braucht einen Titel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot add the section %1</source>
        <translation>Der Abschnitt %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the list</source>
        <translation>Die Liste kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Cannot rename the list</source>
        <translation>Die Liste kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot use that template</source>
        <translation>Diese Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown author style</source>
        <translation>Unbekannter Autorenstil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot change the list&apos;s format</source>
        <translation>Das Format der Liste kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Cannot save the venue names</source>
        <translation>Die Namen der Publikationsorte können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>every row needs a long name and a short form</source>
        <translation>jede Zeile braucht einen langen Namen und eine Kurzform</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the sections</source>
        <translation>Die Abschnitte können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+274"/>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+24"/>
        <location line="+12"/>
        <location line="+27"/>
        <location line="+33"/>
        <source>Cannot add the entry</source>
        <translation>Der Eintrag kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+21"/>
        <location line="+2"/>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>Cannot change the entry</source>
        <translation>Der Eintrag kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+8"/>
        <source>Cannot remove the entry</source>
        <translation>Der Eintrag kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>Cannot update the search index</source>
        <translation>Der Suchindex kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot cache the response</source>
        <translation>Die Antwort kann nicht zwischengespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/repolink.cpp" line="+45"/>
        <source>Cannot save the list&apos;s repository</source>
        <translation>Das Repository der Liste kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+26"/>
        <source>Cannot record the README</source>
        <translation>Die README kann nicht vermerkt werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/history.cpp" line="+39"/>
        <location line="+10"/>
        <location line="+44"/>
        <source>Cannot keep the undo history</source>
        <translation>Der Rückgängig-Verlauf kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Curator::TokenProvider</name>
    <message>
        <location filename="../src/core/git/githubtoken.cpp" line="+124"/>
        <source>The GitHub CLI is not logged in (“gh auth login”).</source>
        <translation>Die GitHub-CLI ist nicht angemeldet („gh auth login“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GitHub CLI printed no token.</source>
        <translation>Die GitHub-CLI hat kein Token ausgegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The GitHub CLI could not be started.</source>
        <translation>Die GitHub-CLI konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The GitHub CLI did not answer within %n second(s).</source>
        <translation>
            <numerusform>Die GitHub-CLI hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Die GitHub-CLI hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The system keychain did not answer within %n second(s); set GH_TOKEN instead.</source>
        <translation>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; setzen Sie stattdessen GH_TOKEN.</numerusform>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; setzen Sie stattdessen GH_TOKEN.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keychain refused access%1.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain is available%1; set GH_TOKEN instead.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar%1; setzen Sie stattdessen GH_TOKEN.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>No GitHub token was found. Set GH_TOKEN, log in with the GitHub CLI (“gh auth login”), or save a token in the settings.</source>
        <translation>Es wurde kein GitHub-Token gefunden. Setzen Sie GH_TOKEN, melden Sie sich mit der GitHub-CLI an („gh auth login“) oder speichern Sie ein Token in den Einstellungen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The entry in the system keychain is not a token.</source>
        <translation>Der Eintrag im Systemschlüsselbund ist kein Token.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No GitHub token was found in GH_TOKEN, GITHUB_TOKEN or the GitHub CLI.</source>
        <translation>Weder in GH_TOKEN noch in GITHUB_TOKEN noch in der GitHub-CLI wurde ein GitHub-Token gefunden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That is not a GitHub token: a token has no spaces and only ASCII letters, digits and punctuation.</source>
        <translation>Das ist kein GitHub-Token: Ein Token enthält keine Leerzeichen und nur ASCII-Buchstaben, Ziffern und Satzzeichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The token was not saved. %1</source>
        <translation>Das Token wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The token was not removed. %1</source>
        <translation>Das Token wurde nicht entfernt. %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>from GH_TOKEN</source>
        <translation>aus GH_TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from GITHUB_TOKEN</source>
        <translation>aus GITHUB_TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the GitHub CLI</source>
        <translation>aus der GitHub-CLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Curator::Updates::Review</name>
    <message>
        <location filename="../src/core/updates/review.cpp" line="+28"/>
        <source>Published version</source>
        <translation>Veröffentlichte Fassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retraction</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Expression of concern</source>
        <translation>Bedenken des Verlags</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Erschienen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice DOI</source>
        <translation>DOI der Mitteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice date</source>
        <translation>Datum der Mitteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice source</source>
        <translation>Quelle der Mitteilung</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Zurückgenommen</translation>
    </message>
</context>
<context>
    <name>Curator::Updates::Sweep</name>
    <message>
        <location filename="../src/core/updates/sweep.cpp" line="+311"/>
        <source>published as DOI %1 (venue and year not known: its record could not be read)</source>
        <translation>veröffentlicht als DOI %1 (Erscheinungsort und Jahr unbekannt: ihr Datensatz ließ sich nicht lesen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>published: %1 (%2)</source>
        <translation>veröffentlicht: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>retracted %1 (notice %2, %3)</source>
        <translation>zurückgezogen %1 (Mitteilung %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn %1 (notice %2, %3)</source>
        <translation>zurückgenommen %1 (Mitteilung %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expression of concern %1 (notice %2, %3)</source>
        <translation>Bedenken des Verlags %1 (Mitteilung %2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrected %1 (notice %2, %3)</source>
        <translation>korrigiert %1 (Mitteilung %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title now: %1</source>
        <translation>neuer Titel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authors now: %1</source>
        <translation>neue Autoren: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Update %n entries from their sources</source>
        <translation>
            <numerusform>%n Eintrag aus seiner Quelle aktualisieren</numerusform>
            <numerusform>%n Einträge aus ihren Quellen aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An entry to update is gone: %1</source>
        <translation>Ein zu aktualisierender Eintrag existiert nicht mehr: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>There is no such list.</source>
        <translation>Diese Liste gibt es nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Looking up %n entries…</source>
        <translation>
            <numerusform>%n Eintrag wird nachgeschlagen…</numerusform>
            <numerusform>%n Einträge werden nachgeschlagen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Asking bioRxiv about %n preprints…</source>
        <translation>
            <numerusform>bioRxiv wird zu %n Preprint befragt…</numerusform>
            <numerusform>bioRxiv wird zu %n Preprints befragt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Looking up %n published versions…</source>
        <translation>
            <numerusform>%n veröffentlichte Fassung wird nachgeschlagen…</numerusform>
            <numerusform>%n veröffentlichte Fassungen werden nachgeschlagen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::UpdatesDialog</name>
    <message>
        <location filename="../src/widgets/updatesdialog.cpp" line="+42"/>
        <source>&amp;Apply Selected</source>
        <translation>Ausgewählte &amp;übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The sources propose %n changes to %1 entries. Title and author changes are not checked at first: a list often shortens them on purpose.</source>
        <translation>
            <numerusform>Die Quellen schlagen %n Änderung vor (betroffene Einträge: %1). Titel- und Autorenänderungen sind zunächst nicht angehakt: Eine Liste kürzt sie oft absichtlich.</numerusform>
            <numerusform>Die Quellen schlagen %n Änderungen vor (betroffene Einträge: %1). Titel- und Autorenänderungen sind zunächst nicht angehakt: Eine Liste kürzt sie oft absichtlich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(removed from the list)</source>
        <translation>(aus der Liste entfernt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag, note</source>
        <translation>Schlagwort, Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tagged and noted: %1</source>
        <translation>mit Schlagwort versehen und notiert: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply Updates</source>
        <translation>Aktualisierungen übernehmen</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../ui/entryeditor.ui" line="+12"/>
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Look up:</source>
        <translation>&amp;Nachschlagen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identifier to look up</source>
        <translation>Nachzuschlagende Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a DOI, an arXiv ID or a link to a paper (arxiv.org, doi.org, biorxiv.org, nature.com, a publisher&apos;s page with the DOI in it); Fetch fills in the entry.</source>
        <translation>Fügen Sie eine DOI, eine arXiv-ID oder einen Link zu einer Arbeit ein (arxiv.org, doi.org, biorxiv.org, nature.com, eine Verlagsseite, die die DOI enthält); „Abrufen“ füllt den Eintrag aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a DOI, an arXiv ID or a link</source>
        <translation>DOI, arXiv-ID oder Link einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognised identifier</source>
        <translation>Erkannte Kennung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the entry from arXiv, Crossref or doi.org (a record fetched before comes from the cache)</source>
        <translation>Den Eintrag aus arXiv, Crossref oder doi.org ausfüllen (ein zuvor abgerufener Datensatz kommt aus dem Cache)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneut abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service again instead of using the record fetched before</source>
        <translation>Den Dienst erneut abfragen, statt den zuvor abgerufenen Datensatz zu verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the look-up</source>
        <translation>Die Abfrage anhalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look-up status</source>
        <translation>Abfragestatus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use &amp;Published Version</source>
        <translation>&amp;Veröffentlichte Fassung verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the venue, year and DOI of the published paper; the arXiv ID is kept</source>
        <translation>Publikationsort, Jahr und DOI der veröffentlichten Arbeit übernehmen; die arXiv-ID bleibt erhalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already in the list</source>
        <translation>Schon in der Liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Existing Entry</source>
        <translation>Vorhandenen Eintrag &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the entry the list already has in the main window</source>
        <translation>Den Eintrag, den die Liste schon enthält, im Hauptfenster auswählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Section:</source>
        <translation>A&amp;bschnitt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heading of the list that the entry stands under.</source>
        <translation>Die Überschrift der Liste, unter der der Eintrag steht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Authors:</source>
        <translation>A&amp;utoren:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authors as the list writes them, such as “Spieler, A., Rahaman, N., &amp; Levina, A.”.</source>
        <translation>Die Autoren so, wie die Liste sie schreibt, etwa „Spieler, A., Rahaman, N., &amp; Levina, A.“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family, G., &amp; Family, G.</source>
        <translation>Nachname, V., &amp; Nachname, V.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper&apos;s title as plain text (required); it is written in bold as the link text.</source>
        <translation>Der Titel der Arbeit als reiner Text (erforderlich); er wird fett als Linktext geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;URL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link of the title: an http or https address of the paper.</source>
        <translation>Der Link des Titels: eine http- oder https-Adresse der Arbeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Venue:</source>
        <translation>Erschienen &amp;in:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venue</source>
        <translation>Erschienen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the paper appeared: a journal, a conference or arXiv. Written after the link.</source>
        <translation>Wo die Arbeit erschienen ist: eine Zeitschrift, eine Konferenz oder arXiv. Wird nach dem Link geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal, conference or arXiv</source>
        <translation>Zeitschrift, Konferenz oder arXiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in parentheses at the end of the entry: a year such as “2023”, or text with a year such as “NAACL 2025”. Leave it empty when unknown.</source>
        <translation>Wird am Ende des Eintrags in Klammern geschrieben: eine Jahreszahl wie „2023“ oder ein Text mit Jahreszahl wie „NAACL 2025“. Leer lassen, wenn unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>such as 2023</source>
        <translation>etwa 2023</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;DOI:</source>
        <translation>&amp;DOI:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper&apos;s DOI, such as 10.1038/nn.4244. A pasted doi.org link is shortened to the DOI.</source>
        <translation>Die DOI der Arbeit, etwa 10.1038/nn.4244. Ein eingefügter doi.org-Link wird auf die DOI gekürzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>such as 10.1038/nn.4244</source>
        <translation>etwa 10.1038/nn.4244</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ar&amp;Xiv ID:</source>
        <translation>ar&amp;Xiv-ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arXiv ID</source>
        <translation>arXiv-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arXiv identifier, with its version when known, such as 2306.16922v2. A pasted arXiv link is shortened to the identifier.</source>
        <translation>Die arXiv-ID, mit Version, sofern bekannt, etwa 2306.16922v2. Ein eingefügter arXiv-Link wird auf die ID gekürzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>such as 2306.16922</source>
        <translation>etwa 2306.16922</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own labels for finding the entry again, separated by commas.</source>
        <translation>Eigene Schlagwörter, um den Eintrag wiederzufinden, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;PDF file:</source>
        <translation>&amp;PDF-Datei:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A local copy of the paper.</source>
        <translation>Eine lokale Kopie der Arbeit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the PDF file</source>
        <translation>Nach der PDF-Datei suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF file of the paper.</source>
        <translation>Die PDF-Datei der Arbeit auswählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes about the paper. They are not written to the README.</source>
        <translation>Ihre Notizen zur Arbeit. Sie werden nicht in die README geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Markdown preview:</source>
        <translation>&amp;Markdown-Vorschau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown preview</source>
        <translation>Markdown-Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line written to the README for this entry, updated as you type.</source>
        <translation>Die Zeile, die für diesen Eintrag in die README geschrieben wird; wird beim Tippen aktualisiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the entry goes</source>
        <translation>Position des Eintrags</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems with the entry</source>
        <translation>Probleme mit dem Eintrag</translation>
    </message>
</context>
<context>
    <name>ExportPane</name>
    <message>
        <location filename="../ui/exportpane.ui" line="+11"/>
        <source>Not linked to a repository</source>
        <translation>Nicht mit einem Repository verknüpft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the repository&apos;s state again</source>
        <translation>Den Zustand des Repositorys erneut lesen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the repository&apos;s changes into the list first</source>
        <translation>Zuerst die Änderungen des Repositorys in die Liste übernehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the README into the clone&apos;s working tree (Ctrl+E)</source>
        <translation>Die README in das Arbeitsverzeichnis des Klons schreiben (Strg+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Pull Request</source>
        <translation>&amp;Pull-Request öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit the README on a new branch from the up-to-date base, push it and open a pull request</source>
        <translation>Die README auf einem neuen Branch von der aktuellen Basis committen, ihn pushen und einen Pull-Request öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../ui/importreportdialog.ui" line="+6"/>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported items</source>
        <translation>Importierte Elemente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A merge fills the existing entry&apos;s empty fields from what was found; nothing it has is overwritten, except a preprint&apos;s venue, link and DOI by the published version&apos;s.</source>
        <translation>Beim Zusammenführen werden leere Felder des vorhandenen Eintrags mit dem Gefundenen gefüllt; nichts Vorhandenes wird überschrieben, außer Publikationsort, Link und DOI eines Preprints durch die der veröffentlichten Fassung.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../ui/inboxdialog.ui" line="+6"/>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open pull requests</source>
        <translation>Offene Pull-Requests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pull request</source>
        <translation>Pull-Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected pull request as entries</source>
        <translation>Der ausgewählte Pull-Request als Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review that would be posted</source>
        <translation>Das Review, das veröffentlicht würde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneut abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask GitHub again for the open pull requests</source>
        <translation>GitHub erneut nach den offenen Pull-Requests fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask &amp;arXiv, Crossref and the links too</source>
        <translation>Auch &amp;arXiv und Crossref abfragen und die Links prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also compare each proposed entry with its arXiv or Crossref record and check its link (slower; the look-ups are cached)</source>
        <translation>Jeden vorgeschlagenen Eintrag auch mit seinem Datensatz bei arXiv oder Crossref vergleichen und seinen Link prüfen (langsamer; die Abfragen werden zwischengespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Post Review…</source>
        <translation>Review &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the review shown above to GitHub: the findings on their lines, with suggestions GitHub can commit</source>
        <translation>Das oben angezeigte Review an GitHub senden: die Befunde an ihren Zeilen, mit Vorschlägen, die GitHub committen kann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Push &amp;Fix-Up…</source>
        <translation>&amp;Korrektur-Commit pushen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the contributor allowed maintainer edits: push a commit to their branch that writes the entries as the list writes them, in year order</source>
        <translation>Wo der Beitragende Bearbeitungen durch Maintainer erlaubt hat: Einen Commit auf seinen Branch pushen, der die Einträge so schreibt, wie die Liste sie schreibt, nach Jahr geordnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take Over…</source>
        <translation>Über&amp;nehmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the pull request&apos;s entries to the list as it writes them, open a pull request of the list&apos;s own with the contributor as co-author, and thank them on theirs</source>
        <translation>Die Einträge des Pull-Requests so in die Liste übernehmen, wie die Liste sie schreibt, einen eigenen Pull-Request der Liste mit dem Beitragenden als Co-Autor öffnen und ihm in seinem Pull-Request danken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squash-merge the pull request on GitHub, if its head is still the one read here</source>
        <translation>Den Pull-Request auf GitHub per Squash-Merge zusammenführen, wenn sein Head noch der hier gelesene ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LinkReportDialog</name>
    <message>
        <location filename="../ui/linkreportdialog.ui" line="+6"/>
        <source>Link Report</source>
        <translation>Linkbericht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Links found</source>
        <translation>Gefundene Links</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;ok links too</source>
        <translation>Auch &amp;ok-Links anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every link of the README, not only those that need a look</source>
        <translation>Alle Links der README auflisten, nicht nur die auffälligen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each fix is one step that Edit → Undo in the main window takes back.</source>
        <translation>Jede Korrektur ist ein eigener Schritt, den Bearbeiten → Rückgängig im Hauptfenster zurücknimmt.</translation>
    </message>
</context>
<context>
    <name>LinkRulesDialog</name>
    <message>
        <location filename="../ui/linkrulesdialog.ui" line="+6"/>
        <source>Link Ignore Rules</source>
        <translation>Ignorierregeln für Links</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links matching one of these rules are not checked. One regular expression per line, matched anywhere in the address; a line starting with # is a comment. lychee reads the same rules from a .lycheeignore file.</source>
        <translation>Links, die zu einer dieser Regeln passen, werden nicht geprüft. Ein regulärer Ausdruck pro Zeile, der an beliebiger Stelle der Adresse passen darf; eine Zeile, die mit # beginnt, ist ein Kommentar. lychee liest dieselben Regeln aus einer .lycheeignore-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore rules</source>
        <translation>Ignorierregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># e.g. pages that refuse bots
^https://www\.linkedin\.com/</source>
        <translation># z. B. Seiten, die Bots abweisen
^https://www\.linkedin\.com/</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+9"/>
        <source>Awesome Curator</source>
        <translation>Awesome Curator</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists and sections</source>
        <translation>Listen und Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a list or one of its sections. Drop entries on a section to move them there.</source>
        <translation>Wählen Sie eine Liste oder einen ihrer Abschnitte. Legen Sie Einträge auf einem Abschnitt ab, um sie dorthin zu verschieben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in authors, titles, venues and notes (each may be the start of a longer one), a year, or a paper by its DOI, arXiv id or link.</source>
        <translation>Wörter, die in Autoren, Titeln, Publikationsorten und Notizen gesucht werden (jedes darf der Anfang eines längeren sein), ein Jahr, oder eine Arbeit an ihrer DOI, arXiv-ID oder ihrem Link.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, a year, a DOI, an arXiv id or a link (Ctrl+F)</source>
        <translation>Wörter, ein Jahr, eine DOI, eine arXiv-ID oder ein Link (Strg+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to edit an entry; F2 edits a cell in place. Drag rows to reorder them.</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um einen Eintrag zu bearbeiten; F2 bearbeitet eine Zelle direkt. Zeilen ziehen, um sie neu anzuordnen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New List…</source>
        <translation>&amp;Neue Liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty list with one section</source>
        <translation>Eine leere Liste mit einem Abschnitt beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete List…</source>
        <translation>Liste &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected list and its entries from the store (Edit → Undo brings it back)</source>
        <translation>Die ausgewählte Liste und ihre Einträge aus der Datenbank entfernen (Bearbeiten → Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import README…</source>
        <translation>README &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read an awesome list&apos;s README.md into the store (a list of the same name is updated)</source>
        <translation>Die README.md einer Awesome-Liste in die Datenbank einlesen (eine gleichnamige Liste wird aktualisiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export README</source>
        <translation>README &amp;exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list&apos;s README back to the file it came from</source>
        <translation>Die README der Liste in die Datei zurückschreiben, aus der sie stammt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;As…</source>
        <translation>Exportieren &amp;als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list to a file you choose: its README, or its papers as BibTeX, CSL-JSON or CSV</source>
        <translation>Die Liste in eine Datei Ihrer Wahl schreiben: ihre README oder ihre Arbeiten als BibTeX, CSL-JSON oder CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Store…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another store file in a new window</source>
        <translation>Eine andere Datenbankdatei in einem neuen Fenster öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the entries</source>
        <translation>Die Einträge durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Entry…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paper to the selected section</source>
        <translation>Eine Arbeit zum ausgewählten Abschnitt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit every field of the selected entry (Enter)</source>
        <translation>Alle Felder des ausgewählten Eintrags bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate Entry</source>
        <translation>Eintrag &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entries</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sort Section by Year</source>
        <translation>Abschnitt nach &amp;Jahr sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder the selected section newest year first, as the README keeps it</source>
        <translation>Den ausgewählten Abschnitt neu ordnen, neuestes Jahr zuerst, wie es die README hält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail, language, and the list&apos;s entry template, author style and venue names</source>
        <translation>Kontakt-E-Mail, Sprache sowie Eintragsvorlage, Autorenstil und Publikationsorte der Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;README Order</source>
        <translation>&amp;README-Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the entries in the README&apos;s own order</source>
        <translation>Die Einträge in der Reihenfolge der README anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Only &amp;Broken Links</source>
        <translation>Nur &amp;defekte Links anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the entries whose link the last check found broken or redirected to a front page (a soft 404)</source>
        <translation>Nur die Einträge anzeigen, deren Link bei der letzten Prüfung defekt war oder auf eine Startseite umgeleitet wurde (ein soft 404)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;Links…</source>
        <translation>&amp;Links prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every link of the list&apos;s README in the background: papers through arXiv&apos;s, doi.org&apos;s and GitHub&apos;s services, other pages by fetching their headers</source>
        <translation>Alle Links der README der Liste im Hintergrund prüfen: Arbeiten über die Dienste von arXiv, doi.org und GitHub, andere Seiten durch Abrufen ihrer Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check for &amp;Updates…</source>
        <translation>Auf &amp;Aktualisierungen prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the papers&apos; sources (arXiv, Crossref, bioRxiv) again in the background: published versions of preprints, retractions and other notices, corrected titles and authors, offered for review</source>
        <translation>Die Quellen der Arbeiten (arXiv, Crossref, bioRxiv) im Hintergrund erneut abfragen: veröffentlichte Fassungen von Preprints, Rückzüge und andere Mitteilungen, korrigierte Titel und Autoren, zur Prüfung vorgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contributions…</source>
        <translation>&amp;Beiträge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open pull requests of the list&apos;s GitHub repository, each read as entries with what a review would say; post the review or merge from here</source>
        <translation>Die offenen Pull-Requests des GitHub-Repositorys der Liste, jeweils als Einträge gelesen, mit dem, was ein Review sagen würde; von hier aus das Review veröffentlichen oder zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link &amp;Ignore Rules…</source>
        <translation>&amp;Ignorierregeln für Links…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the list&apos;s rules for links that are not checked, and export them as a .lycheeignore file</source>
        <translation>Die Regeln der Liste für nicht zu prüfende Links bearbeiten und als .lycheeignore-Datei exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Sidebar</source>
        <translation>Seiten&amp;leiste anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Awesome Curator</source>
        <translation>Ü&amp;ber Awesome Curator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>PullRequestDialog</name>
    <message>
        <location filename="../ui/pullrequestdialog.ui" line="+6"/>
        <source>Open Pull Request</source>
        <translation>Pull-Request öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been pushed yet. This is what will happen:</source>
        <translation>Noch wurde nichts gepusht. Das wird geschehen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Into:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New branch:</source>
        <translation>Neuer Branch:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commit message:</source>
        <translation>Commit-Nachricht:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes to the README:</source>
        <translation>Änderungen an der README:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes to the README</source>
        <translation>Änderungen an der README</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+7"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact e-mail</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to Crossref with each look-up. Crossref serves clients that give an address from its polite pool: twice as fast, and more reliable.</source>
        <translation>Wird bei jeder Abfrage an Crossref gesendet. Crossref bedient Programme, die eine Adresse angeben, aus seinem „polite pool“: doppelt so schnell und zuverlässiger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crossref puts look-ups that name a contact into its polite pool (10 requests a second instead of 5). It is used for nothing else.</source>
        <translation>Crossref bedient Abfragen mit Kontaktadresse aus seinem „polite pool“ (10 statt 5 Anfragen pro Sekunde). Sie wird für nichts anderes verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window; it applies when Awesome Curator starts again.</source>
        <translation>Die Sprache des Fensters; sie gilt ab dem nächsten Start von Awesome Curator.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Li&amp;st:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list whose format the settings below change.</source>
        <translation>Die Liste, deren Format die folgenden Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The new language shows when Awesome Curator starts again.</source>
        <translation>Die neue Sprache erscheint, wenn Awesome Curator neu gestartet wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List format</source>
        <translation>Listenformat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry &amp;template:</source>
        <translation>Eintrags&amp;vorlage:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry template</source>
        <translation>Eintragsvorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new and edited entries are written, with {authors}, {title}, {url}, {venue} and {year}.</source>
        <translation>Wie neue und bearbeitete Einträge geschrieben werden, mit {authors}, {title}, {url}, {venue} und {year}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the README:</source>
        <translation>Aus der README:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form the README&apos;s entries are written in</source>
        <translation>Die Form, in der die Einträge der README geschrieben sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template most entries of the list&apos;s README share, found when it was read.</source>
        <translation>Die Vorlage, die die meisten Einträge der README teilen, beim Einlesen erkannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Use It</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write new entries in the form the README&apos;s entries share</source>
        <translation>Neue Einträge in der Form schreiben, die die Einträge der README teilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Author style:</source>
        <translation>&amp;Autorenstil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author style</source>
        <translation>Autorenstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How looked-up authors are written.</source>
        <translation>Wie nachgeschlagene Autoren geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview:</source>
        <translation>Vo&amp;rschau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of an entry</source>
        <translation>Vorschau eines Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry of the list as the template and author style would write it.</source>
        <translation>Ein Eintrag der Liste, wie Vorlage und Autorenstil ihn schreiben würden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Venue names:</source>
        <translation>&amp;Publikationsorte:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venue names</source>
        <translation>Publikationsorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long venue names from look-ups, and the short form the list writes instead.</source>
        <translation>Lange Namen von Publikationsorten aus Abfragen und die Kurzform, die die Liste stattdessen schreibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long name</source>
        <translation>Langer Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short form</source>
        <translation>Kurzform</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a venue name</source>
        <translation>Einen Publikationsort hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected venue name</source>
        <translation>Den ausgewählten Publikationsort entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clone:</source>
        <translation>&amp;Klon:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clone folder</source>
        <translation>Klon-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local git clone the list&apos;s README lives in. Empty: the list is not linked.</source>
        <translation>Der lokale git-Klon, in dem die README der Liste liegt. Leer: Die Liste ist nicht verknüpft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>READ&amp;ME:</source>
        <translation>READ&amp;ME:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>README path in the clone</source>
        <translation>README-Pfad im Klon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>README.md</source>
        <translation>README.md</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;mote:</source>
        <translation>Rem&amp;ote:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remote to push to</source>
        <translation>Remote, auf das gepusht wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where pull-request branches are pushed: origin, or your fork&apos;s remote if you cannot push to the list&apos;s repository.</source>
        <translation>Wohin Pull-Request-Branches gepusht werden: origin oder das Remote Ihres Forks, wenn Sie nicht in das Repository der Liste pushen können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Base branch:</source>
        <translation>&amp;Basis-Branch:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base branch</source>
        <translation>Basis-Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote&apos;s default branch</source>
        <translation>Standard-Branch des Remotes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;GitHub repository:</source>
        <translation>&amp;GitHub-Repository:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub repository</source>
        <translation>GitHub-Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name of the repository pull requests are opened on.</source>
        <translation>Besitzer/Name des Repositorys, auf dem Pull-Requests geöffnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name</source>
        <translation>Besitzer/Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub token:</source>
        <translation>GitHub-Token:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Se&amp;t…</source>
        <translation>&amp;Festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a GitHub token in the system keychain</source>
        <translation>Ein GitHub-Token im Systemschlüsselbund aufbewahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the token from the system keychain</source>
        <translation>Das Token aus dem Systemschlüsselbund entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <location filename="../ui/updatesdialog.ui" line="+6"/>
        <source>Updates from the Sources</source>
        <translation>Aktualisierungen aus den Quellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposed changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected change</source>
        <translation>Ausgewählte Änderung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields the change makes</source>
        <translation>Von der Änderung betroffene Felder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link the published version instead of the preprint</source>
        <translation>Die veröffentlichte Fassung statt des Preprints ver&amp;linken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry&apos;s link then leads to the journal&apos;s page (through doi.org) rather than to the preprint</source>
        <translation>Der Link des Eintrags führt dann (über doi.org) zur Seite der Zeitschrift statt zum Preprint</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This paper:</source>
        <translation>Diese Arbeit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;nnotate its title</source>
        <translation>Ihren Titel ke&amp;nnzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the notice before the title (&quot;RETRACTED: …&quot;), as publishers mark it; noted and tagged</source>
        <translation>Die Mitteilung vor den Titel setzen („RETRACTED: …“), wie Verlage sie kennzeichnen; wird notiert und mit Schlagwort versehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove it from the list</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep it as it is</source>
        <translation>&amp;Unverändert lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only noted and tagged: the table flags it</source>
        <translation>Nur notiert und mit Schlagwort versehen: Die Tabelle kennzeichnet sie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select N&amp;one</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checked changes are applied as one step that Edit → Undo takes back.</source>
        <translation>Die angehakten Änderungen werden als ein Schritt übernommen, den Bearbeiten → Rückgängig zurücknimmt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+52"/>
        <location line="+4"/>
        <source>Awesome Curator</source>
        <translation>Awesome Curator</translation>
    </message>
</context>
</TS>
