<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditedAction</name>
    <message>
        <source>Done, but the panel did not record the result: %1</source>
        <translation>Ausgeführt, aber das Panel hat das Ergebnis nicht protokolliert: %1</translation>
    </message>
</context>
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
    <name>mws::BulkAction</name>
    <message>
        <source>The connection to the hypervisor went away during the action.</source>
        <translation>Die Verbindung zum Hypervisor ist während der Aktion abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mws::Fleet</name>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist verloren gegangen.</translation>
    </message>
    <message>
        <source>The hypervisor %1 is not connected.</source>
        <translation>Der Hypervisor %1 ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>mws::FleetModel</name>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
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
        <translation>in Ruhezustand</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not connected to the hypervisor.</source>
        <translation>Keine Verbindung zum Hypervisor.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>herunterfahren</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>neu starten</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurücksetzen</translation>
    </message>
    <message>
        <source>force off</source>
        <translation>hart ausschalten</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>anhalten</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>fortsetzen</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not shut down %1.</source>
        <translation>%1 konnte nicht heruntergefahren werden.</translation>
    </message>
    <message>
        <source>Could not reboot %1.</source>
        <translation>%1 konnte nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>Could not reset %1.</source>
        <translation>%1 konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Could not force off %1.</source>
        <translation>%1 konnte nicht hart ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>Could not suspend %1.</source>
        <translation>%1 konnte nicht angehalten werden.</translation>
    </message>
    <message>
        <source>Could not resume %1.</source>
        <translation>%1 konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>There is no virtual machine %1 on this hypervisor.</source>
        <translation>Auf diesem Hypervisor gibt es keine virtuelle Maschine %1.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 of %2.</source>
        <translation>Es gibt keinen Snapshot %1 von %2.</translation>
    </message>
    <message>
        <source>Could not list the snapshots.</source>
        <translation>Die Snapshots konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not create the snapshot %1.</source>
        <translation>Der Snapshot %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not revert to the snapshot %1.</source>
        <translation>Der Snapshot %1 konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Could not delete the snapshot %1.</source>
        <translation>Der Snapshot %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not read the definition of %1.</source>
        <translation>Die Definition von %1 konnte nicht gelesen werden.</translation>
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
    <name>mws::SftpSession</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The server did not start SFTP.</source>
        <translation>Der Server hat SFTP nicht gestartet.</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not read the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not change the permissions of %1.</source>
        <translation>Die Berechtigungen von %1 konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not upload %1.</source>
        <translation>%1 konnte nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>Could not download %1.</source>
        <translation>%1 konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Der Download konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>mws::SshConnection</name>
    <message>
        <source>the stored key</source>
        <translation>der gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>Could not read the private key %1: it is not a key, or the passphrase is wrong.</source>
        <translation>Der private Schlüssel %1 konnte nicht gelesen werden: Er ist kein Schlüssel, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Could not start an SSH session.</source>
        <translation>Es konnte keine SSH-Sitzung gestartet werden.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Der Verbindungsaufbau wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>No SSH agent is running.</source>
        <translation>Es läuft kein SSH-Agent.</translation>
    </message>
    <message>
        <source>The connection to %1 failed while signing in.</source>
        <translation>Die Verbindung zu %1 ist bei der Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 refused the key for the user %2.</source>
        <translation>%1 hat den Schlüssel für den Benutzer %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not show its host key.</source>
        <translation>Der Server hat seinen Host-Schlüssel nicht gezeigt.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s host key.</source>
        <translation>Der Host-Schlüssel des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: it may be an impostor. The connection was refused.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: Es könnte ein Betrüger sein. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Offered: %1. Expected by %2: %3.</source>
        <translation>Angeboten: %1. Erwartet laut %2: %3.</translation>
    </message>
    <message>
        <source>The host key of %1 does not match the fingerprints the panel publishes for it. The connection was refused.</source>
        <translation>Der Host-Schlüssel von %1 passt zu keinem der Fingerabdrücke, die die Verwaltungsoberfläche für ihn veröffentlicht. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Offered: %1. Expected one of: %2.</source>
        <translation>Angeboten: %1. Erwartet einer von: %2.</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked: it is not in %2 and the panel gave no fingerprints for it. The connection was refused.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht geprüft werden: Er steht nicht in %2, und die Verwaltungsoberfläche hat keine Fingerabdrücke für ihn genannt. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Offered: %1.</source>
        <translation>Angeboten: %1.</translation>
    </message>
    <message>
        <source>Could not record the host key of %1 in %2.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht in %2 eingetragen werden.</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
</context>
<context>
    <name>mws::SshKeyGenerator</name>
    <message>
        <source>Could not generate an Ed25519 key.</source>
        <translation>Es konnte kein Ed25519-Schlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>Could not write the new private key.</source>
        <translation>Der neue private Schlüssel konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the new public key.</source>
        <translation>Der neue öffentliche Schlüssel konnte nicht geschrieben werden.</translation>
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
        <source>RSA keys must have at least %1 bits; this one has %2. Make an Ed25519 key (ssh-keygen -t ed25519) or a longer RSA key.</source>
        <translation>RSA-Schlüssel müssen mindestens %1 Bit lang sein; dieser hat %2. Erzeugen Sie einen Ed25519-Schlüssel (ssh-keygen -t ed25519) oder einen längeren RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>RSA keys may have at most %1 bits; this one has %2.</source>
        <translation>RSA-Schlüssel dürfen höchstens %1 Bit lang sein; dieser hat %2.</translation>
    </message>
    <message>
        <source>The key&apos;s comment may not contain line breaks.</source>
        <translation>Der Kommentar des Schlüssels darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The key&apos;s comment may not contain control characters.</source>
        <translation>Der Kommentar des Schlüssels darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The key&apos;s comment may be at most %1 characters long.</source>
        <translation>Der Kommentar des Schlüssels darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The key is %1 KiB long; an OpenSSH public key line may be at most 16 KiB.</source>
        <translation>Der Schlüssel ist %1 KiB lang; eine Zeile mit einem öffentlichen OpenSSH-Schlüssel darf höchstens 16 KiB lang sein.</translation>
    </message>
    <message>
        <source>This key is in the SSH2 (RFC 4716) format. Convert it to OpenSSH&apos;s with &quot;ssh-keygen -i -f&quot; and give that line.</source>
        <translation>Dieser Schlüssel ist im SSH2-Format (RFC 4716). Wandeln Sie ihn mit „ssh-keygen -i -f“ in das Format von OpenSSH um und geben Sie diese Zeile an.</translation>
    </message>
    <message>
        <source>Options before the key (as in authorized_keys, like %1) are not accepted here: give the key alone, starting with its type.</source>
        <translation>Optionen vor dem Schlüssel (wie in authorized_keys, etwa %1) werden hier nicht akzeptiert: Geben Sie nur den Schlüssel an, beginnend mit seinem Typ.</translation>
    </message>
    <message>
        <source>Unknown key type &quot;%1&quot;. Accepted are ssh-ed25519, ecdsa-sha2-nistp256, -384 and -521, ssh-rsa (at least %2 bits) and their security-key (sk-) forms.</source>
        <translation>Unbekannter Schlüsseltyp „%1“. Akzeptiert werden ssh-ed25519, ecdsa-sha2-nistp256, -384 und -521, ssh-rsa (mindestens %2 Bit) und ihre Formen für Sicherheitsschlüssel (sk-).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>mws::SshShell</name>
    <message>
        <source>The shell was closed.</source>
        <translation>Die Shell wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The host did not start a shell.</source>
        <translation>Der Host hat keine Shell gestartet.</translation>
    </message>
</context>
<context>
    <name>mws::SshTunnel</name>
    <message>
        <source>Opening the tunnel was cancelled.</source>
        <translation>Das Öffnen des Tunnels wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
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
    <message>
        <source>The download could not be written: %1</source>
        <translation>Der Download konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being sent.</source>
        <translation>%1 hat sich während des Sendens geändert.</translation>
    </message>
    <message>
        <source>%1 is empty or cannot be read.</source>
        <translation>%1 ist leer oder kann nicht gelesen werden.</translation>
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
    <name>mws::ui::AddSshKeyDialog</name>
    <message>
        <source>Add an SSH key</source>
        <translation>SSH-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Paste your public key (the contents of a .pub file, like ~/.ssh/id_ed25519.pub), or import the file. Never give your private key: it stays on your computer.</source>
        <translation>Fügen Sie Ihren öffentlichen Schlüssel ein (den Inhalt einer .pub-Datei, etwa ~/.ssh/id_ed25519.pub), oder importieren Sie die Datei. Geben Sie niemals Ihren privaten Schlüssel weiter: Er bleibt auf Ihrem Computer.</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Import .pub file…</source>
        <translation>.pub-Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>The key&apos;s own comment</source>
        <translation>Der eigene Kommentar des Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Kommentar (optional):</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Import a public key</source>
        <translation>Öffentlichen Schlüssel importieren</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 ist zu groß für einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Type %1, fingerprint %2.</source>
        <translation>Typ %1, Fingerabdruck %2.</translation>
    </message>
    <message>
        <source>Type %1, fingerprint %2, comment “%3”.</source>
        <translation>Typ %1, Fingerabdruck %2, Kommentar „%3“.</translation>
    </message>
</context>
<context>
    <name>mws::ui::AddVhostDialog</name>
    <message>
        <source>Add a vhost</source>
        <translation>VHost hinzufügen</translation>
    </message>
    <message>
        <source>A vhost serves one folder of the site under one or more domain names.</source>
        <translation>Ein VHost stellt einen Ordner der Website unter einem oder mehreren Domainnamen bereit.</translation>
    </message>
    <message>
        <source>Vhost name</source>
        <translation>Name des VHosts</translation>
    </message>
    <message>
        <source>for example blog</source>
        <translation>zum Beispiel blog</translation>
    </message>
    <message>
        <source>Domain names, one per line</source>
        <translation>Domainnamen, einer pro Zeile</translation>
    </message>
    <message>
        <source>www.example.org
example.org</source>
        <translation>www.example.org
example.org</translation>
    </message>
    <message>
        <source>Document root</source>
        <translation>Document-Root</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Domain names:</source>
        <translation>&amp;Domainnamen:</translation>
    </message>
    <message>
        <source>A folder in the site&apos;s home, inside public_html. The panel makes it.</source>
        <translation>Ein Ordner im Home-Verzeichnis der Website, innerhalb von public_html. Die Verwaltungsoberfläche legt ihn an.</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden …</translation>
    </message>
    <message>
        <source>The site already has a vhost called %1.</source>
        <translation>Die Website hat bereits einen VHost namens %1.</translation>
    </message>
    <message>
        <source>Document r&amp;oot:</source>
        <translation>Document-&amp;Root:</translation>
    </message>
</context>
<context>
    <name>mws::ui::ApachePage</name>
    <message>
        <source>Apache settings</source>
        <translation>Apache-Einstellungen</translation>
    </message>
    <message>
        <source>Vhost</source>
        <translation>VHost</translation>
    </message>
    <message>
        <source>This site has no vhosts yet. Add one on the Web sites page; its Apache settings can then be changed here.</source>
        <translation>Diese Website hat noch keine VHosts. Fügen Sie auf der Seite „Websites“ einen hinzu; seine Apache-Einstellungen können Sie dann hier ändern.</translation>
    </message>
    <message>
        <source>Features switched on for this vhost</source>
        <translation>Für diesen VHost eingeschaltete Funktionen</translation>
    </message>
    <message>
        <source>This host offers no optional features.</source>
        <translation>Dieser Host bietet keine optionalen Funktionen an.</translation>
    </message>
    <message>
        <source>Custom &amp;directives:</source>
        <translation>Eigene &amp;Direktiven:</translation>
    </message>
    <message>
        <source>Custom Apache directives of the vhost</source>
        <translation>Eigene Apache-Direktiven des VHosts</translation>
    </message>
    <message>
        <source># No directives of your own, for example:
# ErrorDocument 404 /404.html</source>
        <translation># Keine eigenen Direktiven, zum Beispiel:
