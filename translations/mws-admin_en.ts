<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <message>
        <source>Staff looked at it</source>
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
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
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
</context>
<context>
    <name>mws::ui::OverviewPage</name>
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
</context>
</TS>
