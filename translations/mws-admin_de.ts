<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Manage sites on the Managed Web Service, and (for staff) the fleet.</source>
        <translation>Verwalten Sie Websites im Managed Web Service und (als Mitarbeiter) die gesamte Flotte.</translation>
    </message>
    <message>
        <source>Sign in to the control panel at &lt;url&gt;.</source>
        <translation>An der Verwaltungsoberfläche unter &lt;url&gt; anmelden.</translation>
    </message>
    <message>
        <source>Trust only this PEM certificate for the panel (self-hosted panels).</source>
        <translation>Nur diesem PEM-Zertifikat für die Verwaltungsoberfläche vertrauen (selbst betriebene Verwaltungsoberflächen).</translation>
    </message>
    <message>
        <source>mws-admin: cannot read %1: %2
</source>
        <translation>mws-admin: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>Start signing in to --panel at once.</source>
        <translation>Die Anmeldung an --panel sofort beginnen.</translation>
    </message>
</context>
<context>
    <name>mws</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird heruntergefahren</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>im Ruhezustand</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>mws::HypervisorConnection</name>
    <message>
        <source>Could not connect to the hypervisor at %1.</source>
        <translation>Verbindung zum Hypervisor unter %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not list the virtual machines.</source>
        <translation>Die virtuellen Maschinen konnten nicht aufgelistet werden.</translation>
    </message>
</context>
<context>
    <name>mws::SecretStore</name>
    <message>
        <source>No such entry in the keychain.</source>
        <translation>Dieser Eintrag ist nicht im Schlüsselbund vorhanden.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund verfügbar, daher kann die Anmeldung nicht gespeichert werden. Installieren und entsperren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>mws::SshPublicKey</name>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>This is a private key. Give the public key (the .pub file) instead.</source>
        <translation>Dies ist ein privater Schlüssel. Geben Sie stattdessen den öffentlichen Schlüssel an (die .pub-Datei).</translation>
    </message>
    <message>
        <source>Give one key per line.</source>
        <translation>Geben Sie einen Schlüssel pro Zeile an.</translation>
    </message>
    <message>
        <source>A public key has a type and a base64 body, like &quot;ssh-ed25519 AAAA… comment&quot;.</source>
        <translation>Ein öffentlicher Schlüssel besteht aus einem Typ und einem Base64-Inhalt, etwa „ssh-ed25519 AAAA… Kommentar“.</translation>
    </message>
    <message>
        <source>DSA keys are no longer accepted by OpenSSH. Use an Ed25519 key.</source>
        <translation>DSA-Schlüssel werden von OpenSSH nicht mehr akzeptiert. Verwenden Sie einen Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Unknown key type &quot;%1&quot;. Options before the key (as in authorized_keys) are not accepted here.</source>
        <translation>Unbekannter Schlüsseltyp „%1“. Optionen vor dem Schlüssel (wie in authorized_keys) werden hier nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The key body is not valid base64.</source>
        <translation>Der Inhalt des Schlüssels ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The key body could not be read as a %1 key.</source>
        <translation>Der Inhalt des Schlüssels konnte nicht als %1-Schlüssel gelesen werden.</translation>
    </message>
    <message>
        <source>The key says it is %1 but its body is a %2 key.</source>
        <translation>Der Schlüssel gibt sich als %1 aus, sein Inhalt ist aber ein %2-Schlüssel.</translation>
    </message>
    <message>
        <source>RSA keys must have at least %1 bits; this one has %2.</source>
        <translation>RSA-Schlüssel müssen mindestens %1 Bit lang sein; dieser hat %2.</translation>
    </message>
    <message>
        <source>libssh could not compute the key&apos;s fingerprint.</source>
        <translation>libssh konnte den Fingerabdruck des Schlüssels nicht berechnen.</translation>
    </message>
    <message>
        <source>libssh could not format the key&apos;s fingerprint.</source>
        <translation>libssh konnte den Fingerabdruck des Schlüssels nicht formatieren.</translation>
    </message>