# ErrorDocument 404 /404.html</translation>
    </message>
    <message>
        <source>Problems with the directives</source>
        <translation>Probleme mit den Direktiven</translation>
    </message>
    <message>
        <source>Show the vhost&apos;s settings again, dropping your changes.</source>
        <translation>Die Einstellungen des VHosts erneut anzeigen und Ihre Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation>Keine Website ausgewählt.</translation>
    </message>
    <message>
        <source>Apache %1 on this site&apos;s host</source>
        <translation>Apache %1 auf dem Host dieser Website</translation>
    </message>
    <message>
        <source>Only directives sites may use are accepted, and paths must stay inside the site&apos;s folder, %1. They are checked as you type.</source>
        <translation>Nur Direktiven, die Websites verwenden dürfen, werden akzeptiert, und Pfade müssen im Ordner der Website bleiben, %1. Sie werden während der Eingabe geprüft.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Allows %1.</source>
        <translation>Erlaubt %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Features switched on for %1</source>
        <translation>Für %1 eingeschaltete Funktionen</translation>
    </message>
    <message>
        <source>Change Apache settings of %1</source>
        <translation>Apache-Einstellungen von %1 ändern</translation>
    </message>
    <message>
        <source>V&amp;host:</source>
        <translation>&amp;VHost:</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>Custom directives</source>
        <translation>Eigene Direktiven</translation>
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
    <name>mws::ui::CertificateRequestDialog</name>
    <message>
        <source>Certificate request for %1</source>
        <translation>Zertifikatsanforderung für %1</translation>
    </message>
    <message>
        <source>Give this certificate signing request to your certificate authority. It is for %1. The private key stays on the panel; when the certificate comes back, use “Upload certificate…”.</source>
        <translation>Geben Sie diese Zertifikatsanforderung (CSR) an Ihre Zertifizierungsstelle weiter. Sie gilt für %1. Der private Schlüssel bleibt auf der Verwaltungsoberfläche; wenn das Zertifikat zurückkommt, verwenden Sie „Zertifikat hochladen …“.</translation>
    </message>
    <message>
        <source>Certificate signing request, PEM</source>
        <translation>Zertifikatsanforderung (CSR), PEM</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Zertifikatsanforderung speichern</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem);;All files (*)</source>
        <translation>Zertifikatsanforderungen (*.csr *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::ChangeFlow</name>
    <message>
        <source>The panel could not preview “%1”.</source>
        <translation>Die Verwaltungsoberfläche konnte keine Vorschau für „%1“ erstellen.</translation>
    </message>
    <message>
        <source>“%1” was not applied.</source>
        <translation>„%1“ wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>“%1” was cancelled.</source>
        <translation>„%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The job for “%1” could not be followed to its end.</source>
        <translation>Der Auftrag für „%1“ konnte nicht bis zu seinem Ende verfolgt werden.</translation>
    </message>
    <message>
        <source>%1
See the jobs panel for how it ends.</source>
        <translation>%1
Wie er endet, sehen Sie in der Auftragsliste.</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>Someone changed this part of the site since it was loaded. It is being loaded again: look at it, then make your change again.</source>
        <translation>Jemand hat diesen Teil der Website geändert, seit er geladen wurde. Er wird neu geladen: sehen Sie ihn sich an und nehmen Sie Ihre Änderung dann erneut vor.</translation>
    </message>
</context>
<context>
    <name>mws::ui::CodeLabels</name>
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
        <source>Staff looked at it</source>
        <translation>Von Mitarbeitern eingesehen</translation>
    </message>
    <message>
        <source>Began staff mode</source>
        <translation>Hat den Mitarbeitermodus begonnen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Hat sich angemeldet</translation>
    </message>
    <message>
        <source>Ended a sign-in</source>
        <translation>Hat eine Anmeldung beendet</translation>
    </message>
    <message>
        <source>Add a vhost</source>
        <translation>VHost hinzufügen</translation>
    </message>
    <message>
        <source>Change a vhost</source>
        <translation>VHost ändern</translation>
    </message>
    <message>
        <source>Rename a vhost</source>
        <translation>VHost umbenennen</translation>
    </message>
    <message>
        <source>Delete a vhost</source>
        <translation>VHost löschen</translation>
    </message>
    <message>
        <source>Make the document root read-only again</source>
        <translation>Document-Root wieder schreibschützen</translation>
    </message>
    <message>
        <source>Change PHP settings</source>
        <translation>PHP-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Install a certificate</source>
        <translation>Zertifikat installieren</translation>
    </message>
    <message>
        <source>Install a self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat installieren</translation>
    </message>
    <message>
        <source>Remove a certificate</source>
        <translation>Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Take the site offline</source>
        <translation>Website vom Netz nehmen</translation>
    </message>
    <message>
        <source>Serve the site again</source>
        <translation>Website wieder bereitstellen</translation>
    </message>
    <message>
        <source>Check that the site answers</source>
        <translation>Prüfen, ob die Website antwortet</translation>
    </message>
    <message>
        <source>Added a vhost</source>
        <translation>Hat einen VHost hinzugefügt</translation>
    </message>
    <message>
        <source>Changed a vhost</source>
        <translation>Hat einen VHost geändert</translation>
    </message>
    <message>
        <source>Renamed a vhost</source>
        <translation>Hat einen VHost umbenannt</translation>
    </message>
    <message>
        <source>Deleted a vhost</source>
        <translation>Hat einen VHost gelöscht</translation>
    </message>
    <message>
        <source>Made the document root read-only again</source>
        <translation>Hat das Document-Root wieder schreibgeschützt</translation>
    </message>
    <message>
        <source>Changed PHP settings</source>
        <translation>Hat PHP-Einstellungen geändert</translation>
    </message>
    <message>
        <source>Made a certificate request</source>
        <translation>Hat eine Zertifikatsanforderung erstellt</translation>
    </message>
    <message>
        <source>Installed a certificate</source>
        <translation>Hat ein Zertifikat installiert</translation>
    </message>
    <message>
        <source>Installed a self-signed certificate</source>
        <translation>Hat ein selbstsigniertes Zertifikat installiert</translation>
    </message>
    <message>
        <source>Removed a certificate</source>
        <translation>Hat ein Zertifikat entfernt</translation>
    </message>
    <message>
        <source>Took the site offline</source>
        <translation>Hat die Website vom Netz genommen</translation>
    </message>
    <message>
        <source>Served the site again</source>
        <translation>Hat die Website wieder bereitgestellt</translation>
    </message>
    <message>
        <source>Added an SSH key</source>
        <translation>Hat einen SSH-Schlüssel hinzugefügt</translation>
    </message>
    <message>
        <source>Removed an SSH key</source>
        <translation>Hat einen SSH-Schlüssel entfernt</translation>
    </message>
    <message>
        <source>Update shell access on the host</source>
        <translation>Shell-Zugang auf dem Host aktualisieren</translation>
    </message>
    <message>
        <source>Logged in over SSH</source>
        <translation>Per SSH angemeldet</translation>
    </message>
    <message>
        <source>Logged out of SSH</source>
        <translation>Von SSH abgemeldet</translation>
    </message>
    <message>
        <source>Change the cron jobs</source>
        <translation>Die Cron-Jobs ändern</translation>
    </message>
    <message>
        <source>Run a cron job now</source>
        <translation>Einen Cron-Job jetzt ausführen</translation>
    </message>
    <message>
        <source>Changed the cron jobs</source>
        <translation>Hat die Cron-Jobs geändert</translation>
    </message>
    <message>
        <source>Ran a cron job now</source>
        <translation>Hat einen Cron-Job sofort ausgeführt</translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation>Eine Datenbank anlegen</translation>
    </message>
    <message>
        <source>Drop a database</source>
        <translation>Eine Datenbank löschen</translation>
    </message>
    <message>
        <source>Create a database user</source>
        <translation>Einen Datenbankbenutzer anlegen</translation>
    </message>
    <message>
        <source>Reset a database user&apos;s password</source>
        <translation>Das Passwort eines Datenbankbenutzers zurücksetzen</translation>
    </message>
    <message>
        <source>Drop a database user</source>
        <translation>Einen Datenbankbenutzer löschen</translation>
    </message>
    <message>
        <source>Change a database user&apos;s grants</source>
        <translation>Die Rechte eines Datenbankbenutzers ändern</translation>
    </message>
    <message>
        <source>Created a database</source>
        <translation>Hat eine Datenbank angelegt</translation>
    </message>
    <message>
        <source>Dropped a database</source>
        <translation>Hat eine Datenbank gelöscht</translation>
    </message>
    <message>
        <source>Created a database user</source>
        <translation>Hat einen Datenbankbenutzer angelegt</translation>
    </message>
    <message>
        <source>Gave a database user a new password</source>
        <translation>Hat einem Datenbankbenutzer ein neues Passwort gegeben</translation>
    </message>
    <message>
        <source>Dropped a database user</source>
        <translation>Hat einen Datenbankbenutzer gelöscht</translation>
    </message>
    <message>
        <source>Changed a database user&apos;s grants</source>
        <translation>Hat die Rechte eines Datenbankbenutzers geändert</translation>
    </message>
    <message>
        <source>Changed the fleet&apos;s inventory</source>
        <translation>Hat das Inventar der Flotte geändert</translation>
    </message>
    <message>
        <source>Acted on a virtual machine</source>
        <translation>Hat eine virtuelle Maschine bedient</translation>
    </message>
    <message>
        <source>Declined the site&apos;s request</source>
        <translation>Hat die Anfrage der Site abgelehnt</translation>
    </message>
    <message>
        <source>Export a database</source>
        <translation>Eine Datenbank exportieren</translation>
    </message>
    <message>
        <source>Import into a database</source>
        <translation>In eine Datenbank importieren</translation>
    </message>
    <message>
        <source>Exported a database</source>
        <translation>Hat eine Datenbank exportiert</translation>
    </message>
    <message>
        <source>Imported into a database</source>
        <translation>Hat in eine Datenbank importiert</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronDurationChart</name>
    <message>
        <source>Run durations</source>
        <translation>Laufzeiten</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation>Längster: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronFormat</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Sofort ausgeführt</translation>
    </message>
    <message>
        <source>Run now by %1</source>
        <translation>Sofort ausgeführt von %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Variable %1: name</source>
        <translation>Variable %1: Name</translation>
    </message>
    <message>
        <source>Variable %1: value</source>
        <translation>Variable %1: Wert</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>When the last run is still going</source>
        <translation>Wenn der letzte Lauf noch andauert</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Mail on failure</source>
        <translation>Mail bei Fehlschlag</translation>
    </message>
    <message numerus="yes">
        <source>… %n byte(s) not shown …</source>
        <translation>
            <numerusform>… %n Byte nicht gezeigt …</numerusform>
            <numerusform>… %n Bytes nicht gezeigt …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mws::ui::CronHistory</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Ended with</source>
        <translation>Endete mit</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Runs of the job</source>
        <translation>Läufe des Jobs</translation>
    </message>
    <message>
        <source>What the run printed</source>
        <translation>Was der Lauf ausgegeben hat</translation>
    </message>
    <message>
        <source>The runs cannot be shown while the control panel cannot be reached.</source>
        <translation>Die Läufe können nicht gezeigt werden, solange das Control Panel nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Select a job to see its runs.</source>
        <translation>Wählen Sie einen Job, um seine Läufe zu sehen.</translation>
    </message>
    <message>
        <source>Runs of “%1”:</source>
        <translation>Läufe von „%1“:</translation>
    </message>
    <message>
        <source>The runs could not be loaded: %1</source>
        <translation>Die Läufe konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The job has not run yet.</source>
        <translation>Der Job ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>(The run printed nothing.)</source>
        <translation>(Der Lauf hat nichts ausgegeben.)</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronJobDialog</name>
    <message>
        <source>Add a cron job</source>
        <translation>Cron-Job hinzufügen</translation>
    </message>
    <message>
        <source>Edit a cron job</source>
        <translation>Cron-Job bearbeiten</translation>
    </message>
    <message>
        <source>The command runs on the host&apos;s clock (%1) as the site&apos;s user, with /bin/sh.</source>
        <translation>Der Befehl läuft nach der Uhr des Hosts (%1) als Benutzer der Website, mit /bin/sh.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>What the job is for (optional)</source>
        <translation>Wofür der Job da ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Skip the new run</source>
        <translation>Den neuen Lauf auslassen</translation>
    </message>
    <message>
        <source>Wait for the last run to end</source>
        <translation>Warten, bis der letzte Lauf endet</translation>
    </message>
    <message>
        <source>When the last run is still &amp;going:</source>
        <translation>Wenn der letzte Lauf noch &amp;andauert:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Enabled: cron runs the job on its schedule</source>
        <translation>&amp;Aktiv: cron führt den Job nach seinem Zeitplan aus</translation>
    </message>
    <message>
        <source>&amp;Mail the site&apos;s owners when a run fails</source>
        <translation>Den Eigentümern der Website eine &amp;Mail senden, wenn ein Lauf fehlschlägt</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>then it is stopped, with everything it started</source>
        <translation>danach wird er beendet, mit allem, was er gestartet hat</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronNotices</name>
    <message>
        <source>%1: the cron job “%2” ended: %3%4, at %5.</source>
        <translation>%1: Der Cron-Job „%2“ endete: %3%4, um %5.</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronPage</name>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Cron jobs</source>
        <translation>Cron-Jobs</translation>
    </message>
    <message>
        <source>The cron jobs could not be loaded: %1</source>
        <translation>Die Cron-Jobs konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a cron job</source>
        <translation>Cron-Job hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected job</source>
        <translation>Den ausgewählten Job ändern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>A&amp;usschalten</translation>
    </message>
    <message>
        <source>Switch the selected job off or on: a job switched off stays, and never runs</source>
        <translation>Den ausgewählten Job aus- oder einschalten: ein ausgeschalteter Job bleibt bestehen und läuft nie</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Run the selected job at once; what it prints shows in the jobs panel</source>
        <translation>Den ausgewählten Job sofort ausführen; seine Ausgabe erscheint in der Job-Leiste</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>The crontab installed on the host</source>
        <translation>Die auf dem Host installierte Crontab</translation>
    </message>
    <message>
        <source>Installed &amp;crontab</source>
        <translation>Installierte &amp;Crontab</translation>
    </message>
    <message>
        <source>Job %1 (“%2”), %3</source>
        <translation>Job %1 („%2“), %3</translation>
    </message>
    <message>
        <source>Job %1, %2</source>
        <translation>Job %1, %2</translation>
    </message>
    <message>
        <source>Host&apos;s clock: %1</source>
        <translation>Uhr des Hosts: %1</translation>
    </message>
    <message>
        <source>The last run of “%1” ended: %2 (%3), at %4.</source>
        <translation>Der letzte Lauf von „%1“ endete: %2 (%3), um %4.</translation>
    </message>
    <message>
        <source>On: cron runs it on its schedule</source>
        <translation>An: cron führt ihn nach seinem Zeitplan aus</translation>
    </message>
    <message>
        <source>Off: it never runs by itself</source>
        <translation>Aus: er läuft nie von selbst</translation>
    </message>
    <message>
        <source>Not while suspended</source>
        <translation>Nicht, solange gesperrt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Never: the schedule is wrong</source>
        <translation>Nie: der Zeitplan ist fehlerhaft</translation>
    </message>
    <message>
        <source>When the host starts</source>
        <translation>Wenn der Host startet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (clock change)</source>
        <translation>%1 (Zeitumstellung)</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Ei&amp;nschalten</translation>
    </message>
    <message>
        <source>The control panel cannot be reached: the cron jobs are shown as last seen.</source>
        <translation>Das Control Panel ist nicht erreichbar: die Cron-Jobs werden so gezeigt, wie sie zuletzt zu sehen waren.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Your role on this site lets you see its cron jobs, not change them.</source>
        <translation>Ihre Rolle auf dieser Website erlaubt es, ihre Cron-Jobs zu sehen, nicht sie zu ändern.</translation>
    </message>
    <message>
        <source>The site is suspended: no job runs until it is back.</source>
        <translation>Die Website ist gesperrt: kein Job läuft, bis sie wieder aktiv ist.</translation>
    </message>
    <message>
        <source>The site has no cron jobs. Add one to run a command on a schedule.</source>
        <translation>Die Website hat keine Cron-Jobs. Fügen Sie einen hinzu, um einen Befehl nach Zeitplan auszuführen.</translation>
    </message>
    <message>
        <source>Add the cron job “%1”</source>
        <translation>Den Cron-Job „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Change the cron job “%1”</source>
        <translation>Den Cron-Job „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete the cron job “%1”?</source>
        <translation>Den Cron-Job „%1“ löschen?</translation>
    </message>
    <message>
        <source>It will no longer run, and its runs will no longer be shown here.

Its command: %1</source>
        <translation>Er läuft dann nicht mehr, und seine Läufe werden hier nicht mehr gezeigt.

Sein Befehl: %1</translation>
    </message>
    <message>
        <source>Delete the cron job “%1”</source>
        <translation>Den Cron-Job „%1“ löschen</translation>
    </message>
    <message>
        <source>The job will no longer run.</source>
        <translation>Der Job läuft dann nicht mehr.</translation>
    </message>
    <message>
        <source>Switch off the cron job “%1”</source>
        <translation>Den Cron-Job „%1“ ausschalten</translation>
    </message>
    <message>
        <source>The job will not run until it is switched on again.</source>
        <translation>Der Job läuft nicht, bis er wieder eingeschaltet wird.</translation>
    </message>
    <message>
        <source>Switch on the cron job “%1”</source>
        <translation>Den Cron-Job „%1“ einschalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>“%1” was not sent:</source>
        <translation>„%1“ wurde nicht gesendet:</translation>
    </message>
    <message>
        <source>“%1” was not run.</source>
        <translation>„%1“ wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronScheduleEditor</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week; or @hourly, @daily, @weekly, @monthly, @yearly, @reboot</source>
        <translation>Fünf Felder: Minute, Stunde, Tag des Monats, Monat, Wochentag; oder @hourly, @daily, @weekly, @monthly, @yearly, @reboot</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitplan</translation>
    </message>
    <message>
        <source>at minute</source>
        <translation>zur Minute</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>on day </source>
        <translation>am Tag </translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Next runs, in this computer&apos;s time:</source>
        <translation>Nächste Läufe, in der Zeit dieses Computers:</translation>
    </message>
    <message>
        <source>No run in the next 30 years.</source>
        <translation>Kein Lauf in den nächsten 30 Jahren.</translation>
    </message>
    <message>
        <source>%1 (%2 on the host&apos;s clock)</source>
        <translation>%1 (%2 nach der Uhr des Hosts)</translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabaseNameDialog</name>
    <message>
        <source>Name after the site&apos;s prefix %1</source>
        <translation>Name nach dem Präfix der Site %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Collation (character set utf8mb4):</source>
        <translation>&amp;Sortierung (Zeichensatz utf8mb4):</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabaseTransferBar</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save a compressed dump of the selected database on this computer</source>
        <translation>Einen komprimierten Dump der ausgewählten Datenbank auf diesem Computer speichern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Replace the selected database with a dump (.sql or .sql.gz) from this computer</source>
        <translation>Die ausgewählte Datenbank durch einen Dump (.sql oder .sql.gz) von diesem Computer ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the transfer</source>
        <translation>Die Übertragung anhalten</translation>
    </message>
    <message>
        <source>The job could not be followed: %1</source>
        <translation>Der Auftrag konnte nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Compressed SQL dumps (*.sql.gz)</source>
        <translation>Komprimierte SQL-Dumps (*.sql.gz)</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <source>SQL dumps (*.sql *.sql.gz *.gz)</source>
        <translation>SQL-Dumps (*.sql *.sql.gz *.gz)</translation>
    </message>
    <message>
        <source>Import Into Database</source>
        <translation>In Datenbank importieren</translation>
    </message>
    <message>
        <source>Importing %1 replaces everything %2 holds now: its tables, rows, views, triggers and routines. If the dump fails part way, %2 stays exactly as it was.</source>
        <translation>Der Import von %1 ersetzt alles, was %2 jetzt enthält: Tabellen, Zeilen, Views, Trigger und Routinen. Scheitert der Dump mittendrin, bleibt %2 genau so, wie es war.</translation>
    </message>
    <message>
        <source>Type the name %1 to import into it:</source>
        <translation>Geben Sie den Namen %1 ein, um in sie zu importieren:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>The export was not started: %1</source>
        <translation>Der Export wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Sending %1: %2 of %3</source>
        <translation>%1 wird gesendet: %2 von %3</translation>
    </message>
    <message>
        <source>The dump was not sent: %1</source>
        <translation>Der Dump wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Import in %1…</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 wurde in %2 importiert.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>%1 wird heruntergeladen: %2</translation>
    </message>
    <message>
        <source>The dump was not saved: %1</source>
        <translation>Der Dump wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabasesPage</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>The site&apos;s PHP reaches its databases as localhost, over the host&apos;s MariaDB socket. From this computer, open a tunnel on the SSH page (Open Tunnel) and connect to 127.0.0.1 at the port it shows, as one of the users below.</source>
        <translation>Das PHP der Site erreicht seine Datenbanken als localhost über den MariaDB-Socket des Hosts. Öffnen Sie von diesem Computer aus auf der SSH-Seite einen Tunnel (Tunnel öffnen) und verbinden Sie sich mit 127.0.0.1 an dem dort angezeigten Port, als einer der Benutzer unten.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create a database for the site</source>
        <translation>Eine Datenbank für die Site anlegen</translation>
    </message>
    <message>
        <source>Drop Data&amp;base…</source>
        <translation>Datenbank lö&amp;schen…</translation>
    </message>
    <message>
        <source>Delete the selected database and everything in it</source>
        <translation>Die gewählte Datenbank mit allem darin löschen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Database users</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>New &amp;User…</source>
        <translation>Neuer &amp;Benutzer…</translation>
    </message>
    <message>
        <source>Create a database user; its password is shown once</source>
        <translation>Einen Datenbankbenutzer anlegen; sein Passwort wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Res&amp;et Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Give the selected user a new password, shown once; the old one stops working</source>
        <translation>Dem gewählten Benutzer ein neues Passwort geben, einmal angezeigt; das alte gilt nicht mehr</translation>
    </message>
    <message>
        <source>Drop Us&amp;er…</source>
        <translation>Benutzer l&amp;öschen…</translation>
    </message>
    <message>
        <source>Delete the selected database user</source>
        <translation>Den gewählten Datenbankbenutzer löschen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>What each user may do in each database</source>
        <translation>Was jeder Benutzer in jeder Datenbank darf</translation>
    </message>
    <message>
        <source>Grants (users × databases)</source>
        <translation>Rechte (Benutzer × Datenbanken)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name typed back</source>
        <translation>Zurückgetippter Name</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>The databases could not be loaded: %1</source>
        <translation>Die Datenbanken konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No site is selected.</source>
        <translation>Keine Site ausgewählt.</translation>
    </message>
    <message>
        <source>Offline: this is the copy last read from the panel; nothing can be changed until it can be reached.</source>
        <translation>Offline: Dies ist die zuletzt vom Panel gelesene Kopie; nichts kann geändert werden, bis es erreichbar ist.</translation>
    </message>
    <message>
        <source>Offline: the panel cannot be reached, and no copy of the site&apos;s databases was kept.</source>
        <translation>Offline: Das Panel ist nicht erreichbar, und keine Kopie der Datenbanken der Site wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>You may look at the site&apos;s databases but not change them.</source>
        <translation>Sie dürfen die Datenbanken der Site ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The site has no databases yet.</source>
        <translation>Die Site hat noch keine Datenbanken.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Its socket and tunnel accounts differ; reset its password</source>
        <translation>Seine Socket- und Tunnel-Konten weichen ab; setzen Sie sein Passwort zurück</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>%1: not done.</source>
        <translation>%1: nicht ausgeführt.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>The database&apos;s name starts with the site&apos;s prefix. Its character set is utf8mb4.</source>
        <translation>Der Name der Datenbank beginnt mit dem Präfix der Site. Ihr Zeichensatz ist utf8mb4.</translation>
    </message>
    <message>
        <source>Create database %1</source>
        <translation>Datenbank %1 anlegen</translation>
    </message>
    <message>
        <source>Drop database %1</source>
        <translation>Datenbank %1 löschen</translation>
    </message>
    <message>
        <source>New Database User</source>
        <translation>Neuer Datenbankbenutzer</translation>
    </message>
    <message>
        <source>The user&apos;s name starts with the site&apos;s prefix. Its password is made by the panel and shown once; grant it databases in the grants table.</source>
        <translation>Der Name des Benutzers beginnt mit dem Präfix der Site. Sein Passwort erzeugt das Panel und zeigt es einmal; geben Sie ihm Datenbanken in der Rechtetabelle.</translation>
    </message>
    <message>
        <source>Create database user %1</source>
        <translation>Datenbankbenutzer %1 anlegen</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working once the job has run: update the site&apos;s configuration with the new one.</source>
        <translation>%1 ein neues Passwort geben? Das alte gilt nicht mehr, sobald der Auftrag gelaufen ist: Tragen Sie das neue in die Konfiguration der Site ein.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Das Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Drop User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Drop the database user %1? Whatever connects as it (the site&apos;s PHP, a tunnel) stops working; its databases stay.</source>
        <translation>Den Datenbankbenutzer %1 löschen? Was sich als er verbindet (das PHP der Site, ein Tunnel), funktioniert nicht mehr; seine Datenbanken bleiben.</translation>
    </message>
    <message>
        <source>Drop database user %1</source>
        <translation>Datenbankbenutzer %1 löschen</translation>
    </message>
    <message>
        <source>Change the grants of %1</source>
        <translation>Die Rechte von %1 ändern</translation>
    </message>
    <message>
        <source>The databases are not available here: %1</source>
        <translation>Die Datenbanken sind hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Dropping %1 deletes its tables and every row in them; it cannot be undone.</source>
        <translation>Das Löschen von %1 entfernt seine Tabellen und alle Zeilen darin; es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>These users lose their grants on it: %1.</source>
        <translation>Diese Benutzer verlieren ihre Rechte daran: %1.</translation>
    </message>
    <message>
        <source>Drop Database</source>
        <translation>Datenbank löschen</translation>
    </message>
    <message>
        <source>Type the name %1 to drop it:</source>
        <translation>Geben Sie den Namen %1 ein, um sie zu löschen:</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Look Inside…</source>
        <translation>&amp;Hineinsehen…</translation>
    </message>
    <message>
        <source>The selected database&apos;s tables: their first rows and CREATE statements, read-only</source>
        <translation>Die Tabellen der ausgewählten Datenbank: ihre ersten Zeilen und CREATE-Anweisungen, nur zum Lesen</translation>
    </message>
</context>
<context>
    <name>mws::ui::DiffDialog</name>
    <message>
        <source>new file</source>
        <translation>neue Datei</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>Änderung prüfen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The panel will change these files on the site&apos;s server:</source>
        <translation>Die Verwaltungsoberfläche ändert diese Dateien auf dem Server der Website:</translation>
    </message>
    <message>
        <source>No configuration file changes; only what the panel stores changes.</source>
        <translation>Keine Konfigurationsdatei ändert sich; nur die in der Verwaltungsoberfläche gespeicherten Angaben ändern sich.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <source>This cannot be undone from here. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dies lässt sich hier nicht rückgängig machen. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Geben Sie zur Bestätigung %1 ein</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
</context>
<context>
    <name>mws::ui::EditorFooter</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Zeile %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Reloaded: someone changed the settings, so your changes were replaced by what the site has now.</source>
        <translation>Neu geladen: Jemand hat die Einstellungen geändert, daher wurden Ihre Änderungen durch den aktuellen Stand der Website ersetzt.</translation>
    </message>
    <message>
        <source>The settings cannot be changed now.</source>
        <translation>Die Einstellungen können jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Beheben Sie zuerst die Probleme.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>See what would change on the server before applying it.</source>
        <translation>Sehen Sie sich vor dem Anwenden an, was sich auf dem Server ändern würde.</translation>
    </message>
</context>
<context>
    <name>mws::ui::ErrorDetails</name>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Open this site&apos;s files over SFTP, as yourself</source>
        <translation>Die Dateien dieser Site über SFTP öffnen, unter Ihrem eigenen Konto</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>The folder this one is in</source>
        <translation>Der Ordner, in dem dieser liegt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Up&amp;load…</source>
        <translation>Hoch&amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>Herunterla&amp;den…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Asking the panel how to connect…</source>
        <translation>Das Panel wird gefragt, wie die Verbindung herzustellen ist…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected as %1 to %2 (host key %3, as the panel says).</source>
        <translation>Als %1 mit %2 verbunden (Host-Schlüssel %3, wie das Panel ihn angibt).</translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation>Der Schlüssel braucht seine Passphrase.</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Select a site to open its files.</source>
        <translation>Wählen Sie eine Site, um ihre Dateien zu öffnen.</translation>
    </message>
    <message>
        <source>The panel cannot be reached, so the app cannot connect to this site.</source>
        <translation>Das Panel ist nicht erreichbar, daher kann die App keine Verbindung zu dieser Site herstellen.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Ein Name ist nötig.</translation>
    </message>
    <message>
        <source>“%1” cannot be a name: a name has no “/” and is not “.” or “..”.</source>
        <translation>„%1“ kann kein Name sein: Ein Name enthält kein „/“ und ist weder „.“ noch „..“.</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Nach %1 hochladen</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>%1 herunterladen nach</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>Nach %1 heruntergeladen.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Made the folder %1.</source>
        <translation>Der Ordner %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Neuer Name von %1:</translation>
    </message>
    <message>
        <source>%1 is there already: choose another name, or delete it first.</source>
        <translation>%1 gibt es schon: Wählen Sie einen anderen Namen oder löschen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 wurde in %2 umbenannt.</translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it? This cannot be undone.</source>
        <translation>Den Ordner %1 mit allem, was darin ist, löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation>&amp;Rechte…</translation>
    </message>
    <message>
        <source>Who may read, write and run it, as chmod&apos;s octal number</source>
        <translation>Wer es lesen, schreiben und ausführen darf, als Oktalzahl wie bei chmod</translation>
    </message>
    <message>
        <source>Permissions of %1 as an octal number (644: you read and write, everyone reads; 664: the site&apos;s members write too):</source>
        <translation>Rechte von %1 als Oktalzahl (644: Sie lesen und schreiben, alle lesen; 664: auch die Mitglieder der Site schreiben):</translation>
    </message>
    <message>
        <source>“%1” is not a mode: give three octal digits, such as 644 or 755.</source>
        <translation>„%1“ sind keine Rechte: Geben Sie drei Oktalziffern an, etwa 644 oder 755.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt %2.</translation>
    </message>
    <message>
        <source>the session ended</source>
        <translation>die Sitzung wurde beendet</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected transfer, or take it out of the queue before it runs</source>
        <translation>Die gewählte Übertragung anhalten, oder sie aus der Warteschlange nehmen, bevor sie läuft</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Queue it again: it continues where it stopped</source>
        <translation>Erneut einreihen: sie setzt dort fort, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the selected finished transfer off the list</source>
        <translation>Die gewählte beendete Übertragung aus der Liste nehmen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <source>Take every finished, failed and cancelled transfer off the list</source>
        <translation>Alle beendeten, fehlgeschlagenen und abgebrochenen Übertragungen aus der Liste nehmen</translation>
    </message>
</context>
<context>
    <name>mws::ui::FleetWindow</name>
    <message>
        <source>Fleet — MWS Admin</source>
        <translation>Flotte — MWS Admin</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Filter by name, hypervisor, cluster or state</source>
        <translation>Nach Name, Hypervisor, Cluster oder Zustand filtern</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation>&amp;Herunterfahren</translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation>&amp;Ausschalten erzwingen…</translation>
    </message>
    <message>
        <source>Reading the fleet&apos;s inventory…</source>
        <translation>Das Inventar der Flotte wird gelesen…</translation>
    </message>
    <message>
        <source>The fleet is shown in staff mode only.</source>
        <translation>Die Flotte wird nur im Mitarbeitermodus angezeigt.</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>Das Inventar konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The inventory lists no hypervisors yet.</source>
        <translation>Das Inventar führt noch keine Hypervisoren auf.</translation>
    </message>
    <message>
        <source>Force off %1?</source>
        <translation>%1 hart ausschalten?</translation>
    </message>
    <message>
        <source>%1 on %2 is switched off at once, as if its power were cut: what it has not written to disk is lost.</source>
        <translation>%1 auf %2 wird sofort ausgeschaltet, als würde der Strom getrennt: Was noch nicht auf die Platte geschrieben wurde, geht verloren.</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation>%1: %2 erledigt.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (verbunden)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) on: %1</source>
        <translation>
            <numerusform>%n VM auf: %1</numerusform>
            <numerusform>%n VMs auf: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>mws::ui::HostingController</name>
    <message>
        <source>Loading the site&apos;s web hosting…</source>
        <translation>Das Webhosting der Website wird geladen …</translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation>Keine Website ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is not active (%2). Web sites, PHP and Apache settings can be changed while a site is active.</source>
        <translation>%1 ist nicht aktiv (%2). Websites sowie PHP- und Apache-Einstellungen können geändert werden, solange eine Website aktiv ist.</translation>
    </message>
    <message>
        <source>There are no web sites, PHP or Apache settings to show: %1 Use File → Refresh to ask again.</source>
        <translation>Es gibt keine Websites, PHP- oder Apache-Einstellungen zum Anzeigen: %1 Mit Datei → Aktualisieren fragen Sie erneut an.</translation>
    </message>
    <message>
        <source>The site&apos;s web hosting could not be loaded: the control panel cannot be reached.</source>
        <translation>Das Webhosting der Website konnte nicht geladen werden: Die Verwaltungsoberfläche ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The site&apos;s web hosting could not be loaded: %1</source>
        <translation>Das Webhosting der Website konnte nicht geladen werden: %1</translation>
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
    <name>mws::ui::KeyChooser</name>
    <message>
        <source>Another private key…</source>
        <translation>Anderer privater Schlüssel…</translation>
    </message>
    <message>
        <source>Log in with a private key</source>
        <translation>Mit einem privaten Schlüssel anmelden</translation>
    </message>
    <message>
        <source>%1 (in the keychain)</source>
        <translation>%1 (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>The key %1 could not be read from the keychain: %2</source>
        <translation>Der Schlüssel %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>Die Passphrase von %1:</translation>
    </message>
</context>
<context>
    <name>mws::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>S&amp;ystemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>MWS Admin will follow the system&apos;s language the next time it starts.</source>
        <translation>Beim nächsten Start folgt MWS Admin der Sprache des Systems.</translation>
    </message>
    <message>
        <source>MWS Admin will start in %1 the next time.</source>
        <translation>Beim nächsten Start verwendet MWS Admin %1.</translation>
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
        <source>Jobs</source>
        <translation>Aufträge</translation>
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
    <message>
        <source>“%1” finished.</source>
        <translation>„%1“ ist abgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” ended: %2</source>
        <translation>„%1“ wurde beendet: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::MemberDialog</name>
    <message>
        <source>Give someone access</source>
        <translation>Jemandem Zugriff geben</translation>
    </message>
    <message>
        <source>Type the person&apos;s CRSid and choose what they may do. Their access starts at once.</source>
        <translation>Geben Sie die CRSid der Person ein und wählen Sie, was sie tun darf. Ihr Zugriff beginnt sofort.</translation>
    </message>
    <message>
        <source>Change %1&apos;s role</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Choose what %1 may do on this site.</source>
        <translation>Wählen Sie, was %1 auf dieser Website tun darf.</translation>
    </message>
    <message>
        <source>e.g. abc123</source>
        <translation>z. B. abc123</translation>
    </message>
    <message>
        <source>&amp;CRSid:</source>
        <translation>&amp;CRSid:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Owners and administrators manage the site in this panel; only owners may add or remove owners. SSH-only members have a shell on the site and no access to this panel.</source>
        <translation>Eigentümer und Administratoren verwalten die Website in dieser Verwaltungsoberfläche; nur Eigentümer dürfen Eigentümer hinzufügen oder entfernen. Mitglieder mit „Nur SSH“ haben eine Shell auf der Website und keinen Zugriff auf diese Verwaltungsoberfläche.</translation>
    </message>
</context>
<context>
    <name>mws::ui::MembersEditor</name>
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
        <source>A&amp;dd person…</source>
        <translation>Person hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>Give someone a role on this site</source>
        <translation>Jemandem eine Rolle auf dieser Website geben</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Only the site&apos;s owners and administrators can change who has access.</source>
        <translation>Nur die Eigentümer und Administratoren der Website können ändern, wer Zugriff hat.</translation>
    </message>
    <message>
        <source>The control panel cannot be reached.</source>
        <translation>Die Verwaltungsoberfläche ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 was not given access.</source>
        <translation>%1 hat keinen Zugriff erhalten.</translation>
    </message>
    <message>
        <source>%1&apos;s role was not changed.</source>
        <translation>Die Rolle von %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 loses access to the panel for this site and shell access to the site; every SSH session of theirs on the host ends now, on other sites too.</source>
        <translation>%1 verliert den Zugriff auf die Verwaltungsoberfläche für diese Website und den Shell-Zugriff auf die Website; jede SSH-Sitzung dieser Person auf dem Host endet jetzt, auch auf anderen Websites.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>%1 still has access.</source>
        <translation>%1 hat weiterhin Zugriff.</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
</context>
<context>
    <name>mws::ui::OverviewPage</name>
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
    <name>mws::ui::PasswordDialog</name>
    <message>
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>The password of %1. It is shown this once: the panel keeps only its hash, and this app does not keep it. Copy it to where it is needed (the site&apos;s configuration) before closing.</source>
        <translation>Das Passwort von %1. Es wird nur dieses eine Mal angezeigt: Das Panel bewahrt nur seinen Hash auf, und diese App bewahrt es nicht auf. Kopieren Sie es vor dem Schließen dorthin, wo es gebraucht wird (in die Konfiguration der Site).</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>mws::ui::PhpPage</name>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 s</source>
        <translation>%1 – %2 s</translation>
    </message>
    <message>
        <source>On/Off</source>
        <translation>On/Off</translation>
    </message>
    <message>
        <source>a time zone, like Europe/London</source>
        <translation>eine Zeitzone, etwa Europe/London</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>one of %n choices</source>
        <translation>
            <numerusform>eines von %n möglichen Werten</numerusform>
            <numerusform>eines von %n möglichen Werten</numerusform>
        </translation>
    </message>
    <message>
        <source>One of:
%1</source>
        <translation>Eines von:
%1</translation>
    </message>
    <message>
        <source>A size in bytes, or with K, M or G: from %1 to %2.</source>
        <translation>Eine Größe in Byte oder mit K, M oder G: von %1 bis %2.</translation>
    </message>
    <message>
        <source>Comments start with “;” in PHP settings.</source>
        <translation>In PHP-Einstellungen beginnen Kommentare mit „;“.</translation>
    </message>
    <message>
        <source>Sections like [PHP] are not needed: write one “name = value” a line.</source>
        <translation>Abschnitte wie [PHP] werden nicht benötigt: Schreiben Sie ein „name = wert“ pro Zeile.</translation>
    </message>
    <message>
        <source>Write the setting as “name = value”.</source>
        <translation>Schreiben Sie die Einstellung als „name = wert“.</translation>
    </message>
    <message>
        <source>Give the setting&apos;s name before “=”.</source>
        <translation>Geben Sie den Namen der Einstellung vor dem „=“ an.</translation>
    </message>
    <message>
        <source>“%1” is not a setting name.</source>
        <translation>„%1“ ist kein Name einer Einstellung.</translation>
    </message>
    <message>
        <source>%1 is already set on line %2.</source>
        <translation>%1 ist bereits in Zeile %2 gesetzt.</translation>
    </message>
    <message>
        <source>PHP settings</source>
        <translation>PHP-Einstellungen</translation>
    </message>
    <message>
        <source>What you can &amp;set (double-click to add it below):</source>
        <translation>Was Sie &amp;festlegen können (Doppelklick fügt es unten ein):</translation>
    </message>
    <message>
        <source>PHP settings a site can change</source>
        <translation>PHP-Einstellungen, die eine Website ändern kann</translation>
    </message>
    <message>
        <source>This site&apos;s s&amp;ettings:</source>
        <translation>&amp;Einstellungen dieser Website:</translation>
    </message>
    <message>
        <source>This site&apos;s PHP settings, one “name = value” a line</source>
        <translation>PHP-Einstellungen dieser Website, ein „name = wert“ pro Zeile</translation>
    </message>
    <message>
        <source>; Nothing set: the site uses the defaults shown above.</source>
        <translation>; Nichts festgelegt: Die Website verwendet die oben angezeigten Standardwerte.</translation>
    </message>
    <message>
        <source>Problems with the PHP settings</source>
        <translation>Probleme mit den PHP-Einstellungen</translation>
    </message>
    <message>
        <source>Show the site&apos;s settings again, dropping your changes.</source>
        <translation>Die Einstellungen der Website erneut anzeigen und Ihre Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>One setting a line, as &lt;code&gt;name = value&lt;/code&gt;. Lines starting with &lt;code&gt;;&lt;/code&gt; are comments; they are not kept.</source>
        <translation>Eine Einstellung pro Zeile, als &lt;code&gt;name = wert&lt;/code&gt;. Zeilen, die mit &lt;code&gt;;&lt;/code&gt; beginnen, sind Kommentare; sie werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>Er&amp;weiterungen</translation>
    </message>
    <message>
        <source>Optional PHP extensions</source>
        <translation>Optionale PHP-Erweiterungen</translation>
    </message>
    <message>
        <source>This host offers no optional extensions.</source>
        <translation>Dieser Host bietet keine optionalen Erweiterungen an.</translation>
    </message>
    <message>
        <source>PHP %1 on this site&apos;s host</source>
        <translation>PHP %1 auf dem Host dieser Website</translation>
    </message>
    <message>
        <source>Always loaded: %1</source>
        <translation>Immer geladen: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scripts cannot raise it with ini_set().</source>
        <translation>Skripte können den Wert nicht mit ini_set() erhöhen.</translation>
    </message>
    <message>
        <source>Set for this site</source>
        <translation>Für diese Website festgelegt</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Not set: the site gets the default</source>
        <translation>Nicht festgelegt: Die Website erhält den Standardwert</translation>
    </message>
    <message>
        <source>%1 (not offered by this host any more)</source>
        <translation>%1 (von diesem Host nicht mehr angeboten)</translation>
    </message>
    <message>
        <source>Change the PHP settings</source>
        <translation>PHP-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Extension %1</source>
        <translation>Erweiterung %1</translation>
    </message>
    <message>
        <source>PHP setting %1</source>
        <translation>PHP-Einstellung %1</translation>
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
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1
Declined: %2</source>
        <translation>%1
Abgelehnt: %2</translation>
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
    <name>mws::ui::SitePages</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Web sites</source>
        <translation>&amp;Websites</translation>
    </message>
    <message>
        <source>&amp;PHP</source>
        <translation>&amp;PHP</translation>
    </message>
    <message>
        <source>Apa&amp;che</source>
        <translation>Apa&amp;che</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <source>&amp;SSH</source>
        <translation>&amp;SSH</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>C&amp;ron</source>
        <translation>C&amp;ron</translation>
    </message>
    <message>
        <source>&amp;Databases</source>
        <translation>&amp;Datenbanken</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestBanner</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Request a Site…</source>
        <translation>Site &amp;beantragen…</translation>
    </message>
    <message>
        <source>Ask for a new site on this account&apos;s control panel; staff approve it</source>
        <translation>Eine neue Site beim Control Panel dieses Kontos beantragen; Mitarbeiter genehmigen sie</translation>
    </message>
    <message>
        <source>“%1” is requested: it is in your list, waiting for staff.</source>
        <translation>„%1“ ist beantragt: Es steht in Ihrer Liste und wartet auf die Mitarbeiter.</translation>
    </message>
    <message>
        <source>“%1” was created at once (staff mode): it is in the list.</source>
        <translation>„%1“ wurde sofort angelegt (Mitarbeitermodus): Es steht in der Liste.</translation>
    </message>
    <message>
        <source>“%1” is approved: it is ready in your list.</source>
        <translation>„%1“ ist genehmigt: Es steht bereit in Ihrer Liste.</translation>
    </message>
    <message>
        <source>“%1” was declined: %2</source>
        <translation>„%1“ wurde abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestDialog</name>
    <message>
        <source>Request a site</source>
        <translation>Site beantragen</translation>
    </message>
    <message>
        <source>Staff look at each request and put the site on one of the service&apos;s hosts, or tell you why not. Until then it waits in your list.</source>
        <translation>Mitarbeiter prüfen jede Anfrage und legen die Site auf einem Host des Dienstes an oder sagen Ihnen, warum nicht. Bis dahin wartet sie in Ihrer Liste.</translation>
    </message>
    <message>
        <source>e.g. Department of Chemistry outreach</source>
        <translation>z. B. Öffentlichkeitsarbeit des Department of Chemistry</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the site is for (optional)</source>
        <translation>Wofür die Site ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>webmaster@example.cam.ac.uk</source>
        <translation>webmaster@example.cam.ac.uk</translation>
    </message>
    <message>
        <source>&amp;Webmaster address:</source>
        <translation>&amp;Webmaster-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Beantragen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Webmaster address</source>
        <translation>Webmaster-Adresse</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestsPanel</name>
    <message>
        <source>Site requests</source>
        <translation>Site-Anfragen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Webmaster</source>
        <translation>Webmaster</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wofür sie ist</translation>
    </message>
    <message>
        <source>The host the site will live on</source>
        <translation>Der Host, auf dem die Site liegen wird</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Why not (the owner reads this)</source>
        <translation>Warum nicht (der Besitzer liest das)</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Die Anfragen werden gelesen…</translation>
    </message>
    <message>
        <source>Site requests are shown in staff mode only.</source>
        <translation>Site-Anfragen werden nur im Mitarbeitermodus gezeigt.</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Die Anfragen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No site is waiting for approval.</source>
        <translation>Keine Site wartet auf Genehmigung.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) waiting.</source>
        <translation>
            <numerusform>%n Site wartet.</numerusform>
            <numerusform>%n Sites warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not decided: %2</source>
        <translation>Über %1 wurde nicht entschieden: %2</translation>
    </message>
    <message>
        <source>%1 is approved, on %2.</source>
        <translation>%1 ist genehmigt, auf %2.</translation>
    </message>
    <message>
        <source>%1 is declined; its owner sees why.</source>
        <translation>%1 ist abgelehnt; der Besitzer sieht, warum.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SnapshotDialog</name>
    <message>
        <source>Take a Snapshot of %1</source>
        <translation>Snapshot von %1 anlegen</translation>
    </message>
    <message>
        <source>The snapshot keeps %1&apos;s disks, and its memory if it is running, as they are now, so that it can be reverted to them later. Taking it is recorded in the panel&apos;s audit trail.</source>
        <translation>Der Snapshot hält die Festplatten von %1 und, falls sie läuft, ihren Speicher so fest, wie sie jetzt sind, damit sie später darauf zurückgesetzt werden kann. Das Anlegen wird im Prüfprotokoll des Panels festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Why it was taken: before an upgrade, say</source>
        <translation>Warum er angelegt wurde: etwa vor einem Upgrade</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>Snapshot &amp;anlegen</translation>
    </message>
    <message>
        <source>Give the snapshot a name.</source>
        <translation>Geben Sie dem Snapshot einen Namen.</translation>
    </message>
    <message>
        <source>A snapshot&apos;s name has at most %1 characters.</source>
        <translation>Der Name eines Snapshots hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes and underscores, starting with a letter or digit.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>This VM already has a snapshot called %1.</source>
        <translation>Diese VM hat bereits einen Snapshot namens %1.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SshKeyGenDialog</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Generate an SSH key</source>
        <translation>SSH-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>A new Ed25519 key is made on this computer. Its private half is written to the file below and never leaves it; its public half is added to your keys.</source>
        <translation>Auf diesem Computer wird ein neuer Ed25519-Schlüssel erzeugt. Sein privater Teil wird in die Datei unten geschrieben und verlässt den Computer nie; sein öffentlicher Teil wird Ihren Schlüsseln hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Optional, but it protects the key if the file is copied</source>
        <translation>Optional, schützt aber den Schlüssel, falls die Datei kopiert wird</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>Datei des privaten &amp;Schlüssels:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Say where the private key is to be written.</source>
        <translation>Geben Sie an, wohin der private Schlüssel geschrieben werden soll.</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation>%1 ist ein Ordner: Nennen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>Where to write the private key</source>
        <translation>Wohin der private Schlüssel geschrieben wird</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. If you replace it, the key it holds is lost for good.</source>
        <translation>%1 gibt es bereits. Wenn Sie die Datei ersetzen, ist der Schlüssel darin für immer verloren.</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>Der Schlüssel wird erzeugt …</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Keep the private key in the system keychain instead of a file</source>
        <translation>Den privaten Schlüssel im &amp;Schlüsselbund des Systems statt in einer Datei aufbewahren</translation>
    </message>
    <message>
        <source>The app&apos;s Files tab and database tunnel can use it; the system&apos;s ssh cannot.</source>
        <translation>Der Dateien-Reiter und der Datenbank-Tunnel der App können ihn nutzen, das ssh des Systems nicht.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SshPage</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Your keys could not be loaded: %1</source>
        <translation>Ihre Schlüssel konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Shell access to this site</source>
        <translation>Shell-Zugriff auf diese Website</translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation>SSH-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>The command that opens a shell on the site, to paste into a terminal</source>
        <translation>Der Befehl, der eine Shell auf der Website öffnet, zum Einfügen in ein Terminal</translation>
    </message>
    <message>
        <source>Who has a shell here, and why:</source>
        <translation>Wer hier eine Shell hat, und warum:</translation>
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
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>People with shell access</source>
        <translation>Personen mit Shell-Zugriff</translation>
    </message>
    <message>
        <source>Your SSH keys</source>
        <translation>Ihre SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Your keys open every site where you have shell access, not only this one.</source>
        <translation>Ihre Schlüssel öffnen jede Website, auf der Sie Shell-Zugriff haben, nicht nur diese.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>Schlüssel &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Paste a public key or import a .pub file</source>
        <translation>Einen öffentlichen Schlüssel einfügen oder eine .pub-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Remove key…</source>
        <translation>Schlüssel ent&amp;fernen …</translation>
    </message>
    <message>
        <source>The host&apos;s keys</source>
        <translation>Die Schlüssel des Hosts</translation>
    </message>
    <message>
        <source>Compare these with what ssh shows the first time it connects, or publish the SSHFP records in the site&apos;s DNS zone so that ssh can check the host by itself.</source>
        <translation>Vergleichen Sie diese mit dem, was ssh bei der ersten Verbindung anzeigt, oder veröffentlichen Sie die SSHFP-Einträge in der DNS-Zone der Website, damit ssh den Host selbst prüfen kann.</translation>
    </message>
    <message>
        <source>The host&apos;s key fingerprints</source>
        <translation>Die Fingerabdrücke der Host-Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SSHFP record</source>
        <translation>SSHFP-Eintrag</translation>
    </message>
    <message>
        <source>SSHFP records</source>
        <translation>SSHFP-Einträge</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprints</source>
        <translation>&amp;Fingerabdrücke kopieren</translation>
    </message>
    <message>
        <source>Copy SSHF&amp;P records</source>
        <translation>SSHF&amp;P-Einträge kopieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Open a shell on the site with:</source>
        <translation>Öffnen Sie eine Shell auf der Website mit:</translation>
    </message>
    <message>
        <source>Your role on this site gives you no shell. Who has one:</source>
        <translation>Ihre Rolle auf dieser Website gibt Ihnen keine Shell. Wer eine hat:</translation>
    </message>
    <message>
        <source>This site&apos;s host offers no shell access. Your keys can be managed below all the same: they open every other site where you have shell access.</source>
        <translation>Der Host dieser Website bietet keinen Shell-Zugriff. Ihre Schlüssel können Sie unten trotzdem verwalten: Sie öffnen jede andere Website, auf der Sie Shell-Zugriff haben.</translation>
    </message>
    <message>
        <source>Who has shell access could not be loaded: %1</source>
        <translation>Wer Shell-Zugriff hat, konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The control panel cannot be reached: your keys are shown as last seen.</source>
        <translation>Die Verwaltungsoberfläche ist nicht erreichbar: Ihre Schlüssel werden so angezeigt, wie sie zuletzt geladen wurden.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n key(s), as many as one person may keep.</source>
        <translation>
            <numerusform>Sie haben %n Schlüssel, so viele, wie eine Person haben darf.</numerusform>
            <numerusform>Sie haben %n Schlüssel, so viele, wie eine Person haben darf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was not added.</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove the key %1?</source>
        <translation>Den Schlüssel %1 entfernen?</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer open any site, on any host of this panel.</source>
        <translation>%1 (%2) öffnet dann keine Website mehr, auf keinem Host dieser Verwaltungsoberfläche.</translation>
    </message>
    <message>
        <source>The key was not removed.</source>
        <translation>Der Schlüssel wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation>Schlüssel &amp;erzeugen …</translation>
    </message>
    <message>
        <source>Make a new key pair on this computer and add its public half</source>
        <translation>Ein neues Schlüsselpaar auf diesem Computer erzeugen und seinen öffentlichen Teil hinzufügen</translation>
    </message>
    <message>
        <source>The key was not added to your keys. Its private half is in %1 and its public half in %1.pub: add that file with Add key… later.</source>
        <translation>Der Schlüssel wurde Ihren Schlüsseln nicht hinzugefügt. Sein privater Teil liegt in %1, sein öffentlicher in %1.pub: Fügen Sie diese Datei später mit „Schlüssel hinzufügen …“ hinzu.</translation>
    </message>
    <message>
        <source>SSH key added</source>
        <translation>SSH-Schlüssel hinzugefügt</translation>
    </message>
    <message>
        <source>The new key is one of your keys now. Its private half was written to %1 (its public half beside it, in %1.pub); ssh uses it when told so:

