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
        <location filename="../ui/commandpackspage.ui" line="19"/>
        <source>The runbook&apos;s commands, one context per block. [Droplet] blocks never run on this Mac, [Mac] blocks never run on the droplet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commandpackspage.ui" line="40"/>
        <source>Pack</source>
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
        <location filename="../ui/deploypage.ui" line="93"/>
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
        <location filename="../ui/deploypage.ui" line="65"/>
        <source>Gates</source>
        <translation>Freigaben</translation>
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
        <location filename="../ui/diagnosticspage.ui" line="19"/>
        <source>Containers on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="25"/>
        <source>Containers, log tails and common causes appear here once a droplet host is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="38"/>
        <source>Common causes (runbook §10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosticspage.ui" line="57"/>
        <source>Files of this app</source>
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
        <location filename="../ui/overviewpage.ui" line="48"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="54"/>
        <source>Backend live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="61"/>
        <location filename="../ui/overviewpage.ui" line="82"/>
        <location filename="../ui/overviewpage.ui" line="103"/>
        <location filename="../ui/overviewpage.ui" line="124"/>
        <source>not watched yet</source>
        <translation>noch nicht überwacht</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="68"/>
        <location filename="../ui/overviewpage.ui" line="89"/>
        <location filename="../ui/overviewpage.ui" line="110"/>
        <location filename="../ui/overviewpage.ui" line="131"/>
        <location filename="../ui/overviewpage.ui" line="147"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="75"/>
        <source>Backend ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="96"/>
        <source>Frontend (port 3000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="117"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.ui" line="141"/>
        <source>Last known-good release</source>
        <translation>Letztes bewährtes Release</translation>
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
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="184"/>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="196"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="204"/>
        <source>GitHub token:</source>
        <translation>GitHub-Token:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="214"/>
        <location filename="../ui/settingspage.ui" line="228"/>
        <location filename="../ui/settingspage.ui" line="245"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="221"/>
        <source>GHCR user name:</source>
        <translation>GHCR-Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="235"/>
        <source>GHCR token:</source>
        <translation>GHCR-Token:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="273"/>
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
        <location filename="../src/cli/Cli.cpp" line="129"/>
        <source>unknown command &quot;%1&quot;; see stratumctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="134"/>
        <source>usage: stratumctl [--profile FILE] [--json] COMMAND

  profile show | export FILE | import FILE
  host add NAME --address ADDR [--port N] [--user USER] [--key PATH | --agent]
  host list | remove NAME
  secrets set NAME        value read from standard input, never from the command line
  secrets status          which secrets are set (never their values)
  releases list [--known-good] | mark-good SHA [--note TEXT] | forget SHA
  releases export FILE | import FILE

secret names: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST
exit codes: 0 success, 1 failed, 2 bad usage or input, 3 refused by policy, 4 keychain or credentials unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="155"/>
        <source>self-test: built-in profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="160"/>
        <source>self-test: the built-in profile does not survive export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="163"/>
        <source>self-test passed: profile &quot;%1&quot; with %2 command packs and %3 checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="208"/>
        <source>usage: stratumctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="226"/>
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
        <location filename="../src/cli/Cli.cpp" line="242"/>
        <location filename="../src/cli/Cli.cpp" line="581"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="246"/>
        <source>exported profile &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="253"/>
        <source>profile not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="256"/>
        <source>imported profile &quot;%1&quot;; it is now the active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="259"/>
        <source>usage: stratumctl profile show|export FILE|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="275"/>
        <source>usage: stratumctl host add|list|remove …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="291"/>
        <source>host add needs --address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="294"/>
        <source>port must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="307"/>
        <source>a host named &quot;%1&quot; exists already; remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="317"/>
        <source>added host &quot;%1&quot; (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="349"/>
        <source>no hosts; add one with: stratumctl host add NAME --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="355"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="356"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="357"/>
        <source>%n trusted host key(s)</source>
        <translation><numerusform>%n vertrauenswürdiger Host-Schlüssel</numerusform><numerusform>%n vertrauenswürdige Host-Schlüssel</numerusform></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="376"/>
        <source>no host named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="391"/>
        <source>removed host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="408"/>
        <source>usage: stratumctl secrets set NAME (value on standard input) | secrets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="414"/>
        <source>secrets set takes the value from standard input only, never from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="421"/>
        <source>unknown secret &quot;%1&quot;; use one of: %2, ssh-passphrase/HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="427"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="434"/>
        <source>no value on standard input; pipe it in, e.g. stratumctl secrets set %1 &lt; file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="443"/>
        <source>stored %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="471"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="471"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="490"/>
        <source>&quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="496"/>
        <source>forgot %n entry(ies) for %1</source>
        <translation><numerusform>%n Eintrag für %1 entfernt</numerusform><numerusform>%n Einträge für %1 entfernt</numerusform></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="501"/>
        <source>marked by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="502"/>
        <source>marked %1 known-good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="510"/>
        <source>usage: stratumctl releases list|mark-good SHA|forget SHA|export FILE|import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="529"/>
        <source>the release log of &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="549"/>
        <source>that SHA is not in the release log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="586"/>
        <source>exported %n release(s) to %1</source>
        <translation><numerusform>%n Release nach %1 exportiert</numerusform><numerusform>%n Releases nach %1 exportiert</numerusform></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="598"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="603"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="608"/>
        <source>this release log belongs to profile &quot;%1&quot;, the active profile is &quot;%2&quot; (use --profile, or --force to import anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/Cli.cpp" line="615"/>
        <source>imported %n new release(s)</source>
        <translation><numerusform>%n neues Release importiert</numerusform><numerusform>%n neue Releases importiert</numerusform></translation>
    </message>
</context>
<context>
    <name>Stratum::CommandBlockWidget</name>
    <message>
        <location filename="../src/gui/commandpacks/CommandBlockWidget.cpp" line="54"/>
        <source>Run on droplet</source>
        <translation>Auf dem Droplet ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandBlockWidget.cpp" line="54"/>
        <source>Run locally</source>
        <translation>Lokal ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/commandpacks/CommandBlockWidget.cpp" line="58"/>
        <source>Running from the app is not available in this build yet; copy the block into the right terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::CommandPolicy</name>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="45"/>
        <source>a [GitHub UI] step is done in the browser; open its page instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="47"/>
        <source>this block reads a private key; it is shown for reference and never run by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="49"/>
        <source>a [Droplet] block never runs on this Mac; run it on the droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/commandpacks/CommandPolicy.cpp" line="51"/>
        <source>a [Mac] block never runs on the droplet; run it locally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DeployPage</name>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="15"/>
        <source>GitHub workflow &quot;%1&quot; on %2 (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="18"/>
        <source>SSH by SHA (emergency, runbook §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="23"/>
        <source>§%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="25"/>
        <source>Before a deploy: %1, and CI green for the target SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="26"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="40"/>
        <source>Enter the commit SHA to deploy.</source>
        <translation>Commit-SHA für das Deployment eingeben.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="42"/>
        <source>A SHA has 7 to 40 hex digits.</source>
        <translation>Eine SHA hat 7 bis 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="44"/>
        <source>Deploying from the app is not available in this build yet: follow command pack 4.1 (workflow) or 6 (emergency SSH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="55"/>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/deploy/DeployPage.cpp" line="62"/>
        <source>no host yet (add one in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::DiagnosticsPage</name>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="13"/>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;InvalidPasswordError&lt;/b&gt; in the backend log: the database password in %1 does not match the database. Fix POSTGRES_PASSWORD / DATABASE_URL, then restart (pack 9).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Placeholder JWT_SECRET or OPS_INTERNAL_TOKEN&lt;/b&gt;: set strong values in %1, then restart.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SSH/auth errors in the deploy workflow&lt;/b&gt;: check DROPLET_HOST, DROPLET_USER, DROPLET_SSH_KEY and the key in /root/.ssh/authorized_keys (pack 10.3).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/diagnostics/DiagnosticsPage.cpp" line="20"/>
        <source>Settings: %1
Log: %2
Keychain service: %3 (hosts, tokens, passphrases, release log)</source>
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
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="26"/>
        <source>Stratum Deploy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="32"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="33"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="34"/>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="35"/>
        <source>Releases / Rollback</source>
        <translation>Releases / Rollback</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="36"/>
        <source>Command packs</source>
        <translation>Befehlspakete</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="37"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="38"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="75"/>
        <source>Keychain ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="78"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stratum::OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="11"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2/%3 on &lt;code&gt;%4&lt;/code&gt;, droplet &lt;code&gt;%5&lt;/code&gt; (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="15"/>
        <source>Frontend (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="17"/>
        <source>not watched yet</source>
        <translation>noch nicht überwacht</translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="25"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="28"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="33"/>
        <source>No known-good release recorded yet. Mark one on the Releases page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="37"/>
        <source>&lt;code&gt;%1&lt;/code&gt; — %2, %3 by %4</source>
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
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="19"/>
        <source>Rollback over SSH is not available in this build yet; follow command pack 7 with the selected SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="36"/>
        <source>Reading the release log from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="39"/>
        <source>Release log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="44"/>
        <source>%n release(s), %1 known-good</source>
        <translation><numerusform>%n Release, %1 bewährt</numerusform><numerusform>%n Releases, %1 bewährt</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="70"/>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="77"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="95"/>
        <source>Mark known-good</source>
        <translation>Als bewährt markieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="96"/>
        <source>Mark %1 known-good, as a rollback target.
Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="99"/>
        <source>marked by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="100"/>
        <source>Marked %1 known-good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="111"/>
        <source>Forget release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="112"/>
        <source>Remove every entry for %1 from the release log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="115"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="122"/>
        <source>Forgot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="130"/>
        <source>Export release log</source>
        <translation>Release-Log exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="130"/>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="152"/>
        <source>Release log (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="143"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="147"/>
        <source>Exported the release log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="152"/>
        <source>Import release log</source>
        <translation>Release-Log importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="163"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="168"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="172"/>
        <source>Not imported: the file belongs to profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/releases/ReleasesPage.cpp" line="177"/>
        <source>Imported %n new release(s).</source>
        <translation><numerusform>%n neues Release importiert.</numerusform><numerusform>%n neue Releases importiert.</numerusform></translation>
    </message>
</context>
<context>
    <name>Stratum::SettingsPage</name>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="39"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="164"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="54"/>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="55"/>
        <source>ssh-agent, then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="55"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="76"/>
        <source>a host named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="79"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="86"/>
        <source>Host not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="93"/>
        <source>Added host &quot;%1&quot; to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="107"/>
        <source>Host not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="113"/>
        <source>Removed host &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="129"/>
        <source>Type a new value into a field to store it; empty fields keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="140"/>
        <source>Saved to the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="151"/>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="173"/>
        <source>stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="173"/>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="174"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="174"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settings/SettingsPage.cpp" line="174"/>
        <source>set</source>
        <translation>gesetzt</translation>
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
