<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../ui/checklistspage.ui" line="9"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="12"/>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="21"/>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="31"/>
        <source>Target SHA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="44"/>
        <source>The full SHA the checklist is worked through for; state is kept per SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="80"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="85"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="90"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="95"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="100"/>
        <source>Who / when</source>
        <translation>Wer / wann</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="105"/>
        <source>Seen / note</source>
        <translation>Gesehen / Notiz</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="115"/>
        <source>Note for the confirmation (optional)</source>
        <translation>Notiz zur Bestätigung (optional)</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="122"/>
        <source>Confirm selected</source>
        <translation>Auswahl bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="132"/>
        <source>Run automatic checks</source>
        <translation>Automatische Prüfungen starten</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="139"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="148"/>
        <source>Lane actions</source>
        <translation>Aktionen der Strecke</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="154"/>
        <source>[Mac] Start the local stack</source>
        <translation>[Mac] Lokalen Stack starten</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="157"/>
        <source>docker compose up -d --build in the local project directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="164"/>
        <source>[Mac] Start stripe listen</source>
        <translation>[Mac] stripe listen starten</translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="174"/>
        <source>[Droplet] Create .env.production from the example</source>
        <translation>[Droplet] .env.production aus dem Beispiel anlegen</translation>
    </message>
</context>
<context>
    <name>CommandBlockWidget</name>
    <message>
        <location filename="../ui/commandblock.ui" line="11"/>
        <source>[Mac]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandblock.ui" line="18"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandblock.ui" line="21"/>
        <source>font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandblock.ui" line="35"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/commandblock.ui" line="38"/>
        <source>Copy this block to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandblock.ui" line="45"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandblock.ui" line="52"/>
        <source>Open in GitHub</source>
        <translation>In GitHub öffnen</translation>
    </message>