ssh -i %1 …</source>
        <translation>Der neue Schlüssel gehört jetzt zu Ihren Schlüsseln. Sein privater Teil wurde nach %1 geschrieben (sein öffentlicher daneben, in %1.pub); ssh verwendet ihn, wenn man es angibt:

ssh -i %1 …</translation>
    </message>
    <message>
        <source>The key was not added to your keys. Its private half is in the keychain; generate another to try again.</source>
        <translation>Der Schlüssel wurde nicht zu Ihren Schlüsseln hinzugefügt. Seine private Hälfte ist im Schlüsselbund; erzeugen Sie einen weiteren, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The new key is one of your keys now. Its private half is kept in your system&apos;s keychain, not in a file: this app&apos;s Files tab and database tunnel log in with it (the system&apos;s ssh cannot).</source>
        <translation>Der neue Schlüssel gehört jetzt zu Ihren Schlüsseln. Seine private Hälfte liegt im Schlüsselbund Ihres Systems, nicht in einer Datei: Der Dateien-Reiter und der Datenbank-Tunnel dieser App melden sich damit an (das ssh des Systems kann das nicht).</translation>
    </message>
</context>
<context>
    <name>mws::ui::StaffBanner</name>
    <message>
        <source>&amp;Leave Staff Mode</source>
        <translation>Mitarbeitermodus &amp;verlassen</translation>
    </message>
    <message>
        <source>Enter &amp;Staff Mode…</source>
        <translation>In den &amp;Mitarbeitermodus wechseln…</translation>
    </message>
    <message>
        <source>Sign in again with Raven to act as staff for a while; everything you do then is recorded</source>
        <translation>Erneut mit Raven anmelden, um eine Zeit lang als Mitarbeiter zu handeln; alles, was Sie dann tun, wird protokolliert</translation>
    </message>
    <message>
        <source>MWS Admin on %1</source>
        <translation>MWS Admin auf %1</translation>
    </message>
    <message>
        <source>No web browser could be opened. Sign in at %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Melden Sie sich hier an: %1</translation>
    </message>
    <message>
        <source>Staff mode was not started: %1</source>
        <translation>Der Mitarbeitermodus wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff mode&lt;/b&gt; — %1 left. Everything you do is recorded in the audit trail.</source>
        <translation>&lt;b&gt;Mitarbeitermodus&lt;/b&gt; — noch %1. Alles, was Sie tun, wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Sign in again with Raven in your browser to enter staff mode…</source>
        <translation>Melden Sie sich im Browser erneut mit Raven an, um in den Mitarbeitermodus zu wechseln…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Fleet…</source>
        <translation>&amp;Flotte…</translation>
    </message>
    <message>
        <source>Every VM on every hypervisor, with their power actions</source>
        <translation>Jede VM auf jedem Hypervisor, mit ihren Ein- und Ausschaltaktionen</translation>
    </message>