</context>
<context>
    <name>mws::api::JobTracker</name>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation>Die Verbindung zur Verwaltungsoberfläche wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>mws::api::PanelClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is nothing by that name.</source>
        <translation>Unter diesem Namen gibt es nichts.</translation>
    </message>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation>Die Verbindung zur Verwaltungsoberfläche wurde geschlossen.</translation>
    </message>
    <message>
        <source>The certificate pinned for this panel cannot be read; pin it again in the account&apos;s settings.</source>
        <translation>Das für diese Verwaltungsoberfläche hinterlegte Zertifikat kann nicht gelesen werden; hinterlegen Sie es in den Einstellungen des Kontos erneut.</translation>
    </message>
    <message>
        <source>The panel could not understand the request.</source>
        <translation>Die Verwaltungsoberfläche konnte die Anfrage nicht verstehen.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>It does not exist, or no longer exists.</source>
        <translation>Es existiert nicht oder nicht mehr.</translation>
    </message>
    <message>
        <source>That conflicts with the current state; reload and check.</source>
        <translation>Das steht im Widerspruch zum aktuellen Stand; laden Sie neu und prüfen Sie es.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>That is too large for the panel to accept.</source>
        <translation>Das ist zu groß für die Verwaltungsoberfläche.</translation>
    </message>
    <message>
        <source>Some of the values are not valid.</source>
        <translation>Einige der Werte sind ungültig.</translation>
    </message>
    <message>
        <source>The panel has had too many requests; wait a minute and try again.</source>
        <translation>Die Verwaltungsoberfläche hat zu viele Anfragen erhalten; warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The panel is not available at the moment. Try again later.</source>
        <translation>Die Verwaltungsoberfläche ist im Moment nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The panel failed while handling the request. Try again later.</source>
        <translation>Bei der Bearbeitung der Anfrage ist in der Verwaltungsoberfläche ein Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The panel refused the request (HTTP %1).</source>
        <translation>Die Verwaltungsoberfläche hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Someone else changed this since you opened it. Reload it, compare, and make your change again.</source>
        <translation>Jemand anderes hat dies geändert, seit Sie es geöffnet haben. Laden Sie es neu, vergleichen Sie und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>The certificate of the panel at %1 is not trusted, so MWS Admin did not connect. If this panel uses its own certificate, pin that certificate in the account&apos;s settings.</source>
        <translation>Dem Zertifikat der Verwaltungsoberfläche unter %1 wird nicht vertraut, daher hat MWS Admin keine Verbindung hergestellt. Wenn diese Verwaltungsoberfläche ein eigenes Zertifikat verwendet, hinterlegen Sie es in den Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>The panel at %1 is not answering (connection refused).</source>
        <translation>Die Verwaltungsoberfläche unter %1 antwortet nicht (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>The panel&apos;s address %1 cannot be found. Check the address and your network.</source>
        <translation>Die Adresse %1 der Verwaltungsoberfläche wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The panel at %1 closed the connection before it answered.</source>
        <translation>Die Verwaltungsoberfläche unter %1 hat die Verbindung vor einer Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The panel at %1 did not answer in time.</source>
        <translation>Die Verwaltungsoberfläche unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the panel at %1.</source>
        <translation>Die Verwaltungsoberfläche unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The panel sent an answer this version of MWS Admin does not understand.</source>
        <translation>Die Verwaltungsoberfläche hat eine Antwort gesendet, die diese Version von MWS Admin nicht versteht.</translation>
    </message>
</context>
<context>
    <name>mws::auth::AccountStore</name>
    <message>
        <source>Could not read the list of accounts.</source>
        <translation>Die Liste der Konten konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of accounts is damaged.</source>
        <translation>Die Liste der Konten ist beschädigt.</translation>
    </message>
    <message>
        <source>The list of accounts has an unknown format.</source>
        <translation>Die Liste der Konten hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>Could not create the folder for the list of accounts.</source>
        <translation>Der Ordner für die Liste der Konten konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the list of accounts.</source>
        <translation>Die Liste der Konten konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>An account needs a panel address and a CRSid.</source>
        <translation>Ein Konto benötigt die Adresse einer Verwaltungsoberfläche und eine CRSid.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>mws::auth::LoginSession</name>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation>Die Verbindung zur Verwaltungsoberfläche wurde geschlossen.</translation>
    </message>
    <message>
        <source>Sign in before switching to staff mode.</source>
        <translation>Melden Sie sich an, bevor Sie in den Mitarbeitermodus wechseln.</translation>
    </message>
</context>
<context>
    <name>mws::cache::OfflineCache</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Der Offline-Zwischenspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The offline cache needs SQLite.</source>
        <translation>Der Offline-Zwischenspeicher benötigt SQLite.</translation>
    </message>
    <message>
        <source>Could not create the offline cache folder.</source>
        <translation>Der Ordner für den Offline-Zwischenspeicher konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The offline cache file is damaged.</source>
        <translation>Die Datei des Offline-Zwischenspeichers ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is not an offline cache.</source>
        <translation>Die Datei ist kein Offline-Zwischenspeicher.</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of the app.</source>
        <translation>Der Offline-Zwischenspeicher wurde von einer neueren Version der Anwendung geschrieben.</translation>
    </message>
    <message>
        <source>Could not replace the damaged offline cache.</source>
        <translation>Der beschädigte Offline-Zwischenspeicher konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>A cache entry needs the time it was fetched.</source>
        <translation>Ein Eintrag im Zwischenspeicher benötigt den Zeitpunkt, zu dem er abgerufen wurde.</translation>
    </message>
    <message>
        <source>The offline cache has no such entry.</source>
        <translation>Dieser Eintrag ist nicht im Offline-Zwischenspeicher vorhanden.</translation>
    </message>
    <message>
        <source>The offline cache could not be read or written.</source>
        <translation>Der Offline-Zwischenspeicher konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The offline cache has an unknown format.</source>
        <translation>Der Offline-Zwischenspeicher hat ein unbekanntes Format.</translation>
    </message>
</context>
<context>
    <name>mws::ui::AccountSiteTreeModel</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2
%n site(s)</source>
        <translation>
            <numerusform>%1 auf %2
%n Website</numerusform>
            <numerusform>%1 auf %2
%n Websites</numerusform>
        </translation>
    </message>
    <message>
        <source>The control panel cannot be reached: showing what was last loaded, read-only.</source>
        <translation>Die Verwaltungsoberfläche ist nicht erreichbar: Angezeigt wird der zuletzt geladene Stand, schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>Account %1, %n site(s)</source>
        <translation>
            <numerusform>Konto %1, %n Website</numerusform>
            <numerusform>Konto %1, %n Websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1, %n site(s), offline</source>
        <translation>
            <numerusform>Konto %1, %n Website, offline</numerusform>
            <numerusform>Konto %1, %n Websites, offline</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, offline)</source>
        <translation>%1 (%2, offline)</translation>
    </message>
