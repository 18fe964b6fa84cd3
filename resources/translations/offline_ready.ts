<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutTab</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>{name} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Check what this desktop lacks for the app to work fully: tray icon, notifications, password storage, backup DNS switching, start at login, data folders and policy files. In a terminal, the same check is: offline-ready doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>&amp;Check this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Everything is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>Some parts are missing; the app works with less until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py"/>
        <source>The check failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>https://intranet/plan.pdf or a file on a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Source address or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Document name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Whatever the address says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Expected type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>This is a contact list (vCard or CSV) to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Token (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Custom header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Sign-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Password / token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Credentials are stored in the system keyring, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Choose a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>&lt;b&gt;A settings file has an error.&lt;/b&gt; Offline Ready keeps watching your connection; the file was not changed. Fix it (or remove it) and restart the app.&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>&lt;b&gt;Monitoring could not start:&lt;/b&gt; {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>&lt;b&gt;Your desktop has no system tray&lt;/b&gt;, so Offline Ready shows this window instead; closing it stops the app. On GNOME, install the &lt;i&gt;AppIndicator and KStatusNotifierItem Support&lt;/i&gt; extension (package &lt;tt&gt;gnome-shell-extension-appindicator&lt;/tt&gt;) and log in again to get the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py"/>
        <source>Offline Ready cannot start because a settings file has an error:

{error}