</context>
<context>
    <name>mws::ui::TablePreviewDialog</name>
    <message>
        <source>Inside %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>CREATE statement</source>
        <translation>CREATE-Anweisung</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Die Tabellen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>Die Tabellen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation>%1 hat keine Tabellen.</translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation>%1 (View)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1; it has more.</source>
        <translation>
            <numerusform>Die erste %n Zeile von %1; es gibt weitere.</numerusform>
            <numerusform>Die ersten %n Zeilen von %1; es gibt weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) of %1.</source>
        <translation>
            <numerusform>Die %n Zeile von %1.</numerusform>
            <numerusform>Alle %n Zeilen von %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mws::ui::TerminalPage</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Open a shell on this site&apos;s host in a new tab</source>
        <translation>Eine Shell auf dem Host dieser Website in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>&amp;Open in Terminal</source>
        <translation>Im Terminal ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open a shell on this site&apos;s host in your system&apos;s terminal</source>
        <translation>Eine Shell auf dem Host dieser Website im Terminal Ihres Systems öffnen</translation>
    </message>
    <message>
        <source>Select a site to open a shell on it.</source>
        <translation>Wählen Sie eine Website, um darauf eine Shell zu öffnen.</translation>
    </message>
    <message>
        <source>The panel cannot be reached, so the app cannot connect to this site.</source>
        <translation>Die Verwaltungsoberfläche ist nicht erreichbar, daher kann sich die App nicht mit dieser Website verbinden.</translation>
    </message>
    <message>
        <source>Asking the panel how to connect…</source>
        <translation>Die Verwaltungsoberfläche wird gefragt, wie die Verbindung herzustellen ist …</translation>
    </message>
    <message>
        <source>This site&apos;s host does not offer shell access.</source>
        <translation>Der Host dieser Website bietet keinen Shell-Zugriff.</translation>
    </message>
    <message>
        <source>Could not find out how to connect: %1</source>
        <translation>Es konnte nicht ermittelt werden, wie die Verbindung herzustellen ist: %1</translation>
    </message>
    <message>
        <source>You have no shell access on this site; its owner or an administrator can give it to you.</source>
        <translation>Sie haben keinen Shell-Zugriff auf diese Website; ihr Eigentümer oder eine Administratorin kann ihn Ihnen geben.</translation>
    </message>
    <message>
        <source>Could not write the script the terminal runs.</source>
        <translation>Das Skript, das das Terminal ausführt, konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not start the terminal (%1).</source>
        <translation>Das Terminal konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The connection opened in your system&apos;s terminal.</source>
        <translation>Die Verbindung wurde im Terminal Ihres Systems geöffnet.</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation>Der Schlüssel braucht seine Passphrase.</translation>
    </message>
    <message>
        <source>Starting the shell…</source>
        <translation>Die Shell wird gestartet…</translation>
    </message>
    <message>
        <source>Logged in as %1 (host key %2, as the panel says).</source>
        <translation>Angemeldet als %1 (Host-Schlüssel %2, wie das Panel ihn angibt).</translation>
    </message>
