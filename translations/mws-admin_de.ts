<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Manage sites on the Managed Web Service, and (for staff) the fleet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mws</name>
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
        <source>Unknown key type &quot;%1&quot;. Options before the key (as in authorized_keys) are not accepted here.</source>
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
        <source>RSA keys must have at least %1 bits; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not compute the key&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not format the key&apos;s fingerprint.</source>
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
        <source>&lt;h2&gt;MWS Admin&lt;/h2&gt;&lt;p&gt;Manage your sites on the Managed Web Service.&lt;/p&gt;</source>
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
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
