<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Stratum::ChecklistsPage</name>
    <message numerus="yes">
        <source>running %n automatic check(s) of %1 for %2</source>
        <translation>
            <numerusform>running %n automatic check of %1 for %2</numerusform>
            <numerusform>running %n automatic checks of %1 for %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::CiState</name>
    <message numerus="yes">
        <source>CI green: %n check(s) passed</source>
        <translation>
            <numerusform>CI green: %n check passed</numerusform>
            <numerusform>CI green: %n checks passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::Cli</name>
    <message numerus="yes">
        <source>%n trusted host key(s)</source>
        <translation>
            <numerusform>%n trusted host key</numerusform>
            <numerusform>%n trusted host keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forgot %n entry(ies) for %1</source>
        <translation>
            <numerusform>forgot %n entry for %1</numerusform>
            <numerusform>forgot %n entries for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n release(s) to %1</source>
        <translation>
            <numerusform>exported %n release to %1</numerusform>
            <numerusform>exported %n releases to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n new release(s)</source>
        <translation>
            <numerusform>imported %n new release</numerusform>
            <numerusform>imported %n new releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA</source>
        <translation>
            <numerusform>imported %n run; mark the ones you trust with: stratumctl releases mark-good SHA</numerusform>
            <numerusform>imported %n runs; mark the ones you trust with: stratumctl releases mark-good SHA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no live keys or other secrets in the %n tracked file(s) (runbook §8.4)</source>
        <translation>
            <numerusform>no live keys or other secrets in the %n tracked file (runbook §8.4)</numerusform>
            <numerusform>no live keys or other secrets in the %n tracked files (runbook §8.4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stratumctl keeps a session for %n minute(s) after its last use (process %1); --no-app bypasses it</source>
        <translation>
            <numerusform>stratumctl keeps a session for %n minute after its last use (process %1); --no-app bypasses it</numerusform>
            <numerusform>stratumctl keeps a session for %n minutes after its last use (process %1); --no-app bypasses it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::CredentialAge</name>
    <message numerus="yes">
        <source>%1 was set %n day(s) ago: rotation is due (every %2 days, runbook §8.2)</source>
        <translation>
            <numerusform>%1 was set %n day ago: rotation is due (every %2 days, runbook §8.2)</numerusform>
            <numerusform>%1 was set %n days ago: rotation is due (every %2 days, runbook §8.2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was set %n day(s) ago (rotate every %2 days)</source>
        <translation>
            <numerusform>%1 was set %n day ago (rotate every %2 days)</numerusform>
            <numerusform>%1 was set %n days ago (rotate every %2 days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::LocalLane</name>
    <message numerus="yes">
        <source>HEAD is %1 but the tree is not clean (%n change(s)), e.g. %2</source>
        <translation>
            <numerusform>HEAD is %1 but the tree is not clean (%n change), e.g. %2</numerusform>
            <numerusform>HEAD is %1 but the tree is not clean (%n changes), e.g. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::ManualConfirmation</name>
    <message numerus="yes">
        <source>confirmed %n item(s) for %1</source>
        <translation>
            <numerusform>confirmed %n item for %1</numerusform>
            <numerusform>confirmed %n items for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::OverviewPage</name>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>every %n s</numerusform>
            <numerusform>every %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::ReleasesPage</name>
    <message numerus="yes">
        <source>%n release(s), %1 known-good</source>
        <translation>
            <numerusform>%n release, %1 known-good</numerusform>
            <numerusform>%n releases, %1 known-good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new release(s).</source>
        <translation>
            <numerusform>Imported %n new release.</numerusform>
            <numerusform>Imported %n new releases.</numerusform>
        </translation>
    </message>
</context>
</TS>