</context>
<context>
    <name>CommandPacksPage</name>
    <message>
        <location filename="../ui/commandpackspage.ui" line="9"/>
        <source>Command packs</source>
        <translation>Befehlspakete</translation>
    </message>
    <message>
        <location filename="../ui/commandpackspage.ui" line="12"/>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandpackspage.ui" line="21"/>
        <source>The runbook&apos;s commands, one context per block. [Droplet] blocks never run on this Mac, [Mac] blocks never run on the droplet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandpackspage.ui" line="38"/>
        <source>Droplet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandpackspage.ui" line="61"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <location filename="../ui/consoleview.ui" line="37"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consoleview.ui" line="44"/>
        <source>Copy</source>
        <translation type="unfinished">Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/consoleview.ui" line="47"/>
        <source>Copy the selection, or everything, redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consoleview.ui" line="54"/>
        <source>Save transcript…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreContext</name>
    <message>
        <location filename="../src/core/app/CoreContext.cpp" line="87"/>
        <source>built-in Stratum runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/app/CoreContext.cpp" line="106"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployPage</name>
    <message>
        <location filename="../ui/deploypage.ui" line="9"/>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="12"/>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="19"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="25"/>
        <source>Commit SHA:</source>
        <translation>Commit-SHA:</translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="32"/>
        <source>full or short SHA (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="42"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="52"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="62"/>
        <source>Deployed now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="69"/>
        <location filename="../ui/deploypage.ui" line="95"/>
        <location filename="../ui/deploypage.ui" line="112"/>
        <location filename="../ui/deploypage.ui" line="129"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="82"/>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="88"/>
        <source>Head of main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="105"/>
        <source>CI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="122"/>
        <source>Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="139"/>
        <source>Checklists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="159"/>
        <source>Override:</source>
        <translation>Übersteuern:</translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="162"/>
        <source>Emergency only: deploy although the gates are not met. Recorded in the release log and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="172"/>
        <source>Why the gates are skipped (required; recorded in the release log and the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="201"/>
        <source>Check GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="204"/>
        <source>Read the head of main, its CI state and the branch protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="211"/>
        <source>Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="214"/>
        <source>Open the workflow run on github.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="224"/>
        <source>Restart with new env (§9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="227"/>
        <source>docker compose up with the running image tags, after changing .env.production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="234"/>
        <source>Recreate frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="237"/>
        <source>After NEXT_PUBLIC_* changes; keeps the running image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="244"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="247"/>
        <source>Stops at the next safe point: between steps or while waiting for images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="257"/>
        <source>Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="283"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="288"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="293"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="298"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="303"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="9"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="12"/>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="21"/>
        <source>Host:</source>
        <translation type="unfinished">Host:</translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="31"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="45"/>
        <source>Logs of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="55"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="75"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="82"/>
        <source>Show logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="104"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="109"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="114"/>
        <source>Health</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="124"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="132"/>
        <source>Common causes (runbook §10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Stratum Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="36"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.ui" line="9"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="12"/>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="19"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="29"/>
        <source>Deployed now</source>
        <translation>Aktuell ausgeliefert</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="35"/>
        <source>Not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="52"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="62"/>
        <source>Live health</source>
        <translation>Zustand live</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="70"/>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="76"/>
        <source>Probe the droplet every poll interval (from the profile) while the app runs, also from the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="83"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="115"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="120"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="125"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="130"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="135"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="140"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="151"/>
        <source>Health watch after the deploy</source>
        <translation>Überwachung nach dem Deploy</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="177"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="190"/>
        <source>Last known-good release</source>
        <translation>Letztes bewährtes Release</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="20"/>
        <source>GitHub sent a workflow run without id, status or head_sha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="39"/>
        <source>GitHub sent a job without id or status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <location filename="../ui/releasespage.ui" line="9"/>
        <source>Releases and rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasespage.ui" line="12"/>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasespage.ui" line="19"/>
        <source>Every deploy and rollback, newest first. Rollback targets are the known-good releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasespage.ui" line="47"/>
        <source>Mark known-good…</source>
        <translation>Als bewährt markieren…</translation>
    </message>
    <message>
        <location filename="../ui/releasespage.ui" line="54"/>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
    <message>
        <location filename="../ui/releasespage.ui" line="68"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/releasespage.ui" line="75"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/releasespage.ui" line="82"/>
        <source>Roll back to selected…</source>
        <translation>Auf Auswahl zurücksetzen…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.ui" line="9"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="12"/>
        <source>font-size: 16pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="19"/>
        <source>Hosts, tokens and passphrases are kept only in the OS keychain. Stored values are never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="29"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="50"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="55"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="60"/>
        <source>Trusted host keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="70"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="77"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="84"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="91"/>
        <source>IP address or DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="98"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="118"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="125"/>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="132"/>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="139"/>
        <source>~/.ssh/id_ed25519 (empty: ssh-agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="153"/>
        <source>Use ssh-agent first</source>
        <translation>Zuerst ssh-agent verwenden</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="174"/>
        <source>Trust host key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="177"/>
        <source>Connect, show the host key fingerprint, and trust it after you compared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="187"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="197"/>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="209"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="217"/>
        <source>GitHub token:</source>
        <translation>GitHub-Token:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="227"/>
        <location filename="../ui/settingspage.ui" line="241"/>
        <location filename="../ui/settingspage.ui" line="258"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="234"/>
        <source>GHCR user name:</source>
        <translation>GHCR-Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="248"/>
        <source>GHCR token:</source>
        <translation>GHCR-Token:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="286"/>
        <source>Save to keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
</context>
<context>
    <name>Stratum</name>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="25"/>
        <source>host name &quot;%1&quot;: use 1 to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="38"/>
        <source>address &quot;%1&quot; is neither an IP address nor a DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="46"/>
        <source>user &quot;%1&quot; is not a valid login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="56"/>
        <source>key path contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="69"/>
        <source>port %1 is outside 1–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="71"/>
        <source>give a key file or choose ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="101"/>
        <source>the stored host list is damaged or from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="122"/>
        <source>a stored host is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="32"/>
        <source>no entry &quot;%1&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="34"/>
        <source>no OS keychain is available (%1). Start or unlock your keychain (GNOME Keyring / KWallet on Linux, Keychain Access on macOS) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="39"/>
        <source>the keychain refused access (%1). Unlock it and allow Stratum Deploy to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="44"/>
        <source>the keychain is not usable: %1. Make sure a keychain service is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="52"/>
        <source>the keychain did not answer within %1 s. It may be locked and waiting for a password, or no keychain service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="204"/>
        <source>must be a workflow file name such as deploy.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="221"/>
        <source>must be a path below the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="233"/>
        <location filename="../src/core/profile/Profile.cpp" line="241"/>
        <location filename="../src/core/profile/Profile.cpp" line="517"/>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="249"/>
        <source>must be &quot;manual&quot; or &quot;automatic&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="263"/>
        <source>must be a GitHub user or organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="266"/>
        <source>must be a GitHub repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="269"/>
        <source>must be a plain branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="280"/>
        <location filename="../src/core/profile/Profile.cpp" line="283"/>
        <source>must be a lowercase image name such as ghcr.io/owner/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="287"/>
        <source>must be &quot;backend&quot; or &quot;frontend&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="293"/>
        <source>must contain {sha} or {short_sha} once, with only letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="301"/>
        <location filename="../src/core/profile/Profile.cpp" line="316"/>
        <source>must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="303"/>
        <location filename="../src/core/profile/Profile.cpp" line="305"/>
        <location filename="../src/core/profile/Profile.cpp" line="308"/>
        <source>must be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="312"/>
        <source>must be a compose service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="319"/>
        <source>must be outside the app directory (the git work tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="331"/>
        <source>must be a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="497"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="501"/>
        <source>the profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="507"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="509"/>
        <source>version %1 is not supported (this build reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="534"/>
        <location filename="../src/core/profile/Profile.cpp" line="548"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="541"/>
        <source>must hold at least one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="564"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="575"/>
        <source>the built-in profile is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="72"/>
        <source>sha: &quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="77"/>
        <source>time: not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="83"/>
        <source>method: must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="88"/>
        <source>result: must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="100"/>
        <source>backendDigest/frontendDigest: must look like sha256:&lt;64 hex digits&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ComposePs.cpp" line="54"/>
        <source>compose ps: invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ComposePs.cpp" line="59"/>
        <source>compose ps: entry %1 has no Service or State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ComposePs.cpp" line="72"/>
        <source>compose ps: line %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ComposePs.cpp" line="75"/>
        <source>compose ps: line %1 has no Service or State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/CiState.cpp" line="23"/>
        <source>check run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/CiState.cpp" line="37"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/CiState.cpp" line="59"/>
        <source>no CI check has reported for this SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/CiState.cpp" line="62"/>
        <source>CI failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/CiState.cpp" line="65"/>
        <source>CI is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/CiState.cpp" line="68"/>
        <source>required checks missing or not passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/github/CiState.cpp" line="71"/>
        <source>CI green: %n check(s) passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthTypes.cpp" line="74"/>
        <source>no worker container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthTypes.cpp" line="74"/>
        <source>docker inspect said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthTypes.cpp" line="90"/>
        <source>crash loop: the worker is restarting (%1 restarts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthTypes.cpp" line="91"/>
        <source>the worker is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthTypes.cpp" line="94"/>
        <source>crash loop: restarted %1 time(s) while watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthTypes.cpp" line="97"/>
        <source>running, but no recent log line matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthTypes.cpp" line="100"/>
        <source>running, %1 restart(s); last cycle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="101"/>
        <source>GitHub did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="105"/>
        <source>the commit is not on the deploy branch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="85"/>
        <source>line %1 of %2 is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="87"/>
        <source>%1 is set more than once; the last one wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="92"/>
        <source>%1 is missing or empty; the backend needs it to start (runbook §1.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="96"/>
        <source>%1 is not set (recommended for full functionality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="99"/>
        <source>APP_ENV must be production in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="105"/>
        <source>%1 looks like a placeholder or is weak: use at least 32 random characters, e.g. openssl rand -hex 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="112"/>
        <source>STRIPE_SECRET_KEY in production must be a live key (sk_live_…), runbook §2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="115"/>
        <source>STRIPE_SECRET_KEY locally must be a test key (sk_test_…), runbook §2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="129"/>
        <source>DATABASE_URL is not a valid database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="134"/>
        <source>DATABASE_URL disagrees with %1 (a common cause of InvalidPasswordError, runbook §10.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/envlint/EnvLint.cpp" line="139"/>
        <source>%1 passes the runbook&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="91"/>
        <source>%1 is missing on the droplet: create it from the example (runbook §1.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="103"/>
        <source>a .env file exists on the droplet: production uses only %1; remove .env (runbook §2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ChecklistsPage</name>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="36"/>
        <source>§%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="82"/>
        <source>Checklist state unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="102"/>
        <source>Required before every production deploy of a SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="103"/>
        <source>Informational: not a deploy gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="105"/>
        <source>Enter the full 40-digit SHA you are about to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="107"/>
        <source>Lane started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="114"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="120"/>
        <source>✔ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="124"/>
        <source>✘ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="128"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="132"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="154"/>
        <source>Select a manual item; automatic ones are decided by their probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="164"/>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="253"/>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="201"/>
        <source>confirmed %n item(s) for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="212"/>
        <source>%1 starts over for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="237"/>
        <source>%1: decided by the gates from GitHub (Deploy page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="238"/>
        <source>%1: checked by the post-deploy smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="244"/>
        <source>running %n automatic check(s) of %1 for %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="277"/>
        <source>no GitHub token: set one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="281"/>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="295"/>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="370"/>
        <source>no droplet is set up: add it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="300"/>
        <source>post-deploy smoke on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="321"/>
        <source>%1 was not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="330"/>
        <source>%1 ended with exit status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="331"/>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="336"/>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="384"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="386"/>
        <source>now fill in the values on the droplet, then check them with stratumctl env-lint --production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="114"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
</context>
<context>
    <name>Stratum::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="90"/>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="119"/>
        <source>cannot use the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="164"/>
        <source>usage: stratumctl restart env|frontend [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="174"/>
        <source>unknown command &quot;%1&quot;; see stratumctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="179"/>
        <source>usage: stratumctl [--profile FILE] [--json] COMMAND

  profile show | export FILE | import FILE
  host add NAME --address ADDR [--port N] [--user USER] [--key PATH | --agent]
  host list | remove NAME
  secrets set NAME        value read from standard input, never from the command line
  secrets status          which secrets are set (never their values)
  releases list [--known-good] | forget SHA
  releases mark-good SHA [--note TEXT] [--without-smoke --reason TEXT]   needs a passed smoke
  releases export FILE | import FILE | import-runs   (successful deploy runs as candidates)
  host trust NAME --fingerprint SHA256:…
  exec [--host NAME] -- COMMAND…     run a [Droplet] command; its exit status is the remote one
  deploy --via ssh --sha SHA [--yes] [--reason TEXT] [--host NAME] [--override-gates --reason TEXT] [--watch]
  deploy --via workflow [--sha SHA] [--yes]   dispatch the deploy workflow on the branch, follow it
  run watch RUN_ID
  rollback --to SHA [--yes] [--reason TEXT] [--host NAME] [--override-gates --reason TEXT] [--watch]
                                     --watch: then the health watch window (profile: health.watchWindowSeconds)
  gates [--sha SHA]                  required checklists + CI for a SHA (exit 0 passed, 3 not)
  check list [--sha SHA] | confirm CHECKLIST/ITEM --sha SHA [--note TEXT] | reset CHECKLIST --sha SHA
  check run CHECKLIST --sha SHA      run the automatic items (Stripe sandbox lane: the local stack)
  smoke [--host NAME] [--sha SHA]    post-deploy smoke (exit 0 only if every automatic check passes)
  health [--watch] [--for SECONDS]   live health of the droplet (exit 0 only when all healthy)
  audit                              the local audit log (overrides, refusals, confirmations)
  restart env|frontend [--yes]       env-only restarts (runbook §9), image tags unchanged
  lock status | release [--force]
  diag ps | logs SERVICE [--tail N]
  ci-status SHA                      CI state of a commit (exit 0 only when green)
  env-lint --local [--file PATH] | --production [--host NAME]   key names and verdicts, never values
  protection                         branch protection of the deploy branch (runbook 1.3)
  actions-secrets                    the Actions secrets the deploy workflow needs (names only)

secret names: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST
exit codes: 0 success, 1 failed, 2 bad usage or input, 3 refused by policy, 4 keychain or credentials unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="221"/>
        <source>self-test: built-in profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="226"/>
        <source>self-test: the built-in profile does not survive export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="229"/>
        <source>self-test passed: profile &quot;%1&quot; with %2 command packs and %3 checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="274"/>
        <source>usage: stratumctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="292"/>
        <source>profile:        %1 (%2)
source:         %3
repository:     %4/%5 (branch %6)
deploy:         %7 (%8)
images:         %9, %10 (tag %11)
droplet:        %12 (%13, %14)
command packs:  %15
checklists:     %16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="308"/>
        <location filename="../src/cli/Cli.cpp" line="640"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="312"/>
        <source>exported profile &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="319"/>
        <source>profile not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="322"/>
        <source>imported profile &quot;%1&quot;; it is now the active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="325"/>
        <source>usage: stratumctl profile show|export FILE|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="343"/>
        <source>usage: stratumctl host add|list|remove …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="359"/>
        <source>host add needs --address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="362"/>
        <source>port must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="375"/>
        <source>a host named &quot;%1&quot; exists already; remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="385"/>
        <source>added host &quot;%1&quot; (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="417"/>
        <source>no hosts; add one with: stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="423"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="424"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="425"/>
        <source>%n trusted host key(s)</source>
        <translation>
            <numerusform>%n vertrauenswürdiger Host-Schlüssel</numerusform>
            <numerusform>%n vertrauenswürdige Host-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="444"/>
        <location filename="../src/cli/CliRemote.cpp" line="61"/>
        <source>no host named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="459"/>
        <source>removed host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="476"/>
        <source>usage: stratumctl secrets set NAME (value on standard input) | secrets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="482"/>
        <source>secrets set takes the value from standard input only, never from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="489"/>
        <source>unknown secret &quot;%1&quot;; use one of: %2, ssh-passphrase/HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="495"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="502"/>
        <source>no value on standard input; pipe it in, e.g. stratumctl secrets set %1 &lt; file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="511"/>
        <source>stored %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="539"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="539"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="558"/>
        <source>&quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="564"/>
        <source>forgot %n entry(ies) for %1</source>
        <translation>
            <numerusform>%n Eintrag für %1 entfernt</numerusform>
            <numerusform>%n Einträge für %1 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="576"/>
        <source>usage: stratumctl releases list|mark-good SHA|forget SHA|export FILE|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="595"/>
        <source>the release log of &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="614"/>
        <source>that SHA is not in the release log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="645"/>
        <source>exported %n release(s) to %1</source>
        <translation>
            <numerusform>%n Release nach %1 exportiert</numerusform>
            <numerusform>%n Releases nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="657"/>
        <location filename="../src/cli/CliRemote.cpp" line="369"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="662"/>
        <location filename="../src/cli/CliRemote.cpp" line="323"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="667"/>
        <source>this release log belongs to profile &quot;%1&quot;, the active profile is &quot;%2&quot; (use --profile, or --force to import anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="674"/>
        <source>imported %n new release(s)</source>
        <translation>
            <numerusform>%n neues Release importiert</numerusform>
            <numerusform>%n neue Releases importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="48"/>
        <source>no host is set up; add one with: stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="52"/>
        <source>several hosts are set up; pick one with --host NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="91"/>
        <source>interrupted: stopping at the next safe point and releasing the deploy lock (Ctrl-C again to quit now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="96"/>
        <source>interrupted again: quitting now; check the deploy lock with stratumctl lock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="97"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="105"/>
        <source>%1
not a terminal: confirm with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="114"/>
        <source>not confirmed; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="124"/>
        <source>usage: stratumctl exec [--host NAME] -- COMMAND…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="167"/>
        <source>--fingerprint must be the SHA256:… string that ssh-keygen -lf prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="179"/>
        <source>%1 presents %2 %3, not %4: not trusted. Check the fingerprint on the droplet&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="189"/>
        <source>trusted %1 %2 for %3 (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="207"/>
        <source>usage: stratumctl deploy --via ssh --sha SHA [--yes] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="212"/>
        <source>--sha must be a commit SHA of 7 to 40 hex digits, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="226"/>
        <source>usage: stratumctl rollback --to SHA [--yes] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="241"/>
        <source>%1 is not a known-good release; see stratumctl releases list --known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="242"/>
        <source>%1 matches several known-good releases; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="268"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="277"/>
        <source>Deploy %1 to %2 over SSH? current %3 → target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="280"/>
        <source>Roll %1 back? current %2 → target %3 (known-good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="283"/>
        <source>Restart %1 with the running images (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="316"/>
        <location filename="../src/cli/CliRemote.cpp" line="350"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="316"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="331"/>
        <source>watch it for the next %1 s: stratumctl health --watch --for %1 (or deploy with --watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="336"/>
        <source> (nothing on the droplet was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="349"/>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="350"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="361"/>
        <source>usage: stratumctl env-lint --local [--file PATH] | --production [--host NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="395"/>
        <source>usage: stratumctl lock status | release [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="408"/>
        <source>held by %1 on %2 since %3 (SHA %4, reason: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="416"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="421"/>
        <source>the lock is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="426"/>
        <source>the lock is %1; break it only if that deploy is gone: stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="433"/>
        <source>could not break the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="436"/>
        <source>broke the lock that was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="453"/>
        <source>logs of which service? one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="459"/>
        <source>--tail must be a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="464"/>
        <source>usage: stratumctl diag ps | logs SERVICE [--tail N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="31"/>
        <source>no GitHub token is set: stratumctl secrets set github-token &lt; token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="52"/>
        <source>&quot;%1&quot; is not a commit SHA (7 to 40 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="77"/>
        <source>%1 is on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="78"/>
        <source>%1 is NOT on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="91"/>
        <source>pull request required before merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="92"/>
        <source>at least 1 approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="93"/>
        <source>status checks must pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="94"/>
        <source>direct pushes restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="106"/>
        <source>required checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="108"/>
        <source>(classic protection unreadable: the token needs %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="110"/>
        <source>Fix it on github.com → %1 → Settings → Branches (runbook 1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="126"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="126"/>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="140"/>
        <location filename="../src/cli/CliGates.cpp" line="88"/>
        <location filename="../src/cli/CliGates.cpp" line="327"/>
        <source>--sha must be a commit SHA of 7 to 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="150"/>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="157"/>
        <location filename="../src/cli/CliGitHub.cpp" line="293"/>
        <source>--- end of the failed job&apos;s log ---
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="159"/>
        <source>%1 GitHub requests, %2 of them answered 304</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="193"/>
        <source>Dispatch &quot;%1&quot; on %2 to deploy %3? (head of %2: %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="202"/>
        <source>workflow deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="226"/>
        <source>run %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="228"/>
        <source>  job %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="231"/>
        <source>    %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="260"/>
        <source>successful run of the deploy workflow; not known-good until you mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliGitHub.cpp" line="265"/>
        <source>imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="277"/>
        <source>usage: stratumctl run watch RUN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="297"/>
        <source>run %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="38"/>
        <source>--override-gates needs --reason TEXT: say why the gates are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="46"/>
        <source>refused: the gates for %1 are not met (nothing was run on the droplet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="49"/>
        <source>complete them (stratumctl gates --sha %1) or override: --override-gates --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="71"/>
        <source>gates for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="72"/>
        <source>PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="72"/>
        <source>NOT MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="76"/>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="77"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="78"/>
        <source>NOT green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="78"/>
        <source>cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="79"/>
        <source>  CI: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="98"/>
        <source>no checklist has been started yet: give --sha SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="121"/>
        <source>usage: stratumctl check reset CHECKLIST --sha FULL_SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="130"/>
        <source>%1 starts over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="134"/>
        <source>usage: stratumctl check list|confirm|run|reset …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="149"/>
        <source>no state recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="149"/>
        <source>checklists for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="152"/>
        <source>  (required for deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="164"/>
        <source>      note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="166"/>
        <source>      seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="186"/>
        <source>usage: stratumctl check confirm CHECKLIST/ITEM --sha FULL_SHA [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="202"/>
        <source>no checklist item &quot;%1&quot;; see stratumctl check list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="203"/>
        <source>&quot;%1&quot; is in several checklists: write CHECKLIST/ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="207"/>
        <source>%1 is decided by its probe, not by hand: stratumctl check run %2 --sha SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="231"/>
        <source>confirmed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="243"/>
        <source>usage: stratumctl check run CHECKLIST --sha FULL_SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="248"/>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="249"/>
        <source>decided by the gates from GitHub (stratumctl gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="250"/>
        <source>checked by stratumctl smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="297"/>
        <source>no host is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="317"/>
        <source>no GitHub token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="458"/>
        <source>
run stratumctl smoke and confirm the manual items, or mark it with --without-smoke --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="343"/>
        <source>smoke of %1 (backend image tag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="343"/>
        <source>an unknown release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="346"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="346"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="349"/>
        <source>all automatic checks passed; confirm the manual ones with stratumctl check confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="350"/>
        <source>smoke FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="387"/>
        <source>%1  %2: %3 → %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="406"/>
        <source>watching %1 for %2 s: backend, frontend and worker must stay healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="409"/>
        <source>  %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="412"/>
        <source>  %1: %2 → %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="418"/>
        <source>the watch passed: run stratumctl smoke, then mark the release known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="419"/>
        <source>the watch FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="446"/>
        <source>--without-smoke needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::CommandBlockWidget</name>
    <message>
        <location filename="../src/gui/commandpacks/CommandBlockWidget.cpp" line="56"/>
        <source>Run on droplet</source>
        <translation>Auf dem Droplet ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandBlockWidget.cpp" line="56"/>
        <source>Run locally</source>
        <translation>Lokal ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandBlockWidget.cpp" line="60"/>
        <source>Runs over the kept SSH session of the droplet picked above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandBlockWidget.cpp" line="61"/>
        <source>Runs on this Mac; output below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::CommandPacksPage</name>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="113"/>
        <source>none (add one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="136"/>
        <source>No droplet is set up: add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="139"/>
        <source>[Droplet] %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="151"/>
        <source>exit status %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="160"/>
        <source>[Mac] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="174"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="174"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="178"/>
        <source>could not start /bin/bash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::CommandPolicy</name>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="51"/>
        <source>a [GitHub UI] step is done in the browser; open its page instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="53"/>
        <source>this block reads a private key; it is shown for reference and never run by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="55"/>
        <source>a [Droplet] block never runs on this Mac; run it on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="57"/>
        <source>a [Mac] block never runs on the droplet; run it locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="59"/>
        <source>this block has a placeholder such as &lt;commit_sha&gt;; use the Deploy or Releases page, or copy it and fill it in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::CommonCauses</name>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="24"/>
        <source>Database authentication fails (InvalidPasswordError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="25"/>
        <source>POSTGRES_PASSWORD / DATABASE_URL in .env.production do not match the database. Fix them, then restart with env (runbook §9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="28"/>
        <source>JWT_SECRET is a placeholder in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="29"/>
        <source>Set a strong JWT_SECRET in .env.production (e.g. openssl rand -hex 32), then restart with env (runbook §1.4, §9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="32"/>
        <source>OPS_INTERNAL_TOKEN is a placeholder in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="33"/>
        <source>Set a strong OPS_INTERNAL_TOKEN in .env.production, then restart with env (runbook §1.4, §9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="36"/>
        <source>An env value is invalid or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="37"/>
        <source>Compare .env.production with .env.production.example; the minimum keys are listed in runbook §1.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="40"/>
        <source>SSH authentication to the droplet fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="41"/>
        <source>Check the DROPLET_HOST, DROPLET_USER and DROPLET_SSH_KEY secrets and the matching public key in /root/.ssh/authorized_keys (runbook §10.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="44"/>
        <source>The droplet cannot pull from GHCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/diagnostics/CommonCauses.cpp" line="45"/>
        <source>Check GHCR_USERNAME / GHCR_TOKEN (read:packages) and log the droplet in again: docker login ghcr.io (runbook §8, §10.3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ConsoleView</name>
    <message>
        <location filename="../src/gui/console/ConsoleView.cpp" line="284"/>
        <source>Save transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/ConsoleView.cpp" line="284"/>
        <source>Text (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/ConsoleView.cpp" line="296"/>
        <source>cannot save the transcript to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DeployPage</name>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="37"/>
        <source>GitHub workflow &quot;%1&quot; on %2 (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="40"/>
        <source>SSH by SHA (emergency, runbook §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="87"/>
        <source>asking GitHub to cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="91"/>
        <source>cancel requested: stopping at the next safe point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="109"/>
        <source>No GitHub token: set one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="123"/>
        <source>Reading GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="144"/>
        <source>PR required: %1 · ≥ 1 approval: %2 · status checks: %3 · direct pushes restricted: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="169"/>
        <source>Deploy through GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="170"/>
        <source>Dispatch &quot;%1&quot; on %2?

target   %3 (head of %2)

The run is followed here until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="174"/>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="185"/>
        <source>Dispatching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="192"/>
        <source>following run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="209"/>
        <source>workflow deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="222"/>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="229"/>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="526"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="230"/>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="245"/>
        <source>end of the failed job&apos;s log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="289"/>
        <source>A deploy is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="291"/>
        <source>Check GitHub first: the workflow deploys the head of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="294"/>
        <source>That is not the head of %1; the workflow would deploy %2. Use SSH by SHA for an older commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="299"/>
        <source>Add the droplet in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="301"/>
        <source>Enter the commit SHA to deploy.</source>
        <translation>Commit-SHA für das Deployment eingeben.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="303"/>
        <source>A SHA has 7 to 40 hex digits.</source>
        <translation>Eine SHA hat 7 bis 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="306"/>
        <source>Type why the gates are overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="308"/>
        <source>Checking the gates…</source>
        <translation>Schranken werden geprüft …</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="310"/>
        <source>Gates not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="312"/>
        <source>Deploy (gates overridden)</source>
        <translation>Deploy (Schranken übersteuert)</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="312"/>
        <source>Deploy</source>
        <translation type="unfinished">Deployment</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="351"/>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="398"/>
        <source>Checking the gates for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="366"/>
        <source>%1 %2: %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="369"/>
        <source>%1 CI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="372"/>
        <source>gates passed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="373"/>
        <source>gates NOT met for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="404"/>
        <source>GATES OVERRIDDEN (%1):
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="407"/>
        <source>refused: the gates for %1 are not met (nothing was run on the droplet): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="416"/>
        <source>Reading what runs on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="429"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="439"/>
        <source>Deploy over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="440"/>
        <source>Deploy to %1?

current  %2
target   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="443"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="444"/>
        <source>Roll %1 back to a known-good release?

current  %2
target   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="447"/>
        <source>Restart with new env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="448"/>
        <source>Restart %1 with the running images (%2) and the current .env.production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="451"/>
        <source>Recreate frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="452"/>
        <source>Recreate the frontend of %1 with the running images (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="489"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="508"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="514"/>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="524"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="524"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="530"/>
        <source>step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="539"/>
        <source>Done: %1 is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="540"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="542"/>
        <source> Nothing on the droplet was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="268"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="56"/>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="347"/>
        <source>Enter a SHA (or check GitHub for the head) to see its gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="271"/>
        <source>no host yet (add one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DiagnosticsPage</name>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="26"/>
        <source>Nothing recognised yet. Show a log to check it for the runbook&apos;s common causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="27"/>
        <source>Settings: %1 · Log: %2 · Keychain service: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="57"/>
        <source>no host yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="57"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="136"/>
        <source>None of the runbook&apos;s common causes in this output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DropletOperation</name>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="41"/>
        <source>&quot;%1&quot; is not a commit SHA: use 7 to 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="45"/>
        <source>a rollback needs the full 40-digit SHA of a known-good release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="61"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="308"/>
        <source>cancelled while waiting for the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="87"/>
        <source>git fetch origin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="88"/>
        <source>git checkout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="89"/>
        <source>git pull --ff-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="90"/>
        <source>resolve the SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="94"/>
        <source>%1 is not a commit in the droplet&apos;s clone, even after fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="96"/>
        <source>%1 is ambiguous: it matches %2; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="98"/>
        <source>the droplet answered something that is not a SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="102"/>
        <source>the droplet resolved %1 to %2, but the gates were checked for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="115"/>
        <source>pre-flight: %1 is known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="125"/>
        <source>%1 is not marked known-good in the release log; only known-good releases are rollback targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="129"/>
        <source>pre-flight: droplet reachable, host key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="130"/>
        <source>pre-flight: deploy lock is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="134"/>
        <source>the deploy lock is held by %1 on %2 since %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="140"/>
        <source>pre-flight: disk space for the pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="145"/>
        <source>could not read the free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="147"/>
        <source>only %1 MiB free on the droplet; the pull needs at least %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="152"/>
        <source>pre-flight: compose file of current and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="162"/>
        <source>warning: %1 differs between the running release and %2; the rollback uses the compose file checked out on the droplet now.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="177"/>
        <source>recreate the frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="177"/>
        <source>compose up with the running image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="182"/>
        <source>verify the image tags did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="191"/>
        <source>%1 now runs %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="195"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="384"/>
        <source>backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="222"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="229"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="237"/>
        <source>gates: required checklists and CI for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="239"/>
        <source>refused: the gates were not checked for this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="240"/>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="240"/>
        <source>deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="258"/>
        <source>take the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="282"/>
        <source>another deploy holds the lock: %1 on %2 since %3 (SHA %4, reason: %5). Wait for it, or break a stale lock with: stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="285"/>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="296"/>
        <source>wait for both images in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="296"/>
        <source>pre-flight: both images in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="297"/>
        <source>HEAD %1 and %2 in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="325"/>
        <source>both images are in the registry: %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="336"/>
        <source>the images did not appear within %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="339"/>
        <source>waiting for the images for %1 … (%2 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="348"/>
        <source>droplet sees the backend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="348"/>
        <source>droplet sees the frontend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="353"/>
        <source>the droplet cannot see the image (its GHCR login may be stale after a token rotation: run docker login ghcr.io on the droplet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="361"/>
        <source>pull the backend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="362"/>
        <source>pull the frontend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="363"/>
        <source>compose up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="368"/>
        <source>compose ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="377"/>
        <source>the %1 service is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="379"/>
        <source>the %1 service is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="383"/>
        <source>backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="389"/>
        <source>read what runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="401"/>
        <source>cannot tell which images run now (no backend or frontend container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="420"/>
        <source>cancelled before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="426"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="452"/>
        <source>step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="466"/>
        <source>the connection dropped during &quot;%1&quot;: its outcome is unknown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="499"/>
        <source>could not release the deploy lock: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="517"/>
        <source>after reconnecting, the droplet runs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="519"/>
        <source>could not read what runs on the droplet after the drop: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="555"/>
        <source>interrupted at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="563"/>
        <source> (not recorded in the release log: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::FieldReader</name>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="47"/>
        <location filename="../src/core/profile/Profile.cpp" line="100"/>
        <location filename="../src/core/profile/Profile.cpp" line="132"/>
        <location filename="../src/core/profile/Profile.cpp" line="143"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="51"/>
        <location filename="../src/core/profile/Profile.cpp" line="111"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="55"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="65"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="78"/>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="90"/>
        <source>must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="104"/>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="124"/>
        <source>must be one of mac, droplet, github-ui (found &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="134"/>
        <location filename="../src/core/profile/Profile.cpp" line="151"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="143"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::GateKeeper</name>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="122"/>
        <source>no GitHub token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="139"/>
        <source>the profile has no GitHub repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="181"/>
        <source>gates passed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="186"/>
        <source>GATES OVERRIDDEN by %1: %2
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="192"/>
        <source>an override needs a reason (--reason TEXT); the gates for %1 are not met:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="193"/>
        <source>the gates for %1 are not met:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::GateReport</name>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="53"/>
        <source>no checklist has been worked through for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="56"/>
        <source>%1: %2 of %3 done; open: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="64"/>
        <source>CI is not green: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="67"/>
        <source>CI cannot be verified (%1): only an override with a reason passes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::GitHubClient</name>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="93"/>
        <source>GitHub refused the token (401 %1): set a valid fine-grained token in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="96"/>
        <source>the GitHub token lacks a permission (403 %1): it needs %2. Edit the token&apos;s repository permissions on github.com → Settings → Developer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="98"/>
        <source>GitHub refused the request (403 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="100"/>
        <source>not found on GitHub (404 %1): check owner, repository and workflow in the profile, and that the token can see the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="103"/>
        <source>GitHub rejected the request (422 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="105"/>
        <source>GitHub is having trouble (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="106"/>
        <source>GitHub answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="143"/>
        <source>GitHub&apos;s answer has no &quot;%1&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="185"/>
        <source>cannot reach GitHub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="199"/>
        <source>GitHub&apos;s rate limit was hit (HTTP %1); try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="223"/>
        <source>GitHub sent an answer that is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::HealthAlerts</name>
    <message>
        <location filename="../src/core/health/HealthAlerts.cpp" line="15"/>
        <source>%1 recovered (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthAlerts.cpp" line="17"/>
        <source>%1 is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthAlerts.cpp" line="19"/>
        <source>%1 is degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthAlerts.cpp" line="21"/>
        <source>%1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::HealthCenter</name>
    <message>
        <location filename="../src/gui/health/HealthCenter.cpp" line="83"/>
        <source>Health watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::HealthMonitor</name>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="34"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="168"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="222"/>
        <source>Backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="35"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="169"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="222"/>
        <source>Backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="36"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="129"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="150"/>
        <source>Frontend :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="37"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="170"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="244"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="256"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="261"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="43"/>
        <source>not probed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="153"/>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="155"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="157"/>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="130"/>
        <location filename="../src/core/health/HealthMonitor.cpp" line="167"/>
        <source>no droplet is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="183"/>
        <source>compose ps failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="199"/>
        <source>no container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="231"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="236"/>
        <source>exit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="245"/>
        <source>no worker container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthMonitor.cpp" line="245"/>
        <source>unexpected container name from compose ps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::HealthWatch</name>
    <message>
        <location filename="../src/core/health/HealthWatch.cpp" line="47"/>
        <source>%1 failed during the watch of %2; no other known-good release to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/health/HealthWatch.cpp" line="48"/>
        <source>%1 failed during the watch of %2: consider rolling back to the last known-good %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::HostKeyPolicy</name>
    <message>
        <location filename="../src/core/ssh/HostKeyPolicy.cpp" line="55"/>
        <source>%1 presented a host key (%2 %3) that ~/.ssh/known_hosts marks @revoked. Do not connect; find out why the server uses a revoked key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/HostKeyPolicy.cpp" line="68"/>
        <source>The host key of %1 has CHANGED: it now presents %2 %3, which differs from the key in ~/.ssh/known_hosts. This may be an attack or a rebuilt droplet. Verify the new key with the droplet&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then remove the old line with ssh-keygen -R; the app will not connect until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/HostKeyPolicy.cpp" line="86"/>
        <source>The host key of %1 has CHANGED: expected %2 %3, the server presents %4. This may be an attack or a rebuilt droplet. Verify the new key on the droplet&apos;s console, remove the host (stratumctl host remove) and add it again; there is no override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/HostKeyPolicy.cpp" line="93"/>
        <source>%1 presents an unknown host key: %2 %3. Compare it with the droplet&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console), then trust it: stratumctl host trust NAME --fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::KeychainStore</name>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="161"/>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="193"/>
        <source>the keychain entry &quot;%1&quot; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="175"/>
        <source>the keychain entry &quot;%1&quot; is incomplete (a part is missing or was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="185"/>
        <source>the keychain entry &quot;%1&quot; is incomplete (a part is missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::LocalLane</name>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="139"/>
        <source>not a local probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="147"/>
        <source>%1 was not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="162"/>
        <source>%1 did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="171"/>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="175"/>
        <source>the local project directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="189"/>
        <source>git rev-parse HEAD failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="193"/>
        <source>the local checkout is at %1, not at %2: check out the target first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/checklists/LocalLane.cpp" line="201"/>
        <source>HEAD is %1 but the tree is not clean (%n change(s)), e.g. %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="204"/>
        <source>HEAD %1, clean tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="220"/>
        <source>docker compose ps failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="232"/>
        <source>the local stack is not running: start it with docker compose up -d --build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="233"/>
        <source>not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="235"/>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="254"/>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="255"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="255"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="266"/>
        <source>ps failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="282"/>
        <source>no stripe listen --forward-to …%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="290"/>
        <source>start the lane first: only webhooks after its start count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="298"/>
        <source>docker compose logs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="308"/>
        <source>no &quot;%1&quot; line in the backend logs since the lane started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="34"/>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="166"/>
        <source>Stratum Deploy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="43"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="45"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="46"/>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="47"/>
        <source>Releases / Rollback</source>
        <translation>Releases / Rollback</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="50"/>
        <source>Command packs</source>
        <translation>Befehlspakete</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="51"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="52"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="111"/>
        <source>Keychain ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="114"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="137"/>
        <source>No system tray here: health shows in this window only, and closing it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="144"/>
        <source>Show Stratum Deploy</source>
        <translation>Stratum Deploy zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="145"/>
        <source>Check health now</source>
        <translation>Zustand jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="147"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="165"/>
        <source>Stratum %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="167"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="200"/>
        <source>Still watching</source>
        <translation>Überwachung läuft weiter</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="200"/>
        <source>Stratum Deploy keeps watching %1 from the tray; quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2/%3 on &lt;code&gt;%4&lt;/code&gt;, droplet &lt;code&gt;%5&lt;/code&gt; (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="21"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="22"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="23"/>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="24"/>
        <source>FAILING</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="65"/>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="65"/>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="107"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="110"/>
        <source>Oldest left: + healthy, ~ degraded, x failing, ? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="119"/>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="171"/>
        <source>No droplet is set up yet: add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/overview/OverviewPage.cpp" line="123"/>
        <source>every %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="124"/>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; on %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="126"/>
        <source>probing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="126"/>
        <source>not watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="144"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="146"/>
        <source>Watching &lt;code&gt;%1&lt;/code&gt;: backend, frontend and worker must stay healthy for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="156"/>
        <source>Roll back to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="161"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="161"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="163"/>
        <source>&lt;code&gt;%1&lt;/code&gt; stayed healthy for the whole watch: run the post-deploy smoke and mark it known-good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="176"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="196"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — &lt;code&gt;%3&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="198"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="206"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="209"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="214"/>
        <source>No known-good release recorded yet. Mark one on the Releases page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="218"/>
        <source>&lt;code&gt;%1&lt;/code&gt; — %2, %3 by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Protection</name>
    <message>
        <location filename="../src/core/github/Protection.cpp" line="10"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/Protection.cpp" line="11"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/Protection.cpp" line="12"/>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::RegistryClient</name>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="90"/>
        <source>%1 is not in the registry (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="96"/>
        <source>the registry wants an authentication it does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="111"/>
        <source>%1: missing or no access (HTTP %2). Check the GHCR user name and token (read:packages) in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="116"/>
        <source>%1: the registry answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="117"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="127"/>
        <source>the registry&apos;s token challenge names no valid realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="144"/>
        <source>the registry refused a token (HTTP %1): check the GHCR user name and token (read:packages) in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="153"/>
        <source>the registry&apos;s token answer holds no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ReleaseLog</name>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="240"/>
        <source>not a release log: invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="243"/>
        <source>not a Stratum Deploy release log (&quot;format&quot; is not %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="245"/>
        <source>release log version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="249"/>
        <source>entries: must be a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ReleaseTableModel</name>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="43"/>
        <source>failed at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="51"/>
        <source>known-good</source>
        <translation>bewährt</translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="66"/>
        <source>SHA</source>
        <translation>SHA</translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="67"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="68"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="69"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="70"/>
        <source>Known-good</source>
        <translation>Bewährt</translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="71"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseTableModel.cpp" line="72"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Stratum::ReleasesPage</name>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="42"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="45"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="50"/>
        <source>%n release(s), %1 known-good</source>
        <translation>
            <numerusform>%n Release, %1 bewährt</numerusform>
            <numerusform>%n Releases, %1 bewährt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="70"/>
        <source>Pre-flight, then one confirmation showing current → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="71"/>
        <source>Pick a known-good release: only those are rollback targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="82"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="110"/>
        <source>Mark known-good</source>
        <translation>Als bewährt markieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="116"/>
        <source>Mark known-good without smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="117"/>
        <source>The post-deploy smoke of %1 has not passed; still open:
  • %2

Run it on the Checklists page, or type why this release is known-good anyway (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="133"/>
        <source>Forget release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="134"/>
        <source>Remove every entry for %1 from the release log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="137"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="144"/>
        <source>Forgot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="152"/>
        <source>Export release log</source>
        <translation>Release-Log exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="152"/>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="174"/>
        <source>Release log (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="165"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="169"/>
        <source>Exported the release log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="174"/>
        <source>Import release log</source>
        <translation>Release-Log importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="185"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="190"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="194"/>
        <source>Not imported: the file belongs to profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="199"/>
        <source>Imported %n new release(s).</source>
        <translation>
            <numerusform>%n neues Release importiert.</numerusform>
            <numerusform>%n neue Releases importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::RemoteHosts</name>
    <message>
        <location filename="../src/core/ssh/RemoteHosts.cpp" line="65"/>
        <source>no host named &quot;%1&quot;; add it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::SettingsPage</name>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="46"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="235"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="61"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="62"/>
        <source>ssh-agent, then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="62"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="83"/>
        <source>a host named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="86"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="93"/>
        <source>Host not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="100"/>
        <source>Added host &quot;%1&quot; to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="114"/>
        <source>Host not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="120"/>
        <source>Removed host &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="133"/>
        <source>Reading the host key of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="139"/>
        <source>Host key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="149"/>
        <source>%1&apos;s host key %2 is trusted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="153"/>
        <source>Trust host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="154"/>
        <source>%1 (%2:%3) presents this host key:

%4 %5

Compare it with the droplet&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console). Trust it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="160"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="179"/>
        <source>Not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="184"/>
        <source>Trusted %1 %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="200"/>
        <source>Type a new value into a field to store it; empty fields keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="211"/>
        <source>Saved to the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="222"/>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="244"/>
        <source>stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="244"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="245"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="245"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="245"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
</context>
<context>
    <name>Stratum::SetupProbes</name>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="134"/>
        <source>no GitHub token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="142"/>
        <source>all present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="143"/>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="147"/>
        <source>PR required: %1 · ≥ 1 approval: %2 · status checks: %3 · direct pushes restricted: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="154"/>
        <source>no droplet is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="164"/>
        <source>required keys present, no problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="165"/>
        <source>problems with: %1 (stratumctl env-lint --production says what to fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="169"/>
        <source>not a setup probe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::SmokeRun</name>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="44"/>
        <source>%1 has no passed smoke yet; open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="49"/>
        <source>post-deploy smoke passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="50"/>
        <source>without smoke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="60"/>
        <source>marked %1 known-good (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="96"/>
        <source>live: %1; ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="126"/>
        <source>the running release (tag &quot;%1&quot;) is not a SHA the release log knows: the result is not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::SshCommand</name>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="102"/>
        <source>the command did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="109"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="152"/>
        <source>cannot open a channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="169"/>
        <source>the server refused to run the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::SshSession</name>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="274"/>
        <source>%1 (%2:%3) did not answer within %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="293"/>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="315"/>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="343"/>
        <source>cannot create a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="350"/>
        <location filename="../src/core/ssh/SshSession.cpp" line="369"/>
        <source>cannot connect to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="375"/>
        <source>libssh2 could not create a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="401"/>
        <source>SSH handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="476"/>
        <source>the server sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="519"/>
        <source>ssh-agent is not usable. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="530"/>
        <source>ssh-agent offered no key the server accepts. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="546"/>
        <source>No key file is configured for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="562"/>
        <source>Cannot use the key %1: unreadable, unsupported, or the passphrase (ssh-passphrase/%2 in the keychain) is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="565"/>
        <source>%1 refused the key %2 for user %3: is its public key in ~/.ssh/authorized_keys on the droplet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="580"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="596"/>
        <source>the connection to %1 was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="623"/>
        <source>connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="623"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="650"/>
        <source>the session was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Vault</name>
    <message>
        <location filename="../src/core/keychain/Vault.cpp" line="78"/>
        <source>the stored release log is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/Vault.cpp" line="117"/>
        <source>the stored checklist state is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::WorkflowDeploy</name>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="26"/>
        <source>no droplet is set up: the droplet&apos;s deploy lock is not taken for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="38"/>
        <source>took the droplet&apos;s deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="44"/>
        <source>another deploy holds the droplet&apos;s lock: %1 on %2 since %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="48"/>
        <source>could not take the droplet&apos;s deploy lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="63"/>
        <source>released the droplet&apos;s deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="64"/>
        <source>could not release the droplet&apos;s deploy lock: break it with stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="81"/>
        <source>GitHub&apos;s answer for %1 has no commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="93"/>
        <source>&quot;%1&quot; is not a commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="105"/>
        <source>%1 is not the head of %2 (%3): the workflow deploys %2 as it is when the run starts. Deploy an older SHA over SSH (stratumctl deploy --via ssh --sha %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="111"/>
        <source>give the full 40-digit SHA to deploy a commit other than the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="127"/>
        <source>refused: the gates were not checked for this deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="154"/>
        <source>run %1 of the deploy workflow is %2 (%3); wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="171"/>
        <source>dispatching &quot;%1&quot; on %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="195"/>
        <source>run %1 deploys %2, not the checked %3: cancelled it (%4 moved meanwhile; check the new head and deploy again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="199"/>
        <source> (the cancel failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="208"/>
        <source>lost track of the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="213"/>
        <source>run %1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="213"/>
        <source>run %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="226"/>
        <source>backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="227"/>
        <source>backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="229"/>
        <source>; backend live and ready on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="234"/>
        <source>checking %1 on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="239"/>
        <source>, but %1 failed on the droplet: %2 — consider rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="252"/>
        <source>GitHub is cancelling the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="252"/>
        <source>cancel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="284"/>
        <source> (not recorded: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="284"/>
        <source>; recorded in the release log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::WorkflowDispatcher</name>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="91"/>
        <source>GitHub&apos;s dispatch answer has no workflow_run_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="122"/>
        <source>the dispatch was accepted but no run appeared within %1 s; look at the Actions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="132"/>
        <source>%1 runs started since the dispatch; following the newest (%2) — someone else may have started one too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/stratum-deploy/main.cpp" line="34"/>
        <source>Use the profile in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/stratum-deploy/main.cpp" line="37"/>
        <source>Open every page, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
