<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <source>Target SHA:</source>
        <translation>Ziel-SHA:</translation>
    </message>
    <message>
        <source>The full SHA the checklist is worked through for; state is kept per SHA</source>
        <translation>Der vollständige SHA, für den die Checkliste abgearbeitet wird; der Stand wird je SHA gespeichert</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Who / when</source>
        <translation>Wer / wann</translation>
    </message>
    <message>
        <source>Seen / note</source>
        <translation>Gesehen / Notiz</translation>
    </message>
    <message>
        <source>Note for the confirmation (optional)</source>
        <translation>Notiz zur Bestätigung (optional)</translation>
    </message>
    <message>
        <source>Confirm selected</source>
        <translation>Auswahl bestätigen</translation>
    </message>
    <message>
        <source>Run automatic checks</source>
        <translation>Automatische Prüfungen starten</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Lane actions</source>
        <translation>Aktionen der Strecke</translation>
    </message>
    <message>
        <source>[Mac] Start the local stack</source>
        <translation>[Mac] Lokalen Stack starten</translation>
    </message>
    <message>
        <source>docker compose up -d --build in the local project directory</source>
        <translation>docker compose up -d --build im lokalen Projektverzeichnis</translation>
    </message>
    <message>
        <source>[Mac] Start stripe listen</source>
        <translation>[Mac] stripe listen starten</translation>
    </message>
    <message>
        <source>[Droplet] Create .env.production from the example</source>
        <translation>[Droplet] .env.production aus dem Beispiel anlegen</translation>
    </message>
</context>
<context>
    <name>CommandBlockWidget</name>
    <message>
        <source>[Mac]</source>
        <translation>[Mac]</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this block to the clipboard</source>
        <translation>Diesen Block in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Open in GitHub</source>
        <translation>In GitHub öffnen</translation>
    </message>
</context>
<context>
    <name>CommandPacksPage</name>
    <message>
        <source>Command packs</source>
        <translation>Befehlspakete</translation>
    </message>
    <message>
        <source>The runbook&apos;s commands, one context per block. [Droplet] blocks never run on this Mac, [Mac] blocks never run on the droplet.</source>
        <translation>Die Befehle des Runbooks, ein Kontext je Block. [Droplet]-Blöcke laufen nie auf diesem Mac, [Mac]-Blöcke nie auf dem Droplet.</translation>
    </message>
    <message>
        <source>Droplet:</source>
        <translation>Droplet:</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type an action: deploy, roll back, logs worker, pin…</source>
        <translation>Aktion eintippen: deployen, zurückrollen, Logs worker, festsetzen…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ wählen · Eingabe ausführen · Esc schließen</translation>
    </message>