</context>
<context>
    <name>mws::ui::ActivityModel</name>
    <message>
        <source>Requested the site</source>
        <translation>Hat die Website beantragt</translation>
    </message>
    <message>
        <source>Created the site</source>
        <translation>Hat die Website angelegt</translation>
    </message>
    <message>
        <source>Changed the site&apos;s details</source>
        <translation>Hat die Angaben zur Website geändert</translation>
    </message>
    <message>
        <source>Approved the site</source>
        <translation>Hat die Website genehmigt</translation>
    </message>
    <message>
        <source>Suspended the site</source>
        <translation>Hat die Website gesperrt</translation>
    </message>
    <message>
        <source>Ended the suspension</source>
        <translation>Hat die Sperre aufgehoben</translation>
    </message>
    <message>
        <source>Turned the site off</source>
        <translation>Hat die Website ausgeschaltet</translation>
    </message>
    <message>
        <source>Turned the site on</source>
        <translation>Hat die Website eingeschaltet</translation>
    </message>
    <message>
        <source>Deleted the site</source>
        <translation>Hat die Website gelöscht</translation>
    </message>
    <message>
        <source>Gave someone access</source>
        <translation>Hat jemandem Zugriff gegeben</translation>
    </message>
    <message>
        <source>Took someone&apos;s access away</source>
        <translation>Hat jemandem den Zugriff entzogen</translation>
    </message>
    <message>
        <source>Staff support access granted</source>
        <translation>Zugriff für Mitarbeiter-Support gewährt</translation>
    </message>
    <message>
        <source>Cancelled a job</source>
        <translation>Hat einen Auftrag abgebrochen</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (Mitarbeiter)</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>die Website</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Woran</translation>
    </message>
    <message>
        <source>Staff looked at it</source>
        <translation>Von Mitarbeitern eingesehen</translation>
    </message>
