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
        <location filename="../ui/checklistspage.ui" line="60"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="65"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="70"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checklistspage.ui" line="75"/>
        <source>State</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/deploypage.ui" line="178"/>
        <source>Check GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="181"/>
        <source>Read the head of main, its CI state and the branch protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="188"/>
        <source>Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="191"/>
        <source>Open the workflow run on github.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="201"/>
        <source>Restart with new env (§9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="204"/>
        <source>docker compose up with the running image tags, after changing .env.production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="211"/>
        <source>Recreate frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="214"/>
        <source>After NEXT_PUBLIC_* changes; keeps the running image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="221"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="224"/>
        <source>Stops at the next safe point: between steps or while waiting for images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="234"/>
        <source>Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="260"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="265"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="270"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="275"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/deploypage.ui" line="280"/>
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
        <translation type="unfinished"></translation>
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
        <source>Not read yet: the droplet is read over SSH once a host is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="52"/>
        <source>Read from droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="62"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="68"/>
        <source>Backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="75"/>
        <location filename="../ui/overviewpage.ui" line="96"/>
        <location filename="../ui/overviewpage.ui" line="117"/>
        <location filename="../ui/overviewpage.ui" line="138"/>
        <source>not watched yet</source>
        <translation>noch nicht überwacht</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="82"/>
        <location filename="../ui/overviewpage.ui" line="103"/>
        <location filename="../ui/overviewpage.ui" line="124"/>
        <location filename="../ui/overviewpage.ui" line="145"/>
        <location filename="../ui/overviewpage.ui" line="161"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="89"/>
        <source>Backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="110"/>
        <source>Frontend (port 3000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="131"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="155"/>
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
        <location filename="../src/core/releases/ReleaseLog.cpp" line="71"/>
        <source>sha: &quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="76"/>
        <source>time: not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="82"/>
        <source>method: must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="87"/>
        <source>result: must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="98"/>
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
</context>
<context>
    <name>Stratum::ChecklistsPage</name>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="13"/>
        <source>§%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="27"/>
        <source>Required before every production deploy of a SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="28"/>
        <source>Informational: not a deploy gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="33"/>
        <source>automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="34"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../src/gui/checklists/ChecklistsPage.cpp" line="35"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>Stratum::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="87"/>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="116"/>
        <source>cannot use the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="149"/>
        <source>usage: stratumctl restart env|frontend [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="159"/>
        <source>unknown command &quot;%1&quot;; see stratumctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="164"/>
        <source>usage: stratumctl [--profile FILE] [--json] COMMAND

  profile show | export FILE | import FILE
  host add NAME --address ADDR [--port N] [--user USER] [--key PATH | --agent]
  host list | remove NAME
  secrets set NAME        value read from standard input, never from the command line
  secrets status          which secrets are set (never their values)
  releases list [--known-good] | mark-good SHA [--note TEXT] | forget SHA
  releases export FILE | import FILE | import-runs   (successful deploy runs as candidates)
  host trust NAME --fingerprint SHA256:…
  exec [--host NAME] -- COMMAND…     run a [Droplet] command; its exit status is the remote one
  deploy --via ssh --sha SHA [--yes] [--reason TEXT] [--host NAME]
  deploy --via workflow [--sha SHA] [--yes]   dispatch the deploy workflow on the branch, follow it
  run watch RUN_ID
  rollback --to SHA [--yes] [--reason TEXT] [--host NAME]
  restart env|frontend [--yes]       env-only restarts (runbook §9), image tags unchanged
  lock status | release [--force]
  diag ps | logs SERVICE [--tail N]
  ci-status SHA                      CI state of a commit (exit 0 only when green)
  protection                         branch protection of the deploy branch (runbook 1.3)
  actions-secrets                    the Actions secrets the deploy workflow needs (names only)

secret names: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST
exit codes: 0 success, 1 failed, 2 bad usage or input, 3 refused by policy, 4 keychain or credentials unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="197"/>
        <source>self-test: built-in profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="202"/>
        <source>self-test: the built-in profile does not survive export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="205"/>
        <source>self-test passed: profile &quot;%1&quot; with %2 command packs and %3 checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="250"/>
        <source>usage: stratumctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="268"/>
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
        <location filename="../src/cli/Cli.cpp" line="284"/>
        <location filename="../src/cli/Cli.cpp" line="627"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="288"/>
        <source>exported profile &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="295"/>
        <source>profile not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="298"/>
        <source>imported profile &quot;%1&quot;; it is now the active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="301"/>
        <source>usage: stratumctl profile show|export FILE|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="319"/>
        <source>usage: stratumctl host add|list|remove …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="335"/>
        <source>host add needs --address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="338"/>
        <source>port must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="351"/>
        <source>a host named &quot;%1&quot; exists already; remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="361"/>
        <source>added host &quot;%1&quot; (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="393"/>
        <source>no hosts; add one with: stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="399"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="400"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="401"/>
        <source>%n trusted host key(s)</source>
        <translation>
            <numerusform>%n vertrauenswürdiger Host-Schlüssel</numerusform>
            <numerusform>%n vertrauenswürdige Host-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="420"/>
        <location filename="../src/cli/CliRemote.cpp" line="57"/>
        <source>no host named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="435"/>
        <source>removed host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="452"/>
        <source>usage: stratumctl secrets set NAME (value on standard input) | secrets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="458"/>
        <source>secrets set takes the value from standard input only, never from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="465"/>
        <source>unknown secret &quot;%1&quot;; use one of: %2, ssh-passphrase/HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="471"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="478"/>
        <source>no value on standard input; pipe it in, e.g. stratumctl secrets set %1 &lt; file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="487"/>
        <source>stored %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="515"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="515"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="534"/>
        <source>&quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="540"/>
        <source>forgot %n entry(ies) for %1</source>
        <translation>
            <numerusform>%n Eintrag für %1 entfernt</numerusform>
            <numerusform>%n Einträge für %1 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="545"/>
        <source>marked by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="546"/>
        <source>marked %1 known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="556"/>
        <source>usage: stratumctl releases list|mark-good SHA|forget SHA|export FILE|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="575"/>
        <source>the release log of &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="595"/>
        <source>that SHA is not in the release log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="632"/>
        <source>exported %n release(s) to %1</source>
        <translation>
            <numerusform>%n Release nach %1 exportiert</numerusform>
            <numerusform>%n Releases nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="644"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="649"/>
        <location filename="../src/cli/CliRemote.cpp" line="325"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="654"/>
        <source>this release log belongs to profile &quot;%1&quot;, the active profile is &quot;%2&quot; (use --profile, or --force to import anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="661"/>
        <source>imported %n new release(s)</source>
        <translation>
            <numerusform>%n neues Release importiert</numerusform>
            <numerusform>%n neue Releases importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="44"/>
        <source>no host is set up; add one with: stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="48"/>
        <source>several hosts are set up; pick one with --host NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="97"/>
        <source>%1
not a terminal: confirm with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="106"/>
        <source>not confirmed; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="116"/>
        <source>usage: stratumctl exec [--host NAME] -- COMMAND…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="159"/>
        <source>--fingerprint must be the SHA256:… string that ssh-keygen -lf prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="178"/>
        <source>%1 presents %2 %3, not %4: not trusted. Check the fingerprint on the droplet&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="193"/>
        <source>trusted %1 %2 for %3 (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="211"/>
        <source>usage: stratumctl deploy --via ssh --sha SHA [--yes] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="216"/>
        <source>--sha must be a commit SHA of 7 to 40 hex digits, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="230"/>
        <source>usage: stratumctl rollback --to SHA [--yes] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="245"/>
        <source>%1 is not a known-good release; see stratumctl releases list --known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="246"/>
        <source>%1 matches several known-good releases; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="272"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="281"/>
        <source>Deploy %1 to %2 over SSH? current %3 → target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="284"/>
        <source>Roll %1 back? current %2 → target %3 (known-good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="287"/>
        <source>Restart %1 with the running images (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="318"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="318"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="331"/>
        <source> (nothing on the droplet was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="345"/>
        <source>usage: stratumctl lock status | release [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="358"/>
        <source>held by %1 on %2 since %3 (SHA %4, reason: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="366"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="371"/>
        <source>the lock is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="376"/>
        <source>the lock is %1; break it only if that deploy is gone: stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="383"/>
        <source>could not break the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="386"/>
        <source>broke the lock that was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="403"/>
        <source>logs of which service? one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="409"/>
        <source>--tail must be a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliRemote.cpp" line="414"/>
        <source>usage: stratumctl diag ps | logs SERVICE [--tail N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="26"/>
        <source>no GitHub token is set: stratumctl secrets set github-token &lt; token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="47"/>
        <source>&quot;%1&quot; is not a commit SHA (7 to 40 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="86"/>
        <source>%1 is on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="87"/>
        <source>%1 is NOT on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="107"/>
        <source>pull request required before merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="108"/>
        <source>at least 1 approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="109"/>
        <source>status checks must pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="110"/>
        <source>direct pushes restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="124"/>
        <source>required checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="126"/>
        <source>(classic protection unreadable: the token needs %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="128"/>
        <source>Fix it on github.com → %1 → Settings → Branches (runbook 1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="151"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="151"/>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="166"/>
        <source>--sha must be a commit SHA of 7 to 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="174"/>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="181"/>
        <location filename="../src/cli/CliGitHub.cpp" line="287"/>
        <source>--- end of the failed job&apos;s log ---
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="183"/>
        <source>%1 GitHub requests, %2 of them answered 304</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="202"/>
        <source>Dispatch &quot;%1&quot; on %2 to deploy %3? (head of %2: %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="220"/>
        <source>run %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="222"/>
        <source>  job %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="225"/>
        <source>    %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="254"/>
        <source>successful run of the deploy workflow; not known-good until you mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliGitHub.cpp" line="259"/>
        <source>imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="271"/>
        <source>usage: stratumctl run watch RUN_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliGitHub.cpp" line="291"/>
        <source>run %1 ended: %2</source>
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
        <location filename="../src/gui/deploy/DeployPage.cpp" line="35"/>
        <source>GitHub workflow &quot;%1&quot; on %2 (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="38"/>
        <source>SSH by SHA (emergency, runbook §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="42"/>
        <source>§%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="44"/>
        <source>%1 — not enforced by this build yet: do them by hand (Checklists page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="45"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="76"/>
        <source>asking GitHub to cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="80"/>
        <source>cancel requested: stopping at the next safe point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="98"/>
        <source>No GitHub token: set one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="111"/>
        <source>Reading GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="131"/>
        <source>PR required: %1 · ≥ 1 approval: %2 · status checks: %3 · direct pushes restricted: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="156"/>
        <source>Deploy through GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="157"/>
        <source>Dispatch &quot;%1&quot; on %2?

target   %3 (head of %2)

The run is followed here until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="161"/>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="172"/>
        <source>Dispatching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="178"/>
        <source>following run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="191"/>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="197"/>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="399"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="198"/>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="213"/>
        <source>end of the failed job&apos;s log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="254"/>
        <source>A deploy is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="256"/>
        <source>Check GitHub first: the workflow deploys the head of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="259"/>
        <source>That is not the head of %1; the workflow would deploy %2. Use SSH by SHA for an older commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="264"/>
        <source>Add the droplet in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="266"/>
        <source>Enter the commit SHA to deploy.</source>
        <translation>Commit-SHA für das Deployment eingeben.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="268"/>
        <source>A SHA has 7 to 40 hex digits.</source>
        <translation>Eine SHA hat 7 bis 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="293"/>
        <source>Reading what runs on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="306"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="316"/>
        <source>Deploy over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="317"/>
        <source>Deploy to %1?

current  %2
target   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="320"/>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="321"/>
        <source>Roll %1 back to a known-good release?

current  %2
target   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="324"/>
        <source>Restart with new env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="325"/>
        <source>Restart %1 with the running images (%2) and the current .env.production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="328"/>
        <source>Recreate frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="329"/>
        <source>Recreate the frontend of %1 with the running images (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="363"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="381"/>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="387"/>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="397"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="397"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="403"/>
        <source>step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="412"/>
        <source>Done: %1 is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="413"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="415"/>
        <source> Nothing on the droplet was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="233"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="236"/>
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
        <location filename="../src/core/deploy/DropletOperation.cpp" line="276"/>
        <source>cancelled while waiting for the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="80"/>
        <source>git fetch origin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="81"/>
        <source>git checkout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="82"/>
        <source>git pull --ff-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="83"/>
        <source>resolve the SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="87"/>
        <source>%1 is not a commit in the droplet&apos;s clone, even after fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="89"/>
        <source>%1 is ambiguous: it matches %2; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="91"/>
        <source>the droplet answered something that is not a SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="104"/>
        <source>pre-flight: %1 is known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="114"/>
        <source>%1 is not marked known-good in the release log; only known-good releases are rollback targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="118"/>
        <source>pre-flight: droplet reachable, host key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="119"/>
        <source>pre-flight: deploy lock is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="123"/>
        <source>the deploy lock is held by %1 on %2 since %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="129"/>
        <source>pre-flight: disk space for the pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="134"/>
        <source>could not read the free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="136"/>
        <source>only %1 MiB free on the droplet; the pull needs at least %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="141"/>
        <source>pre-flight: compose file of current and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="151"/>
        <source>warning: %1 differs between the running release and %2; the rollback uses the compose file checked out on the droplet now.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="166"/>
        <source>recreate the frontend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="166"/>
        <source>compose up with the running image tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="171"/>
        <source>verify the image tags did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="180"/>
        <source>%1 now runs %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="184"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="352"/>
        <source>backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="211"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="218"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="226"/>
        <source>take the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="250"/>
        <source>another deploy holds the lock: %1 on %2 since %3 (SHA %4, reason: %5). Wait for it, or break a stale lock with: stratumctl lock release --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="253"/>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="264"/>
        <source>wait for both images in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="264"/>
        <source>pre-flight: both images in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="265"/>
        <source>HEAD %1 and %2 in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="293"/>
        <source>both images are in the registry: %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="304"/>
        <source>the images did not appear within %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="307"/>
        <source>waiting for the images for %1 … (%2 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="316"/>
        <source>droplet sees the backend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="316"/>
        <source>droplet sees the frontend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="321"/>
        <source>the droplet cannot see the image (its GHCR login may be stale after a token rotation: run docker login ghcr.io on the droplet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="329"/>
        <source>pull the backend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="330"/>
        <source>pull the frontend image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="331"/>
        <source>compose up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="336"/>
        <source>compose ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="345"/>
        <source>the %1 service is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="347"/>
        <source>the %1 service is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="351"/>
        <source>backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="357"/>
        <source>read what runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="369"/>
        <source>cannot tell which images run now (no backend or frontend container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="388"/>
        <source>cancelled before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="394"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="420"/>
        <source>step &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="434"/>
        <source>the connection dropped during &quot;%1&quot;: its outcome is unknown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="467"/>
        <source>could not release the deploy lock: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="485"/>
        <source>after reconnecting, the droplet runs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="487"/>
        <source>could not read what runs on the droplet after the drop: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="523"/>
        <source>interrupted at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="529"/>
        <location filename="../src/core/deploy/DropletOperation.cpp" line="537"/>
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
    <name>Stratum::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="28"/>
        <source>Stratum Deploy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="36"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="37"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="38"/>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="39"/>
        <source>Releases / Rollback</source>
        <translation>Releases / Rollback</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="42"/>
        <source>Command packs</source>
        <translation>Befehlspakete</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="43"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="44"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="94"/>
        <source>Keychain ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="97"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="15"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2/%3 on &lt;code&gt;%4&lt;/code&gt;, droplet &lt;code&gt;%5&lt;/code&gt; (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="19"/>
        <source>Frontend (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="21"/>
        <source>not watched yet</source>
        <translation>noch nicht überwacht</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="30"/>
        <source>No droplet is set up yet: add it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="35"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="55"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — &lt;code&gt;%3&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="57"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="67"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="70"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="75"/>
        <source>No known-good release recorded yet. Mark one on the Releases page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="79"/>
        <source>&lt;code&gt;%1&lt;/code&gt; — %2, %3 by %4</source>
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
        <location filename="../src/core/releases/ReleaseLog.cpp" line="229"/>
        <source>not a release log: invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="232"/>
        <source>not a Stratum Deploy release log (&quot;format&quot; is not %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="234"/>
        <source>release log version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/releases/ReleaseLog.cpp" line="238"/>
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
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="38"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="41"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="46"/>
        <source>%n release(s), %1 known-good</source>
        <translation>
            <numerusform>%n Release, %1 bewährt</numerusform>
            <numerusform>%n Releases, %1 bewährt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="66"/>
        <source>Pre-flight, then one confirmation showing current → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="67"/>
        <source>Pick a known-good release: only those are rollback targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="77"/>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="84"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="102"/>
        <source>Mark known-good</source>
        <translation>Als bewährt markieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="103"/>
        <source>Mark %1 known-good, as a rollback target.
Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="106"/>
        <source>marked by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="107"/>
        <source>Marked %1 known-good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="118"/>
        <source>Forget release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="119"/>
        <source>Remove every entry for %1 from the release log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="122"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="129"/>
        <source>Forgot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="137"/>
        <source>Export release log</source>
        <translation>Release-Log exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="137"/>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="159"/>
        <source>Release log (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="150"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="154"/>
        <source>Exported the release log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="159"/>
        <source>Import release log</source>
        <translation>Release-Log importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="170"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="175"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="179"/>
        <source>Not imported: the file belongs to profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="184"/>
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
        <location filename="../src/core/ssh/RemoteHosts.cpp" line="40"/>
        <source>no host named &quot;%1&quot;; add it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::SettingsPage</name>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="45"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="246"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="60"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="61"/>
        <source>ssh-agent, then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="61"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="82"/>
        <source>a host named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="85"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="92"/>
        <source>Host not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="99"/>
        <source>Added host &quot;%1&quot; to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="113"/>
        <source>Host not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="119"/>
        <source>Removed host &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="139"/>
        <source>Reading the host key of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="145"/>
        <source>Host key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="155"/>
        <source>%1&apos;s host key %2 is trusted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="159"/>
        <source>Trust host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="160"/>
        <source>%1 (%2:%3) presents this host key:

%4 %5

Compare it with the droplet&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console). Trust it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="166"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="190"/>
        <source>Not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="195"/>
        <source>Trusted %1 %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="211"/>
        <source>Type a new value into a field to store it; empty fields keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="222"/>
        <source>Saved to the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="233"/>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="255"/>
        <source>stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="255"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="256"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="256"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="256"/>
        <source>set</source>
        <translation>gesetzt</translation>
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
</context>
<context>
    <name>Stratum::WorkflowDeploy</name>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="27"/>
        <source>GitHub&apos;s answer for %1 has no commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="39"/>
        <source>&quot;%1&quot; is not a commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="51"/>
        <source>%1 is not the head of %2 (%3): the workflow deploys %2 as it is when the run starts. Deploy an older SHA over SSH (stratumctl deploy --via ssh --sha %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="57"/>
        <source>give the full 40-digit SHA to deploy a commit other than the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="77"/>
        <source>run %1 of the deploy workflow is %2 (%3); wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="94"/>
        <source>dispatching &quot;%1&quot; on %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="118"/>
        <source>run %1 deploys %2, not the checked %3: cancelled it (%4 moved meanwhile; check the new head and deploy again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="122"/>
        <source> (the cancel failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="131"/>
        <source>lost track of the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="136"/>
        <source>run %1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="136"/>
        <source>run %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="146"/>
        <source>GitHub is cancelling the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="146"/>
        <source>cancel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="172"/>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="179"/>
        <source> (not recorded: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/github/WorkflowDeploy.cpp" line="179"/>
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
        <location filename="../src/app/stratum-deploy/main.cpp" line="30"/>
        <source>Use the profile in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/stratum-deploy/main.cpp" line="33"/>
        <source>Open every page, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
