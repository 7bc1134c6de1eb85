<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Curator::Cli</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+42"/>
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
        <location line="+2"/>
        <source>lists, entries, lookup: print JSON.</source>
        <translation>lists, entries, lookup: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add: the section to add to (default: the first).</source>
        <translation>add: Der Abschnitt, in den eingefügt wird (Standard: der erste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lookup, add: ask the services again instead of the cache.</source>
        <translation>lookup, add: Die Dienste erneut abfragen, statt den Cache zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: keep unreadable entry-like paragraphs as text, and replace entries edited since the last export.</source>
        <translation>import: Unlesbare, eintragsähnliche Absätze als Text behalten und seit dem letzten Export bearbeitete Einträge ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awesome Curator keeps awesome lists of research papers.

Without a command it opens the window. Commands:
  import README.md [--list NAME] [--force]  read a README into a list
  export [--list NAME] [-o FILE]            write a list&apos;s README
  lists [--json]                            show the store&apos;s lists
  entries [--list NAME] [--json]            show a list&apos;s entries
  lookup ID-or-URL... [--list NAME] [--json] show the entries the ids would make
  add ID-or-URL... --list NAME [--section S] look them up and add them</source>
        <translation>Awesome Curator pflegt Awesome-Listen von Forschungsarbeiten.

Ohne Befehl wird das Fenster geöffnet. Befehle:
  import README.md [--list NAME] [--force]  eine README in eine Liste einlesen
  export [--list NAME] [-o FILE]            die README einer Liste schreiben
  lists [--json]                            die Listen der Datenbank anzeigen
  entries [--list NAME] [--json]            die Einträge einer Liste anzeigen
  lookup ID-or-URL... [--list NAME] [--json] die Einträge anzeigen, die aus den IDs entstünden
  add ID-or-URL... --list NAME [--section S] nachschlagen und hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import, export, lists or entries.</source>
        <translation>import, export, lists oder entries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command&apos;s arguments.</source>
        <translation>Die Argumente des Befehls.</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+12"/>
        <source>import takes one README file: import README.md [--list NAME]</source>
        <translation>import erwartet genau eine README-Datei: import README.md [--list NAME]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1 into the list &quot;%2&quot;: %3 entries in %4 sections (%5 new, %6 matched, %7 removed).</source>
        <translation>%1 in die Liste „%2“ importiert: %3 Einträge in %4 Abschnitten (%5 neu, %6 zugeordnet, %7 entfernt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export takes no file argument; use -o FILE.</source>
        <translation>export erwartet kein Dateiargument; verwenden Sie -o FILE.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lists takes no arguments.</source>
        <translation>lists erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entries takes no arguments.</source>
        <translation>entries erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>not a DOI, an arXiv id, or a link to one</source>
        <translation>weder eine DOI noch eine arXiv-ID noch ein Link darauf</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>lookup takes one or more DOIs, arXiv ids or links.</source>
        <translation>lookup erwartet eine oder mehrere DOIs, arXiv-IDs oder Links.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>add takes one or more DOIs, arXiv ids or links.</source>
        <translation>add erwartet eine oder mehrere DOIs, arXiv-IDs oder Links.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add needs --list NAME.</source>
        <translation>add benötigt --list NAME.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The list &quot;%1&quot; has no section &quot;%2&quot;.</source>
        <translation>Die Liste „%1“ hat keinen Abschnitt „%2“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>already in the list: &quot;%1&quot;; not added.</source>
        <translation>bereits in der Liste: „%1“; nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No command given. Try --help.</source>
        <translation>Kein Befehl angegeben. Siehe --help.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not take --%2.</source>
        <translation>%1 akzeptiert --%2 nicht.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown command &quot;%1&quot;; the commands are %2. Try --help.</source>
        <translation>Unbekannter Befehl „%1“; die Befehle sind %2. Siehe --help.</translation>
    </message>
</context>
<context>
    <name>Curator::Curation</name>
    <message>
        <location filename="../src/widgets/curation.cpp" line="+81"/>
        <location line="+10"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+29"/>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <source>Import README</source>
        <translation>README importieren</translation>
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
    <name>Curator::EntryDelegate</name>
    <message>
        <location filename="../src/widgets/entrydelegate.cpp" line="+38"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+37"/>
        <source>Not changed: only http and https addresses are written as links.</source>
        <translation>Nicht geändert: Nur http- und https-Adressen werden als Links geschrieben.</translation>
    </message>
</context>
<context>
    <name>Curator::EntryEditor</name>
    <message>
        <location filename="../src/widgets/entryeditor.cpp" line="+30"/>
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
        <location line="+220"/>
        <source>Choose the PDF File</source>
        <translation>PDF-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf *.PDF);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The look-up was stopped.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location filename="../src/core/markdown/entryrenderer.cpp" line="+49"/>
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
        <location filename="../src/widgets/entrytablemodel.cpp" line="+321"/>
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
        <location line="+7"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>arXiv %1</source>
        <translation>arXiv %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOI %1</source>
        <translation>DOI %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>A warning sign marks duplicates; italics, entries edited since the last export.</source>
        <translation>Ein Warnzeichen markiert Duplikate, Kursivschrift seit dem letzten Export bearbeitete Einträge.</translation>
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
</context>
<context>
    <name>Curator::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+81"/>
        <source>The store this window works on</source>
        <translation>Die Datenbank, mit der dieses Fenster arbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+320"/>
        <source>Awesome Curator</source>
        <translation>Awesome Curator</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+230"/>
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
        <location line="+6"/>
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
        <location line="+23"/>
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
        <location line="+7"/>
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
        <location line="+21"/>
        <location line="+17"/>
        <source>Export README</source>
        <translation>README exportieren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 was changed after the list was last imported or exported. Overwrite it with the list?</source>
        <translation>%1 wurde seit dem letzten Import oder Export der Liste geändert. Mit der Liste überschreiben?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+26"/>
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like a paper the list already has:

%1

Add it anyway?</source>
        <translation>Dies sieht nach einer Arbeit aus, die bereits in der Liste steht:

%1

Trotzdem hinzufügen?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Goes at the end of “%1”.</source>
        <translation>Wird am Ende von „%1“ eingefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes into “%1”, above “%2 — %3”.</source>
        <translation>Wird in „%1“ eingefügt, über „%2 — %3“.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../src/core/metadata/fetcher.cpp" line="+222"/>
        <location line="+113"/>
        <location filename="../src/core/metadata/resolver.cpp" line="+367"/>
        <source>The look-up was canceled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1 sent more than %2 MB; the answer was not read.</source>
        <translation>%1 hat mehr als %2 MB gesendet; die Antwort wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 has no such record.</source>
        <translation>%1 hat keinen solchen Datensatz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is rate-limiting; gave up after %2 tries.</source>
        <translation>%1 begrenzt die Anfragerate; nach %2 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <message>
        <location filename="../src/core/metadata/parsers.cpp" line="+525"/>
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
        <location filename="../src/core/metadata/resolver.cpp" line="-285"/>
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
        <location line="+177"/>
        <source>arXiv is busy; retrying in %1 s</source>
        <translation>arXiv ist ausgelastet; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is rate-limiting; retrying in %2 s</source>
        <translation>%1 begrenzt die Anfragerate; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>&quot;%1&quot; is not an arXiv identifier.</source>
        <translation>„%1“ ist keine arXiv-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a DOI or an arXiv identifier.</source>
        <translation>Weder eine DOI noch eine arXiv-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cached %1</source>
        <translation>Zwischengespeichert %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is unavailable — showing the cached record from %2</source>
        <translation>%1 ist nicht verfügbar — zwischengespeicherter Datensatz (%2) wird angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — showing the cached record from %1</source>
        <translation>Offline — zwischengespeicherter Datensatz (%1) wird angezeigt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>arXiv has no paper %1</source>
        <translation>arXiv hat keine Arbeit %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+13"/>
        <source>No record of DOI %1 at Crossref or doi.org</source>
        <translation>Kein Datensatz zur DOI %1 bei Crossref oder doi.org</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/toentry.cpp" line="+75"/>
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
    <name>Curator::ReadmeIO</name>
    <message>
        <location filename="../src/core/store/readmeio.cpp" line="+126"/>
        <location line="+288"/>
        <source>No store is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>The store %1 is read-only; nothing was imported.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fix the file, or import with --force to keep such paragraphs as plain text.</source>
        <translation>Korrigieren Sie die Datei oder importieren Sie mit --force, um solche Absätze als reinen Text zu behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No section heading was found, so there is no entry to import. An awesome list has headings (# or ##) above its entries.</source>
        <translation>Es wurde keine Abschnittsüberschrift gefunden, daher gibt es keinen Eintrag zu importieren. Eine Awesome-Liste hat Überschriften (# oder ##) über ihren Einträgen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Untitled list</source>
        <translation>Unbenannte Liste</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</source>
        <translation>
            <numerusform>Die Liste „%1“ enthält noch nicht exportierte Änderungen (Einträge: %n); ein Import würde sie durch den Text der README ersetzen. Exportieren Sie zuerst oder importieren Sie mit --force.</numerusform>
            <numerusform>Die Liste „%1“ enthält noch nicht exportierte Änderungen (Einträge: %n); ein Import würde sie durch den Text der README ersetzen. Exportieren Sie zuerst oder importieren Sie mit --force.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+188"/>
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
        <location line="+28"/>
        <source>There is no such list.</source>
        <translation>Diese Liste gibt es nicht.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 is a directory; give the README&apos;s file name.</source>
        <translation>%1 ist ein Ordner; geben Sie den Dateinamen der README an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
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
        <location filename="../src/core/markdown/readmereader.cpp" line="+462"/>
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
        <location line="+92"/>
        <source>This paragraph looks like an entry, but its link could not be read (is it cut off?). It is kept as plain text.</source>
        <translation>Dieser Absatz sieht wie ein Eintrag aus, aber sein Link konnte nicht gelesen werden (ist er abgeschnitten?). Er wird als reiner Text behalten.</translation>
    </message>
</context>
<context>
    <name>Curator::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="+49"/>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+107"/>
        <source>The contact e-mail is not an address such as you@example.org.</source>
        <translation>Die Kontakt-E-Mail ist keine Adresse wie sie@example.org.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each venue row needs a long name and a short form.</source>
        <translation>Jede Zeile der Publikationsorte braucht einen langen Namen und eine Kurzform.</translation>
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
        <location line="+18"/>
        <location line="+15"/>
        <source>Cannot undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the recorded change is damaged</source>
        <translation>die aufgezeichnete Änderung ist beschädigt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entries were changed since, perhaps in another window; nothing was changed</source>
        <translation>die Einträge wurden inzwischen geändert, vielleicht in einem anderen Fenster; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/core/store/ordering.cpp" line="+51"/>
        <location line="+10"/>
        <location line="+30"/>
        <location line="+7"/>
        <location line="+22"/>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+53"/>
        <source>Cannot move the entries</source>
        <translation>Die Einträge können nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="+651"/>
        <location filename="../src/core/store/ordering.cpp" line="-168"/>
        <source>the section does not exist</source>
        <translation>der Abschnitt existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/store/ordering.cpp" line="+40"/>
        <location line="+54"/>
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
        <location filename="../src/core/store/store.cpp" line="+167"/>
        <location line="+27"/>
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
        <location filename="../src/core/store/store.cpp" line="-265"/>
        <location line="+17"/>
        <location filename="../src/core/store/queries.cpp" line="+108"/>
        <location line="+36"/>
        <source>Cannot read the entries</source>
        <translation>Die Einträge können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/store/queries.cpp" line="-22"/>
        <source>Cannot search</source>
        <translation>Suche nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="-564"/>
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
        <location line="+71"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+10"/>
        <source>Cannot open the store %1</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-70"/>
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
        <location line="+22"/>
        <source>the SQLite driver gave no handle</source>
        <translation>der SQLite-Treiber hat kein Handle geliefert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it was written by a newer version of Awesome Curator (schema %1; this version knows up to %2). It was left untouched: update Awesome Curator to use it.</source>
        <translation>sie wurde von einer neueren Version von Awesome Curator geschrieben (Schema %1; diese Version kennt Schemata bis %2). Sie wurde nicht verändert: Aktualisieren Sie Awesome Curator, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is read-only and needs an upgrade to this version&apos;s format</source>
        <translation>sie ist schreibgeschützt und muss auf das Format dieser Version aktualisiert werden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The store %1 is read-only; nothing was changed.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location line="+166"/>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+33"/>
        <location line="+35"/>
        <source>Cannot add the entry</source>
        <translation>Der Eintrag kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+2"/>
        <location line="+19"/>
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
        <location line="+6"/>
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
        <location line="+14"/>
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
        <source>Words to find in authors, titles, venues and notes; each word may be the start of a longer one.</source>
        <translation>Wörter, die in Autoren, Titeln, Publikationsorten und Notizen gesucht werden; jedes Wort darf der Anfang eines längeren sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors, title, venue or notes (Ctrl+F)</source>
        <translation>Autoren, Titel, Publikationsort oder Notizen (Strg+F)</translation>
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
        <location line="+5"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>Export README &amp;As…</source>
        <translation>README exportieren &amp;als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list&apos;s README to a file you choose</source>
        <translation>Die README der Liste in eine Datei Ihrer Wahl schreiben</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+7"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
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
        <location line="+8"/>
        <location line="+10"/>
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
        <location line="+5"/>
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
        <location line="+4"/>
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
        <location line="+15"/>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+44"/>
        <location line="+4"/>
        <source>Awesome Curator</source>
        <translation>Awesome Curator</translation>
    </message>
</context>
</TS>
