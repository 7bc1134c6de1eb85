<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Curator::BatchImporter</name>
    <message>
        <location filename="../src/core/importing/batchimport.cpp" line="+160"/>
        <location line="+304"/>
        <source>Identifiers and links cannot be looked up now.</source>
        <translation>Les identifiants et les liens ne peuvent pas être consultés pour le moment.</translation>
    </message>
    <message numerus="yes">
        <location line="-256"/>
        <source>Only the first %n items of a drop are imported.</source>
        <translation>
            <numerusform>Seul le premier élément (%n) d’un glisser-déposer est importé.</numerusform>
            <numerusform>Seuls les %n premiers éléments d’un glisser-déposer sont importés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder holds no PDF files (its subfolders are not searched).</source>
        <translation>Le dossier ne contient aucun fichier PDF (ses sous-dossiers ne sont pas parcourus).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not a PDF: only PDFs, links, DOIs and arXiv identifiers can be imported.</source>
        <translation>Ce n’est pas un PDF&#xa0;: seuls les PDF, liens, DOI et identifiants arXiv peuvent être importés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing here can be imported.</source>
        <translation>Rien ici ne peut être importé.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The downloaded PDF could not be saved for reading: %1</source>
        <translation>Le PDF téléchargé n’a pas pu être enregistré pour être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The PDF names no DOI or arXiv identifier: the entry was made from its title and authors.</source>
        <translation>Le PDF ne mentionne ni DOI ni identifiant arXiv&#xa0;: l’entrée a été créée à partir de son titre et de ses auteurs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The linked PDF says nothing about itself: the entry shows the address.</source>
        <translation>Le PDF lié ne donne aucune information sur lui-même&#xa0;: l’entrée affiche l’adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF names no identifier and has no title that could be read.</source>
        <translation>Le PDF ne mentionne aucun identifiant et n’a aucun titre lisible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF could not be read.</source>
        <translation>Impossible de lire le PDF.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The look-up of %1 failed (%2): the entry was made from what the page says.</source>
        <translation>La recherche de métadonnées pour %1 a échoué (%2)&#xa0;: l’entrée a été créée à partir des informations de la page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The look-up of %1 failed (%2): the entry was made from what the PDF says.</source>
        <translation>La recherche de métadonnées pour %1 a échoué (%2)&#xa0;: l’entrée a été créée à partir des informations du PDF.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The page does not exist (HTTP %1).</source>
        <translation>La page n’existe pas (HTTP %1).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The page has no title or citation metadata: the entry shows the address.</source>
        <translation>La page n’a ni titre ni métadonnées de citation&#xa0;: l’entrée affiche l’adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page has no citation metadata: the entry&apos;s title is the page&apos;s title.</source>
        <translation>La page n’a pas de métadonnées de citation&#xa0;: le titre de l’entrée est celui de la page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the page&apos;s citation metadata.</source>
        <translation>D’après les métadonnées de citation de la page.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Crossref cannot be asked now.</source>
        <translation>Crossref ne peut pas être interrogé pour le moment.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Crossref lists no work with the PII %1: the entry shows the address.</source>
        <translation>Crossref ne répertorie aucune publication avec le PII %1&#xa0;: l’entrée affiche l’adresse.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Canceled before it was done.</source>
        <translation>Annulé avant la fin.</translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>Add %n dropped entries</source>
        <translation>
            <numerusform>l’ajout de %n entrée déposée</numerusform>
            <numerusform>l’ajout de %n entrées déposées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The entries could not be added.</source>
        <translation>Impossible d’ajouter les entrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not added: %1</source>
        <translation>Non ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dropped twice: the same paper as “%1” above.</source>
        <translation>Déposé deux fois&#xa0;: le même article que «&#xa0;%1&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the list as “%1”.</source>
        <translation>Déjà dans la liste sous la forme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The entry no longer exists.</source>
        <translation>L’entrée n’existe plus.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This line is not a duplicate of an entry.</source>
        <translation>Cette ligne n’est pas le doublon d’une entrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Added %n</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
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
        <translation>%1 (annulée)</translation>
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
        <translation>%1 et %2</translation>
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
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; (%2)</source>
        <comment>a paper&apos;s title (authors, year)</comment>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %1</source>
        <comment>a paper</comment>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update %1</source>
        <comment>a paper</comment>
        <translation>Mettre à jour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <comment>a paper</comment>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Update README</source>
        <translation>Mettre à jour le README</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Add %n papers</source>
        <translation>
            <numerusform>Ajouter %n article</numerusform>
            <numerusform>Ajouter %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Update %n papers</source>
        <translation>
            <numerusform>Mettre à jour %n article</numerusform>
            <numerusform>Mettre à jour %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>update %n</source>
        <comment>papers</comment>
        <translation>
            <numerusform>mettre à jour %n</numerusform>
            <numerusform>mettre à jour %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n papers</source>
        <translation>
            <numerusform>Retirer %n article</numerusform>
            <numerusform>Retirer %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>remove %n</source>
        <comment>papers</comment>
        <translation>
            <numerusform>retirer %n</numerusform>
            <numerusform>retirer %n</numerusform>
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
        <translation>Autres modifications du README</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Made with Awesome Curator.</source>
        <translation>Réalisé avec Awesome Curator.</translation>
    </message>