Fix the file (or remove it to go back to the defaults) and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDnsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>No network (cable, Wi-Fi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>No internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Websites can&apos;t be found (your DNS resolver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Sign-in page (captive portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Slow or partly broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>A watched service is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>DNS answers being rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>The kinds of problem that raise a warning; the others only change the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Its name does not resolve through your DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Its provider&apos;s DNS is down (a backup resolver won&apos;t help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The connection was refused or the server is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The secure connection (TLS) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>It answers, but slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked: a lower layer is down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>CSV for Google Contacts / spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Call sheet, web page to print (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Call sheet, PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>call order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>(no country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>If not reached, call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Details confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts and call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>The IT helpdesk, your ISP and vendors, with their numbers, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>IT helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsConfirmDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Keep backup DNS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Now using %1. Names resolve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Your own settings are saved. If you do nothing, they come back automatically when the countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>&amp;Keep these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Keep backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switch &amp;back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switch back to the original DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switched back to your original DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switching back in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Keeping the backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py"/>
        <source>Switching back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents: %1 of %2 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents: %1 offline, all fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Open offline documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Your continuity plan, runbooks and lists, readable without the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Outage drill — {scenario}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Preparing the drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>I &amp;can&apos;t find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Stop the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>The drill could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>DRILL: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>This is a drill: nothing is broken. Follow the steps in the drill window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;Step {n} of {total}: {title}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>(not usable offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Call this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Choose (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&amp;Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>✓ {choice} — {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>✗ Missing: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>A real problem was just detected: {title}. It is not part of the drill; the app warns about it as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;Drill finished&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;Drill stopped&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>To fix before a real outage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Everything was found. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillOutageWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>DRILL — What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>&lt;b&gt;This is a drill.&lt;/b&gt; Nothing is broken and nothing on this computer will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py"/>
        <source>In a real outage this button would apply the fix; in the drill nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeaturePage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>this kind of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>The file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>No program on this computer opens {kind} files. The copy is saved here:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py"/>
        <source>No file manager answered either; the path is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Set up Offline Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>What Offline Ready watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>It checks, quietly and in the background, each layer your work depends on: your network connection, your router, the internet, sign-in pages (hotels, trains), your DNS resolver — the part that finds websites by name — and the web services you name next. When something breaks it tells you once, in plain words, what is broken and what to do, and it hands you your documents and phone numbers offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>The services you depend on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Name the web services your work needs (the shop, the booking system, e-mail). Each is checked about once a minute, so you hear when it is them, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your organisation has set these up for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Import the numbers you need when the internet is down — the IT helpdesk, your internet provider, key vendors — from a vCard or a Google/Outlook export. They stay readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Open &amp;Contacts to import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your organisation added your helpdesk: {name} {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your continuity plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Add the documents you would need during an outage — the continuity plan, runbooks, the price list. Offline Ready keeps verified copies and refreshes them while the network works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Open &amp;Documents to add them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Your organisation added %n document(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>See what a warning looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Send a test notification now, so you recognise a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Send a &amp;test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Test: this is how Offline Ready warns you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>A real warning says what is broken and what to do first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py"/>
        <source>Sent. If nothing appeared, check that notifications are allowed for Offline Ready in your system settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Use backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Open the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Switch back to my DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Switch to a tested backup resolver; your own settings come back with one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Open this network&apos;s sign-in page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>Go back to your own DNS settings now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>The sign-in page could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py"/>
        <source>No web browser answered. Open a browser and go to {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetLine</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>What is sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: status unknown ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>no address set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: {where} (last sent {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>Reporting to your organisation: {where} (nothing sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py"/>
        <source>%n item(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPreviewDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>What is sent to your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>Exactly what this computer sends to your organisation&apos;s monitoring: the labels on every item, the last sample taken and the next items waiting. Never your name, this computer&apos;s name, network names, hardware or IP addresses, location, documents or contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py"/>
        <source>Could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Last &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Last &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Last &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Export &amp;HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>&amp;Report for ISP or IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>The selected incident as text, a web page or a PDF, ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>What was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>What was missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>&lt;b&gt;Incidents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>&lt;b&gt;Drills&lt;/b&gt; (rehearsals, not outages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>The history could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>%n incident(s) · {avail} available</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>History is not being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>No measurements in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>{n} measurements, updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>nothing: everything was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py"/>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Latency and loss chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>loss %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py"/>
        <source>Web check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Network link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Local network and router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Name lookups (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Sign-in page check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerView</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>What was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py"/>
        <source>Diagnosis by layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockBadge</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py"/>
        <source>Managed by your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py"/>
        <source>Your administrator set this value in a policy file; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Offline Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py"/>
        <source>This page could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/notifier.py"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageReadiness</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>What the providers say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Tested in your last drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Gaps that matter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Write a &amp;report for your ISP or IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>{title}: {choice} ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Missing then: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py"/>
        <source>Tested in your drill of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>What you can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Show the &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>&lt;b&gt;What you can do now&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>The problem lasted {duration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Last checked {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Since {time} ({duration})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>the trouble began at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>You&apos;re back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py"/>
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Reading the DNS settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>DNS-over-HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Test conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>&amp;Test resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Test resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>&amp;Use selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Use selected backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>&amp;Restore my settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Restore the original DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Backup DNS is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Using backup DNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source> (waiting for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Not in use. Your system resolves through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Your original resolver works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>%1 ms, %2 % lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>Last tested %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py"/>
        <source>The backups have not been tested from this network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Loading the offline vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Offline documents summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>The vault is encrypted. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Search the offline copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Offline documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>A&amp;ccept new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Take the refused download after all (for example a genuinely much smaller file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Open the offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Show the kept versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Refresh the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Accept the refused download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Remove the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>The vault is locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>The offline vault is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>No documents yet. Add the continuity plan, runbooks, price lists… and they stay readable when the network is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n stale</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n without a copy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>%n refresh(es) refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>all fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>No copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>refresh unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Checking documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>Remove “%1” and all its offline versions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py"/>
        <source>No matches in the offline copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Loading contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Your IT helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Search by name, organisation, role or number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Print call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Open a printable call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Copy the first-choice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>&amp;Mark as checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Record that the details were confirmed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>The vault is locked; unlock it on the Documents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>No contacts yet. Import the IT helpdesk, your ISP and key vendors from a vCard or a Google/Outlook CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>(no country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Select a contact to see every number and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py"/>
        <source>Contacts imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Send a &amp;test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>I &amp;saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Confirm that the test notification appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Drill scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Start a &amp;drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>A rehearsal: nothing on this computer is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>&amp;Report on the last incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>The readiness check failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>{score}/100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/background.py"/>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Direct connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Another DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Made-up name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Proxy auto-config (WPAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Quiet hours on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Documents are fresh and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Someone to call in every escalation group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Backup DNS tested and working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Every watched service has an offline fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Warnings reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Starts at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Vault encrypted as required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Outage drill done recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>During an outage you only have the copies on this computer; an old price list or plan misleads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>When the internet is down you need a number that still rings: a mobile or a landline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A resolver outage is the commonest big outage; a backup only helps if it was seen working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>When a service is down, people need the document or the person that replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A warning nobody sees is no warning: desktops block or hide notifications silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>An app that is not running warns nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Your organisation requires offline copies to be unreadable if this computer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A rehearsal finds the missing number or the unreadable plan before a real outage does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Refresh documents now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Open contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Test backup DNS now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Link fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Send a test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Turn warnings on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Encrypt the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Start a drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>critical gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Your DNS resolver stops answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>The internet line goes down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>A network asks you to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>One provider&apos;s DNS goes down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>Ready: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>%n critical gap(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/readiness.py"/>
        <source>%n other gap(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Test notification from Offline Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Click this notification to confirm that warnings reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness: {score}/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Readiness: {score}/100 — drill due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>An outage drill is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py"/>
        <source>Your organisation asks for a short rehearsal. It changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Report for your ISP or IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Copy the report as text, to paste into a ticket or a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;E-mail to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>The report could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>What failed, when, for how long and the evidence by layer; no passwords, tokens or document contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>&amp;E-mail to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Add an e-mail address to a contact in your ISP or IT helpdesk group to send the report from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Copied: paste it into an e-mail, a ticket or a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>PDF (*.pdf);;Web page (*.html);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py"/>
        <source>No e-mail program answered. Use Copy or Save and send it another way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>e.g. Shop, Mail, Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>any 2xx or 3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>RSS or Atom incident feed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>documents or contacts to use when it is down, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Watch this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Expected status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Status &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Status &amp;feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Offline &amp;fallback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Expected HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Provider&apos;s status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Provider&apos;s incident feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Offline fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Answers at its last known address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Answers through backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Watched services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>(not watched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Answer time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Everything (for troubleshooting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Keep the latest versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Staggered: recent ones, then fewer older ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>As the system is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Automatic configuration script (PAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>VictoriaLogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Grafana Loki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Expected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Status meaning up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Check every (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Refresh after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>DNS-over-HTTPS address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>DNS-over-HTTPS server addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Watched services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Documents and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Some settings are managed by your organization and cannot be changed here. They are marked with a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Please correct the highlighted settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py"/>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>no graphical desktop session; use `offline-ready monitor` for a headless watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>the desktop app cannot start: Qt&apos;s {platform} display plugin needs the system library {library}, which is missing or broken; on Debian or Ubuntu install it with `sudo apt install {package}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>the desktop app cannot reach the graphical display {display}; is the desktop session still running? Use `offline-ready monitor` for a headless watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py"/>
        <source>this installation lacks Qt&apos;s {platform} display plugin; reinstall Offline Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Working, but slow or partly broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Websites can&apos;t be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>This network wants you to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Working through backup DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your network changes some web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/history.py"/>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>{name} is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/history.py"/>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n watched service(s) are down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>No internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Checking your connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>On backup DNS: switch back from this menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Last checked {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Warnings paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>%n check(s) passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>, fastest {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The check failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>All %n checks failed, e.g. {detail}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>{failed} of {total} checks failed, e.g. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Not checked: it needs “{layer}”, which is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>A sign-in page intercepts your traffic: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your DNS resolver answers; other resolvers are blocked, as on many company networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Answers for names that don&apos;t exist: someone rewrites DNS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The proxy {proxy} asks for a sign-in (407)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The proxy {proxy} is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>The web goes through {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>No proxy is set, but this network offers one by WPAD: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Reached through your proxy; direct connections are blocked, as on many company networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>Your DNS resolver cannot find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>It needs “{layer}”, which is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>A lower layer is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>partly working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Run a full diagnosis now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>What to &amp;do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Open the outage window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Set-up &amp;guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Open the set-up guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Watched services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>No watched services yet. &lt;a href=&apos;guide&apos;&gt;Add the web services you depend on&lt;/a&gt;, or add them in Settings → Watched services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>&lt;b&gt;Watched services&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>&lt;b&gt;What was checked, layer by layer&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Checking your connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Last checked {time} (took {ms} ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>re-checking a possible change: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Add a row to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py"/>
        <source>Remove the selected row of {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>Incident timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>No incidents in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>{n} incidents, {duration} with a problem in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Offline Ready menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Show &amp;outage details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Open Offline &amp;Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Keep backup DNS? Switching back in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>Resume warnings (paused until {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py"/>
        <source>&amp;Pause warnings for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>Kept versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Your own connection works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>The problem lasted {duration}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Still a problem: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>For {duration} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Back on your own DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Backup DNS did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Your own DNS resolver works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py"/>
        <source>Switch back now: your own settings are the ones to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
