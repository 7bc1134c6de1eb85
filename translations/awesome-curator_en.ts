<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Curator::Cli</name>
    <message numerus="yes">
        <source>The store has %n lists; choose one with --list: %1</source>
        <translation>
            <numerusform>The store has %n list; choose one with --list: %1</numerusform>
            <numerusform>The store has %n lists; choose one with --list: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::Curation</name>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n entries</source>
        <translation>
            <numerusform>Move %n entry</numerusform>
            <numerusform>Move %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::MainWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>Showing %1 of %n entry</numerusform>
            <numerusform>Showing %1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Imported %1: %n entries (%2 new, %3 removed).</source>
        <translation>
            <numerusform>Imported %1: %n entry (%2 new, %3 removed).</numerusform>
            <numerusform>Imported %1: %n entries (%2 new, %3 removed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::ReadmeIO</name>
    <message numerus="yes">
        <source>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</source>
        <translation>
            <numerusform>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</numerusform>
            <numerusform>The list &quot;%1&quot; has edits that were not exported yet (entries: %n); importing would replace them with the README&apos;s text. Export first, or import with --force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curator::SidebarModel</name>
    <message numerus="yes">
        <source>List %1, %n entries</source>
        <translation>
            <numerusform>List %1, %n entry</numerusform>
            <numerusform>List %1, %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Section %1, %n entries</source>
        <translation>
            <numerusform>Section %1, %n entry</numerusform>
            <numerusform>Section %1, %n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
