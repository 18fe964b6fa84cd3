<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutTab</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>{name} {version}</source>
        <translation>{name} {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>Check what this desktop lacks for the app to work fully: tray icon, notifications, password storage, backup DNS switching, start at login, data folders and policy files. In a terminal, the same check is: offline-ready doctor</source>
        <translation>Check what this desktop lacks for the app to work fully: tray icon, notifications, password storage, backup DNS switching, start at login, data folders and policy files. In a terminal, the same check is: offline-ready doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>&amp;Check this desktop</source>
        <translation>&amp;Check this desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>Fix:</source>
        <translation>Fix:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>Everything is in place.</source>
        <translation>Everything is in place.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>Some parts are missing; the app works with less until they are fixed.</source>
        <translation>Some parts are missing; the app works with less until they are fixed.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/about_tab.py" />
        <source>The check failed: {error}</source>
        <translation>The check failed: {error}</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>https://intranet/plan.pdf or a file on a share</source>
        <translation>https://intranet/plan.pdf or a file on a share</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Source address or file</source>
        <translation>Source address or file</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>from the file name</source>
        <translation>from the file name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Document name</source>
        <translation>Document name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Whatever the address says</source>
        <translation>Whatever the address says</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Expected type</source>
        <translation>Expected type</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>This is a contact list (vCard or CSV) to import</source>
        <translation>This is a contact list (vCard or CSV) to import</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>User name and password</source>
        <translation>User name and password</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Token (Bearer)</source>
        <translation>Token (Bearer)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Custom header</source>
        <translation>Custom header</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Sign-in method</source>
        <translation>Sign-in method</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Sign-&amp;in:</source>
        <translation>Sign-&amp;in:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Header name</source>
        <translation>Header name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;Header:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Password or token</source>
        <translation>Password or token</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;Password / token:</source>
        <translation>&amp;Password / token:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Credentials are stored in the system keyring, never in files.</source>
        <translation>Credentials are stored in the system keyring, never in files.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Choose a document</source>
        <translation>Choose a document</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py" />
        <source>&lt;b&gt;A settings file has an error.&lt;/b&gt; Offline Ready keeps watching your connection; the file was not changed. Fix it (or remove it) and restart the app.&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;A settings file has an error.&lt;/b&gt; Offline Ready keeps watching your connection; the file was not changed. Fix it (or remove it) and restart the app.&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py" />
        <source>&lt;b&gt;Monitoring could not start:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Monitoring could not start:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py" />
        <source>&lt;b&gt;Your desktop has no system tray&lt;/b&gt;, so Offline Ready shows this window instead; closing it stops the app. On GNOME, install the &lt;i&gt;AppIndicator and KStatusNotifierItem Support&lt;/i&gt; extension (package &lt;tt&gt;gnome-shell-extension-appindicator&lt;/tt&gt;) and log in again to get the tray icon.</source>
        <translation>&lt;b&gt;Your desktop has no system tray&lt;/b&gt;, so Offline Ready shows this window instead; closing it stops the app. On GNOME, install the &lt;i&gt;AppIndicator and KStatusNotifierItem Support&lt;/i&gt; extension (package &lt;tt&gt;gnome-shell-extension-appindicator&lt;/tt&gt;) and log in again to get the tray icon.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/app.py" />
        <source>Offline Ready cannot start because a settings file has an error:

{error}

Fix the file (or remove it to go back to the defaults) and start the app again.</source>
        <translation>Offline Ready cannot start because a settings file has an error:

{error}

Fix the file (or remove it to go back to the defaults) and start the app again.</translation>
    </message>
</context>
<context>
    <name>BackupDnsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Backup DNS</source>
        <translation>Backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>No network (cable, Wi-Fi)</source>
        <translation>No network (cable, Wi-Fi)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>No internet</source>
        <translation>No internet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Websites can't be found (your DNS resolver)</source>
        <translation>Websites can't be found (your DNS resolver)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Sign-in page (captive portal)</source>
        <translation>Sign-in page (captive portal)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Slow or partly broken</source>
        <translation>Slow or partly broken</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>A watched service is down</source>
        <translation>A watched service is down</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>DNS answers being rewritten</source>
        <translation>DNS answers being rewritten</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>The kinds of problem that raise a warning; the others only change the tray icon.</source>
        <translation>The kinds of problem that raise a warning; the others only change the tray icon.</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Its name does not resolve through your DNS resolver</source>
        <translation>Its name does not resolve through your DNS resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Its provider's DNS is down (a backup resolver won't help)</source>
        <translation>Its provider's DNS is down (a backup resolver won't help)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>The connection was refused or the server is unreachable</source>
        <translation>The connection was refused or the server is unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>The secure connection (TLS) failed</source>
        <translation>The secure connection (TLS) failed</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>The server answered with an error</source>
        <translation>The server answered with an error</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>No answer in time</source>
        <translation>No answer in time</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>It answers, but slowly</source>
        <translation>It answers, but slowly</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Not checked: a lower layer is down</source>
        <translation>Not checked: a lower layer is down</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>CSV for Google Contacts / spreadsheets (*.csv)</source>
        <translation>CSV for Google Contacts / spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Call sheet, web page to print (*.html)</source>
        <translation>Call sheet, web page to print (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Call sheet, PDF (*.pdf)</source>
        <translation>Call sheet, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>call order</source>
        <translation>call order</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>first choice</source>
        <translation>first choice</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>(no country)</source>
        <translation>(no country)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>If not reached, call:</source>
        <translation>If not reached, call:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Details confirmed on</source>
        <translation>Details confirmed on</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Contacts and call sheet</source>
        <translation>Contacts and call sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Who to call</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>The IT helpdesk, your ISP and vendors, with their numbers, offline</source>
        <translation>The IT helpdesk, your ISP and vendors, with their numbers, offline</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>IT helpdesk</source>
        <translation>IT helpdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Call %1: %2</source>
        <translation>Call %1: %2</translation>
    </message>
</context>
<context>
    <name>DnsConfirmDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Keep backup DNS?</source>
        <translation>Keep backup DNS?</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Now using %1. Names resolve again.</source>
        <translation>Now using %1. Names resolve again.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Your own settings are saved. If you do nothing, they come back automatically when the countdown ends.</source>
        <translation>Your own settings are saved. If you do nothing, they come back automatically when the countdown ends.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>&amp;Keep these settings</source>
        <translation>&amp;Keep these settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Keep backup DNS</source>
        <translation>Keep backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Switch &amp;back now</source>
        <translation>Switch &amp;back now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Switch back to the original DNS settings</source>
        <translation>Switch back to the original DNS settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Switched back to your original DNS settings.</source>
        <translation>Switched back to your original DNS settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Switching back in %1 s</source>
        <translation>Switching back in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Keeping the backup settings…</source>
        <translation>Keeping the backup settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/dns_confirm.py" />
        <source>Switching back…</source>
        <translation>Switching back…</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Refresh documents</source>
        <translation>Refresh documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Documents: %1 of %2 stale</source>
        <translation>Documents: %1 of %2 stale</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Documents: %1 offline, all fresh</source>
        <translation>Documents: %1 offline, all fresh</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Open offline documents</source>
        <translation>Open offline documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Your continuity plan, runbooks and lists, readable without the network</source>
        <translation>Your continuity plan, runbooks and lists, readable without the network</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>Outage drill — {scenario}</source>
        <translation>Outage drill — {scenario}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>Preparing the drill…</source>
        <translation>Preparing the drill…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&amp;Use this</source>
        <translation>&amp;Use this</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>I &amp;can't find it</source>
        <translation>I &amp;can't find it</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>Stop the drill</source>
        <translation>Stop the drill</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>The drill could not start: {error}</source>
        <translation>The drill could not start: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>DRILL: {headline}</source>
        <translation>DRILL: {headline}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>This is a drill: nothing is broken. Follow the steps in the drill window.</source>
        <translation>This is a drill: nothing is broken. Follow the steps in the drill window.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&lt;b&gt;Step {n} of {total}: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Step {n} of {total}: {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>(not usable offline)</source>
        <translation>(not usable offline)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&amp;Open it</source>
        <translation>&amp;Open it</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&amp;Call this one</source>
        <translation>&amp;Call this one</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&amp;Choose (dry run)</source>
        <translation>&amp;Choose (dry run)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&amp;Use it</source>
        <translation>&amp;Use it</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>✓ {choice} — {seconds} s</source>
        <translation>✓ {choice} — {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>✗ Missing: {what}</source>
        <translation>✗ Missing: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>A real problem was just detected: {title}. It is not part of the drill; the app warns about it as usual.</source>
        <translation>A real problem was just detected: {title}. It is not part of the drill; the app warns about it as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&lt;b&gt;Drill finished&lt;/b&gt;</source>
        <translation>&lt;b&gt;Drill finished&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&lt;b&gt;Drill stopped&lt;/b&gt;</source>
        <translation>&lt;b&gt;Drill stopped&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>To fix before a real outage:</source>
        <translation>To fix before a real outage:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>Everything was found. Well done.</source>
        <translation>Everything was found. Well done.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DrillOutageWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>DRILL — What to do now</source>
        <translation>DRILL — What to do now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>&lt;b&gt;This is a drill.&lt;/b&gt; Nothing is broken and nothing on this computer will be changed.</source>
        <translation>&lt;b&gt;This is a drill.&lt;/b&gt; Nothing is broken and nothing on this computer will be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/drill.py" />
        <source>In a real outage this button would apply the fix; in the drill nothing was changed.</source>
        <translation>In a real outage this button would apply the fix; in the drill nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>FeaturePage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py" />
        <source>this kind of</source>
        <translation>this kind of</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py" />
        <source>The file could not be opened</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py" />
        <source>No program on this computer opens {kind} files. The copy is saved here:
{path}</source>
        <translation>No program on this computer opens {kind} files. The copy is saved here:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py" />
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/feature_page.py" />
        <source>No file manager answered either; the path is on the clipboard.</source>
        <translation>No file manager answered either; the path is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Set up Offline Ready</source>
        <translation>Set up Offline Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>What Offline Ready watches</source>
        <translation>What Offline Ready watches</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>It checks, quietly and in the background, each layer your work depends on: your network connection, your router, the internet, sign-in pages (hotels, trains), your DNS resolver — the part that finds websites by name — and the web services you name next. When something breaks it tells you once, in plain words, what is broken and what to do, and it hands you your documents and phone numbers offline.</source>
        <translation>It checks, quietly and in the background, each layer your work depends on: your network connection, your router, the internet, sign-in pages (hotels, trains), your DNS resolver — the part that finds websites by name — and the web services you name next. When something breaks it tells you once, in plain words, what is broken and what to do, and it hands you your documents and phone numbers offline.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>The services you depend on</source>
        <translation>The services you depend on</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Name the web services your work needs (the shop, the booking system, e-mail). Each is checked about once a minute, so you hear when it is them, not you.</source>
        <translation>Name the web services your work needs (the shop, the booking system, e-mail). Each is checked about once a minute, so you hear when it is them, not you.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Your organisation has set these up for you.</source>
        <translation>Your organisation has set these up for you.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Who to call</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Import the numbers you need when the internet is down — the IT helpdesk, your internet provider, key vendors — from a vCard or a Google/Outlook export. They stay readable offline.</source>
        <translation>Import the numbers you need when the internet is down — the IT helpdesk, your internet provider, key vendors — from a vCard or a Google/Outlook export. They stay readable offline.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Open &amp;Contacts to import…</source>
        <translation>Open &amp;Contacts to import…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Your organisation added your helpdesk: {name} {phone}</source>
        <translation>Your organisation added your helpdesk: {name} {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Your continuity plan</source>
        <translation>Your continuity plan</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Add the documents you would need during an outage — the continuity plan, runbooks, the price list. Offline Ready keeps verified copies and refreshes them while the network works.</source>
        <translation>Add the documents you would need during an outage — the continuity plan, runbooks, the price list. Offline Ready keeps verified copies and refreshes them while the network works.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Open &amp;Documents to add them…</source>
        <translation>Open &amp;Documents to add them…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Your organisation added %n document(s).</source>
        <translation>
            <numerusform>Your organisation added %n document.</numerusform><numerusform>Your organisation added %n documents.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>See what a warning looks like</source>
        <translation>See what a warning looks like</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Send a test notification now, so you recognise a real one.</source>
        <translation>Send a test notification now, so you recognise a real one.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Send a &amp;test notification</source>
        <translation>Send a &amp;test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Test: this is how Offline Ready warns you</source>
        <translation>Test: this is how Offline Ready warns you</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>A real warning says what is broken and what to do first.</source>
        <translation>A real warning says what is broken and what to do first.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/onboarding.py" />
        <source>Sent. If nothing appeared, check that notifications are allowed for Offline Ready in your system settings.</source>
        <translation>Sent. If nothing appeared, check that notifications are allowed for Offline Ready in your system settings.</translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>Use backup DNS</source>
        <translation>Use backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>Open the sign-in page</source>
        <translation>Open the sign-in page</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>Switch back to my DNS settings</source>
        <translation>Switch back to my DNS settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>Switch to a tested backup resolver; your own settings come back with one click</source>
        <translation>Switch to a tested backup resolver; your own settings come back with one click</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>Open this network's sign-in page in your browser</source>
        <translation>Open this network's sign-in page in your browser</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>Go back to your own DNS settings now</source>
        <translation>Go back to your own DNS settings now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>The sign-in page could not be opened</source>
        <translation>The sign-in page could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/fixes.py" />
        <source>No web browser answered. Open a browser and go to {url}</source>
        <translation>No web browser answered. Open a browser and go to {url}</translation>
    </message>
</context>
<context>
    <name>FleetLine</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py" />
        <source>What is sent…</source>
        <translation>What is sent…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py" />
        <source>Reporting to your organisation: status unknown ({error})</source>
        <translation>Reporting to your organisation: status unknown ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py" />
        <source>Reporting to your organisation: off</source>
        <translation>Reporting to your organisation: off</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py" />
        <source>no address set</source>
        <translation>no address set</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py" />
        <source>Reporting to your organisation: {where} (last sent {when})</source>
        <translation>Reporting to your organisation: {where} (last sent {when})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py" />
        <source>Reporting to your organisation: {where} (nothing sent yet)</source>
        <translation>Reporting to your organisation: {where} (nothing sent yet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/fleet_line.py" />
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform><numerusform>%n items waiting to be sent</numerusform></translation>
    </message>
</context>
<context>
    <name>FleetPreviewDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py" />
        <source>What is sent to your organisation</source>
        <translation>What is sent to your organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py" />
        <source>Exactly what this computer sends to your organisation's monitoring: the labels on every item, the last sample taken and the next items waiting. Never your name, this computer's name, network names, hardware or IP addresses, location, documents or contacts.</source>
        <translation>Exactly what this computer sends to your organisation's monitoring: the labels on every item, the last sample taken and the next items waiting. Never your name, this computer's name, network names, hardware or IP addresses, location, documents or contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py" />
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/fleet_preview.py" />
        <source>Could not be read: {error}</source>
        <translation>Could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Last &amp;day</source>
        <translation>Last &amp;day</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Last &amp;week</source>
        <translation>Last &amp;week</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Last &amp;month</source>
        <translation>Last &amp;month</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Export &amp;HTML report…</source>
        <translation>Export &amp;HTML report…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>&amp;Report for ISP or IT…</source>
        <translation>&amp;Report for ISP or IT…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>The selected incident as text, a web page or a PDF, ready to send</source>
        <translation>The selected incident as text, a web page or a PDF, ready to send</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Lasted</source>
        <translation>Lasted</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>What was wrong</source>
        <translation>What was wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Drills</source>
        <translation>Drills</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>What was missing</source>
        <translation>What was missing</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>&lt;b&gt;Incidents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>&lt;b&gt;Drills&lt;/b&gt; (rehearsals, not outages)</source>
        <translation>&lt;b&gt;Drills&lt;/b&gt; (rehearsals, not outages)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>The history could not be read: {error}</source>
        <translation>The history could not be read: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>%n incident(s) · {avail} available</source>
        <translation>
            <numerusform>%n incident · {avail} available</numerusform><numerusform>%n incidents · {avail} available</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>History is not being recorded.</source>
        <translation>History is not being recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>No measurements in this period yet.</source>
        <translation>No measurements in this period yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>{n} measurements, updated {time}</source>
        <translation>{n} measurements, updated {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>nothing: everything was found</source>
        <translation>nothing: everything was found</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>stopped before the end</source>
        <translation>stopped before the end</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Export history</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/history_page.py" />
        <source>Could not save: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py" />
        <source>Latency and loss chart</source>
        <translation>Latency and loss chart</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py" />
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py" />
        <source>loss %</source>
        <translation>loss %</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py" />
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py" />
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/chart.py" />
        <source>Web check</source>
        <translation>Web check</translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Network link</source>
        <translation>Network link</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Local network and router</source>
        <translation>Local network and router</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Name lookups (DNS)</source>
        <translation>Name lookups (DNS)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Sign-in page check</source>
        <translation>Sign-in page check</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
</context>
<context>
    <name>LayerView</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py" />
        <source>What was measured</source>
        <translation>What was measured</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/layer_view.py" />
        <source>Diagnosis by layer</source>
        <translation>Diagnosis by layer</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
</context>
<context>
    <name>LockBadge</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py" />
        <source>Managed by your organization</source>
        <translation>Managed by your organization</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/lock_badge.py" />
        <source>Your administrator set this value in a policy file; it cannot be changed here.</source>
        <translation>Your administrator set this value in a policy file; it cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py" />
        <source>Offline Ready</source>
        <translation>Offline Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/main_window.py" />
        <source>This page could not be opened: {error}</source>
        <translation>This page could not be opened: {error}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/notifier.py" />
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
</context>
<context>
    <name>OutageReadiness</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py" />
        <source>What the providers say</source>
        <translation>What the providers say</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py" />
        <source>Tested in your last drill</source>
        <translation>Tested in your last drill</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py" />
        <source>Gaps that matter now</source>
        <translation>Gaps that matter now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py" />
        <source>Write a &amp;report for your ISP or IT…</source>
        <translation>Write a &amp;report for your ISP or IT…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py" />
        <source>{title}: {choice} ({seconds} s)</source>
        <translation>{title}: {choice} ({seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py" />
        <source>Missing then: {what}</source>
        <translation>Missing then: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/outage_readiness.py" />
        <source>Tested in your drill of {date}</source>
        <translation>Tested in your drill of {date}</translation>
    </message>
</context>
<context>
    <name>OutageWindow</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>What is not working</source>
        <translation>What is not working</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>What still works</source>
        <translation>What still works</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>What you can do now</source>
        <translation>What you can do now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>Show the &amp;details</source>
        <translation>Show the &amp;details</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>&lt;b&gt;What you can do now&lt;/b&gt;</source>
        <translation>&lt;b&gt;What you can do now&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>The problem lasted {duration}.</source>
        <translation>The problem lasted {duration}.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>Last checked {time}</source>
        <translation>Last checked {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>Since {time} ({duration})</source>
        <translation>Since {time} ({duration})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>the trouble began at {time}</source>
        <translation>the trouble began at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>You're back online</source>
        <translation>You're back online</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/outage_window.py" />
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation>Your own DNS settings are not in use. Switch back once your resolver works again.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Backup DNS</source>
        <translation>Backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Reading the DNS settings…</source>
        <translation>Reading the DNS settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Backup DNS state</source>
        <translation>Backup DNS state</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>DNS-over-HTTPS</source>
        <translation>DNS-over-HTTPS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Last test</source>
        <translation>Last test</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Backup DNS profiles</source>
        <translation>Backup DNS profiles</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Test conclusions</source>
        <translation>Test conclusions</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>&amp;Test resolvers</source>
        <translation>&amp;Test resolvers</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Test resolvers</source>
        <translation>Test resolvers</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>&amp;Use selected backup</source>
        <translation>&amp;Use selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Use selected backup DNS</source>
        <translation>Use selected backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>&amp;Restore my settings</source>
        <translation>&amp;Restore my settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Restore the original DNS settings</source>
        <translation>Restore the original DNS settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Backup DNS is unavailable: %1</source>
        <translation>Backup DNS is unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Using backup DNS: %1</source>
        <translation>Using backup DNS: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source> (waiting for confirmation)</source>
        <translation> (waiting for confirmation)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Not in use. Your system resolves through %1.</source>
        <translation>Not in use. Your system resolves through %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Your original resolver works again.</source>
        <translation>Your original resolver works again.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Your own</source>
        <translation>Your own</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>saved %1</source>
        <translation>saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>%1 ms, %2 % lost</source>
        <translation>%1 ms, %2 % lost</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Not working</source>
        <translation>Not working</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>Last tested %1.</source>
        <translation>Last tested %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/backup_dns.py" />
        <source>The backups have not been tested from this network yet.</source>
        <translation>The backups have not been tested from this network yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Loading the offline vault…</source>
        <translation>Loading the offline vault…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Offline documents summary</source>
        <translation>Offline documents summary</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>The vault is encrypted. Passphrase:</source>
        <translation>The vault is encrypted. Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Vault passphrase</source>
        <translation>Vault passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Search the offline copies…</source>
        <translation>Search the offline copies…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Search documents</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>&amp;Refresh all</source>
        <translation>&amp;Refresh all</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Refresh all documents</source>
        <translation>Refresh all documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Refresh progress</source>
        <translation>Refresh progress</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Freshness</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Offline documents</source>
        <translation>Offline documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>A&amp;ccept new version</source>
        <translation>A&amp;ccept new version</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Take the refused download after all (for example a genuinely much smaller file)</source>
        <translation>Take the refused download after all (for example a genuinely much smaller file)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Open the offline copy</source>
        <translation>Open the offline copy</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Show the kept versions</source>
        <translation>Show the kept versions</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Refresh the selected document</source>
        <translation>Refresh the selected document</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Accept the refused download</source>
        <translation>Accept the refused download</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Remove the selected document</source>
        <translation>Remove the selected document</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>The vault is locked: %1</source>
        <translation>The vault is locked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>The offline vault is unavailable: %1</source>
        <translation>The offline vault is unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>No documents yet. Add the continuity plan, runbooks, price lists… and they stay readable when the network is gone.</source>
        <translation>No documents yet. Add the continuity plan, runbooks, price lists… and they stay readable when the network is gone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform><numerusform>%n stale</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>%n without a copy</source>
        <translation>
            <numerusform>%n without a copy</numerusform><numerusform>%n without a copy</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>%n refresh(es) refused</source>
        <translation>
            <numerusform>%n refresh refused</numerusform><numerusform>%n refreshes refused</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>all fresh</source>
        <translation>all fresh</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Fresh</source>
        <translation>Fresh</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>No copy</source>
        <translation>No copy</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>refresh unfinished</source>
        <translation>refresh unfinished</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Checking documents…</source>
        <translation>Checking documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>Remove “%1” and all its offline versions?</source>
        <translation>Remove “%1” and all its offline versions?</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/documents.py" />
        <source>No matches in the offline copies.</source>
        <translation>No matches in the offline copies.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Loading contacts…</source>
        <translation>Loading contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Contacts summary</source>
        <translation>Contacts summary</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Your IT helpdesk</source>
        <translation>Your IT helpdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Search by name, organisation, role or number…</source>
        <translation>Search by name, organisation, role or number…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>&amp;Print call sheet</source>
        <translation>&amp;Print call sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Open a printable call sheet</source>
        <translation>Open a printable call sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>&amp;Copy number</source>
        <translation>&amp;Copy number</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Copy the first-choice number</source>
        <translation>Copy the first-choice number</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>&amp;Mark as checked today</source>
        <translation>&amp;Mark as checked today</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Record that the details were confirmed today</source>
        <translation>Record that the details were confirmed today</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>The vault is locked; unlock it on the Documents page.</source>
        <translation>The vault is locked; unlock it on the Documents page.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Contacts are unavailable: %1</source>
        <translation>Contacts are unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>No contacts yet. Import the IT helpdesk, your ISP and key vendors from a vCard or a Google/Outlook CSV export.</source>
        <translation>No contacts yet. Import the IT helpdesk, your ISP and key vendors from a vCard or a Google/Outlook CSV export.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>(no country)</source>
        <translation>(no country)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Select a contact to see every number and address.</source>
        <translation>Select a contact to see every number and address.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Contacts (*.vcf *.vcard *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>%1 added, %2 updated, %3 unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/contacts.py" />
        <source>Contacts imported</source>
        <translation>Contacts imported</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Readiness score</source>
        <translation>Readiness score</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Send a &amp;test notification</source>
        <translation>Send a &amp;test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>I &amp;saw it</source>
        <translation>I &amp;saw it</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Confirm that the test notification appeared</source>
        <translation>Confirm that the test notification appeared</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Drill scenario</source>
        <translation>Drill scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Start a &amp;drill</source>
        <translation>Start a &amp;drill</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>A rehearsal: nothing on this computer is changed</source>
        <translation>A rehearsal: nothing on this computer is changed</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>&amp;Report on the last incident…</source>
        <translation>&amp;Report on the last incident…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>The readiness check failed: {error}</source>
        <translation>The readiness check failed: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>{score}/100</source>
        <translation>{score}/100</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/background.py" />
        <location filename="../../desktop/offline_ready/ui/pagespec.py" />
        <source>Backup DNS</source>
        <translation>Backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pagespec.py" />
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Network connection</source>
        <translation>Network connection</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Direct connection</source>
        <translation>Direct connection</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Test page</source>
        <translation>Test page</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Name lookup</source>
        <translation>Name lookup</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Your DNS resolver</source>
        <translation>Your DNS resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Another DNS resolver</source>
        <translation>Another DNS resolver</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Made-up name</source>
        <translation>Made-up name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Proxy auto-config (WPAD)</source>
        <translation>Proxy auto-config (WPAD)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Quiet hours on</source>
        <translation>Quiet hours on</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Quiet hours start</source>
        <translation>Quiet hours start</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Quiet hours end</source>
        <translation>Quiet hours end</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Documents are fresh and verified</source>
        <translation>Documents are fresh and verified</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Someone to call in every escalation group</source>
        <translation>Someone to call in every escalation group</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Backup DNS tested and working</source>
        <translation>Backup DNS tested and working</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Every watched service has an offline fallback</source>
        <translation>Every watched service has an offline fallback</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Warnings reach you</source>
        <translation>Warnings reach you</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Starts at login</source>
        <translation>Starts at login</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Vault encrypted as required</source>
        <translation>Vault encrypted as required</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Outage drill done recently</source>
        <translation>Outage drill done recently</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>During an outage you only have the copies on this computer; an old price list or plan misleads.</source>
        <translation>During an outage you only have the copies on this computer; an old price list or plan misleads.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>When the internet is down you need a number that still rings: a mobile or a landline.</source>
        <translation>When the internet is down you need a number that still rings: a mobile or a landline.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>A resolver outage is the commonest big outage; a backup only helps if it was seen working.</source>
        <translation>A resolver outage is the commonest big outage; a backup only helps if it was seen working.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>When a service is down, people need the document or the person that replaces it.</source>
        <translation>When a service is down, people need the document or the person that replaces it.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>A warning nobody sees is no warning: desktops block or hide notifications silently.</source>
        <translation>A warning nobody sees is no warning: desktops block or hide notifications silently.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>An app that is not running warns nobody.</source>
        <translation>An app that is not running warns nobody.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Your organisation requires offline copies to be unreadable if this computer is lost.</source>
        <translation>Your organisation requires offline copies to be unreadable if this computer is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>A rehearsal finds the missing number or the unreadable plan before a real outage does.</source>
        <translation>A rehearsal finds the missing number or the unreadable plan before a real outage does.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Refresh documents now</source>
        <translation>Refresh documents now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Open contacts</source>
        <translation>Open contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Test backup DNS now</source>
        <translation>Test backup DNS now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Link fallbacks</source>
        <translation>Link fallbacks</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Send a test notification</source>
        <translation>Send a test notification</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Turn warnings on</source>
        <translation>Turn warnings on</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Encrypt the vault</source>
        <translation>Encrypt the vault</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Start a drill</source>
        <translation>Start a drill</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>critical gap</source>
        <translation>critical gap</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Your DNS resolver stops answering</source>
        <translation>Your DNS resolver stops answering</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>The internet line goes down</source>
        <translation>The internet line goes down</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>A network asks you to sign in</source>
        <translation>A network asks you to sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>One provider's DNS goes down</source>
        <translation>One provider's DNS goes down</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>Ready: every check passed.</source>
        <translation>Ready: every check passed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>%n critical gap(s)</source>
        <translation>
            <numerusform>%n critical gap</numerusform><numerusform>%n critical gaps</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/readiness.py" />
        <source>%n other gap(s)</source>
        <translation>
            <numerusform>%n other gap</numerusform><numerusform>%n other gaps</numerusform></translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Test notification from Offline Ready</source>
        <translation>Test notification from Offline Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Click this notification to confirm that warnings reach you.</source>
        <translation>Click this notification to confirm that warnings reach you.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Readiness…</source>
        <translation>Readiness…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Readiness: {score}/100</source>
        <translation>Readiness: {score}/100</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Readiness: {score}/100 — drill due</source>
        <translation>Readiness: {score}/100 — drill due</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>An outage drill is due</source>
        <translation>An outage drill is due</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/readiness.py" />
        <source>Your organisation asks for a short rehearsal. It changes nothing.</source>
        <translation>Your organisation asks for a short rehearsal. It changes nothing.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Report for your ISP or IT</source>
        <translation>Report for your ISP or IT</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Copy the report as text, to paste into a ticket or a chat</source>
        <translation>Copy the report as text, to paste into a ticket or a chat</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>&amp;E-mail to…</source>
        <translation>&amp;E-mail to…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>The report could not be made: {error}</source>
        <translation>The report could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>What failed, when, for how long and the evidence by layer; no passwords, tokens or document contents.</source>
        <translation>What failed, when, for how long and the evidence by layer; no passwords, tokens or document contents.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>&amp;E-mail to {name}…</source>
        <translation>&amp;E-mail to {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Add an e-mail address to a contact in your ISP or IT helpdesk group to send the report from here</source>
        <translation>Add an e-mail address to a contact in your ISP or IT helpdesk group to send the report from here</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Copied: paste it into an e-mail, a ticket or a chat.</source>
        <translation>Copied: paste it into an e-mail, a ticket or a chat.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>PDF (*.pdf);;Web page (*.html);;Text (*.txt)</source>
        <translation>PDF (*.pdf);;Web page (*.html);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/dialogs/report.py" />
        <source>No e-mail program answered. Use Copy or Save and send it another way.</source>
        <translation>No e-mail program answered. Use Copy or Save and send it another way.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Edit service</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>e.g. Shop, Mail, Accounting</source>
        <translation>e.g. Shop, Mail, Accounting</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>any 2xx or 3xx</source>
        <translation>any 2xx or 3xx</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>RSS or Atom incident feed (optional)</source>
        <translation>RSS or Atom incident feed (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>documents or contacts to use when it is down, comma-separated</source>
        <translation>documents or contacts to use when it is down, comma-separated</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Watch this service</source>
        <translation>&amp;Watch this service</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Expected status:</source>
        <translation>&amp;Expected status:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Status &amp;page:</source>
        <translation>Status &amp;page:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Status &amp;feed:</source>
        <translation>Status &amp;feed:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Offline &amp;fallback:</source>
        <translation>Offline &amp;fallback:</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Service name</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Expected HTTP status</source>
        <translation>Expected HTTP status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Provider's status page</source>
        <translation>Provider's status page</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Provider's incident feed</source>
        <translation>Provider's incident feed</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Offline fallback</source>
        <translation>Offline fallback</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Answers at its last known address</source>
        <translation>Answers at its last known address</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Answers through backup DNS</source>
        <translation>Answers through backup DNS</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Watched services</source>
        <translation>Watched services</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Last test</source>
        <translation>Last test</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>(not watched)</source>
        <translation>(not watched)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/services_editor.py" />
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Answer time</source>
        <translation>Answer time</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Everything (for troubleshooting)</source>
        <translation>Everything (for troubleshooting)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Keep the latest versions</source>
        <translation>Keep the latest versions</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Staggered: recent ones, then fewer older ones</source>
        <translation>Staggered: recent ones, then fewer older ones</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>As the system is set</source>
        <translation>As the system is set</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Automatic configuration script (PAC)</source>
        <translation>Automatic configuration script (PAC)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>VictoriaLogs</source>
        <translation>VictoriaLogs</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Grafana Loki</source>
        <translation>Grafana Loki</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>User name and password</source>
        <translation>User name and password</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Expected status</source>
        <translation>Expected status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Expected text</source>
        <translation>Expected text</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Status meaning up</source>
        <translation>Status meaning up</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Check every (s)</source>
        <translation>Check every (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Refresh after (days)</source>
        <translation>Refresh after (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Contact list</source>
        <translation>Contact list</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>DNS-over-HTTPS address</source>
        <translation>DNS-over-HTTPS address</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>DNS-over-HTTPS server addresses</source>
        <translation>DNS-over-HTTPS server addresses</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Watched services</source>
        <translation>Watched services</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Documents and contacts</source>
        <translation>Documents and contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Backup DNS</source>
        <translation>Backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Some settings are managed by your organization and cannot be changed here. They are marked with a lock.</source>
        <translation>Some settings are managed by your organization and cannot be changed here. They are marked with a lock.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Settings sections</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Please correct the highlighted settings.</source>
        <translation>Please correct the highlighted settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_page.py" />
        <source>Not saved: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py" />
        <source>no graphical desktop session; use `offline-ready monitor` for a headless watch</source>
        <translation>no graphical desktop session; use `offline-ready monitor` for a headless watch</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py" />
        <source>the desktop app cannot start: Qt's {platform} display plugin needs the system library {library}, which is missing or broken; on Debian or Ubuntu install it with `sudo apt install {package}`</source>
        <translation>the desktop app cannot start: Qt's {platform} display plugin needs the system library {library}, which is missing or broken; on Debian or Ubuntu install it with `sudo apt install {package}`</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py" />
        <source>the desktop app cannot reach the graphical display {display}; is the desktop session still running? Use `offline-ready monitor` for a headless watch</source>
        <translation>the desktop app cannot reach the graphical display {display}; is the desktop session still running? Use `offline-ready monitor` for a headless watch</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/preflight.py" />
        <source>this installation lacks Qt's {platform} display plugin; reinstall Offline Ready</source>
        <translation>this installation lacks Qt's {platform} display plugin; reinstall Offline Ready</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Working, but slow or partly broken</source>
        <translation>Working, but slow or partly broken</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Websites can't be found</source>
        <translation>Websites can't be found</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>This network wants you to sign in</source>
        <translation>This network wants you to sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Not connected to a network</source>
        <translation>Not connected to a network</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Working through backup DNS</source>
        <translation>Working through backup DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Your network changes some web addresses</source>
        <translation>Your network changes some web addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/history.py" />
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>{name} is down</source>
        <translation>{name} is down</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/history.py" />
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>%n watched service(s) are down</source>
        <translation>
            <numerusform>%n watched service are down</numerusform><numerusform>%n watched services are down</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>No internet</source>
        <translation>No internet</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Checking your connection…</source>
        <translation>Checking your connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>On backup DNS: switch back from this menu</source>
        <translation>On backup DNS: switch back from this menu</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Checking now…</source>
        <translation>Checking now…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Last checked {time}</source>
        <translation>Last checked {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Warnings paused until {time}</source>
        <translation>Warnings paused until {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n check passed</numerusform><numerusform>%n checks passed</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>, fastest {time}</source>
        <translation>, fastest {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>The check failed: {detail}</source>
        <translation>The check failed: {detail}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>All %n checks failed, e.g. {detail}</source>
        <translation>
            <numerusform>All %n checks failed, e.g. {detail}</numerusform><numerusform>All %n checks failed, e.g. {detail}</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>{failed} of {total} checks failed, e.g. {detail}</source>
        <translation>{failed} of {total} checks failed, e.g. {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Not checked: it needs “{layer}”, which is down</source>
        <translation>Not checked: it needs “{layer}”, which is down</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>A sign-in page intercepts your traffic: {url}</source>
        <translation>A sign-in page intercepts your traffic: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Your DNS resolver answers; other resolvers are blocked, as on many company networks</source>
        <translation>Your DNS resolver answers; other resolvers are blocked, as on many company networks</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Answers for names that don't exist: someone rewrites DNS answers</source>
        <translation>Answers for names that don't exist: someone rewrites DNS answers</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>The proxy {proxy} asks for a sign-in (407)</source>
        <translation>The proxy {proxy} asks for a sign-in (407)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>The proxy {proxy} is not answering</source>
        <translation>The proxy {proxy} is not answering</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>The web goes through {proxy}</source>
        <translation>The web goes through {proxy}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>No proxy is set, but this network offers one by WPAD: {url}</source>
        <translation>No proxy is set, but this network offers one by WPAD: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Reached through your proxy; direct connections are blocked, as on many company networks</source>
        <translation>Reached through your proxy; direct connections are blocked, as on many company networks</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>Your DNS resolver cannot find it</source>
        <translation>Your DNS resolver cannot find it</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>It needs “{layer}”, which is down</source>
        <translation>It needs “{layer}”, which is down</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>A lower layer is down</source>
        <translation>A lower layer is down</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>partly working</source>
        <translation>partly working</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/models/status.py" />
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Run a full diagnosis now</source>
        <translation>Run a full diagnosis now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>What to &amp;do…</source>
        <translation>What to &amp;do…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Open the outage window</source>
        <translation>Open the outage window</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Set-up &amp;guide…</source>
        <translation>Set-up &amp;guide…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Open the set-up guide</source>
        <translation>Open the set-up guide</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Watched services</source>
        <translation>Watched services</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>No watched services yet. &lt;a href='guide'&gt;Add the web services you depend on&lt;/a&gt;, or add them in Settings → Watched services.</source>
        <translation>No watched services yet. &lt;a href='guide'&gt;Add the web services you depend on&lt;/a&gt;, or add them in Settings → Watched services.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>&lt;b&gt;Watched services&lt;/b&gt;</source>
        <translation>&lt;b&gt;Watched services&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>&lt;b&gt;What was checked, layer by layer&lt;/b&gt;</source>
        <translation>&lt;b&gt;What was checked, layer by layer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Checking your connection…</source>
        <translation>Checking your connection…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation>Your own DNS settings are not in use. Switch back once your resolver works again.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Last checked {time} (took {ms} ms)</source>
        <translation>Last checked {time} (took {ms} ms)</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>re-checking a possible change: {state}</source>
        <translation>re-checking a possible change: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/status_page.py" />
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Add a row to {title}</source>
        <translation>Add a row to {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/windows/settings_editors.py" />
        <source>Remove the selected row of {title}</source>
        <translation>Remove the selected row of {title}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py" />
        <source>Incident timeline</source>
        <translation>Incident timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py" />
        <source>No incidents in this period</source>
        <translation>No incidents in this period</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py" />
        <source>{n} incidents, {duration} with a problem in total</source>
        <translation>{n} incidents, {duration} with a problem in total</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/widgets/timeline.py" />
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>Offline Ready menu</source>
        <translation>Offline Ready menu</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>Show &amp;outage details…</source>
        <translation>Show &amp;outage details…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>&amp;Check now</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>Open Offline &amp;Ready</source>
        <translation>Open Offline &amp;Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>Keep backup DNS? Switching back in %1 s…</source>
        <translation>Keep backup DNS? Switching back in %1 s…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>Resume warnings (paused until {time})</source>
        <translation>Resume warnings (paused until {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/tray.py" />
        <source>&amp;Pause warnings for 1 hour</source>
        <translation>&amp;Pause warnings for 1 hour</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Versions of %1</source>
        <translation>Versions of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>Kept versions</source>
        <translation>Kept versions</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/pages/document_dialogs.py" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Back online</source>
        <translation>Back online</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Your own connection works again.</source>
        <translation>Your own connection works again.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>The problem lasted {duration}.</source>
        <translation>The problem lasted {duration}.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Your own DNS settings are not in use. Switch back once your resolver works again.</source>
        <translation>Your own DNS settings are not in use. Switch back once your resolver works again.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Still a problem: {headline}</source>
        <translation>Still a problem: {headline}</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>For {duration} now.</source>
        <translation>For {duration} now.</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Back on your own DNS settings</source>
        <translation>Back on your own DNS settings</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Backup DNS did not work</source>
        <translation>Backup DNS did not work</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Your own DNS resolver works again</source>
        <translation>Your own DNS resolver works again</translation>
    </message>
    <message>
        <location filename="../../desktop/offline_ready/ui/warnings.py" />
        <source>Switch back now: your own settings are the ones to use.</source>
        <translation>Switch back now: your own settings are the ones to use.</translation>
    </message>
</context>
</TS>