</context>
<context>
    <name>mws::ui::ActivityPage</name>
    <message>
        <source>Filter by person, action or target…</source>
        <translation>Nach Person, Aktion oder Ziel filtern …</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>mws::ui::AppController</name>
    <message>
        <source>Sign-in not remembered</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>You are signed in, but MWS Admin cannot remember it for next time:
%1</source>
        <translation>Sie sind angemeldet, aber MWS Admin kann sich die Anmeldung nicht für das nächste Mal merken:
%1</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Melden Sie sich erneut an: %1</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some accounts could not be opened. %1</source>
        <translation>Einige Konten konnten nicht geöffnet werden. %1</translation>
    </message>
    <message>
        <source>The control panel at %1 asked %2 to sign in again.</source>
        <translation>Die Verwaltungsoberfläche unter %1 verlangt, dass sich %2 erneut anmeldet.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
</context>
<context>
    <name>mws::ui::JobsPanel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3%</source>
        <translation>%1 – %2, %3 %</translation>
    </message>
    <message>
        <source>No jobs for this site.</source>
        <translation>Keine Aufträge für diese Website.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Progress of the selected job</source>
        <translation>Fortschritt des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>Log of the selected job</source>
        <translation>Protokoll des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::MainWindow</name>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MWS Admin</source>
        <translation>Ü&amp;ber MWS Admin</translation>
    </message>
    <message>
        <source>About MWS Admin</source>
        <translation>Über MWS Admin</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MWS Admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop administration for the Managed Web Service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MWS Admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop-Verwaltung für den Managed Web Service.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation>Auftrag %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>Auftrag %1 beendet: %2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find site</source>
        <translation>Website &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Angemeldet als %1 auf %2</translation>
    </message>
    <message>
        <source>Ask every account&apos;s control panel for what changed</source>
        <translation>Bei der Verwaltungsoberfläche jedes Kontos nach Änderungen fragen</translation>
    </message>
    <message>
        <source>Sign in to another control panel, or as someone else, beside the accounts open now</source>
        <translation>Zusätzlich zu den geöffneten Konten an einer weiteren Verwaltungsoberfläche oder als andere Person anmelden</translation>
    </message>
    <message>
        <source>&amp;Go to account</source>
        <translation>&amp;Gehe zu Konto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — MWS Admin</source>
        <translation>%1 – MWS Admin</translation>
    </message>
    <message>
        <source>The control panel at %1 cannot be reached. You are seeing what was last loaded for %2; changes are disabled until it answers again. Retrying…</source>
        <translation>Die Verwaltungsoberfläche unter %1 ist nicht erreichbar. Sie sehen den zuletzt geladenen Stand für %2; Änderungen sind gesperrt, bis sie wieder antwortet. Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Sign &amp;out of %1</source>
        <translation>Von %1 ab&amp;melden</translation>
    </message>