</context>
<context>
    <name>mws::ui::TransferQueue</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1% at %2/s</source>
        <translation>%1 % mit %2/s</translation>
    </message>
    <message>
        <source>Done (resumed at %1)</source>
        <translation>Fertig (fortgesetzt bei %1)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>mws::ui::TunnelBox</name>
    <message>
        <source>Database tunnel</source>
        <translation>Datenbank-Tunnel</translation>
    </message>
    <message>
        <source>Log in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Open &amp;Tunnel</source>
        <translation>&amp;Tunnel öffnen</translation>
    </message>
    <message>
        <source>Forward a local port to this site&apos;s database server over SSH</source>
        <translation>Einen lokalen Port über SSH an den Datenbankserver dieser Site weiterleiten</translation>
    </message>
    <message>
        <source>Cop&amp;y Command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy a command that connects the MariaDB client through the tunnel</source>
        <translation>Einen Befehl kopieren, der den MariaDB-Client durch den Tunnel verbindet</translation>
    </message>
    <message>
        <source>The tunnel is closed.</source>
        <translation>Der Tunnel ist geschlossen.</translation>
    </message>
    <message>
        <source>Asking the panel where the database server is…</source>
        <translation>Das Panel wird gefragt, wo der Datenbankserver ist…</translation>
    </message>
    <message>
        <source>This site&apos;s host does not say where its database server is.</source>
        <translation>Der Host dieser Site gibt nicht an, wo sein Datenbankserver ist.</translation>
    </message>
    <message>
        <source>Opening the tunnel through %1…</source>
        <translation>Der Tunnel über %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Connect to host 127.0.0.1, port %1: it is the database server at %2:%3 on %4, reached as %5. It stays open while this page shows the site.</source>
        <translation>Verbinden Sie sich mit Host 127.0.0.1, Port %1: Das ist der Datenbankserver %2:%3 auf %4, erreicht als %5. Der Tunnel bleibt offen, solange diese Seite die Site zeigt.</translation>
    </message>
    <message>
        <source>Close &amp;Tunnel</source>
        <translation>&amp;Tunnel schließen</translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation>Der Schlüssel braucht seine Passphrase.</translation>
    </message>
</context>
<context>
    <name>mws::ui::UploadCertificateDialog</name>
    <message>
        <source>Upload a certificate for %1</source>
        <translation>Zertifikat für %1 hochladen</translation>
    </message>
    <message>
        <source>Paste the certificate your certificate authority issued for this vhost&apos;s request, and the intermediate certificates that come with it (PEM, “-----BEGIN CERTIFICATE-----”). The panel checks that they fit its key and every domain name.</source>
        <translation>Fügen Sie das Zertifikat ein, das Ihre Zertifizierungsstelle auf die Anforderung dieses VHosts ausgestellt hat, sowie die mitgelieferten Zwischenzertifikate (PEM, „-----BEGIN CERTIFICATE-----“). Die Verwaltungsoberfläche prüft, ob sie zu ihrem Schlüssel und zu jedem Domainnamen passen.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>Open a file for: %1</source>
        <translation>Datei öffnen für: %1</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>C&amp;hain (intermediate certificates, optional):</source>
        <translation>&amp;Kette (Zwischenzertifikate, optional):</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden …</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Zertifikat öffnen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate.</source>
        <translation>%1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate is not in PEM form: it should start with “-----BEGIN CERTIFICATE-----”.</source>
        <translation>Das Zertifikat ist nicht im PEM-Format: Es sollte mit „-----BEGIN CERTIFICATE-----“ beginnen.</translation>
    </message>
    <message>
        <source>Never paste a private key here: the panel made the key and keeps it.</source>
        <translation>Fügen Sie hier niemals einen privaten Schlüssel ein: Die Verwaltungsoberfläche hat den Schlüssel erzeugt und behält ihn.</translation>
    </message>
    <message>
        <source>The chain is not in PEM form.</source>
        <translation>Die Kette ist nicht im PEM-Format.</translation>
    </message>
</context>
<context>
    <name>mws::ui::UsableAccess</name>
    <message>
        <source>Select a site first.</source>
        <translation>Wählen Sie zuerst eine Site.</translation>
    </message>
    <message>
        <source>This site&apos;s host does not offer shell access.</source>
        <translation>Der Host dieser Site bietet keinen Shell-Zugang an.</translation>
    </message>
    <message>
        <source>Could not find out how to connect: %1</source>
        <translation>Es ließ sich nicht herausfinden, wie die Verbindung herzustellen ist: %1</translation>
    </message>
    <message>
        <source>You have no shell access on this site; its owner or an administrator can give it to you.</source>
        <translation>Sie haben keinen Shell-Zugang zu dieser Site; ihr Eigentümer oder ein Administrator kann ihn Ihnen geben.</translation>
    </message>
</context>
<context>
    <name>mws::ui::VmDetails</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>disks only</source>
        <translation>nur Festplatten</translation>
    </message>
    <message>
        <source>Taking the snapshot %2 of %1…</source>
        <translation>Snapshot %2 von %1 wird angelegt…</translation>
    </message>
    <message>
        <source>Reverting %1 to the snapshot %2…</source>
        <translation>%1 wird auf den Snapshot %2 zurückgesetzt…</translation>
    </message>
    <message>
        <source>Deleting the snapshot %2 of %1…</source>
        <translation>Snapshot %2 von %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was taken.</source>
        <translation>Der Snapshot %2 von %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was not taken: %3</source>
        <translation>Der Snapshot %2 von %1 wurde nicht angelegt: %3</translation>
    </message>
    <message>
        <source>%1 was reverted to the snapshot %2.</source>
        <translation>%1 wurde auf den Snapshot %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 was not reverted to the snapshot %2: %3</source>
        <translation>%1 wurde nicht auf den Snapshot %2 zurückgesetzt: %3</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was deleted.</source>
        <translation>Der Snapshot %2 von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was not deleted: %3</source>
        <translation>Der Snapshot %2 von %1 wurde nicht gelöscht: %3</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Snapshot &amp;anlegen…</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>De&amp;lete Snapshot…</source>
        <translation>Snapshot &amp;löschen…</translation>
    </message>
    <message>
        <source>Definition (domain XML)</source>
        <translation>Definition (Domain-XML)</translation>
    </message>
    <message>
        <source>Select a VM to see its snapshots and definition.</source>
        <translation>Wählen Sie eine VM, um ihre Snapshots und Definition zu sehen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The hypervisor %1 is not connected: nothing can be read or done until it is.</source>
        <translation>Der Hypervisor %1 ist nicht verbunden: Nichts kann gelesen oder getan werden, bis er es ist.</translation>
    </message>
    <message>
        <source>Reading the snapshots and definition of %1…</source>
        <translation>Snapshots und Definition von %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n Snapshot.</numerusform>
            <numerusform>%n Snapshots.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>The current snapshot: the one the VM was last reverted to or that was taken last. A new snapshot is its child.</source>
        <translation>Der aktuelle Snapshot: der, auf den die VM zuletzt zurückgesetzt wurde oder der zuletzt angelegt wurde. Ein neuer Snapshot ist sein Kind.</translation>
    </message>
    <message>
        <source>Revert %1 to %2?</source>
        <translation>%1 auf %2 zurücksetzen?</translation>
    </message>
    <message>
        <source>Delete the snapshot %1?</source>
        <translation>Den Snapshot %1 löschen?</translation>
    </message>
    <message>
        <source>%1 goes back to the snapshot %2: its disks, its memory if the snapshot holds it, and its definition. What changed since the snapshot was taken is lost, unless another snapshot holds it.</source>
        <translation>%1 geht zurück auf den Snapshot %2: seine Festplatten, seinen Speicher, falls der Snapshot ihn enthält, und seine Definition. Was sich seit dem Snapshot geändert hat, geht verloren, sofern kein anderer Snapshot es enthält.</translation>
    </message>
    <message>
        <source>The snapshot %1 of %2 is deleted, which cannot be undone. The VM stays as it is, and the snapshots taken after this one are kept, under its parent.</source>
        <translation>Der Snapshot %1 von %2 wird gelöscht; das kann nicht rückgängig gemacht werden. Die VM bleibt, wie sie ist, und die danach angelegten Snapshots bleiben erhalten, unter seinem Elternteil.</translation>
    </message>
