#!/usr/bin/env bash
# Writes the README's screenshots into docs/screenshots/ from a build: the main window on the
# seed list, with a search active, in a narrow window, with the README pane at 800, 1200 and 1600
# px, and on a list kept as tables; the entry editor; the README pane, its preview and the
# pull-request confirmation; the settings pages (English, German, French; the form read from a
# README); a drop's import report; the link report of the seed list (checked against loopback
# answers); the review of a sweep's proposals (loopback answers too); the contributions inbox
# (real git repositories, a loopback GitHub). Runs offscreen.
# Usage: docs/screenshots/make-screenshots.sh [BUILD]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
export QT_QPA_PLATFORM=offscreen CURATOR_SCREENSHOTS="$root/docs/screenshots"
"$build/bin/tst_mainwindow" screenshots narrowWindowWithThePane > /dev/null
"$build/bin/tst_entryeditor" > /dev/null
"$build/bin/tst_entrylookup" pasteFetchFill > /dev/null
"$build/bin/tst_translations" > /dev/null
"$build/bin/tst_settingsdialog" > /dev/null
"$build/bin/tst_exportpane" showsTheStateAndTheDiff previewShowsTheSeedWithItsHeader \
    pullRequestFromThePane > /dev/null
"$build/bin/tst_dropimport" pasteShowsTheReport > /dev/null
"$build/bin/tst_linkwindow" seedReport > /dev/null
"$build/bin/tst_updatesdialog" reviewAndApply > /dev/null
"$build/bin/tst_inboxwindow" > /dev/null
ls -1 "$CURATOR_SCREENSHOTS"/*.png