</context>
<context>
    <name>ConnectionAssistant</name>
    <message>
        <source>Set up a droplet</source>
        <translation>Droplet einrichten</translation>
    </message>
    <message>
        <source>The droplet</source>
        <translation>Das Droplet</translation>
    </message>
    <message>
        <source>Where it is and how to log in. Nothing is saved until the connection test passes.</source>
        <translation>Wo es ist und wie man sich anmeldet. Gespeichert wird erst, wenn der Verbindungstest bestanden ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>104.236.237.83 or droplet.example.com</source>
        <translation>104.236.237.83 oder droplet.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519 — empty: the key in ssh-agent</source>
        <translation>~/.ssh/id_ed25519 — leer: der Schlüssel im ssh-agent</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Try the keys in ssh-agent first</source>
        <translation>Zuerst die Schlüssel im ssh-agent versuchen</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>only if the key file has one (kept in the keychain)</source>
        <translation>nur wenn die Schlüsseldatei eine hat (wird im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>No droplet yet, or first time here? Practise the whole runbook on a droplet the app runs on this machine: deploy, health, the bad night, the way back.</source>
        <translation>Noch kein Droplet, oder zum ersten Mal hier? Üben Sie das ganze Runbook an einem Droplet, das die App auf diesem Rechner betreibt: Deploy, Gesundheit, die schlimme Nacht, der Weg zurück.</translation>
    </message>
    <message>
        <source>Rehearse on this machine first</source>
        <translation>Zuerst auf diesem Rechner proben</translation>
    </message>
    <message>
        <source>The droplet&apos;s host key</source>
        <translation>Der Host-Schlüssel des Droplets</translation>
    </message>
    <message>
        <source>Compare it with what the droplet itself says before trusting it: that is what keeps a stranger out of the middle.</source>
        <translation>Vergleichen Sie ihn mit dem, was das Droplet selbst sagt, bevor Sie ihm vertrauen: nur so bleibt kein Fremder dazwischen.</translation>
    </message>
    <message>
        <source>On the droplet&apos;s console (DigitalOcean → the droplet → Access → Droplet Console), run:</source>
        <translation>Führen Sie auf der Konsole des Droplets (DigitalOcean → das Droplet → Access → Droplet Console) aus:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The console prints the same SHA256 fingerprint: trust this key</source>
        <translation>Die Konsole zeigt denselben SHA256-Fingerabdruck: diesem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Logs in and asks the droplet what the deploys need: Compose v2, the docker daemon, the app&apos;s clone, the env file (mode 600).</source>
        <translation>Meldet sich an und fragt das Droplet, was die Deploys brauchen: Compose v2, den Docker-Daemon, den Klon der App, die Env-Datei (Modus 600).</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>A fine-grained token for the repository. Every permission the app needs is tried once, harmlessly; all missing ones are listed together.</source>
        <translation>Ein Fine-grained Token für das Repository. Jede Berechtigung, die die App braucht, wird einmal harmlos ausprobiert; alle fehlenden werden zusammen aufgelistet.</translation>
    </message>
    <message>
        <source>github_pat_…</source>
        <translation>github_pat_…</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Set the token later (the emergency SSH lane works without it; CI and the workflow do not)</source>
        <translation>Token später festlegen (der SSH-Notfallweg geht ohne; CI und der Workflow nicht)</translation>
    </message>
    <message>
        <source>GHCR login</source>
        <translation>GHCR-Anmeldung</translation>
    </message>
    <message>
        <source>The registry&apos;s user and a classic token with only read:packages (runbook §8.1). A token exchange with the registry proves them.</source>
        <translation>Der Benutzer der Registry und ein klassisches Token nur mit read:packages (Runbook §8.1). Ein Token-Tausch mit der Registry beweist beide.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>ghp_… (read:packages)</source>
        <translation>ghp_… (read:packages)</translation>
    </message>
    <message>
        <source>Check the login</source>
        <translation>Anmeldung prüfen</translation>
    </message>
    <message>
        <source>Set the GHCR login later (deploys then cannot check the registry)</source>
        <translation>GHCR-Anmeldung später festlegen (Deploys können die Registry dann nicht prüfen)</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection, or everything, redacted</source>
        <translation>Die Auswahl oder alles kopieren, geschwärzt</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>Protokoll speichern…</translation>
    </message>
</context>
<context>
    <name>DeployPage</name>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Commit SHA:</source>
        <translation>Commit-SHA:</translation>
    </message>
    <message>
        <source>full or short SHA (hex)</source>
        <translation>vollständiger oder kurzer SHA (hex)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Deployed now:</source>
        <translation>Läuft jetzt:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Head of main:</source>
        <translation>Stand von main:</translation>
    </message>
    <message>
        <source>CI:</source>
        <translation>CI:</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Schutz:</translation>
    </message>
    <message>
        <source>Checklists:</source>
        <translation>Checklisten:</translation>
    </message>
    <message>
        <source>Override:</source>
        <translation>Übersteuern:</translation>
    </message>
    <message>
        <source>Emergency only: deploy although the gates are not met. Recorded in the release log and the audit log.</source>
        <translation>Nur im Notfall: deployen, obwohl die Gates nicht erfüllt sind. Wird im Release-Log und im Audit-Log vermerkt.</translation>
    </message>
    <message>
        <source>Why the gates are skipped (required; recorded in the release log and the audit log)</source>
        <translation>Warum die Gates übergangen werden (Pflicht; wird im Release-Log und im Audit-Log vermerkt)</translation>
    </message>
    <message>
        <source>Check GitHub</source>
        <translation>GitHub prüfen</translation>
    </message>
    <message>
        <source>Read the head of main, its CI state and the branch protection</source>
        <translation>Den Stand von main, seinen CI-Zustand und den Branch-Schutz lesen</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Open the workflow run on github.com</source>
        <translation>Den Workflow-Lauf auf github.com öffnen</translation>
    </message>
    <message>
        <source>Restart with new env (§9)</source>
        <translation>Mit neuer Env neu starten (§9)</translation>
    </message>
    <message>
        <source>docker compose up with the running image tags, after changing .env.production</source>
        <translation>docker compose up mit den laufenden Image-Tags, nachdem .env.production geändert wurde</translation>
    </message>
    <message>
        <source>Recreate frontend</source>
        <translation>Frontend neu erstellen</translation>
    </message>
    <message>
        <source>After NEXT_PUBLIC_* changes; keeps the running image tags</source>
        <translation>Nach Änderungen an NEXT_PUBLIC_*; behält die laufenden Image-Tags</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops at the next safe point: between steps or while waiting for images</source>
        <translation>Hält am nächsten sicheren Punkt an: zwischen Schritten oder beim Warten auf Images</translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation>Deployen…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Save incident bundle…</source>
        <translation>Incident-Paket speichern…</translation>
    </message>
    <message>
        <source>compose ps, the last 500 lines of every service, the health answers, digests, disk and memory, the env verdicts, the last releases and the audit log, in one redacted .tar.gz with a summary</source>
        <translation>compose ps, die letzten 500 Zeilen jedes Dienstes, die Health-Antworten, Digests, Platte und Speicher, die Env-Befunde, die letzten Releases und das Audit-Log in einem geschwärzten .tar.gz mit Zusammenfassung</translation>
    </message>
    <message>
        <source>Logs of:</source>
        <translation>Logs von:</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlesen</translation>
    </message>
    <message>
        <source>Show logs</source>
        <translation>Logs zeigen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Common causes (runbook §10)</source>
        <translation>Häufige Ursachen (Runbook §10)</translation>
    </message>
</context>
<context>
    <name>IncidentSummaryDialog</name>
    <message>
        <source>Incident bundle saved</source>
        <translation>Incident-Paket gespeichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stratum Deploy</source>
        <translation>Stratum Deploy</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ablage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Droplet</source>
        <translation>&amp;Droplet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Set up a droplet…</source>
        <translation>Droplet einrichten…</translation>
    </message>
    <message>
        <source>Save incident bundle…</source>
        <translation>Incident-Paket speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Close Window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Quit Stratum Deploy</source>
        <translation>Stratum Deploy beenden</translation>
    </message>
    <message>
        <source>Read what runs now</source>
        <translation>Lesen, was jetzt läuft</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Check health now</source>
        <translation>Zustand jetzt prüfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Undo This Deploy…</source>
        <translation>Diesen Deploy rückgängig machen…</translation>
    </message>
    <message>
        <source>Offered during the health watch after a deploy</source>
        <translation>Angeboten während der Gesundheitswache nach einem Deploy</translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <source>Every action of the app, found by typing</source>
        <translation>Jede Aktion der App, durch Tippen gefunden</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>What runs on the droplet is not read yet</source>
        <translation>Was auf dem Droplet läuft, ist noch nicht gelesen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Watch without changing: deploys, rollbacks, pins and commands that change a droplet are refused</source>
        <translation>Zusehen ohne zu ändern: Deploys, Rollbacks, Pins und Befehle, die ein Droplet ändern, werden abgelehnt</translation>
    </message>
    <message>
        <source>About Stratum Deploy</source>
        <translation>Über Stratum Deploy</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Deployed now</source>
        <translation>Aktuell ausgeliefert</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Roll back to the newest known-good release other than the running one (one confirmation)</source>
        <translation>Auf das neueste bewährte Release außer dem laufenden zurückrollen (eine Bestätigung)</translation>
    </message>
    <message>
        <source>Older…</source>
        <translation>Ältere…</translation>
    </message>
    <message>
        <source>Older known-good releases</source>
        <translation>Ältere bewährte Releases</translation>
    </message>
    <message>
        <source>Pin production…</source>
        <translation>Produktion festsetzen…</translation>
    </message>
    <message>
        <source>Hold production at what runs now: forward deploys are refused until the pin is released</source>
        <translation>Die Produktion auf dem halten, was jetzt läuft: Vorwärts-Deploys werden abgelehnt, bis die Festsetzung aufgehoben ist</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>Zustand live</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Probe the droplet every poll interval (from the profile) while the app runs, also from the tray</source>
        <translation>Das Droplet in jedem Abfrageintervall (aus dem Profil) prüfen, solange die App läuft, auch aus der Menüleiste</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Health watch after the deploy</source>
        <translation>Überwachung nach dem Deploy</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Save incident bundle…</source>
        <translation>Incident-Paket speichern…</translation>
    </message>
    <message>
        <source>Keep the evidence (ps, logs, health answers, digests, disk) in one redacted archive before rolling back</source>
        <translation>Die Belege (ps, Logs, Health-Antworten, Digests, Platte) vor dem Zurückrollen in einem geschwärzten Archiv sichern</translation>
    </message>
    <message>
        <source>Credentials (runbook §8)</source>
        <translation>Zugangsdaten (Runbook §8)</translation>
    </message>
    <message>
        <source>How to rotate…</source>
        <translation>Wie erneuern…</translation>
    </message>
    <message>
        <source>Last known-good release</source>
        <translation>Letztes bewährtes Release</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>GitHub sent a workflow run without id, status or head_sha</source>
        <translation>GitHub hat einen Workflow-Lauf ohne id, status oder head_sha geschickt</translation>
    </message>
    <message>
        <source>GitHub sent a job without id or status</source>
        <translation>GitHub hat einen Job ohne id oder status geschickt</translation>
    </message>
    <message>
        <source>Type %1 to go ahead:</source>
        <translation>Tippen Sie %1, um fortzufahren:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <source>Releases and rollback</source>
        <translation>Releases und Rollback</translation>
    </message>
    <message>
        <source>Every deploy and rollback, newest first. Rollback targets are the known-good releases.</source>
        <translation>Jeder Deploy und Rollback, neueste zuerst. Rollback-Ziele sind die bewährten Releases.</translation>
    </message>
    <message>
        <source>Why the lock is broken (recorded for its holder)</source>
        <translation>Warum die Sperre aufgehoben wird (wird für ihren Inhaber festgehalten)</translation>
    </message>
    <message>
        <source>Break Lock…</source>
        <translation>Sperre aufheben…</translation>
    </message>
    <message>
        <source>Mark known-good…</source>
        <translation>Als bewährt markieren…</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Roll back to selected…</source>
        <translation>Auf Auswahl zurücksetzen…</translation>
    </message>
    <message>
        <source>Promote to production…</source>
        <translation>In Produktion übernehmen…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hosts, tokens and passphrases are kept only in the OS keychain. Stored values are never shown again.</source>
        <translation>Hosts, Tokens und Passphrasen liegen nur im Schlüsselbund des Systems. Gespeicherte Werte werden nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Trusted host keys</source>
        <translation>Vertraute Host-Schlüssel</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>IP address or DNS name</source>
        <translation>IP-Adresse oder DNS-Name</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519 (empty: ssh-agent)</source>
        <translation>~/.ssh/id_ed25519 (leer: ssh-agent)</translation>
    </message>
    <message>
        <source>Use ssh-agent first</source>
        <translation>Zuerst ssh-agent verwenden</translation>
    </message>
    <message>
        <source>Trust host key…</source>
        <translation>Host-Schlüssel vertrauen…</translation>
    </message>
    <message>
        <source>Connect, show the host key fingerprint, and trust it after you compared it</source>
        <translation>Verbinden, den Fingerabdruck des Host-Schlüssels zeigen und ihm nach Ihrem Vergleich vertrauen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>Add it as typed above, without checks (the host key is trusted separately)</source>
        <translation>So wie oben eingegeben hinzufügen, ohne Prüfung (dem Host-Schlüssel wird getrennt vertraut)</translation>
    </message>
    <message>
        <source>Add droplet…</source>
        <translation>Droplet hinzufügen…</translation>
    </message>
    <message>
        <source>The connection assistant: host key, connection test, GitHub token and GHCR login, each checked before it is saved</source>
        <translation>Der Verbindungsassistent: Host-Schlüssel, Verbindungstest, GitHub-Token und GHCR-Anmeldung, jeweils geprüft, bevor gespeichert wird</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>GitHub token:</source>
        <translation>GitHub-Token:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>GHCR user name:</source>
        <translation>GHCR-Benutzername:</translation>
    </message>
    <message>
        <source>GHCR token:</source>
        <translation>GHCR-Token:</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Applies at the next start, to the app and to stratumctl.</source>
        <translation>Gilt ab dem nächsten Start, für die App und für stratumctl.</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>What runs now</source>
        <translation>Was jetzt läuft</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>PROBELAUF</translation>
    </message>
    <message>
        <source>This window works on the rehearsal: a droplet, a registry and a GitHub on this machine. Production is not touched.</source>
        <translation>Dieses Fenster arbeitet am Probelauf: ein Droplet, eine Registry und ein GitHub auf diesem Rechner. Die Produktion bleibt unberührt.</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <source>Read-only mode: nothing that changes a droplet runs from this window or from stratumctl through it. Turn it off in the Droplet menu.</source>
        <translation>Nur-Lesen-Modus: nichts, was ein Droplet ändert, läuft aus diesem Fenster oder über es aus stratumctl. Ausschalten im Menü Droplet.</translation>
    </message>
    <message>
        <source>Reading what runs…</source>
        <translation>Lese, was läuft…</translation>
    </message>
    <message>
        <source>Finish the deploy…</source>
        <translation>Deploy abschließen…</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
</context>
<context>
    <name>Stratum</name>
    <message>
        <source>the droplet</source>
        <translation>das Droplet</translation>
    </message>
    <message>
        <source>(known-good)</source>
        <translation>(bewährt)</translation>
    </message>
    <message>
        <source>(known-good since %1)</source>
        <translation>(bewährt seit %1)</translation>
    </message>
    <message>
        <source>deploying %1 to %2 over SSH (running %3)</source>
        <translation>deploye %1 auf %2 über SSH (läuft: %3)</translation>
    </message>
    <message>
        <source>deploying %1 to %2 through the deploy workflow</source>
        <translation>deploye %1 auf %2 über den Deploy-Workflow</translation>
    </message>
    <message>
        <source>rolling back %1 to %2 %3</source>
        <translation>rolle %1 auf %2 zurück %3</translation>
    </message>
    <message>
        <source>restarting %1 with the current env file</source>
        <translation>starte %1 mit der aktuellen Env-Datei neu</translation>
    </message>
    <message>
        <source>recreating the frontend on %1</source>
        <translation>erstelle das Frontend auf %1 neu</translation>
    </message>
    <message>
        <source> — GATES OVERRIDDEN: %1</source>
        <translation> — GATES ÜBERGANGEN: %1</translation>
    </message>
    <message>
        <source>deployed %1 to %2</source>
        <translation>%1 auf %2 deployt</translation>
    </message>
    <message>
        <source>rolled back %1 to %2 %3</source>
        <translation>%1 auf %2 zurückgerollt %3</translation>
    </message>
    <message>
        <source>restarted %1 with the current env file</source>
        <translation>%1 mit der aktuellen Env-Datei neu gestartet</translation>
    </message>
    <message>
        <source>recreated the frontend on %1</source>
        <translation>Frontend auf %1 neu erstellt</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 %4</source>
        <translation>%1 von %2 auf %3 %4</translation>
    </message>
    <message>
        <source> at step &quot;%1&quot;</source>
        <translation> im Schritt „%1“</translation>
    </message>
    <message>
        <source> (the droplet was changed)</source>
        <translation> (das Droplet wurde verändert)</translation>
    </message>
    <message>
        <source> (nothing on the droplet was changed)</source>
        <translation> (auf dem Droplet wurde nichts geändert)</translation>
    </message>
    <message>
        <source>pinned %1 to %2: forward deploys are held</source>
        <translation>%1 auf %2 festgesetzt: Vorwärts-Deploys werden zurückgehalten</translation>
    </message>
    <message>
        <source>released the pin of %1 (it held %2): deploys may go again</source>
        <translation>Festsetzung von %1 gelöst (sie hielt %2): Deploys dürfen wieder laufen</translation>
    </message>
    <message>
        <source>there is no deploy in the release log to undo</source>
        <translation>im Release-Log steht kein Deploy, der rückgängig zu machen wäre</translation>
    </message>
    <message>
        <source>the last change was a %1 to %2, not a deploy</source>
        <translation>die letzte Änderung war ein %1 auf %2, kein Deploy</translation>
    </message>
    <message>
        <source>undo is offered for %1 min after a deploy; %2 was deployed %3 min ago</source>
        <translation>Rückgängig wird %1 min nach einem Deploy angeboten; %2 wurde vor %3 min deployt</translation>
    </message>
    <message>
        <source>the droplet does not run one release now, so there is no deploy of %1 to undo</source>
        <translation>das Droplet läuft gerade nicht mit einem einzigen Release, also gibt es keinen Deploy von %1 rückgängig zu machen</translation>
    </message>
    <message>
        <source>the droplet runs %1, not %2 that the last deploy put there</source>
        <translation>das Droplet läuft mit %1, nicht mit %2, das der letzte Deploy dorthin brachte</translation>
    </message>
    <message>
        <source>what ran before the deploy of %1 (%2) is not known-good</source>
        <translation>was vor dem Deploy von %1 lief (%2), ist nicht bewährt</translation>
    </message>
    <message>
        <source>the release log does not say what ran before the deploy of %1</source>
        <translation>das Release-Log sagt nicht, was vor dem Deploy von %1 lief</translation>
    </message>
</context>
<context>
    <name>Stratum::Announcement</name>
    <message>
        <source>the webhook URL is empty</source>
        <translation>die Webhook-URL ist leer</translation>
    </message>
    <message>
        <source>the webhook URL is not a valid URL</source>
        <translation>die Webhook-URL ist keine gültige URL</translation>
    </message>
    <message>
        <source>the webhook URL must start with https:// (plain http only to this machine)</source>
        <translation>die Webhook-URL muss mit https:// beginnen (einfaches http nur zu diesem Rechner)</translation>
    </message>
</context>
<context>
    <name>Stratum::Announcer</name>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>its host was not found</source>
        <translation>sein Host wurde nicht gefunden</translation>
    </message>
    <message>
        <source>it closed the connection without an answer</source>
        <translation>er schloss die Verbindung ohne Antwort</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>it answered something that is not HTTP</source>
        <translation>er antwortete etwas, das kein HTTP ist</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>no webhook is set (stratumctl notify set)</source>
        <translation>kein Webhook eingerichtet (stratumctl notify set)</translation>
    </message>
    <message>
        <source>the webhook could not be read from the keychain: %1</source>
        <translation>der Webhook konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>the %1 webhook took it (HTTP %2)</source>
        <translation>der %1-Webhook hat es angenommen (HTTP %2)</translation>
    </message>
    <message>
        <source>The team was not told (%1): %2</source>
        <translation>Das Team wurde nicht benachrichtigt (%1): %2</translation>
    </message>
    <message>
        <source>the %1 webhook did not answer within %2 s</source>
        <translation>der %1-Webhook hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the %1 webhook answered HTTP %2</source>
        <translation>der %1-Webhook antwortete HTTP %2</translation>
    </message>
    <message>
        <source>the %1 webhook could not be reached: %2</source>
        <translation>der %1-Webhook war nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>Stratum::ChangePlan</name>
    <message>
        <source>Deploy over SSH</source>
        <translation>Deploy über SSH</translation>
    </message>
    <message>
        <source>Deploy through GitHub</source>
        <translation>Deploy über GitHub</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Restart with new env</source>
        <translation>Mit neuer Env neu starten</translation>
    </message>
    <message>
        <source>Recreate frontend</source>
        <translation>Frontend neu erstellen</translation>
    </message>
    <message>
        <source>The gates are overridden for %1 on %2, which is %3.</source>
        <translation>Die Schranken sind für %1 auf %2 übergangen, und %2 ist %3.</translation>
    </message>
    <message>
        <source>the running images (%1)</source>
        <translation>die laufenden Images (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the droplet</source>
        <translation>das Droplet</translation>
    </message>
    <message>
        <source>Deploy to %1 over SSH?

current  %2
target   %3</source>
        <translation>Über SSH auf %1 deployen?

aktuell  %2
Ziel     %3</translation>
    </message>
    <message>
        <source>Dispatch the deploy workflow for %1?

current  %2
target   %3 %4

The run is followed until it ends.</source>
        <translation>Den Deploy-Workflow für %1 anstoßen?

aktuell  %2
Ziel     %3 %4

Der Lauf wird bis zu seinem Ende verfolgt.</translation>
    </message>
    <message>
        <source>Roll %1 back to a known-good release?

current  %2
target   %3</source>
        <translation>%1 auf ein bewährtes Release zurückrollen?

aktuell  %2
Ziel     %3</translation>
    </message>
    <message>
        <source>Restart %1 with the running images (%2) and the current env file?</source>
        <translation>%1 mit den laufenden Images (%2) und der aktuellen Env-Datei neu starten?</translation>
    </message>
    <message>
        <source>Recreate the frontend of %1 with the running images (%2)?</source>
        <translation>Das Frontend von %1 mit den laufenden Images (%2) neu erstellen?</translation>
    </message>
    <message>
        <source>compose file: %1</source>
        <translation>Compose-Datei: %1</translation>
    </message>
    <message>
        <source>GATES OVERRIDDEN (%1):</source>
        <translation>GATES ÜBERGANGEN (%1):</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Allowed as a known-good rollback: %1 is known-good (%2). The forward-deploy gates never block a rollback; for information:</source>
        <translation>Als Rollback auf ein bewährtes Release erlaubt: %1 ist bewährt (%2). Die Gates für Vorwärts-Deploys halten nie einen Rollback auf; zur Information:</translation>
    </message>
    <message>
        <source>Its images are on the droplet with the digests the release log recorded: nothing is pulled, the registry is not needed.</source>
        <translation>Seine Images liegen mit den im Release-Log vermerkten Digests auf dem Droplet: nichts wird gezogen, die Registry wird nicht gebraucht.</translation>
    </message>
    <message>
        <source>the forward gates pass for this commit too</source>
        <translation>die Vorwärts-Gates sind auch für diesen Commit erfüllt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>CI is not green: %1</source>
        <translation>CI ist nicht grün: %1</translation>
    </message>
    <message>
        <source>CI could not be read: %1</source>
        <translation>CI konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>images on the droplet (digests match the release log), registry not needed</source>
        <translation>Images auf dem Droplet (Digests wie im Release-Log), Registry nicht gebraucht</translation>
    </message>
    <message>
        <source>dirty clone allowed (%1): %2</source>
        <translation>unsauberer Klon erlaubt (%1): %2</translation>
    </message>
    <message>
        <source>THIS ROLLBACK CROSSES 1 DATABASE MIGRATION that the running release has and %1 does not:</source>
        <translation>DIESER ROLLBACK ÜBERQUERT 1 DATENBANKMIGRATION, die das laufende Release hat und %1 nicht:</translation>
    </message>
    <message>
        <source>THIS ROLLBACK CROSSES %1 DATABASE MIGRATIONS that the running release has and %2 does not:</source>
        <translation>DIESER ROLLBACK ÜBERQUERT %1 DATENBANKMIGRATIONEN, die das laufende Release hat und %2 nicht:</translation>
    </message>
    <message>
        <source>live database revision: %1</source>
        <translation>aktuelle Datenbankrevision: %1</translation>
    </message>
    <message>
        <source>The rollback does not downgrade the database: the older code will run against the newer schema. Downgrade first if that code cannot (alembic downgrade), or accept it.</source>
        <translation>Der Rollback stuft die Datenbank nicht herab: der ältere Code läuft gegen das neuere Schema. Stufen Sie zuerst herab, wenn dieser Code das nicht kann (alembic downgrade), oder nehmen Sie es in Kauf.</translation>
    </message>
    <message>
        <source>production is pinned to %1 by %2 on %3 since %4: &quot;%5&quot;; forward deploys wait until the pin is released (stratumctl pin release --reason TEXT)</source>
        <translation>die Produktion ist von %2 auf %3 seit %4 auf %1 festgesetzt: „%5“; Vorwärts-Deploys warten, bis die Festsetzung aufgehoben ist (stratumctl pin release --reason TEXT)</translation>
    </message>
    <message>
        <source>Promote from %1 to %2 (%3) over SSH?

current  %4
target   %5</source>
        <translation>Von %1 nach %2 (%3) per SSH übernehmen?

aktuell  %4
Ziel     %5</translation>
    </message>
    <message>
        <source>one host at a time: %1. Each next host starts once the one before runs every service and answers live and ready; the change stops at the first host that fails, and that host is rolled back to the release it ran.</source>
        <translation>ein Host nach dem anderen: %1. Jeder nächste Host beginnt erst, wenn der vorige jeden Dienst ausführt und live und ready antwortet; die Änderung hält beim ersten Host an, der scheitert, und dieser Host wird auf das Release zurückgesetzt, das er ausführte.</translation>
    </message>
    <message>
        <source>ran on %1 first: %2</source>
        <translation>lief zuerst auf %1: %2</translation>
    </message>
</context>
<context>
    <name>Stratum::ChangePlanner</name>
    <message>
        <source>--override-gates is not needed for a rollback: a known-good release is allowed by the rollback policy, and nothing is overridden</source>
        <translation>--override-gates braucht ein Rollback nicht: ein bewährtes Release erlaubt die Rollback-Regel, und nichts wird übergangen</translation>
    </message>
    <message>
        <source>the checklists and CI were not read in time (GitHub may be slow or down); a rollback does not wait for them</source>
        <translation>die Checklisten und CI wurden nicht rechtzeitig gelesen (GitHub ist vielleicht langsam oder nicht erreichbar); ein Rollback wartet nicht darauf</translation>
    </message>
    <message>
        <source>the pre-flight found a problem (nothing was changed):
  %1</source>
        <translation>die Vorabprüfung hat ein Problem gefunden (nichts wurde geändert):
  %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>give the commit SHA (7 to 40 hex digits)</source>
        <translation>geben Sie den Commit-SHA an (7 bis 40 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>seit %1: %2</translation>
    </message>
    <message>
        <source>marked known-good</source>
        <translation>als bewährt markiert</translation>
    </message>
    <message>
        <source>pre-flight: %1 is known-good</source>
        <translation>Vorabprüfung: %1 ist bewährt</translation>
    </message>
    <message>
        <source>%1 is not a known-good release; only known-good releases are rollback targets (see stratumctl releases list --known-good)</source>
        <translation>%1 ist kein bewährtes Release; nur bewährte Releases sind Rollback-Ziele (siehe stratumctl releases list --known-good)</translation>
    </message>
    <message>
        <source>%1 matches several known-good releases; give more digits</source>
        <translation>%1 passt auf mehrere bewährte Releases; geben Sie mehr Ziffern an</translation>
    </message>
    <message>
        <source>no droplet is set up: the droplet&apos;s deploy lock is not taken for this run</source>
        <translation>kein Droplet ist eingerichtet: die Deploy-Sperre des Droplets wird für diesen Lauf nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 is not the head of %2 (%3): the workflow deploys %2 as it is when the run starts. Deploy an older SHA over SSH (stratumctl deploy --via ssh --sha %1).</source>
        <translation>%1 ist nicht der Stand von %2 (%3): der Workflow deployt %2 so, wie es beim Start des Laufs ist. Ältere SHAs deployen Sie über SSH (stratumctl deploy --via ssh --sha %1).</translation>
    </message>
    <message>
        <source>give the full 40-digit SHA to deploy a commit other than the head</source>
        <translation>geben Sie den vollständigen 40-stelligen SHA an, um einen anderen Commit als den aktuellen Stand zu deployen</translation>
    </message>
    <message>
        <source>cannot read what runs on %1: %2</source>
        <translation>kann nicht lesen, was auf %1 läuft: %2</translation>
    </message>
    <message>
        <source>cannot tell which images run now (no backend or frontend container)</source>
        <translation>kann nicht erkennen, welche Images gerade laufen (kein Backend- oder Frontend-Container)</translation>
    </message>
    <message>
        <source>pre-flight: droplet reachable, host key trusted</source>
        <translation>Vorabprüfung: Droplet erreichbar, Host-Schlüssel vertraut</translation>
    </message>
    <message>
        <source>pre-flight: deploy lock is free</source>
        <translation>Vorabprüfung: Deploy-Sperre ist frei</translation>
    </message>
    <message>
        <source>the deploy lock is held by %1 on %2 since %3 (%4)</source>
        <translation>die Deploy-Sperre hält %1 auf %2 seit %3 (%4)</translation>
    </message>
    <message>
        <source>pre-flight: production is not pinned</source>
        <translation>Vorabprüfung: die Produktion ist nicht festgesetzt</translation>
    </message>
    <message>
        <source>production is pinned to %1 by %2 (%3); the pin stays until it is released</source>
        <translation>die Produktion ist von %2 auf %1 festgesetzt (%3); die Festsetzung bleibt, bis sie aufgehoben wird</translation>
    </message>
    <message>
        <source>could not tell whether this rollback crosses a database migration (%1): check %2 by hand</source>
        <translation>konnte nicht feststellen, ob dieser Rollback eine Datenbankmigration überquert (%1): prüfen Sie %2 von Hand</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source> (asked because neither image is on the droplet)</source>
        <translation> (gefragt, weil keines der beiden Images auf dem Droplet liegt)</translation>
    </message>
    <message>
        <source> (asked because the %1 image is not on the droplet)</source>
        <translation> (gefragt, weil das %1-Image nicht auf dem Droplet liegt)</translation>
    </message>
    <message>
        <source>pre-flight: both images in the registry</source>
        <translation>Vorabprüfung: beide Images in der Registry</translation>
    </message>
    <message>
        <source>pre-flight: droplet sees the backend image</source>
        <translation>Vorabprüfung: das Droplet sieht das Backend-Image</translation>
    </message>
    <message>
        <source>pre-flight: droplet sees the frontend image</source>
        <translation>Vorabprüfung: das Droplet sieht das Frontend-Image</translation>
    </message>
    <message>
        <source>the droplet cannot see the image (its GHCR login may be stale after a token rotation: run docker login ghcr.io on the droplet): %1</source>
        <translation>das Droplet sieht das Image nicht (seine GHCR-Anmeldung ist nach einer Token-Erneuerung vielleicht veraltet: docker login ghcr.io auf dem Droplet ausführen): %1</translation>
    </message>
    <message>
        <source>pre-flight: disk space for the pull</source>
        <translation>Vorabprüfung: Plattenplatz für den Pull</translation>
    </message>
    <message>
        <source>could not read the free disk space</source>
        <translation>konnte den freien Plattenplatz nicht lesen</translation>
    </message>
    <message>
        <source>only %1 MiB free on the droplet; the pull needs at least %2 MiB</source>
        <translation>nur %1 MiB frei auf dem Droplet; der Pull braucht mindestens %2 MiB</translation>
    </message>
    <message>
        <source>%1 differs between the running release and %2; the rollback uses the compose file checked out on the droplet now.</source>
        <translation>%1 unterscheidet sich zwischen dem laufenden Release und %2; der Rollback nutzt die Compose-Datei, die jetzt auf dem Droplet ausgecheckt ist.</translation>
    </message>
    <message>
        <source>could not compare %1 between the running release and %2 in the droplet&apos;s clone: %3</source>
        <translation>konnte %1 zwischen dem laufenden Release und %2 im Klon des Droplets nicht vergleichen: %3</translation>
    </message>
    <message>
        <source>pre-flight: the droplet&apos;s clone</source>
        <translation>Vorabprüfung: der Klon auf dem Droplet</translation>
    </message>
    <message>
        <source>could not read the clone in %1: %2</source>
        <translation>der Klon in %1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>pre-flight: the clone comes from %1</source>
        <translation>Vorabprüfung: der Klon stammt aus %1</translation>
    </message>
    <message>
        <source>its origin is %1: set it back on the droplet (git -C %2 remote set-url origin …) or correct the profile</source>
        <translation>sein origin ist %1: setzen Sie ihn auf dem Droplet zurück (git -C %2 remote set-url origin …) oder korrigieren Sie das Profil</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>pre-flight: the clone has no modified or untracked files</source>
        <translation>Vorabprüfung: der Klon hat keine geänderten oder unversionierten Dateien</translation>
    </message>
    <message>
        <source>allowed (%1): %2</source>
        <translation>erlaubt (%1): %2</translation>
    </message>
    <message>
        <source>the droplet&apos;s clone has modified or untracked files, used as they are (allowed: %1):
  %2</source>
        <translation>der Klon auf dem Droplet hat geänderte oder unversionierte Dateien, die so verwendet werden (erlaubt: %1):
  %2</translation>
    </message>
    <message>
        <source>compose would use them as they are, unchecked:
    %1
  commit or remove them on the droplet, or allow them with --allow-dirty-clone --reason TEXT (the GUI asks for a reason)</source>
        <translation>Compose würde sie ungeprüft so verwenden:
    %1
  committen oder entfernen Sie sie auf dem Droplet, oder erlauben Sie sie mit --allow-dirty-clone --reason TEXT (die GUI fragt nach einem Grund)</translation>
    </message>
    <message>
        <source>%1 as committed in %2 (the clone&apos;s %3, last changed in %4)</source>
        <translation>%1 wie in %2 committet (%3 im Klon, zuletzt geändert in %4)</translation>
    </message>
    <message>
        <source>%1 of %2 after the pull (now %3, last changed in %4)</source>
        <translation>%1 von %2 nach dem Pull (jetzt %3, zuletzt geändert in %4)</translation>
    </message>
    <message>
        <source>could not list the images on the droplet (%1): the registry is asked instead</source>
        <translation>die Images auf dem Droplet ließen sich nicht auflisten (%1): stattdessen wird die Registry gefragt</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>pre-flight: the %1 image in the registry</source>
        <translation>Vorabprüfung: das %1-Image in der Registry</translation>
    </message>
    <message>
        <source>pre-flight: the %1 image on the droplet is the one recorded</source>
        <translation>Vorabprüfung: das %1-Image auf dem Droplet ist das vermerkte</translation>
    </message>
    <message>
        <source>%1 on the droplet is %2, but the release log recorded %3 for %4: the tag was moved to another image; nothing was changed</source>
        <translation>%1 ist auf dem Droplet %2, aber das Release-Log vermerkt %3 für %4: der Tag zeigt jetzt auf ein anderes Image; nichts wurde geändert</translation>
    </message>
    <message>
        <source>an image without a registry digest</source>
        <translation>ein Image ohne Registry-Digest</translation>
    </message>
    <message>
        <source>pre-flight: both images on the droplet</source>
        <translation>Vorabprüfung: beide Images auf dem Droplet</translation>
    </message>
    <message>
        <source>digests match the release log; registry not needed</source>
        <translation>Digests wie im Release-Log; Registry nicht gebraucht</translation>
    </message>
    <message>
        <source>by tag (the release log has no digests for them); registry not needed</source>
        <translation>nach Tag (das Release-Log hat keine Digests für sie); Registry nicht gebraucht</translation>
    </message>
    <message>
        <source>by tag (the release log has no digest for the %1 image); registry not needed</source>
        <translation>nach Tag (das Release-Log hat keinen Digest für das %1-Image); Registry nicht gebraucht</translation>
    </message>
    <message>
        <source>no host is set up; add one in Settings or with: stratumctl host add NAME --address ADDR</source>
        <translation>kein Host eingerichtet; fügen Sie einen in den Einstellungen hinzu oder mit: stratumctl host add NAME --address ADDR</translation>
    </message>
    <message>
        <source>%1 of environment %2 is not set up: add it (stratumctl host add) or take it out of the profile</source>
        <translation>%1 der Umgebung %2 ist nicht eingerichtet: fügen Sie ihn hinzu (stratumctl host add) oder nehmen Sie ihn aus dem Profil</translation>
    </message>
    <message>
        <source>%1 has %2 hosts: %3 goes to one host at a time (--host NAME)</source>
        <translation>%1 hat %2 Hosts: %3 geht jeweils an einen Host (--host NAME)</translation>
    </message>
    <message>
        <source>pre-flight: %1 is known-good where %2 is</source>
        <translation>Vorabprüfung: %1 ist in der Umgebung von %2 bewährt</translation>
    </message>
    <message>
        <source>%1 is known-good on %2 only, not on the environment of %3: a rollback goes only to a release known-good there (stratumctl releases mark-good %4 --host %3, once it ran well there)</source>
        <translation>%1 ist nur auf %2 bewährt, nicht in der Umgebung von %3: ein Rollback geht nur zu einem Release, das dort bewährt ist (stratumctl releases mark-good %4 --host %3, sobald es dort gut lief)</translation>
    </message>
</context>
<context>
    <name>Stratum::ChecklistsPage</name>
    <message>
        <source>§%1 %2</source>
        <translation>§%1 %2</translation>
    </message>
    <message>
        <source>Checklist state unavailable: %1</source>
        <translation>Stand der Checklisten nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Required before every production deploy of a SHA.</source>
        <translation>Vor jedem Produktions-Deploy eines SHA erforderlich.</translation>
    </message>
    <message>
        <source>Informational: not a deploy gate.</source>
        <translation>Zur Information: kein Deploy-Gate.</translation>
    </message>
    <message>
        <source>Enter the full 40-digit SHA you are about to deploy.</source>
        <translation>Geben Sie den vollständigen 40-stelligen SHA ein, den Sie gleich deployen.</translation>
    </message>
    <message>
        <source>Lane started %1.</source>
        <translation>Ablauf begonnen %1.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Select a manual item; automatic ones are decided by their probe.</source>
        <translation>Wählen Sie einen manuellen Punkt; über automatische entscheidet ihre Prüfung.</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 starts over for %2</source>
        <translation>%1 beginnt für %2 von vorn</translation>
    </message>
    <message>
        <source>%1: decided by the gates from GitHub (Deploy page)</source>
        <translation>%1: entschieden von den Gates aus GitHub (Seite Deploy)</translation>
    </message>
    <message>
        <source>%1: checked by the post-deploy smoke</source>
        <translation>%1: geprüft vom Smoke-Test nach dem Deploy</translation>
    </message>
    <message numerus="yes">
        <source>running %n automatic check(s) of %1 for %2</source>
        <translation>
            <numerusform>führe %n automatische Prüfung von %1 für %2 aus</numerusform>
            <numerusform>führe %n automatische Prüfungen von %1 für %2 aus</numerusform>
        </translation>
    </message>
    <message>
        <source>no droplet is set up: add it in Settings</source>
        <translation>kein Droplet ist eingerichtet: fügen Sie es in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>post-deploy smoke on %1…</source>
        <translation>Smoke-Test nach dem Deploy auf %1…</translation>
    </message>
    <message>
        <source>%1 was not found in %2</source>
        <translation>%1 wurde in %2 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 ended with exit status %2</source>
        <translation>%1 endete mit Exit-Status %2</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 angehalten</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>creating %1 on %2 from its example</source>
        <translation>lege %1 auf %2 aus dem Beispiel an</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>now fill in the values on the droplet, then check them with stratumctl env-lint --production</source>
        <translation>tragen Sie jetzt die Werte auf dem Droplet ein und prüfen Sie sie mit stratumctl env-lint --production</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
</context>
<context>
    <name>Stratum::CiState</name>
    <message>
        <source>check run</source>
        <translation>Check-Run</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no CI check has reported for this SHA</source>
        <translation>für diesen SHA hat noch keine CI-Prüfung gemeldet</translation>
    </message>
    <message>
        <source>CI failed: %1</source>
        <translation>CI fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>CI is still running</source>
        <translation>CI läuft noch</translation>
    </message>
    <message>
        <source>required checks missing or not passed: %1</source>
        <translation>erforderliche Prüfungen fehlen oder sind nicht bestanden: %1</translation>
    </message>
    <message numerus="yes">
        <source>CI green: %n check(s) passed</source>
        <translation>
            <numerusform>CI grün: %n Prüfung bestanden</numerusform>
            <numerusform>CI grün: %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::Cli</name>
    <message>
        <source>the active profile as JSON</source>
        <translation>das aktive Profil als JSON</translation>
    </message>
    <message>
        <source>write the active profile to a file</source>
        <translation>das aktive Profil in eine Datei schreiben</translation>
    </message>
    <message>
        <source>check a profile and make it the active one</source>
        <translation>ein Profil prüfen und zum aktiven machen</translation>
    </message>
    <message>
        <source>add a droplet (kept in the keychain)</source>
        <translation>ein Droplet hinzufügen (wird im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>what a droplet is for (production, staging, rehearsal) and its colour on the window, the strip, the tray and every confirmation</source>
        <translation>wofür ein Droplet da ist (production, staging, rehearsal) und seine Farbe im Fenster, im Streifen, im Tray und in jeder Bestätigung</translation>
    </message>
    <message>
        <source>the droplets that are set up</source>
        <translation>die eingerichteten Droplets</translation>
    </message>
    <message>
        <source>remove a droplet and its key passphrase</source>
        <translation>ein Droplet und die Passphrase seines Schlüssels entfernen</translation>
    </message>
    <message>
        <source>trust the droplet&apos;s host key, after comparing it with the droplet&apos;s console</source>
        <translation>dem Host-Schlüssel des Droplets vertrauen, nach dem Vergleich mit der Konsole des Droplets</translation>
    </message>
    <message>
        <source>the deploy key was replaced (rotated): log in with this one and record the date</source>
        <translation>der Deploy-Schlüssel wurde ersetzt (erneuert): mit diesem anmelden und das Datum vermerken</translation>
    </message>
    <message>
        <source>store a secret: the value is read from standard input, never from the command line</source>
        <translation>ein Geheimnis speichern: der Wert wird von der Standardeingabe gelesen, nie von der Befehlszeile</translation>
    </message>
    <message>
        <source>which secrets are set (never their values)</source>
        <translation>welche Geheimnisse gesetzt sind (nie ihre Werte)</translation>
    </message>
    <message>
        <source>the release log, newest first</source>
        <translation>das Release-Log, neueste zuerst</translation>
    </message>
    <message>
        <source>remove a release from the log</source>
        <translation>ein Release aus dem Log entfernen</translation>
    </message>
    <message>
        <source>mark a release known-good (needs a passed smoke)</source>
        <translation>ein Release als bewährt markieren (braucht einen bestandenen Smoke-Test)</translation>
    </message>
    <message>
        <source>write the release log to a file (notes redacted)</source>
        <translation>das Release-Log in eine Datei schreiben (Notizen geschwärzt)</translation>
    </message>
    <message>
        <source>add the entries of an exported release log</source>
        <translation>die Einträge eines exportierten Release-Logs hinzufügen</translation>
    </message>
    <message>
        <source>successful deploy runs as candidates for known-good</source>
        <translation>erfolgreiche Deploy-Läufe als Kandidaten für bewährt</translation>
    </message>
    <message>
        <source>run a [Droplet] command; its exit status is the remote one (255 on errors, as ssh); one that changes the droplet runs under the deploy lock and is audited</source>
        <translation>einen [Droplet]-Befehl ausführen; sein Exit-Status ist der entfernte (255 bei Fehlern, wie ssh); einer, der das Droplet ändert, läuft unter der Deploy-Sperre und wird protokolliert</translation>
    </message>
    <message>
        <source>deploy a commit over SSH (emergency), or dispatch the deploy workflow and follow it</source>
        <translation>einen Commit über SSH deployen (Notfall) oder den Deploy-Workflow anstoßen und verfolgen</translation>
    </message>
    <message>
        <source>roll back to a known-good release (never waits for GitHub); --last-good: the newest one other than what runs; --watch: then the health watch window</source>
        <translation>auf ein bewährtes Release zurückrollen (wartet nie auf GitHub); --last-good: das neueste außer dem laufenden; --watch: danach das Beobachtungsfenster</translation>
    </message>
    <message>
        <source>what runs now (images, digests, known-good), its health, the lock and the pin: exit 0 healthy, 1 not, 3 locked or pinned</source>
        <translation>was jetzt läuft (Images, Digests, bewährt), sein Zustand, die Sperre und die Festsetzung: Exit 0 gesund, 1 nicht, 3 gesperrt oder festgesetzt</translation>
    </message>
    <message>
        <source>hold production at what runs now: forward deploys are refused until the pin is released</source>
        <translation>die Produktion auf dem halten, was jetzt läuft: Vorwärts-Deploys werden abgelehnt, bis die Festsetzung aufgehoben ist</translation>
    </message>
    <message>
        <source>release the pin: forward deploys may go again</source>
        <translation>die Festsetzung aufheben: Vorwärts-Deploys dürfen wieder</translation>
    </message>
    <message>
        <source>whether production is pinned, to what, by whom and why</source>
        <translation>ob die Produktion festgesetzt ist, worauf, von wem und warum</translation>
    </message>
    <message>
        <source>recreate the services with the running image tags and the current env file (runbook §9)</source>
        <translation>die Dienste mit den laufenden Image-Tags und der aktuellen Env-Datei neu erstellen (Runbook §9)</translation>
    </message>
    <message>
        <source>recreate the frontend with the running image tags</source>
        <translation>das Frontend mit den laufenden Image-Tags neu erstellen</translation>
    </message>
    <message>
        <source>who holds the droplet&apos;s deploy lock</source>
        <translation>wer die Deploy-Sperre des Droplets hält</translation>
    </message>
    <message>
        <source>break the deploy lock of a change that is gone (never while a step of it runs; audited)</source>
        <translation>die Deploy-Sperre einer Änderung aufheben, die nicht mehr da ist (nie, solange ein Schritt von ihr läuft; protokolliert)</translation>
    </message>
    <message>
        <source>the droplet&apos;s containers (compose ps)</source>
        <translation>die Container des Droplets (compose ps)</translation>
    </message>
    <message>
        <source>the last lines of a service&apos;s log, redacted</source>
        <translation>die letzten Zeilen des Logs eines Dienstes, geschwärzt</translation>
    </message>
    <message>
        <source>the checklists and what was recorded for a SHA</source>
        <translation>die Checklisten und was für einen SHA vermerkt wurde</translation>
    </message>
    <message>
        <source>tick a manual item</source>
        <translation>einen manuellen Punkt abhaken</translation>
    </message>
    <message>
        <source>run the automatic items: the Stripe lane&apos;s local probes; for one-time-setup the Actions secrets, branch protection and the droplet&apos;s env (names only)</source>
        <translation>die automatischen Punkte ausführen: die lokalen Prüfungen des Stripe-Ablaufs; für one-time-setup die Actions-Secrets, den Branch-Schutz und die Env des Droplets (nur Namen)</translation>
    </message>
    <message>
        <source>start a checklist over for a SHA</source>
        <translation>eine Checkliste für einen SHA neu beginnen</translation>
    </message>
    <message>
        <source>post-deploy smoke: exit 0 only if every automatic check passes</source>
        <translation>Smoke-Test nach dem Deploy: Exit 0 nur, wenn jede automatische Prüfung besteht</translation>
    </message>
    <message>
        <source>live health of the droplet: exit 0 only when everything is healthy</source>
        <translation>aktueller Zustand des Droplets: Exit 0 nur, wenn alles gesund ist</translation>
    </message>
    <message>
        <source>the local audit log: overrides, refusals, confirmations</source>
        <translation>das lokale Audit-Log: Übergehungen, Ablehnungen, Bestätigungen</translation>
    </message>
    <message>
        <source>CI of a commit: exit 0 only when it is green and on the deploy branch</source>
        <translation>CI eines Commits: Exit 0 nur, wenn sie grün ist und auf dem Deploy-Branch liegt</translation>
    </message>
    <message>
        <source>branch protection of the deploy branch, from the rules and rulesets (runbook 1.3)</source>
        <translation>Branch-Schutz des Deploy-Branches, aus den Regeln und Rulesets (Runbook 1.3)</translation>
    </message>
    <message>
        <source>the Actions secrets the deploy workflow needs, by name</source>
        <translation>die Actions-Secrets, die der Deploy-Workflow braucht, nach Namen</translation>
    </message>
    <message>
        <source>follow a workflow run until it ends</source>
        <translation>einem Workflow-Lauf bis zu seinem Ende folgen</translation>
    </message>
    <message>
        <source>create the droplet&apos;s env file from its example, under the deploy lock (never over a file that is there)</source>
        <translation>die Env-Datei des Droplets aus ihrem Beispiel anlegen, unter der Deploy-Sperre (nie über eine vorhandene Datei)</translation>
    </message>
    <message>
        <source>runbook 1.4/2: key names and verdicts, never values; --local also scans the checkout&apos;s tracked files for live keys (runbook 8.4)</source>
        <translation>Runbook 1.4/2: Schlüsselnamen und Befunde, nie Werte; --local durchsucht auch die versionierten Dateien des Checkouts nach Live-Schlüsseln (Runbook 8.4)</translation>
    </message>
    <message>
        <source>check the connection and the credentials: host key, droplet, the GitHub token&apos;s permissions, the GHCR login and its scopes, rotation due (exit 0 all good)</source>
        <translation>Verbindung und Zugangsdaten prüfen: Host-Schlüssel, Droplet, die Berechtigungen des GitHub-Tokens, die GHCR-Anmeldung und ihre Scopes, fällige Erneuerungen (Exit 0 alles gut)</translation>
    </message>
    <message>
        <source>save the evidence in one .tar.gz: compose ps, logs, health, digests, disk and memory, env verdicts, releases, audit tail and a summary.md, all redacted</source>
        <translation>die Belege in einem .tar.gz sichern: compose ps, Logs, Zustand, Digests, Platte und Speicher, Env-Befunde, Releases, Ende des Audit-Logs und eine summary.md, alles geschwärzt</translation>
    </message>
    <message>
        <source>saved an incident bundle of %1 (%2)</source>
        <translation>Incident-Bündel von %1 gespeichert (%2)</translation>
    </message>
    <message>
        <source>start the rehearsal: a droplet, a registry and a GitHub on this machine, with one known-good release deployed (then use any command with --rehearsal)</source>
        <translation>den Probelauf starten: ein Droplet, eine Registry und ein GitHub auf diesem Rechner, mit bewährten Releases im Einsatz (danach jeden Befehl mit --rehearsal)</translation>
    </message>
    <message>
        <source>stop the rehearsal; nothing is left running (its history is kept)</source>
        <translation>den Probelauf stoppen; nichts läuft danach weiter (sein Verlauf bleibt)</translation>
    </message>
    <message>
        <source>whether the rehearsal runs, its ports and parts, its releases and the last recovery</source>
        <translation>ob der Probelauf läuft, seine Ports und Teile, seine Releases und die letzte Wiederherstellung</translation>
    </message>
    <message>
        <source>stop the rehearsal, forget its history and release log, and start it afresh</source>
        <translation>den Probelauf stoppen, seinen Verlauf und sein Release-Log vergessen und ihn neu starten</translation>
    </message>
    <message>
        <source>stage one of the runbook&apos;s bad nights on the rehearsal; the recovery is timed</source>
        <translation>eine der schlimmen Nächte des Runbooks am Probelauf inszenieren; die Wiederherstellung wird gestoppt</translation>
    </message>
    <message>
        <source>run the rehearsal&apos;s peers in the foreground until SIGTERM (what start runs in the background)</source>
        <translation>die Teile des Probelaufs im Vordergrund betreiben, bis SIGTERM kommt (was start im Hintergrund startet)</translation>
    </message>
    <message>
        <source>this list, or how to use one command</source>
        <translation>diese Liste, oder wie ein Befehl benutzt wird</translation>
    </message>
    <message>
        <source>the shell completion script for bash or zsh</source>
        <translation>das Vervollständigungsskript für bash oder zsh</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;</source>
        <translation>%1 muss eines von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>stratumctl %1 has no option --%2; see stratumctl help %1</source>
        <translation>stratumctl %1 hat keine Option --%2; siehe stratumctl help %1</translation>
    </message>
    <message>
        <source>unknown option --%1; see stratumctl --help</source>
        <translation>unbekannte Option --%1; siehe stratumctl --help</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>usage: stratumctl %1 %2 …</source>
        <translation>Aufruf: stratumctl %1 %2 …</translation>
    </message>
    <message>
        <source>stratumctl %1 needs --%2 %3</source>
        <translation>stratumctl %1 braucht --%2 %3</translation>
    </message>
    <message>
        <source>usage: stratumctl [--profile FILE] [--json] COMMAND</source>
        <translation>Aufruf: stratumctl [--profile FILE] [--json] COMMAND</translation>
    </message>
    <message>
        <source>secret names: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST</source>
        <translation>Namen der Geheimnisse: github-token, ghcr-username, ghcr-token, ssh-passphrase/HOST</translation>
    </message>
    <message>
        <source>--read-only: nothing that changes a droplet runs (deploys, rollbacks, pins, changing commands are refused, exit 3)</source>
        <translation>--read-only: nichts, was ein Droplet ändert, läuft (Deploys, Rollbacks, Pins und ändernde Befehle werden abgelehnt, Exit 3)</translation>
    </message>
    <message>
        <source>exit codes: 0 success, 1 failed, 2 bad usage or input, 3 refused by policy, 4 keychain or credentials unavailable</source>
        <translation>Exit-Codes: 0 Erfolg, 1 fehlgeschlagen, 2 falscher Aufruf oder falsche Eingabe, 3 von einer Regel abgelehnt, 4 Schlüsselbund oder Zugangsdaten nicht verfügbar</translation>
    </message>
    <message>
        <source>stratumctl help COMMAND shows one command; stratumctl completion bash|zsh prints the shell completion</source>
        <translation>stratumctl help COMMAND zeigt einen Befehl; stratumctl completion bash|zsh gibt die Shell-Vervollständigung aus</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>a droplet (stratumctl host add)</source>
        <translation>ein Droplet (stratumctl host add)</translation>
    </message>
    <message>
        <source>GitHub (the github-token secret)</source>
        <translation>GitHub (das Geheimnis github-token)</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>braucht: %1</translation>
    </message>
    <message>
        <source>cannot use the profile: %1</source>
        <translation>kann das Profil nicht verwenden: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see stratumctl --help</source>
        <translation>unbekannter Befehl „%1“; siehe stratumctl --help</translation>
    </message>
    <message>
        <source>self-test: built-in profile: %1</source>
        <translation>Selbsttest: eingebautes Profil: %1</translation>
    </message>
    <message>
        <source>self-test: the built-in profile does not survive export</source>
        <translation>Selbsttest: das eingebaute Profil übersteht den Export nicht</translation>
    </message>
    <message>
        <source>profile:        %1 (%2)
source:         %3
repository:     %4/%5 (branch %6)
deploy:         %7 (%8)
images:         %9, %10 (tag %11)
droplet:        %12 (%13, %14)
command packs:  %15
checklists:     %16</source>
        <translation>Profil:         %1 (%2)
Quelle:         %3
Repository:     %4/%5 (Branch %6)
Deploy:         %7 (%8)
Images:         %9, %10 (Tag %11)
Droplet:        %12 (%13, %14)
Befehlspakete:  %15
Checklisten:    %16</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>exported profile &quot;%1&quot; to %2</source>
        <translation>Profil „%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>profile not imported: %1</source>
        <translation>Profil nicht importiert: %1</translation>
    </message>
    <message>
        <source>imported profile &quot;%1&quot;; it is now the active profile</source>
        <translation>Profil „%1“ importiert; es ist jetzt das aktive Profil</translation>
    </message>
    <message>
        <source>a host named &quot;%1&quot; exists already; remove it first</source>
        <translation>ein Host namens „%1“ existiert schon; entfernen Sie ihn zuerst</translation>
    </message>
    <message>
        <source>added host &quot;%1&quot; (stored in the keychain)</source>
        <translation>Host „%1“ hinzugefügt (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>no hosts; add one with: stratumctl host add NAME --address ADDR</source>
        <translation>keine Hosts; fügen Sie einen hinzu mit: stratumctl host add NAME --address ADRESSE</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trusted host key(s)</source>
        <translation>
            <numerusform>%n vertrauenswürdiger Host-Schlüssel</numerusform>
            <numerusform>%n vertrauenswürdige Host-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use production, staging or rehearsal</source>
        <translation>unbekannte Rolle „%1“; verwenden Sie production, staging oder rehearsal</translation>
    </message>
    <message>
        <source>no host named &quot;%1&quot; (stratumctl host list)</source>
        <translation>kein Host namens „%1“ (stratumctl host list)</translation>
    </message>
    <message>
        <source>%1 is %2 (%3)</source>
        <translation>%1 ist %2 (%3)</translation>
    </message>
    <message>
        <source>no host named &quot;%1&quot;</source>
        <translation>kein Host namens „%1“</translation>
    </message>
    <message>
        <source>removed host &quot;%1&quot;</source>
        <translation>Host „%1“ entfernt</translation>
    </message>
    <message>
        <source>give the new key with --key PATH, or --agent for the key in ssh-agent</source>
        <translation>geben Sie den neuen Schlüssel mit --key PFAD an, oder --agent für den Schlüssel im ssh-agent</translation>
    </message>
    <message>
        <source>%1 logs in with the new key from now on; rotation recorded today. Check it with: stratumctl doctor --host %1</source>
        <translation>%1 meldet sich ab jetzt mit dem neuen Schlüssel an; Erneuerung heute vermerkt. Prüfen mit: stratumctl doctor --host %1</translation>
    </message>
    <message>
        <source>  (since %1)</source>
        <translation>  (seit %1)</translation>
    </message>
    <message>
        <source>secrets set takes the value from standard input only, never from the command line</source>
        <translation>secrets set nimmt den Wert nur von der Standardeingabe, nie von der Befehlszeile</translation>
    </message>
    <message>
        <source>unknown secret &quot;%1&quot;; use one of: %2, ssh-passphrase/HOST</source>
        <translation>unbekanntes Geheimnis „%1“; verwenden Sie eines von: %2, ssh-passphrase/HOST</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>kann die Standardeingabe nicht lesen</translation>
    </message>
    <message>
        <source>no value on standard input; pipe it in, e.g. stratumctl secrets set %1 &lt; file</source>
        <translation>kein Wert auf der Standardeingabe; leiten Sie ihn hinein, z. B. stratumctl secrets set %1 &lt; datei</translation>
    </message>
    <message>
        <source>stored %1 in the keychain</source>
        <translation>%1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>forgot %n entry(ies) for %1</source>
        <translation>
            <numerusform>%n Eintrag für %1 entfernt</numerusform>
            <numerusform>%n Einträge für %1 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>the release log of &quot;%1&quot; is empty</source>
        <translation>das Release-Log von „%1“ ist leer</translation>
    </message>
    <message>
        <source>that SHA is not in the release log</source>
        <translation>dieser SHA steht nicht im Release-Log</translation>
    </message>
    <message numerus="yes">
        <source>exported %n release(s) to %1</source>
        <translation>
            <numerusform>%n Release nach %1 exportiert</numerusform>
            <numerusform>%n Releases nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this release log belongs to profile &quot;%1&quot;, the active profile is &quot;%2&quot; (use --profile, or --force to import anyway)</source>
        <translation>dieses Release-Log gehört zum Profil „%1“, das aktive Profil ist „%2“ (verwenden Sie --profile, oder --force, um trotzdem zu importieren)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n new release(s)</source>
        <translation>
            <numerusform>%n neues Release importiert</numerusform>
            <numerusform>%n neue Releases importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted: stopping at the next safe point and releasing the deploy lock (Ctrl-C again to quit now)</source>
        <translation>unterbrochen: halte am nächsten sicheren Punkt an und gebe die Deploy-Sperre frei (noch einmal Strg-C beendet sofort)</translation>
    </message>
    <message>
        <source>interrupted again: quitting now; check the deploy lock with stratumctl lock status</source>
        <translation>erneut unterbrochen: beende sofort; prüfen Sie die Deploy-Sperre mit stratumctl lock status</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1
not a terminal: confirm with --yes</source>
        <translation>%1
kein Terminal: bestätigen Sie mit --yes</translation>
    </message>
    <message>
        <source>no command &quot;%1&quot;; see stratumctl --help</source>
        <translation>kein Befehl „%1“; siehe stratumctl --help</translation>
    </message>
    <message>
        <source>completion for which shell? bash or zsh</source>
        <translation>Vervollständigung für welche Shell? bash oder zsh</translation>
    </message>
    <message>
        <source>stratumctl %1 does not talk to one droplet: --env does not apply</source>
        <translation>stratumctl %1 spricht nicht mit einem Droplet: --env passt hier nicht</translation>
    </message>
    <message>
        <source>self-test: the command table does not read its own usage</source>
        <translation>Selbsttest: die Befehlstabelle liest ihren eigenen Aufruf nicht</translation>
    </message>
    <message>
        <source>self-test passed: profile &quot;%1&quot; with %2 command packs and %3 checklists; %4 commands</source>
        <translation>Selbsttest bestanden: Profil „%1“ mit %2 Befehlspaketen und %3 Checklisten; %4 Befehle</translation>
    </message>
    <message>
        <source>the team&apos;s webhook has not answered yet; the announcement is dropped</source>
        <translation>der Webhook des Teams hat noch nicht geantwortet; die Meldung wird verworfen</translation>
    </message>
    <message>
        <source>not confirmed; nothing changed</source>
        <translation>nicht bestätigt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>--confirm %1 does not match %2; nothing changed</source>
        <translation>--confirm %1 passt nicht zu %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1
not a terminal: confirm with --confirm %2</source>
        <translation>%1
kein Terminal: bestätigen Sie mit --confirm %2</translation>
    </message>
    <message>
        <source>Type %1 to go ahead: </source>
        <translation>Tippen Sie %1, um fortzufahren: </translation>
    </message>
    <message>
        <source>usage: stratumctl exec [--host NAME] -- COMMAND…</source>
        <translation>Aufruf: stratumctl exec [--host NAME] -- COMMAND…</translation>
    </message>
    <message>
        <source>--fingerprint must be the SHA256:… string that ssh-keygen -lf prints</source>
        <translation>--fingerprint muss die SHA256:…-Zeichenkette sein, die ssh-keygen -lf ausgibt</translation>
    </message>
    <message>
        <source>%1 presents %2 %3, not %4: not trusted. Check the fingerprint on the droplet&apos;s console.</source>
        <translation>%1 zeigt %2 %3, nicht %4: nicht vertraut. Prüfen Sie den Fingerabdruck auf der Konsole des Droplets.</translation>
    </message>
    <message>
        <source>trusted %1 %2 for %3 (kept in the keychain)</source>
        <translation>%1 %2 für %3 vertraut (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Deploy %1 to %2 over SSH? current %3 → target %1</source>
        <translation>%1 über SSH auf %2 deployen? aktuell %3 → Ziel %1</translation>
    </message>
    <message>
        <source>Roll %1 back? current %2 → target %3 (known-good)</source>
        <translation>%1 zurückrollen? aktuell %2 → Ziel %3 (bewährt)</translation>
    </message>
    <message>
        <source>Restart %1 with the running images (%2)?</source>
        <translation>%1 mit den laufenden Images (%2) neu starten?</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>watch it for the next %1 s: stratumctl health --watch --for %1 (or deploy with --watch)</source>
        <translation>beobachten Sie es die nächsten %1 s: stratumctl health --watch --for %1 (oder deployen Sie mit --watch)</translation>
    </message>
    <message>
        <source>undo the last deploy within its health watch window: roll back to the release that ran before it, when that one is known-good (else says why and which is)</source>
        <translation>den letzten Deploy innerhalb seiner Gesundheitswache rückgängig machen: zurück auf das Release davor, wenn es bewährt ist (sonst sagt es warum und welches es ist)</translation>
    </message>
    <message>
        <source>give either --to SHA or --last-good</source>
        <translation>geben Sie entweder --to SHA oder --last-good an</translation>
    </message>
    <message>
        <source>there is no known-good release other than the running one to roll back to (stratumctl releases list --known-good)</source>
        <translation>es gibt außer dem laufenden kein bewährtes Release, auf das zurückgerollt werden kann (stratumctl releases list --known-good)</translation>
    </message>
    <message>
        <source>  since %1</source>
        <translation>  seit %1</translation>
    </message>
    <message>
        <source>finish the deploy: stratumctl deploy --via ssh --sha %1</source>
        <translation>Deploy abschließen: stratumctl deploy --via ssh --sha %1</translation>
    </message>
    <message>
        <source>roll back: stratumctl rollback --to %1</source>
        <translation>zurückrollen: stratumctl rollback --to %1</translation>
    </message>
    <message>
        <source>pinned to %1 by %2 on %3 since %4: %5</source>
        <translation>von %2 auf %3 seit %4 auf %1 festgesetzt: %5</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht festgesetzt</translation>
    </message>
    <message>
        <source>--allow-dirty-clone needs --reason TEXT: say why the droplet&apos;s uncommitted files may be used</source>
        <translation>--allow-dirty-clone braucht --reason TEXT: sagen Sie, warum die nicht committeten Dateien des Droplets verwendet werden dürfen</translation>
    </message>
    <message>
        <source>GATES OVERRIDDEN (%1): %2</source>
        <translation>GATES ÜBERGANGEN (%1): %2</translation>
    </message>
    <message>
        <source>Roll %1 back (%2)? current %3 → target %4 (known-good)</source>
        <translation>%1 zurückrollen (%2)? aktuell %3 → Ziel %4 (bewährt)</translation>
    </message>
    <message>
        <source>the health watch of %1 FAILED — %2</source>
        <translation>die Gesundheitswache von %1 ist FEHLGESCHLAGEN — %2</translation>
    </message>
    <message>
        <source>the lock is held by %1, and a step of its change still runs on the droplet: %2. It is not broken while that runs; wait for it, or cancel it from the app that started it.</source>
        <translation>die Sperre hält %1, und ein Schritt ihrer Änderung läuft noch auf dem Droplet: %2. Solange er läuft, wird sie nicht aufgehoben; warte auf ihn oder brich ihn in der App ab, die ihn gestartet hat.</translation>
    </message>
    <message>
        <source>the lock is held by %1. If that change is gone, break it: stratumctl lock release --force --reason TEXT</source>
        <translation>die Sperre hält %1. Wenn diese Änderung nicht mehr da ist, hebe sie auf: stratumctl lock release --force --reason TEXT</translation>
    </message>
    <message>
        <source>breaking the deploy lock needs a reason (--reason TEXT): it is recorded for the lock&apos;s holder</source>
        <translation>das Aufheben der Deploy-Sperre braucht einen Grund (--reason TEXT): er wird für den Inhaber der Sperre festgehalten</translation>
    </message>
    <message>
        <source>Break the deploy lock of %1 held by %2?</source>
        <translation>Die Deploy-Sperre von %1 aufheben, die %2 hält?</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>refused: this rollback crosses database migrations; run it again with --accept-migrations once the older release may run against the newer schema</source>
        <translation>abgelehnt: dieser Rollback überquert Datenbankmigrationen; führen Sie ihn mit --accept-migrations erneut aus, sobald das ältere Release gegen das neuere Schema laufen darf</translation>
    </message>
    <message>
        <source> (nothing on the droplet was changed)</source>
        <translation> (auf dem Droplet wurde nichts geändert)</translation>
    </message>
    <message>
        <source>%1 is there already on %2: left as it is</source>
        <translation>%1 gibt es auf %2 schon: bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>%1 was not created (exit status %2)</source>
        <translation>%1 wurde nicht angelegt (Exit-Status %2)</translation>
    </message>
    <message>
        <source>now fill in the values on the droplet, then check them with stratumctl env-lint --production</source>
        <translation>tragen Sie jetzt die Werte auf dem Droplet ein und prüfen Sie sie dann mit stratumctl env-lint --production</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>no live keys or other secrets in the %n tracked file(s) (runbook §8.4)</source>
        <translation>
            <numerusform>keine Live-Schlüssel oder andere Geheimnisse in der %n versionierten Datei (Runbook §8.4)</numerusform>
            <numerusform>keine Live-Schlüssel oder andere Geheimnisse in den %n versionierten Dateien (Runbook §8.4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: a %3 in a tracked file: remove it from the repository and its history, then rotate it (runbook §8.3, §8.4)</source>
        <translation>%1:%2: ein %3 in einer versionierten Datei: entfernen Sie ihn aus dem Repository und seiner Historie und erneuern Sie ihn dann (Runbook §8.3, §8.4)</translation>
    </message>
    <message>
        <source>usage: stratumctl env-lint --local [--file PATH] | --production [--host NAME]</source>
        <translation>Aufruf: stratumctl env-lint --local [--file PFAD] | --production [--host NAME]</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
    <message>
        <source>a step of its change still runs on the droplet: %1</source>
        <translation>ein Schritt ihrer Änderung läuft noch auf dem Droplet: %1</translation>
    </message>
    <message>
        <source>the lock is free</source>
        <translation>die Sperre ist frei</translation>
    </message>
    <message>
        <source>logs of which service? one of: %1</source>
        <translation>Logs welches Dienstes? einer von: %1</translation>
    </message>
    <message>
        <source>--tail must be a number from 1 to 100000</source>
        <translation>--tail muss eine Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>no GitHub token is set: stratumctl secrets set github-token &lt; token-file</source>
        <translation>kein GitHub-Token gesetzt: stratumctl secrets set github-token &lt; token-datei</translation>
    </message>
    <message>
        <source>%1 is on %2</source>
        <translation>%1 liegt auf %2</translation>
    </message>
    <message>
        <source>%1 is NOT on %2 (%3)</source>
        <translation>%1 liegt NICHT auf %2 (%3)</translation>
    </message>
    <message>
        <source>pull request required before merging</source>
        <translation>Pull Request vor dem Mergen erforderlich</translation>
    </message>
    <message>
        <source>at least 1 approval</source>
        <translation>mindestens 1 Genehmigung</translation>
    </message>
    <message>
        <source>status checks must pass</source>
        <translation>Status-Checks müssen bestehen</translation>
    </message>
    <message>
        <source>direct pushes restricted</source>
        <translation>direkte Pushes eingeschränkt</translation>
    </message>
    <message>
        <source>required checks: %1</source>
        <translation>erforderliche Prüfungen: %1</translation>
    </message>
    <message>
        <source>(classic protection unreadable: the token needs %1)</source>
        <translation>(klassischer Schutz nicht lesbar: das Token braucht %1)</translation>
    </message>
    <message>
        <source>Fix it on github.com → %1 → Settings → Branches (runbook 1.3).</source>
        <translation>Beheben Sie es auf github.com → %1 → Settings → Branches (Runbook 1.3).</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>--sha must be a commit SHA of 7 to 40 hex digits</source>
        <translation>--sha muss ein Commit-SHA mit 7 bis 40 Hex-Ziffern sein</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>--- end of the failed job&apos;s log ---
%1</source>
        <translation>--- Ende des Logs des fehlgeschlagenen Jobs ---
%1</translation>
    </message>
    <message>
        <source>%1 GitHub requests, %2 of them answered 304</source>
        <translation>%1 GitHub-Anfragen, %2 davon mit 304 beantwortet</translation>
    </message>
    <message>
        <source>Dispatch &quot;%1&quot; on %2 to deploy %3? (head of %2: %4 %5)</source>
        <translation>„%1“ auf %2 anstoßen, um %3 zu deployen? (Stand von %2: %4 %5)</translation>
    </message>
    <message>
        <source>run %1: %2 %3</source>
        <translation>Lauf %1: %2 %3</translation>
    </message>
    <message>
        <source>  job %1: %2 %3</source>
        <translation>  Job %1: %2 %3</translation>
    </message>
    <message>
        <source>    %1: %2 %3</source>
        <translation>    %1: %2 %3</translation>
    </message>
    <message>
        <source>successful run of the deploy workflow; not known-good until you mark it</source>
        <translation>erfolgreicher Lauf des Deploy-Workflows; nicht bewährt, bis Sie ihn markieren</translation>
    </message>
    <message numerus="yes">
        <source>imported %n run(s); mark the ones you trust with: stratumctl releases mark-good SHA</source>
        <translation>
            <numerusform>%n Lauf importiert; markieren Sie die, denen Sie vertrauen, mit: stratumctl releases mark-good SHA</numerusform>
            <numerusform>%n Läufe importiert; markieren Sie die, denen Sie vertrauen, mit: stratumctl releases mark-good SHA</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: stratumctl run watch RUN_ID</source>
        <translation>Aufruf: stratumctl run watch LAUF_ID</translation>
    </message>
    <message>
        <source>run %1 ended: %2</source>
        <translation>Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>--override-gates needs --reason TEXT: say why the gates are skipped</source>
        <translation>--override-gates braucht --reason TEXT: sagen Sie, warum die Gates übergangen werden</translation>
    </message>
    <message>
        <source>refused: the gates for %1 are not met (nothing was run on the droplet):</source>
        <translation>abgelehnt: die Gates für %1 sind nicht erfüllt (auf dem Droplet wurde nichts ausgeführt):</translation>
    </message>
    <message>
        <source>complete them (stratumctl gates --sha %1) or override: --override-gates --reason TEXT</source>
        <translation>erfüllen Sie sie (stratumctl gates --sha %1) oder übergehen Sie sie: --override-gates --reason TEXT</translation>
    </message>
    <message>
        <source>gates for %1: %2</source>
        <translation>Gates für %1: %2</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>NOT green</source>
        <translation>NICHT grün</translation>
    </message>
    <message>
        <source>cannot be verified</source>
        <translation>nicht überprüfbar</translation>
    </message>
    <message>
        <source>  CI: %1 (%2)</source>
        <translation>  CI: %1 (%2)</translation>
    </message>
    <message>
        <source>no checklist has been started yet: give --sha SHA</source>
        <translation>es wurde noch keine Checkliste begonnen: geben Sie --sha SHA an</translation>
    </message>
    <message>
        <source>usage: stratumctl check reset CHECKLIST --sha FULL_SHA</source>
        <translation>Aufruf: stratumctl check reset CHECKLISTE --sha VOLLER_SHA</translation>
    </message>
    <message>
        <source>%1 starts over</source>
        <translation>%1 beginnt von vorn</translation>
    </message>
    <message>
        <source>no state recorded yet</source>
        <translation>noch kein Stand vermerkt</translation>
    </message>
    <message>
        <source>checklists for %1</source>
        <translation>Checklisten für %1</translation>
    </message>
    <message>
        <source>  (required for deploy)</source>
        <translation>  (für Deploys erforderlich)</translation>
    </message>
    <message>
        <source>      note: %1</source>
        <translation>      Notiz: %1</translation>
    </message>
    <message>
        <source>      seen: %1</source>
        <translation>      gesehen: %1</translation>
    </message>
    <message>
        <source>%1 is decided by its probe, not by hand: stratumctl check run %2 --sha SHA</source>
        <translation>über %1 entscheidet seine Prüfung, nicht die Hand: stratumctl check run %2 --sha SHA</translation>
    </message>
    <message>
        <source>confirmed for %1: %2</source>
        <translation>bestätigt für %1: %2</translation>
    </message>
    <message>
        <source>usage: stratumctl check run CHECKLIST --sha FULL_SHA</source>
        <translation>Aufruf: stratumctl check run CHECKLISTE --sha VOLLER_SHA</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>decided by the gates from GitHub (stratumctl gates)</source>
        <translation>entschieden von den Gates aus GitHub (stratumctl gates)</translation>
    </message>
    <message>
        <source>checked by stratumctl smoke</source>
        <translation>geprüft von stratumctl smoke</translation>
    </message>
    <message>
        <source>
run stratumctl smoke and confirm the manual items, or mark it with --without-smoke --reason TEXT</source>
        <translation>
führen Sie stratumctl smoke aus und bestätigen Sie die manuellen Punkte, oder markieren Sie es mit --without-smoke --reason TEXT</translation>
    </message>
    <message>
        <source>smoke of %1 (backend image tag %2)</source>
        <translation>Smoke-Test von %1 (Backend-Image-Tag %2)</translation>
    </message>
    <message>
        <source>an unknown release</source>
        <translation>ein unbekanntes Release</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>all automatic checks passed; confirm the manual ones with stratumctl check confirm</source>
        <translation>alle automatischen Prüfungen bestanden; bestätigen Sie die manuellen mit stratumctl check confirm</translation>
    </message>
    <message>
        <source>smoke FAILED</source>
        <translation>Smoke-Test FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4  %5</source>
        <translation>%1  %2: %3 → %4  %5</translation>
    </message>
    <message>
        <source>watching %1 for %2 s: backend, frontend and worker must stay healthy</source>
        <translation>beobachte %1 für %2 s: Backend, Frontend und Worker müssen gesund bleiben</translation>
    </message>
    <message>
        <source>  %1 s left</source>
        <translation>  noch %1 s</translation>
    </message>
    <message>
        <source>  %1: %2 → %3  %4</source>
        <translation>  %1: %2 → %3  %4</translation>
    </message>
    <message>
        <source>the watch passed: run stratumctl smoke, then mark the release known-good</source>
        <translation>die Beobachtung ist bestanden: führen Sie stratumctl smoke aus und markieren Sie das Release dann als bewährt</translation>
    </message>
    <message>
        <source>the watch FAILED</source>
        <translation>die Beobachtung ist FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>--without-smoke needs --reason TEXT</source>
        <translation>--without-smoke braucht --reason TEXT</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>all good</source>
        <translation>alles gut</translation>
    </message>
    <message>
        <source>not all good: see the fixes above</source>
        <translation>nicht alles gut: siehe die Abhilfen oben</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s commands run in the rehearsal&apos;s own identity: stratumctl rehearsal … (not after another command)</source>
        <translation>die Befehle des Probelaufs laufen in seiner eigenen Identität: stratumctl rehearsal … (nicht nach einem anderen Befehl)</translation>
    </message>
    <message>
        <source>The rehearsal&apos;s supervisor already runs (process %1): one is enough.</source>
        <translation>Der Aufseher des Probelaufs läuft bereits (Prozess %1): einer genügt.</translation>
    </message>
    <message>
        <source>The rehearsal is not running; its last start failed: %1</source>
        <translation>Der Probelauf läuft nicht; sein letzter Start schlug fehl: %1</translation>
    </message>
    <message>
        <source>The rehearsal is not running: stratumctl rehearsal start.</source>
        <translation>Der Probelauf läuft nicht: stratumctl rehearsal start.</translation>
    </message>
    <message>
        <source>The rehearsal runs on this machine (%1), started %2 (%3 start: %4 s).</source>
        <translation>Der Probelauf läuft auf diesem Rechner (%1), gestartet %2 (%3 Start: %4 s).</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalter</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warmer</translation>
    </message>
    <message>
        <source>  droplet    ssh %1@127.0.0.1 -p %2 (host key %3)</source>
        <translation>  Droplet    ssh %1@127.0.0.1 -p %2 (Host-Schlüssel %3)</translation>
    </message>
    <message>
        <source>  registry   %1 (the engine pulls) · http://127.0.0.1:%2 (GHCR token gate)%3</source>
        <translation>  Registry   %1 (von hier zieht die Engine) · http://127.0.0.1:%2 (GHCR-Token-Schranke)%3</translation>
    </message>
    <message>
        <source> — DOWN (scenario)</source>
        <translation> — AUSGEFALLEN (Szenario)</translation>
    </message>
    <message>
        <source>  GitHub     http://127.0.0.1:%1%2</source>
        <translation>  GitHub     http://127.0.0.1:%1%2</translation>
    </message>
    <message>
        <source>  services   backend http://127.0.0.1:%1 · frontend http://127.0.0.1:%2</source>
        <translation>  Dienste    Backend http://127.0.0.1:%1 · Frontend http://127.0.0.1:%2</translation>
    </message>
    <message>
        <source>  runs       %1 %2 (%3)</source>
        <translation>  läuft      %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Releases, oldest first:</source>
        <translation>Releases, älteste zuerst:</translation>
    </message>
    <message>
        <source>Scenario %1: failing for %2 s</source>
        <translation>Szenario %1: fehlerhaft seit %2 s</translation>
    </message>
    <message>
        <source>Scenario %1: armed</source>
        <translation>Szenario %1: scharf gestellt</translation>
    </message>
    <message>
        <source>Last recovery: %1 in %2 s, healthy on %3; the steps taken:</source>
        <translation>Letzte Wiederherstellung: %1 in %2 s, gesund auf %3; die Schritte:</translation>
    </message>
    <message>
        <source>keep a session open for the stratumctl commands that follow, until N minutes after the last one (the app, when it runs, keeps one already)</source>
        <translation>eine Sitzung für die folgenden stratumctl-Befehle offen halten, bis N Minuten nach dem letzten (die App hält schon eine, wenn sie läuft)</translation>
    </message>
    <message>
        <source>--minutes must be from 1 to 1440</source>
        <translation>--minutes muss zwischen 1 und 1440 liegen</translation>
    </message>
    <message>
        <source>A session is kept already (by the app or an earlier stratumctl keep): commands that reach the droplet use it.</source>
        <translation>Eine Sitzung wird schon gehalten (von der App oder einem früheren stratumctl keep): Befehle, die das Droplet erreichen, nutzen sie.</translation>
    </message>
    <message>
        <source>cannot start the process that keeps the session: %1</source>
        <translation>der Prozess, der die Sitzung hält, startet nicht: %1</translation>
    </message>
    <message>
        <source>the process that keeps the session (%1) did not answer within 10 s; see the app&apos;s log</source>
        <translation>der Prozess, der die Sitzung hält (%1), hat nicht binnen 10 s geantwortet; siehe das Log der App</translation>
    </message>
    <message numerus="yes">
        <source>stratumctl keeps a session for %n minute(s) after its last use (process %1); --no-app bypasses it</source>
        <translation>
            <numerusform>stratumctl hält eine Sitzung bis %n Minute nach ihrer letzten Nutzung (Prozess %1); --no-app umgeht sie</numerusform>
            <numerusform>stratumctl hält eine Sitzung bis %n Minuten nach ihrer letzten Nutzung (Prozess %1); --no-app umgeht sie</numerusform>
        </translation>
    </message>
    <message>
        <source>tell the team&apos;s chat about every change, pin and failed watch: the webhook URL is read from standard input and kept in the keychain</source>
        <translation>den Chat des Teams über jede Änderung, Festsetzung und fehlgeschlagene Wache benachrichtigen: die Webhook-URL wird von der Standardeingabe gelesen und im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>send a test line to the team&apos;s webhook and say how it answered</source>
        <translation>eine Testzeile an den Webhook des Teams senden und sagen, wie er antwortete</translation>
    </message>
    <message>
        <source>which webhook is set (its kind and host, never its URL)</source>
        <translation>welcher Webhook eingerichtet ist (Art und Host, nie die URL)</translation>
    </message>
    <message>
        <source>stop telling the team: forget the webhook</source>
        <translation>das Team nicht mehr benachrichtigen: den Webhook vergessen</translation>
    </message>
    <message>
        <source>notify set takes the URL from standard input only, never from the command line</source>
        <translation>notify set liest die URL nur von der Standardeingabe, nie von der Befehlszeile</translation>
    </message>
    <message>
        <source>unknown webhook kind &quot;%1&quot;; use one of: %2</source>
        <translation>unbekannte Webhook-Art „%1“; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>; pipe it in, e.g. stratumctl notify set %1 &lt; url-file</source>
        <translation>; leiten Sie sie ein, z. B. stratumctl notify set %1 &lt; url-datei</translation>
    </message>
    <message>
        <source>the team is told through the %1 webhook at %2 (the URL is in the keychain); try it: stratumctl notify test</source>
        <translation>das Team wird über den %1-Webhook bei %2 benachrichtigt (die URL liegt im Schlüsselbund); ausprobieren: stratumctl notify test</translation>
    </message>
    <message>
        <source>test from Stratum Deploy: announcements for %1 arrive here</source>
        <translation>Test von Stratum Deploy: Meldungen für %1 kommen hier an</translation>
    </message>
    <message>
        <source>%1 (%2 attempts)</source>
        <translation>%1 (%2 Versuche)</translation>
    </message>
    <message>
        <source>%1 after %2 attempt(s)</source>
        <translation>%1 nach %2 Versuch(en)</translation>
    </message>
    <message>
        <source>%1 webhook at %2 (the URL is in the keychain)</source>
        <translation>%1-Webhook bei %2 (die URL liegt im Schlüsselbund)</translation>
    </message>
    <message>
        <source>no webhook is set: the team is not told (stratumctl notify set slack|discord|teams|json &lt; url-file)</source>
        <translation>kein Webhook eingerichtet: das Team wird nicht benachrichtigt (stratumctl notify set slack|discord|teams|json &lt; url-datei)</translation>
    </message>
    <message>
        <source>the webhook is forgotten: the team is no longer told</source>
        <translation>der Webhook ist vergessen: das Team wird nicht mehr benachrichtigt</translation>
    </message>
    <message>
        <source>the profile&apos;s environments (staging, production, …): role, engine, hosts in rolling order, and whether staging&apos;s smoke gates production</source>
        <translation>die Umgebungen des Profils (Staging, Produktion, …): Rolle, Engine, Hosts in der Reihenfolge des schrittweisen Ausrollens und ob der Smoke-Test auf Staging die Produktion freigibt</translation>
    </message>
    <message>
        <source>%1 (not set up: stratumctl host add %1 …)</source>
        <translation>%1 (nicht eingerichtet: stratumctl host add %1 …)</translation>
    </message>
    <message>
        <source>no host set up yet</source>
        <translation>noch kein Host eingerichtet</translation>
    </message>
    <message>
        <source> (the first host set up)</source>
        <translation> (der erste eingerichtete Host)</translation>
    </message>
    <message>
        <source>deploy a commit that passed its smoke on one environment (staging) to the next (production): planned, gated and confirmed like any deploy</source>
        <translation>einen Commit, dessen Smoke-Test auf einer Umgebung (Staging) bestanden ist, in die nächste (Produktion) deployen: geplant, durch die Gates geprüft und bestätigt wie jedes Deployment</translation>
    </message>
    <message>
        <source>--from and --to name the same environment: promote goes from one to another</source>
        <translation>--from und --to nennen dieselbe Umgebung: promote geht von einer in eine andere</translation>
    </message>
    <message>
        <source>give the SHA to promote (7 to 40 hex digits)</source>
        <translation>geben Sie den SHA an, der übernommen werden soll (7 bis 40 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>MIXED: the hosts of %1 do not run one release: %2</source>
        <translation>GEMISCHT: die Hosts von %1 führen nicht dasselbe Release aus: %2</translation>
    </message>
    <message>
        <source>every host of %1 runs %2</source>
        <translation>jeder Host von %1 führt %2 aus</translation>
    </message>
    <message>
        <source>Promote from %1 to %2: %3</source>
        <translation>Von %1 nach %2 übernehmen: %3</translation>
    </message>
    <message>
        <source>promotion: a commit goes to production only after its smoke passed on staging (stratumctl promote SHA --from staging --to production)</source>
        <translation>Übernahme: ein Commit geht erst in Produktion, nachdem sein Smoke-Test auf Staging bestanden ist (stratumctl promote SHA --from staging --to production)</translation>
    </message>
    <message>
        <source>required checklists + CI for a SHA, and with --host or --env whether it ran on staging first (exit 0 passed, 3 not)</source>
        <translation>Pflicht-Checklisten + CI für einen SHA und mit --host oder --env, ob er zuerst auf Staging lief (Exit 0 bestanden, 3 nicht)</translation>
    </message>
    <message>
        <source>  ran on %1 first: %2 (%3)</source>
        <translation>  lief zuerst auf %1: %2 (%3)</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Swarm&apos;s quick way back for the last change: docker service rollback of the stack&apos;s services (or --service), under the deploy lock, audited</source>
        <translation>Der schnelle Weg zurück bei Swarm für die letzte Änderung: docker service rollback der Dienste des Stacks (oder --service), unter der Deploy-Sperre, protokolliert</translation>
    </message>
    <message>
        <source>the swarm did not go back: %1</source>
        <translation>der Swarm ist nicht zurückgegangen: %1</translation>
    </message>
    <message>
        <source>the stack converged back to its spec before the last update: the backend runs %1</source>
        <translation>der Stack läuft wieder mit seiner Spezifikation vor der letzten Aktualisierung: das Backend führt %1 aus</translation>
    </message>
    <message>
        <source>the stack converged back to its spec before the last update</source>
        <translation>der Stack läuft wieder mit seiner Spezifikation vor der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>not recorded in the release log: %1</source>
        <translation>nicht im Release-Log vermerkt: %1</translation>
    </message>
</context>
<context>
    <name>Stratum::CommandBlockWidget</name>
    <message>
        <source>Run on droplet</source>
        <translation>Auf dem Droplet ausführen</translation>
    </message>
    <message>
        <source>Run locally</source>
        <translation>Lokal ausführen</translation>
    </message>
    <message>
        <source>Runs over the kept SSH session of the droplet picked above</source>
        <translation>Läuft über die gehaltene SSH-Sitzung des oben gewählten Droplets</translation>
    </message>
    <message>
        <source>Runs on this Mac; output below</source>
        <translation>Läuft auf diesem Mac; Ausgabe unten</translation>
    </message>
</context>
<context>
    <name>Stratum::CommandPacksPage</name>
    <message>
        <source>none (add one in Settings)</source>
        <translation>keines (fügen Sie eines in den Einstellungen hinzu)</translation>
    </message>
    <message>
        <source>No droplet is set up: add it in Settings.</source>
        <translation>Kein Droplet ist eingerichtet: fügen Sie es in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>[Droplet] %1 on %2</source>
        <translation>[Droplet] %1 auf %2</translation>
    </message>
    <message>
        <source>command pack: %1</source>
        <translation>Befehlspaket: %1</translation>
    </message>
    <message>
        <source>exit status %1 (%2 s); it ran under the deploy lock and is in the audit log</source>
        <translation>Exit-Status %1 (%2 s); lief unter der Deploy-Sperre und steht im Audit-Log</translation>
    </message>
    <message>
        <source>exit status %1 (%2 s)</source>
        <translation>Exit-Status %1 (%2 s)</translation>
    </message>
    <message>
        <source>[Mac] %1</source>
        <translation>[Mac] %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>could not start /bin/bash</source>
        <translation>konnte /bin/bash nicht starten</translation>
    </message>
</context>
<context>
    <name>Stratum::CommandPalette</name>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to run · Esc to close</source>
        <translation>↑↓ wählen · Eingabe ausführen · Esc schließen</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Jetzt nicht: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Stratum::CommandPolicy</name>
    <message>
        <source>a [GitHub UI] step is done in the browser; open its page instead</source>
        <translation>ein [GitHub UI]-Schritt geschieht im Browser; öffnen Sie stattdessen seine Seite</translation>
    </message>
    <message>
        <source>this block reads a private key; it is shown for reference and never run by the app</source>
        <translation>dieser Block liest einen privaten Schlüssel; er wird zum Nachlesen gezeigt und von der App nie ausgeführt</translation>
    </message>
    <message>
        <source>a [Droplet] block never runs on this Mac; run it on the droplet</source>
        <translation>ein [Droplet]-Block läuft nie auf diesem Mac; führen Sie ihn auf dem Droplet aus</translation>
    </message>
    <message>
        <source>a [Mac] block never runs on the droplet; run it locally</source>
        <translation>ein [Mac]-Block läuft nie auf dem Droplet; führen Sie ihn lokal aus</translation>
    </message>
    <message>
        <source>this block has a placeholder such as &lt;commit_sha&gt;; use the Deploy or Releases page, or copy it and fill it in</source>
        <translation>dieser Block hat einen Platzhalter wie &lt;commit_sha&gt;; verwenden Sie die Seite Deploy oder Releases, oder kopieren Sie ihn und füllen Sie ihn aus</translation>
    </message>
</context>
<context>
    <name>Stratum::CommonCauses</name>
    <message>
        <source>Database authentication fails (InvalidPasswordError)</source>
        <translation>Die Anmeldung an der Datenbank scheitert (InvalidPasswordError)</translation>
    </message>
    <message>
        <source>POSTGRES_PASSWORD / DATABASE_URL in .env.production do not match the database. Fix them, then restart with env (runbook §9).</source>
        <translation>POSTGRES_PASSWORD / DATABASE_URL in .env.production passen nicht zur Datenbank. Korrigieren Sie sie und starten Sie dann mit Env neu (Runbook §9).</translation>
    </message>
    <message>
        <source>JWT_SECRET is a placeholder in production</source>
        <translation>JWT_SECRET ist in der Produktion ein Platzhalter</translation>
    </message>
    <message>
        <source>Set a strong JWT_SECRET in .env.production (e.g. openssl rand -hex 32), then restart with env (runbook §1.4, §9).</source>
        <translation>Setzen Sie ein starkes JWT_SECRET in .env.production (z. B. openssl rand -hex 32) und starten Sie dann mit Env neu (Runbook §1.4, §9).</translation>
    </message>
    <message>
        <source>OPS_INTERNAL_TOKEN is a placeholder in production</source>
        <translation>OPS_INTERNAL_TOKEN ist in der Produktion ein Platzhalter</translation>
    </message>
    <message>
        <source>Set a strong OPS_INTERNAL_TOKEN in .env.production, then restart with env (runbook §1.4, §9).</source>
        <translation>Setzen Sie ein starkes OPS_INTERNAL_TOKEN in .env.production und starten Sie dann mit Env neu (Runbook §1.4, §9).</translation>
    </message>
    <message>
        <source>An env value is invalid or missing</source>
        <translation>Ein Env-Wert ist ungültig oder fehlt</translation>
    </message>
    <message>
        <source>Compare .env.production with .env.production.example; the minimum keys are listed in runbook §1.4.</source>
        <translation>Vergleichen Sie .env.production mit .env.production.example; die Mindestschlüssel stehen im Runbook §1.4.</translation>
    </message>
    <message>
        <source>SSH authentication to the droplet fails</source>
        <translation>Die SSH-Anmeldung am Droplet scheitert</translation>
    </message>
    <message>
        <source>Check the DROPLET_HOST, DROPLET_USER and DROPLET_SSH_KEY secrets and the matching public key in /root/.ssh/authorized_keys (runbook §10.3).</source>
        <translation>Prüfen Sie die Secrets DROPLET_HOST, DROPLET_USER und DROPLET_SSH_KEY und den passenden öffentlichen Schlüssel in /root/.ssh/authorized_keys (Runbook §10.3).</translation>
    </message>
    <message>
        <source>The droplet cannot pull from GHCR</source>
        <translation>Das Droplet kann nicht von GHCR ziehen</translation>
    </message>
    <message>
        <source>Check GHCR_USERNAME / GHCR_TOKEN (read:packages) and log the droplet in again: docker login ghcr.io (runbook §8, §10.3).</source>
        <translation>Prüfen Sie GHCR_USERNAME / GHCR_TOKEN (read:packages) und melden Sie das Droplet neu an: docker login ghcr.io (Runbook §8, §10.3).</translation>
    </message>
</context>
<context>
    <name>Stratum::ComposePs</name>
    <message>
        <source>compose ps: invalid JSON (%1)</source>
        <translation>compose ps: ungültiges JSON (%1)</translation>
    </message>
    <message>
        <source>compose ps: entry %1 has no Service or State</source>
        <translation>compose ps: Eintrag %1 hat kein Service oder State</translation>
    </message>
    <message>
        <source>compose ps: line %1 is not a JSON object</source>
        <translation>compose ps: Zeile %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>compose ps: line %1 has no Service or State</source>
        <translation>compose ps: Zeile %1 hat kein Service oder State</translation>
    </message>
</context>
<context>
    <name>Stratum::ConnectionAssistant</name>
    <message>
        <source>Could not open the rehearsal&apos;s window.</source>
        <translation>Das Fenster des Probelaufs ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>a droplet named &quot;%1&quot; is set up already: pick another name</source>
        <translation>ein Droplet namens „%1“ ist schon eingerichtet: wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>a token is stored: Check the token checks it, or type a new one</source>
        <translation>ein Token ist gespeichert: „Token prüfen“ prüft es, oder geben Sie ein neues ein</translation>
    </message>
    <message>
        <source>Reading the host key of %1…</source>
        <translation>Lese den Host-Schlüssel von %1…</translation>
    </message>
    <message>
        <source>The droplet presents this key, and ~/.ssh/known_hosts trusts it already.</source>
        <translation>Das Droplet zeigt diesen Schlüssel, und ~/.ssh/known_hosts vertraut ihm schon.</translation>
    </message>
    <message>
        <source>The droplet presents this key. Run the command below on the droplet&apos;s console and trust the key only if it prints the same fingerprint.</source>
        <translation>Das Droplet zeigt diesen Schlüssel. Führen Sie den Befehl unten auf der Konsole des Droplets aus und vertrauen Sie dem Schlüssel nur, wenn er denselben Fingerabdruck ausgibt.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Melde mich an %1 an…</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in the keychain.</source>
        <translation>„%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Asking GitHub, one harmless request per permission…</source>
        <translation>Frage GitHub, eine harmlose Anfrage je Berechtigung…</translation>
    </message>
    <message>
        <source>Type the token first (github.com → Settings → Developer settings → Fine-grained tokens).</source>
        <translation>Geben Sie zuerst das Token ein (github.com → Settings → Developer settings → Fine-grained tokens).</translation>
    </message>
    <message>
        <source>Type the user and the token first.</source>
        <translation>Geben Sie zuerst den Benutzer und das Token ein.</translation>
    </message>
    <message>
        <source>Asking the registry for a pull token…</source>
        <translation>Bitte die Registry um ein Pull-Token…</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Noch nicht bestanden</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Zu tun:</translation>
    </message>
</context>
<context>
    <name>Stratum::ConnectionChecks</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>%1 presents %2 %3</source>
        <translation>%1 zeigt %2 %3</translation>
    </message>
    <message>
        <source>trusted (%1)</source>
        <translation>vertraut (%1)</translation>
    </message>
    <message>
        <source>not trusted yet</source>
        <translation>noch nicht vertraut</translation>
    </message>
    <message>
        <source>on the droplet&apos;s console run %1; if it prints %2, trust it (stratumctl host trust %3 --fingerprint %2)</source>
        <translation>führen Sie auf der Konsole des Droplets %1 aus; gibt es %2 aus, vertrauen Sie ihm (stratumctl host trust %3 --fingerprint %2)</translation>
    </message>
    <message>
        <source>do not connect: compare on the droplet&apos;s console (%1) and find out why the key changed</source>
        <translation>nicht verbinden: vergleichen Sie auf der Konsole des Droplets (%1) und finden Sie heraus, warum sich der Schlüssel geändert hat</translation>
    </message>
    <message>
        <source>check the address and port, and that sshd runs on the droplet</source>
        <translation>prüfen Sie Adresse und Port, und dass sshd auf dem Droplet läuft</translation>
    </message>
    <message>
        <source>set droplet.lockDir in the profile to /var/lib/stratum-deploy (on disk, made 0700 for the deploy user)</source>
        <translation>setzen Sie droplet.lockDir im Profil auf /var/lib/stratum-deploy (auf der Platte, mit 0700 für den Deploy-Benutzer angelegt)</translation>
    </message>
    <message>
        <source>the lock directory %1 is a symbolic link</source>
        <translation>das Sperrverzeichnis %1 ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>the lock directory %1 belongs to another user</source>
        <translation>das Sperrverzeichnis %1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>others can write into the lock directory %1 (mode %2)</source>
        <translation>andere können in das Sperrverzeichnis %1 schreiben (Modus %2)</translation>
    </message>
    <message>
        <source>deploys refuse to use it: make it a directory of the deploy user with mode 700, or %1</source>
        <translation>Deploys verweigern es: machen Sie es zu einem Verzeichnis des Deploy-Benutzers mit Modus 700, oder %1</translation>
    </message>
    <message>
        <source>the lock directory %1 is on %2: a reboot empties it, and a pin or a change&apos;s record is lost</source>
        <translation>das Sperrverzeichnis %1 liegt auf %2: ein Neustart leert es, eine Festsetzung oder der Eintrag einer Änderung gehen verloren</translation>
    </message>
    <message>
        <source>the lock directory %1 is under %2, which a reboot may empty (%3 here): a pin or a change&apos;s record would be lost</source>
        <translation>das Sperrverzeichnis %1 liegt unter %2, das ein Neustart leeren kann (hier %3): eine Festsetzung oder der Eintrag einer Änderung gingen verloren</translation>
    </message>
    <message>
        <source>lock directory %1 on %2, mode %3</source>
        <translation>Sperrverzeichnis %1 auf %2, Modus %3</translation>
    </message>
    <message>
        <source>lock directory %1 (made at the first deploy) on %2</source>
        <translation>Sperrverzeichnis %1 (beim ersten Deploy angelegt) auf %2</translation>
    </message>
    <message>
        <source>keep known-good images on the droplet (no docker image prune -a), or pull them back: docker pull %1</source>
        <translation>behalten Sie bewährte Images auf dem Droplet (kein docker image prune -a), oder holen Sie sie zurück: docker pull %1</translation>
    </message>
    <message>
        <source>Droplet</source>
        <translation>Droplet</translation>
    </message>
    <message>
        <source>the droplet&apos;s answer could not be read</source>
        <translation>die Antwort des Droplets konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>run the check again</source>
        <translation>führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
        <source>docker compose does not answer (%1)</source>
        <translation>docker compose antwortet nicht (%1)</translation>
    </message>
    <message>
        <source>install Docker with the Compose v2 plugin on the droplet</source>
        <translation>installieren Sie Docker mit dem Compose-v2-Plugin auf dem Droplet</translation>
    </message>
    <message>
        <source>docker compose %1 is the old v1</source>
        <translation>docker compose %1 ist das alte v1</translation>
    </message>
    <message>
        <source>install the Compose v2 plugin (docker compose, not docker-compose)</source>
        <translation>installieren Sie das Compose-v2-Plugin (docker compose, nicht docker-compose)</translation>
    </message>
    <message>
        <source>docker compose %1</source>
        <translation>docker compose %1</translation>
    </message>
    <message>
        <source>the docker daemon does not answer the deploy user (%1)</source>
        <translation>der Docker-Daemon antwortet dem Deploy-Benutzer nicht (%1)</translation>
    </message>
    <message>
        <source>start docker (systemctl start docker), or let the deploy user use it</source>
        <translation>starten Sie Docker (systemctl start docker), oder erlauben Sie dem Deploy-Benutzer den Zugriff</translation>
    </message>
    <message>
        <source>docker daemon %1</source>
        <translation>Docker-Daemon %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>clone the repository there (the profile&apos;s droplet.appDir)</source>
        <translation>klonen Sie das Repository dorthin (droplet.appDir des Profils)</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>%1 is a clone at %2</source>
        <translation>%1 ist ein Klon auf %2</translation>
    </message>
    <message>
        <source>%1 is not a git clone</source>
        <translation>%1 ist kein Git-Klon</translation>
    </message>
    <message>
        <source>clone the repository into %1: deploys check commits out there</source>
        <translation>klonen Sie das Repository nach %1: Deploys checken dort Commits aus</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>create it from %1 (runbook §1.4; Checklists → one-time setup does it)</source>
        <translation>erstellen Sie sie aus %1 (Runbook §1.4; Checklisten → one-time setup erledigt das)</translation>
    </message>
    <message>
        <source>%1 has mode %2: others can read it</source>
        <translation>%1 hat den Modus %2: andere können sie lesen</translation>
    </message>
    <message>
        <source>chmod 600 %1/%2 on the droplet</source>
        <translation>chmod 600 %1/%2 auf dem Droplet</translation>
    </message>
    <message>
        <source>%1 present, mode %2</source>
        <translation>%1 vorhanden, Modus %2</translation>
    </message>
    <message>
        <source>the droplet refused %1&apos;s key: add the .pub line to ~/.ssh/authorized_keys of %1 on the droplet (runbook §1.1), or pick the right key</source>
        <translation>das Droplet hat den Schlüssel von %1 abgelehnt: tragen Sie die .pub-Zeile in ~/.ssh/authorized_keys von %1 auf dem Droplet ein (Runbook §1.1), oder wählen Sie den richtigen Schlüssel</translation>
    </message>
    <message>
        <source>check the address, the port and the network</source>
        <translation>prüfen Sie Adresse, Port und Netzwerk</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>make a new fine-grained token for %1/%2 and store it</source>
        <translation>erstellen Sie ein neues Fine-grained Token für %1/%2 und speichern Sie es</translation>
    </message>
    <message>
        <source>check the network and try again</source>
        <translation>prüfen Sie das Netzwerk und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>a classic token (scopes: %1)</source>
        <translation>ein klassisches Token (Scopes: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: granted (%2)</source>
        <translation>%1: erteilt (%2)</translation>
    </message>
    <message>
        <source>%1: MISSING — %2 (%3)</source>
        <translation>%1: FEHLT — %2 (%3)</translation>
    </message>
    <message>
        <source>%1: could not be checked (%2)</source>
        <translation>%1: konnte nicht geprüft werden (%2)</translation>
    </message>
    <message>
        <source>the token cannot see %1/%2: under Repository access, select that repository</source>
        <translation>das Token sieht %1/%2 nicht: wählen Sie dieses Repository unter Repository access aus</translation>
    </message>
    <message>
        <source>GHCR login</source>
        <translation>GHCR-Anmeldung</translation>
    </message>
    <message>
        <source>check the GHCR user name and the token (a classic token with read:packages)</source>
        <translation>prüfen Sie den GHCR-Benutzernamen und das Token (ein klassisches Token mit read:packages)</translation>
    </message>
    <message>
        <source>the registry issued a pull token for %1</source>
        <translation>die Registry hat ein Pull-Token für %1 ausgestellt</translation>
    </message>
    <message>
        <source>make a classic token with only read:packages, use it on the droplet (docker login ghcr.io) and here, and revoke the broader one (runbook §8.1)</source>
        <translation>erstellen Sie ein klassisches Token nur mit read:packages, verwenden Sie es auf dem Droplet (docker login ghcr.io) und hier, und widerrufen Sie das weiter reichende (Runbook §8.1)</translation>
    </message>
    <message>
        <source>the registry asked for no login, so the user and token were not proven</source>
        <translation>die Registry verlangte keine Anmeldung, also sind Benutzer und Token nicht bewiesen</translation>
    </message>
    <message>
        <source>Credential rotation</source>
        <translation>Erneuerung der Zugangsdaten</translation>
    </message>
    <message>
        <source>no credentials stored yet</source>
        <translation>noch keine Zugangsdaten gespeichert</translation>
    </message>
</context>
<context>
    <name>Stratum::ConsoleView</name>
    <message>
        <source>Save transcript</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Text (*.txt *.log)</translation>
    </message>
    <message>
        <source>cannot save the transcript to %1: %2</source>
        <translation>kann das Protokoll nicht nach %1 speichern: %2</translation>
    </message>
</context>
<context>
    <name>Stratum::CoreContext</name>
    <message>
        <source>built-in Stratum runbook</source>
        <translation>eingebautes Stratum-Runbook</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>Stratum::CredentialAge</name>
    <message>
        <source>the GitHub token</source>
        <translation>das GitHub-Token</translation>
    </message>
    <message>
        <source>the GHCR token</source>
        <translation>das GHCR-Token</translation>
    </message>
    <message>
        <source>the deploy key of %1</source>
        <translation>der Deploy-Schlüssel von %1</translation>
    </message>
    <message>
        <source>On github.com → Settings → Developer settings → Fine-grained tokens: regenerate the token (same repository and permissions), then store it: Settings → GitHub token, or stratumctl secrets set github-token &lt; token.txt. Check it with stratumctl doctor.</source>
        <translation>Auf github.com → Settings → Developer settings → Fine-grained tokens: das Token neu erzeugen (gleiches Repository, gleiche Berechtigungen) und dann speichern: Einstellungen → GitHub-Token, oder stratumctl secrets set github-token &lt; token.txt. Prüfen mit stratumctl doctor.</translation>
    </message>
    <message>
        <source>Create a classic token with only read:packages; on the droplet run docker login ghcr.io -u USER with it; update the GHCR_TOKEN Actions secret; store it here (Settings, or stratumctl secrets set ghcr-token &lt; token.txt); then revoke the old token (runbook §8.1, §8.2).</source>
        <translation>Erstellen Sie ein klassisches Token nur mit read:packages; führen Sie damit auf dem Droplet docker login ghcr.io -u BENUTZER aus; aktualisieren Sie das Actions-Secret GHCR_TOKEN; speichern Sie es hier (Einstellungen, oder stratumctl secrets set ghcr-token &lt; token.txt); widerrufen Sie dann das alte Token (Runbook §8.1, §8.2).</translation>
    </message>
    <message>
        <source>ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519_new on this Mac; add the .pub line to the droplet&apos;s /root/.ssh/authorized_keys; update the DROPLET_SSH_KEY Actions secret; switch the host to the new key (stratumctl host set-key %1 --key ~/.ssh/id_ed25519_new); check with stratumctl doctor; then remove the old line from authorized_keys (runbook §1.1, §8.2).</source>
        <translation>ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519_new auf diesem Mac; die .pub-Zeile in /root/.ssh/authorized_keys des Droplets eintragen; das Actions-Secret DROPLET_SSH_KEY aktualisieren; den Host auf den neuen Schlüssel umstellen (stratumctl host set-key %1 --key ~/.ssh/id_ed25519_new); mit stratumctl doctor prüfen; dann die alte Zeile aus authorized_keys entfernen (Runbook §1.1, §8.2).</translation>
    </message>
    <message>
        <source>stratumctl host set-key %1 --key PATH (or --agent) records the date</source>
        <translation>stratumctl host set-key %1 --key PFAD (oder --agent) vermerkt das Datum</translation>
    </message>
    <message>
        <source>storing it again (stratumctl secrets set %1) records the date</source>
        <translation>erneutes Speichern (stratumctl secrets set %1) vermerkt das Datum</translation>
    </message>
    <message>
        <source>%1: when it was set is not recorded; %2</source>
        <translation>%1: wann es gesetzt wurde, ist nicht vermerkt; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was set %n day(s) ago: rotation is due (every %2 days, runbook §8.2)</source>
        <translation>
            <numerusform>%1 wurde vor %n Tag gesetzt: die Erneuerung ist fällig (alle %2 Tage, Runbook §8.2)</numerusform>
            <numerusform>%1 wurde vor %n Tagen gesetzt: die Erneuerung ist fällig (alle %2 Tage, Runbook §8.2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was set %n day(s) ago (rotate every %2 days)</source>
        <translation>
            <numerusform>%1 wurde vor %n Tag gesetzt (alle %2 Tage erneuern)</numerusform>
            <numerusform>%1 wurde vor %n Tagen gesetzt (alle %2 Tage erneuern)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::DeployLane</name>
    <message>
        <source>read-only mode: nothing that changes a droplet runs here (turn it off in the Droplet menu, or leave out --read-only)</source>
        <translation>Nur-Lesen-Modus: nichts, was ein Droplet ändert, läuft hier (ausschalten im Menü Droplet, oder --read-only weglassen)</translation>
    </message>
    <message>
        <source>no GitHub access</source>
        <translation>kein Zugriff auf GitHub</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 has no commit SHA</source>
        <translation>die Antwort von GitHub für %1 enthält keinen Commit-SHA</translation>
    </message>
    <message>
        <source>no host is set up; add one in Settings or with: stratumctl host add NAME --address ADDR</source>
        <translation>kein Host ist eingerichtet; fügen Sie einen in den Einstellungen hinzu oder mit: stratumctl host add NAME --address ADRESSE</translation>
    </message>
    <message>
        <source>several hosts are set up; pick one with --host NAME</source>
        <translation>mehrere Hosts sind eingerichtet; wählen Sie einen mit --host NAME</translation>
    </message>
    <message>
        <source>no host named &quot;%1&quot;</source>
        <translation>kein Host namens „%1“</translation>
    </message>
    <message>
        <source>this change was not planned by the core, or it ran already: plan it again</source>
        <translation>diese Änderung wurde nicht vom Kern geplant, oder sie lief schon: planen Sie sie neu</translation>
    </message>
    <message>
        <source>this rollback crosses database migrations (%1): confirm that the older release may run against the newer schema (tick the box, or --accept-migrations)</source>
        <translation>dieser Rollback überquert Datenbankmigrationen (%1): bestätigen Sie, dass das ältere Release gegen das neuere Schema laufen darf (Kästchen ankreuzen, oder --accept-migrations)</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>nothing to undo: %1</source>
        <translation>nichts rückgängig zu machen: %1</translation>
    </message>
    <message>
        <source>nothing to undo: %1. The last known-good release is %2: roll back to it instead</source>
        <translation>nichts rückgängig zu machen: %1. Das letzte bewährte Release ist %2: rollen Sie stattdessen darauf zurück</translation>
    </message>
    <message>
        <source>allowed as a known-good rollback: %1 is known-good (%2)</source>
        <translation>als Rollback auf ein bewährtes Release erlaubt: %1 ist bewährt (%2)</translation>
    </message>
    <message>
        <source>a pin needs a reason (--reason TEXT): the next operator reads it</source>
        <translation>eine Festsetzung braucht einen Grund (--reason TEXT): die nächste Person im Betrieb liest ihn</translation>
    </message>
    <message>
        <source>cannot pin: the backend on %1 does not run an image tagged by a commit SHA</source>
        <translation>kann nicht festsetzen: das Backend auf %1 läuft nicht mit einem Image, dessen Tag ein Commit-SHA ist</translation>
    </message>
    <message>
        <source>cannot read what runs on %1: %2</source>
        <translation>kann nicht lesen, was auf %1 läuft: %2</translation>
    </message>
    <message>
        <source>could not pin %1: %2</source>
        <translation>konnte %1 nicht festsetzen: %2</translation>
    </message>
    <message>
        <source>pinned %1 to %2: forward deploys are refused until the pin is released</source>
        <translation>%1 auf %2 festgesetzt: Vorwärts-Deploys werden abgelehnt, bis die Festsetzung aufgehoben ist</translation>
    </message>
    <message>
        <source>releasing a pin needs a reason (--reason TEXT)</source>
        <translation>das Aufheben einer Festsetzung braucht einen Grund (--reason TEXT)</translation>
    </message>
    <message>
        <source>could not release the pin of %1: %2</source>
        <translation>konnte die Festsetzung von %1 nicht aufheben: %2</translation>
    </message>
    <message>
        <source>%1 was not pinned</source>
        <translation>%1 war nicht festgesetzt</translation>
    </message>
    <message>
        <source>released the pin of %1 (it held %2, set by %3): forward deploys may go again</source>
        <translation>Festsetzung von %1 aufgehoben (sie hielt %2, gesetzt von %3): Vorwärts-Deploys dürfen wieder</translation>
    </message>
    <message>
        <source>%1 on %2 since %3 (SHA %4, reason: %5)</source>
        <translation>%1 auf %2 seit %3 (SHA %4, Grund: %5)</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (pid %2) has run for %3 s</source>
        <translation>„%1“ (PID %2) läuft seit %3 s</translation>
    </message>
    <message>
        <source>breaking the deploy lock needs a reason (--reason TEXT): it is recorded for the lock&apos;s holder</source>
        <translation>das Aufheben der Deploy-Sperre braucht einen Grund (--reason TEXT): er wird für den Inhaber der Sperre festgehalten</translation>
    </message>
    <message>
        <source>the deploy lock of %1 is free</source>
        <translation>die Deploy-Sperre von %1 ist frei</translation>
    </message>
    <message>
        <source>the deploy lock of %1 is held by another change than the one confirmed: now %2; look again</source>
        <translation>die Deploy-Sperre von %1 hält eine andere Änderung als die bestätigte: jetzt %2; sieh noch einmal nach</translation>
    </message>
    <message>
        <source>the deploy lock of %1 is not broken: a step of its change still runs on the droplet — %2, started by %3. Wait for it to end, or cancel it from the app that started it.</source>
        <translation>die Deploy-Sperre von %1 wird nicht aufgehoben: ein Schritt ihrer Änderung läuft noch auf dem Droplet — %2, gestartet von %3. Warte, bis er endet, oder brich ihn in der App ab, die ihn gestartet hat.</translation>
    </message>
    <message>
        <source>the deploy lock of %1 changed hands since it was read: now %2; look again</source>
        <translation>die Deploy-Sperre von %1 hat seit dem Lesen den Inhaber gewechselt: jetzt %2; sieh noch einmal nach</translation>
    </message>
    <message>
        <source>could not break the deploy lock of %1: %2</source>
        <translation>die Deploy-Sperre von %1 konnte nicht aufgehoben werden: %2</translation>
    </message>
    <message>
        <source>broke the deploy lock of %1 that %2 held. Its change is recorded by the next look once its app&apos;s lease has run out, or by its app if it comes back.</source>
        <translation>die Deploy-Sperre von %1 aufgehoben, die %2 hielt. Ihre Änderung hält der nächste Blick fest, sobald die Frist ihrer App abgelaufen ist, oder ihre App, wenn sie zurückkommt.</translation>
    </message>
    <message>
        <source>the connection to %1 went away before the command ran</source>
        <translation>die Verbindung zu %1 brach ab, bevor der Befehl lief</translation>
    </message>
    <message>
        <source>the command changes the droplet and the deploy lock is held: %1 on %2 since %3 (reason: %4); nothing was run</source>
        <translation>der Befehl ändert das Droplet und die Deploy-Sperre ist belegt: %1 auf %2 seit %3 (Grund: %4); nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>the command changes the droplet and the deploy lock could not be taken: %1; nothing was run</source>
        <translation>der Befehl ändert das Droplet und die Deploy-Sperre ließ sich nicht nehmen: %1; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>no command to run</source>
        <translation>kein Befehl zum Ausführen</translation>
    </message>
    <message>
        <source>no droplet to run it on</source>
        <translation>kein Droplet, auf dem er laufen könnte</translation>
    </message>
    <message>
        <source>; nothing was run</source>
        <translation>; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>create %1 from its example</source>
        <translation>%1 aus dem Beispiel anlegen</translation>
    </message>
    <message>
        <source>cannot take the lock of %1: %2</source>
        <translation>die Sperre von %1 kann nicht genommen werden: %2</translation>
    </message>
    <message>
        <source>%1 is in a rolling change already: %2 on %3 since %4 (SHA %5); its lock is free when that change ends, or %6 s after its app stopped</source>
        <translation>%1 steckt schon in einer schrittweisen Änderung: %2 auf %3 seit %4 (SHA %5); ihre Sperre wird frei, wenn diese Änderung endet, oder %6 s nachdem ihre App aufgehört hat</translation>
    </message>
    <message>
        <source>cannot take the lock of %1 on %2: %3</source>
        <translation>die Sperre von %1 auf %2 kann nicht genommen werden: %3</translation>
    </message>
    <message>
        <source>%1 runs the product with docker compose: docker service rollback is Swarm&apos;s; the way back there is a rollback to a known-good release (stratumctl rollback)</source>
        <translation>%1 betreibt das Produkt mit docker compose: docker service rollback gehört zu Swarm; der Weg zurück ist dort ein Rollback auf ein bewährtes Release (stratumctl rollback)</translation>
    </message>
    <message>
        <source>undoing the swarm&apos;s last update needs a reason (--reason TEXT): the team reads it</source>
        <translation>die letzte Aktualisierung des Swarm rückgängig zu machen braucht einen Grund (--reason TEXT): das Team liest ihn</translation>
    </message>
    <message>
        <source>the profile has no service &quot;%1&quot; (it has %2)</source>
        <translation>das Profil hat keinen Dienst „%1“ (es hat %2)</translation>
    </message>
    <message>
        <source>undo the swarm&apos;s last update: %1</source>
        <translation>letzte Aktualisierung des Swarm rückgängig machen: %1</translation>
    </message>
    <message>
        <source>what runs now could not be read</source>
        <translation>was jetzt läuft, konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the backend runs %1, which is not a release SHA</source>
        <translation>das Backend führt %1 aus, das ist kein Release-SHA</translation>
    </message>
</context>
<context>
    <name>Stratum::DeployPage</name>
    <message>
        <source>GitHub workflow &quot;%1&quot; on %2 (standard)</source>
        <translation>GitHub-Workflow „%1“ auf %2 (Standard)</translation>
    </message>
    <message>
        <source>SSH by SHA (emergency, runbook §6)</source>
        <translation>SSH per SHA (Notfall, Runbook §6)</translation>
    </message>
    <message>
        <source>cancel requested: stopping at the next safe point</source>
        <translation>Abbruch angefordert: halte am nächsten sicheren Punkt an</translation>
    </message>
    <message>
        <source>No GitHub token: set one in Settings.</source>
        <translation>Kein GitHub-Token: setzen Sie eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>Reading GitHub…</source>
        <translation>Lese GitHub…</translation>
    </message>
    <message>
        <source>Dispatching…</source>
        <translation>Stoße an…</translation>
    </message>
    <message>
        <source>following run %1: %2</source>
        <translation>folge Lauf %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>%1 not possible (nothing was changed): %2</source>
        <translation>%1 nicht möglich (nichts wurde geändert): %2</translation>
    </message>
    <message>
        <source>The database stays at the newer schema: %1 may run against it</source>
        <translation>Die Datenbank bleibt beim neueren Schema: %1 darf dagegen laufen</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>end of the failed job&apos;s log:</source>
        <translation>Ende des Logs des fehlgeschlagenen Jobs:</translation>
    </message>
    <message>
        <source>A deploy is running.</source>
        <translation>Ein Deploy läuft.</translation>
    </message>
    <message>
        <source>CI cannot be verified: %1</source>
        <translation>CI nicht überprüfbar: %1</translation>
    </message>
    <message>
        <source>Check GitHub first: the workflow deploys the head of %1.</source>
        <translation>Prüfen Sie zuerst GitHub: der Workflow deployt den Stand von %1.</translation>
    </message>
    <message>
        <source>That is not the head of %1; the workflow would deploy %2. Use SSH by SHA for an older commit.</source>
        <translation>Das ist nicht der Stand von %1; der Workflow würde %2 deployen. Für einen älteren Commit nehmen Sie SSH per SHA.</translation>
    </message>
    <message>
        <source>Add the droplet in Settings first.</source>
        <translation>Fügen Sie zuerst das Droplet in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Enter the commit SHA to deploy.</source>
        <translation>Commit-SHA für das Deployment eingeben.</translation>
    </message>
    <message>
        <source>A SHA has 7 to 40 hex digits.</source>
        <translation>Eine SHA hat 7 bis 40 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Type why the gates are overridden.</source>
        <translation>Geben Sie ein, warum die Gates übergangen werden.</translation>
    </message>
    <message>
        <source>Checking the gates…</source>
        <translation>Schranken werden geprüft …</translation>
    </message>
    <message>
        <source>Gates not met: %1</source>
        <translation>Gates nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Deploy (gates overridden)</source>
        <translation>Deploy (Schranken übersteuert)</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployen</translation>
    </message>
    <message>
        <source>Checking the gates for %1…</source>
        <translation>Prüfe die Gates für %1…</translation>
    </message>
    <message>
        <source>%1 %2: %3/%4</source>
        <translation>%1 %2: %3/%4</translation>
    </message>
    <message>
        <source>gates passed for %1</source>
        <translation>Gates für %1 erfüllt</translation>
    </message>
    <message>
        <source>gates NOT met for %1</source>
        <translation>Gates für %1 NICHT erfüllt</translation>
    </message>
    <message>
        <source>Checking the undo of the last deploy…</source>
        <translation>Prüfe das Rückgängigmachen des letzten Deploys…</translation>
    </message>
    <message>
        <source>refused: the gates for %1 are not met (nothing was run on the droplet): %2</source>
        <translation>abgelehnt: die Gates für %1 sind nicht erfüllt (auf dem Droplet wurde nichts ausgeführt): %2</translation>
    </message>
    <message>
        <source>Files in the droplet&apos;s clone nobody checked</source>
        <translation>Dateien im Klon des Droplets, die niemand geprüft hat</translation>
    </message>
    <message>
        <source>Compose would use these files on the droplet as they are:
  %1

Commit or remove them there, or say why this %2 may use them (kept in the release log and the audit log):</source>
        <translation>Compose würde diese Dateien auf dem Droplet so verwenden:
  %1

Committen oder entfernen Sie sie dort, oder sagen Sie, warum dieser Vorgang (%2) sie verwenden darf (wird im Release-Log und im Audit-Log vermerkt):</translation>
    </message>
    <message>
        <source>Use them and check again</source>
        <translation>Verwenden und erneut prüfen</translation>
    </message>
    <message>
        <source>nothing was changed: a reason is needed to use the droplet&apos;s uncommitted files</source>
        <translation>nichts wurde geändert: um die nicht committeten Dateien des Droplets zu verwenden, braucht es einen Grund</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>step failed: %1</source>
        <translation>Schritt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done: %1 is deployed.</source>
        <translation>Fertig: %1 ist deployt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> Nothing on the droplet was changed.</source>
        <translation> Auf dem Droplet wurde nichts geändert.</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Enter a SHA (or check GitHub for the head) to see its gates.</source>
        <translation>Geben Sie einen SHA ein (oder prüfen Sie GitHub für den Stand), um seine Gates zu sehen.</translation>
    </message>
    <message>
        <source>no host yet (add one in Settings)</source>
        <translation>noch kein Host (fügen Sie einen in den Einstellungen hinzu)</translation>
    </message>
    <message>
        <source>ran on %1</source>
        <translation>lief auf %1</translation>
    </message>
    <message>
        <source>%1: every host, one at a time (%2)</source>
        <translation>%1: jeder Host, einer nach dem anderen (%2)</translation>
    </message>
    <message>
        <source>Undo the swarm&apos;s last update on %1</source>
        <translation>Letztes Swarm-Update auf %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Every service of the stack goes back to its spec before the last update (docker service rollback), then the app waits until the stack converged. Why? (kept in the release log and the audit log)</source>
        <translation>Jeder Dienst des Stacks kehrt zu seiner Spezifikation vor der letzten Aktualisierung zurück (docker service rollback), dann wartet die App, bis der Stack konvergiert ist. Warum? (wird im Release-Log und im Audit-Log vermerkt)</translation>
    </message>
    <message>
        <source>Undo the update</source>
        <translation>Update zurücknehmen</translation>
    </message>
    <message>
        <source>nothing was changed: undoing the swarm&apos;s last update needs a reason</source>
        <translation>nichts wurde geändert: das letzte Swarm-Update zurückzunehmen braucht einen Grund</translation>
    </message>
    <message>
        <source>— undoing the swarm&apos;s last update on %1 —</source>
        <translation>— letztes Swarm-Update auf %1 wird zurückgenommen —</translation>
    </message>
    <message>
        <source>Undoing the swarm&apos;s last update on %1…</source>
        <translation>Letztes Swarm-Update auf %1 wird zurückgenommen…</translation>
    </message>
    <message>
        <source>the swarm did not go back: %1</source>
        <translation>der Swarm ist nicht zurückgekehrt: %1</translation>
    </message>
    <message>
        <source>%1 went back to its spec before the last update</source>
        <translation>%1 ist zur Spezifikation vor der letzten Aktualisierung zurückgekehrt</translation>
    </message>
    <message>
        <source>%1 went back to its spec before the last update: the backend runs %2</source>
        <translation>%1 ist zur Spezifikation vor der letzten Aktualisierung zurückgekehrt: das Backend führt %2 aus</translation>
    </message>
    <message>
        <source>(not recorded in the release log: %1)</source>
        <translation>(nicht im Release-Log vermerkt: %1)</translation>
    </message>
</context>
<context>
    <name>Stratum::DiagnosticsPage</name>
    <message>
        <source>Nothing recognised yet. Show a log to check it for the runbook&apos;s common causes.</source>
        <translation>Noch nichts erkannt. Zeigen Sie ein Log, um es auf die häufigen Ursachen des Runbooks zu prüfen.</translation>
    </message>
    <message>
        <source>Settings: %1 · Log: %2 · Keychain service: %3</source>
        <translation>Einstellungen: %1 · Log: %2 · Schlüsselbund-Dienst: %3</translation>
    </message>
    <message>
        <source>no host yet</source>
        <translation>noch kein Host</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>None of the runbook&apos;s common causes in this output.</source>
        <translation>Keine der häufigen Ursachen des Runbooks in dieser Ausgabe.</translation>
    </message>
    <message>
        <source>Save the incident bundle</source>
        <translation>Incident-Paket speichern</translation>
    </message>
    <message>
        <source>Incident bundles (*.tar.gz)</source>
        <translation>Incident-Pakete (*.tar.gz)</translation>
    </message>
    <message>
        <source>Collecting the evidence from %1…</source>
        <translation>Sammle die Belege von %1…</translation>
    </message>
    <message>
        <source>Incident bundle: %1…</source>
        <translation>Incident-Paket: %1…</translation>
    </message>
    <message>
        <source>No incident bundle: %1</source>
        <translation>Kein Incident-Paket: %1</translation>
    </message>
    <message>
        <source>%1 — &lt;a href=&quot;%2&quot;&gt;show the folder&lt;/a&gt;</source>
        <translation>%1 — &lt;a href=&quot;%2&quot;&gt;Ordner zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>doctor: the connection and the credentials…</source>
        <translation>Doctor: die Verbindung und die Zugangsdaten …</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>doctor: all good</source>
        <translation>Doctor: alles in Ordnung</translation>
    </message>
    <message>
        <source>doctor: not all good, see the fixes above</source>
        <translation>Doctor: nicht alles in Ordnung, siehe die Abhilfen oben</translation>
    </message>
</context>
<context>
    <name>Stratum::Doctor</name>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>unlock the keychain and run again</source>
        <translation>entsperren Sie den Schlüsselbund und starten Sie erneut</translation>
    </message>
    <message>
        <source>no droplet is set up</source>
        <translation>kein Droplet ist eingerichtet</translation>
    </message>
    <message>
        <source>no host named &quot;%1&quot; (set up: %2)</source>
        <translation>kein Host namens „%1“ (eingerichtet: %2)</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>add it: the connection assistant (Settings → Add droplet…), or stratumctl host add NAME --address ADDR</source>
        <translation>fügen Sie es hinzu: der Verbindungsassistent (Einstellungen → Droplet hinzufügen…), oder stratumctl host add NAME --address ADRESSE</translation>
    </message>
    <message>
        <source>name one with --host</source>
        <translation>nennen Sie einen mit --host</translation>
    </message>
    <message>
        <source>Droplet</source>
        <translation>Droplet</translation>
    </message>
    <message>
        <source>not tested: the host key is not trusted</source>
        <translation>nicht getestet: dem Host-Schlüssel wird nicht vertraut</translation>
    </message>
    <message>
        <source>GHCR login</source>
        <translation>GHCR-Anmeldung</translation>
    </message>
    <message>
        <source>no GHCR user name or token stored</source>
        <translation>kein GHCR-Benutzername oder -Token gespeichert</translation>
    </message>
    <message>
        <source>store them: Settings, or stratumctl secrets set ghcr-username / ghcr-token</source>
        <translation>speichern Sie sie: Einstellungen, oder stratumctl secrets set ghcr-username / ghcr-token</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>no GitHub token stored</source>
        <translation>kein GitHub-Token gespeichert</translation>
    </message>
    <message>
        <source>store a fine-grained token: Settings, or stratumctl secrets set github-token &lt; token.txt</source>
        <translation>speichern Sie ein Fine-grained Token: Einstellungen, oder stratumctl secrets set github-token &lt; token.txt</translation>
    </message>
</context>
<context>
    <name>Stratum::DocumentLock</name>
    <message>
        <source>cannot take the lock file %1 for the %2: check that its folder is writable</source>
        <translation>die Sperrdatei %1 für %2 kann nicht angelegt werden: prüfe, ob ihr Ordner beschreibbar ist</translation>
    </message>
    <message>
        <source>the %1 is being written by another process (%2, pid %3) that did not finish in time; try again in a moment</source>
        <translation>%1 wird gerade von einem anderen Prozess geschrieben (%2, PID %3), der nicht rechtzeitig fertig wurde; versuche es gleich noch einmal</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Stratum::DropletFacts</name>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>frontend</source>
        <translation>Frontend</translation>
    </message>
    <message>
        <source>both images of %1 are gone from the droplet: a rollback to it needs the registry (GHCR) to answer</source>
        <translation>beide Images von %1 sind nicht mehr auf dem Droplet: ein Rollback dorthin braucht eine antwortende Registry (GHCR)</translation>
    </message>
    <message>
        <source>the %1 image of %2 is gone from the droplet: a rollback to it needs the registry (GHCR) to answer</source>
        <translation>das %1-Image von %2 ist nicht mehr auf dem Droplet: ein Rollback dorthin braucht eine antwortende Registry (GHCR)</translation>
    </message>
</context>
<context>
    <name>Stratum::DropletOperation</name>
    <message>
        <source>cancelled while waiting for the images</source>
        <translation>abgebrochen beim Warten auf die Images</translation>
    </message>
    <message>
        <source>stopping &quot;%1&quot; on the droplet…
</source>
        <translation>halte „%1“ auf dem Droplet an…
</translation>
    </message>
    <message>
        <source>git fetch origin %1</source>
        <translation>git fetch origin %1</translation>
    </message>
    <message>
        <source>git checkout %1</source>
        <translation>git checkout %1</translation>
    </message>
    <message>
        <source>git pull --ff-only</source>
        <translation>git pull --ff-only</translation>
    </message>
    <message>
        <source>resolve the SHA</source>
        <translation>SHA auflösen</translation>
    </message>
    <message>
        <source>gates for the resolved commit</source>
        <translation>Gates für den aufgelösten Commit</translation>
    </message>
    <message>
        <source>%1 is not a commit in the droplet&apos;s clone, even after fetching</source>
        <translation>%1 ist auch nach dem Fetch kein Commit im Klon des Droplets</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it matches %2; give more digits</source>
        <translation>%1 ist mehrdeutig: passt auf %2; geben Sie mehr Ziffern an</translation>
    </message>
    <message>
        <source>the droplet answered something that is not a SHA</source>
        <translation>das Droplet hat etwas geantwortet, das kein SHA ist</translation>
    </message>
    <message>
        <source>the droplet resolved %1 to %2, but the gates were checked for %3</source>
        <translation>das Droplet hat %1 zu %2 aufgelöst, die Gates wurden aber für %3 geprüft</translation>
    </message>
    <message>
        <source>recreate the frontend</source>
        <translation>das Frontend neu erstellen</translation>
    </message>
    <message>
        <source>compose up with the running image tags</source>
        <translation>compose up mit den laufenden Image-Tags</translation>
    </message>
    <message>
        <source>verify the image tags did not change</source>
        <translation>prüfen, dass sich die Image-Tags nicht geändert haben</translation>
    </message>
    <message>
        <source>%1 now runs %2 instead of %3</source>
        <translation>%1 läuft jetzt mit %2 statt %3</translation>
    </message>
    <message>
        <source>backend ready</source>
        <translation>Backend bereit</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>take the deploy lock</source>
        <translation>die Deploy-Sperre setzen</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>wait for both images in the registry</source>
        <translation>auf beide Images in der Registry warten</translation>
    </message>
    <message>
        <source>the droplet resolved %1 to %2, not %3: checking the gates for it
</source>
        <translation>das Droplet hat %1 zu %2 aufgelöst, nicht %3: prüfe die Gates dafür
</translation>
    </message>
    <message>
        <source>could not reach the droplet to stop &quot;%1&quot; (%2): the step may still be running there. The stop is sent again when the connection is back; if it is not, the next look records the step&apos;s result.
</source>
        <translation>das Droplet war nicht erreichbar, um „%1“ anzuhalten (%2): der Schritt läuft dort vielleicht noch. Der Halt wird erneut gesendet, sobald die Verbindung zurück ist; wenn nicht, hält der nächste Blick das Ergebnis des Schritts fest.
</translation>
    </message>
    <message>
        <source>reconnected after %1 s; &quot;%2&quot; goes on
</source>
        <translation>nach %1 s wieder verbunden; „%2“ läuft weiter
</translation>
    </message>
    <message>
        <source>the connection to the droplet dropped during &quot;%1&quot; (%2). What runs on the droplet goes on; reconnecting for up to %3 s…
</source>
        <translation>die Verbindung zum Droplet brach während „%1“ ab (%2). Was auf dem Droplet läuft, läuft weiter; verbinde mich bis zu %3 s neu…
</translation>
    </message>
    <message>
        <source>could not start it on the droplet: %1</source>
        <translation>konnte es auf dem Droplet nicht starten: %1</translation>
    </message>
    <message>
        <source>it took longer than %1 s, and the droplet could not be reached to stop it (%2)</source>
        <translation>er dauerte länger als %1 s, und das Droplet war nicht erreichbar, um ihn anzuhalten (%2)</translation>
    </message>
    <message>
        <source>it took longer than %1 s: stopped it on the droplet</source>
        <translation>es dauerte länger als %1 s: auf dem Droplet angehalten</translation>
    </message>
    <message>
        <source>cancelled: stopped on the droplet (exit status %1)</source>
        <translation>abgebrochen: auf dem Droplet angehalten (Exit-Status %1)</translation>
    </message>
    <message>
        <source>it ended on the droplet without an exit status (killed?)</source>
        <translation>es endete auf dem Droplet ohne Exit-Status (abgeschossen?)</translation>
    </message>
    <message>
        <source>its outcome is unknown: it ended, but the droplet could not keep its exit status (a full disk or a read-only filesystem?); its output is in %1 on the droplet</source>
        <translation>sein Ergebnis ist unbekannt: er endete, aber das Droplet konnte seinen Exit-Status nicht ablegen (volle Platte oder schreibgeschütztes Dateisystem?); seine Ausgabe liegt in %1 auf dem Droplet</translation>
    </message>
    <message>
        <source>another deploy holds the lock: %1 on %2 since %3 (SHA %4, reason: %5). Wait for it; if that change is gone, stratumctl lock status says whether a step of it still runs</source>
        <translation>ein anderes Deployment hält die Sperre: %1 auf %2 seit %3 (SHA %4, Grund: %5). Warte darauf; wenn diese Änderung nicht mehr da ist, sagt stratumctl lock status, ob noch ein Schritt von ihr läuft</translation>
    </message>
    <message>
        <source>HEAD %1 and %2 in the registry</source>
        <translation>HEAD %1 und %2 in der Registry</translation>
    </message>
    <message>
        <source>the registry did not answer properly (%1): asking again in %2 s, for up to %3 s in all
</source>
        <translation>die Registry hat nicht richtig geantwortet (%1): erneute Anfrage in %2 s, insgesamt bis zu %3 s
</translation>
    </message>
    <message>
        <source>both images are in the registry: %1, %2
</source>
        <translation>beide Images sind in der Registry: %1, %2
</translation>
    </message>
    <message>
        <source>the images did not appear within %1 s (%2)</source>
        <translation>die Images sind nicht innerhalb von %1 s erschienen (%2)</translation>
    </message>
    <message>
        <source>waiting for the images for %1 … (%2 s)
</source>
        <translation>warte auf die Images für %1 … (%2 s)
</translation>
    </message>
    <message>
        <source>droplet sees the backend image</source>
        <translation>das Droplet sieht das Backend-Image</translation>
    </message>
    <message>
        <source>droplet sees the frontend image</source>
        <translation>das Droplet sieht das Frontend-Image</translation>
    </message>
    <message>
        <source>the droplet cannot see the image (its GHCR login may be stale after a token rotation: run docker login ghcr.io on the droplet): %1</source>
        <translation>das Droplet sieht das Image nicht (seine GHCR-Anmeldung ist nach einer Token-Erneuerung vielleicht veraltet: docker login ghcr.io auf dem Droplet ausführen): %1</translation>
    </message>
    <message>
        <source>pull the backend image</source>
        <translation>das Backend-Image ziehen</translation>
    </message>
    <message>
        <source>pull the frontend image</source>
        <translation>das Frontend-Image ziehen</translation>
    </message>
    <message>
        <source>compose up</source>
        <translation>compose up</translation>
    </message>
    <message>
        <source>compose ps</source>
        <translation>compose ps</translation>
    </message>
    <message>
        <source>the %1 service is not running</source>
        <translation>der Dienst %1 läuft nicht</translation>
    </message>
    <message>
        <source>the %1 service is %2</source>
        <translation>der Dienst %1 ist %2</translation>
    </message>
    <message>
        <source>backend live</source>
        <translation>Backend lebt</translation>
    </message>
    <message>
        <source>read what runs now</source>
        <translation>lesen, was jetzt läuft</translation>
    </message>
    <message>
        <source>what runs changed since the plan was confirmed (%1 then, %2 now): plan the change again</source>
        <translation>was läuft, hat sich seit der Bestätigung des Plans geändert (damals %1, jetzt %2): planen Sie die Änderung neu</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>cannot tell which images run now (no backend or frontend container)</source>
        <translation>kann nicht erkennen, welche Images gerade laufen (kein Backend- oder Frontend-Container)</translation>
    </message>
    <message>
        <source>cancelled before &quot;%1&quot;</source>
        <translation>abgebrochen vor „%1“</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; failed: %2</source>
        <translation>Schritt „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the droplet was out of reach for %1 s during &quot;%2&quot;: its outcome is unknown (%3).</source>
        <translation>das Droplet war während „%2“ %1 s lang nicht erreichbar: sein Ergebnis ist unbekannt (%3).</translation>
    </message>
    <message>
        <source> It may still be running on the droplet: the deploy lock stays held by this change, and the next plan (or the app&apos;s next start) records its true result once it ended.</source>
        <translation> Es läuft vielleicht noch auf dem Droplet: die Deploy-Sperre bleibt von dieser Änderung gehalten, und der nächste Plan (oder der nächste Start der App) vermerkt ihr wahres Ergebnis, sobald sie geendet hat.</translation>
    </message>
    <message>
        <source>could not release the deploy lock: %1
</source>
        <translation>konnte die Deploy-Sperre nicht freigeben: %1
</translation>
    </message>
    <message>
        <source>the lock is no longer this change&apos;s: it was freed while this app could not reach the droplet (broken by another operator, or taken over after this change&apos;s lease ran out). &quot;%1&quot; was not started; the change stops here.</source>
        <translation>die Sperre gehört nicht mehr dieser Änderung: sie wurde freigegeben, während diese App das Droplet nicht erreichte (von jemand anderem aufgehoben oder nach Ablauf der Frist dieser Änderung übernommen). „%1“ wurde nicht gestartet; die Änderung endet hier.</translation>
    </message>
    <message>
        <source>the lock is no longer this change&apos;s: %1 took it at %2 (reason: %3). &quot;%4&quot; was not started; the change stops here.</source>
        <translation>die Sperre gehört nicht mehr dieser Änderung: %1 hat sie um %2 übernommen (Grund: %3). „%4“ wurde nicht gestartet; die Änderung endet hier.</translation>
    </message>
    <message>
        <source>the droplet&apos;s host key changed during &quot;%1&quot;: %2 This change stops here: nothing more is sent to the droplet, the deploy lock stays with this change, and nothing is recorded as failed. Once the key is checked and trusted again, the next look records the change&apos;s true result.</source>
        <translation>der Host-Schlüssel des Droplets hat sich während „%1“ geändert: %2 Diese Änderung endet hier: nichts mehr wird an das Droplet gesendet, die Deploy-Sperre bleibt bei dieser Änderung, und nichts wird als fehlgeschlagen festgehalten. Sobald der Schlüssel geprüft und wieder vertraut ist, hält der nächste Blick das wahre Ergebnis der Änderung fest.</translation>
    </message>
    <message>
        <source>after reconnecting, the droplet runs:
</source>
        <translation>nach dem Neuverbinden läuft auf dem Droplet:
</translation>
    </message>
    <message>
        <source>could not read what runs on the droplet after the drop: %1
</source>
        <translation>konnte nach dem Abbruch nicht lesen, was auf dem Droplet läuft: %1
</translation>
    </message>
    <message>
        <source>interrupted before %1</source>
        <translation>unterbrochen vor %1</translation>
    </message>
    <message>
        <source>interrupted at step %1</source>
        <translation>unterbrochen bei Schritt %1</translation>
    </message>
    <message>
        <source> (not in the release log yet: %1; the droplet keeps this change&apos;s record, and the next look once the keychain answers stores it)</source>
        <translation> (noch nicht im Release-Log: %1; das Droplet bewahrt den Eintrag dieser Änderung, und der nächste Blick speichert ihn, sobald der Schlüsselbund antwortet)</translation>
    </message>
    <message>
        <source> (not recorded in the release log: %1)</source>
        <translation> (nicht im Release-Log vermerkt: %1)</translation>
    </message>
</context>
<context>
    <name>Stratum::DropletStatus</name>
    <message>
        <source>%1: exited (%2)</source>
        <translation>%1: beendet (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no container</source>
        <translation>%1: kein Container</translation>
    </message>
    <message>
        <source>%1: a container for %2 was created but never started</source>
        <translation>%1: ein Container für %2 wurde erstellt, aber nie gestartet</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 läuft mit %2</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>nicht gesund</translation>
    </message>
    <message>
        <source>down</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <translation>Auf %1 zurückrollen</translation>
    </message>
    <message>
        <source>%1: cannot read what runs (%2)</source>
        <translation>%1: kann nicht lesen, was läuft (%2)</translation>
    </message>
    <message>
        <source>MIXED: %1</source>
        <translation>GEMISCHT: %1</translation>
    </message>
    <message>
        <source>running images are not tagged by a commit SHA</source>
        <translation>die laufenden Images sind nicht mit einem Commit-SHA getaggt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>known-good</source>
        <translation>bewährt</translation>
    </message>
    <message>
        <source>not known-good</source>
        <translation>nicht bewährt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>locked by %1 (%2)</source>
        <translation>gesperrt von %1 (%2)</translation>
    </message>
    <message>
        <source>lock free</source>
        <translation>Sperre frei</translation>
    </message>
    <message>
        <source>pinned to %1 by %2: %3</source>
        <translation>von %2 auf %1 festgesetzt: %3</translation>
    </message>
</context>
<context>
    <name>Stratum::EnvLint</name>
    <message>
        <source>line %1 of %2 is not KEY=VALUE</source>
        <translation>Zeile %1 von %2 ist nicht SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>%1 is set more than once; the last one wins</source>
        <translation>%1 ist mehrfach gesetzt; der letzte Eintrag gilt</translation>
    </message>
    <message>
        <source>%1 is missing or empty; the backend needs it to start (runbook §1.4)</source>
        <translation>%1 fehlt oder ist leer; das Backend braucht es zum Start (Runbook §1.4)</translation>
    </message>
    <message>
        <source>%1 is not set (recommended for full functionality)</source>
        <translation>%1 ist nicht gesetzt (empfohlen für den vollen Funktionsumfang)</translation>
    </message>
    <message>
        <source>APP_ENV must be production in %1</source>
        <translation>APP_ENV muss in %1 production sein</translation>
    </message>
    <message>
        <source>%1 looks like a placeholder or is weak: use at least 32 random characters, e.g. openssl rand -hex 32</source>
        <translation>%1 sieht nach einem Platzhalter aus oder ist schwach: verwenden Sie mindestens 32 zufällige Zeichen, z. B. openssl rand -hex 32</translation>
    </message>
    <message>
        <source>STRIPE_SECRET_KEY in production must be a live key (sk_live_…), runbook §2</source>
        <translation>STRIPE_SECRET_KEY muss in der Produktion ein Live-Schlüssel sein (sk_live_…), Runbook §2</translation>
    </message>
    <message>
        <source>STRIPE_SECRET_KEY locally must be a test key (sk_test_…), runbook §2</source>
        <translation>STRIPE_SECRET_KEY muss lokal ein Test-Schlüssel sein (sk_test_…), Runbook §2</translation>
    </message>
    <message>
        <source>DATABASE_URL is not a valid database URL</source>
        <translation>DATABASE_URL ist keine gültige Datenbank-URL</translation>
    </message>
    <message>
        <source>DATABASE_URL disagrees with %1 (a common cause of InvalidPasswordError, runbook §10.1)</source>
        <translation>DATABASE_URL widerspricht %1 (eine häufige Ursache von InvalidPasswordError, Runbook §10.1)</translation>
    </message>
    <message>
        <source>%1 passes the runbook&apos;s checks</source>
        <translation>%1 besteht die Prüfungen des Runbooks</translation>
    </message>
</context>
<context>
    <name>Stratum::Environments</name>
    <message>
        <source>no environment &quot;%1&quot; in the profile (it has: %2)</source>
        <translation>keine Umgebung „%1“ im Profil (vorhanden: %2)</translation>
    </message>
</context>
<context>
    <name>Stratum::FleetHealth</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>AUSFALL</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source> — MIXED</source>
        <translation> — GEMISCHT</translation>
    </message>
</context>
<context>
    <name>Stratum::Gates</name>
    <message>
        <source>no checklist has been worked through for %1 yet</source>
        <translation>für %1 wurde noch keine Checkliste abgearbeitet</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done; open: %4</source>
        <translation>%1: %2 von %3 erledigt; offen: %4</translation>
    </message>
    <message>
        <source>CI is not green: %1</source>
        <translation>CI ist nicht grün: %1</translation>
    </message>
    <message>
        <source>CI cannot be verified (%1): only an override with a reason passes</source>
        <translation>CI nicht überprüfbar (%1): nur ein Übergehen mit Grund lässt durch</translation>
    </message>
    <message>
        <source>GitHub did not answer: %1</source>
        <translation>GitHub hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>the commit is not on the deploy branch (%1)</source>
        <translation>der Commit liegt nicht auf dem Deploy-Branch (%1)</translation>
    </message>
    <message>
        <source>the profile has no GitHub repository</source>
        <translation>das Profil hat kein GitHub-Repository</translation>
    </message>
    <message>
        <source>no GitHub access</source>
        <translation>kein Zugriff auf GitHub</translation>
    </message>
    <message>
        <source>no GitHub token in the keychain</source>
        <translation>kein GitHub-Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>gates passed for %1</source>
        <translation>Gates für %1 erfüllt</translation>
    </message>
    <message>
        <source>GATES OVERRIDDEN by %1: %2
  %3</source>
        <translation>GATES ÜBERGANGEN von %1: %2
  %3</translation>
    </message>
    <message>
        <source>an override needs a reason (--reason TEXT); the gates for %1 are not met:
  %2</source>
        <translation>ein Übergehen braucht einen Grund (--reason TEXT); die Gates für %1 sind nicht erfüllt:
  %2</translation>
    </message>
    <message>
        <source>the gates for %1 are not met:
  %2</source>
        <translation>die Gates für %1 sind nicht erfüllt:
  %2</translation>
    </message>
    <message>
        <source>%1 has not passed its smoke on %2 yet: deploy it there and run the smoke (stratumctl smoke --env %2) before it goes to %3</source>
        <translation>%1 hat seinen Smoke-Test auf %2 noch nicht bestanden: deployen Sie ihn dort und führen Sie den Smoke-Test aus (stratumctl smoke --env %2), bevor er nach %3 geht</translation>
    </message>
    <message>
        <source>this commit</source>
        <translation>dieser Commit</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>the last smoke of %1 on %2 failed (%3, %4): fix it there first</source>
        <translation>der letzte Smoke-Test von %1 auf %2 ist gescheitert (%3, %4): beheben Sie es zuerst dort</translation>
    </message>
    <message>
        <source>%1 passed its smoke on %2 (%3, by %4)</source>
        <translation>%1 hat seinen Smoke-Test auf %2 bestanden (%3, von %4)</translation>
    </message>
</context>
<context>
    <name>Stratum::GitHubAccess</name>
    <message>
        <source>no GitHub token in the keychain: set one in Settings, or stratumctl secrets set github-token &lt; token-file</source>
        <translation>kein GitHub-Token im Schlüsselbund: setzen Sie eines in den Einstellungen, oder stratumctl secrets set github-token &lt; token-datei</translation>
    </message>
</context>
<context>
    <name>Stratum::GitHubClient</name>
    <message>
        <source>GitHub refused the token (401 %1): set a valid fine-grained token in Settings</source>
        <translation>GitHub hat das Token abgelehnt (401 %1): setzen Sie ein gültiges Fine-grained Token in den Einstellungen</translation>
    </message>
    <message>
        <source>the GitHub token lacks a permission (403 %1): it needs %2. Edit the token&apos;s repository permissions on github.com → Settings → Developer settings.</source>
        <translation>dem GitHub-Token fehlt eine Berechtigung (403 %1): es braucht %2. Ändern Sie die Repository-Berechtigungen des Tokens auf github.com → Settings → Developer settings.</translation>
    </message>
    <message>
        <source>GitHub refused the request (403 %1)</source>
        <translation>GitHub hat die Anfrage abgelehnt (403 %1)</translation>
    </message>
    <message>
        <source>not found on GitHub (404 %1): check owner, repository and workflow in the profile, and that the token can see the repository</source>
        <translation>auf GitHub nicht gefunden (404 %1): prüfen Sie Owner, Repository und Workflow im Profil, und dass das Token das Repository sieht</translation>
    </message>
    <message>
        <source>GitHub rejected the request (422 %1)</source>
        <translation>GitHub hat die Anfrage zurückgewiesen (422 %1)</translation>
    </message>
    <message>
        <source>GitHub is having trouble (HTTP %1)</source>
        <translation>GitHub hat Probleme (HTTP %1)</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 %2</source>
        <translation>GitHub antwortete HTTP %1 %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer has no &quot;%1&quot; list</source>
        <translation>die Antwort von GitHub hat keine Liste „%1“</translation>
    </message>
    <message>
        <source>cannot reach GitHub: %1</source>
        <translation>GitHub nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit was hit (HTTP %1); try again later</source>
        <translation>das Ratenlimit von GitHub ist erreicht (HTTP %1); versuchen Sie es später</translation>
    </message>
    <message>
        <source>GitHub sent an answer that is not valid JSON (%1)</source>
        <translation>GitHub hat eine Antwort geschickt, die kein gültiges JSON ist (%1)</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer was larger than %1 MB, more than any answer the app reads; it was not read</source>
        <translation>die Antwort von GitHub war größer als %1 MB, mehr als jede Antwort, die die App liest; sie wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Stratum::Health</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>no worker container</source>
        <translation>kein Worker-Container</translation>
    </message>
    <message>
        <source>docker inspect said: %1</source>
        <translation>docker inspect sagte: %1</translation>
    </message>
    <message>
        <source>crash loop: the worker is restarting (%1 restarts)</source>
        <translation>Absturzschleife: der Worker startet ständig neu (%1 Neustarts)</translation>
    </message>
    <message>
        <source>the worker is %1</source>
        <translation>der Worker ist %1</translation>
    </message>
    <message>
        <source>crash loop: restarted %1 time(s) while watched</source>
        <translation>Absturzschleife: während der Beobachtung %1-mal neu gestartet</translation>
    </message>
    <message>
        <source>running, but no recent log line matches &quot;%1&quot;</source>
        <translation>läuft, aber keine aktuelle Logzeile passt auf „%1“</translation>
    </message>
    <message>
        <source>running, %1 restart(s); last cycle: %2</source>
        <translation>läuft, %1 Neustart(s); letzter Durchlauf: %2</translation>
    </message>
</context>
<context>
    <name>Stratum::HealthAlerts</name>
    <message>
        <source>%1 recovered (was %2)</source>
        <translation>%1 wieder gesund (war %2)</translation>
    </message>
    <message>
        <source>%1 is failing</source>
        <translation>%1 schlägt fehl</translation>
    </message>
    <message>
        <source>%1 is degraded</source>
        <translation>%1 ist eingeschränkt</translation>
    </message>
    <message>
        <source>%1 is unknown</source>
        <translation>%1 ist unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Stratum::HealthCenter</name>
    <message>
        <source>Health watch: %1</source>
        <translation>Beobachtung des Zustands: %1</translation>
    </message>
</context>
<context>
    <name>Stratum::HealthMonitor</name>
    <message>
        <source>Backend live</source>
        <translation>Backend lebt</translation>
    </message>
    <message>
        <source>Backend ready</source>
        <translation>Backend bereit</translation>
    </message>
    <message>
        <source>Frontend :%1</source>
        <translation>Frontend :%1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>not probed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>no droplet is set up</source>
        <translation>kein Droplet ist eingerichtet</translation>
    </message>
    <message>
        <source>compose ps failed: %1</source>
        <translation>compose ps fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no container</source>
        <translation>kein Container</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>Exit %1: %2</translation>
    </message>
    <message>
        <source>no worker container</source>
        <translation>kein Worker-Container</translation>
    </message>
    <message>
        <source>unexpected container name from compose ps</source>
        <translation>unerwarteter Container-Name von compose ps</translation>
    </message>
</context>
<context>
    <name>Stratum::HealthWatch</name>
    <message>
        <source>%1 failed during the watch of %2; no other known-good release to roll back to</source>
        <translation>%1 ist während der Beobachtung von %2 fehlgeschlagen; kein anderes bewährtes Release zum Zurückrollen</translation>
    </message>
    <message>
        <source>%1 failed during the watch of %2: consider rolling back to the last known-good %3</source>
        <translation>%1 ist während der Beobachtung von %2 fehlgeschlagen: erwägen Sie, auf das letzte bewährte Release %3 zurückzurollen</translation>
    </message>
</context>
<context>
    <name>Stratum::HostEntry</name>
    <message>
        <source>host name &quot;%1&quot;: use 1 to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>Hostname „%1“: verwenden Sie 1 bis 63 Buchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>address &quot;%1&quot; is neither an IP address nor a DNS name</source>
        <translation>Adresse „%1“ ist weder eine IP-Adresse noch ein DNS-Name</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not a valid login name</source>
        <translation>Benutzer „%1“ ist kein gültiger Anmeldename</translation>
    </message>
    <message>
        <source>key path contains control characters</source>
        <translation>der Schlüsselpfad enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>STAGING</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>PROBELAUF</translation>
    </message>
    <message>
        <source>a colour is written #RRGGBB, e.g. #c62828</source>
        <translation>eine Farbe wird #RRGGBB geschrieben, z. B. #c62828</translation>
    </message>
    <message>
        <source>port %1 is outside 1–65535</source>
        <translation>Port %1 liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>give a key file or choose ssh-agent</source>
        <translation>geben Sie eine Schlüsseldatei an oder wählen Sie ssh-agent</translation>
    </message>
    <message>
        <source>the stored host list is damaged or from a newer version</source>
        <translation>die gespeicherte Hostliste ist beschädigt oder stammt aus einer neueren Version</translation>
    </message>
    <message>
        <source>a stored host is invalid: %1</source>
        <translation>ein gespeicherter Host ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>Stratum::HostKeyPolicy</name>
    <message>
        <source>%1 presented a host key (%2 %3) that ~/.ssh/known_hosts marks @revoked. Do not connect; find out why the server uses a revoked key.</source>
        <translation>%1 hat einen Host-Schlüssel gezeigt (%2 %3), den ~/.ssh/known_hosts als @revoked markiert. Nicht verbinden; finden Sie heraus, warum der Server einen widerrufenen Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: it now presents %2 %3, which differs from the key in ~/.ssh/known_hosts. This may be an attack or a rebuilt droplet. Verify the new key with the droplet&apos;s console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then remove the old line with ssh-keygen -R; the app will not connect until then.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT: er zeigt jetzt %2 %3, was vom Schlüssel in ~/.ssh/known_hosts abweicht. Das kann ein Angriff oder ein neu aufgesetztes Droplet sein. Prüfen Sie den neuen Schlüssel auf der Konsole des Droplets (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) und entfernen Sie dann die alte Zeile mit ssh-keygen -R; bis dahin verbindet sich die App nicht.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: expected %2 %3, the server presents %4. This may be an attack or a rebuilt droplet. Verify the new key on the droplet&apos;s console, remove the host (stratumctl host remove) and add it again; there is no override.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT: erwartet %2 %3, der Server zeigt %4. Das kann ein Angriff oder ein neu aufgesetztes Droplet sein. Prüfen Sie den neuen Schlüssel auf der Konsole des Droplets, entfernen Sie den Host (stratumctl host remove) und fügen Sie ihn neu hinzu; es gibt kein Übergehen.</translation>
    </message>
    <message>
        <source>%1 presents an unknown host key: %2 %3. Compare it with the droplet&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console), then trust it: stratumctl host trust NAME --fingerprint %3</source>
        <translation>%1 zeigt einen unbekannten Host-Schlüssel: %2 %3. Vergleichen Sie ihn mit dem des Droplets (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf seiner Konsole) und vertrauen Sie ihm dann: stratumctl host trust NAME --fingerprint %3</translation>
    </message>
</context>
<context>
    <name>Stratum::ImagePusher</name>
    <message>
        <source>the registry refused the manifest of %1:%2: %3</source>
        <translation>die Registry lehnte das Manifest von %1:%2 ab: %3</translation>
    </message>
    <message>
        <source>the registry refused an upload to %1: %2</source>
        <translation>die Registry lehnte einen Upload nach %1 ab: %2</translation>
    </message>
    <message>
        <source>the registry refused a layer of %1: %2</source>
        <translation>die Registry lehnte eine Schicht von %1 ab: %2</translation>
    </message>
</context>
<context>
    <name>Stratum::IncidentBundle</name>
    <message>
        <source>cannot write into %1: choose another place for the bundle</source>
        <translation>kann nicht in %1 schreiben: wählen Sie einen anderen Ort für das Paket</translation>
    </message>
    <message>
        <source>reading the env file&apos;s verdicts</source>
        <translation>lese die Befunde der Env-Datei</translation>
    </message>
    <message>
        <source>reading what runs (images, digests, lock, pin)</source>
        <translation>lese, was läuft (Images, Digests, Sperre, Festsetzung)</translation>
    </message>
    <message>
        <source>what runs: %1</source>
        <translation>was läuft: %1</translation>
    </message>
    <message>
        <source>compose ps: %1</source>
        <translation>compose ps: %1</translation>
    </message>
    <message>
        <source>reading the last %1 lines of %2</source>
        <translation>lese die letzten %1 Zeilen von %2</translation>
    </message>
    <message>
        <source>logs of %1: %2</source>
        <translation>Logs von %1: %2</translation>
    </message>
    <message>
        <source>disk and memory: %1</source>
        <translation>Platte und Speicher: %1</translation>
    </message>
    <message>
        <source>asking every health check once</source>
        <translation>frage jede Zustandsprüfung einmal</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>schreibe %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>saved %1 (no release log entry to link: what runs is not a release the app knows)</source>
        <translation>%1 gespeichert (kein Eintrag im Release-Log zum Verknüpfen: was läuft, ist kein Release, das die App kennt)</translation>
    </message>
    <message>
        <source>saved %1; the release log could not link it: %2</source>
        <translation>%1 gespeichert; das Release-Log konnte es nicht verknüpfen: %2</translation>
    </message>
    <message>
        <source>saved %1, linked from the release log entry of %2</source>
        <translation>%1 gespeichert, verknüpft vom Eintrag für %2 im Release-Log</translation>
    </message>
    <message>
        <source>saved %1 (the release log has no entry for %2)</source>
        <translation>%1 gespeichert (das Release-Log hat keinen Eintrag für %2)</translation>
    </message>
</context>
<context>
    <name>Stratum::IncidentReport</name>
    <message>
        <source>**What runs could not be read:** %1</source>
        <translation>**Was läuft, konnte nicht gelesen werden:** %1</translation>
    </message>
    <message>
        <source>**Mixed state:** %1. Finish the deploy of %2, or roll back to %3.</source>
        <translation>**Gemischter Zustand:** %1. Schließen Sie den Deploy von %2 ab, oder rollen Sie auf %3 zurück.</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>a known-good release</source>
        <translation>ein bewährtes Release</translation>
    </message>
    <message>
        <source>**Runs:** no release the app knows (%1)</source>
        <translation>**Läuft:** kein Release, das die App kennt (%1)</translation>
    </message>
    <message>
        <source>**Runs:** %1, %2</source>
        <translation>**Läuft:** %1, %2</translation>
    </message>
    <message>
        <source>known-good</source>
        <translation>bewährt</translation>
    </message>
    <message>
        <source>not known-good</source>
        <translation>nicht bewährt</translation>
    </message>
    <message>
        <source>No health answers were collected.
</source>
        <translation>Es wurden keine Zustandsantworten gesammelt.
</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>No containers.
</source>
        <translation>Keine Container.
</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>None of the runbook&apos;s common causes (§10) shows in the logs.
</source>
        <translation>Keine der häufigen Ursachen des Runbooks (§10) zeigt sich in den Logs.
</translation>
    </message>
    <message>
        <source>seen:</source>
        <translation>gesehen:</translation>
    </message>
    <message>
        <source>Not checked: %1
</source>
        <translation>Nicht geprüft: %1
</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>All required keys set, no problems (names only, values never read into the bundle).
</source>
        <translation>Alle erforderlichen Schlüssel gesetzt, keine Probleme (nur Namen; Werte kommen nie in das Paket).
</translation>
    </message>
    <message>
        <source>The release log is empty.
</source>
        <translation>Das Release-Log ist leer.
</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <source>SHA</source>
        <translation>SHA</translation>
    </message>
    <message>
        <source>what</source>
        <translation>was</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Disk of the app: %1 used, %2 free</source>
        <translation>Platte der App: %1 belegt, %2 frei</translation>
    </message>
    <message>
        <source>Memory: %1 MB available of %2 MB</source>
        <translation>Speicher: %1 MB von %2 MB verfügbar</translation>
    </message>
    <message>
        <source>Disk and memory could not be read.
</source>
        <translation>Platte und Speicher konnten nicht gelesen werden.
</translation>
    </message>
    <message>
        <source># Incident on %1 — %2

</source>
        <translation># Incident auf %1 — %2

</translation>
    </message>
    <message>
        <source>Saved by %1 with Stratum Deploy (profile %2).

</source>
        <translation>Gespeichert von %1 mit Stratum Deploy (Profil %2).

</translation>
    </message>
    <message>
        <source>**Health:** %1</source>
        <translation>**Zustand:** %1</translation>
    </message>
    <message>
        <source> · containers: %1</source>
        <translation> · Container: %1</translation>
    </message>
    <message>
        <source>**Lock:** held by %1 (%2)  
</source>
        <translation>**Sperre:** gehalten von %1 (%2)  
</translation>
    </message>
    <message>
        <source>**Lock:** free  
</source>
        <translation>**Sperre:** frei  
</translation>
    </message>
    <message>
        <source>**Pinned** to %1: %2  
</source>
        <translation>**Festgesetzt** auf %1: %2  
</translation>
    </message>
    <message>
        <source>**Way back:** %1  
</source>
        <translation>**Der Weg zurück:** %1  
</translation>
    </message>
    <message>
        <source>Health answers</source>
        <translation>Zustandsantworten</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Common causes in the logs</source>
        <translation>Häufige Ursachen in den Logs</translation>
    </message>
    <message>
        <source>Droplet</source>
        <translation>Droplet</translation>
    </message>
    <message>
        <source>Env file (%1)</source>
        <translation>Env-Datei (%1)</translation>
    </message>
    <message>
        <source>Last releases</source>
        <translation>Letzte Releases</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Nicht gesammelt</translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation>In diesem Paket</translation>
    </message>
    <message>
        <source>- `compose-ps.txt`: docker compose ps --all
- `logs/SERVICE.log`: the last %1 lines of each service
- `health.json`: every health answer with its history
- `running.json`: images, digests and start times, lock and pin
- `system.txt`: df -h and free -m of the droplet
- `env-lint.txt`: the env file&apos;s verdicts, key names only
- `releases.json`: the last %2 releases
- `audit.jsonl`: the tail of this machine&apos;s audit log
</source>
        <translation>- `compose-ps.txt`: docker compose ps --all
- `logs/DIENST.log`: die letzten %1 Zeilen jedes Dienstes
- `health.json`: jede Zustandsantwort mit ihrem Verlauf
- `running.json`: Images, Digests und Startzeiten, Sperre und Festsetzung
- `system.txt`: df -h und free -m des Droplets
- `env-lint.txt`: die Befunde der Env-Datei, nur Schlüsselnamen
- `releases.json`: die letzten %2 Releases
- `audit.jsonl`: das Ende des Audit-Logs dieses Rechners
</translation>
    </message>
    <message>
        <source>
Every file passed the redactor: stored secrets, the droplet&apos;s secret env values and anything shaped like a secret are shown as ***.
</source>
        <translation>
Jede Datei ging durch die Schwärzung: gespeicherte Geheimnisse, die geheimen Env-Werte des Droplets und alles, was wie ein Geheimnis aussieht, erscheinen als ***.
</translation>
    </message>
</context>
<context>
    <name>Stratum::KeychainStore</name>
    <message>
        <source>no entry &quot;%1&quot; in the keychain</source>
        <translation>kein Eintrag „%1“ im Schlüsselbund</translation>
    </message>
    <message>
        <source>no OS keychain is available (%1). Start or unlock your keychain (GNOME Keyring / KWallet on Linux, Keychain Access on macOS) and try again.</source>
        <translation>kein Schlüsselbund des Systems verfügbar (%1). Starten oder entsperren Sie Ihren Schlüsselbund (GNOME Keyring / KWallet unter Linux, Schlüsselbundverwaltung unter macOS) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the keychain refused access (%1). Unlock it and allow Stratum Deploy to use it.</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und erlauben Sie Stratum Deploy die Nutzung.</translation>
    </message>
    <message>
        <source>the keychain is not usable: %1. Make sure a keychain service is running and unlocked.</source>
        <translation>der Schlüsselbund ist nicht nutzbar: %1. Stellen Sie sicher, dass ein Schlüsselbund-Dienst läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s. It may be locked and waiting for a password, or no keychain service is running.</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Er ist vielleicht gesperrt und wartet auf ein Passwort, oder es läuft kein Schlüsselbund-Dienst.</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it (log in to the desktop again, or unlock the login keyring in Passwords and Keys) and try again</source>
        <translation>der Schlüsselbund ist gesperrt: entsperren Sie ihn (melden Sie sich erneut am Desktop an, oder entsperren Sie den Anmelde-Schlüsselbund in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; is damaged</source>
        <translation>der Schlüsselbund-Eintrag „%1“ ist beschädigt</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; is incomplete (a part is missing or was changed)</source>
        <translation>der Schlüsselbund-Eintrag „%1“ ist unvollständig (ein Teil fehlt oder wurde verändert)</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; is incomplete (a part is missing)</source>
        <translation>der Schlüsselbund-Eintrag „%1“ ist unvollständig (ein Teil fehlt)</translation>
    </message>
</context>
<context>
    <name>Stratum::LocalDroplet</name>
    <message>
        <source>The rehearsal needs %1, which is not installed: install %2 (packaging/linux/install-deps.sh installs everything it needs).</source>
        <translation>Der Probelauf braucht %1, das nicht installiert ist: installieren Sie %2 (packaging/linux/install-deps.sh installiert alles Nötige).</translation>
    </message>
    <message>
        <source>No cgroups are mounted here, so no container can run: start the rehearsal on a machine (or a container with --privileged) that has /sys/fs/cgroup.</source>
        <translation>Hier sind keine cgroups eingehängt, also kann kein Container laufen: starten Sie den Probelauf auf einem Rechner (oder in einem Container mit --privileged), der /sys/fs/cgroup hat.</translation>
    </message>
    <message>
        <source>No Docker engine answers: start Docker Desktop or a rootless dockerd (DOCKER_HOST or `docker context use`), or run the rehearsal as root with docker.io installed.</source>
        <translation>Keine Docker-Engine antwortet: starten Sie Docker Desktop oder einen rootless dockerd (DOCKER_HOST oder `docker context use`), oder starten Sie den Probelauf als root mit installiertem docker.io.</translation>
    </message>
</context>
<context>
    <name>Stratum::LocalLane</name>
    <message>
        <source>not a local probe</source>
        <translation>keine lokale Prüfung</translation>
    </message>
    <message>
        <source>%1 was not found in %2</source>
        <translation>%1 wurde in %2 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the local project directory %1 does not exist</source>
        <translation>das lokale Projektverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>git rev-parse HEAD failed: %1</source>
        <translation>git rev-parse HEAD fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the local checkout is at %1, not at %2: check out the target first</source>
        <translation>der lokale Checkout steht auf %1, nicht auf %2: checken Sie zuerst das Ziel aus</translation>
    </message>
    <message numerus="yes">
        <source>HEAD is %1 but the tree is not clean (%n change(s)), e.g. %2</source>
        <translation>
            <numerusform>HEAD ist %1, aber der Baum ist nicht sauber (%n Änderung), z. B. %2</numerusform>
            <numerusform>HEAD ist %1, aber der Baum ist nicht sauber (%n Änderungen), z. B. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>HEAD %1, clean tree</source>
        <translation>HEAD %1, sauberer Baum</translation>
    </message>
    <message>
        <source>docker compose ps failed: %1</source>
        <translation>docker compose ps fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the local stack is not running: start it with docker compose up -d --build</source>
        <translation>der lokale Stack läuft nicht: starten Sie ihn mit docker compose up -d --build</translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation>läuft nicht: %1</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>ps failed: %1</source>
        <translation>ps fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no stripe listen --forward-to …%1 is running</source>
        <translation>kein stripe listen --forward-to …%1 läuft</translation>
    </message>
    <message>
        <source>start the lane first: only webhooks after its start count</source>
        <translation>beginnen Sie zuerst den Ablauf: nur Webhooks nach seinem Beginn zählen</translation>
    </message>
    <message>
        <source>docker compose logs failed: %1</source>
        <translation>docker compose logs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; line in the backend logs since the lane started</source>
        <translation>keine Zeile „%1“ in den Backend-Logs seit Beginn des Ablaufs</translation>
    </message>
</context>
<context>
    <name>Stratum::MainWindow</name>
    <message>
        <source>Stratum Deploy — %1</source>
        <translation>Stratum Deploy — %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Releases / Rollback</source>
        <translation>Releases / Rollback</translation>
    </message>
    <message>
        <source>Command packs</source>
        <translation>Befehlspakete</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Read-only: nothing that changes a droplet runs from here</source>
        <translation>Nur lesen: nichts, was ein Droplet ändert, läuft von hier</translation>
    </message>
    <message>
        <source>Read-only is off: changes run again after their confirmation</source>
        <translation>Nur lesen ist aus: Änderungen laufen wieder nach ihrer Bestätigung</translation>
    </message>
    <message>
        <source>REHEARSAL — %1</source>
        <translation>PROBELAUF — %1</translation>
    </message>
    <message>
        <source>About Stratum Deploy</source>
        <translation>Über Stratum Deploy</translation>
    </message>
    <message>
        <source>Stratum Deploy %1

Deploy, watch and roll back the Stratum web product: the production runbook as an app.

%2</source>
        <translation>Stratum Deploy %1

Deployen, beobachten und zurückrollen des Stratum-Webprodukts: das Produktions-Runbook als App.

%2</translation>
    </message>
    <message>
        <source>What runs on the droplet is not read yet</source>
        <translation>Was auf dem Droplet läuft, ist noch nicht gelesen</translation>
    </message>
    <message>
        <source>No known-good release other than what runs: nothing to roll back to</source>
        <translation>Kein bewährtes Release außer dem laufenden: es gibt nichts zum Zurückrollen</translation>
    </message>
    <message>
        <source>Keychain ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>the page %1 is not in the page list</source>
        <translation>die Seite %1 fehlt in der Seitenliste</translation>
    </message>
    <message>
        <source>the page %1 does not come up from the page list</source>
        <translation>die Seite %1 erscheint nicht über die Seitenliste</translation>
    </message>
    <message>
        <source>the Go menu lists %1 pages of %2</source>
        <translation>das Menü „Gehe zu“ listet %1 von %2 Seiten</translation>
    </message>
    <message>
        <source>an action of the %1 menu has no name</source>
        <translation>eine Aktion des Menüs %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>%1 is disabled without saying why</source>
        <translation>%1 ist deaktiviert, ohne zu sagen warum</translation>
    </message>
    <message>
        <source>No system tray here: health shows in this window only, and closing it quits.</source>
        <translation>Keine Menüleiste/kein Tray hier: der Zustand erscheint nur in diesem Fenster, und Schließen beendet die App.</translation>
    </message>
    <message>
        <source>Show Stratum Deploy</source>
        <translation>Stratum Deploy zeigen</translation>
    </message>
    <message>
        <source>Check health now</source>
        <translation>Zustand jetzt prüfen</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stratum %1: %2</source>
        <translation>Stratum %1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>REHEARSAL · %1</source>
        <translation>PROBELAUF · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · live: %1 (%2)</source>
        <translation> · live: %1 (%2)</translation>
    </message>
    <message>
        <source>Still watching</source>
        <translation>Überwachung läuft weiter</translation>
    </message>
    <message>
        <source>Stratum Deploy keeps watching %1 from the tray; quit from its menu.</source>
        <translation>Stratum Deploy beobachtet %1 weiter aus der Menüleiste; beenden Sie es über ihr Menü.</translation>
    </message>
    <message>
        <source>Undo the Deploy of %1…</source>
        <translation>Den Deploy von %1 rückgängig machen…</translation>
    </message>
    <message>
        <source>Roll back to what ran before %1, while its health watch runs</source>
        <translation>Zurück auf das, was vor %1 lief, solange seine Gesundheitswache läuft</translation>
    </message>
    <message>
        <source>Undo This Deploy…</source>
        <translation>Diesen Deploy rückgängig machen…</translation>
    </message>
    <message>
        <source>Offered during the health watch after a deploy</source>
        <translation>Angeboten während der Gesundheitswache nach einem Deploy</translation>
    </message>
    <message>
        <source>the health watch of %1 on %2 FAILED — %3</source>
        <translation>die Gesundheitswache von %1 auf %2 ist FEHLGESCHLAGEN — %3</translation>
    </message>
    <message>
        <source>saved an incident bundle of %1 (%2)</source>
        <translation>Incident-Bündel von %1 gespeichert (%2)</translation>
    </message>
    <message>
        <source>locked by %1 on %2 since %3</source>
        <translation>gesperrt von %1 auf %2 seit %3</translation>
    </message>
    <message>
        <source>Droplet</source>
        <translation>Droplet</translation>
    </message>
    <message>
        <source>what runs on the droplet is not read yet</source>
        <translation>was auf dem Droplet läuft, ist noch nicht gelesen</translation>
    </message>
    <message>
        <source>Deploy a SHA by the GitHub workflow…</source>
        <translation>Einen SHA über den GitHub-Workflow ausrollen …</translation>
    </message>
    <message>
        <source>Deploy a SHA over SSH (emergency)…</source>
        <translation>Einen SHA über SSH ausrollen (Notfall) …</translation>
    </message>
    <message>
        <source>Pin production at what runs…</source>
        <translation>Produktion auf dem Laufenden festsetzen…</translation>
    </message>
    <message>
        <source>pinned already: %1 by %2</source>
        <translation>bereits festgesetzt: %1 von %2</translation>
    </message>
    <message>
        <source>Release the pin…</source>
        <translation>Festsetzung lösen…</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht festgesetzt</translation>
    </message>
    <message>
        <source>Restart with new env…</source>
        <translation>Mit neuer Env neu starten…</translation>
    </message>
    <message>
        <source>Recreate the frontend…</source>
        <translation>Frontend neu erstellen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>no single release runs on the droplet</source>
        <translation>auf dem Droplet läuft kein einheitliches Release</translation>
    </message>
    <message>
        <source>Run the post-deploy smoke of %1</source>
        <translation>Den Smoke-Test nach dem Deploy für %1 ausführen</translation>
    </message>
    <message>
        <source>%1 is known-good already</source>
        <translation>%1 ist bereits als bewährt markiert</translation>
    </message>
    <message>
        <source>Mark %1 known-good…</source>
        <translation>%1 als bewährt markieren …</translation>
    </message>
    <message>
        <source>Doctor: check the connection and the credentials</source>
        <translation>Doctor: Verbindung und Zugangsdaten prüfen</translation>
    </message>
    <message>
        <source>Logs of %1 (follow)</source>
        <translation>Logs von %1 (folgen)</translation>
    </message>
    <message>
        <source>Open the workflow run on GitHub</source>
        <translation>Den Workflow-Lauf auf GitHub öffnen</translation>
    </message>
    <message>
        <source>no workflow run is followed yet</source>
        <translation>noch wird kein Workflow-Lauf verfolgt</translation>
    </message>
    <message>
        <source>Switch to droplet %1 (%2)</source>
        <translation>Zum Droplet %1 wechseln (%2)</translation>
    </message>
    <message>
        <source>this window watches %1 already</source>
        <translation>dieses Fenster beobachtet %1 bereits</translation>
    </message>
    <message>
        <source>%1 is not set up in Settings</source>
        <translation>%1 ist in den Einstellungen nicht eingerichtet</translation>
    </message>
    <message>
        <source>Switch to environment %1 (%2)</source>
        <translation>Zur Umgebung %1 wechseln (%2)</translation>
    </message>
    <message>
        <source>On the page shown</source>
        <translation>Auf der angezeigten Seite</translation>
    </message>
    <message>
        <source>Deploy: plan the deploy of the typed SHA</source>
        <translation>Deploy: das Ausrollen des eingetippten SHA planen</translation>
    </message>
    <message>
        <source>Checklists: run the automatic checks</source>
        <translation>Checklisten: die automatischen Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Releases: roll back to the selected release</source>
        <translation>Releases: auf das ausgewählte Release zurückrollen</translation>
    </message>
    <message>
        <source>Diagnostics: show the service&apos;s logs</source>
        <translation>Diagnose: die Logs des Dienstes zeigen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every action is also in the command palette (%1).&lt;/p&gt;%2</source>
        <translation>&lt;p&gt;Jede Aktion steht auch in der Befehlspalette (%1).&lt;/p&gt;%2</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3 — smoke passed on %2 %4…</source>
        <translation>%1 von %2 nach %3 übernehmen — Smoke-Test auf %2 bestanden %4…</translation>
    </message>
    <message>
        <source>%1 runs on %2 already</source>
        <translation>%1 läuft bereits auf %2</translation>
    </message>
    <message>
        <source>Undo the swarm&apos;s last update on %1 (docker service rollback)…</source>
        <translation>Letztes Swarm-Update auf %1 zurücknehmen (docker service rollback)…</translation>
    </message>
</context>
<context>
    <name>Stratum::ManualConfirmation</name>
    <message>
        <source>there is no checklist &quot;%1&quot; in this profile</source>
        <translation>dieses Profil hat keine Checkliste „%1“</translation>
    </message>
    <message>
        <source>no manual item was chosen: nothing confirmed</source>
        <translation>kein manueller Punkt gewählt: nichts bestätigt</translation>
    </message>
    <message>
        <source>the checklist %1 has no item &quot;%2&quot;</source>
        <translation>die Checkliste %1 hat keinen Punkt „%2“</translation>
    </message>
    <message>
        <source>%1 is decided by its probe, not by hand</source>
        <translation>%1 entscheidet seine Prüfung, nicht die Hand</translation>
    </message>
    <message>
        <source>no checklist item &quot;%1&quot;; see stratumctl check list</source>
        <translation>kein Checklistenpunkt „%1“; siehe stratumctl check list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in several checklists: write CHECKLIST/ITEM</source>
        <translation>„%1“ steht in mehreren Checklisten: schreiben Sie CHECKLISTE/PUNKT</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>confirmed %n item(s) for %1</source>
        <translation>
            <numerusform>%n Punkt für %1 bestätigt</numerusform>
            <numerusform>%n Punkte für %1 bestätigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stratum::OverviewPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2/%3 on &lt;code&gt;%4&lt;/code&gt;, droplet &lt;code&gt;%5&lt;/code&gt; (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2/%3 auf &lt;code&gt;%4&lt;/code&gt;, Droplet &lt;code&gt;%5&lt;/code&gt; (%6)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Rotating credentials (runbook §8.2)</source>
        <translation>Zugangsdaten erneuern (Runbook §8.2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Oldest left: + healthy, ~ degraded, x failing, ? unknown</source>
        <translation>Älteste links: + gesund, ~ eingeschränkt, x fehlerhaft, ? unbekannt</translation>
    </message>
    <message>
        <source>No droplet is set up yet: Settings → Add droplet… walks through it.</source>
        <translation>Noch kein Droplet eingerichtet: Einstellungen → Droplet hinzufügen… führt hindurch.</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>alle %n s</numerusform>
            <numerusform>alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; on %3 — %4</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; auf %3 — %4</translation>
    </message>
    <message>
        <source>probing %1</source>
        <translation>prüfe %1</translation>
    </message>
    <message>
        <source>not watching</source>
        <translation>keine Beobachtung</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Watching &lt;code&gt;%1&lt;/code&gt;: backend, frontend and worker must stay healthy for %2.</source>
        <translation>Beobachte &lt;code&gt;%1&lt;/code&gt;: Backend, Frontend und Worker müssen %2 lang gesund bleiben.</translation>
    </message>
    <message>
        <source>Roll back to %1…</source>
        <translation>Auf %1 zurückrollen…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt; stayed healthy for the whole watch: run the post-deploy smoke and mark it known-good.</source>
        <translation>&lt;code&gt;%1&lt;/code&gt; blieb während der ganzen Beobachtung gesund: führen Sie den Smoke-Test nach dem Deploy aus und markieren Sie es als bewährt.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/td&gt;&lt;td&gt;%3%4&lt;/td&gt;&lt;td&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/td&gt;&lt;td&gt;%3%4&lt;/td&gt;&lt;td&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Release log: %1 by %2 on %3 (%4)%5</source>
        <translation>&lt;br&gt;Release-Log: %1 von %2 am %3 (%4)%5</translation>
    </message>
    <message>
        <source>, &lt;b&gt;known-good&lt;/b&gt;</source>
        <translation>, &lt;b&gt;bewährt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, not known-good</source>
        <translation>, nicht bewährt</translation>
    </message>
    <message>
        <source>No known-good release to roll back to</source>
        <translation>Kein bewährtes Release zum Zurückrollen</translation>
    </message>
    <message>
        <source>Its images are on the droplet: this rollback needs no registry</source>
        <translation>Seine Images liegen auf dem Droplet: dieser Rollback braucht keine Registry</translation>
    </message>
    <message>
        <source>Release the pin of %1…</source>
        <translation>Festsetzung von %1 aufheben…</translation>
    </message>
    <message>
        <source>Pin production…</source>
        <translation>Produktion festsetzen…</translation>
    </message>
    <message>
        <source>Pin production at %1…</source>
        <translation>Produktion auf %1 festsetzen…</translation>
    </message>
    <message>
        <source>You rolled back: pin production here so that nobody deploys forward again until the cause is fixed (the reason is shown to everyone who tries).</source>
        <translation>Sie haben zurückgerollt: setzen Sie die Produktion hier fest, damit niemand wieder vorwärts deployt, bevor die Ursache behoben ist (der Grund wird jedem gezeigt, der es versucht).</translation>
    </message>
    <message>
        <source>Hold production at what runs now: forward deploys are refused until the pin is released</source>
        <translation>Die Produktion auf dem halten, was jetzt läuft: Vorwärts-Deploys werden abgelehnt, bis die Festsetzung aufgehoben ist</translation>
    </message>
    <message>
        <source>Pin production</source>
        <translation>Produktion festsetzen</translation>
    </message>
    <message>
        <source>Forward deploys will be refused until the pin is released. Why? (everyone who tries reads this)</source>
        <translation>Vorwärts-Deploys werden abgelehnt, bis die Festsetzung aufgehoben ist. Warum? (jeder, der es versucht, liest das)</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Festsetzen</translation>
    </message>
    <message>
        <source>Release the pin</source>
        <translation>Festsetzung aufheben</translation>
    </message>
    <message>
        <source>Pinned to %1 by %2: &quot;%3&quot;. Why may forward deploys go again?</source>
        <translation>Festgesetzt auf %1 von %2: „%3“. Warum dürfen Vorwärts-Deploys wieder?</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Reading the release log from the keychain…</source>
        <translation>Lese das Release-Log aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Release log unavailable: %1</source>
        <translation>Release-Log nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No known-good release recorded yet. Mark one on the Releases page.</source>
        <translation>Noch kein bewährtes Release vermerkt. Markieren Sie eines auf der Seite Releases.</translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt; — %2, %3 by %4 (%5)</source>
        <translation>&lt;code&gt;%1&lt;/code&gt; — %2, %3 von %4 (%5)</translation>
    </message>
</context>
<context>
    <name>Stratum::Profile</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be an http or https URL</source>
        <translation>muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be one of mac, droplet, github-ui (found &quot;%1&quot;)</source>
        <translation>muss eines von mac, droplet, github-ui sein (gefunden „%1“)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a workflow file name such as deploy.yml</source>
        <translation>muss ein Workflow-Dateiname wie deploy.yml sein</translation>
    </message>
    <message>
        <source>must be a path below the repository</source>
        <translation>muss ein Pfad unterhalb des Repositorys sein</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten</translation>
    </message>
    <message>
        <source>must be &quot;manual&quot; or &quot;automatic&quot;</source>
        <translation>muss „manual“ oder „automatic“ sein</translation>
    </message>
    <message>
        <source>must be a GitHub user or organisation name</source>
        <translation>muss ein GitHub-Benutzer- oder Organisationsname sein</translation>
    </message>
    <message>
        <source>must be a GitHub repository name</source>
        <translation>muss ein GitHub-Repository-Name sein</translation>
    </message>
    <message>
        <source>must be a plain branch name</source>
        <translation>muss ein einfacher Branch-Name sein</translation>
    </message>
    <message>
        <source>must be a lowercase image name such as ghcr.io/owner/name</source>
        <translation>muss ein Image-Name in Kleinbuchstaben sein, etwa ghcr.io/owner/name</translation>
    </message>
    <message>
        <source>must be &quot;backend&quot; or &quot;frontend&quot;</source>
        <translation>muss „backend“ oder „frontend“ sein</translation>
    </message>
    <message>
        <source>must contain {sha} or {short_sha} once, with only letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; around it</source>
        <translation>muss genau einmal {sha} oder {short_sha} enthalten, darum nur Buchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <source>must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;</source>
        <translation>muss ein absoluter Pfad aus Buchstaben, Ziffern, „.“, „_“, „-“ und „/“ sein</translation>
    </message>
    <message>
        <source>must be a file name</source>
        <translation>muss ein Dateiname sein</translation>
    </message>
    <message>
        <source>must be a compose service name</source>
        <translation>muss ein Compose-Dienstname sein</translation>
    </message>
    <message>
        <source>must be outside the app directory (the git work tree)</source>
        <translation>muss außerhalb des App-Verzeichnisses liegen (des Git-Arbeitsbaums)</translation>
    </message>
    <message>
        <source>must be a git URL or path without spaces or quotes</source>
        <translation>muss eine Git-URL oder ein Pfad ohne Leerzeichen und Anführungszeichen sein</translation>
    </message>
    <message>
        <source>must be a path inside the repository (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;; no &apos;..&apos;)</source>
        <translation>muss ein Pfad im Repository sein (Buchstaben, Ziffern, „.“, „_“, „-“, „/“; kein „..“)</translation>
    </message>
    <message>
        <source>must be plain words (letters, digits and . _ - / : =)</source>
        <translation>muss aus einfachen Wörtern bestehen (Buchstaben, Ziffern und . _ - / : =)</translation>
    </message>
    <message>
        <source>must be a valid regular expression</source>
        <translation>muss ein gültiger regulärer Ausdruck sein</translation>
    </message>
    <message>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>muss eines von %1 sein (gefunden: „%2“)</translation>
    </message>
    <message>
        <source>must hold host names as `stratumctl host add` takes them</source>
        <translation>muss Hostnamen enthalten, wie `stratumctl host add` sie annimmt</translation>
    </message>
    <message>
        <source>names a host twice</source>
        <translation>nennt einen Host zweimal</translation>
    </message>
    <message>
        <source>must be compose or swarm (found &quot;%1&quot;)</source>
        <translation>muss compose oder swarm sein (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to another environment already</source>
        <translation>„%1“ gehört schon zu einer anderen Umgebung</translation>
    </message>
    <message>
        <source>must hold at least one environment</source>
        <translation>muss mindestens eine Umgebung enthalten</translation>
    </message>
    <message>
        <source>needs an environment whose role is staging</source>
        <translation>braucht eine Umgebung mit der Rolle staging</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>das Profil muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>version %1 is not supported (this build reads versions %2 to %3)</source>
        <translation>Version %1 wird nicht unterstützt (dieser Build liest die Versionen %2 bis %3)</translation>
    </message>
    <message>
        <source>must hold at least one block</source>
        <translation>muss mindestens einen Block enthalten</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>the built-in profile is missing from this build</source>
        <translation>das eingebaute Profil fehlt in dieser Version</translation>
    </message>
    <message>
        <source>a swarm environment names its manager host</source>
        <translation>eine Swarm-Umgebung nennt ihren Manager-Host</translation>
    </message>
    <message>
        <source>an environment with a place of its own names its hosts</source>
        <translation>eine Umgebung mit eigenem Ort nennt ihre Hosts</translation>
    </message>
    <message>
        <source>is not one of the environment&apos;s hosts</source>
        <translation>ist kein Host dieser Umgebung</translation>
    </message>
</context>
<context>
    <name>Stratum::Protection</name>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>PR required: %1 · ≥ 1 approval: %2 · status checks: %3 · direct pushes restricted: %4</source>
        <translation>PR erforderlich: %1 · ≥ 1 Genehmigung: %2 · Status-Checks: %3 · direkte Pushes eingeschränkt: %4</translation>
    </message>
</context>
<context>
    <name>Stratum::Recovery</name>
    <message>
        <source>recorded by another look after its app went away and its lease ran out: &quot;%1&quot; and the steps after it never ran</source>
        <translation>von einem anderen Blick festgehalten, nachdem ihre App verschwunden und ihre Frist abgelaufen war: „%1“ und die Schritte danach liefen nie</translation>
    </message>
    <message>
        <source>recorded after its app went away while the workflow ran; GitHub was not asked for the run&apos;s conclusion: see run %1 on the Actions page</source>
        <translation>festgehalten, nachdem ihre App während des Workflows verschwand; GitHub wurde nicht nach dem Ergebnis gefragt: siehe Lauf %1 auf der Actions-Seite</translation>
    </message>
    <message>
        <source>recorded after its app went away around the dispatch; look at the Actions page</source>
        <translation>festgehalten, nachdem ihre App um den Start des Workflows herum verschwand; sieh auf der Actions-Seite nach</translation>
    </message>
    <message>
        <source>recorded after its app stopped: the droplet finished the steps on its own, the checks after them did not run</source>
        <translation>vermerkt, nachdem seine App beendet war: das Droplet hat die Schritte allein beendet, die Prüfungen danach liefen nicht</translation>
    </message>
    <message>
        <source>recorded after its app stopped</source>
        <translation>festgehalten, nachdem ihre App beendet wurde</translation>
    </message>
    <message>
        <source>interrupted before %1</source>
        <translation>unterbrochen vor %1</translation>
    </message>
    <message>
        <source>recorded an earlier %1 of %2 by %3 as its app ended it (%4%5): the app could not store it then</source>
        <translation>ein früheres %1 von %2 durch %3 so festgehalten, wie seine App es beendet hat (%4%5): die App konnte es damals nicht speichern</translation>
    </message>
    <message>
        <source>recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: it succeeded</source>
        <translation>frühere(n) %1 von %2 durch %3 vermerkt, der/die auf dem Droplet endete, nachdem seine App beendet war: erfolgreich</translation>
    </message>
    <message>
        <source>recorded an earlier %1 of %2 by %3 whose app went away and did not come back: %4</source>
        <translation>ein früheres %1 von %2 durch %3 festgehalten, dessen App verschwand und nicht zurückkam: %4</translation>
    </message>
    <message>
        <source>recorded an earlier %1 of %2 by %3 that ended on the droplet after its app stopped: %4 at &quot;%5&quot;</source>
        <translation>frühere(n) %1 von %2 durch %3 vermerkt, der/die auf dem Droplet endete, nachdem seine App beendet war: %4 bei „%5“</translation>
    </message>
    <message>
        <source>could not record a change that ended on the droplet: %1; the next look records it</source>
        <translation>eine auf dem Droplet beendete Änderung konnte nicht festgehalten werden: %1; der nächste Blick hält sie fest</translation>
    </message>
</context>
<context>
    <name>Stratum::RegistryClient</name>
    <message>
        <source>%1 is not in the registry (yet)</source>
        <translation>%1 ist (noch) nicht in der Registry</translation>
    </message>
    <message>
        <source>%1: the registry refused without saying how to log in (no Bearer challenge); check the registry address in the profile</source>
        <translation>%1: die Registry hat abgelehnt, ohne zu sagen, wie man sich anmeldet (keine Bearer-Aufforderung); prüfen Sie die Registry-Adresse im Profil</translation>
    </message>
    <message>
        <source>%1: missing or no access (HTTP %2). Check the GHCR user name and token (read:packages) in Settings.</source>
        <translation>%1: fehlt oder kein Zugriff (HTTP %2). Prüfen Sie den GHCR-Benutzernamen und das Token (read:packages) in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: the registry answered HTTP %2</source>
        <translation>%1: die Registry antwortete HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the registry&apos;s token challenge names no valid realm</source>
        <translation>die Token-Aufforderung der Registry nennt keinen gültigen Realm</translation>
    </message>
    <message>
        <source>the registry refused a token (HTTP %1): check the GHCR user name and token (read:packages) in Settings</source>
        <translation>die Registry hat ein Token verweigert (HTTP %1): prüfen Sie den GHCR-Benutzernamen und das Token (read:packages) in den Einstellungen</translation>
    </message>
    <message>
        <source>the registry&apos;s token service is failing (HTTP %1); try again in a minute</source>
        <translation>der Token-Dienst der Registry hat Probleme (HTTP %1); versuchen Sie es in einer Minute erneut</translation>
    </message>
    <message>
        <source>cannot reach the registry&apos;s token service: %1</source>
        <translation>der Token-Dienst der Registry ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the registry&apos;s token answer holds no token</source>
        <translation>die Token-Antwort der Registry enthält kein Token</translation>
    </message>
</context>
<context>
    <name>Stratum::RehearsalControl</name>
    <message>
        <source>A deploy that never becomes ready</source>
        <translation>Ein Deploy, das nie bereit wird</translation>
    </message>
    <message>
        <source>deploys the release whose backend never becomes ready: production is red</source>
        <translation>deployt das Release, dessen Backend nie bereit wird: die Produktion ist rot</translation>
    </message>
    <message>
        <source>A worker crash loop after a deploy</source>
        <translation>Ein Worker in der Absturzschleife nach einem Deploy</translation>
    </message>
    <message>
        <source>deploys the release whose worker exits at once, again and again</source>
        <translation>deployt das Release, dessen Worker sofort endet, immer wieder</translation>
    </message>
    <message>
        <source>GitHub is down</source>
        <translation>GitHub ist ausgefallen</translation>
    </message>
    <message>
        <source>production goes red, then GitHub answers 503 to everything</source>
        <translation>die Produktion wird rot, dann antwortet GitHub auf alles mit 503</translation>
    </message>
    <message>
        <source>The registry is down</source>
        <translation>Die Registry ist ausgefallen</translation>
    </message>
    <message>
        <source>production goes red, then the registry (GHCR) answers 503</source>
        <translation>die Produktion wird rot, dann antwortet die Registry (GHCR) mit 503</translation>
    </message>
    <message>
        <source>The connection drops during compose up</source>
        <translation>Die Verbindung reißt während compose up ab</translation>
    </message>
    <message>
        <source>a deploy whose SSH connection is cut while compose up runs</source>
        <translation>ein Deploy, dessen SSH-Verbindung abreißt, während compose up läuft</translation>
    </message>
    <message>
        <source>A rollback across a migration</source>
        <translation>Ein Rollback über eine Migration hinweg</translation>
    </message>
    <message>
        <source>the way back to 1.0 crosses an Alembic migration</source>
        <translation>der Weg zurück zu 1.0 überquert eine Alembic-Migration</translation>
    </message>
    <message>
        <source>End the scenario</source>
        <translation>Szenario beenden</translation>
    </message>
    <message>
        <source>GitHub and the registry answer again; nothing is timed</source>
        <translation>GitHub und die Registry antworten wieder; nichts wird gestoppt</translation>
    </message>
    <message>
        <source>The rehearsal is already running (since %1); stratumctl --rehearsal status shows what runs on it.</source>
        <translation>Der Probelauf läuft bereits (seit %1); stratumctl --rehearsal status zeigt, was darauf läuft.</translation>
    </message>
    <message>
        <source>stratumctl is not next to this program nor on PATH: the rehearsal&apos;s supervisor is stratumctl.</source>
        <translation>stratumctl liegt weder neben diesem Programm noch im PATH: der Aufseher des Probelaufs ist stratumctl.</translation>
    </message>
    <message>
        <source>starting the rehearsal&apos;s droplet, registry and GitHub on 127.0.0.1 …</source>
        <translation>starte Droplet, Registry und GitHub des Probelaufs auf 127.0.0.1 …</translation>
    </message>
    <message>
        <source>the keychain did not take the rehearsal&apos;s GitHub token: %1</source>
        <translation>der Schlüsselbund nahm das GitHub-Token des Probelaufs nicht an: %1</translation>
    </message>
    <message>
        <source>the keychain did not take the rehearsal&apos;s registry user: %1</source>
        <translation>der Schlüsselbund nahm den Registry-Benutzer des Probelaufs nicht an: %1</translation>
    </message>
    <message>
        <source>the keychain did not take the rehearsal&apos;s registry token: %1</source>
        <translation>der Schlüsselbund nahm das Registry-Token des Probelaufs nicht an: %1</translation>
    </message>
    <message>
        <source>could not start the rehearsal&apos;s supervisor (%1): %2</source>
        <translation>der Aufseher des Probelaufs ließ sich nicht starten (%1): %2</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s supervisor ended before it said anything; its log: %1</source>
        <translation>der Aufseher der Probe endete, bevor er etwas sagte; sein Log: %1</translation>
    </message>
    <message>
        <source>the rehearsal did not become ready within 3 minutes; its log: %1</source>
        <translation>der Probelauf wurde nicht binnen 3 Minuten bereit; sein Log: %1</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s droplet answers on 127.0.0.1:%1 (%2), its host key %3 is the one it made: trusted</source>
        <translation>das Droplet des Probelaufs antwortet auf 127.0.0.1:%1 (%2), sein Host-Schlüssel %3 ist der, den er selbst erzeugt hat: vertraut</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the keychain did not take the rehearsal&apos;s host: %1</source>
        <translation>der Schlüsselbund nahm den Host des Probelaufs nicht an: %1</translation>
    </message>
    <message>
        <source>The rehearsal runs on this machine (%1 start: %2 s; %3).%4
Try it: stratumctl --rehearsal status, or stratum-deploy --rehearsal.</source>
        <translation>Der Probelauf läuft auf diesem Rechner (%1 Start: %2 s; %3).%4
Probieren Sie: stratumctl --rehearsal status, oder stratum-deploy --rehearsal.</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalter</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warmer</translation>
    </message>
    <message>
        <source> %1 runs healthy and is known-good; the way back goes to %2</source>
        <translation> %1 läuft gesund und ist bewährt; der Weg zurück führt zu %2</translation>
    </message>
    <message>
        <source>deploying %1 (%2) through the app&apos;s own deploy lane …</source>
        <translation>deploye %1 (%2) über den Deploy-Weg der App …</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s set-up</source>
        <translation>die Einrichtung des Probelaufs</translation>
    </message>
    <message>
        <source>set up by the rehearsal: it ran healthy</source>
        <translation>vom Probelauf eingerichtet: es lief gesund</translation>
    </message>
    <message>
        <source>The rehearsal is not running.</source>
        <translation>Der Probelauf läuft nicht.</translation>
    </message>
    <message>
        <source>The rehearsal stopped (%1 s); its release, known-good marks and history are kept for the next start.</source>
        <translation>Der Probelauf ist gestoppt (%1 s); sein Release, die Bewährt-Markierungen und sein Verlauf bleiben für den nächsten Start.</translation>
    </message>
    <message>
        <source>The rehearsal&apos;s supervisor did not stop within 30 s and was killed; what it had started is swept.</source>
        <translation>Der Aufseher des Probelaufs stoppte nicht binnen 30 s und wurde beendet; was er gestartet hatte, ist weggeräumt.</translation>
    </message>
    <message>
        <source>removing the rehearsal&apos;s droplet, images, history and release log …</source>
        <translation>entferne Droplet, Images, Verlauf und Release-Log des Probelaufs …</translation>
    </message>
    <message>
        <source>The rehearsal is not running: start it with stratumctl rehearsal start.</source>
        <translation>Der Probelauf läuft nicht: starten Sie ihn mit stratumctl rehearsal start.</translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot;; there are: %2.</source>
        <translation>Es gibt kein Szenario „%1“; es gibt: %2.</translation>
    </message>
    <message>
        <source>deploying %1 (%2) …</source>
        <translation>deploye %1 (%2) …</translation>
    </message>
    <message>
        <source>rehearsal scenario %1</source>
        <translation>Probelauf-Szenario %1</translation>
    </message>
    <message>
        <source>Production is red: %1 runs (%2). The clock runs from now: bring every service back healthy on a known-good release with the app&apos;s own tools (Rollback on the Overview, or stratumctl --rehearsal rollback --last-good); stratumctl --rehearsal rehearsal status shows the time it took.</source>
        <translation>Die Produktion ist rot: %1 läuft (%2). Die Uhr läuft ab jetzt: bringen Sie jeden Dienst mit den Werkzeugen der App gesund auf ein bewährtes Release zurück (Rollback in der Übersicht, oder stratumctl --rehearsal rollback --last-good); stratumctl --rehearsal rehearsal status zeigt die gebrauchte Zeit.</translation>
    </message>
    <message>
        <source>No scenario runs: GitHub and the registry answer again.</source>
        <translation>Kein Szenario läuft: GitHub und die Registry antworten wieder.</translation>
    </message>
    <message>
        <source>its backend never becomes ready</source>
        <translation>sein Backend wird nie bereit</translation>
    </message>
    <message>
        <source>its worker crash-loops</source>
        <translation>sein Worker steckt in einer Absturzschleife</translation>
    </message>
    <message>
        <source>then GitHub goes down</source>
        <translation>dann fällt GitHub aus</translation>
    </message>
    <message>
        <source>then the registry goes down</source>
        <translation>dann fällt die Registry aus</translation>
    </message>
    <message>
        <source>deploying %1; the connection will be cut while compose up runs …</source>
        <translation>deploye %1; die Verbindung wird abreißen, während compose up läuft …</translation>
    </message>
    <message>
        <source>The connection was cut during compose up; the change reattached and ended: %1</source>
        <translation>Die Verbindung riss während compose up ab; die Änderung hat sich wieder angehängt und ist beendet: %1</translation>
    </message>
    <message>
        <source>The connection was cut during compose up and the change did not end well: %1. Recover: stratumctl --rehearsal status, then finish or roll back.</source>
        <translation>Die Verbindung riss während compose up ab und die Änderung endete nicht gut: %1. Zur Wiederherstellung: stratumctl --rehearsal status, dann abschließen oder zurückrollen.</translation>
    </message>
    <message>
        <source>deploying %1 (1.0, before the migration) …</source>
        <translation>deploye %1 (1.0, vor der Migration) …</translation>
    </message>
    <message>
        <source>rehearsal scenario migration</source>
        <translation>Probelauf-Szenario migration</translation>
    </message>
    <message>
        <source>deploying %1 (after the migration) …</source>
        <translation>deploye %1 (nach der Migration) …</translation>
    </message>
    <message>
        <source>A bug in line movement history: go back to 1.0 (%1), which is known-good. The way back crosses an Alembic migration: the app asks you to accept it (stratumctl --rehearsal rollback --to %1 --accept-migrations). The clock runs from now.</source>
        <translation>Ein Fehler in der Linienbewegungs-Historie: zurück zu 1.0 (%1), das bewährt ist. Der Weg zurück überquert eine Alembic-Migration: die App bittet Sie, sie anzunehmen (stratumctl --rehearsal rollback --to %1 --accept-migrations). Die Uhr läuft ab jetzt.</translation>
    </message>
</context>
<context>
    <name>Stratum::RehearsalMenu</name>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Proben</translation>
    </message>
    <message>
        <source>Rehearse on This Machine…</source>
        <translation>Auf diesem Rechner proben…</translation>
    </message>
    <message>
        <source>Could not open the rehearsal&apos;s window.</source>
        <translation>Das Fenster des Probelaufs ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>A droplet, a registry and a GitHub on this machine: practise deploys and the bad night without touching production</source>
        <translation>Ein Droplet, eine Registry und ein GitHub auf diesem Rechner: Deploys und die schlimme Nacht üben, ohne die Produktion zu berühren</translation>
    </message>
    <message>
        <source>Last Recovery…</source>
        <translation>Letzte Wiederherstellung…</translation>
    </message>
    <message>
        <source>Reset the Rehearsal…</source>
        <translation>Probelauf zurücksetzen…</translation>
    </message>
    <message>
        <source>Stop the Rehearsal and Quit</source>
        <translation>Probelauf stoppen und beenden</translation>
    </message>
    <message>
        <source>Wait: the rehearsal is busy (starting, stopping or staging a scenario)</source>
        <translation>Bitte warten: der Probelauf ist beschäftigt (startet, stoppt oder stellt ein Szenario auf)</translation>
    </message>
    <message>
        <source>Staging the scenario %1 …</source>
        <translation>Inszeniere das Szenario %1 …</translation>
    </message>
    <message>
        <source>Scenario %1 staged: the clock runs.</source>
        <translation>Szenario %1 inszeniert: die Uhr läuft.</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Probelauf: %1</translation>
    </message>
    <message>
        <source>Last recovery</source>
        <translation>Letzte Wiederherstellung</translation>
    </message>
    <message>
        <source>No recovery timed yet. Stage a bad night from this menu, then bring production back with the app&apos;s own tools.</source>
        <translation>Noch keine Wiederherstellung gestoppt. Inszenieren Sie eine schlimme Nacht aus diesem Menü und bringen Sie die Produktion dann mit den Werkzeugen der App zurück.</translation>
    </message>
    <message>
        <source>Recovered from %1 in %2 s: every service is healthy again on %3.

The steps taken:
%4</source>
        <translation>Von %1 in %2 s wiederhergestellt: jeder Dienst ist wieder gesund auf %3.

Die Schritte:
%4</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine aufgezeichnet)</translation>
    </message>
    <message>
        <source>Last Recovery (%1 s)…</source>
        <translation>Letzte Wiederherstellung (%1 s)…</translation>
    </message>
    <message>
        <source>Rehearsal: scenario %1 runs; the clock runs until every service is healthy on a known-good release.</source>
        <translation>Probelauf: Szenario %1 läuft; die Uhr läuft, bis jeder Dienst auf einem bewährten Release gesund ist.</translation>
    </message>
    <message>
        <source>Reset the rehearsal</source>
        <translation>Probelauf zurücksetzen</translation>
    </message>
    <message>
        <source>The rehearsal&apos;s droplet, images, history, release log and checklists are removed and made anew. Production is not touched.</source>
        <translation>Droplet, Images, Verlauf, Release-Log und Checklisten des Probelaufs werden entfernt und neu angelegt. Die Produktion bleibt unberührt.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Stopping the rehearsal …</source>
        <translation>Stoppe den Probelauf …</translation>
    </message>
</context>
<context>
    <name>Stratum::RehearsalStarter</name>
    <message>
        <source>REHEARSAL — Stratum Deploy</source>
        <translation>PROBELAUF — Stratum Deploy</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>PROBELAUF</translation>
    </message>
    <message>
        <source>Starting a droplet, a registry and a GitHub on this machine …</source>
        <translation>Starte ein Droplet, eine Registry und ein GitHub auf diesem Rechner …</translation>
    </message>
</context>
<context>
    <name>Stratum::RehearsalSupervisor</name>
    <message>
        <source>the rehearsal&apos;s tokens are not in the keychain (%1); start it with stratumctl rehearsal start</source>
        <translation>die Tokens des Probelaufs sind nicht im Schlüsselbund (%1); starten Sie ihn mit stratumctl rehearsal start</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s repository could not be made: %1</source>
        <translation>das Repository des Probelaufs ließ sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>the rehearsal&apos;s GitHub or registry front could not listen on 127.0.0.1</source>
        <translation>GitHub- oder Registry-Front des Probelaufs konnte nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>cannot read %1 to build the images</source>
        <translation>%1 kann nicht gelesen werden, um die Images zu bauen</translation>
    </message>
</context>
<context>
    <name>Stratum::ReleaseLog</name>
    <message>
        <source>sha: &quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation>sha: „%1“ ist kein vollständiger 40-stelliger Commit-SHA</translation>
    </message>
    <message>
        <source>time: not an ISO 8601 date and time</source>
        <translation>time: kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>method: must be one of %1</source>
        <translation>method: muss eines von %1 sein</translation>
    </message>
    <message>
        <source>result: must be one of %1</source>
        <translation>result: muss eines von %1 sein</translation>
    </message>
    <message>
        <source>backendDigest/frontendDigest: must look like sha256:&lt;64 hex digits&gt;</source>
        <translation>backendDigest/frontendDigest: müssen wie sha256:&lt;64 Hex-Ziffern&gt; aussehen</translation>
    </message>
    <message>
        <source>Roll back to %1 — known-good since %2</source>
        <translation>Auf %1 zurückrollen — bewährt seit %2</translation>
    </message>
    <message>
        <source>deployed today</source>
        <translation>heute deployt</translation>
    </message>
    <message>
        <source>deployed yesterday</source>
        <translation>gestern deployt</translation>
    </message>
    <message>
        <source>deployed %1 days ago</source>
        <translation>vor %1 Tagen deployt</translation>
    </message>
    <message>
        <source>Roll back to %1 — known-good since %2, %3</source>
        <translation>Auf %1 zurückrollen — bewährt seit %2, %3</translation>
    </message>
    <message>
        <source>not a release log: invalid JSON (%1)</source>
        <translation>kein Release-Log: ungültiges JSON (%1)</translation>
    </message>
    <message>
        <source>not a Stratum Deploy release log (&quot;format&quot; is not %1)</source>
        <translation>kein Release-Log von Stratum Deploy („format“ ist nicht %1)</translation>
    </message>
    <message>
        <source>release log version %1 is not supported</source>
        <translation>Release-Log-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>entries: must be a list</source>
        <translation>entries: muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>Stratum::ReleaseTableModel</name>
    <message>
        <source>failed at: %1</source>
        <translation>fehlgeschlagen bei: %1</translation>
    </message>
    <message>
        <source>known-good</source>
        <translation>bewährt</translation>
    </message>
    <message>
        <source>SHA</source>
        <translation>SHA</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Known-good</source>
        <translation>Bewährt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Droplet</source>
        <translation>Droplet</translation>
    </message>
</context>
<context>
    <name>Stratum::ReleasesPage</name>
    <message>
        <source>Reading the release log from the keychain…</source>
        <translation>Lese das Release-Log aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Release log unavailable: %1</source>
        <translation>Release-Log nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s), %1 known-good</source>
        <translation>
            <numerusform>%n Release, %1 bewährt</numerusform>
            <numerusform>%n Releases, %1 bewährt</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-flight, then one confirmation showing current → target</source>
        <translation>Vorabprüfung, dann eine Bestätigung mit aktuell → Ziel</translation>
    </message>
    <message>
        <source>Pick a known-good release: only those are rollback targets</source>
        <translation>Wählen Sie ein bewährtes Release: nur diese sind Rollback-Ziele</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Mark known-good</source>
        <translation>Als bewährt markieren</translation>
    </message>
    <message>
        <source>Mark known-good without smoke</source>
        <translation>Ohne Smoke-Test als bewährt markieren</translation>
    </message>
    <message>
        <source>The post-deploy smoke of %1 has not passed; still open:
  • %2

Run it on the Checklists page, or type why this release is known-good anyway (recorded in the audit log):</source>
        <translation>Der Smoke-Test nach dem Deploy von %1 ist nicht bestanden; noch offen:
  • %2

Führen Sie ihn auf der Seite Checklisten aus, oder geben Sie ein, warum dieses Release trotzdem bewährt ist (wird im Audit-Log vermerkt):</translation>
    </message>
    <message>
        <source>Forget release</source>
        <translation>Release vergessen</translation>
    </message>
    <message>
        <source>Remove every entry for %1 from the release log?</source>
        <translation>Alle Einträge für %1 aus dem Release-Log entfernen?</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forgot %1.</source>
        <translation>%1 vergessen.</translation>
    </message>
    <message>
        <source>Export release log</source>
        <translation>Release-Log exportieren</translation>
    </message>
    <message>
        <source>Release log (*.json)</source>
        <translation>Release-Log (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Exported the release log to %1.</source>
        <translation>Release-Log nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import release log</source>
        <translation>Release-Log importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Not imported: the file belongs to profile &quot;%1&quot;.</source>
        <translation>Nicht importiert: die Datei gehört zum Profil „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new release(s).</source>
        <translation>
            <numerusform>%n neues Release importiert.</numerusform>
            <numerusform>%n neue Releases importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deploy lock of %1 is held by %2. A step of its change still runs on the droplet: %3. It cannot be broken while that runs; wait for it, or cancel it from the app that started it.</source>
        <translation>Die Deploy-Sperre von %1 hält %2. Ein Schritt ihrer Änderung läuft noch auf dem Droplet: %3. Solange er läuft, kann sie nicht aufgehoben werden; warte auf ihn oder brich ihn in der App ab, die ihn gestartet hat.</translation>
    </message>
    <message>
        <source>The deploy lock of %1 is held by %2, and nothing of its change runs on the droplet now. If that change is gone (its app closed, its machine off), break the lock with a reason.</source>
        <translation>Die Deploy-Sperre von %1 hält %2, und nichts von ihrer Änderung läuft gerade auf dem Droplet. Wenn diese Änderung nicht mehr da ist (ihre App geschlossen, ihr Rechner aus), hebe die Sperre mit einem Grund auf.</translation>
    </message>
    <message>
        <source>Break the Deploy Lock</source>
        <translation>Deploy-Sperre aufheben</translation>
    </message>
    <message>
        <source>Break the deploy lock of %1 held by %2?

If its app comes back, the droplet refuses its next step. This is recorded with your reason: %3</source>
        <translation>Die Deploy-Sperre von %1 aufheben, die %2 hält?

Wenn ihre App zurückkommt, verweigert das Droplet ihren nächsten Schritt. Das wird mit deinem Grund festgehalten: %3</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Its smoke passed on %1: plan its deploy to %2 (%3), then confirm</source>
        <translation>Sein Smoke-Test auf %1 ist bestanden: sein Deployment nach %2 (%3) planen, dann bestätigen</translation>
    </message>
    <message>
        <source>Pick a release whose smoke passed on staging: only those are promoted</source>
        <translation>Wählen Sie ein Release, dessen Smoke-Test auf Staging bestanden ist: nur diese werden übernommen</translation>
    </message>
</context>
<context>
    <name>Stratum::RemoteHosts</name>
    <message>
        <source>no host named &quot;%1&quot;; add it in Settings</source>
        <translation>kein Host namens „%1“; fügen Sie ihn in den Einstellungen hinzu</translation>
    </message>
</context>
<context>
    <name>Stratum::RepoScan</name>
    <message>
        <source>Stripe live secret key</source>
        <translation>geheimer Stripe-Live-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe live restricted key</source>
        <translation>eingeschränkter Stripe-Live-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe webhook signing secret</source>
        <translation>Stripe-Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>GitHub fine-grained token</source>
        <translation>Fine-grained GitHub-Token</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>DigitalOcean token</source>
        <translation>DigitalOcean-Token</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>git is not installed, so the repository was not scanned</source>
        <translation>git ist nicht installiert, daher wurde das Repository nicht durchsucht</translation>
    </message>
    <message>
        <source>%1 is not a git checkout, so its tracked files were not scanned</source>
        <translation>%1 ist kein Git-Checkout, daher wurden seine versionierten Dateien nicht durchsucht</translation>
    </message>
    <message>
        <source>git grep failed: %1</source>
        <translation>git grep fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>git could not be started, so the repository was not scanned</source>
        <translation>git konnte nicht gestartet werden, daher wurde das Repository nicht durchsucht</translation>
    </message>
</context>
<context>
    <name>Stratum::RollingRun</name>
    <message>
        <source>%1 runs on every host: %2</source>
        <translation>%1 läuft auf jedem Host: %2</translation>
    </message>
    <message>
        <source>stopped at %1: %2</source>
        <translation>angehalten bei %1: %2</translation>
    </message>
    <message>
        <source>no host runs %1</source>
        <translation>kein Host führt %1 aus</translation>
    </message>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 läuft auf %2</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>nicht begonnen: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>— %1: %2 → %3 —</source>
        <translation>— %1: %2 → %3 —</translation>
    </message>
    <message>
        <source>nothing was changed there</source>
        <translation>dort wurde nichts geändert</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor er begann</translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>nicht geplant: %1</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>it was not rolled back: what it ran before (%1) is not a release SHA</source>
        <translation>er wurde nicht zurückgesetzt: was er vorher ausführte (%1), ist kein Release-SHA</translation>
    </message>
    <message>
        <source>— %1 failed: rolling it back to %2 —</source>
        <translation>— %1 ist gescheitert: Rollback auf %2 —</translation>
    </message>
    <message>
        <source>rolling change of %1 stopped at this host</source>
        <translation>schrittweise Änderung von %1 an diesem Host angehalten</translation>
    </message>
    <message>
        <source>it was NOT rolled back to %1: %2</source>
        <translation>er wurde NICHT auf %1 zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>rolled back to %1</source>
        <translation>auf %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>its rollback to %1 FAILED: %2</source>
        <translation>sein Rollback auf %1 ist GESCHEITERT: %2</translation>
    </message>
    <message>
        <source>— taking the lock of %1 —</source>
        <translation>— Sperre von %1 wird genommen —</translation>
    </message>
    <message>
        <source>the environment&apos;s lock</source>
        <translation>die Sperre der Umgebung</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>Stratum::RunningNow</name>
    <message>
        <source>docker compose ps ended with exit status %1</source>
        <translation>docker compose ps endete mit Exit-Status %1</translation>
    </message>
</context>
<context>
    <name>Stratum::SettingsPage</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>ssh-agent, then %1</source>
        <translation>ssh-agent, dann %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>a host named &quot;%1&quot; exists already</source>
        <translation>ein Host namens „%1“ existiert schon</translation>
    </message>
    <message>
        <source>Host not added: %1</source>
        <translation>Host nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added host &quot;%1&quot; to the keychain.</source>
        <translation>Host „%1“ zum Schlüsselbund hinzugefügt.</translation>
    </message>
    <message>
        <source>Droplet not switched: %1</source>
        <translation>Droplet nicht gewechselt: %1</translation>
    </message>
    <message>
        <source>The window now watches &quot;%1&quot;; stratumctl uses it without --host.</source>
        <translation>Das Fenster beobachtet jetzt „%1“; stratumctl nimmt es ohne --host.</translation>
    </message>
    <message>
        <source>Host not removed: %1</source>
        <translation>Host nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed host &quot;%1&quot;.</source>
        <translation>Host „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Reading the host key of %1…</source>
        <translation>Lese den Host-Schlüssel von %1…</translation>
    </message>
    <message>
        <source>Host key refused</source>
        <translation>Host-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>%1&apos;s host key %2 is trusted already.</source>
        <translation>Dem Host-Schlüssel %2 von %1 wird schon vertraut.</translation>
    </message>
    <message>
        <source>Trust host key</source>
        <translation>Host-Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>%1 (%2:%3) presents this host key:

%4 %5

Compare it with the droplet&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on its console). Trust it only if they match.</source>
        <translation>%1 (%2:%3) zeigt diesen Host-Schlüssel:

%4 %5

Vergleichen Sie ihn mit dem des Droplets (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf seiner Konsole). Vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Not trusted: %1</source>
        <translation>Nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Trusted %1 %2 for %3.</source>
        <translation>%1 %2 für %3 vertraut.</translation>
    </message>
    <message>
        <source>Type a new value into a field to store it; empty fields keep what is stored.</source>
        <translation>Geben Sie einen neuen Wert in ein Feld ein, um ihn zu speichern; leere Felder behalten, was gespeichert ist.</translation>
    </message>
    <message>
        <source>Saved to the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>im Schlüsselbund gespeichert — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
</context>
<context>
    <name>Stratum::SetupProbes</name>
    <message>
        <source>no GitHub token in the keychain</source>
        <translation>kein GitHub-Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>all present: %1</source>
        <translation>alle vorhanden: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlen: %1</translation>
    </message>
    <message>
        <source>%1 is missing on the droplet: create it from the example (runbook §1.4)</source>
        <translation>%1 fehlt auf dem Droplet: erstellen Sie sie aus der Vorlage (Runbook §1.4)</translation>
    </message>
    <message>
        <source>a .env file exists on the droplet: production uses only %1; remove .env (runbook §2)</source>
        <translation>auf dem Droplet liegt eine .env-Datei: die Produktion nutzt nur %1; entfernen Sie .env (Runbook §2)</translation>
    </message>
    <message>
        <source>no droplet is set up: add it in Settings or with stratumctl host add</source>
        <translation>kein Droplet ist eingerichtet: fügen Sie es in den Einstellungen hinzu oder mit stratumctl host add</translation>
    </message>
    <message>
        <source>no droplet is set up</source>
        <translation>kein Droplet ist eingerichtet</translation>
    </message>
    <message>
        <source>required keys present, no problem found</source>
        <translation>erforderliche Schlüssel vorhanden, kein Problem gefunden</translation>
    </message>
    <message>
        <source>problems with: %1 (stratumctl env-lint --production says what to fix)</source>
        <translation>Probleme mit: %1 (stratumctl env-lint --production sagt, was zu beheben ist)</translation>
    </message>
    <message>
        <source>not a setup probe</source>
        <translation>keine Einrichtungsprüfung</translation>
    </message>
</context>
<context>
    <name>Stratum::Sha</name>
    <message>
        <source>&quot;%1&quot; is not a full 40-character commit SHA</source>
        <translation>„%1“ ist kein vollständiger 40-stelliger Commit-SHA</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a commit SHA: use 7 to 40 hex digits</source>
        <translation>„%1“ ist kein Commit-SHA: verwenden Sie 7 bis 40 Hex-Ziffern</translation>
    </message>
</context>
<context>
    <name>Stratum::SmokeRun</name>
    <message>
        <source>%1 has no passed smoke yet; open: %2</source>
        <translation>%1 hat noch keinen bestandenen Smoke-Test; offen: %2</translation>
    </message>
    <message>
        <source>post-deploy smoke passed</source>
        <translation>Smoke-Test nach dem Deploy bestanden</translation>
    </message>
    <message>
        <source>without smoke: %1</source>
        <translation>ohne Smoke-Test: %1</translation>
    </message>
    <message>
        <source>marked %1 known-good (%2)</source>
        <translation>%1 als bewährt markiert (%2)</translation>
    </message>
    <message>
        <source>the smoke stopped: the health monitor was replaced (the hosts changed)</source>
        <translation>der Smoke-Test wurde angehalten: die Zustandsüberwachung wurde ersetzt (die Hosts haben sich geändert)</translation>
    </message>
    <message>
        <source>live: %1; ready: %2</source>
        <translation>lebt: %1; bereit: %2</translation>
    </message>
    <message>
        <source>the running release (tag &quot;%1&quot;) is not a SHA the release log knows: the result is not saved</source>
        <translation>das laufende Release (Tag „%1“) ist kein SHA, den das Release-Log kennt: das Ergebnis wird nicht gespeichert</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>gescheitert: %1</translation>
    </message>
</context>
<context>
    <name>Stratum::SshCommand</name>
    <message>
        <source>the command did not finish within %1 s</source>
        <translation>der Befehl wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>kann keinen Kanal öffnen: %1</translation>
    </message>
    <message>
        <source>the server refused to run the command: %1</source>
        <translation>der Server hat die Ausführung des Befehls abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Stratum::SshSession</name>
    <message>
        <source>%1 (%2:%3) accepted the connection but did not complete the SSH handshake within %4 s; check that an SSH server listens on that port</source>
        <translation>%1 (%2:%3) hat die Verbindung angenommen, den SSH-Handshake aber nicht innerhalb von %4 s abgeschlossen; prüfen Sie, ob auf diesem Port ein SSH-Server lauscht</translation>
    </message>
    <message>
        <source>%1 (%2:%3) did not answer within %4 s</source>
        <translation>%1 (%2:%3) hat nicht innerhalb von %4 s geantwortet</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>kann %1 nicht auflösen: %2</translation>
    </message>
    <message>
        <source>cannot create a socket: %1</source>
        <translation>kann keinen Socket anlegen: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>kann keine Verbindung zu %1:%2 herstellen: %3</translation>
    </message>
    <message>
        <source>libssh2 could not create a session</source>
        <translation>libssh2 konnte keine Sitzung anlegen</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>SSH-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>der Server hat keinen Host-Schlüssel geschickt</translation>
    </message>
    <message>
        <source>ssh-agent is not usable. </source>
        <translation>ssh-agent ist nicht nutzbar. </translation>
    </message>
    <message>
        <source>ssh-agent offered no key the server accepts. </source>
        <translation>ssh-agent hat keinen Schlüssel angeboten, den der Server annimmt. </translation>
    </message>
    <message>
        <source>No key file is configured for %1.</source>
        <translation>Für %1 ist keine Schlüsseldatei eingerichtet.</translation>
    </message>
    <message>
        <source>Cannot use the key %1: unreadable, unsupported, or the passphrase (ssh-passphrase/%2 in the keychain) is wrong.</source>
        <translation>Kann den Schlüssel %1 nicht verwenden: unlesbar, nicht unterstützt, oder die Passphrase (ssh-passphrase/%2 im Schlüsselbund) ist falsch.</translation>
    </message>
    <message>
        <source>%1 refused the key %2 for user %3: is its public key in ~/.ssh/authorized_keys on the droplet?</source>
        <translation>%1 hat den Schlüssel %2 für den Benutzer %3 abgelehnt: steht sein öffentlicher Schlüssel in ~/.ssh/authorized_keys auf dem Droplet?</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 has not answered for %2 s (three keepalives): the network to it is gone or stalled</source>
        <translation>%1 hat seit %2 s nicht geantwortet (drei Keepalives): das Netz dorthin ist weg oder hängt</translation>
    </message>
    <message>
        <source>the connection to %1 was lost</source>
        <translation>die Verbindung zu %1 ist abgebrochen</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>Verbindung zu %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the session was closed</source>
        <translation>die Sitzung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>Stratum::StatusCenter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no droplet is set up yet: add it in Settings</source>
        <translation>noch kein Droplet eingerichtet: fügen Sie es in den Einstellungen hinzu</translation>
    </message>
</context>
<context>
    <name>Stratum::StatusStrip</name>
    <message>
        <source>No droplet is set up yet: File → Set up a droplet… walks through it.</source>
        <translation>Noch kein Droplet eingerichtet: Ablage → Droplet einrichten… führt hindurch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot read what runs: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kann nicht lesen, was läuft: %2</translation>
    </message>
    <message>
        <source>Droplet</source>
        <translation>Droplet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is MIXED&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1 ist GEMISCHT&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; runs images not tagged by a commit</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; läuft mit Images, die nicht mit einem Commit getaggt sind</translation>
    </message>
    <message>
        <source>, deployed %1</source>
        <translation>, deployt %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; runs &lt;code&gt;%2&lt;/code&gt; %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; läuft mit &lt;code&gt;%2&lt;/code&gt; %3%4</translation>
    </message>
    <message>
        <source>known-good</source>
        <translation>bewährt</translation>
    </message>
    <message>
        <source>&lt;b&gt;not known-good&lt;/b&gt;</source>
        <translation>&lt;b&gt;nicht bewährt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>locked by %1</source>
        <translation>gesperrt von %1</translation>
    </message>
    <message>
        <source>lock free</source>
        <translation>Sperre frei</translation>
    </message>
    <message>
        <source>&lt;b&gt;pinned&lt;/b&gt; to &lt;code&gt;%1&lt;/code&gt; by %2: %3</source>
        <translation>&lt;b&gt;festgesetzt&lt;/b&gt; auf &lt;code&gt;%1&lt;/code&gt; von %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>Reading what runs on the droplet…</source>
        <translation>Lese, was auf dem Droplet läuft…</translation>
    </message>
    <message>
        <source>Roll back to %1…</source>
        <translation>Auf %1 zurückrollen…</translation>
    </message>
    <message>
        <source>Finish the deploy of %1…</source>
        <translation>Den Deploy von %1 abschließen…</translation>
    </message>
    <message>
        <source>Reading what runs…</source>
        <translation>Lese, was läuft…</translation>
    </message>
</context>
<context>
    <name>Stratum::TokenPermissions</name>
    <message>
        <source>Metadata: Read-only</source>
        <translation>Metadata: Read-only</translation>
    </message>
    <message>
        <source>see the repository</source>
        <translation>das Repository sehen</translation>
    </message>
    <message>
        <source>Contents: Read-only</source>
        <translation>Contents: Read-only</translation>
    </message>
    <message>
        <source>the head of %1 and commits</source>
        <translation>der Stand von %1 und Commits</translation>
    </message>
    <message>
        <source>Actions: Read-only</source>
        <translation>Actions: Read-only</translation>
    </message>
    <message>
        <source>follow deploy runs and their logs</source>
        <translation>Deploy-Läufen und ihren Logs folgen</translation>
    </message>
    <message>
        <source>Actions: Read and write</source>
        <translation>Actions: Read and write</translation>
    </message>
    <message>
        <source>dispatch and cancel the deploy workflow</source>
        <translation>den Deploy-Workflow anstoßen und abbrechen</translation>
    </message>
    <message>
        <source>Checks: Read-only</source>
        <translation>Checks: Read-only</translation>
    </message>
    <message>
        <source>CI of a SHA (the gates)</source>
        <translation>CI eines SHA (die Gates)</translation>
    </message>
    <message>
        <source>Commit statuses: Read-only</source>
        <translation>Commit statuses: Read-only</translation>
    </message>
    <message>
        <source>CI of a SHA (combined status)</source>
        <translation>CI eines SHA (kombinierter Status)</translation>
    </message>
    <message>
        <source>Secrets: Read-only</source>
        <translation>Secrets: Read-only</translation>
    </message>
    <message>
        <source>the Actions secrets check, by name only</source>
        <translation>die Prüfung der Actions-Secrets, nur nach Namen</translation>
    </message>
    <message>
        <source>Administration: Read-only</source>
        <translation>Administration: Read-only</translation>
    </message>
    <message>
        <source>the branch protection check</source>
        <translation>die Prüfung des Branch-Schutzes</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (needs %3)</source>
        <translation>HTTP %1 %2 (braucht %3)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Read and write</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>this classic token cannot reach everything: give it the repo scope, or better use a fine-grained token for the repository with: %1</source>
        <translation>dieses klassische Token erreicht nicht alles: geben Sie ihm den Scope repo, oder besser, verwenden Sie ein Fine-grained Token für das Repository mit: %1</translation>
    </message>
    <message>
        <source>on github.com → Settings → Developer settings → Fine-grained tokens → this token → Repository permissions, grant: %1; then check again</source>
        <translation>auf github.com → Settings → Developer settings → Fine-grained tokens → dieses Token → Repository permissions erteilen: %1; dann erneut prüfen</translation>
    </message>
</context>
<context>
    <name>Stratum::TokenScopes</name>
    <message>
        <source>the GHCR token names no scopes (a fine-grained token): check on github.com that it can only read packages</source>
        <translation>das GHCR-Token nennt keine Scopes (ein Fine-grained Token): prüfen Sie auf github.com, dass es nur Pakete lesen kann</translation>
    </message>
    <message>
        <source>the GHCR token has more than read:packages (%1): make a new classic token with only read:packages for the droplet (runbook §8.1)</source>
        <translation>das GHCR-Token hat mehr als read:packages (%1): erstellen Sie für das Droplet ein neues klassisches Token nur mit read:packages (Runbook §8.1)</translation>
    </message>
    <message>
        <source>the GHCR token lacks read:packages: the droplet cannot pull with it</source>
        <translation>dem GHCR-Token fehlt read:packages: das Droplet kann damit nicht ziehen</translation>
    </message>
    <message>
        <source>the GHCR token has only read:packages</source>
        <translation>das GHCR-Token hat nur read:packages</translation>
    </message>
</context>
<context>
    <name>Stratum::UndoChoice</name>
    <message>
        <source>undo of the deploy of %1</source>
        <translation>Rückgängigmachen des Deploys von %1</translation>
    </message>
</context>
<context>
    <name>Stratum::Vault</name>
    <message>
        <source>the stored %1 is damaged: %2</source>
        <translation>der gespeicherte Eintrag „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>release log</source>
        <translation>Release-Log</translation>
    </message>
    <message>
        <source>checklist state</source>
        <translation>Stand der Checklisten</translation>
    </message>
</context>
<context>
    <name>Stratum::WorkflowDeploy</name>
    <message>
        <source>no droplet is set up: the droplet&apos;s deploy lock is not taken for this run</source>
        <translation>kein Droplet ist eingerichtet: die Deploy-Sperre des Droplets wird für diesen Lauf nicht gesetzt</translation>
    </message>
    <message>
        <source>took the droplet&apos;s deploy lock</source>
        <translation>Deploy-Sperre des Droplets gesetzt</translation>
    </message>
    <message>
        <source>another deploy holds the droplet&apos;s lock: %1 on %2 since %3 (%4)</source>
        <translation>ein anderer Deploy hält die Sperre des Droplets: %1 auf %2 seit %3 (%4)</translation>
    </message>
    <message>
        <source>could not take the droplet&apos;s deploy lock: %1</source>
        <translation>konnte die Deploy-Sperre des Droplets nicht setzen: %1</translation>
    </message>
    <message>
        <source>released the droplet&apos;s deploy lock</source>
        <translation>Deploy-Sperre des Droplets freigegeben</translation>
    </message>
    <message>
        <source>workflow deploy</source>
        <translation>Workflow-Deploy</translation>
    </message>
    <message>
        <source>run %1 of the deploy workflow is %2 (%3); wait for it to end</source>
        <translation>Lauf %1 des Deploy-Workflows ist %2 (%3); warten Sie sein Ende ab</translation>
    </message>
    <message>
        <source>could not release the droplet&apos;s deploy lock; the next look frees it once this change&apos;s lease has run out, or break it: stratumctl lock release --force --reason TEXT</source>
        <translation>die Deploy-Sperre des Droplets konnte nicht freigegeben werden; der nächste Blick gibt sie frei, sobald die Frist dieser Änderung abgelaufen ist, oder hebe sie auf: stratumctl lock release --force --reason TEXT</translation>
    </message>
    <message>
        <source>dispatching &quot;%1&quot; on %2 for %3</source>
        <translation>stoße „%1“ auf %2 für %3 an</translation>
    </message>
    <message>
        <source>run %1 deploys %2, not the checked %3: cancelled it (%4 moved meanwhile; check the new head and deploy again)</source>
        <translation>Lauf %1 deployt %2, nicht das geprüfte %3: abgebrochen (%4 hat sich inzwischen bewegt; prüfen Sie den neuen Stand und deployen Sie erneut)</translation>
    </message>
    <message>
        <source> (the cancel failed: %1)</source>
        <translation> (der Abbruch ist fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>lost track of the run: %1</source>
        <translation>den Lauf aus den Augen verloren: %1</translation>
    </message>
    <message>
        <source>run %1 succeeded</source>
        <translation>Lauf %1 erfolgreich</translation>
    </message>
    <message>
        <source>run %1 ended: %2</source>
        <translation>Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>backend live</source>
        <translation>Backend lebt</translation>
    </message>
    <message>
        <source>backend ready</source>
        <translation>Backend bereit</translation>
    </message>
    <message>
        <source>; backend live and ready on the droplet</source>
        <translation>; Backend lebt und ist bereit auf dem Droplet</translation>
    </message>
    <message>
        <source>checking %1 on the droplet</source>
        <translation>prüfe %1 auf dem Droplet</translation>
    </message>
    <message>
        <source>, but %1 failed on the droplet: %2 — consider rolling back</source>
        <translation>, aber %1 ist auf dem Droplet fehlgeschlagen: %2 — erwägen Sie ein Zurückrollen</translation>
    </message>
    <message>
        <source>GitHub is cancelling the run</source>
        <translation>GitHub bricht den Lauf ab</translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation>Abbruch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> (not recorded: %1)</source>
        <translation> (nicht vermerkt: %1)</translation>
    </message>
    <message>
        <source>; recorded in the release log</source>
        <translation>; im Release-Log vermerkt</translation>
    </message>
</context>
<context>
    <name>Stratum::WorkflowDispatcher</name>
    <message>
        <source>GitHub&apos;s dispatch answer has no workflow_run_id</source>
        <translation>die Antwort von GitHub auf das Anstoßen hat keine workflow_run_id</translation>
    </message>
    <message>
        <source>the dispatch was accepted but no run appeared within %1 s; look at the Actions page</source>
        <translation>das Anstoßen wurde angenommen, aber innerhalb von %1 s erschien kein Lauf; sehen Sie auf der Actions-Seite nach</translation>
    </message>
    <message>
        <source>the dispatch got no good answer (%1) and no run appeared within %2 s, so it probably did not start; look at the Actions page before dispatching again</source>
        <translation>das Anstoßen bekam keine gute Antwort (%1), und innerhalb von %2 s erschien kein Lauf, also startete es wohl nicht; sehen Sie auf der Actions-Seite nach, bevor Sie erneut anstoßen</translation>
    </message>
    <message>
        <source>%1 runs started since the dispatch; following the newest (%2) — someone else may have started one too</source>
        <translation>seit dem Anstoßen sind %1 Läufe gestartet; ich folge dem neuesten (%2) — vielleicht hat jemand anderes auch einen gestartet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version, the commit and the libraries, then exit.</source>
        <translation>Version, Commit und Bibliotheken ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;file&gt;.</source>
        <translation>Das Profil in &lt;file&gt; verwenden.</translation>
    </message>
    <message>
        <source>Open every page, then exit.</source>
        <translation>Jede Seite öffnen, dann beenden.</translation>
    </message>
    <message>
        <source>Work on the rehearsal: a droplet, a registry and a GitHub on this machine (started if it is not running).</source>
        <translation>Am Probelauf arbeiten: ein Droplet, eine Registry und ein GitHub auf diesem Rechner (gestartet, wenn er nicht läuft).</translation>
    </message>
    <message>
        <source>Watch without changing: nothing that changes a droplet runs (for production on a shared screen).</source>
        <translation>Zusehen ohne zu ändern: nichts, was ein Droplet ändert, läuft (für Produktion auf einem geteilten Bildschirm).</translation>
    </message>
    <message>
        <source>The rehearsal cannot start</source>
        <translation>Der Probelauf kann nicht starten</translation>
    </message>
</context>
</TS>
