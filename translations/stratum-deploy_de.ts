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
    <name>ConnectionAssistant</name>
    <message>
        <location filename="../ui/connectionassistant.ui" line="14"/>
        <source>Set up a droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="24"/>
        <source>The droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="27"/>
        <source>Where it is and how to log in. Nothing is saved until the connection test passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="43"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="50"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="60"/>
        <source>104.236.237.83 or droplet.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="67"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="90"/>
        <location filename="../ui/connectionassistant.ui" line="376"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="100"/>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="107"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="117"/>
        <source>~/.ssh/id_ed25519 — empty: the key in ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="124"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="131"/>
        <source>Try the keys in ssh-agent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="141"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="154"/>
        <source>only if the key file has one (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="172"/>
        <source>The droplet&apos;s host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="175"/>
        <source>Compare it with what the droplet itself says before trusting it: that is what keeps a stranger out of the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="204"/>
        <source>On the droplet&apos;s console (DigitalOcean → the droplet → Access → Droplet Console), run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="226"/>
        <source>Copy</source>
        <translation type="unfinished">Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="235"/>
        <source>The console prints the same SHA256 fingerprint: trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="253"/>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="256"/>
        <source>Logs in and asks the droplet what the deploys need: Compose v2, the docker daemon, the app&apos;s clone, the env file (mode 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="280"/>
        <source>Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="304"/>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="307"/>
        <source>A fine-grained token for the repository. Every permission the app needs is tried once, harmlessly; all missing ones are listed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="318"/>
        <source>github_pat_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="325"/>
        <source>Check the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="350"/>
        <source>Set the token later (the emergency SSH lane works without it; CI and the workflow do not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="365"/>
        <source>GHCR login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="368"/>
        <source>The registry&apos;s user and a classic token with only read:packages (runbook §8.1). A token exchange with the registry proves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="389"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="402"/>
        <source>ghp_… (read:packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="413"/>
        <source>Check the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectionassistant.ui" line="442"/>
        <source>Set the GHCR login later (deploys then cannot check the registry)</source>
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
        <location filename="../ui/diagnosticspage.ui" line="38"/>
        <source>Save incident bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="41"/>
        <source>compose ps, the last 500 lines of every service, the health answers, digests, disk and memory, the env verdicts, the last releases and the audit log, in one redacted .tar.gz with a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="55"/>
        <source>Logs of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="65"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="85"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="92"/>
        <source>Show logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="130"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="135"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="140"/>
        <source>Health</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="145"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="150"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="158"/>
        <source>Common causes (runbook §10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentSummaryDialog</name>
    <message>
        <location filename="../ui/incidentsummary.ui" line="14"/>
        <source>Incident bundle saved</source>
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
        <location filename="../ui/mainwindow.ui" line="44"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="58"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="70"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="75"/>
        <source>&amp;Droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="84"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="96"/>
        <source>Set up a droplet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="101"/>
        <source>Save incident bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="104"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="109"/>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="117"/>
        <source>Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="122"/>
        <source>Quit Stratum Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="130"/>
        <source>Read what runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="133"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="138"/>
        <source>Check health now</source>
        <translation type="unfinished">Zustand jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="141"/>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="146"/>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="154"/>
        <source>About Stratum Deploy</source>
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
        <location filename="../ui/overviewpage.ui" line="59"/>
        <source>Roll back to the newest known-good release other than the running one (one confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="66"/>
        <source>Older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="75"/>
        <source>Older known-good releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="82"/>
        <source>Pin production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="88"/>
        <source>Hold production at what runs now: forward deploys are refused until the pin is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="102"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="114"/>
        <source>Live health</source>
        <translation>Zustand live</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="122"/>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="128"/>
        <source>Probe the droplet every poll interval (from the profile) while the app runs, also from the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="135"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="167"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="172"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="177"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="182"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="187"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="192"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="203"/>
        <source>Health watch after the deploy</source>
        <translation>Überwachung nach dem Deploy</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="53"/>
        <location filename="../ui/overviewpage.ui" line="229"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="239"/>
        <source>Save incident bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="242"/>
        <source>Keep the evidence (ps, logs, health answers, digests, disk) in one redacted archive before rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="255"/>
        <source>Credentials (runbook §8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="277"/>
        <source>How to rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="287"/>
        <source>Last known-good release</source>
        <translation>Letztes bewährtes Release</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="23"/>
        <source>GitHub sent a workflow run without id, status or head_sha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="42"/>
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
        <location filename="../ui/settingspage.ui" line="200"/>
        <source>Add it as typed above, without checks (the host key is trusted separately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="207"/>
        <source>Add droplet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="210"/>
        <source>The connection assistant: host key, connection test, GitHub token and GHCR login, each checked before it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="225"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="233"/>
        <source>GitHub token:</source>
        <translation>GitHub-Token:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="243"/>
        <location filename="../ui/settingspage.ui" line="257"/>
        <location filename="../ui/settingspage.ui" line="274"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="250"/>
        <source>GHCR user name:</source>
        <translation>GHCR-Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="264"/>
        <source>GHCR token:</source>
        <translation>GHCR-Token:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="302"/>
        <source>Save to keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="314"/>
        <location filename="../ui/settingspage.ui" line="320"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="327"/>
        <source>Applies at the next start, to the app and to stratumctl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <location filename="../ui/statusstrip.ui" line="9"/>
        <source>What runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.ui" line="27"/>
        <source>Reading what runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.ui" line="43"/>
        <source>Finish the deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statusstrip.ui" line="53"/>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ChangePlan</name>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="24"/>
        <source>Deploy over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="25"/>
        <source>Deploy through GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="26"/>
        <source>Roll back</source>
        <translation type="unfinished">Zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="27"/>
        <source>Restart with new env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="28"/>
        <source>Recreate frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="63"/>
        <source>the running images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="72"/>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="78"/>
        <source>the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="81"/>
        <source>Deploy to %1 over SSH?

current  %2
target   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="84"/>
        <source>Dispatch the deploy workflow for %1?

current  %2
target   %3 %4

The run is followed until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="88"/>
        <source>Roll %1 back to a known-good release?

current  %2
target   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="94"/>
        <source>Restart %1 with the running images (%2) and the current env file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="97"/>
        <source>Recreate the frontend of %1 with the running images (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="101"/>
        <source>GATES OVERRIDDEN (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="104"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="110"/>
        <source>Allowed as a known-good rollback: %1 is known-good (%2). The forward-deploy gates never block a rollback; for information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="115"/>
        <source>the forward gates pass for this commit too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="118"/>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="120"/>
        <source>CI is not green: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="121"/>
        <source>CI could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="129"/>
        <source>THIS ROLLBACK CROSSES 1 DATABASE MIGRATION that the running release has and %1 does not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="131"/>
        <source>THIS ROLLBACK CROSSES %1 DATABASE MIGRATIONS that the running release has and %2 does not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="136"/>
        <source>live database revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="137"/>
        <source>The rollback does not downgrade the database: the older code will run against the newer schema. Downgrade first if that code cannot (alembic downgrade), or accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Change.cpp" line="144"/>
        <source>production is pinned to %1 by %2 on %3 since %4: &quot;%5&quot;; forward deploys wait until the pin is released (stratumctl pin release --reason TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ChangePlanner</name>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="29"/>
        <source>--override-gates is not needed for a rollback: a known-good release is allowed by the rollback policy, and nothing is overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="78"/>
        <source>the checklists and CI were not read in time (GitHub may be slow or down); a rollback does not wait for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="82"/>
        <source>the pre-flight found a problem (nothing was changed):
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="92"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="118"/>
        <source>give the commit SHA (7 to 40 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="138"/>
        <source>since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="139"/>
        <source>marked known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="144"/>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="153"/>
        <source>pre-flight: %1 is known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="147"/>
        <source>%1 is not a known-good release; only known-good releases are rollback targets (see stratumctl releases list --known-good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="149"/>
        <source>%1 matches several known-good releases; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="167"/>
        <source>no droplet is set up: the droplet&apos;s deploy lock is not taken for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="197"/>
        <source>%1 is not the head of %2 (%3): the workflow deploys %2 as it is when the run starts. Deploy an older SHA over SSH (stratumctl deploy --via ssh --sha %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="203"/>
        <source>give the full 40-digit SHA to deploy a commit other than the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="262"/>
        <source>cannot read what runs on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="266"/>
        <source>cannot tell which images run now (no backend or frontend container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="269"/>
        <source>pre-flight: droplet reachable, host key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="289"/>
        <source>pre-flight: deploy lock is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="298"/>
        <source>the deploy lock is held by %1 on %2 since %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="303"/>
        <source>pre-flight: production is not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="305"/>
        <source>production is pinned to %1 by %2 (%3); the pin stays until it is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="322"/>
        <source>could not tell whether this rollback crosses a database migration (%1): check %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="339"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="354"/>
        <source>pre-flight: both images in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="355"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="365"/>
        <source>pre-flight: droplet sees the backend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="365"/>
        <source>pre-flight: droplet sees the frontend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="367"/>
        <source>the droplet cannot see the image (its GHCR login may be stale after a token rotation: run docker login ghcr.io on the droplet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="379"/>
        <source>pre-flight: disk space for the pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="381"/>
        <source>could not read the free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="384"/>
        <source>only %1 MiB free on the droplet; the pull needs at least %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="399"/>
        <source>%1 differs between the running release and %2; the rollback uses the compose file checked out on the droplet now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/ChangePlanner.cpp" line="402"/>
        <source>could not compare %1 between the running release and %2 in the droplet&apos;s clone: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ChecklistsPage</name>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="38"/>
        <source>§%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="92"/>
        <source>Checklist state unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="112"/>
        <source>Required before every production deploy of a SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="113"/>
        <source>Informational: not a deploy gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="115"/>
        <source>Enter the full 40-digit SHA you are about to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="117"/>
        <source>Lane started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="124"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="130"/>
        <source>✔ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="134"/>
        <source>✘ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="138"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="142"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="164"/>
        <source>Select a manual item; automatic ones are decided by their probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="174"/>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="264"/>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="211"/>
        <source>confirmed %n item(s) for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="222"/>
        <source>%1 starts over for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="247"/>
        <source>%1: decided by the gates from GitHub (Deploy page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="248"/>
        <source>%1: checked by the post-deploy smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="254"/>
        <source>running %n automatic check(s) of %1 for %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="274"/>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="349"/>
        <source>no droplet is set up: add it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="279"/>
        <source>post-deploy smoke on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="300"/>
        <source>%1 was not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="309"/>
        <source>%1 ended with exit status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="310"/>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="315"/>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="363"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="365"/>
        <source>now fill in the values on the droplet, then check them with stratumctl env-lint --production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="124"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
</context>
<context>
    <name>Stratum::CiState</name>
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
</context>
<context>
    <name>Stratum::Cli</name>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="73"/>
        <source>the active profile as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="76"/>
        <source>write the active profile to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="78"/>
        <source>check a profile and make it the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="85"/>
        <source>add a droplet (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="86"/>
        <source>the droplets that are set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="89"/>
        <source>remove a droplet and its key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="92"/>
        <source>trust the droplet&apos;s host key, after comparing it with the droplet&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="96"/>
        <source>the deploy key was replaced (rotated): log in with this one and record the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="101"/>
        <source>store a secret: the value is read from standard input, never from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="104"/>
        <source>which secrets are set (never their values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="107"/>
        <source>the release log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="109"/>
        <source>remove a release from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="113"/>
        <source>mark a release known-good (needs a passed smoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="115"/>
        <source>write the release log to a file (notes redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="117"/>
        <source>add the entries of an exported release log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="120"/>
        <source>successful deploy runs as candidates for known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="124"/>
        <source>run a [Droplet] command; its exit status is the remote one (255 on errors, as ssh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="131"/>
        <source>deploy a commit over SSH (emergency), or dispatch the deploy workflow and follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="137"/>
        <source>roll back to a known-good release (never waits for GitHub); --last-good: the newest one other than what runs; --watch: then the health watch window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="141"/>
        <source>what runs now (images, digests, known-good), its health, the lock and the pin: exit 0 healthy, 1 not, 3 locked or pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="145"/>
        <source>hold production at what runs now: forward deploys are refused until the pin is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="148"/>
        <source>release the pin: forward deploys may go again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="150"/>
        <source>whether production is pinned, to what, by whom and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="152"/>
        <source>recreate the services with the running image tags and the current env file (runbook §9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="155"/>
        <source>recreate the frontend with the running image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="157"/>
        <source>who holds the droplet&apos;s deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="159"/>
        <source>release the deploy lock; --force breaks a stale lock of someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="162"/>
        <source>the droplet&apos;s containers (compose ps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="164"/>
        <source>the last lines of a service&apos;s log, redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="168"/>
        <source>required checklists + CI for a SHA (exit 0 passed, 3 not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="170"/>
        <source>the checklists and what was recorded for a SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="172"/>
        <source>tick a manual item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="176"/>
        <source>run the automatic items: the Stripe lane&apos;s local probes; for one-time-setup the Actions secrets, branch protection and the droplet&apos;s env (names only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="180"/>
        <source>start a checklist over for a SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="183"/>
        <source>post-deploy smoke: exit 0 only if every automatic check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="186"/>
        <source>live health of the droplet: exit 0 only when everything is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="189"/>
        <source>the local audit log: overrides, refusals, confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="192"/>
        <source>CI of a commit: exit 0 only when it is green and on the deploy branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="195"/>
        <source>branch protection of the deploy branch, from the rules and rulesets (runbook 1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="198"/>
        <source>the Actions secrets the deploy workflow needs, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="201"/>
        <source>follow a workflow run until it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="205"/>
        <source>runbook 1.4/2: key names and verdicts, never values; --local also scans the checkout&apos;s tracked files for live keys (runbook 8.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="208"/>
        <source>check the connection and the credentials: host key, droplet, the GitHub token&apos;s permissions, the GHCR login and its scopes, rotation due (exit 0 all good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="213"/>
        <source>save the evidence in one .tar.gz: compose ps, logs, health, digests, disk and memory, env verdicts, releases, audit tail and a summary.md, all redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="218"/>
        <source>this list, or how to use one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="220"/>
        <source>the shell completion script for bash or zsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="272"/>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="281"/>
        <source>%1 must be one of %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="332"/>
        <location filename="../src/cli/CommandTable.cpp" line="343"/>
        <location filename="../src/cli/CommandTable.cpp" line="463"/>
        <location filename="../src/cli/CommandTable.cpp" line="496"/>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="358"/>
        <source>stratumctl %1 has no option --%2; see stratumctl help %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="359"/>
        <source>unknown option --%1; see stratumctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="441"/>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="454"/>
        <source>usage: stratumctl %1 %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="469"/>
        <source>stratumctl %1 needs --%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="478"/>
        <source>usage: stratumctl [--profile FILE] [--json] COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="487"/>
        <source>secret names: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="488"/>
        <source>exit codes: 0 success, 1 failed, 2 bad usage or input, 3 refused by policy, 4 keychain or credentials unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="490"/>
        <source>stratumctl help COMMAND shows one command; stratumctl completion bash|zsh prints the shell completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="499"/>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="501"/>
        <source>a droplet (stratumctl host add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="503"/>
        <source>GitHub (the github-token secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="505"/>
        <source>needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="61"/>
        <source>cannot use the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CommandTable.cpp" line="453"/>
        <source>unknown command &quot;%1&quot;; see stratumctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="107"/>
        <source>self-test: built-in profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="111"/>
        <source>self-test: the built-in profile does not survive export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliProfile.cpp" line="18"/>
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
        <location filename="../src/cli/CliProfile.cpp" line="36"/>
        <location filename="../src/cli/CliReleases.cpp" line="124"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliProfile.cpp" line="40"/>
        <source>exported profile &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliProfile.cpp" line="48"/>
        <source>profile not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliProfile.cpp" line="51"/>
        <source>imported profile &quot;%1&quot;; it is now the active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="26"/>
        <source>port must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="39"/>
        <source>a host named &quot;%1&quot; exists already; remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="49"/>
        <source>added host &quot;%1&quot; (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="79"/>
        <source>no hosts; add one with: stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="85"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="86"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliHosts.cpp" line="87"/>
        <source>%n trusted host key(s)</source>
        <translation>
            <numerusform>%n vertrauenswürdiger Host-Schlüssel</numerusform>
            <numerusform>%n vertrauenswürdige Host-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="104"/>
        <location filename="../src/cli/CliHosts.cpp" line="182"/>
        <source>no host named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="119"/>
        <source>removed host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="167"/>
        <source>give the new key with --key PATH, or --agent for the key in ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="198"/>
        <source>%1 logs in with the new key from now on; rotation recorded today. Check it with: stratumctl doctor --host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="271"/>
        <source>  (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="208"/>
        <source>secrets set takes the value from standard input only, never from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="213"/>
        <source>unknown secret &quot;%1&quot;; use one of: %2, ssh-passphrase/HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="175"/>
        <location filename="../src/cli/CliHosts.cpp" line="219"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="226"/>
        <source>no value on standard input; pipe it in, e.g. stratumctl secrets set %1 &lt; file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="235"/>
        <source>stored %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="269"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="269"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliReleases.cpp" line="71"/>
        <source>forgot %n entry(ies) for %1</source>
        <translation>
            <numerusform>%n Eintrag für %1 entfernt</numerusform>
            <numerusform>%n Einträge für %1 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliReleases.cpp" line="57"/>
        <source>the release log of &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliReleases.cpp" line="170"/>
        <source>that SHA is not in the release log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliReleases.cpp" line="129"/>
        <source>exported %n release(s) to %1</source>
        <translation>
            <numerusform>%n Release nach %1 exportiert</numerusform>
            <numerusform>%n Releases nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliReleases.cpp" line="139"/>
        <location filename="../src/cli/CliDroplet.cpp" line="99"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliReleases.cpp" line="144"/>
        <location filename="../src/cli/CliChanges.cpp" line="256"/>
        <location filename="../src/cli/CliChanges.cpp" line="261"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliReleases.cpp" line="149"/>
        <source>this release log belongs to profile &quot;%1&quot;, the active profile is &quot;%2&quot; (use --profile, or --force to import anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliReleases.cpp" line="156"/>
        <source>imported %n new release(s)</source>
        <translation>
            <numerusform>%n neues Release importiert</numerusform>
            <numerusform>%n neue Releases importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="190"/>
        <source>interrupted: stopping at the next safe point and releasing the deploy lock (Ctrl-C again to quit now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="195"/>
        <source>interrupted again: quitting now; check the deploy lock with stratumctl lock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="196"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="169"/>
        <source>%1
not a terminal: confirm with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="82"/>
        <source>no command &quot;%1&quot;; see stratumctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="97"/>
        <source>completion for which shell? bash or zsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="116"/>
        <source>self-test: the command table does not read its own usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="119"/>
        <source>self-test passed: profile &quot;%1&quot; with %2 command packs and %3 checklists; %4 commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="181"/>
        <source>not confirmed; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDroplet.cpp" line="31"/>
        <source>usage: stratumctl exec [--host NAME] -- COMMAND…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="131"/>
        <source>--fingerprint must be the SHA256:… string that ssh-keygen -lf prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="143"/>
        <source>%1 presents %2 %3, not %4: not trusted. Check the fingerprint on the droplet&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliHosts.cpp" line="153"/>
        <source>trusted %1 %2 for %3 (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="200"/>
        <source>Deploy %1 to %2 over SSH? current %3 → target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="217"/>
        <source>Roll %1 back? current %2 → target %3 (known-good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="221"/>
        <source>Restart %1 with the running images (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="285"/>
        <location filename="../src/cli/CliDroplet.cpp" line="65"/>
        <location filename="../src/cli/CliDroplet.cpp" line="73"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="285"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="267"/>
        <source>watch it for the next %1 s: stratumctl health --watch --for %1 (or deploy with --watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="63"/>
        <source>give either --to SHA or --last-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="77"/>
        <source>there is no known-good release other than the running one to roll back to (stratumctl releases list --known-good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="97"/>
        <source>  since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="100"/>
        <source>finish the deploy: stratumctl deploy --via ssh --sha %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="102"/>
        <source>roll back: stratumctl rollback --to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="135"/>
        <source>pinned to %1 by %2 on %3 since %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="136"/>
        <source>not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="191"/>
        <source>GATES OVERRIDDEN (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="195"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="212"/>
        <source>refused: this rollback crosses database migrations; run it again with --accept-migrations once the older release may run against the newer schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="258"/>
        <source> (nothing on the droplet was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDroplet.cpp" line="64"/>
        <location filename="../src/cli/CliDroplet.cpp" line="77"/>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDroplet.cpp" line="65"/>
        <location filename="../src/cli/CliDroplet.cpp" line="71"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliDroplet.cpp" line="74"/>
        <source>no live keys or other secrets in the %n tracked file(s) (runbook §8.4)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliDroplet.cpp" line="78"/>
        <source>%1:%2: a %3 in a tracked file: remove it from the repository and its history, then rotate it (runbook §8.3, §8.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDroplet.cpp" line="91"/>
        <source>usage: stratumctl env-lint --local [--file PATH] | --production [--host NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="355"/>
        <source>held by %1 on %2 since %3 (SHA %4, reason: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="363"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="368"/>
        <source>the lock is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="373"/>
        <source>the lock is %1; break it only if that deploy is gone: stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="380"/>
        <source>could not break the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="383"/>
        <source>broke the lock that was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDroplet.cpp" line="131"/>
        <source>logs of which service? one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDroplet.cpp" line="136"/>
        <source>--tail must be a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="282"/>
        <source>no GitHub token is set: stratumctl secrets set github-token &lt; token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="44"/>
        <source>%1 is on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="45"/>
        <source>%1 is NOT on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="58"/>
        <source>pull request required before merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="59"/>
        <source>at least 1 approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="60"/>
        <source>status checks must pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="61"/>
        <source>direct pushes restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="73"/>
        <source>required checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="75"/>
        <source>(classic protection unreadable: the token needs %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="77"/>
        <source>Fix it on github.com → %1 → Settings → Branches (runbook 1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="93"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="93"/>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="50"/>
        <source>--sha must be a commit SHA of 7 to 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="293"/>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="251"/>
        <location filename="../src/cli/CliGitHub.cpp" line="173"/>
        <source>--- end of the failed job&apos;s log ---
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="253"/>
        <source>%1 GitHub requests, %2 of them answered 304</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="203"/>
        <source>Dispatch &quot;%1&quot; on %2 to deploy %3? (head of %2: %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="107"/>
        <source>run %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="109"/>
        <source>  job %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="112"/>
        <source>    %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="141"/>
        <source>successful run of the deploy workflow; not known-good until you mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliGitHub.cpp" line="146"/>
        <source>imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="157"/>
        <source>usage: stratumctl run watch RUN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="177"/>
        <source>run %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="182"/>
        <source>--override-gates needs --reason TEXT: say why the gates are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="237"/>
        <source>refused: the gates for %1 are not met (nothing was run on the droplet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="240"/>
        <source>complete them (stratumctl gates --sha %1) or override: --override-gates --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="38"/>
        <source>gates for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="39"/>
        <source>PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="39"/>
        <source>NOT MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="43"/>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="44"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="45"/>
        <source>NOT green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="45"/>
        <source>cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="46"/>
        <source>  CI: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="61"/>
        <source>no checklist has been started yet: give --sha SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="213"/>
        <source>usage: stratumctl check reset CHECKLIST --sha FULL_SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="222"/>
        <source>%1 starts over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="82"/>
        <source>no state recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="82"/>
        <source>checklists for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="85"/>
        <source>  (required for deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="97"/>
        <source>      note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="99"/>
        <source>      seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="119"/>
        <source>usage: stratumctl check confirm CHECKLIST/ITEM --sha FULL_SHA [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="135"/>
        <source>no checklist item &quot;%1&quot;; see stratumctl check list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="136"/>
        <source>&quot;%1&quot; is in several checklists: write CHECKLIST/ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="140"/>
        <source>%1 is decided by its probe, not by hand: stratumctl check run %2 --sha SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="164"/>
        <source>confirmed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="176"/>
        <source>usage: stratumctl check run CHECKLIST --sha FULL_SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="181"/>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="182"/>
        <source>decided by the gates from GitHub (stratumctl gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="183"/>
        <source>checked by stratumctl smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliReleases.cpp" line="94"/>
        <source>
run stratumctl smoke and confirm the manual items, or mark it with --without-smoke --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="251"/>
        <source>smoke of %1 (backend image tag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="251"/>
        <source>an unknown release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="254"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="254"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="257"/>
        <source>all automatic checks passed; confirm the manual ones with stratumctl check confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="258"/>
        <source>smoke FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGates.cpp" line="295"/>
        <source>%1  %2: %3 → %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="309"/>
        <source>watching %1 for %2 s: backend, frontend and worker must stay healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="312"/>
        <source>  %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="315"/>
        <source>  %1: %2 → %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="322"/>
        <source>the watch passed: run stratumctl smoke, then mark the release known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliChanges.cpp" line="323"/>
        <source>the watch FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliReleases.cpp" line="82"/>
        <source>--without-smoke needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDoctor.cpp" line="41"/>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDoctor.cpp" line="50"/>
        <source>all good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliDoctor.cpp" line="50"/>
        <source>not all good: see the fixes above</source>
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
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="103"/>
        <source>none (add one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="126"/>
        <source>No droplet is set up: add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="129"/>
        <source>[Droplet] %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="141"/>
        <source>exit status %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="150"/>
        <source>[Mac] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="162"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="162"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandPacksPage.cpp" line="166"/>
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
    <name>Stratum::ComposePs</name>
    <message>
        <location filename="../src/core/droplet/ComposePs.cpp" line="130"/>
        <source>compose ps: invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/droplet/ComposePs.cpp" line="135"/>
        <source>compose ps: entry %1 has no Service or State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/droplet/ComposePs.cpp" line="148"/>
        <source>compose ps: line %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/droplet/ComposePs.cpp" line="151"/>
        <source>compose ps: line %1 has no Service or State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ConnectionAssistant</name>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="89"/>
        <source>a droplet named &quot;%1&quot; is set up already: pick another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="109"/>
        <source>a token is stored: Check the token checks it, or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="124"/>
        <source>Reading the host key of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="138"/>
        <source>The droplet presents this key, and ~/.ssh/known_hosts trusts it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="142"/>
        <source>The droplet presents this key. Run the command below on the droplet&apos;s console and trust the key only if it prints the same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="162"/>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="180"/>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="188"/>
        <source>Saved &quot;%1&quot; in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="207"/>
        <source>Asking GitHub, one harmless request per permission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="231"/>
        <source>Type the token first (github.com → Settings → Developer settings → Fine-grained tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="243"/>
        <source>Type the user and the token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="247"/>
        <source>Asking the registry for a pull token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="268"/>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="281"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="281"/>
        <source>Not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/connection/ConnectionAssistant.cpp" line="283"/>
        <source>To do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ConnectionChecks</name>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="39"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="41"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="43"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="45"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="71"/>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="92"/>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="72"/>
        <source>%1 presents %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="75"/>
        <source>trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="78"/>
        <source>not trusted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="79"/>
        <source>on the droplet&apos;s console run %1; if it prints %2, trust it (stratumctl host trust %3 --fingerprint %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="96"/>
        <source>do not connect: compare on the droplet&apos;s console (%1) and find out why the key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="99"/>
        <source>check the address and port, and that sshd runs on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="107"/>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="160"/>
        <source>Droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="115"/>
        <source>the droplet&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="115"/>
        <source>run the check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="119"/>
        <source>docker compose does not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="120"/>
        <source>install Docker with the Compose v2 plugin on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="122"/>
        <source>docker compose %1 is the old v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="123"/>
        <source>install the Compose v2 plugin (docker compose, not docker-compose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="125"/>
        <source>docker compose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="127"/>
        <source>the docker daemon does not answer the deploy user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="128"/>
        <source>start docker (systemctl start docker), or let the deploy user use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="130"/>
        <source>docker daemon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="132"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="133"/>
        <source>clone the repository there (the profile&apos;s droplet.appDir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="136"/>
        <source>%1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="137"/>
        <source>%1 is a clone at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="139"/>
        <source>%1 is not a git clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="140"/>
        <source>clone the repository into %1: deploys check commits out there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="142"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="143"/>
        <source>create it from %1 (runbook §1.4; Checklists → one-time setup does it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="145"/>
        <source>%1 has mode %2: others can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="146"/>
        <source>chmod 600 %1/%2 on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="148"/>
        <source>%1 present, mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="164"/>
        <source>the droplet refused %1&apos;s key: add the .pub line to ~/.ssh/authorized_keys of %1 on the droplet (runbook §1.1), or pick the right key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="166"/>
        <source>check the address, the port and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="171"/>
        <source>logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="178"/>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="182"/>
        <source>make a new fine-grained token for %1/%2 and store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="184"/>
        <source>check the network and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="188"/>
        <source>a classic token (scopes: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="188"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="192"/>
        <source>%1: granted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="195"/>
        <source>%1: MISSING — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="198"/>
        <source>%1: could not be checked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="206"/>
        <source>the token cannot see %1/%2: under Repository access, select that repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="230"/>
        <source>GHCR login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="234"/>
        <source>check the GHCR user name and the token (a classic token with read:packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="237"/>
        <source>the registry issued a pull token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="241"/>
        <source>make a classic token with only read:packages, use it on the droplet (docker login ghcr.io) and here, and revoke the broader one (runbook §8.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="263"/>
        <source>the registry asked for no login, so the user and token were not proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="281"/>
        <source>Credential rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/ConnectionChecks.cpp" line="293"/>
        <source>no credentials stored yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ConsoleView</name>
    <message>
        <location filename="../src/gui/console/ConsoleView.cpp" line="285"/>
        <source>Save transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/ConsoleView.cpp" line="285"/>
        <source>Text (*.txt *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/console/ConsoleView.cpp" line="297"/>
        <source>cannot save the transcript to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::CoreContext</name>
    <message>
        <location filename="../src/core/app/CoreContext.cpp" line="64"/>
        <source>built-in Stratum runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/app/CoreContext.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::CredentialAge</name>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="21"/>
        <source>the GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="23"/>
        <source>the GHCR token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="25"/>
        <source>the deploy key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="34"/>
        <source>On github.com → Settings → Developer settings → Fine-grained tokens: regenerate the token (same repository and permissions), then store it: Settings → GitHub token, or stratumctl secrets set github-token &lt; token.txt. Check it with stratumctl doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="38"/>
        <source>Create a classic token with only read:packages; on the droplet run docker login ghcr.io -u USER with it; update the GHCR_TOKEN Actions secret; store it here (Settings, or stratumctl secrets set ghcr-token &lt; token.txt); then revoke the old token (runbook §8.1, §8.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="42"/>
        <source>ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519_new on this Mac; add the .pub line to the droplet&apos;s /root/.ssh/authorized_keys; update the DROPLET_SSH_KEY Actions secret; switch the host to the new key (stratumctl host set-key %1 --key ~/.ssh/id_ed25519_new); check with stratumctl doctor; then remove the old line from authorized_keys (runbook §1.1, §8.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="53"/>
        <source>stratumctl host set-key %1 --key PATH (or --agent) records the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="56"/>
        <source>storing it again (stratumctl secrets set %1) records the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="81"/>
        <source>%1: when it was set is not recorded; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="87"/>
        <source>%1 was set %n day(s) ago: rotation is due (every %2 days, runbook §8.2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/hygiene/CredentialAge.cpp" line="89"/>
        <source>%1 was set %n day(s) ago (rotate every %2 days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::DeployLane</name>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="118"/>
        <source>no GitHub access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="139"/>
        <source>GitHub&apos;s answer for %1 has no commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="160"/>
        <source>no host is set up; add one in Settings or with: stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="163"/>
        <source>several hosts are set up; pick one with --host NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="172"/>
        <source>no host named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="206"/>
        <source>this change was not planned by the core, or it ran already: plan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="209"/>
        <source>this rollback crosses database migrations (%1): confirm that the older release may run against the newer schema (tick the box, or --accept-migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="230"/>
        <source>gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="266"/>
        <source>allowed as a known-good rollback: %1 is known-good (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="381"/>
        <source>a pin needs a reason (--reason TEXT): the next operator reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="386"/>
        <source>cannot pin: the backend on %1 does not run an image tagged by a commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="387"/>
        <source>cannot read what runs on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="395"/>
        <source>could not pin %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="402"/>
        <source>pinned %1 to %2: forward deploys are refused until the pin is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="412"/>
        <source>releasing a pin needs a reason (--reason TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="418"/>
        <source>could not release the pin of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="423"/>
        <source>%1 was not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DeployLane.cpp" line="431"/>
        <source>released the pin of %1 (it held %2, set by %3): forward deploys may go again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DeployPage</name>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="39"/>
        <source>GitHub workflow &quot;%1&quot; on %2 (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="42"/>
        <source>SSH by SHA (emergency, runbook §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="77"/>
        <source>cancel requested: stopping at the next safe point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="102"/>
        <source>No GitHub token: set one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="99"/>
        <source>Reading GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="316"/>
        <source>Dispatching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="327"/>
        <source>following run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="366"/>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="354"/>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="373"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="283"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="294"/>
        <source>%1 not possible (nothing was changed): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="301"/>
        <source>The database stays at the newer schema: %1 may run against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="374"/>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="403"/>
        <source>end of the failed job&apos;s log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="218"/>
        <source>A deploy is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="179"/>
        <source>CI cannot be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="220"/>
        <source>Check GitHub first: the workflow deploys the head of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="223"/>
        <source>That is not the head of %1; the workflow would deploy %2. Use SSH by SHA for an older commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="228"/>
        <source>Add the droplet in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="230"/>
        <source>Enter the commit SHA to deploy.</source>
        <translation>Commit-SHA für das Deployment eingeben.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="232"/>
        <source>A SHA has 7 to 40 hex digits.</source>
        <translation>Eine SHA hat 7 bis 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="235"/>
        <source>Type why the gates are overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="237"/>
        <source>Checking the gates…</source>
        <translation>Schranken werden geprüft …</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="239"/>
        <source>Gates not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="241"/>
        <source>Deploy (gates overridden)</source>
        <translation>Deploy (Schranken übersteuert)</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="241"/>
        <source>Deploy</source>
        <translation type="unfinished">Deployment</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="158"/>
        <source>Checking the gates for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="173"/>
        <source>%1 %2: %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="183"/>
        <source>gates passed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="184"/>
        <source>gates NOT met for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="292"/>
        <source>refused: the gates for %1 are not met (nothing was run on the droplet): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="316"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="336"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="342"/>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="352"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="352"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="358"/>
        <source>step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="395"/>
        <source>Done: %1 is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="397"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="399"/>
        <source> Nothing on the droplet was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="197"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="57"/>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="154"/>
        <source>Enter a SHA (or check GitHub for the head) to see its gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="200"/>
        <source>no host yet (add one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DiagnosticsPage</name>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="35"/>
        <source>Nothing recognised yet. Show a log to check it for the runbook&apos;s common causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="36"/>
        <source>Settings: %1 · Log: %2 · Keychain service: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="67"/>
        <source>no host yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="67"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="146"/>
        <source>None of the runbook&apos;s common causes in this output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="162"/>
        <source>Save the incident bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="164"/>
        <source>Incident bundles (*.tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="177"/>
        <source>Collecting the evidence from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="187"/>
        <source>Incident bundle: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="202"/>
        <source>No incident bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="206"/>
        <source>%1 — &lt;a href=&quot;%2&quot;&gt;show the folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="217"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Doctor</name>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="65"/>
        <location filename="../src/core/connection/Doctor.cpp" line="105"/>
        <location filename="../src/core/connection/Doctor.cpp" line="121"/>
        <location filename="../src/core/connection/Doctor.cpp" line="159"/>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="66"/>
        <location filename="../src/core/connection/Doctor.cpp" line="106"/>
        <location filename="../src/core/connection/Doctor.cpp" line="122"/>
        <location filename="../src/core/connection/Doctor.cpp" line="160"/>
        <source>unlock the keychain and run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="76"/>
        <source>no droplet is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="77"/>
        <source>no host named &quot;%1&quot; (set up: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="78"/>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="79"/>
        <source>add it: the connection assistant (Settings → Add droplet…), or stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="81"/>
        <source>name one with --host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="96"/>
        <source>Droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="97"/>
        <source>not tested: the host key is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="129"/>
        <source>GHCR login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="129"/>
        <source>no GHCR user name or token stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="130"/>
        <source>store them: Settings, or stratumctl secrets set ghcr-username / ghcr-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="142"/>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="142"/>
        <source>no GitHub token stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/Doctor.cpp" line="143"/>
        <source>store a fine-grained token: Settings, or stratumctl secrets set github-token &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DropletOperation</name>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="57"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="382"/>
        <source>cancelled while waiting for the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="61"/>
        <source>stopping &quot;%1&quot; on the droplet…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="83"/>
        <source>git fetch origin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="84"/>
        <source>git checkout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="85"/>
        <source>git pull --ff-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="86"/>
        <source>resolve the SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="88"/>
        <source>gates for the resolved commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="100"/>
        <source>%1 is not a commit in the droplet&apos;s clone, even after fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="102"/>
        <source>%1 is ambiguous: it matches %2; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="104"/>
        <source>the droplet answered something that is not a SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="119"/>
        <source>the droplet resolved %1 to %2, but the gates were checked for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="149"/>
        <source>recreate the frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="149"/>
        <source>compose up with the running image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="153"/>
        <source>verify the image tags did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="162"/>
        <source>%1 now runs %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="166"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="453"/>
        <source>backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="189"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="307"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="321"/>
        <source>take the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="350"/>
        <source>another deploy holds the lock: %1 on %2 since %3 (SHA %4, reason: %5). Wait for it, or break a stale lock with: stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="353"/>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="371"/>
        <source>wait for both images in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="123"/>
        <source>the droplet resolved %1 to %2, not %3: checking the gates for it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="227"/>
        <source>reconnected after %1 s; &quot;%2&quot; goes on
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="241"/>
        <source>the connection to the droplet dropped during &quot;%1&quot; (%2). What runs on the droplet goes on; reconnecting for up to %3 s…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="263"/>
        <source>could not start it on the droplet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="290"/>
        <source>it took longer than %1 s: stopped it on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="303"/>
        <source>cancelled: stopped on the droplet (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="305"/>
        <source>it ended on the droplet without an exit status (killed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="372"/>
        <source>HEAD %1 and %2 in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="398"/>
        <source>both images are in the registry: %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="405"/>
        <source>the images did not appear within %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="408"/>
        <source>waiting for the images for %1 … (%2 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="417"/>
        <source>droplet sees the backend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="417"/>
        <source>droplet sees the frontend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="422"/>
        <source>the droplet cannot see the image (its GHCR login may be stale after a token rotation: run docker login ghcr.io on the droplet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="430"/>
        <source>pull the backend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="431"/>
        <source>pull the frontend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="432"/>
        <source>compose up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="437"/>
        <source>compose ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="446"/>
        <source>the %1 service is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="448"/>
        <source>the %1 service is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="452"/>
        <source>backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="458"/>
        <source>read what runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="471"/>
        <source>what runs changed since the plan was confirmed (%1 then, %2 now): plan the change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="472"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="479"/>
        <source>cannot tell which images run now (no backend or frontend container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="496"/>
        <source>cancelled before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="503"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="529"/>
        <source>step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="544"/>
        <source>the droplet was out of reach for %1 s during &quot;%2&quot;: its outcome is unknown (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="547"/>
        <source> It may still be running on the droplet: the deploy lock stays held by this change, and the next plan (or the app&apos;s next start) records its true result once it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="585"/>
        <source>could not release the deploy lock: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="603"/>
        <source>after reconnecting, the droplet runs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="605"/>
        <source>could not read what runs on the droplet after the drop: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="638"/>
        <source>interrupted at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="647"/>
        <source> (not recorded in the release log: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DropletStatus</name>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="36"/>
        <source>%1: exited (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="38"/>
        <location filename="../src/core/status/DropletStatus.cpp" line="39"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="53"/>
        <source>%1: no container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="75"/>
        <source>%1: a container for %2 was created but never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="85"/>
        <source>%1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="160"/>
        <source>Roll back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="175"/>
        <source>%1: cannot read what runs (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="178"/>
        <source>MIXED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="180"/>
        <source>running images are not tagged by a commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="182"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="183"/>
        <source>known-good</source>
        <translation type="unfinished">bewährt</translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="183"/>
        <source>not known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="184"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="185"/>
        <source>locked by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="185"/>
        <source>lock free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/status/DropletStatus.cpp" line="187"/>
        <source>pinned to %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::EnvLint</name>
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
</context>
<context>
    <name>Stratum::Gates</name>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="51"/>
        <source>no checklist has been worked through for %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="54"/>
        <source>%1: %2 of %3 done; open: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="62"/>
        <source>CI is not green: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="65"/>
        <source>CI cannot be verified (%1): only an override with a reason passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="99"/>
        <source>GitHub did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="103"/>
        <source>the commit is not on the deploy branch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="116"/>
        <source>the profile has no GitHub repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="120"/>
        <source>no GitHub access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="125"/>
        <source>no GitHub token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="163"/>
        <source>gates passed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="170"/>
        <source>GATES OVERRIDDEN by %1: %2
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="176"/>
        <source>an override needs a reason (--reason TEXT); the gates for %1 are not met:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/gates/Gates.cpp" line="177"/>
        <source>the gates for %1 are not met:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::GitHubAccess</name>
    <message>
        <location filename="../src/core/github/GitHubAccess.cpp" line="32"/>
        <source>no GitHub token in the keychain: set one in Settings, or stratumctl secrets set github-token &lt; token-file</source>
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
        <location filename="../src/core/github/GitHubClient.cpp" line="194"/>
        <source>cannot reach GitHub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="208"/>
        <source>GitHub&apos;s rate limit was hit (HTTP %1); try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="232"/>
        <source>GitHub sent an answer that is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/GitHubClient.cpp" line="270"/>
        <source>GitHub&apos;s answer was larger than %1 MB, more than any answer the app reads; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Health</name>
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
    <name>Stratum::HostEntry</name>
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
        <location filename="../src/core/hosts/HostEntry.cpp" line="104"/>
        <source>the stored host list is damaged or from a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hosts/HostEntry.cpp" line="126"/>
        <source>a stored host is invalid: %1</source>
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
    <name>Stratum::IncidentBundle</name>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="60"/>
        <source>cannot write into %1: choose another place for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="69"/>
        <source>reading the env file&apos;s verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="83"/>
        <source>reading what runs (images, digests, lock, pin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="87"/>
        <source>what runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="99"/>
        <source>compose ps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="111"/>
        <source>reading the last %1 lines of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="118"/>
        <source>logs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="131"/>
        <source>disk and memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="142"/>
        <source>asking every health check once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="170"/>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="177"/>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="187"/>
        <source>saved %1 (no release log entry to link: what runs is not a release the app knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="197"/>
        <source>saved %1; the release log could not link it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="198"/>
        <source>saved %1, linked from the release log entry of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentBundle.cpp" line="199"/>
        <source>saved %1 (the release log has no entry for %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::IncidentReport</name>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="34"/>
        <source>**What runs could not be read:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="36"/>
        <source>**Mixed state:** %1. Finish the deploy of %2, or roll back to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="38"/>
        <source>the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="39"/>
        <source>a known-good release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="41"/>
        <source>**Runs:** no release the app knows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="42"/>
        <source>**Runs:** %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="43"/>
        <location filename="../src/core/incident/IncidentReport.cpp" line="113"/>
        <source>known-good</source>
        <translation type="unfinished">bewährt</translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="43"/>
        <source>not known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="49"/>
        <source>No health answers were collected.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="51"/>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="51"/>
        <location filename="../src/core/incident/IncidentReport.cpp" line="66"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="51"/>
        <location filename="../src/core/incident/IncidentReport.cpp" line="66"/>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="51"/>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="64"/>
        <source>No containers.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="66"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="66"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="66"/>
        <source>digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="83"/>
        <source>None of the runbook&apos;s common causes (§10) shows in the logs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="86"/>
        <source>seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="93"/>
        <source>Not checked: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="101"/>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="101"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="104"/>
        <source>All required keys set, no problems (names only, values never read into the bundle).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="111"/>
        <source>The release log is empty.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="113"/>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="113"/>
        <source>SHA</source>
        <translation type="unfinished">SHA</translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="113"/>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="113"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="118"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="127"/>
        <source>Disk of the app: %1 used, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="129"/>
        <source>Memory: %1 MB available of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="131"/>
        <source>Disk and memory could not be read.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="174"/>
        <source># Incident on %1 — %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="175"/>
        <source>Saved by %1 with Stratum Deploy (profile %2).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="177"/>
        <source>**Health:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="179"/>
        <source> · containers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="181"/>
        <source>**Lock:** held by %1 (%2)  
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="182"/>
        <source>**Lock:** free  
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="184"/>
        <source>**Pinned** to %1: %2  
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="186"/>
        <source>**Way back:** %1  
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="187"/>
        <source>Health answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="188"/>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="189"/>
        <source>Common causes in the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="190"/>
        <source>Droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="191"/>
        <source>Env file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="192"/>
        <source>Last releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="194"/>
        <source>Not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="195"/>
        <source>In this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="196"/>
        <source>- `compose-ps.txt`: docker compose ps --all
- `logs/SERVICE.log`: the last %1 lines of each service
- `health.json`: every health answer with its history
- `running.json`: images, digests and start times, lock and pin
- `system.txt`: df -h and free -m of the droplet
- `env-lint.txt`: the env file&apos;s verdicts, key names only
- `releases.json`: the last %2 releases
- `audit.jsonl`: the tail of this machine&apos;s audit log
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/IncidentReport.cpp" line="205"/>
        <source>
Every file passed the redactor: stored secrets, the droplet&apos;s secret env values and anything shaped like a secret are shown as ***.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::KeychainStore</name>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="45"/>
        <source>no entry &quot;%1&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="47"/>
        <source>no OS keychain is available (%1). Start or unlock your keychain (GNOME Keyring / KWallet on Linux, Keychain Access on macOS) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="52"/>
        <source>the keychain refused access (%1). Unlock it and allow Stratum Deploy to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="57"/>
        <source>the keychain is not usable: %1. Make sure a keychain service is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="65"/>
        <source>the keychain did not answer within %1 s. It may be locked and waiting for a password, or no keychain service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="165"/>
        <source>the keychain is locked: unlock it (log in to the desktop again, or unlock the login keyring in Passwords and Keys) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="219"/>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="251"/>
        <source>the keychain entry &quot;%1&quot; is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="233"/>
        <source>the keychain entry &quot;%1&quot; is incomplete (a part is missing or was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/KeychainStore.cpp" line="243"/>
        <source>the keychain entry &quot;%1&quot; is incomplete (a part is missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::LocalLane</name>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="116"/>
        <source>not a local probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="124"/>
        <source>%1 was not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="139"/>
        <source>%1 did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="148"/>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="152"/>
        <source>the local project directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="166"/>
        <source>git rev-parse HEAD failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="170"/>
        <source>the local checkout is at %1, not at %2: check out the target first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/checklists/LocalLane.cpp" line="178"/>
        <source>HEAD is %1 but the tree is not clean (%n change(s)), e.g. %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="181"/>
        <source>HEAD %1, clean tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="197"/>
        <source>docker compose ps failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="209"/>
        <source>the local stack is not running: start it with docker compose up -d --build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="210"/>
        <source>not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="212"/>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="231"/>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="232"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="232"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="245"/>
        <source>ps failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="255"/>
        <source>no stripe listen --forward-to …%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="273"/>
        <source>start the lane first: only webhooks after its start count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="281"/>
        <source>docker compose logs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/LocalLane.cpp" line="291"/>
        <source>no &quot;%1&quot; line in the backend logs since the lane started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="40"/>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="275"/>
        <source>Stratum Deploy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="53"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="55"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="56"/>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="57"/>
        <source>Releases / Rollback</source>
        <translation>Releases / Rollback</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="60"/>
        <source>Command packs</source>
        <translation>Befehlspakete</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="61"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="62"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="180"/>
        <source>About Stratum Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="181"/>
        <source>Stratum Deploy %1

Deploy, watch and roll back the Stratum web product: the production runbook as an app.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="218"/>
        <source>Keychain ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="221"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="244"/>
        <source>No system tray here: health shows in this window only, and closing it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="251"/>
        <source>Show Stratum Deploy</source>
        <translation>Stratum Deploy zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="252"/>
        <source>Check health now</source>
        <translation>Zustand jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="193"/>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="253"/>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="257"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="302"/>
        <source>Stratum %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="276"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="306"/>
        <source> · live: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="327"/>
        <source>Still watching</source>
        <translation>Überwachung läuft weiter</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="327"/>
        <source>Stratum Deploy keeps watching %1 from the tray; quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="57"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2/%3 on &lt;code&gt;%4&lt;/code&gt;, droplet &lt;code&gt;%5&lt;/code&gt; (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="26"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="27"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="28"/>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="29"/>
        <source>FAILING</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="75"/>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="75"/>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="87"/>
        <source>Rotating credentials (runbook §8.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="123"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="126"/>
        <source>Oldest left: + healthy, ~ degraded, x failing, ? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="135"/>
        <source>No droplet is set up yet: Settings → Add droplet… walks through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/overview/OverviewPage.cpp" line="139"/>
        <source>every %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="140"/>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; on %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="142"/>
        <source>probing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="142"/>
        <source>not watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="161"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="163"/>
        <source>Watching &lt;code&gt;%1&lt;/code&gt;: backend, frontend and worker must stay healthy for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="173"/>
        <source>Roll back to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="179"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="179"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="181"/>
        <source>&lt;code&gt;%1&lt;/code&gt; stayed healthy for the whole watch: run the post-deploy smoke and mark it known-good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="196"/>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="198"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/td&gt;&lt;td&gt;%3%4&lt;/td&gt;&lt;td&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="205"/>
        <source>&lt;br&gt;Release log: %1 by %2 on %3 (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="208"/>
        <source>, &lt;b&gt;known-good&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="208"/>
        <source>, not known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="215"/>
        <source>No known-good release to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="228"/>
        <source>Release the pin of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="229"/>
        <source>Pin production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="236"/>
        <source>Pin production at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="238"/>
        <source>You rolled back: pin production here so that nobody deploys forward again until the cause is fixed (the reason is shown to everyone who tries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="247"/>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="254"/>
        <source>Pin production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="248"/>
        <source>Forward deploys will be refused until the pin is released. Why? (everyone who tries reads this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="249"/>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="266"/>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="274"/>
        <source>Release the pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="268"/>
        <source>Pinned to %1 by %2: &quot;%3&quot;. Why may forward deploys go again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="270"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="283"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="286"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="297"/>
        <source>No known-good release recorded yet. Mark one on the Releases page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="300"/>
        <source>&lt;code&gt;%1&lt;/code&gt; — %2, %3 by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Profile</name>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="49"/>
        <location filename="../src/core/profile/Profile.cpp" line="103"/>
        <location filename="../src/core/profile/Profile.cpp" line="135"/>
        <location filename="../src/core/profile/Profile.cpp" line="146"/>
        <location filename="../src/core/profile/Profile.cpp" line="537"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="53"/>
        <location filename="../src/core/profile/Profile.cpp" line="114"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="57"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="67"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="81"/>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="93"/>
        <source>must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="107"/>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="127"/>
        <source>must be one of mac, droplet, github-ui (found &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="137"/>
        <location filename="../src/core/profile/Profile.cpp" line="154"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="146"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="219"/>
        <source>must be a workflow file name such as deploy.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="236"/>
        <source>must be a path below the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="248"/>
        <location filename="../src/core/profile/Profile.cpp" line="256"/>
        <location filename="../src/core/profile/Profile.cpp" line="547"/>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="264"/>
        <source>must be &quot;manual&quot; or &quot;automatic&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="278"/>
        <source>must be a GitHub user or organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="281"/>
        <source>must be a GitHub repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="284"/>
        <source>must be a plain branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="295"/>
        <location filename="../src/core/profile/Profile.cpp" line="298"/>
        <source>must be a lowercase image name such as ghcr.io/owner/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="302"/>
        <source>must be &quot;backend&quot; or &quot;frontend&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="308"/>
        <source>must contain {sha} or {short_sha} once, with only letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="316"/>
        <location filename="../src/core/profile/Profile.cpp" line="331"/>
        <source>must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="318"/>
        <location filename="../src/core/profile/Profile.cpp" line="320"/>
        <location filename="../src/core/profile/Profile.cpp" line="323"/>
        <source>must be a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="327"/>
        <source>must be a compose service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="334"/>
        <source>must be outside the app directory (the git work tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="341"/>
        <source>must be a path inside the repository (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;; no &apos;..&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="346"/>
        <source>must be plain words (letters, digits and . _ - / : =)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="357"/>
        <source>must be a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="527"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="531"/>
        <source>the profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="539"/>
        <source>version %1 is not supported (this build reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="564"/>
        <location filename="../src/core/profile/Profile.cpp" line="578"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="571"/>
        <source>must hold at least one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="594"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/profile/Profile.cpp" line="605"/>
        <source>the built-in profile is missing from this build</source>
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
    <message>
        <location filename="../src/core/github/Protection.cpp" line="100"/>
        <source>PR required: %1 · ≥ 1 approval: %2 · status checks: %3 · direct pushes restricted: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Recovery</name>
    <message>
        <location filename="../src/core/deploy/Recovery.cpp" line="55"/>
        <source>recorded after its app stopped: the droplet finished the steps on its own, the checks after them did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Recovery.cpp" line="65"/>
        <source>recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: it succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/Recovery.cpp" line="67"/>
        <source>recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: %4 at &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::RegistryClient</name>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="88"/>
        <source>%1 is not in the registry (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="95"/>
        <source>%1: the registry refused without saying how to log in (no Bearer challenge); check the registry address in the profile</source>
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
        <location filename="../src/core/registry/RegistryClient.cpp" line="149"/>
        <source>the registry&apos;s token service is failing (HTTP %1); try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="150"/>
        <source>cannot reach the registry&apos;s token service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/registry/RegistryClient.cpp" line="158"/>
        <source>the registry&apos;s token answer holds no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::ReleaseLog</name>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="77"/>
        <source>sha: &quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="82"/>
        <source>time: not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="88"/>
        <source>method: must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="93"/>
        <source>result: must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="107"/>
        <source>backendDigest/frontendDigest: must look like sha256:&lt;64 hex digits&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="227"/>
        <source>Roll back to %1 — known-good since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="229"/>
        <source>deployed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="230"/>
        <source>deployed yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="231"/>
        <source>deployed %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="232"/>
        <source>Roll back to %1 — known-good since %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="280"/>
        <source>not a release log: invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="283"/>
        <source>not a Stratum Deploy release log (&quot;format&quot; is not %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="285"/>
        <source>release log version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="289"/>
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
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="44"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="47"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="52"/>
        <source>%n release(s), %1 known-good</source>
        <translation>
            <numerusform>%n Release, %1 bewährt</numerusform>
            <numerusform>%n Releases, %1 bewährt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="72"/>
        <source>Pre-flight, then one confirmation showing current → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="73"/>
        <source>Pick a known-good release: only those are rollback targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="84"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="112"/>
        <source>Mark known-good</source>
        <translation>Als bewährt markieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="118"/>
        <source>Mark known-good without smoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="119"/>
        <source>The post-deploy smoke of %1 has not passed; still open:
  • %2

Run it on the Checklists page, or type why this release is known-good anyway (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="135"/>
        <source>Forget release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="135"/>
        <source>Remove every entry for %1 from the release log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="135"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="140"/>
        <source>Forgot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="147"/>
        <source>Export release log</source>
        <translation>Release-Log exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="147"/>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="169"/>
        <source>Release log (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="160"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="164"/>
        <source>Exported the release log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="169"/>
        <source>Import release log</source>
        <translation>Release-Log importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="180"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="185"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="189"/>
        <source>Not imported: the file belongs to profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="194"/>
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
        <location filename="../src/core/ssh/RemoteHosts.cpp" line="67"/>
        <source>no host named &quot;%1&quot;; add it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::RepoScan</name>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="27"/>
        <source>Stripe live secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="28"/>
        <source>Stripe live restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="29"/>
        <source>Stripe webhook signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="30"/>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="31"/>
        <source>GitHub fine-grained token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="32"/>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="33"/>
        <source>AWS access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="34"/>
        <source>DigitalOcean token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="35"/>
        <source>Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="107"/>
        <source>git is not installed, so the repository was not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="116"/>
        <source>%1 is not a git checkout, so its tracked files were not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="126"/>
        <source>git grep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/RepoScan.cpp" line="137"/>
        <source>git could not be started, so the repository was not scanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::RunningNow</name>
    <message>
        <location filename="../src/core/droplet/RunningNow.cpp" line="40"/>
        <source>docker compose ps ended with exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::SettingsPage</name>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="32"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="38"/>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="60"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="239"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="75"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="76"/>
        <source>ssh-agent, then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="76"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="98"/>
        <source>a host named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="101"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="108"/>
        <source>Host not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="115"/>
        <source>Added host &quot;%1&quot; to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="129"/>
        <source>Host not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="135"/>
        <source>Removed host &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="148"/>
        <source>Reading the host key of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="154"/>
        <source>Host key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="161"/>
        <source>%1&apos;s host key %2 is trusted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="165"/>
        <source>Trust host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="166"/>
        <source>%1 (%2:%3) presents this host key:

%4 %5

Compare it with the droplet&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console). Trust it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="170"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="183"/>
        <source>Not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="188"/>
        <source>Trusted %1 %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="204"/>
        <source>Type a new value into a field to store it; empty fields keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="215"/>
        <source>Saved to the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="226"/>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="248"/>
        <source>stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="248"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="249"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="249"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="249"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
</context>
<context>
    <name>Stratum::SetupProbes</name>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="172"/>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="181"/>
        <source>no GitHub token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="189"/>
        <source>all present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="190"/>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="96"/>
        <source>%1 is missing on the droplet: create it from the example (runbook §1.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="114"/>
        <source>a .env file exists on the droplet: production uses only %1; remove .env (runbook §2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="158"/>
        <source>no droplet is set up: add it in Settings or with stratumctl host add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="198"/>
        <source>no droplet is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="208"/>
        <source>required keys present, no problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="209"/>
        <source>problems with: %1 (stratumctl env-lint --production says what to fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/checklists/SetupProbes.cpp" line="213"/>
        <source>not a setup probe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Sha</name>
    <message>
        <location filename="../src/core/releases/Sha.cpp" line="49"/>
        <source>&quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/Sha.cpp" line="50"/>
        <source>&quot;%1&quot; is not a commit SHA: use 7 to 40 hex digits</source>
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
        <location filename="../src/core/smoke/Smoke.cpp" line="77"/>
        <source>the smoke stopped: the health monitor was replaced (the hosts changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="102"/>
        <source>live: %1; ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/smoke/Smoke.cpp" line="132"/>
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
        <location filename="../src/core/ssh/SshSession.cpp" line="279"/>
        <source>%1 (%2:%3) accepted the connection but did not complete the SSH handshake within %4 s; check that an SSH server listens on that port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="284"/>
        <source>%1 (%2:%3) did not answer within %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="302"/>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="324"/>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="352"/>
        <source>cannot create a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="359"/>
        <location filename="../src/core/ssh/SshSession.cpp" line="378"/>
        <source>cannot connect to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="384"/>
        <source>libssh2 could not create a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="410"/>
        <source>SSH handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="485"/>
        <source>the server sent no host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="529"/>
        <source>ssh-agent is not usable. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="540"/>
        <source>ssh-agent offered no key the server accepts. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="556"/>
        <source>No key file is configured for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="572"/>
        <source>Cannot use the key %1: unreadable, unsupported, or the passphrase (ssh-passphrase/%2 in the keychain) is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="575"/>
        <source>%1 refused the key %2 for user %3: is its public key in ~/.ssh/authorized_keys on the droplet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="590"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="606"/>
        <source>the connection to %1 was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="633"/>
        <source>connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="633"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/ssh/SshSession.cpp" line="660"/>
        <source>the session was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::StatusCenter</name>
    <message>
        <location filename="../src/gui/status/StatusCenter.cpp" line="35"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusCenter.cpp" line="53"/>
        <source>no droplet is set up yet: add it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::StatusStrip</name>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="25"/>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot read what runs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="25"/>
        <source>Droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="29"/>
        <source>&lt;b&gt;%1 is MIXED&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="31"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs images not tagged by a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="33"/>
        <source>, deployed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="36"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs &lt;code&gt;%2&lt;/code&gt; %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="38"/>
        <source>known-good</source>
        <translation type="unfinished">bewährt</translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="38"/>
        <source>&lt;b&gt;not known-good&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="41"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="44"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="46"/>
        <source>locked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="47"/>
        <source>lock free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="49"/>
        <source>&lt;b&gt;pinned&lt;/b&gt; to &lt;code&gt;%1&lt;/code&gt; by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="70"/>
        <source>Reading what runs on the droplet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="86"/>
        <source>Roll back to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/status/StatusStrip.cpp" line="88"/>
        <source>Finish the deploy of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::TokenPermissions</name>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="68"/>
        <source>Metadata: Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="68"/>
        <source>see the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="69"/>
        <source>Contents: Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="69"/>
        <source>the head of %1 and commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="71"/>
        <source>Actions: Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="71"/>
        <source>follow deploy runs and their logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="74"/>
        <source>Actions: Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="74"/>
        <source>dispatch and cancel the deploy workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="76"/>
        <source>Checks: Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="76"/>
        <source>CI of a SHA (the gates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="78"/>
        <source>Commit statuses: Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="78"/>
        <source>CI of a SHA (combined status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="80"/>
        <source>Secrets: Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="80"/>
        <source>the Actions secrets check, by name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="83"/>
        <source>Administration: Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="83"/>
        <source>the branch protection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="97"/>
        <source>HTTP %1 %2 (needs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="99"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="115"/>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="115"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="148"/>
        <source>this classic token cannot reach everything: give it the repo scope, or better use a fine-grained token for the repository with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connection/TokenPermissions.cpp" line="150"/>
        <source>on github.com → Settings → Developer settings → Fine-grained tokens → this token → Repository permissions, grant: %1; then check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::TokenScopes</name>
    <message>
        <location filename="../src/core/hygiene/TokenScopes.cpp" line="21"/>
        <source>the GHCR token names no scopes (a fine-grained token): check on github.com that it can only read packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/TokenScopes.cpp" line="37"/>
        <source>the GHCR token has more than read:packages (%1): make a new classic token with only read:packages for the droplet (runbook §8.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/TokenScopes.cpp" line="40"/>
        <source>the GHCR token lacks read:packages: the droplet cannot pull with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/hygiene/TokenScopes.cpp" line="42"/>
        <source>the GHCR token has only read:packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::Vault</name>
    <message>
        <location filename="../src/core/keychain/Vault.cpp" line="88"/>
        <source>the stored %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/Vault.cpp" line="114"/>
        <source>release log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/keychain/Vault.cpp" line="136"/>
        <source>checklist state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::WorkflowDeploy</name>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="79"/>
        <source>no droplet is set up: the droplet&apos;s deploy lock is not taken for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="91"/>
        <source>took the droplet&apos;s deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="102"/>
        <source>another deploy holds the droplet&apos;s lock: %1 on %2 since %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="108"/>
        <source>could not take the droplet&apos;s deploy lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="123"/>
        <source>released the droplet&apos;s deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="124"/>
        <source>could not release the droplet&apos;s deploy lock: break it with stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="47"/>
        <source>workflow deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="67"/>
        <source>run %1 of the deploy workflow is %2 (%3); wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="137"/>
        <source>dispatching &quot;%1&quot; on %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="161"/>
        <source>run %1 deploys %2, not the checked %3: cancelled it (%4 moved meanwhile; check the new head and deploy again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="168"/>
        <source> (the cancel failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="177"/>
        <source>lost track of the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="184"/>
        <source>run %1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="184"/>
        <source>run %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="199"/>
        <source>backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="200"/>
        <source>backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="202"/>
        <source>; backend live and ready on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="207"/>
        <source>checking %1 on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="212"/>
        <source>, but %1 failed on the droplet: %2 — consider rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="225"/>
        <source>GitHub is cancelling the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="225"/>
        <source>cancel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="260"/>
        <source> (not recorded: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/WorkflowDeploy.cpp" line="260"/>
        <source>; recorded in the release log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::WorkflowDispatcher</name>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="103"/>
        <source>GitHub&apos;s dispatch answer has no workflow_run_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="137"/>
        <source>the dispatch was accepted but no run appeared within %1 s; look at the Actions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="138"/>
        <source>the dispatch got no good answer (%1) and no run appeared within %2 s, so it probably did not start; look at the Actions page before dispatching again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowRuns.cpp" line="149"/>
        <source>%1 runs started since the dispatch; following the newest (%2) — someone else may have started one too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/stratum-deploy/main.cpp" line="27"/>
        <source>Print the version, the commit and the libraries, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/stratum-deploy/main.cpp" line="29"/>
        <source>Use the profile in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/stratum-deploy/main.cpp" line="32"/>
        <source>Open every page, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