</context>
<context>
    <name>mws::ui::WebSitesPage</name>
    <message>
        <source>&lt;b&gt;Vhosts&lt;/b&gt; — each serves one folder under its domain names.</source>
        <translation>&lt;b&gt;VHosts&lt;/b&gt; – jeder stellt einen Ordner unter seinen Domainnamen bereit.</translation>
    </message>
    <message>
        <source>Vhosts of the site</source>
        <translation>VHosts der Website</translation>
    </message>
    <message>
        <source>A&amp;dd vhost…</source>
        <translation>VHost &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>De&amp;lete vhost…</source>
        <translation>VHost &amp;löschen …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the edits and show the vhost as the panel has it</source>
        <translation>Die Bearbeitungen verwerfen und den VHost so anzeigen, wie ihn die Verwaltungsoberfläche gespeichert hat</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden …</translation>
    </message>
    <message>
        <source>See what the change does to the web server&apos;s files, then apply it</source>
        <translation>Sehen, was die Änderung an den Dateien des Webservers bewirkt, und sie dann anwenden</translation>
    </message>
    <message>
        <source>Vhost name</source>
        <translation>Name des VHosts</translation>
    </message>
    <message>
        <source>Document root</source>
        <translation>Document-Root</translation>
    </message>
    <message>
        <source>The folder served, relative to the site&apos;s home and inside public_html</source>
        <translation>Der bereitgestellte Ordner, relativ zum Home-Verzeichnis der Website und innerhalb von public_html</translation>
    </message>
    <message>
        <source>Domain names, one per line; the first is the main name</source>
        <translation>Domainnamen, einer pro Zeile; der erste ist der Hauptname</translation>
    </message>
    <message>
        <source>One per line; the first is the main name.</source>
        <translation>Einer pro Zeile; der erste ist der Hauptname.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Do&amp;main names:</source>
        <translation>Do&amp;mainnamen:</translation>
    </message>
    <message>
        <source>Send the other names to the main name (301 redirect)</source>
        <translation>Die anderen Namen auf den Hauptnamen weiterleiten (301-Weiterleitung)</translation>
    </message>
    <message>
        <source>Send HTTP visitors to &amp;HTTPS</source>
        <translation>HTTP-Besucher auf HTTP&amp;S weiterleiten</translation>
    </message>
    <message>
        <source>Tell browsers to use only HTTPS for a year (HS&amp;TS)</source>
        <translation>Browsern mitteilen, ein Jahr lang nur HTTPS zu verwenden (HS&amp;TS)</translation>
    </message>
    <message>
        <source>Redirects:</source>
        <translation>Weiterleitungen:</translation>
    </message>
    <message>
        <source>Let the web server &amp;write to the document root for one hour</source>
        <translation>Dem Webserver eine Stunde lang erlauben, ins Document-Root zu schrei&amp;ben</translation>
    </message>
    <message>
        <source>For installers and updates that write their own files. PHP scripts can then change the site&apos;s files; the panel turns this off by itself after an hour.</source>
        <translation>Für Installations- und Aktualisierungsprogramme, die ihre eigenen Dateien schreiben. PHP-Skripte können dann die Dateien der Website ändern; die Verwaltungsoberfläche schaltet dies nach einer Stunde von selbst wieder ab.</translation>
    </message>
    <message>
        <source>Uploads:</source>
        <translation>Uploads:</translation>
    </message>
    <message>
        <source>HTTPS certificate</source>
        <translation>HTTPS-Zertifikat</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Make a certificate re&amp;quest…</source>
        <translation>Zertifikats&amp;anforderung erstellen …</translation>
    </message>
    <message>
        <source>The panel makes a new private key, which never leaves it, and a certificate signing request for this vhost&apos;s names to give to a certificate authority</source>
        <translation>Die Verwaltungsoberfläche erzeugt einen neuen privaten Schlüssel, der sie nie verlässt, und eine Zertifikatsanforderung (CSR) für die Namen dieses VHosts, die Sie an eine Zertifizierungsstelle weitergeben</translation>
    </message>
    <message>
        <source>Show the waiting request…</source>
        <translation>Offene Anforderung anzeigen …</translation>
    </message>
    <message>
        <source>&amp;Upload certificate…</source>
        <translation>Zertifikat h&amp;ochladen …</translation>
    </message>
    <message>
        <source>Install the certificate a certificate authority issued for the request</source>
        <translation>Das Zertifikat installieren, das eine Zertifizierungsstelle auf die Anforderung ausgestellt hat</translation>
    </message>
    <message>
        <source>Use a &amp;self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat &amp;verwenden</translation>
    </message>
    <message>
        <source>For test and demo names only: browsers warn visitors about it</source>
        <translation>Nur für Test- und Demonamen: Browser warnen Besucher davor</translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation>Keine Website ausgewählt.</translation>
    </message>
    <message>
        <source>HTTP only</source>
        <translation>Nur HTTP</translation>
    </message>
    <message>
        <source>HTTPS — certificate expired</source>
        <translation>HTTPS – Zertifikat abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>HTTPS — certificate expires in %n day(s)</source>
        <translation>
            <numerusform>HTTPS – Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>HTTPS – Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTPS until %1</source>
        <translation>HTTPS bis %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 – %2