</context>
<context>
    <name>Curator::Citations</name>
    <message>
        <location filename="../src/core/citations/citations.cpp" line="+327"/>
        <source>There is no such list.</source>
        <translation>Cette liste n’existe pas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Curator::Cli</name>
    <message>
        <location filename="../src/cli/runner.h" line="+52"/>
        <source>Use the store at &lt;path&gt; instead of the default one.</source>
        <translation>Utiliser la base de données située à &lt;path&gt; au lieu de celle par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list to work on (by name).</source>
        <translation>La liste à traiter (par son nom).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: write the README to &lt;file&gt; (default: standard output).</source>
        <translation>export&#xa0;: écrire le README dans &lt;file&gt; (par défaut&#xa0;: sortie standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lists, entries, lookup, check-links, refresh, check: print JSON.</source>
        <translation>lists, entries, lookup, check-links, refresh, check&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entries: only the entries that match &lt;text&gt;, as the window&apos;s search box finds them (words, a year, a DOI, an arXiv id or a link).</source>
        <translation>entries&#xa0;: seulement les entrées qui correspondent à &lt;texte&gt;, comme les trouve le champ de recherche de la fenêtre (des mots, une année, un DOI, un identifiant arXiv ou un lien).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lookup, add, check-links: ask the services again instead of the cache.</source>
        <translation>lookup, add, check-links&#xa0;: interroger à nouveau les services au lieu d’utiliser le cache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: markdown (the README, by default), bibtex, csljson or csv.</source>
        <translation>export&#xa0;: markdown (le README, par défaut), bibtex, csljson ou csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refresh: apply the proposed changes marked [x].</source>
        <translation>refresh&#xa0;: appliquer les modifications proposées marquées [x].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link-rules: add a rule (a regular expression matched anywhere in a link).</source>
        <translation>link-rules&#xa0;: ajouter une règle (une expression régulière recherchée n’importe où dans un lien).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>link-rules: write the rules to &lt;file&gt; as lychee reads them (.lycheeignore beside the README).</source>
        <translation>link-rules&#xa0;: écrire les règles dans &lt;file&gt; au format lu par lychee (.lycheeignore à côté du README).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import: keep unreadable entry-like paragraphs as text, and replace entries edited since the last export.</source>
        <translation>import&#xa0;: conserver en texte les paragraphes illisibles qui ressemblent à des entrées, et remplacer les entrées modifiées depuis le dernier export.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link: the git clone&apos;s folder.</source>
        <translation>link&#xa0;: le dossier du clone git.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link: the README&apos;s path inside the clone (README.md).</source>
        <translation>link&#xa0;: le chemin du README dans le clone (README.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link, pr: the remote to push to (origin, or your fork).</source>
        <translation>link, pr&#xa0;: le dépôt distant vers lequel pousser (origin, ou votre fork).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link, pr: the branch pull requests target (main); check: the README before the change.</source>
        <translation>link, pr&#xa0;: la branche visée par les pull requests (main)&#xa0;; check&#xa0;: le README avant la modification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link: the GitHub repository pull requests go to.</source>
        <translation>link&#xa0;: le dépôt GitHub auquel sont destinées les pull requests.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: write the README into the list&apos;s linked clone.</source>
        <translation>export&#xa0;: écrire le README dans le clone lié à la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync, pr: remove the entries the repository&apos;s README no longer has.</source>
        <translation>sync, pr&#xa0;: supprimer les entrées que le README du dépôt ne contient plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync, pr: where both sides changed one place, keep &quot;ours&quot; (the store&apos;s) or &quot;theirs&quot; (the repository&apos;s).</source>
        <translation>sync, pr&#xa0;: là où les deux côtés ont modifié un même endroit, conserver «&#xa0;ours&#xa0;» (la version de la base de données) ou «&#xa0;theirs&#xa0;» (celle du dépôt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pr: print the branch, commit message and diff; change nothing.</source>
        <translation>pr&#xa0;: afficher la branche, le message de commit et le diff&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review: post the review shown (suggestions on the README&apos;s lines).</source>
        <translation>review&#xa0;: publier la relecture affichée (suggestions sur les lignes du README).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review: squash-merge the pull request, if its head is the one read.</source>
        <translation>review&#xa0;: fusionner la pull request par squash, si son dernier commit est celui qui a été lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review: add the pull request&apos;s entries to the list as it writes them and open a pull request of its own (Co-authored-by the contributor, &quot;Closes #N&quot;); the contributor is thanked on theirs.</source>
        <translation>review&#xa0;: ajouter les entrées de la pull request à la liste telles que la liste les écrit et ouvrir sa propre pull request (Co-authored-by avec le contributeur, «&#xa0;Closes #N&#xa0;»)&#xa0;; le contributeur est remercié sur la sienne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review: push a commit to the contributor&apos;s branch that writes the entries as the list writes them (where they allowed maintainer edits).</source>
        <translation>review&#xa0;: pousser sur la branche du contributeur un commit qui écrit les entrées telles que la liste les écrit (là où il a autorisé les modifications par les mainteneurs).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check: also ask arXiv and Crossref about each proposed entry and try its link.</source>
        <translation>check&#xa0;: interroger aussi arXiv et Crossref sur chaque entrée proposée et tester son lien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review: only what the READMEs say; no look-ups, no link checks.</source>
        <translation>review&#xa0;: uniquement ce que disent les README&#xa0;; aucune recherche de métadonnées, aucune vérification des liens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+21"/>
        <source>read a README into a list</source>
        <translation>lire un README dans une liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a list&apos;s README (standard output, a file, or its linked clone), or its papers as BibTeX, CSL-JSON or CSV</source>
        <translation>écrire le README d’une liste (sur la sortie standard, dans un fichier ou dans son clone lié), ou ses articles en BibTeX, CSL-JSON ou CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show the store&apos;s lists</source>
        <translation>afficher les listes de la base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show a list&apos;s entries (or those matching)</source>
        <translation>afficher les entrées d’une liste (ou celles qui correspondent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>take back the last change to the store (a command&apos;s or the window&apos;s)</source>
        <translation>annuler la dernière modification de la base de données (d’une commande ou de la fenêtre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bring back what undo took back</source>
        <translation>rétablir ce que undo a annulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show the entries the ids would make</source>
        <translation>afficher les entrées que donneraient les identifiants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>look them up and add them</source>
        <translation>les rechercher et les ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add them as a drop on the window does</source>
        <translation>les ajouter comme un dépôt sur la fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>link a list to a git clone</source>
        <translation>lier une liste à un clone git</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>merge the clone&apos;s README into the list</source>
        <translation>fusionner le README du clone dans la liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open a pull request with the changes</source>
        <translation>ouvrir une pull request avec les modifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check every link of a list or a README file; exit 1 if one is broken</source>
        <translation>vérifier tous les liens d’une liste ou d’un fichier README&#xa0;; code de sortie 1 si l’un d’eux est cassé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show or add the links check-links skips; write them for lychee</source>
        <translation>afficher ou ajouter les liens que check-links ignore&#xa0;; les écrire pour lychee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find published versions, retractions and corrected metadata; --apply applies them</source>
        <translation>trouver les versions publiées, les rétractations et les métadonnées corrigées&#xa0;; --apply les applique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>review a changed README as entries (added, changed, removed) with findings; exit 1 on an error</source>
        <translation>examiner un README modifié en tant qu’entrées (ajoutées, modifiées, supprimées), avec des constats&#xa0;; code de sortie 1 en cas d’erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read the open pull requests that change the README as entries, with findings; exit 1 on an error; answer one with --post, --merge-pr, --take-over or --fix-up</source>
        <translation>lire en tant qu’entrées les pull requests ouvertes qui modifient le README, avec des constats&#xa0;; code de sortie 1 en cas d’erreur&#xa0;; répondre à l’une d’elles avec --post, --merge-pr, --take-over ou --fix-up</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+129"/>
        <source>Usage: awesome-curator %1</source>
        <translation>Utilisation&#xa0;: awesome-curator %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Awesome Curator keeps awesome lists of research papers.

Without a command it opens the window. Commands (COMMAND --help for one):</source>
        <translation>Awesome Curator tient des listes «&#xa0;awesome&#xa0;» d’articles de recherche.

Sans commande, il ouvre la fenêtre. Commandes (COMMANDE --help pour l’une d’elles)&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The command&apos;s arguments.</source>
        <translation>Les arguments de la commande.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The store has no list named &quot;%1&quot;.</source>
        <translation>La base de données ne contient aucune liste nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The store has no list yet; import a README first.</source>
        <translation>La base de données ne contient encore aucune liste&#xa0;; importez d’abord un README.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The store has %n lists; choose one with --list: %1</source>
        <translation>
            <numerusform>La base de données contient %n liste&#xa0;; choisissez-en une avec --list&#xa0;: %1</numerusform>
            <numerusform>La base de données contient %n listes&#xa0;; choisissez-en une avec --list&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 does not take %2.</source>
        <translation>%1 n’accepte pas %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/librarycommands.cpp" line="+35"/>
        <source>import takes one README file: import README.md [--list NAME]</source>
        <translation>import attend un seul fichier README&#xa0;: import README.md [--list NOM]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported %1 into the list &quot;%2&quot;: %3 entries in %4 sections (%5 new, %6 matched, %7 removed).</source>
        <translation>%1 importé dans la liste «&#xa0;%2&#xa0;»&#xa0;: %3 entrées dans %4 sections (%5 nouvelles, %6 retrouvées, %7 supprimées).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export takes no file argument; use -o FILE.</source>
        <translation>export n’accepte pas de fichier en argument&#xa0;; utilisez -o FICHIER.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown format &quot;%1&quot;; the formats are markdown, bibtex, csljson and csv.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;; les formats sont markdown, bibtex, csljson et csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export takes -o or --to-repo, not both.</source>
        <translation>export accepte -o ou --to-repo, pas les deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run: awesome-curator sync --list &quot;%1&quot;</source>
        <translation>Exécutez&#xa0;: awesome-curator sync --list &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>--to-repo writes the README; it takes no --format.</source>
        <translation>--to-repo écrit le README&#xa0;; il n’accepte pas --format.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>lists takes no arguments.</source>
        <translation>lists n’accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entries takes no arguments.</source>
        <translation>entries n’accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No entry of &quot;%1&quot; matches &quot;%2&quot;.</source>
        <translation>Aucune entrée de «&#xa0;%1&#xa0;» ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>undo takes no arguments.</source>
        <translation>undo ne prend pas d’argument.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>redo takes no arguments.</source>
        <translation>redo ne prend pas d’argument.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/lookupcommands.cpp" line="+34"/>
        <source>not a DOI, an arXiv id, or a link to one</source>
        <translation>ni un DOI, ni un identifiant arXiv, ni un lien vers l’un d’eux</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>lookup takes one or more DOIs, arXiv ids or links.</source>
        <translation>lookup attend un ou plusieurs DOI, identifiants arXiv ou liens.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>add takes one or more DOIs, arXiv ids or links.</source>
        <translation>add attend un ou plusieurs DOI, identifiants arXiv ou liens.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Add %n entries</source>
        <translation>
            <numerusform>Ajouter %n entrée</numerusform>
            <numerusform>Ajouter %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 needs --list NAME.</source>
        <translation>%1 nécessite --list NOM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list &quot;%1&quot; has no section &quot;%2&quot;.</source>
        <translation>La liste «&#xa0;%1&#xa0;» n’a pas de section «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>already in the list: &quot;%1&quot;; not added.</source>
        <translation>déjà dans la liste&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; non ajoutée.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="-105"/>
        <source>One of: %1.</source>
        <translation>L’une de&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/lookupcommands.cpp" line="+10"/>
        <location line="+116"/>
        <source>Added: %1</source>
        <translation>Ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>import-files takes PDFs, folders, links or identifiers.</source>
        <translation>import-files prend des PDF, des dossiers, des liens ou des identifiants.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import could not start.</source>
        <translation>L’importation n’a pas pu commencer.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Added, needs review: %1</source>
        <translation>Ajoutée, à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge into the existing entry</source>
        <translation>Fusionner avec l’entrée existante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged: %1: %2</source>
        <translation>Fusionnée&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not added: %1: %2</source>
        <translation>Non ajoutée&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/repocommands.cpp" line="+18"/>
        <source>link needs --repo PATH (and --list NAME).</source>
        <translation>link nécessite --repo CHEMIN (et --list NOM).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not inside a git clone.</source>
        <translation>%1 ne se trouve pas dans un clone git.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a GitHub repository name (owner/name).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de dépôt GitHub (propriétaire/nom).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>A remote or branch name cannot begin with &quot;-&quot;.</source>
        <translation>Un nom de dépôt distant ou de branche ne peut pas commencer par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Link to a clone</source>
        <translation>Lier à un clone</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Linked &quot;%1&quot; to %2 (README %3, remote %4, base %5, GitHub %6).</source>
        <translation>Liste «&#xa0;%1&#xa0;» liée à %2 (README %3, dépôt distant %4, base %5, GitHub %6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the remote&apos;s default</source>
        <translation>la branche par défaut du dépôt distant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>sync takes no arguments.</source>
        <translation>sync n’accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>--prefer takes &quot;ours&quot; or &quot;theirs&quot;.</source>
        <translation>--prefer accepte «&#xa0;ours&#xa0;» ou «&#xa0;theirs&#xa0;».</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The list &quot;%1&quot; is not linked to a git clone; use link.</source>
        <translation>La liste «&#xa0;%1&#xa0;» n’est liée à aucun clone git&#xa0;; utilisez link.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist; nothing to sync.</source>
        <translation>%1 n’existe pas&#xa0;; rien à synchroniser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list already has every change of %1.</source>
        <translation>La liste contient déjà toutes les modifications de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge the repository&apos;s README</source>
        <translation>la fusion du README du dépôt</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Changed on both sides at line %1:
  here:       %2
  repository: %3</source>
        <translation>Modifié des deux côtés à la ligne %1&#xa0;:
  ici&#xa0;:   %2
  dépôt&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.h" line="-86"/>
        <source>add, import-files: the section to add to (default: the first).</source>
        <translation>add, import-files&#xa0;: la section où ajouter (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import-files: fill the gaps of entries the list has already from the duplicates found.</source>
        <translation>import-files&#xa0;: complète les entrées que la liste a déjà à partir des doublons trouvés.</translation>
    </message>
    <message>
        <location filename="../src/cli/repocommands.cpp" line="+59"/>
        <source>Run again with --yes.</source>
        <translation>Relancez avec --yes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>Run again with --prefer ours or --prefer theirs.</source>
        <translation>Relancez avec --prefer ours ou --prefer theirs.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Merged %1: %2 new, %3 changed, %4 removed.</source>
        <translation>%1 fusionné&#xa0;: %2 nouvelles, %3 modifiées, %4 supprimées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pr takes no arguments.</source>
        <translation>pr n’accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Branch: %1</source>
        <translation>Branche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into: %1/%2</source>
        <translation>Vers&#xa0;: %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into: %1, branch %2 (pushed to %3)</source>
        <translation>Vers&#xa0;: %1, branche %2 (poussée vers %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit message:</source>
        <translation>Message de commit&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It no longer has: %1. Run again with --yes to remove them here.</source>
        <translation>Il ne contient plus&#xa0;: %1. Relancez avec --yes pour les supprimer ici aussi.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="+80"/>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No command given. Try --help.</source>
        <translation>Aucune commande indiquée. Essayez --help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command &quot;%1&quot;; the commands are %2. Try --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; les commandes sont %2. Essayez --help.</translation>
    </message>
    <message>
        <location filename="../src/cli/linkcommands.cpp" line="+57"/>
        <source>check-links takes at most one README file.</source>
        <translation>check-links accepte au plus un fichier README.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-links takes a README file or --list, not both.</source>
        <translation>check-links accepte un fichier README ou --list, pas les deux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>link-rules takes no arguments; add a rule with --add.</source>
        <translation>link-rules n’accepte aucun argument&#xa0;; ajoutez une règle avec --add.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ignore links matching %1</source>
        <translation>l’exclusion des liens correspondant à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/updatecommands.cpp" line="+46"/>
        <source>refresh takes no arguments.</source>
        <translation>refresh n’accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Every entry is up to date.</source>
        <translation>Toutes les entrées sont à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposed changes; --apply applies those marked [x].</source>
        <translation>
            <numerusform>%n modification proposée&#xa0;; --apply applique celles marquées [x].</numerusform>
            <numerusform>%n modifications proposées&#xa0;; --apply applique celles marquées [x].</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take it back with: awesome-curator undo</source>
        <translation>Pour annuler&#xa0;: awesome-curator undo</translation>
    </message>
    <message>
        <location filename="../src/cli/reviewcommands.cpp" line="+90"/>
        <source>%1 added, %2 changed, %3 removed; %4 errors, %5 warnings</source>
        <translation>%1 ajoutées, %2 modifiées, %3 supprimées&#xa0;; %4 erreurs, %5 avertissements</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>check takes one README file and --base OLD-README.</source>
        <translation>check attend un seul fichier README et --base OLD-README.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is not a pull request number.</source>
        <translation>%1 n’est pas un numéro de pull request.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--post, --merge-pr, --take-over and --fix-up are different answers: give one.</source>
        <translation>--post, --merge-pr, --take-over et --fix-up sont des réponses différentes&#xa0;: n’en indiquez qu’une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--post, --merge-pr, --take-over and --fix-up answer one pull request: give its number.</source>
        <translation>--post, --merge-pr, --take-over et --fix-up répondent à une seule pull request&#xa0;: indiquez son numéro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list “%1” is not linked to a clone of a GitHub repository: link --list NAME --repo PATH [--github OWNER/NAME].</source>
        <translation>La liste «&#xa0;%1&#xa0;» n’est liée à aucun clone d’un dépôt GitHub&#xa0;: link --list NAME --repo PATH [--github OWNER/NAME].</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>awesome-curator: no GitHub token; reading public repositories only (GitHub allows 60 requests an hour without one).</source>
        <translation>awesome-curator&#xa0;: aucun jeton GitHub&#xa0;; lecture des dépôts publics uniquement (sans jeton, GitHub autorise 60 requêtes par heure).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not touch %1</source>
        <translation>ne modifie pas %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 open pull requests, %2 touching %3</source>
        <translation>%1 pull requests ouvertes, dont %2 modifient %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 has nothing to fix: it does not touch %2 or could not be read.</source>
        <translation>#%1 n’a rien à corriger&#xa0;: elle ne modifie pas %2 ou n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review of #%1 has nothing a fix-up can make; post it instead.</source>
        <translation>La relecture de #%1 ne contient rien qu’un commit de correction puisse appliquer&#xa0;; publiez-la plutôt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the entries as the list writes them, in year order</source>
        <translation>Écrire les entrées telles que la liste les écrit, dans l’ordre des années</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Pushed a fix-up of %n entries to %1 (%2).</source>
        <translation>
            <numerusform>Commit de correction de %n entrée poussé vers %1 (%2).</numerusform>
            <numerusform>Commit de correction de %n entrées poussé vers %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#%1 has no entries to take over: it does not touch %2 or could not be read.</source>
        <translation>#%1 n’a aucune entrée à reprendre&#xa0;: elle ne modifie pas %2 ou n’a pas pu être lue.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Took over %n entries of #%1 into the list.</source>
        <translation>
            <numerusform>%n entrée de #%1 reprise dans la liste.</numerusform>
            <numerusform>%n entrées de #%1 reprises dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pushed %1, but no pull request was opened (%2); the entries stay in the list (Edit → Undo or undo takes them back).</source>
        <translation>%1 poussée, mais aucune pull request n’a été ouverte (%2)&#xa0;; les entrées restent dans la liste (Édition → Annuler ou undo les retire).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pull request is open, but the comment on #%1 could not be posted: %2</source>
        <translation>La pull request est ouverte, mais le commentaire sur #%1 n’a pas pu être publié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thanked the contributor on #%1.</source>
        <translation>Le contributeur a été remercié sur #%1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1 has no review to post: it does not touch %2 or could not be read.</source>
        <translation>#%1 n’a aucune relecture à publier&#xa0;: elle ne modifie pas %2 ou n’a pas pu être lue.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Posting a review (%1) with %n comments:</source>
        <translation>
            <numerusform>Publication d’une relecture (%1) avec %n commentaire&#xa0;:</numerusform>
            <numerusform>Publication d’une relecture (%1) avec %n commentaires&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review posted: %1</source>
        <translation>Relecture publiée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged #%1 (squashed).</source>
        <translation>#%1 fusionnée (squash).</translation>
    </message>
</context>
<context>
    <name>Curator::Curation</name>
    <message>
        <location filename="../src/core/curation/curation.cpp" line="+115"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be undone: the entries it changed were changed again since (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être annulé&#xa0;: les entrées modifiées l’ont été de nouveau depuis (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be redone: the entries it changed were changed again since (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être rétabli&#xa0;: les entrées modifiées l’ont été de nouveau depuis (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Edit entry</source>
        <translation>la modification de l’entrée</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+43"/>
        <source>The entry no longer exists.</source>
        <translation>L’entrée n’existe plus.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+10"/>
        <source>Add entry</source>
        <translation>l’ajout de l’entrée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate entry</source>
        <translation>la duplication de l’entrée</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>la suppression de %n entrée</numerusform>
            <numerusform>la suppression de %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+6"/>
        <source>Move %n entries</source>
        <translation>
            <numerusform>le déplacement de %n entrée</numerusform>
            <numerusform>le déplacement de %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move entry up</source>
        <translation>le déplacement de l’entrée vers le haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move entry down</source>
        <translation>le déplacement de l’entrée vers le bas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sort section by year</source>
        <translation>le tri de la section par année</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1</source>
        <translation>l’importation de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New list</source>
        <translation>la création de la liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete list</source>
        <translation>la suppression de la liste</translation>
    </message>
</context>
<context>
    <name>Curator::DropClassifier</name>
    <message>
        <location filename="../src/core/importing/dropclassifier.cpp" line="+81"/>
        <source>Only the first %1 MB of the dropped text were read.</source>
        <translation>Seuls les %1 premiers Mo du texte déposé ont été lus.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the first %n item(s) were taken; the rest was ignored.</source>
        <translation>
            <numerusform>Seul le premier élément (%n) a été pris en compte&#xa0;; le reste a été ignoré.</numerusform>
            <numerusform>Seuls les %n premiers éléments ont été pris en compte&#xa0;; le reste a été ignoré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This is not a file on this computer.</source>
        <translation>Ce n’est pas un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a complete web address.</source>
        <translation>Ce n’est pas une adresse web complète.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is neither a link nor an identifier.</source>
        <translation>Ce n’est ni un lien ni un identifiant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1:” links cannot be imported.</source>
        <translation>Les liens «&#xa0;%1:&#xa0;» ne peuvent pas être importés.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>No link or identifier was found in the text.</source>
        <translation>Aucun lien ni identifiant n’a été trouvé dans le texte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The dropped data holds no file, link or identifier.</source>
        <translation>Les données déposées ne contiennent ni fichier, ni lien, ni identifiant.</translation>
    </message>
</context>
<context>
    <name>Curator::EntryDelegate</name>
    <message>
        <location filename="../src/widgets/entrydelegate.cpp" line="+37"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year, or what stands in the parentheses, such as &quot;NAACL 2025&quot;.</source>
        <translation>Une année, ou ce qui figure entre parenthèses, par exemple «&#xa0;NAACL 2025&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An http or https address.</source>
        <translation>Une adresse http ou https.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not changed: only http and https addresses are written as links.</source>
        <translation>Non modifiée&#xa0;: seules les adresses http et https sont écrites sous forme de liens.</translation>
    </message>
</context>
<context>
    <name>Curator::EntryEditor</name>
    <message>
        <location filename="../src/widgets/entryeditor.cpp" line="+34"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The URL is a “%1:” link: only http and https links are written.</source>
        <translation>L’URL est un lien «&#xa0;%1:&#xa0;»&#xa0;: seuls les liens http et https sont écrits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL is not a complete web address; enter one such as https://arxiv.org/abs/2306.16922.</source>
        <translation>L’URL n’est pas une adresse web complète&#xa0;; saisissez-en une comme https://arxiv.org/abs/2306.16922.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The year must not contain parentheses: the entry puts it in parentheses itself.</source>
        <translation>L’année ne doit pas contenir de parenthèses&#xa0;: l’entrée la met elle-même entre parenthèses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The year must contain a year from 1000 to 2999, such as “2023” or “NAACL 2025”, or be left empty.</source>
        <translation>Le champ Année doit contenir une année comprise entre 1000 et 2999, par exemple «&#xa0;2023&#xa0;» ou «&#xa0;NAACL 2025&#xa0;», ou rester vide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The DOI must start with “10.” and contain a “/”, such as 10.1038/nn.4244.</source>
        <translation>Le DOI doit commencer par «&#xa0;10.&#xa0;» et contenir une barre oblique «&#xa0;/&#xa0;», par exemple 10.1038/nn.4244.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arXiv ID is not valid; use a form such as 2306.16922, 2306.16922v2 or hep-th/9901001.</source>
        <translation>L’identifiant arXiv n’est pas valide&#xa0;; utilisez une forme comme 2306.16922, 2306.16922v2 ou hep-th/9901001.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Already in the list: “%1”, in “%2”.</source>
        <translation>Déjà dans la liste&#xa0;: «&#xa0;%1&#xa0;», dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the list: “%1”, in “%2”, %3.</source>
        <translation>Déjà dans la liste&#xa0;: «&#xa0;%1&#xa0;», dans «&#xa0;%2&#xa0;», %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The list already has this paper, in “%1”:</source>
        <translation>La liste contient déjà cet article, dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add it anyway?</source>
        <translation>L’ajouter quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save it anyway?</source>
        <translation>L’enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Possible Duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Choose the PDF File</source>
        <translation>Choisir le fichier PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf *.PDF);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was looked up: the text is neither a DOI nor an arXiv ID nor a link to a paper.</source>
        <translation>Rien n’a été consulté&#xa0;: le texte n’est ni un DOI, ni un identifiant arXiv, ni un lien vers un article.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking up %1…</source>
        <translation>Consultation de %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The look-up was stopped.</source>
        <translation>La recherche de métadonnées a été interrompue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The published version %1 could not be looked up: %2</source>
        <translation>La version publiée %1 n’a pas pu être recherchée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Replace What You Typed?</source>
        <translation>Remplacer votre saisie&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record differs from what the entry has in: %1.

Replace those fields with the record&apos;s values?</source>
        <translation>La notice diffère de l’entrée pour&#xa0;: %1.

Remplacer ces champs par les valeurs de la notice&#xa0;?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Looking up the published version, %1…</source>
        <translation>Recherche de la version publiée, %1…</translation>
    </message>
</context>
<context>
    <name>Curator::EntryRenderer</name>
    <message>
        <location filename="../src/core/markdown/entryrenderer.cpp" line="+109"/>
        <source>The template is empty.</source>
        <translation>Le modèle est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template must be a single line.</source>
        <translation>Le modèle doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template needs a {title} placeholder.</source>
        <translation>Le modèle doit contenir l’espace réservé {title}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown placeholder %1; use %2.</source>
        <translation>Espace réservé inconnu %1&#xa0;; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>Curator::EntryTableModel</name>
    <message>
        <location filename="../src/widgets/entrytablemodel.cpp" line="+463"/>
        <source>Duplicate: another entry of this list has the same DOI, arXiv id or title.</source>
        <translation>Doublon&#xa0;: une autre entrée de cette liste a le même DOI, identifiant arXiv ou titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs review: filled in without a look-up.</source>
        <translation>À vérifier&#xa0;: remplie sans recherche de métadonnées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited since the last export.</source>
        <translation>Modifiée depuis le dernier export.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (tagged).</source>
        <translation>%1 (mot-clé ajouté).</translation>
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
        <translation>Pas encore vérifié (Outils → Vérifier les liens).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads to %1</source>
        <translation>Mène à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The repository is archived by its owner.</source>
        <translation>Le dépôt a été archivé par son propriétaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A warning sign marks duplicates; italics, entries edited since the last export.</source>
        <translation>Un symbole d’avertissement signale les doublons&#xa0;; l’italique, les entrées modifiées depuis le dernier export.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the last link check found at the entry&apos;s link (Tools → Check Links); sorted worst first.</source>
        <translation>Ce que la dernière vérification des liens a constaté pour le lien de l’entrée (Outils → Vérifier les liens)&#xa0;; tri du pire au meilleur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Date d’ajout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>Curator::ExportPane</name>
    <message>
        <location filename="../src/widgets/exportpane.cpp" line="+120"/>
        <source>This list is not linked to a git clone. Link it in Edit → Settings (Repository) to export into it and open pull requests.</source>
        <translation>Cette liste n’est liée à aucun clone git. Liez-la dans Édition → Paramètres (Dépôt de la liste) pour y exporter et ouvrir des pull requests.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No list is selected.</source>
        <translation>Aucune liste n’est sélectionnée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 → %3/%4%5</source>
        <translation>%1 · %2 → %3/%4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(default branch)</source>
        <translation>(branche par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · GitHub %1</source>
        <translation> · GitHub %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the repository…</source>
        <translation>Lecture du dépôt…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>detached HEAD</source>
        <translation>HEAD détachée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on branch %1</source>
        <translation>sur la branche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clean</source>
        <translation>propre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n fichier modifié</numerusform>
            <numerusform>%n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>README changed</source>
        <translation>README modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ahead, %2 behind %3</source>
        <translation>%1 en avance, %2 en retard sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a merge is in progress</source>
        <translation>une fusion est en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rebase is in progress</source>
        <translation>un rebase est en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cherry-pick is in progress</source>
        <translation>un cherry-pick est en cours</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The README in the clone was changed outside Awesome Curator (new: %1, changed: %2, removed: %3). Sync merges those changes into the list before anything is exported.</source>
        <translation>Le README du clone a été modifié en dehors d’Awesome Curator (nouvelles&#xa0;: %1, modifiées&#xa0;: %2, supprimées&#xa0;: %3). La synchronisation fusionne ces modifications dans la liste avant tout export.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list was never exported; all of it is new.</source>
        <translation>La liste n’a jamais été exportée&#xa0;; tout son contenu est nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes: %1 is up to date.</source>
        <translation>Aucune modification&#xa0;: %1 est à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %2 added, %3 removed, in %n place(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %2 lignes ajoutées, %3 supprimées, à %n endroit.</numerusform>
            <numerusform>%1&#xa0;: %2 lignes ajoutées, %3 supprimées, à %n endroits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New file</source>
        <translation>Nouveau fichier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(The preview shows the first %1 KB.)</source>
        <translation>(L’aperçu affiche les %1 premiers Ko.)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link the list to a git clone first.</source>
        <translation>Liez d’abord la liste à un clone git.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish the merge or rebase, or check out a branch, first.</source>
        <translation>Terminez d’abord la fusion ou le rebase, ou basculez sur une branche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit the README on a new branch from the up-to-date base, push it and open a pull request</source>
        <translation>Créer un commit du README sur une nouvelle branche issue de la base à jour, la pousser et ouvrir une pull request</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <location line="+66"/>
        <location line="+19"/>
        <source>Sync README</source>
        <translation>Synchronisation du README</translation>
    </message>
    <message numerus="yes">
        <location line="-107"/>
        <source>%n place(s) of the README were changed both here and in the repository. Which version should the list keep?</source>
        <translation>
            <numerusform>%n endroit du README a été modifié à la fois ici et dans le dépôt. Quelle version la liste doit-elle conserver&#xa0;?</numerusform>
            <numerusform>%n endroits du README ont été modifiés à la fois ici et dans le dépôt. Quelle version la liste doit-elle conserver&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here:
%1
In the repository:
%2</source>
        <translation>Ici&#xa0;:
%1
Dans le dépôt&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Mine</source>
        <translation>Conserver la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the Repository&apos;s</source>
        <translation>Prendre celle du dépôt</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The repository&apos;s README no longer has %n entry(s). Remove them from the list too?</source>
        <translation>
            <numerusform>Le README du dépôt ne contient plus %n entrée. La supprimer aussi de la liste&#xa0;?</numerusform>
            <numerusform>Le README du dépôt ne contient plus %n entrées. Les supprimer aussi de la liste&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 does not exist; nothing to sync.</source>
        <translation>%1 n’existe pas&#xa0;; rien à synchroniser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparing the clone&apos;s README with the list…</source>
        <translation>Comparaison du README du clone avec la liste…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The list already has every change of the clone&apos;s README.</source>
        <translation>La liste contient déjà toutes les modifications du README du clone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was merged.</source>
        <translation>Rien n’a été fusionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merging the clone&apos;s README into the list…</source>
        <translation>Fusion du README du clone dans la liste…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Merged %1: new %2, changed %3, removed %4.</source>
        <translation>%1 fusionné&#xa0;: %2 nouvelles, %3 modifiées, %4 supprimées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged the clone&apos;s README into the list.</source>
        <translation>Le README du clone a été fusionné dans la liste.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nothing was published.</source>
        <translation>Rien n’a été publié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was pushed.</source>
        <translation>Rien n’a été poussé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already Proposed</source>
        <translation>Déjà proposé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Pull Request #%1</source>
        <translation>Ouvrir la pull request n°&#xa0;%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open on GitHub</source>
        <translation>Ouvrir sur GitHub</translation>
    </message>
</context>
<context>
    <name>Curator::GitHubClient</name>
    <message>
        <location filename="../src/core/git/githubclient.cpp" line="+182"/>
        <location line="+38"/>
        <source>“%1/%2” is not a GitHub repository name.</source>
        <translation>«&#xa0;%1/%2&#xa0;» n’est pas un nom de dépôt GitHub.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A pull request needs a branch, a base branch and a title.</source>
        <translation>Une pull request nécessite une branche, une branche de base et un titre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No GitHub token is set, so the pull request cannot be opened from here.</source>
        <translation>Aucun jeton GitHub n’est défini&#xa0;: la pull request ne peut donc pas être ouverte d’ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>The GitHub token contains spaces or other characters a token never has; paste it again.</source>
        <translation>Le jeton GitHub contient des espaces ou d’autres caractères qu’un jeton ne contient jamais&#xa0;; collez-le à nouveau.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A pull request is looked up by “owner:branch” and a base branch.</source>
        <translation>Une pull request se cherche par «&#xa0;propriétaire:branche&#xa0;» et une branche de base.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 sent more than %2 KB; the answer was not read.</source>
        <translation>%1 a envoyé plus de %2 Ko&#xa0;; la réponse n’a pas été lue.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 did not answer within %n second(s). The pull request may or may not have been opened: look on GitHub before trying again.</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde. La pull request a peut-être été ouverte, ou peut-être pas&#xa0;: vérifiez sur GitHub avant de réessayer.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes. La pull request a peut-être été ouverte, ou peut-être pas&#xa0;: vérifiez sur GitHub avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 redirected to another address; it was not followed, so that the token is sent to nobody else.</source>
        <translation>%1 a redirigé vers une autre adresse&#xa0;; elle n’a pas été suivie, afin que le jeton ne soit envoyé à personne d’autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected too many times.</source>
        <translation>%1 a effectué trop de redirections.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GitHub found no repository %1/%2, or the token may not access it (HTTP 404).</source>
        <translation>GitHub n’a trouvé aucun dépôt %1/%2, ou le jeton n’y a pas accès (HTTP 404).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>GitHub&apos;s list of pull requests could not be read.</source>
        <translation>La liste des pull requests de GitHub n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pull request #%1 is open.</source>
        <translation>La pull request n°&#xa0;%1 est ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pull request is open from this branch.</source>
        <translation>Aucune pull request n’est ouverte depuis cette branche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened pull request #%1.</source>
        <translation>Pull request #%1 ouverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s answer (HTTP %1) did not name the new pull request.</source>
        <translation>La réponse de GitHub (HTTP %1) n’indiquait pas la nouvelle pull request.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GitHub refused the pull request (HTTP 422).</source>
        <translation>GitHub a refusé la pull request (HTTP 422).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub refused the pull request: %1</source>
        <translation>GitHub a refusé la pull request&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>GitHub did not accept the token (HTTP 401). It may have expired or been revoked.</source>
        <translation>GitHub n’a pas accepté le jeton (HTTP 401). Il a peut-être expiré ou été révoqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub did not accept the token (HTTP 401: %1). It may have expired or been revoked.</source>
        <translation>GitHub n’a pas accepté le jeton (HTTP 401&#xa0;: %1). Il a peut-être expiré ou été révoqué.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>GitHub&apos;s rate limit for this token is used up (HTTP %1); it resets at %2, in %n minute(s).</source>
        <translation>
            <numerusform>La limite de requêtes GitHub pour ce jeton est épuisée (HTTP %1)&#xa0;; elle sera réinitialisée à %2, dans %n minute.</numerusform>
            <numerusform>La limite de requêtes GitHub pour ce jeton est épuisée (HTTP %1)&#xa0;; elle sera réinitialisée à %2, dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>GitHub&apos;s rate limit for this token is used up (HTTP %1); try again later.</source>
        <translation>La limite de requêtes GitHub pour ce jeton est épuisée (HTTP %1)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>GitHub refused this (HTTP 403%1). The token may lack the permission to open pull requests here: a classic token needs the “public_repo” or “repo” scope, a fine-grained one “Pull requests: write” on this repository.</source>
        <translation>GitHub a refusé cette opération (HTTP 403%1). Le jeton n’a peut-être pas l’autorisation d’ouvrir des pull requests ici&#xa0;: un jeton classique nécessite la portée «&#xa0;public_repo&#xa0;» ou «&#xa0;repo&#xa0;», un jeton à granularité fine l’autorisation «&#xa0;Pull requests: write&#xa0;» sur ce dépôt.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>GitHub found no such repository, or the token may not access it (HTTP 404).</source>
        <translation>GitHub n’a pas trouvé ce dépôt, ou le jeton n’y a pas accès (HTTP 404).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GitHub had a problem (HTTP %1). Try again in a moment.</source>
        <translation>GitHub a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub answered with an error (HTTP %1: %2).</source>
        <translation>GitHub a répondu par une erreur (HTTP %1&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub answered with an error (HTTP %1).</source>
        <translation>GitHub a répondu par une erreur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Curator::GitRunner</name>
    <message>
        <location filename="../src/core/git/gitrunner.cpp" line="+169"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>“%1” was canceled.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulé.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>git is not installed or not on PATH. Install it (Debian: apt install git) and try again.</source>
        <translation>git n’est pas installé ou ne se trouve pas dans le PATH. Installez-le (Debian&#xa0;: apt install git) et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not start git: %1</source>
        <translation>Impossible de lancer git&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>“%1” did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ne s’est pas terminé en %n seconde et a été arrêté.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ne s’est pas terminé en %n secondes et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” crashed.</source>
        <translation>«&#xa0;%1&#xa0;» a planté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed with exit code %2.</source>
        <translation>«&#xa0;%1&#xa0;» a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
(“%2”, exit code %3)</source>
        <translation>%1
(«&#xa0;%2&#xa0;», code de sortie %3)</translation>
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
        <translation>&amp;Fusionner la sélection</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Merge into the existing entry</source>
        <translation>Fusionner avec l’entrée existante</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
</context>
<context>
    <name>Curator::InboxDialog</name>
    <message>
        <location filename="../src/widgets/inboxdialog.cpp" line="+49"/>
        <source>Contributions to %1</source>
        <translation>Contributions à %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Looking for a GitHub token…</source>
        <translation>Recherche d’un jeton GitHub…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>fork %1</source>
        <translation>fork %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read</source>
        <translation>n’a pas pu être lue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>README unchanged</source>
        <translation>README inchangé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+%1 ~%2 −%3</source>
        <translation>+%1 ~%2 −%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No GitHub token: public repositories only, 60 requests an hour; posting, merging and pushing need one.</source>
        <translation>Aucun jeton GitHub&#xa0;: dépôts publics uniquement, 60 requêtes par heure&#xa0;; publier, fusionner et pousser en nécessitent un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 open pull requests of %2; %3 change %4, %5 of them with errors.</source>
        <translation>%1 pull requests ouvertes sur %2&#xa0;; %3 modifient %4, dont %5 avec des erreurs.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds</source>
        <translation>Ajoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes</source>
        <translation>Supprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Modifie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review (%1) as it would be posted:</source>
        <translation>Relecture (%1) telle qu’elle serait publiée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1, line %2:</source>
        <translation>Dans %1, ligne %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This pull request does not change %1.</source>
        <translation>Cette pull request ne modifie pas %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>approves it</source>
        <translation>approuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests changes</source>
        <translation>demande des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments</source>
        <translation>commente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Post Review</source>
        <translation>Publier la relecture</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Post this review on #%1 (it %2, with %n comments on %3)?</source>
        <translation>
            <numerusform>Publier cette relecture sur #%1 (elle %2, avec %n commentaire sur %3)&#xa0;?</numerusform>
            <numerusform>Publier cette relecture sur #%1 (elle %2, avec %n commentaires sur %3)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Review posted on #%1: %2</source>
        <translation>Relecture publiée sur #%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Squash-merge #%1 “%2” into %3 on GitHub?</source>
        <translation>Fusionner #%1 «&#xa0;%2&#xa0;» dans %3 sur GitHub (squash)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its review found %n errors.</source>
        <translation>
            <numerusform>Sa relecture a trouvé %n erreur.</numerusform>
            <numerusform>Sa relecture a trouvé %n erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Merging #%1…</source>
        <translation>Fusion de #%1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged #%1 (squashed).</source>
        <translation>#%1 fusionnée (squash).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <location line="+23"/>
        <source>Take Over</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Add the entries of #%1 to the list as it writes them, each at its year&apos;s place, and open a pull request of the list&apos;s own that closes #%1 (%2 as co-author)?</source>
        <translation>Ajouter les entrées de #%1 à la liste telles que la liste les écrit, chacune à la place de son année, et ouvrir une pull request propre à la liste qui ferme #%1 (%2 comme coauteur)&#xa0;?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The entries of #%1 are in the list (Edit → Undo takes them back), but no pull request was opened: %2</source>
        <translation>Les entrées de #%1 sont dans la liste (Édition → Annuler les retire), mais aucune pull request n’a été ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Took #%1 over in %2 and thanked the contributor.</source>
        <translation>#%1 reprise dans %2, et le contributeur a été remercié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took #%1 over in %2, but the comment could not be posted: %3</source>
        <translation>#%1 reprise dans %2, mais le commentaire n’a pas pu être publié&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+25"/>
        <source>Push Fix-Up</source>
        <translation>Pousser un commit de correction</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>Push a commit to %1 (branch %2) that writes %n entries as the list writes them?</source>
        <translation>
            <numerusform>Pousser vers %1 (branche %2) un commit qui écrit %n entrée telle que la liste l’écrit&#xa0;?</numerusform>
            <numerusform>Pousser vers %1 (branche %2) un commit qui écrit %n entrées telles que la liste les écrit&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pushed a fix-up to %1 (%2).</source>
        <translation>Commit de correction poussé vers %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the entries as the list writes them, in year order</source>
        <translation>Écrire les entrées telles que la liste les écrit, dans l’ordre des années</translation>
    </message>
</context>
<context>
    <name>Curator::LinkChecks</name>
    <message>
        <location filename="../src/core/store/linkchecks.cpp" line="+65"/>
        <source>The entry is gone.</source>
        <translation>L’entrée n’existe plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entry’s text no longer holds %1.</source>
        <translation>Le texte de l’entrée ne contient plus %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot change the entry: %1</source>
        <translation>Impossible de modifier l’entrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot change the README’s text: %1</source>
        <translation>Impossible de modifier le texte du README&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The README’s text no longer holds %1.</source>
        <translation>Le texte du README ne contient plus %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot save the ignore rules: %1</source>
        <translation>Impossible d’enregistrer les règles d’exclusion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot keep the link checks: %1</source>
        <translation>Impossible de conserver les résultats de la vérification des liens&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Curator::LinkRecognizer</name>
    <message>
        <location filename="../src/core/importing/linkrecognizer.cpp" line="+472"/>
        <source>This is not a web address.</source>
        <translation>Ce n’est pas une adresse web.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a valid identifier.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link to a file on this computer is not fetched; drop the file itself.</source>
        <translation>Un lien vers un fichier de cet ordinateur n’est pas récupéré&#xa0;; déposez plutôt le fichier lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1:” links cannot be imported; only web addresses (http, https) can.</source>
        <translation>Les liens «&#xa0;%1:&#xa0;» ne peuvent pas être importés&#xa0;; seules les adresses web (http, https) peuvent l’être.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The web address has no host name.</source>
        <translation>L’adresse web n’a pas de nom d’hôte.</translation>
    </message>
</context>
<context>
    <name>Curator::LinkReportDialog</name>
    <message>
        <location filename="../src/widgets/linkreportdialog.cpp" line="+54"/>
        <source>archived copy: %1</source>
        <translation>copie archivée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arXiv: %1</source>
        <translation>arXiv&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOI: %1</source>
        <translation>DOI&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>&amp;Use Suggestion</source>
        <translation>&amp;Utiliser la suggestion</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the link to the list&apos;s ignore rules: later checks skip it</source>
        <translation>Ajouter le lien aux règles d’exclusion de la liste&#xa0;: les vérifications suivantes l’ignoreront</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link in the web browser</source>
        <translation>Ouvrir le lien dans le navigateur</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Link Report</source>
        <translation>Rapport sur les liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link Report — %1</source>
        <translation>Rapport sur les liens — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Canceled; what was checked: %1</source>
        <translation>Vérification annulée&#xa0;; résultat partiel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Leads to %1</source>
        <translation>Mène à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (as found on %2)</source>
        <translation>%1 (constaté le %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Apply Rewrite</source>
        <translation>&amp;Réécrire le lien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the link with %1 where it stands</source>
        <translation>Remplacer le lien par %1 là où il se trouve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the link with the suggestion where it stands</source>
        <translation>Remplacer le lien par la suggestion là où il se trouve</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace Link %1</source>
        <translation>le remplacement du lien %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace Link</source>
        <translation>Remplacer le lien</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ignore Link %1</source>
        <translation>l’exclusion du lien %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore Link</source>
        <translation>Ignorer le lien</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now %1</source>
        <translation>désormais %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit → Undo in the main window takes the fix back.</source>
        <translation>Édition → Annuler dans la fenêtre principale annule la correction.</translation>
    </message>
</context>
<context>
    <name>Curator::LinkRulesDialog</name>
    <message>
        <location filename="../src/widgets/linkrulesdialog.cpp" line="+31"/>
        <source>&amp;Export .lycheeignore…</source>
        <translation>&amp;Exporter .lycheeignore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the rules as a .lycheeignore file for the list&apos;s own link check (lychee)</source>
        <translation>Écrire les règles dans un fichier .lycheeignore pour la vérification des liens propre à la liste (lychee)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Change Link Ignore Rules</source>
        <translation>la modification des règles d’exclusion des liens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link Ignore Rules</source>
        <translation>Règles d’exclusion des liens</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export .lycheeignore</source>
        <translation>Exporter .lycheeignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Curator::Links</name>
    <message>
        <location filename="../src/core/links/pagecheck.cpp" line="+52"/>
        <source>redirects to %1, which is not a web address; not followed</source>
        <translation>redirige vers %1, qui n’est pas une adresse web&#xa0;; non suivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirects from https to insecure http (%1); not followed</source>
        <translation>redirige de https vers http non sécurisé (%1)&#xa0;; non suivi</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>ok (HTTP %1)</source>
        <translation>correct (HTTP %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redirects to %1: the page itself is probably gone</source>
        <translation>redirige vers %1&#xa0;: la page elle-même a probablement disparu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved to %1</source>
        <translation>déplacé vers %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirects (HTTP %1) without saying where</source>
        <translation>redirige (HTTP %1) sans dire vers où</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>redirects in a loop</source>
        <translation>redirige en boucle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gone (HTTP 410)</source>
        <translation>supprimé (HTTP 410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (HTTP %1)</source>
        <translation>introuvable (HTTP %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server refuses automated checks (HTTP %1)</source>
        <translation>le serveur refuse les vérifications automatiques (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>rate-limited (HTTP 429) after %n retries</source>
        <translation>
            <numerusform>débit limité (HTTP 429) après %n nouvelle tentative</numerusform>
            <numerusform>débit limité (HTTP 429) après %n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>server error (HTTP %1) after %n retries</source>
        <translation>
            <numerusform>erreur du serveur (HTTP %1) après %n nouvelle tentative</numerusform>
            <numerusform>erreur du serveur (HTTP %1) après %n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such host</source>
        <translation>hôte inexistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
</context>
<context>
    <name>Curator::Links::IgnoreRules</name>
    <message>
        <location filename="../src/core/links/ignorerules.cpp" line="+43"/>
        <source>Ignore rule %1 is not a valid pattern (%2): %3</source>
        <translation>La règle d’exclusion %1 n’est pas un motif valide (%2)&#xa0;: %3</translation>
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
        <translation>redirigé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broken</source>
        <translation>cassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>ignored by the rule %1</source>
        <translation>ignoré par la règle %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a web address</source>
        <translation>pas une adresse web</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>arXiv %1: its record is in the look-up cache</source>
        <translation>arXiv %1&#xa0;: sa notice est dans le cache des métadonnées</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>arXiv&apos;s API did not answer: %1</source>
        <translation>l’API d’arXiv n’a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv %1 exists</source>
        <translation>arXiv %1 existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv has no paper %1</source>
        <translation>arXiv n’a pas d’article %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DOI %1: its record is in the look-up cache</source>
        <translation>DOI %1&#xa0;: sa notice est dans le cache des métadonnées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DOI %1 is registered (the publisher&apos;s page is not fetched)</source>
        <translation>le DOI %1 est enregistré (la page de l’éditeur n’est pas consultée)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>GitHub has no repository %1 (deleted, or private)</source>
        <translation>GitHub n’a pas de dépôt %1 (supprimé ou privé)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the repository was renamed to %1</source>
        <translation>le dépôt a été renommé en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub repository %1, archived by its owner (read-only)</source>
        <translation>dépôt GitHub %1, archivé par son propriétaire (lecture seule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub repository %1 exists</source>
        <translation>le dépôt GitHub %1 existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s API refused (HTTP %1): its rate limit is 60 requests an hour without a token (set GH_TOKEN)</source>
        <translation>l’API de GitHub a refusé (HTTP %1)&#xa0;: sans jeton, elle est limitée à 60 requêtes par heure (définissez GH_TOKEN)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1; no server answered at all: are you offline?</source>
        <translation>%1&#xa0;; aucun serveur n’a répondu&#xa0;: êtes-vous hors ligne&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Curator::Links::LinkHealth</name>
    <message numerus="yes">
        <location filename="../src/core/links/linkhealth.cpp" line="+37"/>
        <source>%n links: </source>
        <translation>
            <numerusform>%n lien&#xa0;: </numerusform>
            <numerusform>%n liens&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ok, %2 redirected, %3 broken, %4 unverified</source>
        <translation>%1 ok, %2 redirigé(s), %3 cassé(s), %4 non vérifié(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 skipped</source>
        <translation>, %1 ignoré(s)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no such list.</source>
        <translation>Cette liste n’existe pas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is larger than 128 MB; is it a README?</source>
        <translation>%1 fait plus de 128 Mo&#xa0;; est-ce bien un README&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The results could not be kept: %1</source>
        <translation>Les résultats n’ont pas pu être conservés&#xa0;: %1</translation>
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
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>Curator::Links::LinkStore</name>
    <message>
        <location filename="../src/core/links/linkstore.cpp" line="+157"/>
        <source>%1 is not a web address.</source>
        <translation>%1 n’est pas une adresse web.</translation>
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
        <translation>La base de données utilisée par cette fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries shown</source>
        <translation>Entrées affichées</translation>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;README Pane</source>
        <translation>&amp;Volet README</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Pull Request…</source>
        <translation>Ouvrir une &amp;pull request…</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Importing %v of %m</source>
        <translation>Importation de %v sur %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+378"/>
        <location line="+111"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Stop the import; what is finished is kept</source>
        <translation>Arrêter l’importation&#xa0;; ce qui est terminé est conservé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Paste Entries</source>
        <translation>Co&amp;ller des entrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add entries for the links, identifiers or PDFs on the clipboard</source>
        <translation>Ajouter des entrées pour les liens, identifiants ou PDF du presse-papiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;Files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add entries for PDF files</source>
        <translation>Ajouter des entrées pour des fichiers PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;PDF</source>
        <translation>Ou&amp;vrir le PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected entry&apos;s PDF</source>
        <translation>Ouvrir le PDF de l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open &amp;Link</source>
        <translation>Ouvrir le &amp;lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected entry&apos;s link in the web browser</source>
        <translation>Ouvrir le lien de l’entrée sélectionnée dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Entry as Markdown</source>
        <translation>&amp;Copier l’entrée en Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected entries as the README writes them</source>
        <translation>Copier les entrées sélectionnées telles que le README les écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy DOI or arXiv &amp;Id</source>
        <translation>Copier le DOI ou l’&amp;identifiant arXiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected entry&apos;s DOI or arXiv id</source>
        <translation>Copier le DOI ou l’identifiant arXiv de l’entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh from DOI or arXiv…</source>
        <translation>&amp;Actualiser depuis le DOI ou arXiv…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the selected entry up again and fill in what the service says</source>
        <translation>Consulter à nouveau l’entrée sélectionnée et reprendre ce qu’indique le service</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The entry has no web link.</source>
        <translation>L’entrée n’a pas de lien web.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Copied %n entries as Markdown.</source>
        <translation>
            <numerusform>%n entrée copiée en Markdown.</numerusform>
            <numerusform>%n entrées copiées en Markdown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The entry has no DOI or arXiv id.</source>
        <translation>L’entrée n’a ni DOI ni identifiant arXiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>Refresh Entry</source>
        <translation>Actualiser l’entrée</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The look-up found nothing.</source>
        <translation>La consultation n’a rien trouvé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: “%2” → “%3”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arXiv id</source>
        <translation>Identifiant arXiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is up to date.</source>
        <translation>«&#xa0;%1&#xa0;» est à jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The look-up differs from what the entry says:

%1

Replace them?</source>
        <translation>La consultation diffère de l’entrée&#xa0;:

%1

Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” has no DOI or arXiv id to look up.</source>
        <translation>«&#xa0;%1&#xa0;» n’a ni DOI ni identifiant arXiv à consulter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up %1…</source>
        <translation>Consultation de %1…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>An import is still running; wait for it or cancel it.</source>
        <translation>Une importation est encore en cours&#xa0;; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entry has no PDF.</source>
        <translation>L’entrée n’a pas de PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is not there any more.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>Merge Entry</source>
        <translation>Fusion de l’entrée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking links: %v of %m</source>
        <translation>Vérification des liens&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop the link check; what was checked is kept</source>
        <translation>Arrêter la vérification des liens&#xa0;; ce qui a été vérifié est conservé</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check Links</source>
        <translation>Vérifier les liens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link check canceled; checked so far: %1</source>
        <translation>Vérification des liens annulée&#xa0;; résultat partiel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stop asking the sources; nothing is changed</source>
        <translation>Arrêter d’interroger les sources&#xa0;; rien n’est modifié</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list is not linked to a clone of a GitHub repository. Link it in Settings → Repository.</source>
        <translation>La liste n’est liée à aucun clone d’un dépôt GitHub. Liez-la dans Paramètres → Dépôt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking for updates…</source>
        <translation>Recherche de mises à jour…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Update check canceled; nothing was changed.</source>
        <translation>Recherche de mises à jour annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check for Updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every entry is up to date.</source>
        <translation>Toutes les entrées sont à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The sources propose %n changes.</source>
        <translation>
            <numerusform>Les sources proposent %n modification.</numerusform>
            <numerusform>Les sources proposent %n modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+133"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n entrée</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entry matches “%1”.

Search looks in authors, titles, venues, notes and years, and finds a paper by its DOI, arXiv id (any version) or link.</source>
        <translation>Aucune entrée ne correspond à «&#xa0;%1&#xa0;».

La recherche porte sur les auteurs, titres, publications, notes et années, et trouve un article par son DOI, son identifiant arXiv (toute version) ou son lien.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last export: %1</source>
        <translation>Dernier export&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported yet</source>
        <translation>Pas encore exportée</translation>
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
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Name of the list:</source>
        <translation>&amp;Nom de la liste&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Delete List</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Delete the list &quot;%1&quot; and its %n entries from the store?

The README file is not touched, and Edit → Undo brings the list back.</source>
        <translation>
            <numerusform>Supprimer de la base de données la liste «&#xa0;%1&#xa0;» (%n entrée)&#xa0;?

Le fichier README n’est pas modifié, et Édition → Annuler rétablit la liste.</numerusform>
            <numerusform>Supprimer de la base de données la liste «&#xa0;%1&#xa0;» (%n entrées)&#xa0;?

Le fichier README n’est pas modifié, et Édition → Annuler rétablit la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import README</source>
        <translation>Importer un README</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2:
%3</source>
        <translation>%1, ligne %2&#xa0;:
%3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %1: %n entries (%2 new, %3 removed).</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %n entrée (%2 nouvelles, %3 supprimées).</numerusform>
            <numerusform>%1 importé&#xa0;: %n entrées (%2 nouvelles, %3 supprimées).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export README</source>
        <translation>Exporter le README</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed after the list was last imported or exported. Overwrite it with the list?</source>
        <translation>%1 a été modifié depuis la dernière importation ou le dernier export de la liste. L’écraser avec la liste&#xa0;?</translation>
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
        <translation>Exporter sous</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Open Store</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stores (*.sqlite);;All files (*)</source>
        <translation>Bases de données (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not start a new window.</source>
        <translation>Impossible d’ouvrir une nouvelle fenêtre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>New Entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Goes at the end of “%1”.</source>
        <translation>Sera placée à la fin de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes into “%1”, above “%2 — %3”.</source>
        <translation>Sera placée dans «&#xa0;%1&#xa0;», au-dessus de «&#xa0;%2 — %3&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit Entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate Entry</source>
        <translation>Dupliquer l’entrée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n entries?</source>
        <translation>
            <numerusform>Supprimer %n entrée&#xa0;?</numerusform>
            <numerusform>Supprimer %n entrées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Edit → Undo brings them back.</source>
        <translation>Édition → Annuler permet de revenir en arrière.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sort Section by Year</source>
        <translation>Trier la section par année</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit a cell in place</source>
        <translation>Modifier une cellule sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Awesome Curator</source>
        <translation>À propos d’Awesome Curator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Awesome Curator %1&lt;/h3&gt;&lt;p&gt;Keeps awesome lists of research papers: reads a list&apos;s README exactly as it is, and writes it back with the small diff a careful human would make.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Awesome Curator %1&lt;/h3&gt;&lt;p&gt;Tient à jour des listes «&#xa0;awesome&#xa0;» d’articles de recherche&#xa0;: lit le README d’une liste exactement tel qu’il est, et le réécrit avec les modifications minimales qu’apporterait un humain attentif.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software under the MIT License.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Awesome NeuroAI Papers (sample)</source>
        <translation>Awesome NeuroAI Papers (exemple)</translation>
    </message>
</context>
<context>
    <name>Curator::Metadata</name>
    <message>
        <location filename="../src/core/metadata/resolver.cpp" line="+244"/>
        <source>The look-up was canceled.</source>
        <translation>La recherche de métadonnées a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/parsers.cpp" line="+551"/>
        <source>The arXiv response is not valid XML at line %1: %2</source>
        <translation>La réponse d’arXiv n’est pas du XML valide à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The arXiv response is empty.</source>
        <translation>La réponse d’arXiv est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arXiv response declares a document type, which is refused.</source>
        <translation>La réponse d’arXiv déclare un type de document, ce qui est refusé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The arXiv response is not an Atom feed.</source>
        <translation>La réponse d’arXiv n’est pas un flux Atom.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>arXiv reported an error.</source>
        <translation>arXiv a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arXiv feed holds no arXiv identifiers.</source>
        <translation>Le flux arXiv ne contient aucun identifiant arXiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arXiv has no paper with this identifier.</source>
        <translation>arXiv n’a aucun article avec cet identifiant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Crossref response is empty.</source>
        <translation>La réponse de Crossref est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crossref has no record of this DOI.</source>
        <translation>Crossref n’a aucune notice pour ce DOI.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Crossref response is not valid JSON at byte %1: %2</source>
        <translation>La réponse de Crossref n’est pas du JSON valide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Crossref response is not an API message.</source>
        <translation>La réponse de Crossref n’est pas un message de l’API.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crossref answered with status “%1”.</source>
        <translation>Crossref a répondu avec le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossref reported: %1</source>
        <translation>Crossref a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crossref answered with “%1” instead of a work.</source>
        <translation>Crossref a répondu par «&#xa0;%1&#xa0;» au lieu d’une publication.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Crossref response holds no work.</source>
        <translation>La réponse de Crossref ne contient aucune publication.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The citation data is empty.</source>
        <translation>Les données de citation sont vides.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The citation data is not valid JSON at byte %1: %2</source>
        <translation>Les données de citation ne sont pas du JSON valide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>The citation data is not CSL-JSON.</source>
        <translation>Les données de citation ne sont pas au format CSL-JSON.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The citation data holds no record.</source>
        <translation>Les données de citation ne contiennent aucune notice.</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/resolver.cpp" line="-191"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>arXiv is busy; retrying in %1 s</source>
        <translation>arXiv est occupé&#xa0;; nouvel essai dans %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is rate-limiting; retrying in %2 s</source>
        <translation>%1 limite le nombre de requêtes&#xa0;; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&quot;%1&quot; is not an arXiv identifier.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant arXiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a DOI or an arXiv identifier.</source>
        <translation>Ni un DOI ni un identifiant arXiv.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cached %1</source>
        <translation>Notice en cache (%1)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 is unavailable — showing the cached record from %2</source>
        <translation>%1 est indisponible — affichage de la notice en cache (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — showing the cached record from %1</source>
        <translation>Hors ligne — affichage de la notice en cache (%1)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>arXiv has no paper %1</source>
        <translation>arXiv n’a pas d’article %1</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/services.cpp" line="+191"/>
        <source>No record of DOI %1 at Crossref or doi.org</source>
        <translation>Aucune notice pour le DOI %1 chez Crossref ni sur doi.org</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The DOI %1 does not exist (the DOI registry has no such name).</source>
        <translation>Le DOI %1 n’existe pas (le registre des DOI ne connaît pas ce nom).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DOI registry gave an answer that could not be read (response code %1).</source>
        <translation>Le registre des DOI a donné une réponse illisible (code de réponse %1).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>bioRxiv does not know this DOI</source>
        <translation>bioRxiv ne connaît pas ce DOI</translation>
    </message>
    <message>
        <location filename="../src/core/metadata/toentry.cpp" line="+87"/>
        <source>This preprint has a published version: %1.</source>
        <translation>Cette prépublication a une version publiée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This preprint has a published version: DOI %1.</source>
        <translation>Cette prépublication a une version publiée&#xa0;: DOI %1.</translation>
    </message>
</context>
<context>
    <name>Curator::Net</name>
    <message>
        <location filename="../src/core/net/fetcher.cpp" line="+32"/>
        <source>The look-up was canceled.</source>
        <translation>La recherche de métadonnées a été annulée.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>%1 sent a compressed answer that could not be unpacked within %2 MB: it is damaged, or expands far beyond that. The answer was not read.</source>
        <translation>%1 a envoyé une réponse compressée impossible à décompresser en %2 Mo&#xa0;: elle est endommagée, ou bien trop volumineuse une fois décompressée. La réponse n’a pas été lue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sent more than %2 MB; the answer was not read.</source>
        <translation>%1 a envoyé plus de %2 Mo&#xa0;; la réponse n’a pas été lue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent its answer too slowly: it was not complete after %2 s.</source>
        <translation>%1 a répondu trop lentement&#xa0;: la réponse n’était pas complète après %2 s.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 has no such record.</source>
        <translation>%1 ne contient pas cette notice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is rate-limiting; gave up after %2 tries.</source>
        <translation>%1 limite le nombre de requêtes&#xa0;; abandon après %2 tentatives.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 a répondu par une erreur (HTTP %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n’a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 redirected to another address; it was not followed.</source>
        <translation>%1 a redirigé vers une autre adresse, qui n’a pas été suivie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 redirected from https to http; the insecure address was not followed.</source>
        <translation>%1 a redirigé de https vers http&#xa0;; l’adresse non sécurisée n’a pas été suivie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected too many times.</source>
        <translation>%1 a effectué trop de redirections.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1 (%2). Are you offline?</source>
        <translation>Impossible de joindre %1 (%2). Êtes-vous hors ligne&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Curator::PageMetadataReader</name>
    <message>
        <location filename="../src/core/importing/citationmeta.cpp" line="+725"/>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages cannot be read now.</source>
        <translation>Les pages web ne peuvent pas être lues pour le moment.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 sent “%2”, not a web page.</source>
        <translation>%1 a envoyé «&#xa0;%2&#xa0;», et non une page web.</translation>
    </message>
</context>
<context>
    <name>Curator::PdfInspector</name>
    <message>
        <location filename="../src/core/importing/pdfinspector.cpp" line="+700"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation>«&#xa0;%1&#xa0;» est vide (0 octet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a web page saved under a .pdf name, not a PDF.</source>
        <translation>«&#xa0;%1&#xa0;» est une page web enregistrée sous un nom en .pdf, et non un PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a PDF file: it does not start with a PDF header.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier PDF&#xa0;: il ne commence pas par un en-tête PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is too large to inspect (%2 MB); the limit is %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être analysé (%2 Mo)&#xa0;; la limite est de %3 Mo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is incomplete: the end of the PDF is missing (an interrupted download?).</source>
        <translation>«&#xa0;%1&#xa0;» est incomplet&#xa0;: la fin du PDF manque (un téléchargement interrompu&#xa0;?).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The paper was identified from the file name only.</source>
        <translation>L’article a été identifié uniquement à partir du nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Stopped reading “%1” after %n second(s): its pages are unusually complex.</source>
        <translation>
            <numerusform>Lecture de «&#xa0;%1&#xa0;» arrêtée après %n seconde&#xa0;: ses pages sont exceptionnellement complexes.</numerusform>
            <numerusform>Lecture de «&#xa0;%1&#xa0;» arrêtée après %n secondes&#xa0;: ses pages sont exceptionnellement complexes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder, not a PDF file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, et non un fichier PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is damaged and cannot be read as a PDF.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être lu comme un PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is protected by a password.</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par un mot de passe.</translation>
    </message>
</context>
<context>
    <name>Curator::Publisher</name>
    <message>
        <location filename="../src/core/git/publisher.cpp" line="+66"/>
        <source>The list is not linked to a git clone. Link it in the settings, or with: awesome-curator link --list NAME --repo PATH</source>
        <translation>La liste n’est liée à aucun clone git. Liez-la dans les paramètres, ou avec&#xa0;: awesome-curator link --list NOM --repo CHEMIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the state of %1…</source>
        <translation>Lecture de l’état de %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+63"/>
        <source>Merge the repository&apos;s README</source>
        <translation>la fusion du README du dépôt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The README on %1/%2 changed since the list last saw it. Merge those changes first.</source>
        <translation>Le README sur %1/%2 a changé depuis la dernière fois que la liste l’a vu. Fusionnez d’abord ces modifications.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The README on %1/%2 changed: new %3, changed %4, removed %5; they would be merged into the list.</source>
        <translation>Le README sur %1/%2 a changé&#xa0;: %3 nouvelles, %4 modifiées, %5 supprimées&#xa0;; ces modifications seraient fusionnées dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged the README of %1/%2 into the list: new %3, changed %4, removed %5.</source>
        <translation>README de %1/%2 fusionné dans la liste&#xa0;: %3 nouvelles, %4 modifiées, %5 supprimées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to publish: the README on %1/%2 is already the list&apos;s.</source>
        <translation>Rien à publier&#xa0;: le README sur %1/%2 est déjà celui de la liste.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The branch %1 on %2 already carries this change; nothing new was pushed.</source>
        <translation>La branche %1 sur %2 porte déjà cette modification&#xa0;; rien de nouveau n’a été poussé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The branch %1 on %2 already carries this change. Looking for its pull request on %3…</source>
        <translation>La branche %1 sur %2 porte déjà cette modification. Recherche de sa pull request sur %3…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No pull request is open from %1.</source>
        <translation>Aucune pull request n’est ouverte depuis %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pull request #%1 already carries this change; nothing new was pushed.</source>
        <translation>La pull request n°&#xa0;%1 porte déjà cette modification&#xa0;; rien de nouveau n’a été poussé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch %1 on %2 already carries this change; nothing new was pushed. GitHub could not say whether its pull request is open: %3</source>
        <translation>La branche %1 sur %2 porte déjà cette modification&#xa0;; rien de nouveau n’a été poussé. GitHub n’a pas pu dire si sa pull request est ouverte&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Pushed the branch %1 to %2. The list names no GitHub repository, so open the pull request on your git host.</source>
        <translation>Branche %1 poussée vers %2. La liste n’indique aucun dépôt GitHub&#xa0;: ouvrez donc la pull request sur votre hébergeur git.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pushed %1. Looking for a GitHub token…</source>
        <translation>%1 poussée. Recherche d’un jeton GitHub…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushed the branch %1; open the pull request on the compare page. %2</source>
        <translation>Branche %1 poussée&#xa0;; ouvrez la pull request sur la page de comparaison. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the pull request on %1 (token %2)…</source>
        <translation>Ouverture de la pull request sur %1 (jeton %2)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened pull request #%1.</source>
        <translation>Pull request #%1 ouverte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pushed the branch %1, but GitHub did not open the pull request: %2 Open it on the compare page.</source>
        <translation>Branche %1 poussée, mais GitHub n’a pas ouvert la pull request&#xa0;: %2 Ouvrez-la sur la page de comparaison.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Curator::PullRequestDialog</name>
    <message>
        <location filename="../src/widgets/pullrequestdialog.cpp" line="+17"/>
        <source>Push and Open Pull Request</source>
        <translation>Pousser et ouvrir la pull request</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>branch %1 of %2</source>
        <translation>branche %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, branch %2 (the new branch is pushed to %3)</source>
        <translation>%1, branche %2 (la nouvelle branche est poussée vers %3)</translation>
    </message>
</context>
<context>
    <name>Curator::PullRequestFlow</name>
    <message>
        <location filename="../src/core/git/pullrequestflow.cpp" line="+155"/>
        <source>“%1” cannot be the name of a remote. Choose one of the repository&apos;s remotes, for example “origin”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le nom d’un dépôt distant. Choisissez l’un des dépôts distants de ce dépôt, par exemple «&#xa0;origin&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be the name of a branch. Choose the branch the pull request should go into, for example “main”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le nom d’une branche. Choisissez la branche dans laquelle la pull request doit être fusionnée, par exemple «&#xa0;main&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a file path inside the repository. Give the README&apos;s path relative to the repository&apos;s top folder, for example “README.md”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin de fichier à l’intérieur du dépôt. Indiquez le chemin du README relatif au dossier racine du dépôt, par exemple «&#xa0;README.md&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the repository…</source>
        <translation>Vérification du dépôt…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not in a git repository, so there is nowhere to publish from. Clone the list&apos;s repository and export the list into the clone.</source>
        <translation>%1 ne se trouve pas dans un dépôt git&#xa0;: il n’y a donc rien à partir de quoi publier. Clonez le dépôt de la liste et exportez la liste dans le clone.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A merge is in progress in %1. Finish it (resolve the conflicts and commit) or abort it (git merge --abort) first.</source>
        <translation>Une fusion est en cours dans %1. Terminez-la d’abord (résolvez les conflits et validez) ou abandonnez-la (git merge --abort).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rebase is in progress in %1. Finish it (git rebase --continue) or abort it (git rebase --abort) first.</source>
        <translation>Un rebase est en cours dans %1. Terminez-le d’abord (git rebase --continue) ou abandonnez-le (git rebase --abort).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cherry-pick is in progress in %1. Finish it (git cherry-pick --continue) or abort it (git cherry-pick --abort) first.</source>
        <translation>Un cherry-pick est en cours dans %1. Terminez-le d’abord (git cherry-pick --continue) ou abandonnez-le (git cherry-pick --abort).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No branch is checked out in %1 (HEAD is detached). Check out a branch first, for example: git switch %2</source>
        <translation>Aucune branche n’est extraite dans %1 (HEAD est détachée). Basculez d’abord sur une branche, par exemple&#xa0;: git switch %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The repository has no remote named “%1”, nor any other. Add the repository on GitHub as a remote first: git remote add %1 &lt;address&gt;</source>
        <translation>Le dépôt n’a aucun dépôt distant nommé «&#xa0;%1&#xa0;», ni aucun autre. Ajoutez d’abord le dépôt GitHub comme dépôt distant&#xa0;: git remote add %1 &lt;adresse&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repository has no remote named “%1”. Choose one of its remotes: %2.</source>
        <translation>Le dépôt n’a aucun dépôt distant nommé «&#xa0;%1&#xa0;». Choisissez l’un de ses dépôts distants&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has uncommitted changes that Awesome Curator did not make. Commit or stash them first (git stash), so that none of your work is overwritten or left out of the pull request.</source>
        <translation>%1 contient des modifications non validées qui ne viennent pas d’Awesome Curator. Validez-les ou remisez-les d’abord (git stash), afin qu’aucune partie de votre travail ne soit écrasée ou omise de la pull request.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has uncommitted changes: the app&apos;s own last export. They stay as they are.</source>
        <translation>%1 contient des modifications non validées&#xa0;: le dernier export de l’application elle-même. Elles restent telles quelles.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Branch %1 stays checked out; the new branch is made in a temporary worktree.</source>
        <translation>La branche %1 reste extraite&#xa0;; la nouvelle branche est créée dans un arbre de travail temporaire.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not fetch from %1. Check the network connection, the remote&apos;s address (git remote -v) and your access to it.
%2</source>
        <translation>Impossible de récupérer depuis %1. Vérifiez la connexion réseau, l’adresse du dépôt distant (git remote -v) et vos droits d’accès.
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no branch “%2”. Choose the branch the pull request should go into.</source>
        <translation>%1 n’a pas de branche «&#xa0;%2&#xa0;». Choisissez la branche dans laquelle la pull request doit être fusionnée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your local %1 has commits that %2/%1 does not have. Push them (git push %2 %1) or merge them first, so that the pull request does not undo or miss them.</source>
        <translation>Votre branche locale %1 contient des commits absents de %2/%1. Poussez-les (git push %2 %1) ou fusionnez-les d’abord, afin que la pull request ne les annule pas ou ne les omette pas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1/%2 is at %3.</source>
        <translation>%1/%2 pointe sur %3.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nothing was prepared to publish. Check the repository again.</source>
        <translation>Rien n’a été préparé pour la publication. Vérifiez à nouveau le dépôt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The commit message is empty. Write one that says what the change adds.</source>
        <translation>Le message de commit est vide. Rédigez-en un qui indique ce qu’apporte la modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+134"/>
        <source>Nothing to publish: the README on %1/%2 is already this one.</source>
        <translation>Rien à publier&#xa0;: le README sur %1/%2 est déjà celui-ci.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>“%1” cannot be a branch name. Choose another one.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom de branche. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not make a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making branch %1 from %2/%3 (%4) in a temporary worktree…</source>
        <translation>Création de la branche %1 à partir de %2/%3 (%4) dans un arbre de travail temporaire…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not make the temporary worktree.
%1</source>
        <translation>Impossible de créer l’arbre de travail temporaire.
%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Committing the new %1…</source>
        <translation>Validation du nouveau %1…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tell git who you are, in a terminal: git config --global user.name &quot;Your Name&quot; and git config --global user.email you@example.com. Then publish again.</source>
        <translation>Indiquez à git qui vous êtes, dans un terminal&#xa0;: git config --global user.name &quot;Votre Nom&quot; et git config --global user.email vous@example.com. Puis publiez à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a pre-commit or commit-msg hook stopped the commit, its message is above: fix what it asks for and publish again.</source>
        <translation>Si un hook pre-commit ou commit-msg a arrêté le commit, son message figure ci-dessus&#xa0;: corrigez ce qu’il demande et publiez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>git could not commit.
%1
%2</source>
        <translation>git n’a pas pu créer le commit.
%1
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The new commit is not a single commit on %1/%2; nothing was pushed.</source>
        <translation>Le nouveau commit n’est pas un commit unique sur %1/%2&#xa0;; rien n’a été poussé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The commit changes more than %1 (%2); a hook may have added files. Nothing was pushed.</source>
        <translation>Le commit modifie plus que %1 (%2)&#xa0;; un hook a peut-être ajouté des fichiers. Rien n’a été poussé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pushing %1 to %2…</source>
        <translation>Envoi de %1 vers %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not take the branch %2; nothing was published.
%3</source>
        <translation>%1 n’a pas accepté la branche %2&#xa0;; rien n’a été publié.
%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Published the branch %1 on %2. A pull request from it into %3 can be opened now.</source>
        <translation>Branche %1 publiée sur %2. Une pull request de cette branche vers %3 peut maintenant être ouverte.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Publishing was canceled.</source>
        <translation>La publication a été annulée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removing the temporary worktree…</source>
        <translation>Suppression de l’arbre de travail temporaire…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting the unpublished branch %1…</source>
        <translation>Suppression de la branche non publiée %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unpublished branch %1 is left behind; delete it with: git branch -D %1
%2</source>
        <translation>La branche non publiée %1 est restée en place&#xa0;; supprimez-la avec&#xa0;: git branch -D %1
%2</translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeIO</name>
    <message>
        <location filename="../src/core/store/readmeio.cpp" line="+317"/>
        <location line="+292"/>
        <source>No store is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>The store %1 is read-only; nothing was imported.</source>
        <translation>La base de données %1 est en lecture seule&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Fix the file, or import with --force to keep such paragraphs as plain text.</source>
        <translation>Corrigez le fichier, ou importez avec --force pour conserver ces paragraphes en texte brut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No section heading was found, so there is no entry to import. An awesome list has headings (# or ##) above its entries.</source>
        <translation>Aucun titre de section n’a été trouvé&#xa0;; il n’y a donc aucune entrée à importer. Une liste «&#xa0;awesome&#xa0;» a des titres (# ou ##) au-dessus de ses entrées.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Untitled list</source>
        <translation>Liste sans titre</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</source>
        <translation>
            <numerusform>La liste «&#xa0;%1&#xa0;» contient des modifications pas encore exportées (entrée&#xa0;: %n)&#xa0;; l’importation les remplacerait par le texte du README. Exportez d’abord, ou importez avec --force.</numerusform>
            <numerusform>La liste «&#xa0;%1&#xa0;» contient des modifications pas encore exportées (entrées&#xa0;: %n)&#xa0;; l’importation les remplacerait par le texte du README. Exportez d’abord, ou importez avec --force.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+278"/>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a directory, not a README file.</source>
        <translation>%1 est un dossier, pas un fichier README.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MB, larger than any README this app reads (%3 MB).</source>
        <translation>%1 fait %2 Mo, plus que la taille maximale de README lue par cette application (%3 Mo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>There is no such list.</source>
        <translation>Cette liste n’existe pas.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The entry “%1” links to “%2”, which is not an http or https address. Nothing was exported: correct the entry’s URL, then export again.</source>
        <translation>L’entrée «&#xa0;%1&#xa0;» pointe vers «&#xa0;%2&#xa0;», qui n’est pas une adresse http ou https. Rien n’a été exporté&#xa0;: corrigez l’URL de l’entrée, puis exportez de nouveau.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is a directory; give the README&apos;s file name.</source>
        <translation>%1 est un dossier&#xa0;; indiquez le nom du fichier README.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1 was written, but the store could not record it: %2</source>
        <translation>%1 a été écrit, mais la base de données n’a pas pu l’enregistrer&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeReader</name>
    <message>
        <location filename="../src/core/markdown/readmereader.cpp" line="+488"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds a NUL byte: it is not a text file.</source>
        <translation>Le fichier contient un octet NUL&#xa0;: ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not valid UTF-8 (byte %1 of this line); was it saved in another encoding, or cut short?</source>
        <translation>Le fichier n’est pas en UTF-8 valide (octet %1 de cette ligne)&#xa0;; a-t-il été enregistré dans un autre encodage, ou tronqué&#xa0;?</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>This paragraph looks like an entry, but its link could not be read (is it cut off?). It is kept as plain text.</source>
        <translation>Ce paragraphe ressemble à une entrée, mais son lien est illisible (est-il tronqué&#xa0;?). Il est conservé en texte brut.</translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeSync</name>
    <message numerus="yes">
        <location filename="../src/core/git/readmesync.cpp" line="+201"/>
        <source>%n place(s) of the README were changed both here and in the repository. Choose which version to keep.</source>
        <translation>
            <numerusform>%n endroit du README a été modifié à la fois ici et dans le dépôt. Choisissez la version à conserver.</numerusform>
            <numerusform>%n endroits du README ont été modifiés à la fois ici et dans le dépôt. Choisissez la version à conserver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The repository&apos;s README no longer has %n entry(s): %1. Confirm to remove them here too.</source>
        <translation>
            <numerusform>Le README du dépôt ne contient plus %n entrée&#xa0;: %1. Confirmez pour la supprimer ici aussi.</numerusform>
            <numerusform>Le README du dépôt ne contient plus %n entrées&#xa0;: %1. Confirmez pour les supprimer ici aussi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no such list.</source>
        <translation>Cette liste n’existe pas.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list is not linked to a git clone. Link it in the settings, or with: awesome-curator link --list NAME --repo PATH</source>
        <translation>La liste n’est liée à aucun clone git. Liez-la dans les paramètres, ou avec&#xa0;: awesome-curator link --list NOM --repo CHEMIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list&apos;s clone %1 does not exist.</source>
        <translation>Le clone %1 de la liste n’existe pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was changed outside Awesome Curator since the last import or export. Sync first, so that those changes are not overwritten.</source>
        <translation>%1 a été modifié en dehors d’Awesome Curator depuis la dernière importation ou le dernier export. Synchronisez d’abord, afin que ces modifications ne soient pas écrasées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is up to date.</source>
        <translation>%1 est à jour.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>Curator::RepoStatus</name>
    <message>
        <location filename="../src/core/git/repostatus.cpp" line="+186"/>
        <source>%1 is not inside a git repository.</source>
        <translation>%1 ne se trouve pas dans un dépôt git.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no working tree.</source>
        <translation>%1 n’a pas d’arbre de travail.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot read “%1” at “%2”: not a valid revision and path.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;: la révision et le chemin ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>git could not read “%1”: %2</source>
        <translation>git n’a pas pu lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” or “%2” is not a valid revision.</source>
        <translation>«&#xa0;%1&#xa0;» ou «&#xa0;%2&#xa0;» n’est pas une révision valide.</translation>
    </message>
</context>
<context>
    <name>Curator::Review</name>
    <message>
        <location filename="../src/core/review/contribution.cpp" line="+50"/>
        <source>The %1 README could not be read: line %2: %3</source>
        <translation>Le README %1 n’a pas pu être lu&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>a paragraph (authors, bold linked title, venue, year)</source>
        <translation>paragraphe (auteurs, titre lié en gras, publication, année)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bullet (- [Name](link) - description)</source>
        <translation>puce (- [Name](link) - description)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table row</source>
        <translation>ligne de tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list item</source>
        <translation>élément de liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML table row</source>
        <translation>ligne de tableau HTML</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>old</source>
        <translation>d’origine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Removes %1 (line %2 of the old README).</source>
        <translation>Supprime %1 (ligne %2 du README d’origine).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The link&apos;s address holds another link (%1): a link is [text](address).</source>
        <translation>L’adresse du lien contient un autre lien (%1)&#xa0;: un lien s’écrit [texte](adresse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link&apos;s text is its address; the list links the title.</source>
        <translation>Le texte du lien est son adresse&#xa0;; la liste place le lien sur le titre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written as %1; “%2” writes its entries as %3.</source>
        <translation>Écrite sous forme de %1&#xa0;; «&#xa0;%2&#xa0;» écrit ses entrées sous forme de %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the same arXiv paper: %1 there, %2 here</source>
        <translation>le même article arXiv&#xa0;: %1 là-bas, %2 ici</translation>
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
        <translation>le même titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same link</source>
        <translation>le même lien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same title; one may be the preprint of the other</source>
        <translation>le même titre&#xa0;; l’un est peut-être la prépublication de l’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already listed at line %1: %2 (%3).</source>
        <translation>Déjà présente à la ligne %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Out of year order: “%1” is newest first, so %2 goes above line %3 (%4).</source>
        <translation>Hors de l’ordre des années&#xa0;: «&#xa0;%1&#xa0;» va de la plus récente à la plus ancienne, donc %2 va au-dessus de la ligne %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Out of year order: “%1” is newest first, so %2 goes at the end of the section.</source>
        <translation>Hors de l’ordre des années&#xa0;: «&#xa0;%1&#xa0;» va de la plus récente à la plus ancienne, donc %2 va à la fin de la section.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New entries go at the top of their year: above line %1 (%2).</source>
        <translation>Les nouvelles entrées vont en tête de leur année&#xa0;: au-dessus de la ligne %1 (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This looks like a blog post (%1); the list keeps those under “%2”.</source>
        <translation>Ceci ressemble à un billet de blog (%1)&#xa0;; la liste les range sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a paper (%1); the list keeps papers under “%2”.</source>
        <translation>Ceci est un article (%1)&#xa0;; la liste range les articles sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not read as an entry: %1 The list writes its entries as %2.</source>
        <translation>Non lu comme une entrée&#xa0;: %1 La liste écrit ses entrées sous forme de %2.</translation>
    </message>
</context>
<context>
    <name>Curator::Review::Inbox</name>
    <message>
        <location filename="../src/core/review/inbox.cpp" line="+48"/>
        <source>Thank you! Read as entries of the list, this pull request:</source>
        <translation>Merci&#xa0;! Lue comme des entrées de la liste, cette pull request&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- adds %1 to %2</source>
        <translation>- ajoute %1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- changes %1 in %2</source>
        <translation>- modifie %1 dans %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- removes %1 from %2</source>
        <translation>- supprime %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- changes no entry</source>
        <translation>- ne modifie aucune entrée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Everything is in the list&apos;s form and place.</source>
        <translation>Tout respecte la forme et l’ordre de la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions are on the lines below; GitHub can commit each one.</source>
        <translation>Les suggestions figurent sur les lignes ci-dessous&#xa0;; GitHub peut committer chacune d’elles.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The list is not linked to a clone of a GitHub repository (link it in the settings, or with the command line&apos;s link).</source>
        <translation>La liste n’est liée à aucun clone d’un dépôt GitHub (liez-la dans les paramètres, ou avec la commande link en ligne de commande).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking GitHub for the open pull requests of %1…</source>
        <translation>Demande à GitHub des pull requests ouvertes de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>#%1 is not an open pull request of %2.</source>
        <translation>#%1 n’est pas une pull request ouverte de %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading #%1…</source>
        <translation>Lecture de #%1…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The pull request removes or cannot show %1: %2</source>
        <translation>La pull request supprime %1 ou ne peut pas l’afficher&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking the proposed entries against arXiv and Crossref, and their links…</source>
        <translation>Comparaison des entrées proposées avec arXiv et Crossref, et vérification de leurs liens…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The list has no section to add to.</source>
        <translation>La liste n’a aucune section où ajouter des entrées.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>#%1 adds no entry the list does not have.</source>
        <translation>#%1 n’ajoute aucune entrée que la liste n’a pas déjà.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Take over %n entries of #%1</source>
        <translation>
            <numerusform>la reprise de %n entrée de #%1</numerusform>
            <numerusform>la reprise de %n entrées de #%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Thank you, @%1! The entries of this pull request are taken over in %2, written as the list writes them and placed by year, with you as co-author of the commit.</source>
        <translation>Merci, @%1&#xa0;! Les entrées de cette pull request sont reprises dans %2, écrites comme la liste les écrit et placées selon leur année, avec vous comme coauteur du commit.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The README does not read back as the same entries.</source>
        <translation>Relu, le README ne donne pas les mêmes entrées.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>#%1 does not allow maintainers to push to its branch: post a review or take it over instead.</source>
        <translation>#%1 n’autorise pas les mainteneurs à pousser sur sa branche&#xa0;: publiez plutôt une relecture ou reprenez-la.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Curator::Review::OnlineChecks</name>
    <message>
        <location filename="../src/core/review/onlinechecks.cpp" line="+71"/>
        <source>%1 has another title: “%2”.</source>
        <translation>%1 indique un autre titre&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 names %2 as the first author; the entry does not name them.</source>
        <translation>%1 indique %2 comme premier auteur&#xa0;; l’entrée ne mentionne pas cette personne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 dates it %2, the entry %3.</source>
        <translation>%1 indique l’année %2, l’entrée %3.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The link is broken: there is no %1.</source>
        <translation>Le lien est cassé&#xa0;: %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The link is broken: %1.</source>
        <translation>Le lien est cassé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link could not be verified: %1.</source>
        <translation>Le lien n’a pas pu être vérifié&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link leads to a front or sign-in page now: %1.</source>
        <translation>Le lien mène désormais à une page d’accueil ou de connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead: %1</source>
        <translation>À la place&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Curator::Review::PullRequests</name>
    <message>
        <location filename="../src/core/review/pullrequests.cpp" line="+125"/>
        <source>%1: GitHub&apos;s rate limit is used up%2. Without a token GitHub allows 60 requests an hour; set GH_TOKEN or GITHUB_TOKEN, or keep a token in the settings.</source>
        <translation>%1&#xa0;: la limite de requêtes GitHub est épuisée%2. Sans jeton, GitHub autorise 60 requêtes par heure&#xa0;; définissez GH_TOKEN ou GITHUB_TOKEN, ou enregistrez un jeton dans les paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> until %1</source>
        <translation> jusqu’à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: GitHub did not accept the token (401).</source>
        <translation>%1&#xa0;: GitHub n’a pas accepté le jeton (401).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not allowed (403): %2</source>
        <translation>%1&#xa0;: non autorisé (403)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not found (404); a private repository needs a token that may read it.</source>
        <translation>%1&#xa0;: introuvable (404)&#xa0;; un dépôt privé nécessite un jeton autorisé à le lire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: GitHub cannot merge it (405): %2. It may have conflicts, failing required checks or missing approvals.</source>
        <translation>%1&#xa0;: GitHub ne peut pas la fusionner (405)&#xa0;: %2. Elle a peut-être des conflits, des vérifications requises en échec ou des approbations manquantes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the contributor pushed since it was reviewed (409): %2. Review it again before merging.</source>
        <translation>%1&#xa0;: le contributeur a poussé depuis la relecture (409)&#xa0;: %2. Relisez-la avant de la fusionner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: GitHub refused it (422): %2</source>
        <translation>%1&#xa0;: GitHub a refusé l’opération (422)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: GitHub answered %2: %3</source>
        <translation>%1&#xa0;: GitHub a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: GitHub&apos;s answer is not a list.</source>
        <translation>%1&#xa0;: la réponse de GitHub n’est pas une liste.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>#%1 changed since it was read (its head is now %2); review it again.</source>
        <translation>#%1 a changé depuis sa lecture (son dernier commit est maintenant %2)&#xa0;; relisez-la.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub has not worked out yet whether #%1 can be merged; try again in a moment.</source>
        <translation>GitHub n’a pas encore déterminé si #%1 peut être fusionnée&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GitHub says #%1 cannot be merged as it is (conflicts with %2?).</source>
        <translation>Selon GitHub, #%1 ne peut pas être fusionnée en l’état (conflits avec %2&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>Curator::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="+86"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>APA: Family, G., &amp; Family, G.</source>
        <translation>APA : Nom, P., &amp; Nom, P.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural: Given Family and Given Family</source>
        <translation>Naturel : Prénom Nom and Prénom Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short: Family, G., et al.</source>
        <translation>Court : Nom, P., et al.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The List&apos;s Clone</source>
        <translation>Le clone de la liste</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>GitHub Token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A GitHub token that may open pull requests (scope &quot;public_repo&quot;, or &quot;Pull requests: write&quot; for a fine-grained token). It is kept in the system keychain, nowhere else.</source>
        <translation>Un jeton GitHub autorisé à ouvrir des pull requests (portée «&#xa0;public_repo&#xa0;», ou «&#xa0;Pull requests: write&#xa0;» pour un jeton à granularité fine). Il est conservé dans le trousseau du système, et nulle part ailleurs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No form shared by two entries was found.</source>
        <translation>Aucune forme commune à deux entrées n’a été trouvée.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The contact e-mail is not an address such as you@example.org.</source>
        <translation>Le courriel de contact n’est pas une adresse comme vous@example.org.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each venue row needs a long name and a short form.</source>
        <translation>Chaque ligne de publication doit avoir un nom long et une forme courte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clone folder %1 does not exist.</source>
        <translation>Le dossier du clone %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not the top folder of a git clone.</source>
        <translation>%1 n’est pas le dossier racine d’un clone git.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A remote or branch name cannot begin with &quot;-&quot; or hold spaces.</source>
        <translation>Un nom de dépôt distant ou de branche ne peut pas commencer par «&#xa0;-&#xa0;» ni contenir d’espaces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The README path is relative to the clone, inside it.</source>
        <translation>Le chemin du README est relatif au clone et doit se trouver à l’intérieur de celui-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GitHub repository is written owner/name.</source>
        <translation>Le dépôt GitHub s’écrit propriétaire/nom.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: pull requests are opened in the browser. %1</source>
        <translation>Aucun&#xa0;: les pull requests sont ouvertes dans le navigateur. %1</translation>
    </message>
</context>
<context>
    <name>Curator::SidebarModel</name>
    <message>
        <location filename="../src/widgets/sidebarmodel.cpp" line="+15"/>
        <source>Lists</source>
        <translation>Listes</translation>
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
provenant de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>List %1, %n entries</source>
        <translation>
            <numerusform>Liste %1, %n entrée</numerusform>
            <numerusform>Liste %1, %n entrées</numerusform>
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
            <numerusform>Section %1, %n entrée</numerusform>
            <numerusform>Section %1, %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop entries here to move them to &quot;%1&quot;.</source>
        <translation>Déposez des entrées ici pour les déplacer vers «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Curator::Store</name>
    <message>
        <location filename="../src/core/store/changes.cpp" line="+100"/>
        <location line="+36"/>
        <location line="+15"/>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the recorded change is damaged</source>
        <translation>la modification enregistrée est endommagée</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entries were changed since, perhaps in another window; nothing was changed</source>
        <translation>les entrées ont été modifiées entre-temps, peut-être dans une autre fenêtre&#xa0;; rien n’a été modifié</translation>
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
        <translation>Impossible de déplacer les entrées</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="+815"/>
        <location filename="../src/core/store/ordering.cpp" line="-112"/>
        <source>the section does not exist</source>
        <translation>la section n’existe pas</translation>
    </message>
    <message>
        <location filename="../src/core/store/ordering.cpp" line="+12"/>
        <location line="+26"/>
        <location line="+74"/>
        <source>an entry no longer exists</source>
        <translation>une entrée n’existe plus</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Cannot move the entry</source>
        <translation>Impossible de déplacer l’entrée</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="+184"/>
        <location line="+34"/>
        <location line="+8"/>
        <location filename="../src/core/store/ordering.cpp" line="-8"/>
        <source>it no longer exists</source>
        <translation>elle n’existe plus</translation>
    </message>
    <message>
        <location filename="../src/core/store/ordering.cpp" line="+31"/>
        <source>Cannot sort the section</source>
        <translation>Impossible de trier la section</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="-405"/>
        <location line="+17"/>
        <location filename="../src/core/store/queries.cpp" line="+179"/>
        <location line="+37"/>
        <source>Cannot read the entries</source>
        <translation>Impossible de lire les entrées</translation>
    </message>
    <message>
        <location filename="../src/core/store/queries.cpp" line="-22"/>
        <source>Cannot search</source>
        <translation>Impossible d’effectuer la recherche</translation>
    </message>
    <message>
        <location filename="../src/core/store/store.cpp" line="-618"/>
        <source>The store is read-only; nothing was changed.</source>
        <translation>La base de données est en lecture seule&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is busy: another window or program is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>La base de données est occupée&#xa0;: une autre fenêtre ou un autre programme y écrit. Réessayez dans un instant&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was changed.</source>
        <translation>Le disque est plein&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an Awesome Curator store (not an SQLite database).</source>
        <translation>Le fichier n’est pas une base de données Awesome Curator (ce n’est pas une base SQLite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file is damaged (%1).</source>
        <translation>Le fichier de la base de données est endommagé (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store file cannot be opened (%1).</source>
        <translation>Impossible d’ouvrir le fichier de la base de données (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store could not be read or written (%1).</source>
        <translation>Impossible de lire ou d’écrire la base de données (%1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%1” is not an http or https address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https</translation>
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
        <translation>Impossible d’ouvrir la base de données %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>it is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not an Awesome Curator store (not an SQLite database); it was left untouched</source>
        <translation>le fichier n’est pas une base de données Awesome Curator (ce n’est pas une base SQLite)&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the store %1</source>
        <translation>Impossible de créer la base de données %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the SQLite driver gave no handle</source>
        <translation>le pilote SQLite n’a fourni aucun descripteur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it was written by a newer version of Awesome Curator (schema %1; this version knows up to %2). It was left untouched: update Awesome Curator to use it.</source>
        <translation>elle a été écrite par une version plus récente d’Awesome Curator (schéma %1&#xa0;; cette version gère jusqu’au schéma %2). Elle n’a pas été modifiée&#xa0;: mettez à jour Awesome Curator pour l’utiliser.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>it is read-only and needs an upgrade to this version&apos;s format</source>
        <translation>elle est en lecture seule et doit être mise à niveau vers le format de cette version</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The store %1 is read-only; nothing was changed.</source>
        <translation>La base de données %1 est en lecture seule&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cannot read the lists</source>
        <translation>Impossible de lire les listes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot create the list</source>
        <translation>Impossible de créer la liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>a list needs a name</source>
        <translation>une liste doit avoir un nom</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Cannot create the list %1</source>
        <translation>Impossible de créer la liste %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papers</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot add the section</source>
        <translation>Impossible d’ajouter la section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a section needs a title</source>
        <translation>une section doit avoir un titre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot add the section %1</source>
        <translation>Impossible d’ajouter la section %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the list</source>
        <translation>Impossible de supprimer la liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Cannot rename the list</source>
        <translation>Impossible de renommer la liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot use that template</source>
        <translation>Impossible d’utiliser ce modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown author style</source>
        <translation>Style d’auteurs inconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot change the list&apos;s format</source>
        <translation>Impossible de modifier le format de la liste</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Cannot save the venue names</source>
        <translation>Impossible d’enregistrer les noms de publications</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>every row needs a long name and a short form</source>
        <translation>chaque ligne doit avoir un nom complet et une forme abrégée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the sections</source>
        <translation>Impossible de lire les sections</translation>
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
        <translation>Impossible d’ajouter l’entrée</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+21"/>
        <location line="+2"/>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>Cannot change the entry</source>
        <translation>Impossible de modifier l’entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <location line="+8"/>
        <source>Cannot remove the entry</source>
        <translation>Impossible de supprimer l’entrée</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>Cannot update the search index</source>
        <translation>Impossible de mettre à jour l’index de recherche</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot cache the response</source>
        <translation>Impossible de mettre la réponse en cache</translation>
    </message>
    <message>
        <location filename="../src/core/store/repolink.cpp" line="+45"/>
        <source>Cannot save the list&apos;s repository</source>
        <translation>Impossible d’enregistrer le dépôt de la liste</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+26"/>
        <source>Cannot record the README</source>
        <translation>Impossible d’enregistrer le README</translation>
    </message>
    <message>
        <location filename="../src/core/store/history.cpp" line="+39"/>
        <location line="+10"/>
        <location line="+44"/>
        <source>Cannot keep the undo history</source>
        <translation>Impossible de conserver l’historique des annulations</translation>
    </message>
</context>
<context>
    <name>Curator::TokenProvider</name>
    <message>
        <location filename="../src/core/git/githubtoken.cpp" line="+124"/>
        <source>The GitHub CLI is not logged in (“gh auth login”).</source>
        <translation>GitHub CLI n’est pas connecté («&#xa0;gh auth login&#xa0;»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GitHub CLI printed no token.</source>
        <translation>GitHub CLI n’a affiché aucun jeton.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The GitHub CLI could not be started.</source>
        <translation>Impossible de lancer GitHub CLI.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The GitHub CLI did not answer within %n second(s).</source>
        <translation>
            <numerusform>GitHub CLI n’a pas répondu en %n seconde.</numerusform>
            <numerusform>GitHub CLI n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The system keychain did not answer within %n second(s); set GH_TOKEN instead.</source>
        <translation>
            <numerusform>Le trousseau du système n’a pas répondu en %n seconde&#xa0;; définissez plutôt GH_TOKEN.</numerusform>
            <numerusform>Le trousseau du système n’a pas répondu en %n secondes&#xa0;; définissez plutôt GH_TOKEN.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keychain refused access%1.</source>
        <translation>Le trousseau du système a refusé l’accès%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain is available%1; set GH_TOKEN instead.</source>
        <translation>Aucun trousseau système n’est disponible%1&#xa0;; définissez plutôt GH_TOKEN.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>No GitHub token was found. Set GH_TOKEN, log in with the GitHub CLI (“gh auth login”), or save a token in the settings.</source>
        <translation>Aucun jeton GitHub n’a été trouvé. Définissez GH_TOKEN, connectez-vous avec GitHub CLI («&#xa0;gh auth login&#xa0;») ou enregistrez un jeton dans les paramètres.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The entry in the system keychain is not a token.</source>
        <translation>L’élément du trousseau du système n’est pas un jeton.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No GitHub token was found in GH_TOKEN, GITHUB_TOKEN or the GitHub CLI.</source>
        <translation>Aucun jeton GitHub n’a été trouvé dans GH_TOKEN, GITHUB_TOKEN ni GitHub CLI.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That is not a GitHub token: a token has no spaces and only ASCII letters, digits and punctuation.</source>
        <translation>Ce n’est pas un jeton GitHub&#xa0;: un jeton ne contient aucune espace, et uniquement des lettres ASCII, des chiffres et de la ponctuation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The token was not saved. %1</source>
        <translation>Le jeton n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The token was not removed. %1</source>
        <translation>Le jeton n’a pas été supprimé. %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>from GH_TOKEN</source>
        <translation>provenant de GH_TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from GITHUB_TOKEN</source>
        <translation>provenant de GITHUB_TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the GitHub CLI</source>
        <translation>provenant de GitHub CLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the keychain</source>
        <translation>provenant du trousseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>Curator::Updates::Review</name>
    <message>
        <location filename="../src/core/updates/review.cpp" line="+28"/>
        <source>Published version</source>
        <translation>Version publiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retraction</source>
        <translation>Rétractation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>Expression of concern</source>
        <translation>Avis de préoccupation</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice DOI</source>
        <translation>DOI de l’avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice date</source>
        <translation>Date de l’avis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice source</source>
        <translation>Source de l’avis</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Retracted</source>
        <translation>Rétracté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>Curator::Updates::Sweep</name>
    <message>
        <location filename="../src/core/updates/sweep.cpp" line="+311"/>
        <source>published as DOI %1 (venue and year not known: its record could not be read)</source>
        <translation>publié sous le DOI %1 (revue et année inconnues&#xa0;: sa notice n’a pas pu être lue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>published: %1 (%2)</source>
        <translation>publié&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>retracted %1 (notice %2, %3)</source>
        <translation>rétracté %1 (avis %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn %1 (notice %2, %3)</source>
        <translation>retiré %1 (avis %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expression of concern %1 (notice %2, %3)</source>
        <translation>avis de préoccupation %1 (avis %2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrected %1 (notice %2, %3)</source>
        <translation>corrigé %1 (avis %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title now: %1</source>
        <translation>nouveau titre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authors now: %1</source>
        <translation>nouveaux auteurs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Update %n entries from their sources</source>
        <translation>
            <numerusform>la mise à jour de %n entrée depuis sa source</numerusform>
            <numerusform>la mise à jour de %n entrées depuis leurs sources</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An entry to update is gone: %1</source>
        <translation>Une entrée à mettre à jour n’existe plus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>There is no such list.</source>
        <translation>Cette liste n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Looking up %n entries…</source>
        <translation>
            <numerusform>Consultation de %n entrée…</numerusform>
            <numerusform>Consultation de %n entrées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Asking bioRxiv about %n preprints…</source>
        <translation>
            <numerusform>Interrogation de bioRxiv sur %n prépublication…</numerusform>
            <numerusform>Interrogation de bioRxiv sur %n prépublications…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Looking up %n published versions…</source>
        <translation>
            <numerusform>Recherche de %n version publiée…</numerusform>
            <numerusform>Recherche de %n versions publiées…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::UpdatesDialog</name>
    <message>
        <location filename="../src/widgets/updatesdialog.cpp" line="+42"/>
        <source>&amp;Apply Selected</source>
        <translation>A&amp;ppliquer la sélection</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The sources propose %n changes to %1 entries. Title and author changes are not checked at first: a list often shortens them on purpose.</source>
        <translation>
            <numerusform>Les sources proposent %n modification (entrées concernées&#xa0;: %1). Les modifications de titre et d’auteurs ne sont pas cochées au départ&#xa0;: une liste les abrège souvent volontairement.</numerusform>
            <numerusform>Les sources proposent %n modifications (entrées concernées&#xa0;: %1). Les modifications de titre et d’auteurs ne sont pas cochées au départ&#xa0;: une liste les abrège souvent volontairement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(removed from the list)</source>
        <translation>(retirée de la liste)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag, note</source>
        <translation>Mot-clé, note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tagged and noted: %1</source>
        <translation>mot-clé et note ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply Updates</source>
        <translation>Appliquer les mises à jour</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../ui/entryeditor.ui" line="+12"/>
        <source>Edit Entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Look up:</source>
        <translation>Consu&amp;lter&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identifier to look up</source>
        <translation>Identifiant à consulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a DOI, an arXiv ID or a link to a paper (arxiv.org, doi.org, biorxiv.org, nature.com, a publisher&apos;s page with the DOI in it); Fetch fills in the entry.</source>
        <translation>Collez un DOI, un identifiant arXiv ou un lien vers un article (arxiv.org, doi.org, biorxiv.org, nature.com, une page d’éditeur contenant le DOI)&#xa0;; Récupérer remplit l’entrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a DOI, an arXiv ID or a link</source>
        <translation>Collez un DOI, un identifiant arXiv ou un lien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognised identifier</source>
        <translation>Identifiant reconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the entry from arXiv, Crossref or doi.org (a record fetched before comes from the cache)</source>
        <translation>Remplir l’entrée depuis arXiv, Crossref ou doi.org (une notice déjà récupérée provient du cache)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the service again instead of using the record fetched before</source>
        <translation>Interroger à nouveau le service au lieu d’utiliser la notice déjà récupérée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the look-up</source>
        <translation>Arrêter la recherche de métadonnées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look-up status</source>
        <translation>État de la recherche de métadonnées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use &amp;Published Version</source>
        <translation>Utiliser la &amp;version publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the venue, year and DOI of the published paper; the arXiv ID is kept</source>
        <translation>Reprendre la publication, l’année et le DOI de l’article publié&#xa0;; l’identifiant arXiv est conservé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already in the list</source>
        <translation>Déjà dans la liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Existing Entry</source>
        <translation>Affic&amp;her l’entrée existante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the entry the list already has in the main window</source>
        <translation>Sélectionner dans la fenêtre principale l’entrée que la liste contient déjà</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heading of the list that the entry stands under.</source>
        <translation>Le titre de la liste sous lequel figure l’entrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Auteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authors as the list writes them, such as “Spieler, A., Rahaman, N., &amp; Levina, A.”.</source>
        <translation>Les auteurs tels que la liste les écrit, par exemple «&#xa0;Spieler, A., Rahaman, N., &amp; Levina, A.&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family, G., &amp; Family, G.</source>
        <translation>Nom, P., &amp; Nom, P.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper&apos;s title as plain text (required); it is written in bold as the link text.</source>
        <translation>Le titre de l’article en texte brut (obligatoire)&#xa0;; il est écrit en gras comme texte du lien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link of the title: an http or https address of the paper.</source>
        <translation>Le lien du titre&#xa0;: une adresse http ou https de l’article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Publication&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venue</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the paper appeared: a journal, a conference or arXiv. Written after the link.</source>
        <translation>Où l’article a paru&#xa0;: une revue, une conférence ou arXiv. Écrit après le lien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal, conference or arXiv</source>
        <translation>Revue, conférence ou arXiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in parentheses at the end of the entry: a year such as “2023”, or text with a year such as “NAACL 2025”. Leave it empty when unknown.</source>
        <translation>Écrite entre parenthèses à la fin de l’entrée&#xa0;: une année comme «&#xa0;2023&#xa0;», ou un texte contenant une année comme «&#xa0;NAACL 2025&#xa0;». Laissez vide si elle est inconnue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>such as 2023</source>
        <translation>par exemple 2023</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;DOI:</source>
        <translation>&amp;DOI&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper&apos;s DOI, such as 10.1038/nn.4244. A pasted doi.org link is shortened to the DOI.</source>
        <translation>Le DOI de l’article, par exemple 10.1038/nn.4244. Un lien doi.org collé est réduit au DOI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>such as 10.1038/nn.4244</source>
        <translation>par exemple 10.1038/nn.4244</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ar&amp;Xiv ID:</source>
        <translation>Identifiant ar&amp;Xiv&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>arXiv ID</source>
        <translation>Identifiant arXiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arXiv identifier, with its version when known, such as 2306.16922v2. A pasted arXiv link is shortened to the identifier.</source>
        <translation>L’identifiant arXiv, avec sa version si elle est connue, par exemple 2306.16922v2. Un lien arXiv collé est réduit à l’identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>such as 2306.16922</source>
        <translation>par exemple 2306.16922</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own labels for finding the entry again, separated by commas.</source>
        <translation>Vos propres étiquettes pour retrouver l’entrée, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;PDF file:</source>
        <translation>&amp;Fichier PDF&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A local copy of the paper.</source>
        <translation>Une copie locale de l’article.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the PDF file</source>
        <translation>Rechercher le fichier PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF file of the paper.</source>
        <translation>Choisir le fichier PDF de l’article.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes about the paper. They are not written to the README.</source>
        <translation>Vos notes sur l’article. Elles ne sont pas écrites dans le README.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Markdown preview:</source>
        <translation>Ap&amp;erçu Markdown&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown preview</source>
        <translation>Aperçu Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line written to the README for this entry, updated as you type.</source>
        <translation>La ligne écrite dans le README pour cette entrée, mise à jour pendant la saisie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the entry goes</source>
        <translation>Emplacement de l’entrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems with the entry</source>
        <translation>Problèmes de l’entrée</translation>
    </message>
</context>
<context>
    <name>ExportPane</name>
    <message>
        <location filename="../ui/exportpane.ui" line="+11"/>
        <source>Not linked to a repository</source>
        <translation>Non liée à un dépôt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the repository&apos;s state again</source>
        <translation>Relire l’état du dépôt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the repository&apos;s changes into the list first</source>
        <translation>Fusionner d’abord les modifications du dépôt dans la liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the README into the clone&apos;s working tree (Ctrl+E)</source>
        <translation>Écrire le README dans l’arbre de travail du clone (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Pull Request</source>
        <translation>Ouvrir une &amp;pull request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit the README on a new branch from the up-to-date base, push it and open a pull request</source>
        <translation>Créer un commit du README sur une nouvelle branche issue de la base à jour, la pousser et ouvrir une pull request</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../ui/importreportdialog.ui" line="+6"/>
        <source>Import Report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported items</source>
        <translation>Éléments importés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Élément déposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A merge fills the existing entry&apos;s empty fields from what was found; nothing it has is overwritten, except a preprint&apos;s venue, link and DOI by the published version&apos;s.</source>
        <translation>Une fusion remplit les champs vides de l’entrée existante avec ce qui a été trouvé&#xa0;; rien de ce qu’elle contient n’est écrasé, sauf la publication, le lien et le DOI d’une prépublication, remplacés par ceux de la version publiée.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../ui/inboxdialog.ui" line="+6"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open pull requests</source>
        <translation>Pull requests ouvertes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pull request</source>
        <translation>Pull request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected pull request as entries</source>
        <translation>La pull request sélectionnée, en tant qu’entrées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review that would be posted</source>
        <translation>La relecture qui serait publiée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask GitHub again for the open pull requests</source>
        <translation>Redemander à GitHub les pull requests ouvertes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask &amp;arXiv, Crossref and the links too</source>
        <translation>Interroger aussi &amp;arXiv et Crossref, et vérifier les liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also compare each proposed entry with its arXiv or Crossref record and check its link (slower; the look-ups are cached)</source>
        <translation>Comparer aussi chaque entrée proposée avec sa notice arXiv ou Crossref et vérifier son lien (plus lent&#xa0;; les recherches sont mises en cache)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Post Review…</source>
        <translation>&amp;Publier la relecture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the review shown above to GitHub: the findings on their lines, with suggestions GitHub can commit</source>
        <translation>Envoyer à GitHub la relecture affichée ci-dessus&#xa0;: les constats sur leurs lignes, avec des suggestions que GitHub peut committer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Push &amp;Fix-Up…</source>
        <translation>Pou&amp;sser un commit de correction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the contributor allowed maintainer edits: push a commit to their branch that writes the entries as the list writes them, in year order</source>
        <translation>Là où le contributeur a autorisé les modifications par les mainteneurs&#xa0;: pousser sur sa branche un commit qui écrit les entrées telles que la liste les écrit, dans l’ordre des années</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take Over…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the pull request&apos;s entries to the list as it writes them, open a pull request of the list&apos;s own with the contributor as co-author, and thank them on theirs</source>
        <translation>Ajouter les entrées de la pull request à la liste telles que la liste les écrit, ouvrir une pull request propre à la liste avec le contributeur comme coauteur, et le remercier sur la sienne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squash-merge the pull request on GitHub, if its head is still the one read here</source>
        <translation>Fusionner la pull request sur GitHub par squash, si son dernier commit est toujours celui lu ici</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LinkReportDialog</name>
    <message>
        <location filename="../ui/linkreportdialog.ui" line="+6"/>
        <source>Link Report</source>
        <translation>Rapport sur les liens</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Links found</source>
        <translation>Liens trouvés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>État</translation>
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
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;ok links too</source>
        <translation>Afficher aussi les liens &amp;ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every link of the README, not only those that need a look</source>
        <translation>Lister tous les liens du README, pas seulement ceux qui demandent un examen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each fix is one step that Edit → Undo in the main window takes back.</source>
        <translation>Chaque correction est une étape distincte, que l’on annule avec Édition → Annuler dans la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>LinkRulesDialog</name>
    <message>
        <location filename="../ui/linkrulesdialog.ui" line="+6"/>
        <source>Link Ignore Rules</source>
        <translation>Règles d’exclusion des liens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links matching one of these rules are not checked. One regular expression per line, matched anywhere in the address; a line starting with # is a comment. lychee reads the same rules from a .lycheeignore file.</source>
        <translation>Les liens qui correspondent à l’une de ces règles ne sont pas vérifiés. Une expression régulière par ligne, recherchée n’importe où dans l’adresse&#xa0;; une ligne commençant par # est un commentaire. lychee lit les mêmes règles dans un fichier .lycheeignore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore rules</source>
        <translation>Règles d’exclusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># e.g. pages that refuse bots
^https://www\.linkedin\.com/</source>
        <translation># p. ex. des pages qui refusent les robots
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
        <translation>Listes et sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a list or one of its sections. Drop entries on a section to move them there.</source>
        <translation>Choisissez une liste ou l’une de ses sections. Déposez des entrées sur une section pour les y déplacer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search entries</source>
        <translation>Rechercher des entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in authors, titles, venues and notes (each may be the start of a longer one), a year, or a paper by its DOI, arXiv id or link.</source>
        <translation>Mots à rechercher dans les auteurs, titres, publications et notes (chacun peut être le début d’un mot plus long), une année, ou un article par son DOI, son identifiant arXiv ou son lien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, a year, a DOI, an arXiv id or a link (Ctrl+F)</source>
        <translation>Mots, année, DOI, identifiant arXiv ou lien (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to edit an entry; F2 edits a cell in place. Drag rows to reorder them.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour modifier une entrée&#xa0;; F2 modifie une cellule sur place. Faites glisser les lignes pour les réordonner.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New List…</source>
        <translation>&amp;Nouvelle liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty list with one section</source>
        <translation>Créer une liste vide avec une section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete List…</source>
        <translation>Supprimer la &amp;liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected list and its entries from the store (Edit → Undo brings it back)</source>
        <translation>Supprimer de la base de données la liste sélectionnée et ses entrées (Édition → Annuler la rétablit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import README…</source>
        <translation>&amp;Importer un README…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read an awesome list&apos;s README.md into the store (a list of the same name is updated)</source>
        <translation>Lire le README.md d’une liste «&#xa0;awesome&#xa0;» dans la base de données (une liste du même nom est mise à jour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export README</source>
        <translation>&amp;Exporter le README</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list&apos;s README back to the file it came from</source>
        <translation>Réécrire le README de la liste dans son fichier d’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;As…</source>
        <translation>Exporter &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list to a file you choose: its README, or its papers as BibTeX, CSL-JSON or CSV</source>
        <translation>Écrire la liste dans le fichier de votre choix&#xa0;: son README, ou ses articles en BibTeX, CSL-JSON ou CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Store…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another store file in a new window</source>
        <translation>Ouvrir un autre fichier de base de données dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the entries</source>
        <translation>Rechercher dans les entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paper to the selected section</source>
        <translation>Ajouter un article à la section sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Modifier l’entrée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit every field of the selected entry (Enter)</source>
        <translation>Modifier tous les champs de l’entrée sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate Entry</source>
        <translation>D&amp;upliquer l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entries</source>
        <translation>Supprimer les entrées sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sort Section by Year</source>
        <translation>&amp;Trier la section par année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder the selected section newest year first, as the README keeps it</source>
        <translation>Réordonner la section sélectionnée de l’année la plus récente à la plus ancienne, comme le fait le README</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail, language, and the list&apos;s entry template, author style and venue names</source>
        <translation>Courriel de contact, langue, ainsi que le modèle d’entrée, le style des auteurs et les noms de publications de la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;README Order</source>
        <translation>Ordre du &amp;README</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the entries in the README&apos;s own order</source>
        <translation>Afficher les entrées dans l’ordre du README</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Only &amp;Broken Links</source>
        <translation>Afficher &amp;uniquement les liens cassés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the entries whose link the last check found broken or redirected to a front page (a soft 404)</source>
        <translation>Afficher uniquement les entrées dont le lien était, lors de la dernière vérification, cassé ou redirigé vers une page d’accueil (un soft 404)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;Links…</source>
        <translation>Vérifier les &amp;liens…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every link of the list&apos;s README in the background: papers through arXiv&apos;s, doi.org&apos;s and GitHub&apos;s services, other pages by fetching their headers</source>
        <translation>Vérifier en arrière-plan tous les liens du README de la liste&#xa0;: les articles via les services d’arXiv, de doi.org et de GitHub, les autres pages en récupérant leurs en-têtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check for &amp;Updates…</source>
        <translation>Rechercher des &amp;mises à jour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the papers&apos; sources (arXiv, Crossref, bioRxiv) again in the background: published versions of preprints, retractions and other notices, corrected titles and authors, offered for review</source>
        <translation>Interroger à nouveau en arrière-plan les sources des articles (arXiv, Crossref, bioRxiv)&#xa0;: versions publiées des prépublications, rétractations et autres avis, titres et auteurs corrigés, proposés pour examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contributions…</source>
        <translation>&amp;Contributions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open pull requests of the list&apos;s GitHub repository, each read as entries with what a review would say; post the review or merge from here</source>
        <translation>Les pull requests ouvertes du dépôt GitHub de la liste, chacune lue en tant qu’entrées avec ce que dirait une relecture&#xa0;; publier la relecture ou fusionner depuis ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link &amp;Ignore Rules…</source>
        <translation>&amp;Règles d’exclusion des liens…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the list&apos;s rules for links that are not checked, and export them as a .lycheeignore file</source>
        <translation>Modifier les règles de la liste pour les liens à ne pas vérifier, et les exporter dans un fichier .lycheeignore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Sidebar</source>
        <translation>Afficher la &amp;barre latérale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Awesome Curator</source>
        <translation>À &amp;propos d’Awesome Curator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>PullRequestDialog</name>
    <message>
        <location filename="../ui/pullrequestdialog.ui" line="+6"/>
        <source>Open Pull Request</source>
        <translation>Ouvrir une pull request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been pushed yet. This is what will happen:</source>
        <translation>Rien n’a encore été poussé. Voici ce qui va se passer&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Into:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New branch:</source>
        <translation>Nouvelle branche&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commit message:</source>
        <translation>Message de commit&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes to the README:</source>
        <translation>Modifications du README&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes to the README</source>
        <translation>Modifications du README</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+7"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;Courriel de contact :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact e-mail</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to Crossref with each look-up. Crossref serves clients that give an address from its polite pool: twice as fast, and more reliable.</source>
        <translation>Envoyé à Crossref avec chaque recherche. Crossref sert les clients qui donnent une adresse depuis son « polite pool » : deux fois plus vite, et de façon plus fiable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crossref puts look-ups that name a contact into its polite pool (10 requests a second instead of 5). It is used for nothing else.</source>
        <translation>Crossref place les recherches qui donnent un contact dans son « polite pool » (10 requêtes par seconde au lieu de 5). L’adresse ne sert à rien d’autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window; it applies when Awesome Curator starts again.</source>
        <translation>La langue de la fenêtre ; elle s’applique au prochain démarrage d’Awesome Curator.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Li&amp;st:</source>
        <translation>Li&amp;ste :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list whose format the settings below change.</source>
        <translation>La liste dont les réglages ci-dessous changent le format.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The new language shows when Awesome Curator starts again.</source>
        <translation>La nouvelle langue s’affiche au prochain démarrage d’Awesome Curator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List format</source>
        <translation>Format de la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry &amp;template:</source>
        <translation>&amp;Modèle d’entrée :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry template</source>
        <translation>Modèle d’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new and edited entries are written, with {authors}, {title}, {url}, {venue} and {year}.</source>
        <translation>Comment les entrées nouvelles et modifiées sont écrites, avec {authors}, {title}, {url}, {venue} et {year}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the README:</source>
        <translation>D’après le README&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form the README&apos;s entries are written in</source>
        <translation>La forme dans laquelle les entrées du README sont écrites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template most entries of the list&apos;s README share, found when it was read.</source>
        <translation>Le modèle que partagent la plupart des entrées du README, trouvé à sa lecture.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Use It</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write new entries in the form the README&apos;s entries share</source>
        <translation>Écrire les nouvelles entrées dans la forme commune aux entrées du README</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Author style:</source>
        <translation>Style des &amp;auteurs :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author style</source>
        <translation>Style des auteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How looked-up authors are written.</source>
        <translation>Comment les auteurs trouvés par recherche sont écrits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview:</source>
        <translation>A&amp;perçu :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of an entry</source>
        <translation>Aperçu d’une entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry of the list as the template and author style would write it.</source>
        <translation>Une entrée de la liste telle que le modèle et le style des auteurs l’écriraient.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Venue names:</source>
        <translation>Noms des re&amp;vues :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venue names</source>
        <translation>Noms des publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long venue names from look-ups, and the short form the list writes instead.</source>
        <translation>Les noms longs de publications issus des recherches, et la forme courte que la liste écrit à la place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long name</source>
        <translation>Nom long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short form</source>
        <translation>Forme courte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a venue name</source>
        <translation>Ajouter un nom de publication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected venue name</source>
        <translation>Retirer le nom de publication sélectionné</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clone:</source>
        <translation>Cl&amp;one&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clone folder</source>
        <translation>Dossier du clone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local git clone the list&apos;s README lives in. Empty: the list is not linked.</source>
        <translation>Le clone git local dans lequel se trouve le README de la liste. Vide&#xa0;: la liste n’est pas liée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Non liée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>READ&amp;ME:</source>
        <translation>R&amp;EADME&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>README path in the clone</source>
        <translation>Chemin du README dans le clone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>README.md</source>
        <translation>README.md</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;mote:</source>
        <translation>Dépôt &amp;distant&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remote to push to</source>
        <translation>Dépôt distant vers lequel pousser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where pull-request branches are pushed: origin, or your fork&apos;s remote if you cannot push to the list&apos;s repository.</source>
        <translation>Où les branches des pull requests sont poussées&#xa0;: origin, ou le dépôt distant de votre fork si vous ne pouvez pas pousser vers le dépôt de la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Base branch:</source>
        <translation>Branche de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base branch</source>
        <translation>Branche de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote&apos;s default branch</source>
        <translation>La branche par défaut du dépôt distant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;GitHub repository:</source>
        <translation>Dépôt &amp;GitHub&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub repository</source>
        <translation>Dépôt GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name of the repository pull requests are opened on.</source>
        <translation>propriétaire/nom du dépôt sur lequel les pull requests sont ouvertes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name</source>
        <translation>propriétaire/nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub token:</source>
        <translation>Jeton GitHub&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Se&amp;t…</source>
        <translation>Dé&amp;finir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a GitHub token in the system keychain</source>
        <translation>Conserver un jeton GitHub dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the token from the system keychain</source>
        <translation>Supprimer le jeton du trousseau du système</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems with the settings</source>
        <translation>Problèmes dans les paramètres</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <location filename="../ui/updatesdialog.ui" line="+6"/>
        <source>Updates from the Sources</source>
        <translation>Mises à jour depuis les sources</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposed changes</source>
        <translation>Modifications proposées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected change</source>
        <translation>Modification sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields the change makes</source>
        <translation>Champs concernés par la modification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link the published version instead of the preprint</source>
        <translation>&amp;Lier la version publiée au lieu de la prépublication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry&apos;s link then leads to the journal&apos;s page (through doi.org) rather than to the preprint</source>
        <translation>Le lien de l’entrée mène alors à la page de la revue (via doi.org) plutôt qu’à la prépublication</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This paper:</source>
        <translation>Cet article&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;nnotate its title</source>
        <translation>A&amp;nnoter son titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the notice before the title (&quot;RETRACTED: …&quot;), as publishers mark it; noted and tagged</source>
        <translation>Placer l’avis devant le titre («&#xa0;RETRACTED: …&#xa0;»), comme le font les éditeurs&#xa0;; avec note et mot-clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove it from the list</source>
        <translation>Le &amp;retirer de la liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep it as it is</source>
        <translation>Le &amp;conserver tel quel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only noted and tagged: the table flags it</source>
        <translation>Seulement une note et un mot-clé&#xa0;: le tableau le signale</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select N&amp;one</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checked changes are applied as one step that Edit → Undo takes back.</source>
        <translation>Les modifications cochées sont appliquées en une seule étape, que l’on annule avec Édition → Annuler.</translation>
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
