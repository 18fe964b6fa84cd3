<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutTab</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>{name} {version}</source>
        <translation>{name} {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Check what this desktop lacks for the app to work fully: tray icon, notifications, password storage, backup DNS switching, start at login, data folders and policy files. In a terminal, the same check is: offline-ready doctor</source>
        <translation>Prüfen, was diesem Desktop fehlt, damit die App voll funktioniert: Tray-Symbol, Benachrichtigungen, Passwortspeicher, Umschalten auf Ersatz-DNS, Start bei der Anmeldung, Datenordner und Richtliniendateien. Im Terminal lautet dieselbe Prüfung: offline-ready doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>&amp;Check this desktop</source>
        <translation>Diesen Desktop &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Everything is in place.</source>
        <translation>Alles ist vorhanden.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Some parts are missing; the app works with less until they are fixed.</source>
        <translation>Einige Teile fehlen; die App funktioniert eingeschränkt, bis sie behoben sind.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>The check failed: {error}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Add a document</source>
        <translation>Ein Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>https://intranet/plan.pdf or a file on a share</source>
        <translation>https://intranet/plan.pdf oder eine Datei auf einer Freigabe</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Source address or file</source>
        <translation>Quelladresse oder Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>from the file name</source>
        <translation>aus dem Dateinamen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Document name</source>
        <translation>Name des Dokuments</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Whatever the address says</source>
        <translation>Was die Adresse sagt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Expected type</source>
        <translation>Erwarteter Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>This is a contact list (vCard or CSV) to import</source>
        <translation>Das ist eine Kontaktliste (vCard oder CSV) zum Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Token (Bearer)</source>
        <translation>Token (Bearer)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Custom header</source>
        <translation>Eigener Header</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Sign-&amp;in:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Password / token:</source>
        <translation>&amp;Passwort / Token:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Credentials are stored in the system keyring, never in files.</source>
        <translation>Zugangsdaten werden im Schlüsselbund des Systems gespeichert, nie in Dateien.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Choose a document</source>
        <translation>Ein Dokument wählen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>&lt;b&gt;A settings file has an error.&lt;/b&gt; Offline Ready keeps watching your connection; the file was not changed. Fix it (or remove it) and restart the app.&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Eine Einstellungsdatei hat einen Fehler.&lt;/b&gt; Offline Ready überwacht Ihre Verbindung weiter; die Datei wurde nicht verändert. Korrigieren (oder entfernen) Sie sie und starten Sie die App neu.&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>&lt;b&gt;Monitoring could not start:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Die Überwachung konnte nicht starten:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>&lt;b&gt;Your desktop has no system tray&lt;/b&gt;, so Offline Ready shows this window instead; closing it stops the app. On GNOME, install the &lt;i&gt;AppIndicator and KStatusNotifierItem Support&lt;/i&gt; extension (package &lt;tt&gt;gnome-shell-extension-appindicator&lt;/tt&gt;) and log in again to get the tray icon.</source>
        <translation>&lt;b&gt;Ihr Desktop hat keinen Infobereich&lt;/b&gt;, daher zeigt Offline Ready stattdessen dieses Fenster; wenn Sie es schließen, endet die App. Unter GNOME installieren Sie die Erweiterung &lt;i&gt;AppIndicator and KStatusNotifierItem Support&lt;/i&gt; (Paket &lt;tt&gt;gnome-shell-extension-appindicator&lt;/tt&gt;) und melden sich neu an, um das Tray-Symbol zu bekommen.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>Offline Ready cannot start because a settings file has an error:

{error}

Fix the file (or remove it to go back to the defaults) and start the app again.</source>
        <translation>Offline Ready kann nicht starten, weil eine Einstellungsdatei einen Fehler hat:

{error}

Korrigieren Sie die Datei (oder entfernen Sie sie, um zu den Standardwerten zurückzukehren) und starten Sie die App erneut.</translation>
    </message>
</context>
<context>
    <name>BackupDnsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS</source>
        <translation>Ersatz-DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>No network (cable, Wi-Fi)</source>
        <translation>Kein Netzwerk (Kabel, WLAN)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>No internet</source>
        <translation>Kein Internet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Websites can&apos;t be found (your DNS resolver)</source>
        <translation>Websites werden nicht gefunden (Ihr DNS-Resolver)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Sign-in page (captive portal)</source>
        <translation>Anmeldeseite (Captive Portal)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Slow or partly broken</source>
        <translation>Langsam oder teilweise gestört</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>A watched service is down</source>
        <translation>Ein überwachter Dienst ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>DNS answers being rewritten</source>
        <translation>DNS-Antworten werden umgeschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>The kinds of problem that raise a warning; the others only change the tray icon.</source>
        <translation>Die Arten von Problemen, die eine Warnung auslösen; die anderen ändern nur das Tray-Symbol.</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Its name does not resolve through your DNS resolver</source>
        <translation>Sein Name lässt sich über Ihren DNS-Resolver nicht auflösen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Its provider&apos;s DNS is down (a backup resolver won&apos;t help)</source>
        <translation>Das DNS seines Anbieters ist ausgefallen (ein Ersatz-Resolver hilft nicht)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The connection was refused or the server is unreachable</source>
        <translation>Die Verbindung wurde abgelehnt, oder der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The secure connection (TLS) failed</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>No answer in time</source>
        <translation>Keine Antwort in der Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>It answers, but slowly</source>
        <translation>Er antwortet, aber langsam</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked: a lower layer is down</source>
        <translation>Nicht geprüft: eine tiefere Ebene ist ausgefallen</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>CSV for Google Contacts / spreadsheets (*.csv)</source>
        <translation>CSV für Google Kontakte / Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Call sheet, web page to print (*.html)</source>
        <translation>Anrufliste, Webseite zum Drucken (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Call sheet, PDF (*.pdf)</source>
        <translation>Anrufliste, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>call order</source>
        <translation>Anrufreihenfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>first choice</source>
        <translation>erste Wahl</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>(no country)</source>
        <translation>(ohne Landesvorwahl)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>If not reached, call:</source>
        <translation>Falls nicht erreichbar, anrufen:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Details confirmed on</source>
        <translation>Angaben bestätigt am</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts and call sheet</source>
        <translation>Kontakte und Anrufliste</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>The IT helpdesk, your ISP and vendors, with their numbers, offline</source>
        <translation>IT-Helpdesk, Internetanbieter und Lieferanten mit ihren Nummern, offline</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>IT helpdesk</source>
        <translation>IT-Helpdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Call %1: %2</source>
        <translation>%1 anrufen: %2</translation>
    </message>
</context>
<context>
    <name>DnsConfirmDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Keep backup DNS?</source>
        <translation>Ersatz-DNS behalten?</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Now using %1. Names resolve again.</source>
        <translation>Jetzt wird %1 verwendet. Namen werden wieder aufgelöst.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Your own settings are saved. If you do nothing, they come back automatically when the countdown ends.</source>
        <translation>Ihre eigenen Einstellungen sind gesichert. Wenn Sie nichts tun, kommen sie automatisch zurück, sobald der Countdown abläuft.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>&amp;Keep these settings</source>
        <translation>Diese Einstellungen &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Keep backup DNS</source>
        <translation>Ersatz-DNS behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switch &amp;back now</source>
        <translation>Jetzt &amp;zurückschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switch back to the original DNS settings</source>
        <translation>Zu den ursprünglichen DNS-Einstellungen zurückschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switched back to your original DNS settings.</source>
        <translation>Zu Ihren ursprünglichen DNS-Einstellungen zurückgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switching back in %1 s</source>
        <translation>Zurückschalten in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Keeping the backup settings…</source>
        <translation>Die Ersatz-Einstellungen werden behalten…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switching back…</source>
        <translation>Wird zurückgeschaltet…</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh documents</source>
        <translation>Dokumente aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents: %1 of %2 stale</source>
        <translation>Dokumente: %1 von %2 veraltet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents: %1 offline, all fresh</source>
        <translation>Dokumente: %1 offline, alle aktuell</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents…</source>
        <translation>Dokumente…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Open offline documents</source>
        <translation>Offline-Dokumente öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Your continuity plan, runbooks and lists, readable without the network</source>
        <translation>Ihr Notfallplan, Betriebshandbücher und Listen, lesbar ohne Netzwerk</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Outage drill — {scenario}</source>
        <translation>Ausfallübung — {scenario}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Preparing the drill…</source>
        <translation>Die Übung wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Use this</source>
        <translation>Das &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>I &amp;can&apos;t find it</source>
        <translation>Ich &amp;finde es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Stop the drill</source>
        <translation>Die Übung beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>The drill could not start: {error}</source>
        <translation>Die Übung konnte nicht starten: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>DRILL: {headline}</source>
        <translation>ÜBUNG: {headline}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>This is a drill: nothing is broken. Follow the steps in the drill window.</source>
        <translation>Das ist eine Übung: Nichts ist kaputt. Folgen Sie den Schritten im Übungsfenster.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;Step {n} of {total}: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritt {n} von {total}: {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>(not usable offline)</source>
        <translation>(offline nicht nutzbar)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Open it</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Call this one</source>
        <translation>Diese Person &amp;anrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Choose (dry run)</source>
        <translation>&amp;Auswählen (Probelauf)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Use it</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>✓ {choice} — {seconds} s</source>
        <translation>✓ {choice} — {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>✗ Missing: {what}</source>
        <translation>✗ Fehlt: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>A real problem was just detected: {title}. It is not part of the drill; the app warns about it as usual.</source>
        <translation>Gerade wurde ein echtes Problem erkannt: {title}. Es gehört nicht zur Übung; die App warnt wie gewohnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;Drill finished&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übung beendet&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;Drill stopped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übung abgebrochen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>To fix before a real outage:</source>
        <translation>Vor einem echten Ausfall beheben:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Everything was found. Well done.</source>
        <translation>Alles wurde gefunden. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DrillOutageWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>DRILL — What to do now</source>
        <translation>ÜBUNG — Was jetzt zu tun ist</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;This is a drill.&lt;/b&gt; Nothing is broken and nothing on this computer will be changed.</source>
        <translation>&lt;b&gt;Das ist eine Übung.&lt;/b&gt; Nichts ist kaputt, und auf diesem Computer wird nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>In a real outage this button would apply the fix; in the drill nothing was changed.</source>
        <translation>Bei einem echten Ausfall würde diese Schaltfläche die Lösung anwenden; in der Übung wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeaturePage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>this kind of</source>
        <translation>diese Art von</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>The file could not be opened</source>
        <translation>Die Datei ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>No program on this computer opens {kind} files. The copy is saved here:
{path}</source>
        <translation>Kein Programm auf diesem Computer öffnet {kind} Dateien. Die Kopie liegt hier:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>No file manager answered either; the path is on the clipboard.</source>
        <translation>Auch kein Dateimanager hat geantwortet; der Pfad liegt in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Set up Offline Ready</source>
        <translation>Offline Ready einrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>What Offline Ready watches</source>
        <translation>Was Offline Ready überwacht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>It checks, quietly and in the background, each layer your work depends on: your network connection, your router, the internet, sign-in pages (hotels, trains), your DNS resolver — the part that finds websites by name — and the web services you name next. When something breaks it tells you once, in plain words, what is broken and what to do, and it hands you your documents and phone numbers offline.</source>
        <translation>Es prüft still im Hintergrund jede Ebene, von der Ihre Arbeit abhängt: Ihre Netzwerkverbindung, Ihren Router, das Internet, Anmeldeseiten (Hotels, Züge), Ihren DNS-Resolver — den Teil, der Websites über ihren Namen findet — und die Webdienste, die Sie als Nächstes nennen. Wenn etwas kaputtgeht, sagt es Ihnen einmal und in einfachen Worten, was kaputt ist und was zu tun ist, und gibt Ihnen Ihre Dokumente und Telefonnummern offline.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>The services you depend on</source>
        <translation>Die Dienste, auf die Sie angewiesen sind</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Name the web services your work needs (the shop, the booking system, e-mail). Each is checked about once a minute, so you hear when it is them, not you.</source>
        <translation>Nennen Sie die Webdienste, die Ihre Arbeit braucht (den Shop, das Buchungssystem, E-Mail). Jeder wird etwa einmal pro Minute geprüft, damit Sie erfahren, wenn es an denen liegt und nicht an Ihnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your organisation has set these up for you.</source>
        <translation>Ihre Organisation hat diese für Sie eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Import the numbers you need when the internet is down — the IT helpdesk, your internet provider, key vendors — from a vCard or a Google/Outlook export. They stay readable offline.</source>
        <translation>Importieren Sie die Nummern, die Sie brauchen, wenn das Internet ausfällt — den IT-Helpdesk, Ihren Internetanbieter, wichtige Lieferanten — aus einer vCard oder einem Google/Outlook-Export. Sie bleiben offline lesbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Open &amp;Contacts to import…</source>
        <translation>&amp;Kontakte öffnen, um zu importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your organisation added your helpdesk: {name} {phone}</source>
        <translation>Ihre Organisation hat Ihren Helpdesk eingetragen: {name} {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your continuity plan</source>
        <translation>Ihr Notfallplan</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Add the documents you would need during an outage — the continuity plan, runbooks, the price list. Offline Ready keeps verified copies and refreshes them while the network works.</source>
        <translation>Fügen Sie die Dokumente hinzu, die Sie bei einem Ausfall brauchen würden — den Notfallplan, Betriebshandbücher, die Preisliste. Offline Ready bewahrt geprüfte Kopien auf und frischt sie auf, solange das Netz funktioniert.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Open &amp;Documents to add them…</source>
        <translation>&amp;Dokumente öffnen, um sie hinzuzufügen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your organisation added %n document(s).</source>
        <translation>
            <numerusform>Ihre Organisation hat %n Dokument hinzugefügt.</numerusform>
            <numerusform>Ihre Organisation hat %n Dokumente hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>See what a warning looks like</source>
        <translation>Sehen, wie eine Warnung aussieht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Send a test notification now, so you recognise a real one.</source>
        <translation>Senden Sie jetzt eine Testbenachrichtigung, damit Sie eine echte wiedererkennen.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Send a &amp;test notification</source>
        <translation>Eine &amp;Testbenachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Test: this is how Offline Ready warns you</source>
        <translation>Test: So warnt Sie Offline Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>A real warning says what is broken and what to do first.</source>
        <translation>Eine echte Warnung sagt, was kaputt ist und was zuerst zu tun ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Sent. If nothing appeared, check that notifications are allowed for Offline Ready in your system settings.</source>
        <translation>Gesendet. Wenn nichts erschienen ist, prüfen Sie, ob Benachrichtigungen für Offline Ready in Ihren Systemeinstellungen erlaubt sind.</translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Use backup DNS</source>
        <translation>Ersatz-DNS verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Open the sign-in page</source>
        <translation>Die Anmeldeseite öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Switch back to my DNS settings</source>
        <translation>Zu meinen DNS-Einstellungen zurückschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Switch to a tested backup resolver; your own settings come back with one click</source>
        <translation>Auf einen getesteten Ersatz-Resolver umschalten; Ihre eigenen Einstellungen kommen mit einem Klick zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Open this network&apos;s sign-in page in your browser</source>
        <translation>Die Anmeldeseite dieses Netzwerks im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Go back to your own DNS settings now</source>
        <translation>Jetzt zu Ihren eigenen DNS-Einstellungen zurückkehren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>The sign-in page could not be opened</source>
        <translation>Die Anmeldeseite ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>No web browser answered. Open a browser and go to {url}</source>
        <translation>Kein Webbrowser hat geantwortet. Öffnen Sie einen Browser und gehen Sie zu {url}</translation>
    </message>
</context>
<context>
    <name>FleetLine</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>What is sent…</source>
        <translation>Was gesendet wird…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: status unknown ({error})</source>
        <translation>Meldungen an Ihre Organisation: Zustand unbekannt ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: off</source>
        <translation>Meldungen an Ihre Organisation: aus</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>no address set</source>
        <translation>keine Adresse eingestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: {where} (last sent {when})</source>
        <translation>Meldungen an Ihre Organisation: {where} (zuletzt gesendet {when})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: {where} (nothing sent yet)</source>
        <translation>Meldungen an Ihre Organisation: {where} (noch nichts gesendet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Eintrag wartet auf Versand</numerusform>
            <numerusform>%n Einträge warten auf Versand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPreviewDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>What is sent to your organisation</source>
        <translation>Was an Ihre Organisation gesendet wird</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>Exactly what this computer sends to your organisation&apos;s monitoring: the labels on every item, the last sample taken and the next items waiting. Never your name, this computer&apos;s name, network names, hardware or IP addresses, location, documents or contacts.</source>
        <translation>Genau das, was dieser Computer an die Überwachung Ihrer Organisation sendet: die Kennzeichen jedes Eintrags, der zuletzt erfasste Messwert und die nächsten wartenden Einträge. Niemals Ihr Name, der Name dieses Computers, Netzwerknamen, Hardware oder IP-Adressen, Standort, Dokumente oder Kontakte.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>Could not be read: {error}</source>
        <translation>Ließ sich nicht lesen: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Last &amp;day</source>
        <translation>Letzter &amp;Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Last &amp;week</source>
        <translation>Letzte &amp;Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Last &amp;month</source>
        <translation>Letzter &amp;Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Export &amp;HTML report…</source>
        <translation>&amp;HTML-Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>&amp;Report for ISP or IT…</source>
        <translation>&amp;Bericht für Internetanbieter oder IT…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>The selected incident as text, a web page or a PDF, ready to send</source>
        <translation>Die ausgewählte Störung als Text, Webseite oder PDF, fertig zum Versenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>What was wrong</source>
        <translation>Was nicht stimmte</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>What was missing</source>
        <translation>Was fehlte</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Störungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>&lt;b&gt;Drills&lt;/b&gt; (rehearsals, not outages)</source>
        <translation>&lt;b&gt;Übungen&lt;/b&gt; (Proben, keine Ausfälle)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>The history could not be read: {error}</source>
        <translation>Der Verlauf ließ sich nicht lesen: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>%n incident(s) · {avail} available</source>
        <translation>
            <numerusform>%n Störung · {avail} verfügbar</numerusform>
            <numerusform>%n Störungen · {avail} verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>History is not being recorded.</source>
        <translation>Der Verlauf wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>No measurements in this period yet.</source>
        <translation>Noch keine Messungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>{n} measurements, updated {time}</source>
        <translation>{n} Messungen, aktualisiert {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>nothing: everything was found</source>
        <translation>nichts: Alles wurde gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>stopped before the end</source>
        <translation>vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Could not save: {error}</source>
        <translation>Ließ sich nicht speichern: {error}</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Latency and loss chart</source>
        <translation>Diagramm zu Antwortzeit und Verlust</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>loss %</source>
        <translation>Verlust %</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Web check</source>
        <translation>Webprüfung</translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Network link</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Local network and router</source>
        <translation>Lokales Netzwerk und Router</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Name lookups (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Sign-in page check</source>
        <translation>Prüfung auf Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
</context>
<context>
    <name>LayerView</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>What was measured</source>
        <translation>Was gemessen wurde</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>Diagnosis by layer</source>
        <translation>Diagnose nach Ebenen</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
</context>
<context>
    <name>LockBadge</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py"/>
        <source>Managed by your organization</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py"/>
        <source>Your administrator set this value in a policy file; it cannot be changed here.</source>
        <translation>Ihr Administrator hat diesen Wert in einer Richtliniendatei festgelegt; er lässt sich hier nicht ändern.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Offline Ready</source>
        <translation>Offline Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>This page could not be opened: {error}</source>
        <translation>Diese Seite ließ sich nicht öffnen: {error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/notifier.py"/>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
</context>
<context>
    <name>OutageReadiness</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>What the providers say</source>
        <translation>Was die Anbieter sagen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Tested in your last drill</source>
        <translation>In Ihrer letzten Übung getestet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Gaps that matter now</source>
        <translation>Lücken, die jetzt wichtig sind</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Write a &amp;report for your ISP or IT…</source>
        <translation>Einen &amp;Bericht für Internetanbieter oder IT schreiben…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>{title}: {choice} ({seconds} s)</source>
        <translation>{title}: {choice} ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Missing then: {what}</source>
        <translation>Damals fehlte: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Tested in your drill of {date}</source>
        <translation>Getestet in Ihrer Übung vom {date}</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What is not working</source>
        <translation>Was nicht funktioniert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What still works</source>
        <translation>Was noch funktioniert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What you can do now</source>
        <translation>Was Sie jetzt tun können</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Show the &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>&lt;b&gt;What you can do now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was Sie jetzt tun können&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>The problem lasted {duration}.</source>
        <translation>Das Problem dauerte {duration}.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Last checked {time}</source>
        <translation>Zuletzt geprüft {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Since {time} ({duration})</source>
        <translation>Seit {time} ({duration})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>the trouble began at {time}</source>
        <translation>die Störung begann um {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>You&apos;re back online</source>
        <translation>Sie sind wieder online</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation>Ihre eigenen DNS-Einstellungen sind nicht in Gebrauch. Schalten Sie zurück, sobald Ihr Resolver wieder funktioniert.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS</source>
        <translation>Ersatz-DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Reading the DNS settings…</source>
        <translation>Die DNS-Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS state</source>
        <translation>Zustand des Ersatz-DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>DNS-over-HTTPS</source>
        <translation>DNS-over-HTTPS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS profiles</source>
        <translation>Ersatz-DNS-Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Test conclusions</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>&amp;Test resolvers</source>
        <translation>Resolver &amp;testen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Test resolvers</source>
        <translation>Resolver testen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>&amp;Use selected backup</source>
        <translation>Ausgewählten Ersatz &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Use selected backup DNS</source>
        <translation>Ausgewähltes Ersatz-DNS verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>&amp;Restore my settings</source>
        <translation>Meine Einstellungen &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Restore the original DNS settings</source>
        <translation>Die ursprünglichen DNS-Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS is unavailable: %1</source>
        <translation>Ersatz-DNS ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Using backup DNS: %1</source>
        <translation>Ersatz-DNS in Gebrauch: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source> (waiting for confirmation)</source>
        <translation> (wartet auf Bestätigung)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Not in use. Your system resolves through %1.</source>
        <translation>Nicht in Gebrauch. Ihr System löst Namen über %1 auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Your original resolver works again.</source>
        <translation>Ihr ursprünglicher Resolver funktioniert wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Your own</source>
        <translation>Ihr eigener</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>saved %1</source>
        <translation>gesichert %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%1 ms, %2 % lost</source>
        <translation>%1 ms, %2 % verloren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Not working</source>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Last tested %1.</source>
        <translation>Zuletzt getestet %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>The backups have not been tested from this network yet.</source>
        <translation>Die Ersatz-Resolver wurden in diesem Netzwerk noch nicht getestet.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts summary</source>
        <translation>Übersicht der Kontakte</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Your IT helpdesk</source>
        <translation>Ihr IT-Helpdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Search by name, organisation, role or number…</source>
        <translation>Nach Name, Organisation, Rolle oder Nummer suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Print call sheet</source>
        <translation>Anrufliste &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Open a printable call sheet</source>
        <translation>Eine druckbare Anrufliste öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Copy number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Copy the first-choice number</source>
        <translation>Die erste Wahl kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Mark as checked today</source>
        <translation>Als heute &amp;geprüft markieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Record that the details were confirmed today</source>
        <translation>Festhalten, dass die Angaben heute bestätigt wurden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>The vault is locked; unlock it on the Documents page.</source>
        <translation>Der Tresor ist gesperrt; entsperren Sie ihn auf der Seite Dokumente.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts are unavailable: %1</source>
        <translation>Kontakte sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>No contacts yet. Import the IT helpdesk, your ISP and key vendors from a vCard or a Google/Outlook CSV export.</source>
        <translation>Noch keine Kontakte. Importieren Sie den IT-Helpdesk, Ihren Internetanbieter und wichtige Lieferanten aus einer vCard oder einem Google/Outlook-CSV-Export.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>(no country)</source>
        <translation>(kein Land)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Select a contact to see every number and address.</source>
        <translation>Wählen Sie einen Kontakt, um jede Nummer und Adresse zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts imported</source>
        <translation>Kontakte importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Loading the offline vault…</source>
        <translation>Der Offline-Tresor wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Offline documents summary</source>
        <translation>Übersicht der Offline-Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>The vault is encrypted. Passphrase:</source>
        <translation>Der Tresor ist verschlüsselt. Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Vault passphrase</source>
        <translation>Passphrase des Tresors</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Search the offline copies…</source>
        <translation>Die Offline-Kopien durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Search documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Add a document</source>
        <translation>Ein Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Refresh all</source>
        <translation>Alle &amp;auffrischen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refreshing…</source>
        <translation>Wird aufgefrischt…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh all documents</source>
        <translation>Alle Dokumente auffrischen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh progress</source>
        <translation>Fortschritt beim Auffrischen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Offline documents</source>
        <translation>Offline-Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Auffrischen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>A&amp;ccept new version</source>
        <translation>Neue Version an&amp;nehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Take the refused download after all (for example a genuinely much smaller file)</source>
        <translation>Den abgelehnten Download doch übernehmen (zum Beispiel eine tatsächlich viel kleinere Datei)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Open the offline copy</source>
        <translation>Die Offline-Kopie öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Show the kept versions</source>
        <translation>Die aufbewahrten Versionen zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh the selected document</source>
        <translation>Das ausgewählte Dokument auffrischen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Accept the refused download</source>
        <translation>Den abgelehnten Download annehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Remove the selected document</source>
        <translation>Das ausgewählte Dokument entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>The vault is locked: %1</source>
        <translation>Der Tresor ist gesperrt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>The offline vault is unavailable: %1</source>
        <translation>Der Offline-Tresor ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>No documents yet. Add the continuity plan, runbooks, price lists… and they stay readable when the network is gone.</source>
        <translation>Noch keine Dokumente. Fügen Sie den Notfallplan, Betriebshandbücher, Preislisten … hinzu, und sie bleiben lesbar, wenn das Netz weg ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n without a copy</source>
        <translation>
            <numerusform>%n ohne Kopie</numerusform>
            <numerusform>%n ohne Kopie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n refresh(es) refused</source>
        <translation>
            <numerusform>%n Auffrischung abgelehnt</numerusform>
            <numerusform>%n Auffrischungen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>all fresh</source>
        <translation>alle aktuell</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Fresh</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>No copy</source>
        <translation>Keine Kopie</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>refresh unfinished</source>
        <translation>Auffrischen nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Checking documents…</source>
        <translation>Dokumente werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Remove “%1” and all its offline versions?</source>
        <translation>„%1“ und alle Offline-Versionen entfernen?</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>No matches in the offline copies.</source>
        <translation>Keine Treffer in den Offline-Kopien.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness score</source>
        <translation>Bereitschaftswert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Send a &amp;test notification</source>
        <translation>Eine &amp;Testbenachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>I &amp;saw it</source>
        <translation>Ich habe sie &amp;gesehen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Confirm that the test notification appeared</source>
        <translation>Bestätigen, dass die Testbenachrichtigung erschienen ist</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Drill scenario</source>
        <translation>Übungsszenario</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Start a &amp;drill</source>
        <translation>Eine Ü&amp;bung starten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>A rehearsal: nothing on this computer is changed</source>
        <translation>Eine Probe: Auf diesem Computer wird nichts verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>&amp;Report on the last incident…</source>
        <translation>&amp;Bericht zur letzten Störung…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>The readiness check failed: {error}</source>
        <translation>Die Bereitschaftsprüfung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>{score}/100</source>
        <translation>{score}/100</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/background.py"/>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Backup DNS</source>
        <translation>Ersatz-DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Network connection</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Direct connection</source>
        <translation>Direkte Verbindung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Test page</source>
        <translation>Testseite</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your DNS resolver</source>
        <translation>Ihr DNS-Resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Another DNS resolver</source>
        <translation>Ein anderer DNS-Resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Made-up name</source>
        <translation>Erfundener Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Proxy auto-config (WPAD)</source>
        <translation>Proxy-Autokonfiguration (WPAD)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Quiet hours on</source>
        <translation>Ruhezeiten an</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Documents are fresh and verified</source>
        <translation>Dokumente sind aktuell und geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Someone to call in every escalation group</source>
        <translation>Jemand zum Anrufen in jeder Eskalationsgruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Backup DNS tested and working</source>
        <translation>Ersatz-DNS getestet und funktionsfähig</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Every watched service has an offline fallback</source>
        <translation>Jeder überwachte Dienst hat einen Offline-Ersatz</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Warnings reach you</source>
        <translation>Warnungen erreichen Sie</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Starts at login</source>
        <translation>Startet bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Vault encrypted as required</source>
        <translation>Tresor wie verlangt verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Outage drill done recently</source>
        <translation>Ausfallübung kürzlich gemacht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>During an outage you only have the copies on this computer; an old price list or plan misleads.</source>
        <translation>Während eines Ausfalls haben Sie nur die Kopien auf diesem Computer; eine alte Preisliste oder ein alter Plan führt in die Irre.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>When the internet is down you need a number that still rings: a mobile or a landline.</source>
        <translation>Wenn das Internet ausfällt, brauchen Sie eine Nummer, die trotzdem klingelt: ein Handy oder einen Festnetzanschluss.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A resolver outage is the commonest big outage; a backup only helps if it was seen working.</source>
        <translation>Ein Resolver-Ausfall ist der häufigste große Ausfall; ein Ersatz hilft nur, wenn man ihn hat funktionieren sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>When a service is down, people need the document or the person that replaces it.</source>
        <translation>Wenn ein Dienst ausfällt, brauchen die Leute das Dokument oder die Person, die ihn ersetzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A warning nobody sees is no warning: desktops block or hide notifications silently.</source>
        <translation>Eine Warnung, die niemand sieht, ist keine: Desktops blockieren oder verstecken Benachrichtigungen stillschweigend.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>An app that is not running warns nobody.</source>
        <translation>Eine App, die nicht läuft, warnt niemanden.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Your organisation requires offline copies to be unreadable if this computer is lost.</source>
        <translation>Ihre Organisation verlangt, dass Offline-Kopien unlesbar sind, wenn dieser Computer verloren geht.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A rehearsal finds the missing number or the unreadable plan before a real outage does.</source>
        <translation>Eine Probe findet die fehlende Nummer oder den unlesbaren Plan, bevor es ein echter Ausfall tut.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Refresh documents now</source>
        <translation>Dokumente jetzt auffrischen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Open documents</source>
        <translation>Dokumente öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Add a document</source>
        <translation>Ein Dokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Open contacts</source>
        <translation>Kontakte öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Test backup DNS now</source>
        <translation>Ersatz-DNS jetzt testen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Link fallbacks</source>
        <translation>Ersatz verknüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Send a test notification</source>
        <translation>Eine Testbenachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Turn warnings on</source>
        <translation>Warnungen einschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Encrypt the vault</source>
        <translation>Den Tresor verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Start a drill</source>
        <translation>Eine Übung starten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>critical gap</source>
        <translation>kritische Lücke</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>not required</source>
        <translation>nicht verlangt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Your DNS resolver stops answering</source>
        <translation>Ihr DNS-Resolver antwortet nicht mehr</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>The internet line goes down</source>
        <translation>Die Internetleitung fällt aus</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A network asks you to sign in</source>
        <translation>Ein Netzwerk verlangt eine Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>One provider&apos;s DNS goes down</source>
        <translation>Das DNS eines Anbieters fällt aus</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Ready: every check passed.</source>
        <translation>Bereit: Jede Prüfung ist bestanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>%n critical gap(s)</source>
        <translation>
            <numerusform>%n kritische Lücke</numerusform>
            <numerusform>%n kritische Lücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>%n other gap(s)</source>
        <translation>
            <numerusform>%n weitere Lücke</numerusform>
            <numerusform>%n weitere Lücken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Test notification from Offline Ready</source>
        <translation>Testbenachrichtigung von Offline Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Click this notification to confirm that warnings reach you.</source>
        <translation>Klicken Sie auf diese Benachrichtigung, um zu bestätigen, dass Warnungen Sie erreichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness…</source>
        <translation>Bereitschaft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness: {score}/100</source>
        <translation>Bereitschaft: {score}/100</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness: {score}/100 — drill due</source>
        <translation>Bereitschaft: {score}/100 — Übung fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>An outage drill is due</source>
        <translation>Eine Ausfallübung ist fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Your organisation asks for a short rehearsal. It changes nothing.</source>
        <translation>Ihre Organisation bittet um eine kurze Probe. Sie ändert nichts.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Report for your ISP or IT</source>
        <translation>Bericht für Internetanbieter oder IT</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Preparing the report…</source>
        <translation>Der Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Report preview</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Copy the report as text, to paste into a ticket or a chat</source>
        <translation>Den Bericht als Text kopieren, um ihn in ein Ticket oder einen Chat einzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;E-mail to…</source>
        <translation>Per &amp;E-Mail an…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>The report could not be made: {error}</source>
        <translation>Der Bericht ließ sich nicht erstellen: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>What failed, when, for how long and the evidence by layer; no passwords, tokens or document contents.</source>
        <translation>Was ausgefallen ist, wann, wie lange, und die Nachweise nach Ebenen; keine Passwörter, Token oder Dokumentinhalte.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;E-mail to {name}…</source>
        <translation>Per &amp;E-Mail an {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Add an e-mail address to a contact in your ISP or IT helpdesk group to send the report from here</source>
        <translation>Tragen Sie bei einem Kontakt Ihrer Gruppe Internetanbieter oder IT-Helpdesk eine E-Mail-Adresse ein, um den Bericht von hier zu senden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Copied: paste it into an e-mail, a ticket or a chat.</source>
        <translation>Kopiert: Fügen Sie ihn in eine E-Mail, ein Ticket oder einen Chat ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>PDF (*.pdf);;Web page (*.html);;Text (*.txt)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>No e-mail program answered. Use Copy or Save and send it another way.</source>
        <translation>Kein E-Mail-Programm hat geantwortet. Nutzen Sie Kopieren oder Speichern und senden Sie ihn auf anderem Weg.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Edit service</source>
        <translation>Dienst bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Add a service</source>
        <translation>Einen Dienst hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>e.g. Shop, Mail, Accounting</source>
        <translation>z. B. Shop, Mail, Buchhaltung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>any 2xx or 3xx</source>
        <translation>jede 2xx- oder 3xx-Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>RSS or Atom incident feed (optional)</source>
        <translation>RSS- oder Atom-Störungsfeed (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>documents or contacts to use when it is down, comma-separated</source>
        <translation>Dokumente oder Kontakte für den Ausfall, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Watch this service</source>
        <translation>Diesen Dienst &amp;überwachen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Expected status:</source>
        <translation>&amp;Erwarteter Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Status &amp;page:</source>
        <translation>Status&amp;seite:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Status &amp;feed:</source>
        <translation>Status&amp;feed:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Offline &amp;fallback:</source>
        <translation>Offline-&amp;Ersatz:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Service name</source>
        <translation>Name des Dienstes</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Service address</source>
        <translation>Adresse des Dienstes</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Expected HTTP status</source>
        <translation>Erwarteter HTTP-Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Provider&apos;s status page</source>
        <translation>Statusseite des Anbieters</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Provider&apos;s incident feed</source>
        <translation>Störungsfeed des Anbieters</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Offline fallback</source>
        <translation>Offline-Ersatz</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Answers at its last known address</source>
        <translation>Antwortet unter seiner letzten bekannten Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Answers through backup DNS</source>
        <translation>Antwortet über Ersatz-DNS</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Watched services</source>
        <translation>Überwachte Dienste</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>(not watched)</source>
        <translation>(nicht überwacht)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Answer time</source>
        <translation>Antwortzeit</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Everything (for troubleshooting)</source>
        <translation>Alles (zur Fehlersuche)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Keep the latest versions</source>
        <translation>Die neuesten Versionen behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Staggered: recent ones, then fewer older ones</source>
        <translation>Gestaffelt: die neuesten, dann weniger ältere</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>As the system is set</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>None</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Automatic configuration script (PAC)</source>
        <translation>Skript zur automatischen Konfiguration (PAC)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>VictoriaLogs</source>
        <translation>VictoriaLogs</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Grafana Loki</source>
        <translation>Grafana Loki</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Expected status</source>
        <translation>Erwarteter Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Expected text</source>
        <translation>Erwarteter Text</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Status meaning up</source>
        <translation>Status für „erreichbar“</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Watched</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Check every (s)</source>
        <translation>Prüfen alle (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Refresh after (days)</source>
        <translation>Auffrischen nach (Tagen)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Contact list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>DNS-over-HTTPS address</source>
        <translation>DNS-over-HTTPS-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>DNS-over-HTTPS server addresses</source>
        <translation>Adressen des DNS-over-HTTPS-Servers</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Watched services</source>
        <translation>Überwachte Dienste</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Documents and contacts</source>
        <translation>Dokumente und Kontakte</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Backup DNS</source>
        <translation>Ersatz-DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Reporting</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Some settings are managed by your organization and cannot be changed here. They are marked with a lock.</source>
        <translation>Einige Einstellungen werden von Ihrer Organisation verwaltet und lassen sich hier nicht ändern. Sie sind mit einem Schloss markiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Please correct the highlighted settings.</source>
        <translation>Bitte korrigieren Sie die markierten Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>no graphical desktop session; use `offline-ready monitor` for a headless watch</source>
        <translation>keine grafische Desktop-Sitzung; nutzen Sie `offline-ready monitor` zum Überwachen ohne Bildschirm</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>the desktop app cannot start: Qt&apos;s {platform} display plugin needs the system library {library}, which is missing or broken; on Debian or Ubuntu install it with `sudo apt install {package}`</source>
        <translation>die Desktop-App kann nicht starten: Qts Anzeige-Plugin {platform} braucht die Systembibliothek {library}, die fehlt oder beschädigt ist; unter Debian oder Ubuntu installieren Sie sie mit `sudo apt install {package}`</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>the desktop app cannot reach the graphical display {display}; is the desktop session still running? Use `offline-ready monitor` for a headless watch</source>
        <translation>die Desktop-App erreicht die grafische Anzeige {display} nicht; läuft die Desktop-Sitzung noch? Nutzen Sie `offline-ready monitor` zum Überwachen ohne Bildschirm</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>this installation lacks Qt&apos;s {platform} display plugin; reinstall Offline Ready</source>
        <translation>dieser Installation fehlt Qts Anzeige-Plugin {platform}; installieren Sie Offline Ready neu</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/history.py"/>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>{name} is down</source>
        <translation>{name} ist ausgefallen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/history.py"/>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n watched service(s) are down</source>
        <translation>
            <numerusform>%n überwachter Dienst ist ausgefallen</numerusform>
            <numerusform>%n überwachte Dienste sind ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Working, but slow or partly broken</source>
        <translation>Funktioniert, aber langsam oder teilweise gestört</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Websites can&apos;t be found</source>
        <translation>Websites werden nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>This network wants you to sign in</source>
        <translation>Dieses Netzwerk verlangt eine Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>No internet</source>
        <translation>Kein Internet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not connected to a network</source>
        <translation>Mit keinem Netzwerk verbunden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Working through backup DNS</source>
        <translation>Funktioniert über Ersatz-DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your network changes some web addresses</source>
        <translation>Ihr Netzwerk verändert einige Webadressen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Checking your connection…</source>
        <translation>Ihre Verbindung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>On backup DNS: switch back from this menu</source>
        <translation>Auf Ersatz-DNS: über dieses Menü zurückschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Checking now…</source>
        <translation>Wird jetzt geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Last checked {time}</source>
        <translation>Zuletzt geprüft {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Warnings paused until {time}</source>
        <translation>Warnungen pausiert bis {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>%n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>, fastest {time}</source>
        <translation>, schnellste {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The check failed: {detail}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {detail}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>All %n checks failed, e.g. {detail}</source>
        <translation>
            <numerusform>Die %n Prüfung ist fehlgeschlagen, z. B. {detail}</numerusform>
            <numerusform>Alle %n Prüfungen sind fehlgeschlagen, z. B. {detail}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>{failed} of {total} checks failed, e.g. {detail}</source>
        <translation>{failed} von {total} Prüfungen fehlgeschlagen, z. B. {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>A sign-in page intercepts your traffic: {url}</source>
        <translation>Eine Anmeldeseite fängt Ihren Verkehr ab: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked: it needs “{layer}”, which is down</source>
        <translation>Nicht geprüft: braucht „{layer}“, und das ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Answers for names that don&apos;t exist: someone rewrites DNS answers</source>
        <translation>Antworten für Namen, die es nicht gibt: Jemand schreibt DNS-Antworten um</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The proxy {proxy} asks for a sign-in (407)</source>
        <translation>Der Proxy {proxy} verlangt eine Anmeldung (407)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The proxy {proxy} is not answering</source>
        <translation>Der Proxy {proxy} antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The web goes through {proxy}</source>
        <translation>Das Web läuft über {proxy}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>No proxy is set, but this network offers one by WPAD: {url}</source>
        <translation>Kein Proxy ist eingestellt, aber dieses Netzwerk bietet einen über WPAD an: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Reached through your proxy; direct connections are blocked, as on many company networks</source>
        <translation>Über Ihren Proxy erreicht; direkte Verbindungen sind gesperrt, wie in vielen Firmennetzwerken</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your DNS resolver answers; other resolvers are blocked, as on many company networks</source>
        <translation>Ihr DNS-Resolver antwortet; andere Resolver sind gesperrt, wie in vielen Firmennetzwerken</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your DNS resolver cannot find it</source>
        <translation>Ihr DNS-Resolver findet ihn nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>It needs “{layer}”, which is down</source>
        <translation>Braucht „{layer}“, und das ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>A lower layer is down</source>
        <translation>Eine tiefere Ebene ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>partly working</source>
        <translation>funktioniert teilweise</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>broken</source>
        <translation>gestört</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Run a full diagnosis now</source>
        <translation>Jetzt eine vollständige Diagnose ausführen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>What to &amp;do…</source>
        <translation>Was zu &amp;tun ist…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Open the outage window</source>
        <translation>Das Ausfallfenster öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Set-up &amp;guide…</source>
        <translation>&amp;Einrichtungshilfe…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Open the set-up guide</source>
        <translation>Die Einrichtungshilfe öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Watched services</source>
        <translation>Überwachte Dienste</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>No watched services yet. &lt;a href=&apos;guide&apos;&gt;Add the web services you depend on&lt;/a&gt;, or add them in Settings → Watched services.</source>
        <translation>Noch keine überwachten Dienste. &lt;a href=&apos;guide&apos;&gt;Fügen Sie die Webdienste hinzu, auf die Sie angewiesen sind&lt;/a&gt;, oder fügen Sie sie unter Einstellungen → Überwachte Dienste hinzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>&lt;b&gt;Watched services&lt;/b&gt;</source>
        <translation>&lt;b&gt;Überwachte Dienste&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>&lt;b&gt;What was checked, layer by layer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was geprüft wurde, Ebene für Ebene&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Checking your connection…</source>
        <translation>Ihre Verbindung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation>Ihre eigenen DNS-Einstellungen sind nicht in Gebrauch. Schalten Sie zurück, sobald Ihr Resolver wieder funktioniert.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Last checked {time} (took {ms} ms)</source>
        <translation>Zuletzt geprüft {time} (dauerte {ms} ms)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>re-checking a possible change: {state}</source>
        <translation>eine mögliche Änderung wird nachgeprüft: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Add a row to {title}</source>
        <translation>Eine Zeile zu {title} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Remove the selected row of {title}</source>
        <translation>Die ausgewählte Zeile von {title} entfernen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>Incident timeline</source>
        <translation>Zeitleiste der Störungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>No incidents in this period</source>
        <translation>Keine Störungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>{n} incidents, {duration} with a problem in total</source>
        <translation>{n} Störungen, insgesamt {duration} mit einem Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Offline Ready menu</source>
        <translation>Menü von Offline Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Show &amp;outage details…</source>
        <translation>Details zum &amp;Ausfall zeigen…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Open Offline &amp;Ready</source>
        <translation>Offline &amp;Ready öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Keep backup DNS? Switching back in %1 s…</source>
        <translation>Ersatz-DNS behalten? Zurückschalten in %1 s…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Resume warnings (paused until {time})</source>
        <translation>Warnungen fortsetzen (pausiert bis {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>&amp;Pause warnings for 1 hour</source>
        <translation>Warnungen 1 Stunde &amp;pausieren</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Versions of %1</source>
        <translation>Versionen von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Kept versions</source>
        <translation>Aufbewahrte Versionen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Back online</source>
        <translation>Wieder online</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Your own connection works again.</source>
        <translation>Ihre eigene Verbindung funktioniert wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>The problem lasted {duration}.</source>
        <translation>Das Problem dauerte {duration}.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation>Ihre eigenen DNS-Einstellungen sind nicht in Gebrauch. Schalten Sie zurück, sobald Ihr Resolver wieder funktioniert.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Still a problem: {headline}</source>
        <translation>Weiterhin ein Problem: {headline}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>For {duration} now.</source>
        <translation>Seit {duration}.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Back on your own DNS settings</source>
        <translation>Wieder mit Ihren eigenen DNS-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Backup DNS did not work</source>
        <translation>Ersatz-DNS hat nicht funktioniert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Your own DNS resolver works again</source>
        <translation>Ihr eigener DNS-Resolver funktioniert wieder</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Switch back now: your own settings are the ones to use.</source>
        <translation>Jetzt zurückschalten: Ihre eigenen Einstellungen sind die richtigen.</translation>
    </message>
</context>
</TS>
