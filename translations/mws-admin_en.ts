<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditedAction</name>
    <message>
        <source>Done, but the panel did not record the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage sites on the Managed Web Service, and (for staff) the fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the control panel at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only this PEM certificate for the panel (self-hosted panels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mws-admin: cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start signing in to --panel at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::BulkAction</name>
    <message>
        <source>The connection to the hypervisor went away during the action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::Fleet</name>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::FleetModel</name>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::HypervisorConnection</name>
    <message>
        <source>Could not connect to the hypervisor at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the hypervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not shut down %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reboot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not force off %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not suspend %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no virtual machine %1 on this hypervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revert to the snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the definition of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::SecretStore</name>
    <message>
        <source>No such entry in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::SftpSession</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start SFTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::SshConnection</name>
    <message>
        <source>the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the private key %1: it is not a key, or the passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH agent is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed while signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the key for the user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not show its host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the server&apos;s host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: it may be an impostor. The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered: %1. Expected by %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 does not match the fingerprints the panel publishes for it. The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered: %1. Expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked: it is not in %2 and the panel gave no fingerprints for it. The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the host key of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::SshKeyGenerator</name>
    <message>
        <source>Could not generate an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the new private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the new public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::SshPublicKey</name>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key. Give the public key (the .pub file) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one key per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key has a type and a base64 body, like &quot;ssh-ed25519 AAAA… comment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA keys are no longer accepted by OpenSSH. Use an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key body is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key body could not be read as a %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key says it is %1 but its body is a %2 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys must have at least %1 bits; this one has %2. Make an Ed25519 key (ssh-keygen -t ed25519) or a longer RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys may have at most %1 bits; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s comment may not contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s comment may not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s comment may be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is %1 KiB long; an OpenSSH public key line may be at most 16 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is in the SSH2 (RFC 4716) format. Convert it to OpenSSH&apos;s with &quot;ssh-keygen -i -f&quot; and give that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options before the key (as in authorized_keys, like %1) are not accepted here: give the key alone, starting with its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type &quot;%1&quot;. Accepted are ssh-ed25519, ecdsa-sha2-nistp256, -384 and -521, ssh-rsa (at least %2 bits) and their security-key (sk-) forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::SshShell</name>
    <message>
        <source>The shell was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host did not start a shell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::SshTunnel</name>
    <message>
        <source>Opening the tunnel was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::api::JobTracker</name>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::api::PanelClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate pinned for this panel cannot be read; pin it again in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel could not understand the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not exist, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflicts with the current state; reload and check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too large for the panel to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the values are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel has had too many requests; wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel is not available at the moment. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel failed while handling the request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this since you opened it. Reload it, compare, and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the panel at %1 is not trusted, so MWS Admin did not connect. If this panel uses its own certificate, pin that certificate in the account&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel at %1 is not answering (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel&apos;s address %1 cannot be found. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel at %1 closed the connection before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the panel at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel sent an answer this version of MWS Admin does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::auth::AccountStore</name>
    <message>
        <source>Could not read the list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of accounts is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of accounts has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for the list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a panel address and a CRSid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::auth::LoginSession</name>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before switching to staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::cache::OfflineCache</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache needs SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the offline cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace the damaged offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache entry needs the time it was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::AccountSiteTreeModel</name>
    <message>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2
%n site(s)</source>
        <translation>
            <numerusform>%1 on %2
%n site</numerusform>
            <numerusform>%1 on %2
%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>The control panel cannot be reached: showing what was last loaded, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Account %1, %n site(s)</source>
        <translation>
            <numerusform>Account %1, %n site</numerusform>
            <numerusform>Account %1, %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1, %n site(s), offline</source>
        <translation>
            <numerusform>Account %1, %n site, offline</numerusform>
            <numerusform>Account %1, %n sites, offline</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, offline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::ActivityModel</name>
    <message>
        <source>%1 (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::ActivityPage</name>
    <message>
        <source>Filter by person, action or target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::AddSshKeyDialog</name>
    <message>
        <source>Add an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your public key (the contents of a .pub file, like ~/.ssh/id_ed25519.pub), or import the file. Never give your private key: it stays on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s own comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1, fingerprint %2, comment “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::AddVhostDialog</name>
    <message>
        <source>Add a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vhost serves one folder of the site under one or more domain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vhost name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain names, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.org
example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder in the site&apos;s home, inside public_html. The panel makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site already has a vhost called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document r&amp;oot:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::ApachePage</name>
    <message>
        <source>Apache settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no vhosts yet. Add one on the Web sites page; its Apache settings can then be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features switched on for this vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host offers no optional features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;directives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Apache directives of the vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># No directives of your own, for example:
# ErrorDocument 404 /404.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vhost&apos;s settings again, dropping your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache %1 on this site&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only directives sites may use are accepted, and paths must stay inside the site&apos;s folder, %1. They are checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features switched on for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Apache settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom directives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::AppController</name>
    <message>
        <source>Sign-in not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but MWS Admin cannot remember it for next time:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some accounts could not be opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control panel at %1 asked %2 to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CertificateRequestDialog</name>
    <message>
        <source>Certificate request for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this certificate signing request to your certificate authority. It is for %1. The private key stays on the panel; when the certificate comes back, use “Upload certificate…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing request, PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::ChangeFlow</name>
    <message>
        <source>The panel could not preview “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job for “%1” could not be followed to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
See the jobs panel for how it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this part of the site since it was loaded. It is being loaded again: look at it, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CodeLabels</name>
    <message>
        <source>Requested the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the site&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned the site off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned the site on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave someone access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took someone&apos;s access away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff support access granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff looked at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the document root read-only again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PHP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the site offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the site again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the site answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a vhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the document root read-only again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed PHP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the site offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served the site again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update shell access on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cron jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a cron job now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the cron jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran a cron job now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a database user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a database user&apos;s grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave a database user a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a database user&apos;s grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the fleet&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on a virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined the site&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into a database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CronDurationChart</name>
    <message>
        <source>Run durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CronFormat</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable %1: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last run is still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n byte(s) not shown …</source>
        <translation>
            <numerusform>… %n byte not shown …</numerusform>
            <numerusform>… %n bytes not shown …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mws::ui::CronHistory</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs cannot be shown while the control panel cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The run printed nothing.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CronJobDialog</name>
    <message>
        <source>Add a cron job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a cron job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command runs on the host&apos;s clock (%1) as the site&apos;s user, with /bin/sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the job is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the last run to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last run is still &amp;going:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled: cron runs the job on its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail the site&apos;s owners when a run fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then it is stopped, with everything it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CronNotices</name>
    <message>
        <source>%1: the cron job “%2” ended: %3%4, at %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CronPage</name>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cron jobs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cron job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the selected job off or on: a job switched off stays, and never runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected job at once; what it prints shows in the jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crontab installed on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed &amp;crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (“%2”), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host&apos;s clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run of “%1” ended: %2 (%3), at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: cron runs it on its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: it never runs by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not while suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never: the schedule is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the host starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (clock change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control panel cannot be reached: the cron jobs are shown as last seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this site lets you see its cron jobs, not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is suspended: no job runs until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no cron jobs. Add one to run a command on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cron job “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cron job “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cron job “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will no longer run, and its runs will no longer be shown here.

Its command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cron job “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job will no longer run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off the cron job “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job will not run until it is switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the cron job “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::CronScheduleEditor</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week; or @hourly, @daily, @weekly, @monthly, @yearly, @reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs, in this computer&apos;s time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run in the next 30 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on the host&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabaseNameDialog</name>
    <message>
        <source>Name after the site&apos;s prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collation (character set utf8mb4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabaseTransferBar</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a compressed dump of the selected database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected database with a dump (.sql or .sql.gz) from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed SQL dumps (*.sql.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL dumps (*.sql *.sql.gz *.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Into Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 replaces everything %2 holds now: its tables, rows, views, triggers and routines. If the dump fails part way, %2 stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name %1 to import into it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabasesPage</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s PHP reaches its databases as localhost, over the host&apos;s MariaDB socket. From this computer, open a tunnel on the SSH page (Open Tunnel) and connect to 127.0.0.1 at the port it shows, as one of the users below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database for the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop Data&amp;base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected database and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database user; its password is shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;et Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user a new password, shown once; the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop Us&amp;er…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each user may do in each database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants (users × databases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name typed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this is the copy last read from the panel; nothing can be changed until it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the panel cannot be reached, and no copy of the site&apos;s databases was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may look at the site&apos;s databases but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no databases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its socket and tunnel accounts differ; reset its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name starts with the site&apos;s prefix. Its character set is utf8mb4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s name starts with the site&apos;s prefix. Its password is made by the panel and shown once; grant it databases in the grants table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create database user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working once the job has run: update the site&apos;s configuration with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the database user %1? Whatever connects as it (the site&apos;s PHP, a tunnel) stops working; its databases stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop database user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the grants of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases are not available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping %1 deletes its tables and every row in them; it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users lose their grants on it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name %1 to drop it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Inside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected database&apos;s tables: their first rows and CREATE statements, read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::DiffDialog</name>
    <message>
        <source>new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel will change these files on the site&apos;s server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration file changes; only what the panel stores changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone from here. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::EditorFooter</name>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: someone changed the settings, so your changes were replaced by what the site has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what would change on the server before applying it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::ErrorDetails</name>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this site&apos;s files over SFTP, as yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder this one is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up&amp;load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the panel how to connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 to %2 (host key %3, as the panel says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site to open its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel cannot be reached, so the app cannot connect to this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a name: a name has no “/” and is not “.” or “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there already: choose another name, or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read, write and run it, as chmod&apos;s octal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions of %1 as an octal number (644: you read and write, everyone reads; 664: the site&apos;s members write too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a mode: give three octal digits, such as 644 or 755.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected transfer, or take it out of the queue before it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue it again: it continues where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected finished transfer off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every finished, failed and cancelled transfer off the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::FleetWindow</name>
    <message>
        <source>Fleet — MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, hypervisor, cluster or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the fleet&apos;s inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet is shown in staff mode only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory lists no hypervisors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is switched off at once, as if its power were cut: what it has not written to disk is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) on: %1</source>
        <translation>
            <numerusform>%n VM on: %1</numerusform>
            <numerusform>%n VMs on: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::HostingController</name>
    <message>
        <source>Loading the site&apos;s web hosting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not active (%2). Web sites, PHP and Apache settings can be changed while a site is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no web sites, PHP or Apache settings to show: %1 Use File → Refresh to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s web hosting could not be loaded: the control panel cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s web hosting could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::JobsPanel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::KeyChooser</name>
    <message>
        <source>Another private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin will follow the system&apos;s language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin will start in %1 the next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::MainWindow</name>
    <message>
        <source>MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MWS Admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop administration for the Managed Web Service.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every account&apos;s control panel for what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to another control panel, or as someone else, beside the accounts open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control panel at %1 cannot be reached. You are seeing what was last loaded for %2; changes are disabled until it answers again. Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::MemberDialog</name>
    <message>
        <source>Give someone access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s CRSid and choose what they may do. Their access starts at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what %1 may do on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. abc123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CRSid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners and administrators manage the site in this panel; only owners may add or remove owners. SSH-only members have a shell on the site and no access to this panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::MembersEditor</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who has access&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give someone a role on this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the site&apos;s owners and administrators can change who has access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control panel cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not given access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s role was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses access to the panel for this site and shell access to the site; every SSH session of theirs on the host ends now, on other sites too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::OverviewPage</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmaster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open site in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no address yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::PasswordDialog</name>
    <message>
        <source>Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1. It is shown this once: the panel keeps only its hash, and this app does not keep it. Copy it to where it is needed (the site&apos;s configuration) before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::PhpPage</name>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On/Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time zone, like Europe/London</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>one of %n choices</source>
        <translation>
            <numerusform>one of %n choice</numerusform>
            <numerusform>one of %n choices</numerusform>
        </translation>
    </message>
    <message>
        <source>One of:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A size in bytes, or with K, M or G: from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments start with “;” in PHP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections like [PHP] are not needed: write one “name = value” a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the setting as “name = value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the setting&apos;s name before “=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can &amp;set (double-click to add it below):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHP settings a site can change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s s&amp;ettings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s PHP settings, one “name = value” a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Nothing set: the site uses the defaults shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the PHP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the site&apos;s settings again, dropping your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One setting a line, as &lt;code&gt;name = value&lt;/code&gt;. Lines starting with &lt;code&gt;;&lt;/code&gt; are comments; they are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional PHP extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host offers no optional extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHP %1 on this site&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts cannot raise it with ini_set().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the site gets the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not offered by this host any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the PHP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHP setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SignInWindow</name>
    <message>
        <source>Sign in — MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;MWS Admin&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Raven account to manage your sites on the Managed Web Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control panel address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;Raven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your web browser.
This window continues by itself once you have allowed access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in a browser yourself, for example when none opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the control panel&apos;s address, like https://panel.mws.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, go to:&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened here. Copy the link and open it in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long and expired. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteListModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Declined: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteNavigator</name>
    <message>
        <source>Search sites (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sites by name, address or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the sites of every account. Down or Enter moves to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites by account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: File ▸ Add account… signs in to a control panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites were saved from an earlier visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no sites on these panels yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SitePages</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PHP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apa&amp;che</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestBanner</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request a Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new site on this account&apos;s control panel; staff approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is requested: it is in your list, waiting for staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created at once (staff mode): it is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is approved: it is ready in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was declined: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestDialog</name>
    <message>
        <source>Request a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff look at each request and put the site on one of the service&apos;s hosts, or tell you why not. Until then it waits in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Department of Chemistry outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the site is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webmaster@example.cam.ac.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webmaster address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmaster address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestsPanel</name>
    <message>
        <source>Site requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webmaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host the site will live on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not (the owner reads this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site requests are shown in staff mode only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) waiting.</source>
        <translation>
            <numerusform>%n site waiting.</numerusform>
            <numerusform>%n sites waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not decided: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is declined; its owner sees why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SnapshotDialog</name>
    <message>
        <source>Take a Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot keeps %1&apos;s disks, and its memory if it is running, as they are now, so that it can be reverted to them later. Taking it is recorded in the panel&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was taken: before an upgrade, say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the snapshot a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot&apos;s name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes and underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VM already has a snapshot called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SshKeyGenDialog</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new Ed25519 key is made on this computer. Its private half is written to the file below and never leaves it; its public half is added to your keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, but it protects the key if the file is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the private key is to be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. If you replace it, the key it holds is lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the private key in the system keychain instead of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s Files tab and database tunnel can use it; the system&apos;s ssh cannot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::SshPage</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell access to this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command that opens a shell on the site, to paste into a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has a shell here, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with shell access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys open every site where you have shell access, not only this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a public key or import a .pub file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare these with what ssh shows the first time it connects, or publish the SSHFP records in the site&apos;s DNS zone so that ssh can check the host by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s key fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSHFP record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSHFP records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SSHF&amp;P records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shell on the site with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this site gives you no shell. Who has one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s host offers no shell access. Your keys can be managed below all the same: they open every other site where you have shell access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has shell access could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control panel cannot be reached: your keys are shown as last seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n key(s), as many as one person may keep.</source>
        <translation>
            <numerusform>You have %n key, as many as one person may keep.</numerusform>
            <numerusform>You have %n keys, as many as one person may keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) will no longer open any site, on any host of this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key pair on this computer and add its public half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not added to your keys. Its private half is in %1 and its public half in %1.pub: add that file with Add key… later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is one of your keys now. Its private half was written to %1 (its public half beside it, in %1.pub); ssh uses it when told so:

ssh -i %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not added to your keys. Its private half is in the keychain; generate another to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is one of your keys now. Its private half is kept in your system&apos;s keychain, not in a file: this app&apos;s Files tab and database tunnel log in with it (the system&apos;s ssh cannot).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::StaffBanner</name>
    <message>
        <source>&amp;Leave Staff Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Staff Mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with Raven to act as staff for a while; everything you do then is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWS Admin on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Sign in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff mode was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff mode&lt;/b&gt; — %1 left. Everything you do is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with Raven in your browser to enter staff mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fleet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every VM on every hypervisor, with their power actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::TablePreviewDialog</name>
    <message>
        <source>Inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1; it has more.</source>
        <translation>
            <numerusform>The first %n row of %1; it has more.</numerusform>
            <numerusform>The first %n rows of %1; it has more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) of %1.</source>
        <translation>
            <numerusform>The %n row of %1.</numerusform>
            <numerusform>All %n rows of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mws::ui::TerminalPage</name>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shell on this site&apos;s host in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shell on this site&apos;s host in your system&apos;s terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site to open a shell on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel cannot be reached, so the app cannot connect to this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the panel how to connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s host does not offer shell access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out how to connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no shell access on this site; its owner or an administrator can give it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the script the terminal runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the terminal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection opened in your system&apos;s terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the shell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (host key %2, as the panel says).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::TransferQueue</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% at %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (resumed at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::TunnelBox</name>
    <message>
        <source>Database tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a local port to this site&apos;s database server over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a command that connects the MariaDB client through the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the panel where the database server is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s host does not say where its database server is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the tunnel through %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to host 127.0.0.1, port %1: it is the database server at %2:%3 on %4, reached as %5. It stays open while this page shows the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::UploadCertificateDialog</name>
    <message>
        <source>Upload a certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the certificate your certificate authority issued for this vhost&apos;s request, and the intermediate certificates that come with it (PEM, “-----BEGIN CERTIFICATE-----”). The panel checks that they fit its key and every domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hain (intermediate certificates, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not in PEM form: it should start with “-----BEGIN CERTIFICATE-----”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never paste a private key here: the panel made the key and keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is not in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::UsableAccess</name>
    <message>
        <source>Select a site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site&apos;s host does not offer shell access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out how to connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no shell access on this site; its owner or an administrator can give it to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::VmDetails</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the snapshot %2 of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting %1 to the snapshot %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the snapshot %2 of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was not taken: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reverted to the snapshot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not reverted to the snapshot %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was not deleted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition (domain XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a VM to see its snapshots and definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor %1 is not connected: nothing can be read or done until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshots and definition of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n snapshot.</numerusform>
            <numerusform>%n snapshots.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current snapshot: the one the VM was last reverted to or that was taken last. A new snapshot is its child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back to the snapshot %2: its disks, its memory if the snapshot holds it, and its definition. What changed since the snapshot was taken is lost, unless another snapshot holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 of %2 is deleted, which cannot be undone. The VM stays as it is, and the snapshots taken after this one are kept, under its parent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::ui::WebSitesPage</name>
    <message>
        <source>&lt;b&gt;Vhosts&lt;/b&gt; — each serves one folder under its domain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vhosts of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd vhost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete vhost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the edits and show the vhost as the panel has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what the change does to the web server&apos;s files, then apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vhost name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder served, relative to the site&apos;s home and inside public_html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain names, one per line; the first is the main name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line; the first is the main name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the other names to the main name (301 redirect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send HTTP visitors to &amp;HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell browsers to use only HTTPS for a year (HS&amp;TS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the web server &amp;write to the document root for one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For installers and updates that write their own files. PHP scripts can then change the site&apos;s files; the panel turns this off by itself after an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a certificate re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel makes a new private key, which never leaves it, and a certificate signing request for this vhost&apos;s names to give to a certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the waiting request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the certificate a certificate authority issued for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For test and demo names only: browsers warn visitors about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS — certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HTTPS — certificate expires in %n day(s)</source>
        <translation>
            <numerusform>HTTPS — certificate expires in %n day</numerusform>
            <numerusform>HTTPS — certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTPS until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site serves no web pages yet. Use “Add vhost…” to give it a domain name and a folder to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site already has a vhost called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an HTTPS certificate: add one in “HTTPS certificate” below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers that have seen the site refuse plain HTTP for it for a year, even if the certificate is removed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable until %1; the panel turns it off then by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable for one hour from when the change is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are disabled: the control panel cannot be reached, or a change is being applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the vhost first; nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the vhost answers over HTTP only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed, made by the panel (for testing: browsers warn visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by a certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1. Browsers refuse HTTPS for these names: upload a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires in %n day(s). Renew it: make a certificate request and upload the new certificate.</source>
        <translation>
            <numerusform>%1 — expires in %n day. Renew it: make a certificate request and upload the new certificate.</numerusform>
            <numerusform>%1 — expires in %n days. Renew it: make a certificate request and upload the new certificate.</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate request made on the panel is waiting for its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the vhost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will serve the files in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These domain names stop being served: %1. The files in %2 stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its HTTPS certificate and key are removed from the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the vhost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These domain names stop working on this site: %1. Visitors to them get an error page until a vhost serves them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vhost is renamed from %1 to %2; its domain names keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will serve the files in %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one hour the web server, and so any PHP script, may change the files in %1. Turn it off as soon as the installer or update has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers that visit will refuse plain HTTP for these names for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vhost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel did not make a certificate request for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel makes a key and a certificate for %1, valid for 90 days. Browsers warn visitors about it: it is for test and demo names only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the certificate installed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a self-signed certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS stops working for %1; the vhost answers over HTTP only, and its HTTPS redirect and HSTS are switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers that were told to use only HTTPS (HSTS) cannot reach these names until a certificate is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one domain name, like www.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document r&amp;oot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove certi&amp;ficate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws::validate</name>
    <message>
        <source>Give the site a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description can have at most 250 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an email address like webmaster@example.cam.ac.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user is named by their CRSid, like &quot;abc123&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain name cannot have two dots in a row or start with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than 63 characters; each part of a domain name between dots can have at most 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains “%2”; a domain name is letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” starts or ends with a hyphen; the parts of a domain name cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a domain name, like www.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an IP address; give a domain name, like www.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains a space; a domain name is letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a wildcard; give each domain name in full, like www.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“localhost” is not a public domain name; give one like www.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name is %1 characters long; it can have at most 253.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written as an internationalised domain name; check for unusual characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a full domain name; give one like www.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends in a number; the last part of a domain name (like “org”) has letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vhost a short name, like “main” or “blog”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vhost name can have at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vhost name is lower-case letters, digits and hyphens, starting with a letter or digit, like “blog-2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document root, like “public_html” or “public_html/blog”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document root contains a control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate folders with “/”, not “\”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document root relative to the site&apos;s home, like “public_html/blog”, not as an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document root can have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document root can contain only letters, digits, “.”, “_”, “-” and “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document root must stay inside the site&apos;s home; “..” is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty or “.” parts from the document root (“//”, “/./” or a trailing “/”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document root must be “public_html” or a folder inside it, like “public_html/blog”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most memory one request may use. Raise it for applications that report “Allowed memory size exhausted”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum execution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a script may run, in seconds, before PHP stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum input time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long PHP may spend reading a request&apos;s data, in seconds; -1 uses the maximum execution time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum input variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many form fields one request may send. Raise it for large forms, such as menu editors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache compiled scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps compiled PHP in memory (OPcache). Leave it on unless debugging the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice changed scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks whether scripts changed on disk. Switch it off only if you clear the cache after every deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for changes every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often, in seconds, OPcache checks scripts for changes; 0 checks on every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest uploaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest file one upload may be. Raise post_max_size with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest form submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest request body PHP accepts, uploads included. It must be at least the largest uploaded file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone PHP&apos;s date functions use, like Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long, in seconds, an unused session is kept before it may be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character set PHP announces for its pages. Keep UTF-8 unless the site is old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short open tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets old scripts start PHP with “&lt;?” instead of “&lt;?php”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show errors in pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows PHP errors to visitors. Useful while developing; keep it off on a live site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes PHP errors to the site&apos;s error log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds of PHP errors are shown or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats shown errors as HTML rather than plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be unlimited or negative on a shared host; give a size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a size like 128M, 512K or 1G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is On or Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone PHP knows; give one like Europe/London or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) must be at least %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is larger than %3 (%4); raise %3 as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PHP setting sites can change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 contains %2, which a PHP setting cannot contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads other configuration files; it is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads code into the web server; switch modules on in the vhost&apos;s settings instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a server-wide setting; it is not available in a vhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is managed by the panel: use the vhost&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is managed by the panel: the site&apos;s logs are set up for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is managed by the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is managed by the panel: use the TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available: sites cannot proxy to other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available: handlers are managed by the panel, and PHP runs through PHP-FPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available: CGI scripts cannot run here; PHP runs through PHP-FPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AliasMatch is not available; use Alias with a folder inside the site&apos;s home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RewriteMap is not available: it can run programs and read files outside the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DefaultType was removed in Apache 2.4; use ForceType or AddType.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no effect here: PHP runs through PHP-FPM; use the site&apos;s PHP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;VirtualHost&gt; is managed by the panel: these directives already go inside this vhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;DirectoryMatch&gt; is not available: a pattern could match folders outside the site; use &lt;Directory&gt; with a folder inside the site&apos;s home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not available: sites cannot proxy to other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or not allowed: &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL rewriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrites and redirects requests by pattern (mod_rewrite), as many applications&apos; “pretty URLs” need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets, changes or removes HTTP headers (mod_headers), for example for caching or security policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells browsers how long they may keep files (mod_expires).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compresses text responses such as HTML, CSS and JavaScript (mod_deflate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a folder&apos;s files when it has no index page (mod_autoindex); needs Options +Indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directives are longer than 64 KiB; shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than 8 KiB, which Apache cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line contains a control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is never closed; add &lt;/%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ${…} variables are not available; write the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expressions that read files (file(), filesize(), filemod()) are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes at most %2 arguments; put quotes around an argument that contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 is missing its closing “&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a quote is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be inside another &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be inside &lt;Location&gt;, &lt;Files&gt; or &lt;Limit&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must come straight after an &lt;If&gt; or &lt;ElseIf&gt; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be inside another &lt;Limit&gt; or &lt;LimitExcept&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only allowed inside &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Directory ~ …&gt; is not available: a pattern could match folders outside the site; give a folder inside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Directory&gt; takes one folder; put quotes around a folder that contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Directory %1&gt; is outside the site&apos;s home; give a folder inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;IfModule&gt; takes a module name, like mod_rewrite.c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; takes one path, or “~” and a pattern; put quotes around a path that contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; takes HTTP methods, like GET POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing its closing “&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/%1&gt; has no &lt;%1&gt; to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/%1&gt; comes before the &lt;%2&gt; opened on line %3 is closed; close it first with &lt;/%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2; switch it on for this vhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RewriteBase only works inside &lt;Directory&gt; or &lt;Location&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options Indexes needs %1; switch it on for this vhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options None stands on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options FollowSymLinks is not available: a link could lead out of the site; use SymLinksIfOwnerMatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options ExecCGI is not available: CGI scripts cannot run here; PHP runs through PHP-FPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options All is not available: it includes FollowSymLinks and ExecCGI; name the options you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options %1 is not available: server-side includes are switched off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options %1 is not available; sites can use Indexes, MultiViews and SymLinksIfOwnerMatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: either every option starts with + or -, or none does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require is only allowed inside &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require not … only works inside &lt;RequireAll&gt;, next to a Require that grants access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require all takes “granted” or “denied”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require ip takes addresses or networks, like 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require host takes host or domain names, like cam.ac.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require %1 is not available; use Require all granted, all denied, ip … or host ….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias needs a URL path and a folder, like: Alias /files %1/files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias can only point inside the site&apos;s home (%1); “%2” is outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot set %2: it would change PHP settings behind the panel&apos;s back; use the site&apos;s PHP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot set %2: proxying is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RewriteRule: flags go in square brackets, like [L,R=301].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RewriteRule with the [P] (proxy) flag is not available: sites cannot proxy to other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RewriteRule with the [H] (handler) flag is not available: handlers are managed by the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RewriteRule: “%1” starts with a part filled in from the request, so Apache could read it as any file on the server; start it with a fixed folder, or add the [PT] flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RewriteRule: Apache would read “%1” from the server&apos;s disk, outside the site&apos;s home (%2); rewrite to a page of the site, or add the [PT] flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AddOutputFilterByType can only add the DEFLATE filter here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LimitRequestBody is a number of bytes from 0 to 2147483648.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a name cron knows: write the first three letters, “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a number nor a name cron knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range needs a number on each side of the “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” after “/” is not a step: write a whole number, as in */15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step of 0 never moves on: write 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a range: a range is two values joined by one “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs a range or * before it, as in */%1 or %2-%3/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1 runs backwards; write the smaller value first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no place in a schedule; a field has numbers, names, *, -, / and commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has an empty item (two commas together, or one at an end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>a schedule field, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 in %2, so this schedule would never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <comment>cron field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is too long: a schedule has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule is one line, without line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a schedule: five fields (minute, hour, day of month, month, day of week), or @hourly, @daily, @weekly, @monthly, @yearly or @reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands alone: nothing may follow it in the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a schedule cron knows; the @ schedules are @reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule has five fields (minute, hour, day of month, month, day of week) separated by spaces; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>the 1st day of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>the 21st or 31st day of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>the 2nd or 22nd day of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>the 3rd or 23rd day of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>the 4th…20th, 24th…30th day of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days or months, as in Monday to Friday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <comment>at least 2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 minutes from %2 to %3</source>
        <comment>at least 2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 minutes during the hours %2</source>
        <comment>at least 2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute during the hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>at a list of times of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour, on the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minute %1 of every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minutes %1 of every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 hours at minute %2</source>
        <comment>at least 2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minute %1 of the hours %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minutes %1 of the hours %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>every Monday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 in %2</source>
        <comment>every Monday in January</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 of %2</source>
        <comment>on the 1st of January</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 of every month and on every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %3, on the %1 and on every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 of every month when it is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 of %3 when it is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at reboot (when cron starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 every day</source>
        <comment>at 02:30 every day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a time of day, then the days: at 02:30 every Monday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date in a note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the clock jumps from %2 to %3, so %4 does not come; cron runs this at %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the clock goes back from %2 to %3, so %4 comes twice; cron runs this only the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the clock goes back from %2 to %3; this runs again at %4 as the clock repeats the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the clock jumps from %2 to %3; the runs due in between do not happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