</context>
<context>
    <name>mws::ui::OverviewPage</name>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>SSH only</source>
        <translation>Nur SSH</translation>
    </message>
    <message>
        <source>Staff support</source>
        <translation>Mitarbeiter-Support</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>Website-ID:</translation>
    </message>
    <message>
        <source>Webmaster:</source>
        <translation>Webmaster:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Open site in browser</source>
        <translation>Website im Browser &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation>SSH-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who has access&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer Zugriff hat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Members of the site</source>
        <translation>Mitglieder der Website</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Keine Website ausgewählt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Noch nicht zugewiesen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The site has no address yet.</source>
        <translation>Die Website hat noch keine Adresse.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SignInWindow</name>
    <message>
        <source>Sign in — MWS Admin</source>
        <translation>Anmelden – MWS Admin</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MWS Admin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;MWS Admin&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sign in with your Raven account to manage your sites on the Managed Web Service.</source>
        <translation>Melden Sie sich mit Ihrem Raven-Konto an, um Ihre Websites im Managed Web Service zu verwalten.</translation>
    </message>
    <message>
        <source>Control panel address</source>
        <translation>Adresse der Verwaltungsoberfläche</translation>
    </message>
    <message>
        <source>&amp;Control panel:</source>
        <translation>&amp;Verwaltungsoberfläche:</translation>
    </message>
    <message>
        <source>Sign in with &amp;Raven</source>
        <translation>Mit &amp;Raven anmelden</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser.
This window continues by itself once you have allowed access.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Webbrowser ab.
Dieses Fenster fährt von selbst fort, sobald Sie den Zugriff erlaubt haben.</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>Browser erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Open the link in a browser yourself, for example when none opened here.</source>
        <translation>Öffnen Sie den Link selbst in einem Browser, zum Beispiel wenn sich hier keiner geöffnet hat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the control panel&apos;s address, like https://panel.mws.example.</source>
        <translation>Geben Sie die Adresse der Verwaltungsoberfläche an, etwa https://panel.mws.example.</translation>
    </message>
    <message>
        <source>MWS Admin on %1</source>
        <translation>MWS Admin auf %1</translation>
    </message>
    <message>
        <source>If no browser opened, go to:&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Falls sich kein Browser geöffnet hat, rufen Sie auf:&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No web browser could be opened here. Copy the link and open it in a browser.</source>
        <translation>Hier konnte kein Webbrowser geöffnet werden. Kopieren Sie den Link und öffnen Sie ihn in einem Browser.</translation>
    </message>
    <message>
        <source>The sign-in took too long and expired. Try again.</source>
        <translation>Die Anmeldung hat zu lange gedauert und ist abgelaufen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteListModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1
%2
Status: %3</source>
        <translation>%1
%2
Status: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteNavigator</name>
    <message>
        <source>Search sites (Ctrl+F)</source>
        <translation>Websites suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search sites by name, address or ID</source>
        <translation>Websites nach Name, Adresse oder ID suchen</translation>
    </message>
    <message>
        <source>Searches the sites of every account. Down or Enter moves to the list.</source>
        <translation>Durchsucht die Websites aller Konten. Pfeil nach unten oder Eingabetaste wechselt in die Liste.</translation>
    </message>
    <message>
        <source>Sites by account</source>
        <translation>Websites nach Konto</translation>
    </message>
    <message>
        <source>No sites match “%1”.</source>
        <translation>Keine Website passt zu „%1“.</translation>
    </message>
    <message>
        <source>No account yet: File ▸ Add account… signs in to a control panel.</source>
        <translation>Noch kein Konto: Datei ▸ Konto hinzufügen … meldet Sie an einer Verwaltungsoberfläche an.</translation>
    </message>
    <message>
        <source>No sites were saved from an earlier visit.</source>
        <translation>Von einem früheren Besuch wurden keine Websites gespeichert.</translation>
    </message>
    <message>
        <source>You have no sites on these panels yet.</source>
        <translation>Sie haben auf diesen Verwaltungsoberflächen noch keine Websites.</translation>
    </message>
</context>
<context>
    <name>mws::validate</name>
    <message>
        <source>Give the site a name.</source>
        <translation>Geben Sie der Website einen Namen.</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The name can have at most 100 characters.</source>
        <translation>Der Name darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The description can have at most 250 characters.</source>
        <translation>Die Beschreibung darf höchstens 250 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Give an email address like webmaster@example.cam.ac.uk.</source>
        <translation>Geben Sie eine E-Mail-Adresse an, etwa webmaster@example.cam.ac.uk.</translation>
    </message>
    <message>
        <source>A user is named by their CRSid, like &quot;abc123&quot;.</source>
        <translation>Personen werden über ihre CRSid angegeben, etwa „abc123“.</translation>
    </message>
</context>
</TS>
