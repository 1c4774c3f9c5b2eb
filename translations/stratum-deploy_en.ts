<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Stratum</name>
    <message numerus="yes">
        <location filename="../../../../src/core/github/CiState.cpp" line="71"/>
        <source>CI green: %n check(s) passed</source>
        <translation>
            <numerusform>CI green: %n check passed</numerusform>
            <numerusform>CI green: %n checks passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::ChecklistsPage</name>
    <message numerus="yes">
        <location filename="../../../../src/gui/checklists/ChecklistsPage.cpp" line="201"/>
        <source>confirmed %n item(s) for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/gui/checklists/ChecklistsPage.cpp" line="244"/>
        <source>running %n automatic check(s) of %1 for %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::Cli</name>
    <message numerus="yes">
        <location filename="../../../../src/cli/Cli.cpp" line="425"/>
        <source>%n trusted host key(s)</source>
        <translation>
            <numerusform>%n trusted host key</numerusform>
            <numerusform>%n trusted host keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/cli/Cli.cpp" line="564"/>
        <source>forgot %n entry(ies) for %1</source>
        <translation>
            <numerusform>forgot %n entry for %1</numerusform>
            <numerusform>forgot %n entries for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/cli/Cli.cpp" line="645"/>
        <source>exported %n release(s) to %1</source>
        <translation>
            <numerusform>exported %n release to %1</numerusform>
            <numerusform>exported %n releases to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/cli/Cli.cpp" line="674"/>
        <source>imported %n new release(s)</source>
        <translation>
            <numerusform>imported %n new release</numerusform>
            <numerusform>imported %n new releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/cli/CliGitHub.cpp" line="265"/>
        <source>imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA</source>
        <translation>
            <numerusform>imported %n run; mark the ones you trust with: stratumctl releases mark-good SHA</numerusform>
            <numerusform>imported %n runs; mark the ones you trust with: stratumctl releases mark-good SHA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::LocalLane</name>
    <message numerus="yes">
        <location filename="../../../../src/core/checklists/LocalLane.cpp" line="201"/>
        <source>HEAD is %1 but the tree is not clean (%n change(s)), e.g. %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::OverviewPage</name>
    <message numerus="yes">
        <location filename="../../../../src/gui/overview/OverviewPage.cpp" line="123"/>
        <source>every %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::ReleasesPage</name>
    <message numerus="yes">
        <location filename="../../../../src/gui/releases/ReleasesPage.cpp" line="50"/>
        <source>%n release(s), %1 known-good</source>
        <translation>
            <numerusform>%n release, %1 known-good</numerusform>
            <numerusform>%n releases, %1 known-good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../../src/gui/releases/ReleasesPage.cpp" line="199"/>
        <source>Imported %n new release(s).</source>
        <translation>
            <numerusform>Imported %n new release.</numerusform>
            <numerusform>Imported %n new releases.</numerusform>
        </translation>
    </message>
</context>
</TS>