%3</translation>
    </message>
    <message>
        <source>This site serves no web pages yet. Use “Add vhost…” to give it a domain name and a folder to serve.</source>
        <translation>Diese Website stellt noch keine Webseiten bereit. Geben Sie ihr mit „VHost hinzufügen …“ einen Domainnamen und einen Ordner, den sie bereitstellt.</translation>
    </message>
    <message>
        <source>The site already has a vhost called %1.</source>
        <translation>Die Website hat bereits einen VHost namens %1.</translation>
    </message>
    <message>
        <source>Needs an HTTPS certificate: add one in “HTTPS certificate” below first.</source>
        <translation>Erfordert ein HTTPS-Zertifikat: Fügen Sie zuerst unten unter „HTTPS-Zertifikat“ eines hinzu.</translation>
    </message>
    <message>
        <source>Browsers that have seen the site refuse plain HTTP for it for a year, even if the certificate is removed later.</source>
        <translation>Browser, die die Website besucht haben, verweigern ein Jahr lang unverschlüsseltes HTTP für sie, selbst wenn das Zertifikat später entfernt wird.</translation>
    </message>
    <message>
        <source>Writable until %1; the panel turns it off then by itself.</source>
        <translation>Beschreibbar bis %1; dann schaltet die Verwaltungsoberfläche es von selbst ab.</translation>
    </message>
    <message>
        <source>Writable for one hour from when the change is applied.</source>
        <translation>Beschreibbar für eine Stunde ab dem Anwenden der Änderung.</translation>
    </message>
    <message>
        <source>Changes are disabled: the control panel cannot be reached, or a change is being applied.</source>
        <translation>Änderungen sind gesperrt: Die Verwaltungsoberfläche ist nicht erreichbar, oder eine Änderung wird gerade angewendet.</translation>
    </message>
    <message>
        <source>Edit the vhost first; nothing has changed yet.</source>
        <translation>Bearbeiten Sie zuerst den VHost; bisher hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>None: the vhost answers over HTTP only.</source>
        <translation>Keines: Der VHost antwortet nur über HTTP.</translation>
    </message>
    <message>
        <source>Self-signed, made by the panel (for testing: browsers warn visitors)</source>
        <translation>Selbstsigniert, von der Verwaltungsoberfläche erstellt (zum Testen: Browser warnen Besucher)</translation>
    </message>
    <message>
        <source>Issued by a certificate authority</source>
        <translation>Von einer Zertifizierungsstelle ausgestellt</translation>
    </message>
    <message>
        <source>Expired on %1. Browsers refuse HTTPS for these names: upload a new certificate.</source>
        <translation>Am %1 abgelaufen. Browser verweigern HTTPS für diese Namen: Laden Sie ein neues Zertifikat hoch.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires in %n day(s). Renew it: make a certificate request and upload the new certificate.</source>
        <translation>
            <numerusform>%1 – läuft in %n Tag ab. Erneuern Sie es: Erstellen Sie eine Zertifikatsanforderung und laden Sie das neue Zertifikat hoch.</numerusform>
            <numerusform>%1 – läuft in %n Tagen ab. Erneuern Sie es: Erstellen Sie eine Zertifikatsanforderung und laden Sie das neue Zertifikat hoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate request made on the panel is waiting for its certificate.</source>
        <translation>Eine auf der Verwaltungsoberfläche erstellte Zertifikatsanforderung wartet auf ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Add the vhost %1</source>
        <translation>VHost %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 will serve the files in %2.</source>
        <translation>%1 wird die Dateien in %2 bereitstellen.</translation>
    </message>
    <message>
        <source>These domain names stop being served: %1. The files in %2 stay where they are.</source>
        <translation>Diese Domainnamen werden nicht mehr bedient: %1. Die Dateien in %2 bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Its HTTPS certificate and key are removed from the panel.</source>
        <translation>Sein HTTPS-Zertifikat und sein Schlüssel werden von der Verwaltungsoberfläche entfernt.</translation>
    </message>
    <message>
        <source>Delete the vhost %1</source>
        <translation>VHost %1 löschen</translation>
    </message>
    <message>
        <source>These domain names stop working on this site: %1. Visitors to them get an error page until a vhost serves them again.</source>
        <translation>Diese Domainnamen funktionieren auf dieser Website nicht mehr: %1. Besucher erhalten eine Fehlerseite, bis wieder ein VHost sie bedient.</translation>
    </message>
    <message>
        <source>The vhost is renamed from %1 to %2; its domain names keep working.</source>
        <translation>Der VHost wird von %1 in %2 umbenannt; seine Domainnamen funktionieren weiter.</translation>
    </message>
    <message>
        <source>It will serve the files in %1 instead of %2.</source>
        <translation>Er wird die Dateien in %1 statt in %2 bereitstellen.</translation>
    </message>
    <message>
        <source>For one hour the web server, and so any PHP script, may change the files in %1. Turn it off as soon as the installer or update has finished.</source>
        <translation>Eine Stunde lang darf der Webserver und damit jedes PHP-Skript die Dateien in %1 ändern. Schalten Sie es ab, sobald die Installation oder Aktualisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Browsers that visit will refuse plain HTTP for these names for a year.</source>
        <translation>Browser, die die Website besuchen, verweigern ein Jahr lang unverschlüsseltes HTTP für diese Namen.</translation>
    </message>
    <message>
        <source>Change the vhost %1</source>
        <translation>VHost %1 ändern</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>The panel did not make a certificate request for %1: %2</source>
        <translation>Die Verwaltungsoberfläche hat keine Zertifikatsanforderung für %1 erstellt: %2</translation>
    </message>
    <message>
        <source>Install a certificate for %1</source>
        <translation>Zertifikat für %1 installieren</translation>
    </message>
    <message>
        <source>The panel makes a key and a certificate for %1, valid for 90 days. Browsers warn visitors about it: it is for test and demo names only.</source>
        <translation>Die Verwaltungsoberfläche erzeugt einen Schlüssel und ein Zertifikat für %1, gültig für 90 Tage. Browser warnen Besucher davor: Es ist nur für Test- und Demonamen gedacht.</translation>
    </message>
    <message>
        <source>It replaces the certificate installed now.</source>
        <translation>Es ersetzt das derzeit installierte Zertifikat.</translation>
    </message>
    <message>
        <source>Use a self-signed certificate for %1</source>
        <translation>Selbstsigniertes Zertifikat für %1 verwenden</translation>
    </message>
    <message>
        <source>HTTPS stops working for %1; the vhost answers over HTTP only, and its HTTPS redirect and HSTS are switched off.</source>
        <translation>HTTPS funktioniert für %1 nicht mehr; der VHost antwortet nur noch über HTTP, und seine HTTPS-Weiterleitung und HSTS werden abgeschaltet.</translation>
    </message>
    <message>
        <source>Browsers that were told to use only HTTPS (HSTS) cannot reach these names until a certificate is back.</source>
        <translation>Browser, denen mitgeteilt wurde, nur HTTPS zu verwenden (HSTS), erreichen diese Namen erst wieder, wenn ein Zertifikat vorhanden ist.</translation>
    </message>
    <message>
        <source>Remove the certificate of %1</source>
        <translation>Zertifikat von %1 entfernen</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Zeile %1: %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1 is stored as %2</source>
        <translation>%1 wird als %2 gespeichert</translation>
    </message>
    <message>
        <source>Give at least one domain name, like www.example.org.</source>
        <translation>Geben Sie mindestens einen Domainnamen an, etwa www.example.org.</translation>
    </message>
    <message>
        <source>Document r&amp;oot:</source>
        <translation>&amp;Document-Root:</translation>
    </message>
    <message>
        <source>Remove certi&amp;ficate…</source>
        <translation>Zertifikat &amp;entfernen …</translation>
    </message>
    <message>
        <source>Domain name %1</source>
        <translation>Domainname %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain names</source>
        <translation>Domainnamen</translation>
    </message>
    <message>
        <source>HTTPS redirect</source>
        <translation>HTTPS-Weiterleitung</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
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
    <message>
        <source>A domain name cannot have two dots in a row or start with a dot.</source>
        <translation>Ein Domainname darf keine zwei Punkte hintereinander enthalten und nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <source>“%1” is longer than 63 characters; each part of a domain name between dots can have at most 63.</source>
        <translation>„%1“ ist länger als 63 Zeichen; jeder Teil eines Domainnamens zwischen zwei Punkten darf höchstens 63 haben.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”; a domain name is letters, digits, hyphens and dots.</source>
        <translation>„%1“ enthält „%2“; ein Domainname besteht aus Buchstaben, Ziffern, Bindestrichen und Punkten.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a hyphen; the parts of a domain name cannot.</source>
        <translation>„%1“ beginnt oder endet mit einem Bindestrich; das dürfen die Teile eines Domainnamens nicht.</translation>
    </message>
    <message>
        <source>Give a domain name, like www.example.org.</source>
        <translation>Geben Sie einen Domainnamen an, etwa www.example.org.</translation>
    </message>
    <message>
        <source>“%1” is an IP address; give a domain name, like www.example.org.</source>
        <translation>„%1“ ist eine IP-Adresse; geben Sie einen Domainnamen an, etwa www.example.org.</translation>
    </message>
    <message>
        <source>“%1” contains a space; a domain name is letters, digits, hyphens and dots.</source>
        <translation>„%1“ enthält ein Leerzeichen; ein Domainname besteht aus Buchstaben, Ziffern, Bindestrichen und Punkten.</translation>
    </message>
    <message>
        <source>“%1” is a wildcard; give each domain name in full, like www.example.org.</source>
        <translation>„%1“ ist ein Platzhalter; geben Sie jeden Domainnamen vollständig an, etwa www.example.org.</translation>
    </message>
    <message>
        <source>“localhost” is not a public domain name; give one like www.example.org.</source>
        <translation>„localhost“ ist kein öffentlicher Domainname; geben Sie einen an wie www.example.org.</translation>
    </message>
    <message>
        <source>The domain name is %1 characters long; it can have at most 253.</source>
        <translation>Der Domainname ist %1 Zeichen lang; er darf höchstens 253 haben.</translation>
    </message>
    <message>
        <source>“%1” cannot be written as an internationalised domain name; check for unusual characters.</source>
        <translation>„%1“ lässt sich nicht als internationalisierter Domainname schreiben; prüfen Sie ihn auf ungewöhnliche Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a full domain name; give one like www.example.org.</source>
        <translation>„%1“ ist kein vollständiger Domainname; geben Sie einen an wie www.example.org.</translation>
    </message>
    <message>
        <source>“%1” ends in a number; the last part of a domain name (like “org”) has letters.</source>
        <translation>„%1“ endet mit einer Zahl; der letzte Teil eines Domainnamens (etwa „org“) besteht aus Buchstaben.</translation>
    </message>
    <message>
        <source>Give the vhost a short name, like “main” or “blog”.</source>
        <translation>Geben Sie dem VHost einen kurzen Namen, etwa „main“ oder „blog“.</translation>
    </message>
    <message>
        <source>A vhost name can have at most 32 characters.</source>
        <translation>Der Name eines VHosts darf höchstens 32 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A vhost name is lower-case letters, digits and hyphens, starting with a letter or digit, like “blog-2”.</source>
        <translation>Der Name eines VHosts besteht aus Kleinbuchstaben, Ziffern und Bindestrichen und beginnt mit einem Buchstaben oder einer Ziffer, etwa „blog-2“.</translation>
    </message>
    <message>
        <source>Give the document root, like “public_html” or “public_html/blog”.</source>
        <translation>Geben Sie das Document-Root an, etwa „public_html“ oder „public_html/blog“.</translation>
    </message>
    <message>
        <source>The document root contains a control character; remove it.</source>
        <translation>Das Document-Root enthält ein Steuerzeichen; entfernen Sie es.</translation>
    </message>
    <message>
        <source>Separate folders with “/”, not “\”.</source>
        <translation>Trennen Sie Ordner mit „/“, nicht mit „\“.</translation>
    </message>
    <message>
        <source>Give the document root relative to the site&apos;s home, like “public_html/blog”, not as an absolute path.</source>
        <translation>Geben Sie das Document-Root relativ zum Home-Verzeichnis der Website an, etwa „public_html/blog“, nicht als absoluten Pfad.</translation>
    </message>
    <message>
        <source>The document root can have at most 200 characters.</source>
        <translation>Das Document-Root darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The document root can contain only letters, digits, “.”, “_”, “-” and “/”.</source>
        <translation>Das Document-Root darf nur Buchstaben, Ziffern, „.“, „_“, „-“ und „/“ enthalten.</translation>
    </message>
    <message>
        <source>The document root must stay inside the site&apos;s home; “..” is not allowed.</source>
        <translation>Das Document-Root muss im Home-Verzeichnis der Website bleiben; „..“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Remove the empty or “.” parts from the document root (“//”, “/./” or a trailing “/”).</source>
        <translation>Entfernen Sie die leeren oder „.“-Teile aus dem Document-Root („//“, „/./“ oder ein „/“ am Ende).</translation>
    </message>
    <message>
        <source>The document root must be “public_html” or a folder inside it, like “public_html/blog”.</source>
        <translation>Das Document-Root muss „public_html“ oder ein Ordner darin sein, etwa „public_html/blog“.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>The most memory one request may use. Raise it for applications that report “Allowed memory size exhausted”.</source>
        <translation>Wie viel Speicher eine Anfrage höchstens verwenden darf. Erhöhen Sie ihn für Anwendungen, die „Allowed memory size exhausted“ melden.</translation>
    </message>
    <message>
        <source>Maximum execution time</source>
        <translation>Maximale Ausführungszeit</translation>
    </message>
    <message>
        <source>How long a script may run, in seconds, before PHP stops it.</source>
        <translation>Wie lange ein Skript in Sekunden laufen darf, bevor PHP es beendet.</translation>
    </message>
    <message>
        <source>Maximum input time</source>
        <translation>Maximale Eingabezeit</translation>
    </message>
    <message>
        <source>How long PHP may spend reading a request&apos;s data, in seconds; -1 uses the maximum execution time.</source>
        <translation>Wie lange PHP in Sekunden mit dem Lesen der Daten einer Anfrage verbringen darf; -1 verwendet die maximale Ausführungszeit.</translation>
    </message>
    <message>
        <source>Maximum input variables</source>
        <translation>Maximale Anzahl Eingabevariablen</translation>
    </message>
    <message>
        <source>How many form fields one request may send. Raise it for large forms, such as menu editors.</source>
        <translation>Wie viele Formularfelder eine Anfrage senden darf. Erhöhen Sie den Wert für große Formulare, etwa Menü-Editoren.</translation>
    </message>
    <message>
        <source>Cache compiled scripts</source>
        <translation>Kompilierte Skripte zwischenspeichern</translation>
    </message>
    <message>
        <source>Keeps compiled PHP in memory (OPcache). Leave it on unless debugging the cache.</source>
        <translation>Hält kompiliertes PHP im Speicher (OPcache). Lassen Sie es eingeschaltet, außer Sie untersuchen Fehler im Cache.</translation>
    </message>
    <message>
        <source>Notice changed scripts</source>
        <translation>Geänderte Skripte erkennen</translation>
    </message>
    <message>
        <source>Checks whether scripts changed on disk. Switch it off only if you clear the cache after every deployment.</source>
        <translation>Prüft, ob sich Skripte auf dem Datenträger geändert haben. Schalten Sie es nur ab, wenn Sie den Cache nach jeder Bereitstellung leeren.</translation>
    </message>
    <message>
        <source>Check for changes every</source>
        <translation>Auf Änderungen prüfen alle</translation>
    </message>
    <message>
        <source>How often, in seconds, OPcache checks scripts for changes; 0 checks on every request.</source>
        <translation>Wie oft OPcache Skripte auf Änderungen prüft, in Sekunden; 0 prüft bei jeder Anfrage.</translation>
    </message>
    <message>
        <source>Largest uploaded file</source>
        <translation>Größte hochgeladene Datei</translation>
    </message>
    <message>
        <source>The largest file one upload may be. Raise post_max_size with it.</source>
        <translation>Wie groß eine hochgeladene Datei höchstens sein darf. Erhöhen Sie post_max_size entsprechend mit.</translation>
    </message>
    <message>
        <source>Largest form submission</source>
        <translation>Größte Formularübermittlung</translation>
    </message>
    <message>
        <source>The largest request body PHP accepts, uploads included. It must be at least the largest uploaded file.</source>
        <translation>Der größte Anfrageinhalt, den PHP annimmt, Uploads eingeschlossen. Er muss mindestens so groß sein wie die größte hochgeladene Datei.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The time zone PHP&apos;s date functions use, like Europe/London.</source>
        <translation>Die Zeitzone, die die Datumsfunktionen von PHP verwenden, etwa Europe/London.</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>How long, in seconds, an unused session is kept before it may be removed.</source>
        <translation>Wie lange eine unbenutzte Sitzung in Sekunden aufbewahrt wird, bevor sie entfernt werden darf.</translation>
    </message>
    <message>
        <source>Default character set</source>
        <translation>Standardzeichensatz</translation>
    </message>
    <message>
        <source>The character set PHP announces for its pages. Keep UTF-8 unless the site is old.</source>
        <translation>Der Zeichensatz, den PHP für seine Seiten angibt. Behalten Sie UTF-8 bei, außer die Website ist alt.</translation>
    </message>
    <message>
        <source>Short open tags</source>
        <translation>Kurze Eröffnungs-Tags</translation>
    </message>
    <message>
        <source>Lets old scripts start PHP with “&lt;?” instead of “&lt;?php”.</source>
        <translation>Erlaubt alten Skripten, PHP mit „&lt;?“ statt „&lt;?php“ zu beginnen.</translation>
    </message>
    <message>
        <source>Show errors in pages</source>
        <translation>Fehler in Seiten anzeigen</translation>
    </message>
    <message>
        <source>Shows PHP errors to visitors. Useful while developing; keep it off on a live site.</source>
        <translation>Zeigt Besuchern PHP-Fehler an. Nützlich bei der Entwicklung; lassen Sie es auf einer öffentlichen Website ausgeschaltet.</translation>
    </message>
    <message>
        <source>Log errors</source>
        <translation>Fehler protokollieren</translation>
    </message>
    <message>
        <source>Writes PHP errors to the site&apos;s error log.</source>
        <translation>Schreibt PHP-Fehler in das Fehlerprotokoll der Website.</translation>
    </message>
    <message>
        <source>Errors reported</source>
        <translation>Gemeldete Fehler</translation>
    </message>
    <message>
        <source>Which kinds of PHP errors are shown or logged.</source>
        <translation>Welche Arten von PHP-Fehlern angezeigt oder protokolliert werden.</translation>
    </message>
    <message>
        <source>Errors as HTML</source>
        <translation>Fehler als HTML</translation>
    </message>
    <message>
        <source>Formats shown errors as HTML rather than plain text.</source>
        <translation>Formatiert angezeigte Fehler als HTML statt als reinen Text.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>between %1 and %2 seconds</source>
        <translation>zwischen %1 und %2 Sekunden</translation>
    </message>
    <message>
        <source>%1 cannot be unlimited or negative on a shared host; give a size %2.</source>
        <translation>%1 darf auf einem gemeinsam genutzten Host nicht unbegrenzt oder negativ sein; geben Sie eine Größe %2 an.</translation>
    </message>
    <message>
        <source>%1 is a size like 128M, 512K or 1G.</source>
        <translation>%1 ist eine Größe wie 128M, 512K oder 1G.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 liegen.</translation>
    </message>
    <message>
        <source>%1 is a whole number %2.</source>
        <translation>%1 ist eine ganze Zahl %2.</translation>
    </message>
    <message>
        <source>%1 is On or Off.</source>
        <translation>%1 ist On oder Off.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone PHP knows; give one like Europe/London or UTC.</source>
        <translation>„%1“ ist keine Zeitzone, die PHP kennt; geben Sie eine an wie Europe/London oder UTC.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 ist eines von: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) must be at least %3 (%4).</source>
        <translation>%1 (%2) muss mindestens %3 (%4) sein.</translation>
    </message>
    <message>
        <source>%1 (%2) is larger than %3 (%4); raise %3 as well.</source>
        <translation>%1 (%2) ist größer als %3 (%4); erhöhen Sie auch %3.</translation>
    </message>
    <message>
        <source>“%1” is not a PHP setting sites can change here.</source>
        <translation>„%1“ ist keine PHP-Einstellung, die Websites hier ändern können.</translation>
    </message>
    <message>
        <source>The value of %1 contains %2, which a PHP setting cannot contain.</source>
        <translation>Der Wert von %1 enthält %2, was eine PHP-Einstellung nicht enthalten darf.</translation>
    </message>
    <message>
        <source>Give a value for %1.</source>
        <translation>Geben Sie einen Wert für %1 an.</translation>
    </message>
    <message>
        <source>%1 reads other configuration files; it is not available.</source>
        <translation>%1 liest andere Konfigurationsdateien; es ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 loads code into the web server; switch modules on in the vhost&apos;s settings instead.</source>
        <translation>%1 lädt Code in den Webserver; schalten Sie Module stattdessen in den Einstellungen des VHosts ein.</translation>
    </message>
    <message>
        <source>%1 is a server-wide setting; it is not available in a vhost.</source>
        <translation>%1 ist eine serverweite Einstellung; sie ist in einem VHost nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel: use the vhost&apos;s settings.</source>
        <translation>%1 wird von der Verwaltungsoberfläche verwaltet: Verwenden Sie die Einstellungen des VHosts.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel: the site&apos;s logs are set up for you.</source>
        <translation>%1 wird von der Verwaltungsoberfläche verwaltet: Die Protokolle der Website werden für Sie eingerichtet.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel.</source>
        <translation>%1 wird von der Verwaltungsoberfläche verwaltet.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel: use the TLS settings.</source>
        <translation>%1 wird von der Verwaltungsoberfläche verwaltet: Verwenden Sie die TLS-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 is not available: sites cannot proxy to other servers.</source>
        <translation>%1 ist nicht verfügbar: Websites können keine Anfragen an andere Server weiterreichen (Proxy).</translation>
    </message>
    <message>
        <source>%1 is not available: handlers are managed by the panel, and PHP runs through PHP-FPM.</source>
        <translation>%1 ist nicht verfügbar: Handler werden von der Verwaltungsoberfläche verwaltet, und PHP läuft über PHP-FPM.</translation>
    </message>
    <message>
        <source>%1 is not available: CGI scripts cannot run here; PHP runs through PHP-FPM.</source>
        <translation>%1 ist nicht verfügbar: CGI-Skripte können hier nicht laufen; PHP läuft über PHP-FPM.</translation>
    </message>
    <message>
        <source>AliasMatch is not available; use Alias with a folder inside the site&apos;s home.</source>
        <translation>AliasMatch ist nicht verfügbar; verwenden Sie Alias mit einem Ordner im Home-Verzeichnis der Website.</translation>
    </message>
    <message>
        <source>RewriteMap is not available: it can run programs and read files outside the site.</source>
        <translation>RewriteMap ist nicht verfügbar: Es kann Programme ausführen und Dateien außerhalb der Website lesen.</translation>
    </message>
    <message>
        <source>DefaultType was removed in Apache 2.4; use ForceType or AddType.</source>
        <translation>DefaultType wurde in Apache 2.4 entfernt; verwenden Sie ForceType oder AddType.</translation>
    </message>
    <message>
        <source>%1 has no effect here: PHP runs through PHP-FPM; use the site&apos;s PHP settings.</source>
        <translation>%1 hat hier keine Wirkung: PHP läuft über PHP-FPM; verwenden Sie die PHP-Einstellungen der Website.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;VirtualHost&gt; is managed by the panel: these directives already go inside this vhost.</source>
        <translation>&lt;VirtualHost&gt; wird von der Verwaltungsoberfläche verwaltet: Diese Direktiven stehen bereits innerhalb dieses VHosts.</translation>
    </message>
    <message>
        <source>&lt;DirectoryMatch&gt; is not available: a pattern could match folders outside the site; use &lt;Directory&gt; with a folder inside the site&apos;s home.</source>
        <translation>&lt;DirectoryMatch&gt; ist nicht verfügbar: Ein Muster könnte auf Ordner außerhalb der Website passen; verwenden Sie &lt;Directory&gt; mit einem Ordner im Home-Verzeichnis der Website.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not available: sites cannot proxy to other servers.</source>
        <translation>&lt;%1&gt; ist nicht verfügbar: Websites können keine Anfragen an andere Server weiterreichen (Proxy).</translation>
    </message>
    <message>
        <source>Unknown or not allowed: &lt;%1&gt;.</source>
        <translation>Unbekannt oder nicht erlaubt: &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>URL rewriting</source>
        <translation>URL-Umschreibung</translation>
    </message>
    <message>
        <source>Rewrites and redirects requests by pattern (mod_rewrite), as many applications&apos; “pretty URLs” need.</source>
        <translation>Schreibt Anfragen nach Mustern um und leitet sie weiter (mod_rewrite), wie es die „schönen URLs“ vieler Anwendungen erfordern.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Sets, changes or removes HTTP headers (mod_headers), for example for caching or security policies.</source>
        <translation>Setzt, ändert oder entfernt HTTP-Header (mod_headers), zum Beispiel für Caching oder Sicherheitsrichtlinien.</translation>
    </message>
    <message>
        <source>Expiry times</source>
        <translation>Ablaufzeiten</translation>
    </message>
    <message>
        <source>Tells browsers how long they may keep files (mod_expires).</source>
        <translation>Teilt Browsern mit, wie lange sie Dateien aufbewahren dürfen (mod_expires).</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>Compresses text responses such as HTML, CSS and JavaScript (mod_deflate).</source>
        <translation>Komprimiert Textantworten wie HTML, CSS und JavaScript (mod_deflate).</translation>
    </message>
    <message>
        <source>Folder listings</source>
        <translation>Ordnerauflistungen</translation>
    </message>
    <message>
        <source>Lists a folder&apos;s files when it has no index page (mod_autoindex); needs Options +Indexes.</source>
        <translation>Listet die Dateien eines Ordners auf, wenn er keine Indexseite hat (mod_autoindex); erfordert Options +Indexes.</translation>
    </message>
    <message>
        <source>The directives are longer than 64 KiB; shorten them.</source>
        <translation>Die Direktiven sind länger als 64 KiB; kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The line is longer than 8 KiB, which Apache cannot read.</source>
        <translation>Die Zeile ist länger als 8 KiB; Apache kann sie nicht lesen.</translation>
    </message>
    <message>
        <source>The line contains a control character; remove it.</source>
        <translation>Die Zeile enthält ein Steuerzeichen; entfernen Sie es.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is never closed; add &lt;/%1&gt;.</source>
        <translation>&lt;%1&gt; wird nie geschlossen; fügen Sie &lt;/%1&gt; hinzu.</translation>
    </message>
    <message>
        <source>%1: ${…} variables are not available; write the value itself.</source>
        <translation>%1: ${…}-Variablen sind nicht verfügbar; schreiben Sie den Wert selbst.</translation>
    </message>
    <message>
        <source>%1: expressions that read files (file(), filesize(), filemod()) are not available.</source>
        <translation>%1: Ausdrücke, die Dateien lesen (file(), filesize(), filemod()), sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 needs an argument.</source>
        <translation>%1 benötigt ein Argument.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 arguments.</source>
        <translation>%1 benötigt mindestens %2 Argumente.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 arguments; put quotes around an argument that contains spaces.</source>
        <translation>%1 nimmt höchstens %2 Argumente an; setzen Sie ein Argument, das Leerzeichen enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&lt;%1 is missing its closing “&gt;”.</source>
        <translation>Bei &lt;%1 fehlt das schließende „&gt;“.</translation>
    </message>
    <message>
        <source>%1: a quote is never closed.</source>
        <translation>%1: Ein Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 cannot be inside another &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation>%1 darf nicht in einem anderen &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; oder &lt;If&gt; stehen.</translation>
    </message>
    <message>
        <source>%1 cannot be inside &lt;Location&gt;, &lt;Files&gt; or &lt;Limit&gt;.</source>
        <translation>%1 darf nicht in &lt;Location&gt;, &lt;Files&gt; oder &lt;Limit&gt; stehen.</translation>
    </message>
    <message>
        <source>%1 must come straight after an &lt;If&gt; or &lt;ElseIf&gt; section.</source>
        <translation>%1 muss direkt auf einen &lt;If&gt;- oder &lt;ElseIf&gt;-Abschnitt folgen.</translation>
    </message>
    <message>
        <source>%1 cannot be inside another &lt;Limit&gt; or &lt;LimitExcept&gt;.</source>
        <translation>%1 darf nicht in einem anderen &lt;Limit&gt; oder &lt;LimitExcept&gt; stehen.</translation>
    </message>
    <message>
        <source>%1 is only allowed inside &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation>%1 ist nur innerhalb von &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; oder &lt;If&gt; erlaubt.</translation>
    </message>
    <message>
        <source>&lt;Directory ~ …&gt; is not available: a pattern could match folders outside the site; give a folder inside %1.</source>
        <translation>&lt;Directory ~ …&gt; ist nicht verfügbar: Ein Muster könnte auf Ordner außerhalb der Website passen; geben Sie einen Ordner innerhalb von %1 an.</translation>
    </message>
    <message>
        <source>&lt;Directory&gt; takes one folder; put quotes around a folder that contains spaces.</source>
        <translation>&lt;Directory&gt; nimmt einen Ordner an; setzen Sie einen Ordner, der Leerzeichen enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&lt;Directory %1&gt; is outside the site&apos;s home; give a folder inside %2.</source>
        <translation>&lt;Directory %1&gt; liegt außerhalb des Home-Verzeichnisses der Website; geben Sie einen Ordner innerhalb von %2 an.</translation>
    </message>
    <message>
        <source>&lt;IfModule&gt; takes a module name, like mod_rewrite.c.</source>
        <translation>&lt;IfModule&gt; nimmt einen Modulnamen an, etwa mod_rewrite.c.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; takes one path, or “~” and a pattern; put quotes around a path that contains spaces.</source>
        <translation>&lt;%1&gt; nimmt einen Pfad an oder „~“ und ein Muster; setzen Sie einen Pfad, der Leerzeichen enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; takes HTTP methods, like GET POST.</source>
        <translation>&lt;%1&gt; nimmt HTTP-Methoden an, etwa GET POST.</translation>
    </message>
    <message>
        <source>%1 is missing its closing “&gt;”.</source>
        <translation>Bei %1 fehlt das schließende „&gt;“.</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; has no &lt;%1&gt; to close.</source>
        <translation>&lt;/%1&gt; hat kein &lt;%1&gt;, das es schließen könnte.</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; comes before the &lt;%2&gt; opened on line %3 is closed; close it first with &lt;/%2&gt;.</source>
        <translation>&lt;/%1&gt; steht, bevor das in Zeile %3 geöffnete &lt;%2&gt; geschlossen ist; schließen Sie es zuerst mit &lt;/%2&gt;.</translation>
    </message>
    <message>
        <source>Unknown or not allowed: %1.</source>
        <translation>Unbekannt oder nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>%1 needs %2; switch it on for this vhost.</source>
        <translation>%1 erfordert %2; schalten Sie die Funktion für diesen VHost ein.</translation>
    </message>
    <message>
        <source>RewriteBase only works inside &lt;Directory&gt; or &lt;Location&gt;.</source>
        <translation>RewriteBase funktioniert nur innerhalb von &lt;Directory&gt; oder &lt;Location&gt;.</translation>
    </message>
    <message>
        <source>Options Indexes needs %1; switch it on for this vhost.</source>
        <translation>Options Indexes erfordert %1; schalten Sie die Funktion für diesen VHost ein.</translation>
    </message>
    <message>
        <source>Options None stands on its own.</source>
        <translation>Options None steht für sich allein.</translation>
    </message>
    <message>
        <source>Options FollowSymLinks is not available: a link could lead out of the site; use SymLinksIfOwnerMatch.</source>
        <translation>Options FollowSymLinks ist nicht verfügbar: Ein Link könnte aus der Website herausführen; verwenden Sie SymLinksIfOwnerMatch.</translation>
    </message>
    <message>
        <source>Options ExecCGI is not available: CGI scripts cannot run here; PHP runs through PHP-FPM.</source>
        <translation>Options ExecCGI ist nicht verfügbar: CGI-Skripte können hier nicht laufen; PHP läuft über PHP-FPM.</translation>
    </message>
    <message>
        <source>Options All is not available: it includes FollowSymLinks and ExecCGI; name the options you need.</source>
        <translation>Options All ist nicht verfügbar: Es schließt FollowSymLinks und ExecCGI ein; nennen Sie die Optionen, die Sie benötigen.</translation>
    </message>
    <message>
        <source>Options %1 is not available: server-side includes are switched off here.</source>
        <translation>Options %1 ist nicht verfügbar: Server Side Includes sind hier abgeschaltet.</translation>
    </message>
    <message>
        <source>Options %1 is not available; sites can use Indexes, MultiViews and SymLinksIfOwnerMatch.</source>
        <translation>Options %1 ist nicht verfügbar; Websites können Indexes, MultiViews und SymLinksIfOwnerMatch verwenden.</translation>
    </message>
    <message>
        <source>Options: either every option starts with + or -, or none does.</source>
        <translation>Options: Entweder beginnt jede Option mit + oder -, oder keine.</translation>
    </message>
    <message>
        <source>Require is only allowed inside &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation>Require ist nur innerhalb von &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; oder &lt;If&gt; erlaubt.</translation>
    </message>
    <message>
        <source>Require not … only works inside &lt;RequireAll&gt;, next to a Require that grants access.</source>
        <translation>Require not … funktioniert nur innerhalb von &lt;RequireAll&gt;, neben einem Require, das Zugriff gewährt.</translation>
    </message>
    <message>
        <source>Require all takes “granted” or “denied”.</source>
        <translation>Require all nimmt „granted“ oder „denied“ an.</translation>
    </message>
    <message>
        <source>Require ip takes addresses or networks, like 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation>Require ip nimmt Adressen oder Netze an, etwa 192.0.2.0/24 oder 2001:db8::/32.</translation>
    </message>
    <message>
        <source>Require host takes host or domain names, like cam.ac.uk.</source>
        <translation>Require host nimmt Host- oder Domainnamen an, etwa cam.ac.uk.</translation>
    </message>
    <message>
        <source>Require %1 is not available; use Require all granted, all denied, ip … or host ….</source>
        <translation>Require %1 ist nicht verfügbar; verwenden Sie Require all granted, all denied, ip … oder host ….</translation>
    </message>
    <message>
        <source>Alias needs a URL path and a folder, like: Alias /files %1/files.</source>
        <translation>Alias benötigt einen URL-Pfad und einen Ordner, etwa: Alias /files %1/files.</translation>
    </message>
    <message>
        <source>Alias can only point inside the site&apos;s home (%1); “%2” is outside it.</source>
        <translation>Alias kann nur in das Home-Verzeichnis der Website (%1) zeigen; „%2“ liegt außerhalb davon.</translation>
    </message>
    <message>
        <source>%1 cannot set %2: it would change PHP settings behind the panel&apos;s back; use the site&apos;s PHP settings.</source>
        <translation>%1 kann %2 nicht setzen: Es würde PHP-Einstellungen an der Verwaltungsoberfläche vorbei ändern; verwenden Sie die PHP-Einstellungen der Website.</translation>
    </message>
    <message>
        <source>%1 cannot set %2: proxying is not available.</source>
        <translation>%1 kann %2 nicht setzen: Proxy-Funktionen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>RewriteRule: flags go in square brackets, like [L,R=301].</source>
        <translation>RewriteRule: Flags stehen in eckigen Klammern, etwa [L,R=301].</translation>
    </message>
    <message>
        <source>RewriteRule with the [P] (proxy) flag is not available: sites cannot proxy to other servers.</source>
        <translation>RewriteRule mit dem Flag [P] (Proxy) ist nicht verfügbar: Websites können keine Anfragen an andere Server weiterreichen.</translation>
    </message>
    <message>
        <source>RewriteRule with the [H] (handler) flag is not available: handlers are managed by the panel.</source>
        <translation>RewriteRule mit dem Flag [H] (Handler) ist nicht verfügbar: Handler werden von der Verwaltungsoberfläche verwaltet.</translation>
    </message>
    <message>
        <source>RewriteRule: “%1” starts with a part filled in from the request, so Apache could read it as any file on the server; start it with a fixed folder, or add the [PT] flag.</source>
        <translation>RewriteRule: „%1“ beginnt mit einem Teil, der aus der Anfrage eingesetzt wird, sodass Apache es als beliebige Datei auf dem Server lesen könnte; beginnen Sie es mit einem festen Ordner oder fügen Sie das Flag [PT] hinzu.</translation>
    </message>
    <message>
        <source>RewriteRule: Apache would read “%1” from the server&apos;s disk, outside the site&apos;s home (%2); rewrite to a page of the site, or add the [PT] flag.</source>
        <translation>RewriteRule: Apache würde „%1“ vom Datenträger des Servers lesen, außerhalb des Home-Verzeichnisses der Website (%2); schreiben Sie auf eine Seite der Website um oder fügen Sie das Flag [PT] hinzu.</translation>
    </message>
    <message>
        <source>AddOutputFilterByType can only add the DEFLATE filter here.</source>
        <translation>AddOutputFilterByType kann hier nur den Filter DEFLATE hinzufügen.</translation>
    </message>
    <message>
        <source>LimitRequestBody is a number of bytes from 0 to 2147483648.</source>
        <translation>LimitRequestBody ist eine Anzahl Bytes von 0 bis 2147483648.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a name cron knows: write the first three letters, “%2”</source>
        <translation>„%1“ ist kein Name, den cron kennt: Schreiben Sie die ersten drei Buchstaben, „%2“</translation>
    </message>
    <message>
        <source>“%1” is neither a number nor a name cron knows (%2)</source>
        <translation>„%1“ ist weder eine Zahl noch ein Name, den cron kennt (%2)</translation>
    </message>
    <message>
        <source>a range needs a number on each side of the “-”</source>
        <translation>ein Bereich braucht auf beiden Seiten des „-“ eine Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2–%3</translation>
    </message>
    <message>
        <source>“%1” after “/” is not a step: write a whole number, as in */15</source>
        <translation>„%1“ nach „/“ ist keine Schrittweite: Schreiben Sie eine ganze Zahl, wie in */15</translation>
    </message>
    <message>
        <source>a step of 0 never moves on: write 1 or more</source>
        <translation>eine Schrittweite von 0 kommt nie voran: Schreiben Sie 1 oder mehr</translation>
    </message>
    <message>
        <source>“%1” has more than one step</source>
        <translation>„%1“ hat mehr als eine Schrittweite</translation>
    </message>
    <message>
        <source>“%1” is not a range: a range is two values joined by one “-”</source>
        <translation>„%1“ ist kein Bereich: Ein Bereich sind zwei Werte, verbunden durch ein „-“</translation>
    </message>
    <message>
        <source>a step needs a range or * before it, as in */%1 or %2-%3/%1</source>
        <translation>vor einer Schrittweite muss ein Bereich oder * stehen, wie in */%1 oder %2-%3/%1</translation>
    </message>
    <message>
        <source>the range %1 runs backwards; write the smaller value first</source>
        <translation>der Bereich %1 läuft rückwärts; schreiben Sie den kleineren Wert zuerst</translation>
    </message>
    <message>
        <source>“%1” has no place in a schedule; a field has numbers, names, *, -, / and commas</source>
        <translation>„%1“ hat in einem Zeitplan nichts zu suchen; ein Feld enthält Zahlen, Namen, *, -, / und Kommas</translation>
    </message>
    <message>
        <source>the list has an empty item (two commas together, or one at an end)</source>
        <translation>die Liste hat einen leeren Eintrag (zwei Kommas hintereinander oder eines am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>a schedule field, then what is wrong with it</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>there is no %1 in %2, so this schedule would never run</source>
        <translation>im %2 gibt es keinen %1, daher würde dieser Zeitplan nie ausgeführt</translation>
    </message>
    <message>
        <source>minute</source>
        <comment>cron field</comment>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>cron field</comment>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <comment>cron field</comment>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <source>month</source>
        <comment>cron field</comment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <comment>cron field</comment>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>The schedule is too long: a schedule has at most %1 characters.</source>
        <translation>Der Zeitplan ist zu lang: Ein Zeitplan hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A schedule is one line, without line breaks or other control characters.</source>
        <translation>Ein Zeitplan ist eine Zeile, ohne Zeilenumbrüche oder andere Steuerzeichen.</translation>
    </message>
    <message>
        <source>Give a schedule: five fields (minute, hour, day of month, month, day of week), or @hourly, @daily, @weekly, @monthly, @yearly or @reboot.</source>
        <translation>Geben Sie einen Zeitplan an: fünf Felder (Minute, Stunde, Tag im Monat, Monat, Wochentag) oder @hourly, @daily, @weekly, @monthly, @yearly oder @reboot.</translation>
    </message>
    <message>
        <source>%1 stands alone: nothing may follow it in the schedule.</source>
        <translation>%1 steht allein: Im Zeitplan darf nichts darauf folgen.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule cron knows; the @ schedules are @reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly.</source>
        <translation>„%1“ ist kein Zeitplan, den cron kennt; die @-Zeitpläne sind @reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight und @hourly.</translation>
    </message>
    <message>
        <source>A schedule has five fields (minute, hour, day of month, month, day of week) separated by spaces; this one has %1.</source>
        <translation>Ein Zeitplan hat fünf durch Leerzeichen getrennte Felder (Minute, Stunde, Tag im Monat, Monat, Wochentag); dieser hat %1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>the 1st day of a month</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>the 21st or 31st day of a month</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>the 2nd or 22nd day of a month</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>the 3rd or 23rd day of a month</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>the 4th…20th, 24th…30th day of a month</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days or months, as in Monday to Friday</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <comment>at least 2</comment>
        <translation>alle %1 Minuten</translation>
    </message>
    <message>
        <source>every %1 minutes from %2 to %3</source>
        <comment>at least 2</comment>
        <translation>alle %1 Minuten von %2 bis %3</translation>
    </message>
    <message>
        <source>every %1 minutes during the hours %2</source>
        <comment>at least 2</comment>
        <translation>alle %1 Minuten in den Stunden %2</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <source>every minute from %1 to %2</source>
        <translation>jede Minute von %1 bis %2</translation>
    </message>
    <message>
        <source>every minute during the hours %1</source>
        <translation>jede Minute in den Stunden %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>at a list of times of day</comment>
        <translation>um %1</translation>
    </message>
    <message>
        <source>every hour, on the hour</source>
        <translation>jede volle Stunde</translation>
    </message>
    <message>
        <source>at minute %1 of every hour</source>
        <translation>in Minute %1 jeder Stunde</translation>
    </message>
    <message>
        <source>at minutes %1 of every hour</source>
        <translation>in den Minuten %1 jeder Stunde</translation>
    </message>
    <message>
        <source>every %1 hours at minute %2</source>
        <comment>at least 2</comment>
        <translation>alle %1 Stunden in Minute %2</translation>
    </message>
    <message>
        <source>every hour from %1 to %2</source>
        <translation>stündlich von %1 bis %2</translation>
    </message>
    <message>
        <source>at minute %1 of the hours %2</source>
        <translation>in Minute %1 der Stunden %2</translation>
    </message>
    <message>
        <source>at minutes %1 of the hours %2</source>
        <translation>in den Minuten %1 der Stunden %2</translation>
    </message>
    <message>
        <source>every day in %1</source>
        <translation>jeden Tag im %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>every Monday</comment>
        <translation>jeden %1</translation>
    </message>
    <message>
        <source>every %1 in %2</source>
        <comment>every Monday in January</comment>
        <translation>jeden %1 im %2</translation>
    </message>
    <message>
        <source>on the %1 of every month</source>
        <translation>am %1 jedes Monats</translation>
    </message>
    <message>
        <source>on the %1 of %2</source>
        <comment>on the 1st of January</comment>
        <translation>am %1 %2</translation>
    </message>
    <message>
        <source>on the %1 of every month and on every %2</source>
        <translation>am %1 jedes Monats und jeden %2</translation>
    </message>
    <message>
        <source>in %3, on the %1 and on every %2</source>
        <translation>im %3 am %1 und jeden %2</translation>
    </message>
    <message>
        <source>on the %1 of every month when it is a %2</source>
        <translation>am %1 jedes Monats, wenn er ein %2 ist</translation>
    </message>
    <message>
        <source>on the %1 of %3 when it is a %2</source>
        <translation>am %1 %3, wenn er ein %2 ist</translation>
    </message>
    <message>
        <source>at reboot (when cron starts)</source>
        <translation>beim Neustart (wenn cron startet)</translation>
    </message>
    <message>
        <source>%1 every day</source>
        <comment>at 02:30 every day</comment>
        <translation>%1 jeden Tag</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a time of day, then the days: at 02:30 every Monday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date in a note</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>On %1 the clock jumps from %2 to %3, so %4 does not come; cron runs this at %3 instead.</source>
        <translation>Am %1 springt die Uhr von %2 auf %3, %4 kommt also nicht vor; cron führt dies stattdessen um %3 aus.</translation>
    </message>
    <message>
        <source>On %1 the clock goes back from %2 to %3, so %4 comes twice; cron runs this only the first time.</source>
        <translation>Am %1 wird die Uhr von %2 auf %3 zurückgestellt, %4 kommt also zweimal vor; cron führt dies nur beim ersten Mal aus.</translation>
    </message>
    <message>
        <source>On %1 the clock goes back from %2 to %3; this runs again at %4 as the clock repeats the time.</source>
        <translation>Am %1 wird die Uhr von %2 auf %3 zurückgestellt; dies läuft um %4 erneut, während die Uhr die Zeit wiederholt.</translation>
    </message>
    <message>
        <source>On %1 the clock jumps from %2 to %3; the runs due in between do not happen.</source>
        <translation>Am %1 springt die Uhr von %2 auf %3; die Ausführungen dazwischen entfallen.</translation>
    </message>
</context>
</TS>
