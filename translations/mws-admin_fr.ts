<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditedAction</name>
    <message>
        <source>Done, but the panel did not record the result: %1</source>
        <translation>Fait, mais le panneau n&apos;a pas enregistré le résultat : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage sites on the Managed Web Service, and (for staff) the fleet.</source>
        <translation>Gérez des sites du Managed Web Service et, pour le personnel, l’ensemble du parc.</translation>
    </message>
    <message>
        <source>Sign in to the control panel at &lt;url&gt;.</source>
        <translation>Se connecter au panneau de contrôle à l’adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Trust only this PEM certificate for the panel (self-hosted panels).</source>
        <translation>N’accepter pour le panneau que ce certificat PEM (panneaux auto-hébergés).</translation>
    </message>
    <message>
        <source>Start signing in to --panel at once.</source>
        <translation>Commencer tout de suite la connexion au panneau indiqué par --panel.</translation>
    </message>
    <message>
        <source>mws-admin: cannot read %1: %2
</source>
        <translation>mws-admin&#xa0;: impossible de lire %1&#xa0;: %2
</translation>
    </message>
</context>
<context>
    <name>mws::BulkAction</name>
    <message>
        <source>The connection to the hypervisor went away during the action.</source>
        <translation>La connexion à l’hyperviseur a été perdue pendant l’action.</translation>
    </message>
</context>
<context>
    <name>mws::Fleet</name>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>The hypervisor %1 is not connected.</source>
        <translation>L’hyperviseur %1 n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>mws::FleetModel</name>
    <message>
        <source>host unreachable</source>
        <translation>hôte injoignable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>mws::HypervisorConnection</name>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>en cours d’arrêt</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>plantée</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Could not connect to the hypervisor at %1.</source>
        <translation>Impossible de se connecter à l’hyperviseur %1.</translation>
    </message>
    <message>
        <source>Could not list the virtual machines.</source>
        <translation>Impossible d’obtenir la liste des machines virtuelles.</translation>
    </message>
    <message>
        <source>Not connected to the hypervisor.</source>
        <translation>Pas de connexion à l’hyperviseur.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrer</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>redémarrer</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>réinitialiser</translation>
    </message>
    <message>
        <source>force off</source>
        <translation>forcer l’arrêt</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>suspendre</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprendre</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Impossible de démarrer %1.</translation>
    </message>
    <message>
        <source>Could not shut down %1.</source>
        <translation>Impossible d’arrêter %1.</translation>
    </message>
    <message>
        <source>Could not reboot %1.</source>
        <translation>Impossible de redémarrer %1.</translation>
    </message>
    <message>
        <source>Could not reset %1.</source>
        <translation>Impossible de réinitialiser %1.</translation>
    </message>
    <message>
        <source>Could not force off %1.</source>
        <translation>Impossible de forcer l’arrêt de %1.</translation>
    </message>
    <message>
        <source>Could not suspend %1.</source>
        <translation>Impossible de suspendre %1.</translation>
    </message>
    <message>
        <source>Could not resume %1.</source>
        <translation>Impossible de reprendre %1.</translation>
    </message>
    <message>
        <source>There is no virtual machine %1 on this hypervisor.</source>
        <translation>Il n’y a pas de machine virtuelle %1 sur cet hyperviseur.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 of %2.</source>
        <translation>Il n’y a pas d’instantané %1 de %2.</translation>
    </message>
    <message>
        <source>Could not list the snapshots.</source>
        <translation>Impossible de lister les instantanés.</translation>
    </message>
    <message>
        <source>Could not create the snapshot %1.</source>
        <translation>Impossible de créer l’instantané %1.</translation>
    </message>
    <message>
        <source>Could not revert to the snapshot %1.</source>
        <translation>Impossible de revenir à l’instantané %1.</translation>
    </message>
    <message>
        <source>Could not delete the snapshot %1.</source>
        <translation>Impossible de supprimer l’instantané %1.</translation>
    </message>
    <message>
        <source>Could not read the definition of %1.</source>
        <translation>La définition de %1 n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>mws::SecretStore</name>
    <message>
        <source>No such entry in the keychain.</source>
        <translation>Cette entrée n’existe pas dans le trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur&#xa0;: la connexion ne peut donc pas être mémorisée. Installez et déverrouillez un trousseau (par exemple GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L’accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Le trousseau a rencontré une erreur.</translation>
    </message>
</context>
<context>
    <name>mws::SftpSession</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The server did not start SFTP.</source>
        <translation>Le serveur n’a pas démarré SFTP.</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Impossible d’ouvrir le dossier %1.</translation>
    </message>
    <message>
        <source>Could not read the folder %1.</source>
        <translation>Impossible de lire le dossier %1.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>Impossible de supprimer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not change the permissions of %1.</source>
        <translation>Impossible de modifier les permissions de %1.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Could not upload %1.</source>
        <translation>Impossible d’envoyer %1.</translation>
    </message>
    <message>
        <source>Could not download %1.</source>
        <translation>Impossible de télécharger %1.</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Impossible de déplacer le téléchargement vers %1.</translation>
    </message>
</context>
<context>
    <name>mws::SshConnection</name>
    <message>
        <source>the stored key</source>
        <translation>la clé enregistrée</translation>
    </message>
    <message>
        <source>Could not read the private key %1: it is not a key, or the passphrase is wrong.</source>
        <translation>Impossible de lire la clé privée %1 : ce n’est pas une clé, ou la phrase de passe est fausse.</translation>
    </message>
    <message>
        <source>Could not start an SSH session.</source>
        <translation>Impossible de démarrer une session SSH.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>No SSH agent is running.</source>
        <translation>Aucun agent SSH n’est lancé.</translation>
    </message>
    <message>
        <source>The connection to %1 failed while signing in.</source>
        <translation>La connexion à %1 a échoué pendant l’authentification.</translation>
    </message>
    <message>
        <source>%1 refused the key for the user %2.</source>
        <translation>%1 a refusé la clé pour l’utilisateur %2.</translation>
    </message>
    <message>
        <source>The server did not show its host key.</source>
        <translation>Le serveur n’a pas présenté sa clé d’hôte.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s host key.</source>
        <translation>Impossible de lire la clé d’hôte du serveur.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: it may be an impostor. The connection was refused.</source>
        <translation>La clé d’hôte de %1 a changé : il peut s’agir d’un imposteur. La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Offered: %1. Expected by %2: %3.</source>
        <translation>Présentée : %1. Attendue selon %2 : %3.</translation>
    </message>
    <message>
        <source>The host key of %1 does not match the fingerprints the panel publishes for it. The connection was refused.</source>
        <translation>La clé d’hôte de %1 ne correspond à aucune des empreintes que le panneau publie pour lui. La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Offered: %1. Expected one of: %2.</source>
        <translation>Présentée : %1. Attendue l’une de : %2.</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked: it is not in %2 and the panel gave no fingerprints for it. The connection was refused.</source>
        <translation>La clé d’hôte de %1 ne peut pas être vérifiée : elle n’est pas dans %2 et le panneau n’a donné aucune empreinte. La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Offered: %1.</source>
        <translation>Présentée : %1.</translation>
    </message>
    <message>
        <source>Could not record the host key of %1 in %2.</source>
        <translation>Impossible d’enregistrer la clé d’hôte de %1 dans %2.</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
</context>
<context>
    <name>mws::SshKeyGenerator</name>
    <message>
        <source>Could not generate an Ed25519 key.</source>
        <translation>Impossible de générer une clé Ed25519.</translation>
    </message>
    <message>
        <source>Could not write the new private key.</source>
        <translation>Impossible d’écrire la nouvelle clé privée.</translation>
    </message>
    <message>
        <source>Could not write the new public key.</source>
        <translation>Impossible d’écrire la nouvelle clé publique.</translation>
    </message>
</context>
<context>
    <name>mws::SshPublicKey</name>
    <message>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <source>This is a private key. Give the public key (the .pub file) instead.</source>
        <translation>Ceci est une clé privée. Donnez plutôt la clé publique (le fichier .pub).</translation>
    </message>
    <message>
        <source>Give one key per line.</source>
        <translation>Donnez une clé par ligne.</translation>
    </message>
    <message>
        <source>A public key has a type and a base64 body, like &quot;ssh-ed25519 AAAA… comment&quot;.</source>
        <translation>Une clé publique comporte un type et un corps en base64, comme «&#xa0;ssh-ed25519 AAAA… commentaire&#xa0;».</translation>
    </message>
    <message>
        <source>DSA keys are no longer accepted by OpenSSH. Use an Ed25519 key.</source>
        <translation>OpenSSH n’accepte plus les clés DSA. Utilisez une clé Ed25519.</translation>
    </message>
    <message>
        <source>The key body is not valid base64.</source>
        <translation>Le corps de la clé n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The key body could not be read as a %1 key.</source>
        <translation>Le corps de la clé n’a pas pu être lu comme une clé %1.</translation>
    </message>
    <message>
        <source>The key says it is %1 but its body is a %2 key.</source>
        <translation>La clé se présente comme %1, mais son corps est celui d’une clé %2.</translation>
    </message>
    <message>
        <source>RSA keys must have at least %1 bits; this one has %2. Make an Ed25519 key (ssh-keygen -t ed25519) or a longer RSA key.</source>
        <translation>Les clés RSA doivent avoir au moins %1 bits ; celle-ci en a %2. Créez une clé Ed25519 (ssh-keygen -t ed25519) ou une clé RSA plus longue.</translation>
    </message>
    <message>
        <source>RSA keys may have at most %1 bits; this one has %2.</source>
        <translation>Les clés RSA peuvent avoir au plus %1 bits ; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>The key&apos;s comment may not contain line breaks.</source>
        <translation>Le commentaire de la clé ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The key&apos;s comment may not contain control characters.</source>
        <translation>Le commentaire de la clé ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The key&apos;s comment may be at most %1 characters long.</source>
        <translation>Le commentaire de la clé peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The key is %1 KiB long; an OpenSSH public key line may be at most 16 KiB.</source>
        <translation>La clé fait %1 Kio ; une ligne de clé publique OpenSSH peut faire au plus 16 Kio.</translation>
    </message>
    <message>
        <source>This key is in the SSH2 (RFC 4716) format. Convert it to OpenSSH&apos;s with &quot;ssh-keygen -i -f&quot; and give that line.</source>
        <translation>Cette clé est au format SSH2 (RFC 4716). Convertissez-la au format d’OpenSSH avec « ssh-keygen -i -f » et donnez cette ligne.</translation>
    </message>
    <message>
        <source>Options before the key (as in authorized_keys, like %1) are not accepted here: give the key alone, starting with its type.</source>
        <translation>Les options devant la clé (comme dans authorized_keys, par exemple %1) ne sont pas acceptées ici : donnez la clé seule, en commençant par son type.</translation>
    </message>
    <message>
        <source>Unknown key type &quot;%1&quot;. Accepted are ssh-ed25519, ecdsa-sha2-nistp256, -384 and -521, ssh-rsa (at least %2 bits) and their security-key (sk-) forms.</source>
        <translation>Type de clé inconnu « %1 ». Sont acceptés ssh-ed25519, ecdsa-sha2-nistp256, -384 et -521, ssh-rsa (au moins %2 bits) et leurs formes pour clés de sécurité (sk-).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>mws::SshShell</name>
    <message>
        <source>The shell was closed.</source>
        <translation>Le shell a été fermé.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The host did not start a shell.</source>
        <translation>L&apos;hôte n&apos;a pas démarré de shell.</translation>
    </message>
</context>
<context>
    <name>mws::SshTunnel</name>
    <message>
        <source>Opening the tunnel was cancelled.</source>
        <translation>L’ouverture du tunnel a été annulée.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1: %2</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>mws::api::JobTracker</name>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation>La connexion au panneau a été fermée.</translation>
    </message>
</context>
<context>
    <name>mws::api::PanelClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>There is nothing by that name.</source>
        <translation>Rien ne porte ce nom.</translation>
    </message>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation>La connexion au panneau a été fermée.</translation>
    </message>
    <message>
        <source>The certificate pinned for this panel cannot be read; pin it again in the account&apos;s settings.</source>
        <translation>Le certificat épinglé pour ce panneau est illisible&#x202f;; épinglez-le de nouveau dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The panel could not understand the request.</source>
        <translation>Le panneau n’a pas pu comprendre la requête.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>It does not exist, or no longer exists.</source>
        <translation>Cet élément n’existe pas, ou n’existe plus.</translation>
    </message>
    <message>
        <source>That conflicts with the current state; reload and check.</source>
        <translation>Cela entre en conflit avec l’état actuel&#x202f;; rechargez et vérifiez.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Cet élément a expiré.</translation>
    </message>
    <message>
        <source>That is too large for the panel to accept.</source>
        <translation>C’est trop volumineux pour être accepté par le panneau.</translation>
    </message>
    <message>
        <source>Some of the values are not valid.</source>
        <translation>Certaines valeurs ne sont pas valides.</translation>
    </message>
    <message>
        <source>The panel has had too many requests; wait a minute and try again.</source>
        <translation>Le panneau a reçu trop de requêtes&#x202f;; patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The panel is not available at the moment. Try again later.</source>
        <translation>Le panneau n’est pas disponible pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The panel failed while handling the request. Try again later.</source>
        <translation>Le panneau a échoué en traitant la requête. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The panel refused the request (HTTP %1).</source>
        <translation>Le panneau a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Someone else changed this since you opened it. Reload it, compare, and make your change again.</source>
        <translation>Quelqu’un d’autre a modifié ceci depuis que vous l’avez ouvert. Rechargez, comparez, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>The certificate of the panel at %1 is not trusted, so MWS Admin did not connect. If this panel uses its own certificate, pin that certificate in the account&apos;s settings.</source>
        <translation>Le certificat du panneau %1 n’est pas reconnu&#xa0;: MWS Admin ne s’est donc pas connecté. Si ce panneau utilise son propre certificat, épinglez ce certificat dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The panel at %1 is not answering (connection refused).</source>
        <translation>Le panneau %1 ne répond pas (connexion refusée).</translation>
    </message>
    <message>
        <source>The panel&apos;s address %1 cannot be found. Check the address and your network.</source>
        <translation>L’adresse du panneau %1 est introuvable. Vérifiez l’adresse et votre réseau.</translation>
    </message>
    <message>
        <source>The panel at %1 closed the connection before it answered.</source>
        <translation>Le panneau %1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The panel at %1 did not answer in time.</source>
        <translation>Le panneau %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the panel at %1.</source>
        <translation>Impossible de joindre le panneau %1.</translation>
    </message>
    <message>
        <source>The panel sent an answer this version of MWS Admin does not understand.</source>
        <translation>Le panneau a envoyé une réponse que cette version de MWS Admin ne comprend pas.</translation>
    </message>
    <message>
        <source>The download could not be written: %1</source>
        <translation>Le téléchargement n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being sent.</source>
        <translation>%1 a changé pendant l’envoi.</translation>
    </message>
    <message>
        <source>%1 is empty or cannot be read.</source>
        <translation>%1 est vide ou ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>mws::auth::AccountStore</name>
    <message>
        <source>Could not read the list of accounts.</source>
        <translation>Impossible de lire la liste des comptes.</translation>
    </message>
    <message>
        <source>The list of accounts is damaged.</source>
        <translation>La liste des comptes est endommagée.</translation>
    </message>
    <message>
        <source>The list of accounts has an unknown format.</source>
        <translation>La liste des comptes est dans un format inconnu.</translation>
    </message>
    <message>
        <source>Could not create the folder for the list of accounts.</source>
        <translation>Impossible de créer le dossier de la liste des comptes.</translation>
    </message>
    <message>
        <source>Could not save the list of accounts.</source>
        <translation>Impossible d’enregistrer la liste des comptes.</translation>
    </message>
    <message>
        <source>An account needs a panel address and a CRSid.</source>
        <translation>Un compte nécessite une adresse de panneau et un CRSid.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
</context>
<context>
    <name>mws::auth::LoginSession</name>
    <message>
        <source>The connection to the panel was closed.</source>
        <translation>La connexion au panneau a été fermée.</translation>
    </message>
    <message>
        <source>Sign in before switching to staff mode.</source>
        <translation>Connectez-vous avant de passer en mode personnel.</translation>
    </message>
</context>
<context>
    <name>mws::cache::OfflineCache</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Le cache hors ligne n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The offline cache needs SQLite.</source>
        <translation>Le cache hors ligne nécessite SQLite.</translation>
    </message>
    <message>
        <source>Could not create the offline cache folder.</source>
        <translation>Impossible de créer le dossier du cache hors ligne.</translation>
    </message>
    <message>
        <source>The offline cache file is damaged.</source>
        <translation>Le fichier du cache hors ligne est endommagé.</translation>
    </message>
    <message>
        <source>The file is not an offline cache.</source>
        <translation>Ce fichier n’est pas un cache hors ligne.</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of the app.</source>
        <translation>Le cache hors ligne a été écrit par une version plus récente de l’application.</translation>
    </message>
    <message>
        <source>Could not replace the damaged offline cache.</source>
        <translation>Impossible de remplacer le cache hors ligne endommagé.</translation>
    </message>
    <message>
        <source>A cache entry needs the time it was fetched.</source>
        <translation>Une entrée du cache doit indiquer quand elle a été obtenue.</translation>
    </message>
    <message>
        <source>The offline cache has no such entry.</source>
        <translation>Cette entrée n’existe pas dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>The offline cache could not be read or written.</source>
        <translation>Le cache hors ligne n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The offline cache has an unknown format.</source>
        <translation>Le cache hors ligne est dans un format inconnu.</translation>
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
    <message>
        <source>%1 (%2, offline)</source>
        <translation>%1 (%2, hors ligne)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2
%n site(s)</source>
        <translation>
            <numerusform>%1 sur %2
%n site</numerusform>
            <numerusform>%1 sur %2
%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>The control panel cannot be reached: showing what was last loaded, read-only.</source>
        <translation>Le panneau de contrôle est injoignable&#xa0;: affichage en lecture seule des dernières données chargées.</translation>
    </message>
    <message numerus="yes">
        <source>Account %1, %n site(s)</source>
        <translation>
            <numerusform>Compte %1, %n site</numerusform>
            <numerusform>Compte %1, %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1, %n site(s), offline</source>
        <translation>
            <numerusform>Compte %1, %n site, hors ligne</numerusform>
            <numerusform>Compte %1, %n sites, hors ligne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mws::ui::ActivityModel</name>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personnel)</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Avant&#xa0;: %1
Après&#xa0;: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
</context>
<context>
    <name>mws::ui::ActivityPage</name>
    <message>
        <source>Filter by person, action or target…</source>
        <translation>Filtrer par personne, action ou cible…</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrer l’activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>mws::ui::AddSshKeyDialog</name>
    <message>
        <source>Add an SSH key</source>
        <translation>Ajouter une clé SSH</translation>
    </message>
    <message>
        <source>Paste your public key (the contents of a .pub file, like ~/.ssh/id_ed25519.pub), or import the file. Never give your private key: it stays on your computer.</source>
        <translation>Collez votre clé publique (le contenu d’un fichier .pub, comme ~/.ssh/id_ed25519.pub), ou importez le fichier. Ne donnez jamais votre clé privée&#xa0;: elle reste sur votre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>&amp;Import .pub file…</source>
        <translation>&amp;Importer un fichier .pub…</translation>
    </message>
    <message>
        <source>The key&apos;s own comment</source>
        <translation>Le commentaire propre à la clé</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Commentaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>&amp;Ajouter la clé</translation>
    </message>
    <message>
        <source>Import a public key</source>
        <translation>Importer une clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 est trop volumineux pour être une clé publique.</translation>
    </message>
    <message>
        <source>Type %1, fingerprint %2.</source>
        <translation>Type %1, empreinte %2.</translation>
    </message>
    <message>
        <source>Type %1, fingerprint %2, comment “%3”.</source>
        <translation>Type %1, empreinte %2, commentaire «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>mws::ui::AddVhostDialog</name>
    <message>
        <source>Add a vhost</source>
        <translation>Ajouter un vhost</translation>
    </message>
    <message>
        <source>A vhost serves one folder of the site under one or more domain names.</source>
        <translation>Un vhost sert un dossier du site sous un ou plusieurs noms de domaine.</translation>
    </message>
    <message>
        <source>Vhost name</source>
        <translation>Nom du vhost</translation>
    </message>
    <message>
        <source>for example blog</source>
        <translation>par exemple blog</translation>
    </message>
    <message>
        <source>Domain names, one per line</source>
        <translation>Noms de domaine, un par ligne</translation>
    </message>
    <message>
        <source>www.example.org
example.org</source>
        <translation>www.example.org
example.org</translation>
    </message>
    <message>
        <source>Document root</source>
        <translation>Racine des documents</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain names:</source>
        <translation>Noms de &amp;domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Document r&amp;oot:</source>
        <translation>Racine des d&amp;ocuments&#xa0;:</translation>
    </message>
    <message>
        <source>A folder in the site&apos;s home, inside public_html. The panel makes it.</source>
        <translation>Un dossier du répertoire personnel du site, dans public_html. Le panneau le crée.</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>The site already has a vhost called %1.</source>
        <translation>Le site a déjà un vhost nommé %1.</translation>
    </message>
</context>
<context>
    <name>mws::ui::ApachePage</name>
    <message>
        <source>Apache settings</source>
        <translation>Paramètres Apache</translation>
    </message>
    <message>
        <source>V&amp;host:</source>
        <translation>V&amp;host&#xa0;:</translation>
    </message>
    <message>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <source>This site has no vhosts yet. Add one on the Web sites page; its Apache settings can then be changed here.</source>
        <translation>Ce site n’a pas encore de vhost. Ajoutez-en un dans la page Sites web&#x202f;; vous pourrez ensuite modifier ici ses paramètres Apache.</translation>
    </message>
    <message>
        <source>Features switched on for this vhost</source>
        <translation>Fonctionnalités activées pour ce vhost</translation>
    </message>
    <message>
        <source>This host offers no optional features.</source>
        <translation>Cet hôte ne propose aucune fonctionnalité facultative.</translation>
    </message>
    <message>
        <source>Custom &amp;directives:</source>
        <translation>&amp;Directives personnalisées&#xa0;:</translation>
    </message>
    <message>
        <source>Custom Apache directives of the vhost</source>
        <translation>Directives Apache personnalisées du vhost</translation>
    </message>
    <message>
        <source># No directives of your own, for example:
# ErrorDocument 404 /404.html</source>
        <translation># Aucune directive personnalisée&#x202f;; par exemple&#xa0;:
# ErrorDocument 404 /404.html</translation>
    </message>
    <message>
        <source>Problems with the directives</source>
        <translation>Problèmes dans les directives</translation>
    </message>
    <message>
        <source>Show the vhost&apos;s settings again, dropping your changes.</source>
        <translation>Réafficher les paramètres du vhost en abandonnant vos modifications.</translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation>Aucun site sélectionné.</translation>
    </message>
    <message>
        <source>Apache %1 on this site&apos;s host</source>
        <translation>Apache %1 sur l’hôte de ce site</translation>
    </message>
    <message>
        <source>Only directives sites may use are accepted, and paths must stay inside the site&apos;s folder, %1. They are checked as you type.</source>
        <translation>Seules les directives permises aux sites sont acceptées, et les chemins doivent rester dans le dossier du site, %1. Elles sont vérifiées pendant la saisie.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Allows %1.</source>
        <translation>Permet %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Features switched on for %1</source>
        <translation>Fonctionnalités activées pour %1</translation>
    </message>
    <message>
        <source>Change Apache settings of %1</source>
        <translation>Modifier les paramètres Apache de %1</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Fonctionnalité %1</translation>
    </message>
    <message>
        <source>Custom directives</source>
        <translation>Directives personnalisées</translation>
    </message>
</context>
<context>
    <name>mws::ui::AppController</name>
    <message>
        <source>Sign-in not remembered</source>
        <translation>Connexion non mémorisée</translation>
    </message>
    <message>
        <source>You are signed in, but MWS Admin cannot remember it for next time:
%1</source>
        <translation>Vous êtes connecté, mais MWS Admin ne peut pas s’en souvenir pour la prochaine fois&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some accounts could not be opened. %1</source>
        <translation>Certains comptes n’ont pas pu être ouverts. %1</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Reconnectez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>The control panel at %1 asked %2 to sign in again.</source>
        <translation>Le panneau de contrôle %1 a demandé à %2 de se reconnecter.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
</context>
<context>
    <name>mws::ui::CertificateRequestDialog</name>
    <message>
        <source>Certificate request for %1</source>
        <translation>Demande de certificat pour %1</translation>
    </message>
    <message>
        <source>Give this certificate signing request to your certificate authority. It is for %1. The private key stays on the panel; when the certificate comes back, use “Upload certificate…”.</source>
        <translation>Transmettez cette demande de signature de certificat à votre autorité de certification. Elle concerne %1. La clé privée reste sur le panneau&#x202f;; quand le certificat vous revient, utilisez «&#xa0;Téléverser un certificat…&#xa0;».</translation>
    </message>
    <message>
        <source>Certificate signing request, PEM</source>
        <translation>Demande de signature de certificat, PEM</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Enregistrer la demande de certificat</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem);;All files (*)</source>
        <translation>Demandes de certificat (*.csr *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::ChangeFlow</name>
    <message>
        <source>The panel could not preview “%1”.</source>
        <translation>Le panneau n’a pas pu prévisualiser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was not applied.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été appliqué.</translation>
    </message>
    <message>
        <source>“%1” was cancelled.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulé.</translation>
    </message>
    <message>
        <source>The job for “%1” could not be followed to its end.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n’a pas pu être suivie jusqu’à son terme.</translation>
    </message>
    <message>
        <source>%1
See the jobs panel for how it ends.</source>
        <translation>%1
Le panneau des tâches indique comment elle se termine.</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>Someone changed this part of the site since it was loaded. It is being loaded again: look at it, then make your change again.</source>
        <translation>Quelqu’un a modifié cette partie du site depuis son chargement. Elle est rechargée : consultez-la, puis refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>mws::ui::CodeLabels</name>
    <message>
        <source>Requested the site</source>
        <translation>A demandé le site</translation>
    </message>
    <message>
        <source>Created the site</source>
        <translation>A créé le site</translation>
    </message>
    <message>
        <source>Changed the site&apos;s details</source>
        <translation>A modifié les informations du site</translation>
    </message>
    <message>
        <source>Approved the site</source>
        <translation>A approuvé le site</translation>
    </message>
    <message>
        <source>Suspended the site</source>
        <translation>A suspendu le site</translation>
    </message>
    <message>
        <source>Ended the suspension</source>
        <translation>A levé la suspension</translation>
    </message>
    <message>
        <source>Turned the site off</source>
        <translation>A désactivé le site</translation>
    </message>
    <message>
        <source>Turned the site on</source>
        <translation>A réactivé le site</translation>
    </message>
    <message>
        <source>Deleted the site</source>
        <translation>A supprimé le site</translation>
    </message>
    <message>
        <source>Gave someone access</source>
        <translation>A donné accès à quelqu’un</translation>
    </message>
    <message>
        <source>Took someone&apos;s access away</source>
        <translation>A retiré l’accès de quelqu’un</translation>
    </message>
    <message>
        <source>Staff support access granted</source>
        <translation>Accès d’assistance du personnel accordé</translation>
    </message>
    <message>
        <source>Cancelled a job</source>
        <translation>A annulé une tâche</translation>
    </message>
    <message>
        <source>Staff looked at it</source>
        <translation>Consulté par le personnel</translation>
    </message>
    <message>
        <source>Began staff mode</source>
        <translation>A commencé le mode personnel</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>S’est connecté</translation>
    </message>
    <message>
        <source>Ended a sign-in</source>
        <translation>A mis fin à une connexion</translation>
    </message>
    <message>
        <source>Add a vhost</source>
        <translation>Ajouter un vhost</translation>
    </message>
    <message>
        <source>Change a vhost</source>
        <translation>Modifier un vhost</translation>
    </message>
    <message>
        <source>Rename a vhost</source>
        <translation>Renommer un vhost</translation>
    </message>
    <message>
        <source>Delete a vhost</source>
        <translation>Supprimer un vhost</translation>
    </message>
    <message>
        <source>Make the document root read-only again</source>
        <translation>Remettre la racine des documents en lecture seule</translation>
    </message>
    <message>
        <source>Change PHP settings</source>
        <translation>Modifier les paramètres PHP</translation>
    </message>
    <message>
        <source>Install a certificate</source>
        <translation>Installer un certificat</translation>
    </message>
    <message>
        <source>Install a self-signed certificate</source>
        <translation>Installer un certificat auto-signé</translation>
    </message>
    <message>
        <source>Remove a certificate</source>
        <translation>Retirer un certificat</translation>
    </message>
    <message>
        <source>Take the site offline</source>
        <translation>Mettre le site hors ligne</translation>
    </message>
    <message>
        <source>Serve the site again</source>
        <translation>Remettre le site en ligne</translation>
    </message>
    <message>
        <source>Check that the site answers</source>
        <translation>Vérifier que le site répond</translation>
    </message>
    <message>
        <source>Added a vhost</source>
        <translation>A ajouté un vhost</translation>
    </message>
    <message>
        <source>Changed a vhost</source>
        <translation>A modifié un vhost</translation>
    </message>
    <message>
        <source>Renamed a vhost</source>
        <translation>A renommé un vhost</translation>
    </message>
    <message>
        <source>Deleted a vhost</source>
        <translation>A supprimé un vhost</translation>
    </message>
    <message>
        <source>Made the document root read-only again</source>
        <translation>A remis la racine des documents en lecture seule</translation>
    </message>
    <message>
        <source>Changed PHP settings</source>
        <translation>A modifié les paramètres PHP</translation>
    </message>
    <message>
        <source>Made a certificate request</source>
        <translation>A fait une demande de certificat</translation>
    </message>
    <message>
        <source>Installed a certificate</source>
        <translation>A installé un certificat</translation>
    </message>
    <message>
        <source>Installed a self-signed certificate</source>
        <translation>A installé un certificat auto-signé</translation>
    </message>
    <message>
        <source>Removed a certificate</source>
        <translation>A retiré un certificat</translation>
    </message>
    <message>
        <source>Took the site offline</source>
        <translation>A mis le site hors ligne</translation>
    </message>
    <message>
        <source>Served the site again</source>
        <translation>A remis le site en ligne</translation>
    </message>
    <message>
        <source>Added an SSH key</source>
        <translation>A ajouté une clé SSH</translation>
    </message>
    <message>
        <source>Removed an SSH key</source>
        <translation>A retiré une clé SSH</translation>
    </message>
    <message>
        <source>Update shell access on the host</source>
        <translation>Mettre à jour l’accès shell sur l’hôte</translation>
    </message>
    <message>
        <source>Logged in over SSH</source>
        <translation>Connecté par SSH</translation>
    </message>
    <message>
        <source>Logged out of SSH</source>
        <translation>Déconnecté de SSH</translation>
    </message>
    <message>
        <source>Change the cron jobs</source>
        <translation>Modifier les tâches cron</translation>
    </message>
    <message>
        <source>Run a cron job now</source>
        <translation>Exécuter une tâche cron maintenant</translation>
    </message>
    <message>
        <source>Changed the cron jobs</source>
        <translation>A modifié les tâches cron</translation>
    </message>
    <message>
        <source>Ran a cron job now</source>
        <translation>A exécuté une tâche cron immédiatement</translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation>Créer une base de données</translation>
    </message>
    <message>
        <source>Drop a database</source>
        <translation>Supprimer une base de données</translation>
    </message>
    <message>
        <source>Create a database user</source>
        <translation>Créer un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Reset a database user&apos;s password</source>
        <translation>Réinitialiser le mot de passe d’un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Drop a database user</source>
        <translation>Supprimer un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Change a database user&apos;s grants</source>
        <translation>Modifier les droits d’un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Created a database</source>
        <translation>A créé une base de données</translation>
    </message>
    <message>
        <source>Dropped a database</source>
        <translation>A supprimé une base de données</translation>
    </message>
    <message>
        <source>Created a database user</source>
        <translation>A créé un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Gave a database user a new password</source>
        <translation>A donné un nouveau mot de passe à un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Dropped a database user</source>
        <translation>A supprimé un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Changed a database user&apos;s grants</source>
        <translation>A modifié les droits d’un utilisateur de base de données</translation>
    </message>
    <message>
        <source>Changed the fleet&apos;s inventory</source>
        <translation>A modifié l&apos;inventaire du parc</translation>
    </message>
    <message>
        <source>Acted on a virtual machine</source>
        <translation>A agi sur une machine virtuelle</translation>
    </message>
    <message>
        <source>Declined the site&apos;s request</source>
        <translation>A refusé la demande de site</translation>
    </message>
    <message>
        <source>Export a database</source>
        <translation>Exporter une base de données</translation>
    </message>
    <message>
        <source>Import into a database</source>
        <translation>Importer dans une base de données</translation>
    </message>
    <message>
        <source>Exported a database</source>
        <translation>A exporté une base de données</translation>
    </message>
    <message>
        <source>Imported into a database</source>
        <translation>A importé dans une base de données</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronDurationChart</name>
    <message>
        <source>Run durations</source>
        <translation>Durées d&apos;exécution</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation>La plus longue : %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronFormat</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
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
        <translation>Planning</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Exécutée manuellement</translation>
    </message>
    <message>
        <source>Run now by %1</source>
        <translation>Exécutée manuellement par %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Variable %1: name</source>
        <translation>Variable %1 : nom</translation>
    </message>
    <message>
        <source>Variable %1: value</source>
        <translation>Variable %1 : valeur</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>When the last run is still going</source>
        <translation>Si la dernière exécution est encore en cours</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Mail on failure</source>
        <translation>Courriel en cas d’échec</translation>
    </message>
    <message numerus="yes">
        <source>… %n byte(s) not shown …</source>
        <translation>
            <numerusform>… %n octet non affiché …</numerusform>
            <numerusform>… %n octets non affichés …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mws::ui::CronHistory</name>
    <message>
        <source>Started</source>
        <translation>Lancée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Ended with</source>
        <translation>Terminée par</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Runs of the job</source>
        <translation>Exécutions de la tâche</translation>
    </message>
    <message>
        <source>What the run printed</source>
        <translation>Ce que l&apos;exécution a affiché</translation>
    </message>
    <message>
        <source>The runs cannot be shown while the control panel cannot be reached.</source>
        <translation>Les exécutions ne peuvent pas être affichées tant que le panneau de contrôle est injoignable.</translation>
    </message>
    <message>
        <source>Select a job to see its runs.</source>
        <translation>Sélectionnez une tâche pour voir ses exécutions.</translation>
    </message>
    <message>
        <source>Runs of “%1”:</source>
        <translation>Exécutions de « %1 » :</translation>
    </message>
    <message>
        <source>The runs could not be loaded: %1</source>
        <translation>Les exécutions n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>The job has not run yet.</source>
        <translation>La tâche ne s&apos;est pas encore exécutée.</translation>
    </message>
    <message>
        <source>(The run printed nothing.)</source>
        <translation>(L&apos;exécution n&apos;a rien affiché.)</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronJobDialog</name>
    <message>
        <source>Add a cron job</source>
        <translation>Ajouter une tâche cron</translation>
    </message>
    <message>
        <source>Edit a cron job</source>
        <translation>Modifier une tâche cron</translation>
    </message>
    <message>
        <source>The command runs on the host&apos;s clock (%1) as the site&apos;s user, with /bin/sh.</source>
        <translation>La commande s&apos;exécute selon l&apos;horloge de l&apos;hôte (%1) en tant qu&apos;utilisateur du site, avec /bin/sh.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>What the job is for (optional)</source>
        <translation>À quoi sert la tâche (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;expiration :</translation>
    </message>
    <message>
        <source>Skip the new run</source>
        <translation>Sauter la nouvelle exécution</translation>
    </message>
    <message>
        <source>Wait for the last run to end</source>
        <translation>Attendre la fin de la dernière exécution</translation>
    </message>
    <message>
        <source>When the last run is still &amp;going:</source>
        <translation>Si la dernière exécution est encore en &amp;cours :</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Enabled: cron runs the job on its schedule</source>
        <translation>&amp;Activée : cron exécute la tâche selon son planning</translation>
    </message>
    <message>
        <source>&amp;Mail the site&apos;s owners when a run fails</source>
        <translation>Envoyer un &amp;courriel aux propriétaires du site quand une exécution échoue</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>then it is stopped, with everything it started</source>
        <translation>puis elle est arrêtée, avec tout ce qu&apos;elle a lancé</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Ajouter une variable</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>&amp;Retirer la variable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronNotices</name>
    <message>
        <source>%1: the cron job “%2” ended: %3%4, at %5.</source>
        <translation>%1 : la tâche cron « %2 » s’est terminée : %3%4, à %5.</translation>
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
        <translation>Active</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Cron jobs</source>
        <translation>Tâches cron</translation>
    </message>
    <message>
        <source>The cron jobs could not be loaded: %1</source>
        <translation>Les tâches cron n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a cron job</source>
        <translation>Ajouter une tâche cron</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected job</source>
        <translation>Modifier la tâche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Dé&amp;sactiver</translation>
    </message>
    <message>
        <source>Switch the selected job off or on: a job switched off stays, and never runs</source>
        <translation>Désactiver ou activer la tâche sélectionnée : une tâche désactivée reste, mais ne s’exécute jamais</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>Run the selected job at once; what it prints shows in the jobs panel</source>
        <translation>Exécuter tout de suite la tâche sélectionnée ; ce qu’elle affiche apparaît dans le panneau des tâches</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>The crontab installed on the host</source>
        <translation>La crontab installée sur l&apos;hôte</translation>
    </message>
    <message>
        <source>Installed &amp;crontab</source>
        <translation>&amp;Crontab installée</translation>
    </message>
    <message>
        <source>Job %1 (“%2”), %3</source>
        <translation>Tâche %1 (« %2 »), %3</translation>
    </message>
    <message>
        <source>Job %1, %2</source>
        <translation>Tâche %1, %2</translation>
    </message>
    <message>
        <source>Host&apos;s clock: %1</source>
        <translation>Horloge de l&apos;hôte : %1</translation>
    </message>
    <message>
        <source>The last run of “%1” ended: %2 (%3), at %4.</source>
        <translation>La dernière exécution de « %1 » s’est terminée : %2 (%3), à %4.</translation>
    </message>
    <message>
        <source>On: cron runs it on its schedule</source>
        <translation>Active : cron l’exécute selon son planning</translation>
    </message>
    <message>
        <source>Off: it never runs by itself</source>
        <translation>Désactivée : elle ne s’exécute jamais d’elle-même</translation>
    </message>
    <message>
        <source>Not while suspended</source>
        <translation>Pas tant que le site est suspendu</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Never: the schedule is wrong</source>
        <translation>Jamais : le planning est erroné</translation>
    </message>
    <message>
        <source>When the host starts</source>
        <translation>Au démarrage de l&apos;hôte</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 (clock change)</source>
        <translation>%1 (changement d&apos;heure)</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>The control panel cannot be reached: the cron jobs are shown as last seen.</source>
        <translation>Le panneau de contrôle est injoignable : les tâches cron sont affichées telles qu’elles ont été vues la dernière fois.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Your role on this site lets you see its cron jobs, not change them.</source>
        <translation>Votre rôle sur ce site vous permet de voir ses tâches cron, pas de les modifier.</translation>
    </message>
    <message>
        <source>The site is suspended: no job runs until it is back.</source>
        <translation>Le site est suspendu : aucune tâche ne s’exécute jusqu’à son retour.</translation>
    </message>
    <message>
        <source>The site has no cron jobs. Add one to run a command on a schedule.</source>
        <translation>Le site n’a aucune tâche cron. Ajoutez-en une pour exécuter une commande selon un planning.</translation>
    </message>
    <message>
        <source>Add the cron job “%1”</source>
        <translation>Ajouter la tâche cron « %1 »</translation>
    </message>
    <message>
        <source>Change the cron job “%1”</source>
        <translation>Modifier la tâche cron « %1 »</translation>
    </message>
    <message>
        <source>Delete the cron job “%1”?</source>
        <translation>Supprimer la tâche cron « %1 » ?</translation>
    </message>
    <message>
        <source>It will no longer run, and its runs will no longer be shown here.

Its command: %1</source>
        <translation>Elle ne s&apos;exécutera plus, et ses exécutions ne seront plus affichées ici.

Sa commande : %1</translation>
    </message>
    <message>
        <source>Delete the cron job “%1”</source>
        <translation>Supprimer la tâche cron « %1 »</translation>
    </message>
    <message>
        <source>The job will no longer run.</source>
        <translation>La tâche ne s&apos;exécutera plus.</translation>
    </message>
    <message>
        <source>Switch off the cron job “%1”</source>
        <translation>Désactiver la tâche cron « %1 »</translation>
    </message>
    <message>
        <source>The job will not run until it is switched on again.</source>
        <translation>La tâche ne s&apos;exécutera pas tant qu&apos;elle n&apos;est pas réactivée.</translation>
    </message>
    <message>
        <source>Switch on the cron job “%1”</source>
        <translation>Activer la tâche cron « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>“%1” was not sent:</source>
        <translation>« %1 » n’a pas été envoyé :</translation>
    </message>
    <message>
        <source>“%1” was not run.</source>
        <translation>« %1 » n’a pas été exécutée.</translation>
    </message>
</context>
<context>
    <name>mws::ui::CronScheduleEditor</name>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week; or @hourly, @daily, @weekly, @monthly, @yearly, @reboot</source>
        <translation>Cinq champs : minute, heure, jour du mois, mois, jour de la semaine ; ou @hourly, @daily, @weekly, @monthly, @yearly, @reboot</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>À quelle fréquence</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>at minute</source>
        <translation>à la minute</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>on day </source>
        <translation>le jour </translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Next runs, in this computer&apos;s time:</source>
        <translation>Prochaines exécutions, à l’heure de cet ordinateur :</translation>
    </message>
    <message>
        <source>No run in the next 30 years.</source>
        <translation>Aucune exécution dans les 30 prochaines années.</translation>
    </message>
    <message>
        <source>%1 (%2 on the host&apos;s clock)</source>
        <translation>%1 (%2 à l&apos;horloge de l&apos;hôte)</translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabaseNameDialog</name>
    <message>
        <source>Name after the site&apos;s prefix %1</source>
        <translation>Nom après le préfixe du site %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Collation (character set utf8mb4):</source>
        <translation>&amp;Collation (jeu de caractères utf8mb4) :</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabaseTransferBar</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save a compressed dump of the selected database on this computer</source>
        <translation>Enregistrer une sauvegarde compressée de la base sélectionnée sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Replace the selected database with a dump (.sql or .sql.gz) from this computer</source>
        <translation>Remplacer la base sélectionnée par une sauvegarde (.sql ou .sql.gz) de cet ordinateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the transfer</source>
        <translation>Arrêter le transfert</translation>
    </message>
    <message>
        <source>The job could not be followed: %1</source>
        <translation>La tâche n’a pas pu être suivie : %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Compressed SQL dumps (*.sql.gz)</source>
        <translation>Sauvegardes SQL compressées (*.sql.gz)</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importer dans %1</translation>
    </message>
    <message>
        <source>SQL dumps (*.sql *.sql.gz *.gz)</source>
        <translation>Sauvegardes SQL (*.sql *.sql.gz *.gz)</translation>
    </message>
    <message>
        <source>Import Into Database</source>
        <translation>Importer dans la base de données</translation>
    </message>
    <message>
        <source>Importing %1 replaces everything %2 holds now: its tables, rows, views, triggers and routines. If the dump fails part way, %2 stays exactly as it was.</source>
        <translation>Importer %1 remplace tout ce que %2 contient maintenant : ses tables, lignes, vues, déclencheurs et routines. Si la sauvegarde échoue en cours de route, %2 reste exactement tel quel.</translation>
    </message>
    <message>
        <source>Type the name %1 to import into it:</source>
        <translation>Saisissez le nom %1 pour y importer :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>The export was not started: %1</source>
        <translation>L’export n’a pas été lancé : %1</translation>
    </message>
    <message>
        <source>Sending %1: %2 of %3</source>
        <translation>Envoi de %1 : %2 sur %3</translation>
    </message>
    <message>
        <source>The dump was not sent: %1</source>
        <translation>La sauvegarde n’a pas été envoyée : %1</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Import dans %1…</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 a été importé dans %2.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L’import a échoué : %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Téléchargement de %1 : %2</translation>
    </message>
    <message>
        <source>The dump was not saved: %1</source>
        <translation>La sauvegarde n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>mws::ui::DatabasesPage</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lecture-écriture</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>The site&apos;s PHP reaches its databases as localhost, over the host&apos;s MariaDB socket. From this computer, open a tunnel on the SSH page (Open Tunnel) and connect to 127.0.0.1 at the port it shows, as one of the users below.</source>
        <translation>Le PHP du site atteint ses bases de données en tant que localhost, par le socket MariaDB de l’hôte. Depuis cet ordinateur, ouvrez un tunnel sur la page SSH (Ouvrir le tunnel) et connectez-vous à 127.0.0.1 sur le port qu’elle indique, avec l’un des utilisateurs ci-dessous.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Collation</source>
        <translation>Collation</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Create a database for the site</source>
        <translation>Créer une base de données pour le site</translation>
    </message>
    <message>
        <source>Drop Data&amp;base…</source>
        <translation>Supprimer la &amp;base…</translation>
    </message>
    <message>
        <source>Delete the selected database and everything in it</source>
        <translation>Supprimer la base sélectionnée et tout ce qu’elle contient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Database users</source>
        <translation>Utilisateurs de bases de données</translation>
    </message>
    <message>
        <source>New &amp;User…</source>
        <translation>Nouvel &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Create a database user; its password is shown once</source>
        <translation>Créer un utilisateur de base de données ; son mot de passe est affiché une fois</translation>
    </message>
    <message>
        <source>Res&amp;et Password…</source>
        <translation>Réinitialis&amp;er le mot de passe…</translation>
    </message>
    <message>
        <source>Give the selected user a new password, shown once; the old one stops working</source>
        <translation>Donner un nouveau mot de passe à l’utilisateur sélectionné, affiché une fois ; l’ancien cesse de fonctionner</translation>
    </message>
    <message>
        <source>Drop Us&amp;er…</source>
        <translation>Supprimer l’utilisat&amp;eur…</translation>
    </message>
    <message>
        <source>Delete the selected database user</source>
        <translation>Supprimer l’utilisateur de base de données sélectionné</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>What each user may do in each database</source>
        <translation>Ce que chaque utilisateur peut faire dans chaque base</translation>
    </message>
    <message>
        <source>Grants (users × databases)</source>
        <translation>Droits (utilisateurs × bases)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name typed back</source>
        <translation>Nom retapé</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>The databases could not be loaded: %1</source>
        <translation>Les bases de données n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>No site is selected.</source>
        <translation>Aucun site n’est sélectionné.</translation>
    </message>
    <message>
        <source>Offline: this is the copy last read from the panel; nothing can be changed until it can be reached.</source>
        <translation>Hors ligne : ceci est la dernière copie lue du panneau ; rien ne peut être modifié tant qu’il est injoignable.</translation>
    </message>
    <message>
        <source>Offline: the panel cannot be reached, and no copy of the site&apos;s databases was kept.</source>
        <translation>Hors ligne : le panneau est injoignable, et aucune copie des bases du site n’a été gardée.</translation>
    </message>
    <message>
        <source>You may look at the site&apos;s databases but not change them.</source>
        <translation>Vous pouvez consulter les bases de données du site, mais pas les modifier.</translation>
    </message>
    <message>
        <source>The site has no databases yet.</source>
        <translation>Le site n’a pas encore de base de données.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Its socket and tunnel accounts differ; reset its password</source>
        <translation>Ses comptes socket et tunnel diffèrent ; réinitialisez son mot de passe</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>%1: not done.</source>
        <translation>%1 : non effectué.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>The database&apos;s name starts with the site&apos;s prefix. Its character set is utf8mb4.</source>
        <translation>Le nom de la base commence par le préfixe du site. Son jeu de caractères est utf8mb4.</translation>
    </message>
    <message>
        <source>Create database %1</source>
        <translation>Créer la base %1</translation>
    </message>
    <message>
        <source>Drop database %1</source>
        <translation>Supprimer la base %1</translation>
    </message>
    <message>
        <source>New Database User</source>
        <translation>Nouvel utilisateur de base de données</translation>
    </message>
    <message>
        <source>The user&apos;s name starts with the site&apos;s prefix. Its password is made by the panel and shown once; grant it databases in the grants table.</source>
        <translation>Le nom de l’utilisateur commence par le préfixe du site. Son mot de passe est créé par le panneau et affiché une fois ; donnez-lui des bases dans le tableau des droits.</translation>
    </message>
    <message>
        <source>Create database user %1</source>
        <translation>Créer l’utilisateur %1</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working once the job has run: update the site&apos;s configuration with the new one.</source>
        <translation>Donner un nouveau mot de passe à %1 ? L’ancien cesse de fonctionner une fois la tâche exécutée : mettez la configuration du site à jour avec le nouveau.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>Drop User</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Drop the database user %1? Whatever connects as it (the site&apos;s PHP, a tunnel) stops working; its databases stay.</source>
        <translation>Supprimer l’utilisateur de base de données %1 ? Ce qui se connecte avec lui (le PHP du site, un tunnel) cesse de fonctionner ; ses bases restent.</translation>
    </message>
    <message>
        <source>Drop database user %1</source>
        <translation>Supprimer l’utilisateur %1</translation>
    </message>
    <message>
        <source>Change the grants of %1</source>
        <translation>Modifier les droits de %1</translation>
    </message>
    <message>
        <source>The databases are not available here: %1</source>
        <translation>Les bases de données ne sont pas disponibles ici : %1</translation>
    </message>
    <message>
        <source>Dropping %1 deletes its tables and every row in them; it cannot be undone.</source>
        <translation>Supprimer %1 efface ses tables et toutes leurs lignes ; c’est irréversible.</translation>
    </message>
    <message>
        <source>These users lose their grants on it: %1.</source>
        <translation>Ces utilisateurs perdent leurs droits sur elle : %1.</translation>
    </message>
    <message>
        <source>Drop Database</source>
        <translation>Supprimer la base de données</translation>
    </message>
    <message>
        <source>Type the name %1 to drop it:</source>
        <translation>Saisissez le nom %1 pour la supprimer :</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Look Inside…</source>
        <translation>&amp;Regarder dedans…</translation>
    </message>
    <message>
        <source>The selected database&apos;s tables: their first rows and CREATE statements, read-only</source>
        <translation>Les tables de la base sélectionnée : leurs premières lignes et instructions CREATE, en lecture seule</translation>
    </message>
</context>
<context>
    <name>mws::ui::DiffDialog</name>
    <message>
        <source>new file</source>
        <translation>nouveau fichier</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>Vérifier la modification</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>The panel will change these files on the site&apos;s server:</source>
        <translation>Le panneau va modifier ces fichiers sur le serveur du site&#xa0;:</translation>
    </message>
    <message>
        <source>No configuration file changes; only what the panel stores changes.</source>
        <translation>Aucun fichier de configuration ne change&#x202f;; seules les données enregistrées par le panneau changent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Modifications de %1</translation>
    </message>
    <message>
        <source>This cannot be undone from here. Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Cette action ne peut pas être annulée d’ici. Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Saisissez %1 pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>mws::ui::EditorFooter</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Ligne %1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Reloaded: someone changed the settings, so your changes were replaced by what the site has now.</source>
        <translation>Rechargé&#xa0;: quelqu’un a modifié les paramètres, vos modifications ont donc été remplacées par l’état actuel du site.</translation>
    </message>
    <message>
        <source>The settings cannot be changed now.</source>
        <translation>Les paramètres ne peuvent pas être modifiés pour le moment.</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Corrigez d’abord les problèmes.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>See what would change on the server before applying it.</source>
        <translation>Voir ce qui changerait sur le serveur avant de l’appliquer.</translation>
    </message>
</context>
<context>
    <name>mws::ui::ErrorDetails</name>
    <message>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>&amp;Se connecter avec :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>Open this site&apos;s files over SFTP, as yourself</source>
        <translation>Ouvrir les fichiers de ce site par SFTP, sous votre propre compte</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>The folder this one is in</source>
        <translation>Le dossier qui contient celui-ci</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Up&amp;load…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Asking the panel how to connect…</source>
        <translation>Le panneau est interrogé sur la façon de se connecter…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected as %1 to %2 (host key %3, as the panel says).</source>
        <translation>Connecté en tant que %1 à %2 (clé d&apos;hôte %3, comme l&apos;indique le panneau).</translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation>La clé a besoin de sa phrase secrète.</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>Déc&amp;onnecter</translation>
    </message>
    <message>
        <source>Select a site to open its files.</source>
        <translation>Choisissez un site pour ouvrir ses fichiers.</translation>
    </message>
    <message>
        <source>The panel cannot be reached, so the app cannot connect to this site.</source>
        <translation>Le panneau est injoignable : l&apos;application ne peut donc pas se connecter à ce site.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Un nom est nécessaire.</translation>
    </message>
    <message>
        <source>“%1” cannot be a name: a name has no “/” and is not “.” or “..”.</source>
        <translation>« %1 » ne peut pas être un nom : un nom ne contient pas de « / » et n’est ni « . » ni « .. ».</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>Envoyer vers %1</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>Télécharger %1 vers</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>Téléchargé vers %1.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1 :</translation>
    </message>
    <message>
        <source>Made the folder %1.</source>
        <translation>Dossier %1 créé.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nouveau nom de %1 :</translation>
    </message>
    <message>
        <source>%1 is there already: choose another name, or delete it first.</source>
        <translation>%1 existe déjà : choisissez un autre nom, ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 renommé en %2.</translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it? This cannot be undone.</source>
        <translation>Supprimer le dossier %1 et tout ce qu’il contient ? Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Supprimer %1 ? Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation>&amp;Droits…</translation>
    </message>
    <message>
        <source>Who may read, write and run it, as chmod&apos;s octal number</source>
        <translation>Qui peut le lire, l&apos;écrire et l&apos;exécuter, en nombre octal comme pour chmod</translation>
    </message>
    <message>
        <source>Permissions of %1 as an octal number (644: you read and write, everyone reads; 664: the site&apos;s members write too):</source>
        <translation>Droits de %1 en nombre octal (644 : vous lisez et écrivez, tous lisent ; 664 : les membres du site écrivent aussi) :</translation>
    </message>
    <message>
        <source>“%1” is not a mode: give three octal digits, such as 644 or 755.</source>
        <translation>« %1 » ne sont pas des droits : donnez trois chiffres octaux, comme 644 ou 755.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant les droits %2.</translation>
    </message>
    <message>
        <source>the session ended</source>
        <translation>la session a pris fin</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Stop the selected transfer, or take it out of the queue before it runs</source>
        <translation>Arrêter le transfert choisi, ou le retirer de la file avant qu’il ne démarre</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Queue it again: it continues where it stopped</source>
        <translation>Le remettre dans la file : il reprend là où il s’est arrêté</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected finished transfer off the list</source>
        <translation>Retirer de la liste le transfert terminé choisi</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>Take every finished, failed and cancelled transfer off the list</source>
        <translation>Retirer de la liste tous les transferts terminés, échoués et annulés</translation>
    </message>
</context>
<context>
    <name>mws::ui::FleetWindow</name>
    <message>
        <source>Fleet — MWS Admin</source>
        <translation>Parc — MWS Admin</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Filter by name, hypervisor, cluster or state</source>
        <translation>Filtrer par nom, hyperviseur, grappe ou état</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation>É&amp;teindre</translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation>&amp;Forcer l&apos;arrêt…</translation>
    </message>
    <message>
        <source>Reading the fleet&apos;s inventory…</source>
        <translation>Lecture de l&apos;inventaire du parc…</translation>
    </message>
    <message>
        <source>The fleet is shown in staff mode only.</source>
        <translation>Le parc n&apos;est affiché qu&apos;en mode personnel.</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>L&apos;inventaire n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The inventory lists no hypervisors yet.</source>
        <translation>L&apos;inventaire ne liste encore aucun hyperviseur.</translation>
    </message>
    <message>
        <source>Force off %1?</source>
        <translation>Forcer l&apos;arrêt de %1 ?</translation>
    </message>
    <message>
        <source>%1 on %2 is switched off at once, as if its power were cut: what it has not written to disk is lost.</source>
        <translation>%1 sur %2 est arrêtée sur-le-champ, comme si on coupait le courant : ce qu&apos;elle n&apos;a pas écrit sur le disque est perdu.</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1 : %2…</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation>%1 : %2 fait.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1 : %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (connecté)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) on: %1</source>
        <translation>
            <numerusform>%n VM sur : %1</numerusform>
            <numerusform>%n VM sur : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Re&amp;prendre</translation>
    </message>
</context>
<context>
    <name>mws::ui::HostingController</name>
    <message>
        <source>Loading the site&apos;s web hosting…</source>
        <translation>Chargement de l’hébergement web du site…</translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation>Aucun site sélectionné.</translation>
    </message>
    <message>
        <source>%1 is not active (%2). Web sites, PHP and Apache settings can be changed while a site is active.</source>
        <translation>%1 n’est pas actif (%2). Les sites web et les paramètres PHP et Apache ne peuvent être modifiés que lorsqu’un site est actif.</translation>
    </message>
    <message>
        <source>There are no web sites, PHP or Apache settings to show: %1 Use File → Refresh to ask again.</source>
        <translation>Aucun site web ni paramètre PHP ou Apache à afficher&#xa0;: %1 Utilisez Fichier → Actualiser pour redemander.</translation>
    </message>
    <message>
        <source>The site&apos;s web hosting could not be loaded: the control panel cannot be reached.</source>
        <translation>L’hébergement web du site n’a pas pu être chargé&#xa0;: le panneau de contrôle est injoignable.</translation>
    </message>
    <message>
        <source>The site&apos;s web hosting could not be loaded: %1</source>
        <translation>L’hébergement web du site n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::JobsPanel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3%</source>
        <translation>%1 — %2, %3 %</translation>
    </message>
    <message>
        <source>No jobs for this site.</source>
        <translation>Aucune tâche pour ce site.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Progress of the selected job</source>
        <translation>Progression de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Log of the selected job</source>
        <translation>Journal de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::KeyChooser</name>
    <message>
        <source>Another private key…</source>
        <translation>Une autre clé privée…</translation>
    </message>
    <message>
        <source>Log in with a private key</source>
        <translation>Se connecter avec une clé privée</translation>
    </message>
    <message>
        <source>%1 (in the keychain)</source>
        <translation>%1 (dans le trousseau)</translation>
    </message>
    <message>
        <source>The key %1 could not be read from the keychain: %2</source>
        <translation>La clé %1 n&apos;a pas pu être lue dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>La phrase secrète de %1 :</translation>
    </message>
</context>
<context>
    <name>mws::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>MWS Admin will follow the system&apos;s language the next time it starts.</source>
        <translation>Au prochain démarrage, MWS Admin suivra la langue du système.</translation>
    </message>
    <message>
        <source>MWS Admin will start in %1 the next time.</source>
        <translation>Au prochain démarrage, MWS Admin sera en %1.</translation>
    </message>
</context>
<context>
    <name>mws::ui::MainWindow</name>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ask every account&apos;s control panel for what changed</source>
        <translation>Demander au panneau de contrôle de chaque compte ce qui a changé</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>Sign in to another control panel, or as someone else, beside the accounts open now</source>
        <translation>Se connecter à un autre panneau de contrôle, ou sous une autre identité, à côté des comptes déjà ouverts</translation>
    </message>
    <message>
        <source>&amp;Go to account</source>
        <translation>A&amp;ller au compte</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Find site</source>
        <translation>&amp;Rechercher un site</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About MWS Admin</source>
        <translation>À &amp;propos de MWS Admin</translation>
    </message>
    <message>
        <source>About MWS Admin</source>
        <translation>À propos de MWS Admin</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MWS Admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Desktop administration for the Managed Web Service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MWS Admin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Administration de bureau pour le Managed Web Service.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — MWS Admin</source>
        <translation>%1 — MWS Admin</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <source>The control panel at %1 cannot be reached. You are seeing what was last loaded for %2; changes are disabled until it answers again. Retrying…</source>
        <translation>Le panneau de contrôle %1 est injoignable. Vous voyez les dernières données chargées pour %2&#x202f;; les modifications sont désactivées jusqu’à ce qu’il réponde de nouveau. Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Sign &amp;out of %1</source>
        <translation>Se &amp;déconnecter de %1</translation>
    </message>
    <message>
        <source>“%1” finished.</source>
        <translation>«&#xa0;%1&#xa0;» est terminé.</translation>
    </message>
    <message>
        <source>“%1” ended: %2</source>
        <translation>«&#xa0;%1&#xa0;» s’est arrêté&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::MemberDialog</name>
    <message>
        <source>Give someone access</source>
        <translation>Donner accès à quelqu’un</translation>
    </message>
    <message>
        <source>Type the person&apos;s CRSid and choose what they may do. Their access starts at once.</source>
        <translation>Saisissez le CRSid de la personne et choisissez ce qu’elle peut faire. Son accès commence immédiatement.</translation>
    </message>
    <message>
        <source>Change %1&apos;s role</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>Choose what %1 may do on this site.</source>
        <translation>Choisissez ce que %1 peut faire sur ce site.</translation>
    </message>
    <message>
        <source>e.g. abc123</source>
        <translation>p. ex. abc123</translation>
    </message>
    <message>
        <source>&amp;CRSid:</source>
        <translation>&amp;CRSid&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Owners and administrators manage the site in this panel; only owners may add or remove owners. SSH-only members have a shell on the site and no access to this panel.</source>
        <translation>Les propriétaires et les administrateurs gèrent le site dans ce panneau de contrôle&#xa0;; seuls les propriétaires peuvent ajouter ou retirer des propriétaires. Les membres «&#xa0;SSH uniquement&#xa0;» ont un shell sur le site et aucun accès à ce panneau.</translation>
    </message>
</context>
<context>
    <name>mws::ui::MembersEditor</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>SSH only</source>
        <translation>SSH uniquement</translation>
    </message>
    <message>
        <source>Staff support</source>
        <translation>Assistance du personnel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who has access&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qui a accès&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Members of the site</source>
        <translation>Membres du site</translation>
    </message>
    <message>
        <source>A&amp;dd person…</source>
        <translation>A&amp;jouter une personne…</translation>
    </message>
    <message>
        <source>Give someone a role on this site</source>
        <translation>Donner à quelqu’un un rôle sur ce site</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <source>Only the site&apos;s owners and administrators can change who has access.</source>
        <translation>Seuls les propriétaires et les administrateurs du site peuvent changer qui y a accès.</translation>
    </message>
    <message>
        <source>The control panel cannot be reached.</source>
        <translation>Le panneau de contrôle est injoignable.</translation>
    </message>
    <message>
        <source>%1 was not given access.</source>
        <translation>%1 n’a pas reçu d’accès.</translation>
    </message>
    <message>
        <source>%1&apos;s role was not changed.</source>
        <translation>Le rôle de %1 n’a pas été changé.</translation>
    </message>
    <message>
        <source>%1 loses access to the panel for this site and shell access to the site; every SSH session of theirs on the host ends now, on other sites too.</source>
        <translation>%1 perd l’accès au panneau de contrôle pour ce site et l’accès shell au site&#xa0;; chacune de ses sessions SSH sur l’hôte se termine maintenant, sur les autres sites aussi.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Retirer %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 still has access.</source>
        <translation>%1 a toujours accès.</translation>
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
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>Identifiant du site&#xa0;:</translation>
    </message>
    <message>
        <source>Webmaster:</source>
        <translation>Webmestre&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open site in browser</source>
        <translation>&amp;Ouvrir le site dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation>&amp;Copier la commande SSH</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Aucun site sélectionné</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Pas encore attribuée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The site has no address yet.</source>
        <translation>Le site n’a pas encore d’adresse.</translation>
    </message>
</context>
<context>
    <name>mws::ui::PasswordDialog</name>
    <message>
        <source>Database Password</source>
        <translation>Mot de passe de base de données</translation>
    </message>
    <message>
        <source>The password of %1. It is shown this once: the panel keeps only its hash, and this app does not keep it. Copy it to where it is needed (the site&apos;s configuration) before closing.</source>
        <translation>Le mot de passe de %1. Il n’est affiché que cette fois : le panneau n’en garde que l’empreinte, et cette application ne le garde pas. Copiez-le là où il sert (la configuration du site) avant de fermer.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>mws::ui::PhpPage</name>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>Courants</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
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
        <translation>un fuseau horaire, comme Europe/Paris</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>one of %n choices</source>
        <translation>
            <numerusform>l’un des %n choix</numerusform>
            <numerusform>l’un des %n choix</numerusform>
        </translation>
    </message>
    <message>
        <source>One of:
%1</source>
        <translation>L’une des valeurs&#xa0;:
%1</translation>
    </message>
    <message>
        <source>A size in bytes, or with K, M or G: from %1 to %2.</source>
        <translation>Une taille en octets, ou avec K, M ou G&#xa0;: de %1 à %2.</translation>
    </message>
    <message>
        <source>Comments start with “;” in PHP settings.</source>
        <translation>Dans les paramètres PHP, les commentaires commencent par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>Sections like [PHP] are not needed: write one “name = value” a line.</source>
        <translation>Les sections comme [PHP] sont inutiles&#xa0;: écrivez un «&#xa0;nom = valeur&#xa0;» par ligne.</translation>
    </message>
    <message>
        <source>Write the setting as “name = value”.</source>
        <translation>Écrivez le paramètre sous la forme «&#xa0;nom = valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Give the setting&apos;s name before “=”.</source>
        <translation>Donnez le nom du paramètre avant le «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a setting name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de paramètre.</translation>
    </message>
    <message>
        <source>%1 is already set on line %2.</source>
        <translation>%1 est déjà défini à la ligne %2.</translation>
    </message>
    <message>
        <source>PHP settings</source>
        <translation>Paramètres PHP</translation>
    </message>
    <message>
        <source>What you can &amp;set (double-click to add it below):</source>
        <translation>Ce que vous pouvez &amp;définir (double-cliquez pour l’ajouter ci-dessous)&#xa0;:</translation>
    </message>
    <message>
        <source>PHP settings a site can change</source>
        <translation>Paramètres PHP modifiables par un site</translation>
    </message>
    <message>
        <source>This site&apos;s s&amp;ettings:</source>
        <translation>Paramètr&amp;es de ce site&#xa0;:</translation>
    </message>
    <message>
        <source>This site&apos;s PHP settings, one “name = value” a line</source>
        <translation>Paramètres PHP de ce site, un «&#xa0;nom = valeur&#xa0;» par ligne</translation>
    </message>
    <message>
        <source>; Nothing set: the site uses the defaults shown above.</source>
        <translation>; Rien n’est défini&#xa0;: le site utilise les valeurs par défaut indiquées ci-dessus.</translation>
    </message>
    <message>
        <source>Problems with the PHP settings</source>
        <translation>Problèmes dans les paramètres PHP</translation>
    </message>
    <message>
        <source>One setting a line, as &lt;code&gt;name = value&lt;/code&gt;. Lines starting with &lt;code&gt;;&lt;/code&gt; are comments; they are not kept.</source>
        <translation>Un paramètre par ligne, sous la forme &lt;code&gt;nom = valeur&lt;/code&gt;. Les lignes commençant par &lt;code&gt;;&lt;/code&gt; sont des commentaires&#x202f;; elles ne sont pas conservées.</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>E&amp;xtensions</translation>
    </message>
    <message>
        <source>Optional PHP extensions</source>
        <translation>Extensions PHP facultatives</translation>
    </message>
    <message>
        <source>This host offers no optional extensions.</source>
        <translation>Cet hôte ne propose aucune extension facultative.</translation>
    </message>
    <message>
        <source>Show the site&apos;s settings again, dropping your changes.</source>
        <translation>Réafficher les paramètres du site en abandonnant vos modifications.</translation>
    </message>
    <message>
        <source>PHP %1 on this site&apos;s host</source>
        <translation>PHP %1 sur l’hôte de ce site</translation>
    </message>
    <message>
        <source>Always loaded: %1</source>
        <translation>Toujours chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scripts cannot raise it with ini_set().</source>
        <translation>Les scripts ne peuvent pas l’augmenter avec ini_set().</translation>
    </message>
    <message>
        <source>Set for this site</source>
        <translation>Défini pour ce site</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>par défaut (%1)</translation>
    </message>
    <message>
        <source>Not set: the site gets the default</source>
        <translation>Non défini&#xa0;: le site reçoit la valeur par défaut</translation>
    </message>
    <message>
        <source>%1 (not offered by this host any more)</source>
        <translation>%1 (n’est plus proposé par cet hôte)</translation>
    </message>
    <message>
        <source>Change the PHP settings</source>
        <translation>Modifier les paramètres PHP</translation>
    </message>
    <message>
        <source>Extension %1</source>
        <translation>Extension %1</translation>
    </message>
    <message>
        <source>PHP setting %1</source>
        <translation>Paramètre PHP %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::SignInWindow</name>
    <message>
        <source>Sign in — MWS Admin</source>
        <translation>Connexion — MWS Admin</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MWS Admin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;MWS Admin&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sign in with your Raven account to manage your sites on the Managed Web Service.</source>
        <translation>Connectez-vous avec votre compte Raven pour gérer vos sites sur le Managed Web Service.</translation>
    </message>
    <message>
        <source>Control panel address</source>
        <translation>Adresse du panneau de contrôle</translation>
    </message>
    <message>
        <source>&amp;Control panel:</source>
        <translation>&amp;Panneau de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with &amp;Raven</source>
        <translation>Se connecter avec &amp;Raven</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser.
This window continues by itself once you have allowed access.</source>
        <translation>Terminez la connexion dans votre navigateur web.
Cette fenêtre continue d’elle-même dès que vous avez autorisé l’accès.</translation>
    </message>
    <message>
        <source>&amp;Open the browser again</source>
        <translation>&amp;Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Co&amp;pier le lien</translation>
    </message>
    <message>
        <source>Open the link in a browser yourself, for example when none opened here.</source>
        <translation>Ouvrez vous-même le lien dans un navigateur, par exemple si aucun ne s’est ouvert ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Give the control panel&apos;s address, like https://panel.mws.example.</source>
        <translation>Indiquez l’adresse du panneau de contrôle, comme https://panel.mws.example.</translation>
    </message>
    <message>
        <source>MWS Admin on %1</source>
        <translation>MWS Admin sur %1</translation>
    </message>
    <message>
        <source>If no browser opened, go to:&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Si aucun navigateur ne s’est ouvert, allez à&#xa0;:&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No web browser could be opened here. Copy the link and open it in a browser.</source>
        <translation>Aucun navigateur web n’a pu être ouvert ici. Copiez le lien et ouvrez-le dans un navigateur.</translation>
    </message>
    <message>
        <source>The sign-in took too long and expired. Try again.</source>
        <translation>La connexion a pris trop de temps et a expiré. Réessayez.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteListModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>%1
%2
Status: %3</source>
        <translation>%1
%2
État&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1
Declined: %2</source>
        <translation>%1
Refusé : %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteNavigator</name>
    <message>
        <source>Search sites (Ctrl+F)</source>
        <translation>Rechercher des sites (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sites by name, address or ID</source>
        <translation>Rechercher des sites par nom, adresse ou identifiant</translation>
    </message>
    <message>
        <source>Searches the sites of every account. Down or Enter moves to the list.</source>
        <translation>Recherche dans les sites de tous les comptes. Flèche bas ou Entrée passe à la liste.</translation>
    </message>
    <message>
        <source>Sites by account</source>
        <translation>Sites par compte</translation>
    </message>
    <message>
        <source>No sites match “%1”.</source>
        <translation>Aucun site ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No account yet: File ▸ Add account… signs in to a control panel.</source>
        <translation>Aucun compte pour l’instant&#xa0;: Fichier ▸ Ajouter un compte… vous connecte à un panneau de contrôle.</translation>
    </message>
    <message>
        <source>No sites were saved from an earlier visit.</source>
        <translation>Aucun site n’a été enregistré lors d’une visite précédente.</translation>
    </message>
    <message>
        <source>You have no sites on these panels yet.</source>
        <translation>Vous n’avez encore aucun site sur ces panneaux.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SitePages</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Web sites</source>
        <translation>Sites &amp;web</translation>
    </message>
    <message>
        <source>&amp;PHP</source>
        <translation>&amp;PHP</translation>
    </message>
    <message>
        <source>Apa&amp;che</source>
        <translation>Apac&amp;he</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctivité</translation>
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
        <translation>F&amp;ichiers</translation>
    </message>
    <message>
        <source>C&amp;ron</source>
        <translation>C&amp;ron</translation>
    </message>
    <message>
        <source>&amp;Databases</source>
        <translation>&amp;Bases de données</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestBanner</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Request a Site…</source>
        <translation>&amp;Demander un site…</translation>
    </message>
    <message>
        <source>Ask for a new site on this account&apos;s control panel; staff approve it</source>
        <translation>Demander un nouveau site au panneau de ce compte ; le personnel l’approuve</translation>
    </message>
    <message>
        <source>“%1” is requested: it is in your list, waiting for staff.</source>
        <translation>« %1 » est demandé : il est dans votre liste, en attente du personnel.</translation>
    </message>
    <message>
        <source>“%1” was created at once (staff mode): it is in the list.</source>
        <translation>« %1 » a été créé aussitôt (mode personnel) : il est dans la liste.</translation>
    </message>
    <message>
        <source>“%1” is approved: it is ready in your list.</source>
        <translation>« %1 » est approuvé : il est prêt dans votre liste.</translation>
    </message>
    <message>
        <source>“%1” was declined: %2</source>
        <translation>« %1 » a été refusé : %2</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestDialog</name>
    <message>
        <source>Request a site</source>
        <translation>Demander un site</translation>
    </message>
    <message>
        <source>Staff look at each request and put the site on one of the service&apos;s hosts, or tell you why not. Until then it waits in your list.</source>
        <translation>Le personnel examine chaque demande et place le site sur l’un des hôtes du service, ou vous dit pourquoi pas. D’ici là, il attend dans votre liste.</translation>
    </message>
    <message>
        <source>e.g. Department of Chemistry outreach</source>
        <translation>p. ex. Médiation du Department of Chemistry</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>What the site is for (optional)</source>
        <translation>À quoi sert le site (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>webmaster@example.cam.ac.uk</source>
        <translation>webmaster@example.cam.ac.uk</translation>
    </message>
    <message>
        <source>&amp;Webmaster address:</source>
        <translation>Adresse du &amp;webmestre :</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Webmaster address</source>
        <translation>Adresse du webmestre</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>La demande n’a pas été envoyée : %1</translation>
    </message>
</context>
<context>
    <name>mws::ui::SiteRequestsPanel</name>
    <message>
        <source>Site requests</source>
        <translation>Demandes de site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Webmaster</source>
        <translation>Webmestre</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>The host the site will live on</source>
        <translation>L’hôte où le site sera placé</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Why not (the owner reads this)</source>
        <translation>Pourquoi pas (le propriétaire le lira)</translation>
    </message>
    <message>
        <source>De&amp;cline</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Lecture des demandes…</translation>
    </message>
    <message>
        <source>Site requests are shown in staff mode only.</source>
        <translation>Les demandes de site ne s’affichent qu’en mode personnel.</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Les demandes n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>No site is waiting for approval.</source>
        <translation>Aucun site n’attend d’approbation.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) waiting.</source>
        <translation>
            <numerusform>%n site en attente.</numerusform>
            <numerusform>%n sites en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not decided: %2</source>
        <translation>%1 n’a pas été tranché : %2</translation>
    </message>
    <message>
        <source>%1 is approved, on %2.</source>
        <translation>%1 est approuvé, sur %2.</translation>
    </message>
    <message>
        <source>%1 is declined; its owner sees why.</source>
        <translation>%1 est refusé ; son propriétaire voit pourquoi.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SnapshotDialog</name>
    <message>
        <source>Take a Snapshot of %1</source>
        <translation>Prendre un instantané de %1</translation>
    </message>
    <message>
        <source>The snapshot keeps %1&apos;s disks, and its memory if it is running, as they are now, so that it can be reverted to them later. Taking it is recorded in the panel&apos;s audit trail.</source>
        <translation>L’instantané conserve les disques de %1, et sa mémoire si elle tourne, tels qu’ils sont maintenant, pour pouvoir y revenir plus tard. Sa prise est consignée dans le journal d’audit du panneau.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Why it was taken: before an upgrade, say</source>
        <translation>Pourquoi il a été pris : avant une mise à jour, par exemple</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>&amp;Prendre l’instantané</translation>
    </message>
    <message>
        <source>Give the snapshot a name.</source>
        <translation>Donnez un nom à l’instantané.</translation>
    </message>
    <message>
        <source>A snapshot&apos;s name has at most %1 characters.</source>
        <translation>Le nom d’un instantané a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes and underscores, starting with a letter or digit.</source>
        <translation>Utilisez des lettres, chiffres, points, tirets et soulignés, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>This VM already has a snapshot called %1.</source>
        <translation>Cette VM a déjà un instantané nommé %1.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SshKeyGenDialog</name>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Generate an SSH key</source>
        <translation>Générer une clé SSH</translation>
    </message>
    <message>
        <source>A new Ed25519 key is made on this computer. Its private half is written to the file below and never leaves it; its public half is added to your keys.</source>
        <translation>Une nouvelle clé Ed25519 est créée sur cet ordinateur. Sa partie privée est écrite dans le fichier ci-dessous et ne le quitte jamais ; sa partie publique est ajoutée à vos clés.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Optional, but it protects the key if the file is copied</source>
        <translation>Facultative, mais elle protège la clé si le fichier est copié</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Répétez la phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Private key &amp;file:</source>
        <translation>&amp;Fichier de la clé privée :</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Say where the private key is to be written.</source>
        <translation>Indiquez où écrire la clé privée.</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation>%1 est un dossier : nommez un fichier dans celui-ci.</translation>
    </message>
    <message>
        <source>Where to write the private key</source>
        <translation>Où écrire la clé privée</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Remplacer %1 ?</translation>
    </message>
    <message>
        <source>%1 exists already. If you replace it, the key it holds is lost for good.</source>
        <translation>%1 existe déjà. Si vous le remplacez, la clé qu’il contient est perdue pour de bon.</translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation>Génération de la clé…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>&amp;Keep the private key in the system keychain instead of a file</source>
        <translation>&amp;Garder la clé privée dans le trousseau du système plutôt que dans un fichier</translation>
    </message>
    <message>
        <source>The app&apos;s Files tab and database tunnel can use it; the system&apos;s ssh cannot.</source>
        <translation>L&apos;onglet Fichiers et le tunnel vers la base de données de l&apos;application peuvent l&apos;utiliser ; le ssh du système, non.</translation>
    </message>
</context>
<context>
    <name>mws::ui::SshPage</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Your keys could not be loaded: %1</source>
        <translation>Vos clés n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shell access to this site</source>
        <translation>Accès shell à ce site</translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation>&amp;Copier la commande SSH</translation>
    </message>
    <message>
        <source>The command that opens a shell on the site, to paste into a terminal</source>
        <translation>La commande qui ouvre un shell sur le site, à coller dans un terminal</translation>
    </message>
    <message>
        <source>Who has a shell here, and why:</source>
        <translation>Qui a un shell ici, et pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>People with shell access</source>
        <translation>Personnes ayant un accès shell</translation>
    </message>
    <message>
        <source>Your SSH keys</source>
        <translation>Vos clés SSH</translation>
    </message>
    <message>
        <source>Your keys open every site where you have shell access, not only this one.</source>
        <translation>Vos clés ouvrent chaque site où vous avez un accès shell, pas seulement celui-ci.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Ajouter une clé…</translation>
    </message>
    <message>
        <source>Paste a public key or import a .pub file</source>
        <translation>Coller une clé publique ou importer un fichier .pub</translation>
    </message>
    <message>
        <source>&amp;Remove key…</source>
        <translation>&amp;Retirer la clé…</translation>
    </message>
    <message>
        <source>The host&apos;s keys</source>
        <translation>Les clés de l’hôte</translation>
    </message>
    <message>
        <source>Compare these with what ssh shows the first time it connects, or publish the SSHFP records in the site&apos;s DNS zone so that ssh can check the host by itself.</source>
        <translation>Comparez-les avec ce que ssh affiche à la première connexion, ou publiez les enregistrements SSHFP dans la zone DNS du site pour que ssh puisse vérifier l’hôte de lui-même.</translation>
    </message>
    <message>
        <source>The host&apos;s key fingerprints</source>
        <translation>Les empreintes des clés de l’hôte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SSHFP record</source>
        <translation>Enregistrement SSHFP</translation>
    </message>
    <message>
        <source>SSHFP records</source>
        <translation>Enregistrements SSHFP</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprints</source>
        <translation>Copier les &amp;empreintes</translation>
    </message>
    <message>
        <source>Copy SSHF&amp;P records</source>
        <translation>Copier les enregistrements SSHF&amp;P</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Open a shell on the site with:</source>
        <translation>Ouvrez un shell sur le site avec&#xa0;:</translation>
    </message>
    <message>
        <source>Your role on this site gives you no shell. Who has one:</source>
        <translation>Votre rôle sur ce site ne vous donne pas de shell. Qui en a un&#xa0;:</translation>
    </message>
    <message>
        <source>This site&apos;s host offers no shell access. Your keys can be managed below all the same: they open every other site where you have shell access.</source>
        <translation>L’hôte de ce site n’offre pas d’accès shell. Vous pouvez tout de même gérer vos clés ci-dessous : elles ouvrent tout autre site où vous avez un accès shell.</translation>
    </message>
    <message>
        <source>Who has shell access could not be loaded: %1</source>
        <translation>La liste des accès shell n’a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>The control panel cannot be reached: your keys are shown as last seen.</source>
        <translation>Le panneau de contrôle est injoignable&#xa0;: vos clés sont affichées telles que vues la dernière fois.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n key(s), as many as one person may keep.</source>
        <translation>
            <numerusform>Vous avez %n clé, autant qu’une personne peut en garder.</numerusform>
            <numerusform>Vous avez %n clés, autant qu’une personne peut en garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key was not added.</source>
        <translation>La clé n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Remove the key %1?</source>
        <translation>Retirer la clé %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer open any site, on any host of this panel.</source>
        <translation>%1 (%2) n’ouvrira plus aucun site, sur aucun hôte de ce panneau de contrôle.</translation>
    </message>
    <message>
        <source>The key was not removed.</source>
        <translation>La clé n’a pas été retirée.</translation>
    </message>
    <message>
        <source>MWS Admin</source>
        <translation>MWS Admin</translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation>&amp;Générer une clé…</translation>
    </message>
    <message>
        <source>Make a new key pair on this computer and add its public half</source>
        <translation>Créer une nouvelle paire de clés sur cet ordinateur et ajouter sa partie publique</translation>
    </message>
    <message>
        <source>The key was not added to your keys. Its private half is in %1 and its public half in %1.pub: add that file with Add key… later.</source>
        <translation>La clé n’a pas été ajoutée à vos clés. Sa partie privée est dans %1 et sa partie publique dans %1.pub : ajoutez ce fichier plus tard avec « Ajouter une clé… ».</translation>
    </message>
    <message>
        <source>SSH key added</source>
        <translation>Clé SSH ajoutée</translation>
    </message>
    <message>
        <source>The new key is one of your keys now. Its private half was written to %1 (its public half beside it, in %1.pub); ssh uses it when told so:

ssh -i %1 …</source>
        <translation>La nouvelle clé fait désormais partie de vos clés. Sa partie privée a été écrite dans %1 (sa partie publique à côté, dans %1.pub) ; ssh l’utilise quand on le lui indique :

ssh -i %1 …</translation>
    </message>
    <message>
        <source>The key was not added to your keys. Its private half is in the keychain; generate another to try again.</source>
        <translation>La clé n&apos;a pas été ajoutée à vos clés. Sa moitié privée est dans le trousseau ; générez-en une autre pour réessayer.</translation>
    </message>
    <message>
        <source>The new key is one of your keys now. Its private half is kept in your system&apos;s keychain, not in a file: this app&apos;s Files tab and database tunnel log in with it (the system&apos;s ssh cannot).</source>
        <translation>La nouvelle clé fait maintenant partie de vos clés. Sa moitié privée est gardée dans le trousseau de votre système, pas dans un fichier : l&apos;onglet Fichiers et le tunnel vers la base de données de cette application se connectent avec elle (le ssh du système ne le peut pas).</translation>
    </message>
</context>
<context>
    <name>mws::ui::StaffBanner</name>
    <message>
        <source>&amp;Leave Staff Mode</source>
        <translation>&amp;Quitter le mode personnel</translation>
    </message>
    <message>
        <source>Enter &amp;Staff Mode…</source>
        <translation>Passer en mode &amp;personnel…</translation>
    </message>
    <message>
        <source>Sign in again with Raven to act as staff for a while; everything you do then is recorded</source>
        <translation>Se reconnecter avec Raven pour agir en tant que personnel pendant un temps ; tout ce que vous faites alors est enregistré</translation>
    </message>
    <message>
        <source>MWS Admin on %1</source>
        <translation>MWS Admin sur %1</translation>
    </message>
    <message>
        <source>No web browser could be opened. Sign in at %1</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Connectez-vous ici : %1</translation>
    </message>
    <message>
        <source>Staff mode was not started: %1</source>
        <translation>Le mode personnel n&apos;a pas été lancé : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff mode&lt;/b&gt; — %1 left. Everything you do is recorded in the audit trail.</source>
        <translation>&lt;b&gt;Mode personnel&lt;/b&gt; — encore %1. Tout ce que vous faites est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Sign in again with Raven in your browser to enter staff mode…</source>
        <translation>Reconnectez-vous avec Raven dans votre navigateur pour passer en mode personnel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Fleet…</source>
        <translation>&amp;Parc…</translation>
    </message>
    <message>
        <source>Every VM on every hypervisor, with their power actions</source>
        <translation>Chaque VM de chaque hyperviseur, avec ses actions de mise sous tension</translation>
    </message>
</context>
<context>
    <name>mws::ui::TablePreviewDialog</name>
    <message>
        <source>Inside %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>CREATE statement</source>
        <translation>Instruction CREATE</translation>
    </message>
    <message>
        <source>Reading the tables of %1…</source>
        <translation>Lecture des tables de %1…</translation>
    </message>
    <message>
        <source>The tables could not be read: %1</source>
        <translation>Les tables n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation>%1 n’a pas de tables.</translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation>%1 (vue)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1; it has more.</source>
        <translation>
            <numerusform>La %n première ligne de %1 ; il y en a d’autres.</numerusform>
            <numerusform>Les %n premières lignes de %1 ; il y en a d’autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) of %1.</source>
        <translation>
            <numerusform>La %n ligne de %1.</numerusform>
            <numerusform>Les %n lignes de %1.</numerusform>
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
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>Open a shell on this site&apos;s host in a new tab</source>
        <translation>Ouvrir un shell sur l’hôte de ce site dans un nouvel onglet</translation>
    </message>
    <message>
        <source>&amp;Open in Terminal</source>
        <translation>&amp;Ouvrir dans le terminal</translation>
    </message>
    <message>
        <source>Open a shell on this site&apos;s host in your system&apos;s terminal</source>
        <translation>Ouvrir un shell sur l’hôte de ce site dans le terminal de votre système</translation>
    </message>
    <message>
        <source>Select a site to open a shell on it.</source>
        <translation>Choisissez un site pour y ouvrir un shell.</translation>
    </message>
    <message>
        <source>The panel cannot be reached, so the app cannot connect to this site.</source>
        <translation>Le panneau est injoignable : l’application ne peut pas se connecter à ce site.</translation>
    </message>
    <message>
        <source>Asking the panel how to connect…</source>
        <translation>Demande au panneau comment se connecter…</translation>
    </message>
    <message>
        <source>This site&apos;s host does not offer shell access.</source>
        <translation>L’hôte de ce site n’offre pas d’accès shell.</translation>
    </message>
    <message>
        <source>Could not find out how to connect: %1</source>
        <translation>Impossible de savoir comment se connecter : %1</translation>
    </message>
    <message>
        <source>You have no shell access on this site; its owner or an administrator can give it to you.</source>
        <translation>Vous n’avez pas d’accès shell à ce site ; son propriétaire ou un administrateur peut vous le donner.</translation>
    </message>
    <message>
        <source>Could not write the script the terminal runs.</source>
        <translation>Impossible d’écrire le script que le terminal exécute.</translation>
    </message>
    <message>
        <source>Could not start the terminal (%1).</source>
        <translation>Impossible de lancer le terminal (%1).</translation>
    </message>
    <message>
        <source>The connection opened in your system&apos;s terminal.</source>
        <translation>La connexion s’est ouverte dans le terminal de votre système.</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminée)</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>&amp;Se connecter avec :</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation>La clé a besoin de sa phrase secrète.</translation>
    </message>
    <message>
        <source>Starting the shell…</source>
        <translation>Démarrage du shell…</translation>
    </message>
    <message>
        <source>Logged in as %1 (host key %2, as the panel says).</source>
        <translation>Connecté en tant que %1 (clé d&apos;hôte %2, comme l&apos;indique le panneau).</translation>
    </message>
</context>
<context>
    <name>mws::ui::TransferQueue</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1% at %2/s</source>
        <translation>%1 % à %2/s</translation>
    </message>
    <message>
        <source>Done (resumed at %1)</source>
        <translation>Terminé (repris à %1)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>mws::ui::TunnelBox</name>
    <message>
        <source>Database tunnel</source>
        <translation>Tunnel vers la base de données</translation>
    </message>
    <message>
        <source>Log in &amp;with:</source>
        <translation>Se connecter a&amp;vec :</translation>
    </message>
    <message>
        <source>Open &amp;Tunnel</source>
        <translation>Ouvrir le &amp;tunnel</translation>
    </message>
    <message>
        <source>Forward a local port to this site&apos;s database server over SSH</source>
        <translation>Rediriger un port local vers le serveur de bases de données de ce site par SSH</translation>
    </message>
    <message>
        <source>Cop&amp;y Command</source>
        <translation>Cop&amp;ier la commande</translation>
    </message>
    <message>
        <source>Copy a command that connects the MariaDB client through the tunnel</source>
        <translation>Copier une commande qui connecte le client MariaDB à travers le tunnel</translation>
    </message>
    <message>
        <source>The tunnel is closed.</source>
        <translation>Le tunnel est fermé.</translation>
    </message>
    <message>
        <source>Asking the panel where the database server is…</source>
        <translation>Le panneau est interrogé sur l’emplacement du serveur de bases de données…</translation>
    </message>
    <message>
        <source>This site&apos;s host does not say where its database server is.</source>
        <translation>L&apos;hôte de ce site n&apos;indique pas où se trouve son serveur de bases de données.</translation>
    </message>
    <message>
        <source>Opening the tunnel through %1…</source>
        <translation>Ouverture du tunnel via %1…</translation>
    </message>
    <message>
        <source>Connect to host 127.0.0.1, port %1: it is the database server at %2:%3 on %4, reached as %5. It stays open while this page shows the site.</source>
        <translation>Connectez-vous à l&apos;hôte 127.0.0.1, port %1 : c&apos;est le serveur de bases de données %2:%3 sur %4, atteint en tant que %5. Le tunnel reste ouvert tant que cette page montre le site.</translation>
    </message>
    <message>
        <source>Close &amp;Tunnel</source>
        <translation>Fermer le &amp;tunnel</translation>
    </message>
    <message>
        <source>The key needs its passphrase.</source>
        <translation>La clé a besoin de sa phrase secrète.</translation>
    </message>
</context>
<context>
    <name>mws::ui::UploadCertificateDialog</name>
    <message>
        <source>Upload a certificate for %1</source>
        <translation>Téléverser un certificat pour %1</translation>
    </message>
    <message>
        <source>Paste the certificate your certificate authority issued for this vhost&apos;s request, and the intermediate certificates that come with it (PEM, “-----BEGIN CERTIFICATE-----”). The panel checks that they fit its key and every domain name.</source>
        <translation>Collez le certificat que votre autorité de certification a émis pour la demande de ce vhost, ainsi que les certificats intermédiaires qui l’accompagnent (PEM, «&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»). Le panneau vérifie qu’ils correspondent à sa clé et à chaque nom de domaine.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a file for: %1</source>
        <translation>Ouvrir un fichier pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>C&amp;hain (intermediate certificates, optional):</source>
        <translation>C&amp;haîne (certificats intermédiaires, facultatifs)&#xa0;:</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Ouvrir un certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate.</source>
        <translation>%1 est trop volumineux pour être un certificat.</translation>
    </message>
    <message>
        <source>The certificate is not in PEM form: it should start with “-----BEGIN CERTIFICATE-----”.</source>
        <translation>Le certificat n’est pas au format PEM&#xa0;: il devrait commencer par «&#xa0;-----BEGIN CERTIFICATE-----&#xa0;».</translation>
    </message>
    <message>
        <source>Never paste a private key here: the panel made the key and keeps it.</source>
        <translation>Ne collez jamais de clé privée ici&#xa0;: c’est le panneau qui a créé la clé, et il la conserve.</translation>
    </message>
    <message>
        <source>The chain is not in PEM form.</source>
        <translation>La chaîne n’est pas au format PEM.</translation>
    </message>
</context>
<context>
    <name>mws::ui::UsableAccess</name>
    <message>
        <source>Select a site first.</source>
        <translation>Choisissez d&apos;abord un site.</translation>
    </message>
    <message>
        <source>This site&apos;s host does not offer shell access.</source>
        <translation>L&apos;hôte de ce site n&apos;offre pas d&apos;accès shell.</translation>
    </message>
    <message>
        <source>Could not find out how to connect: %1</source>
        <translation>Impossible de savoir comment se connecter : %1</translation>
    </message>
    <message>
        <source>You have no shell access on this site; its owner or an administrator can give it to you.</source>
        <translation>Vous n&apos;avez pas d&apos;accès shell à ce site ; son propriétaire ou un administrateur peut vous le donner.</translation>
    </message>
</context>
<context>
    <name>mws::ui::VmDetails</name>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>éteinte</translation>
    </message>
    <message>
        <source>disks only</source>
        <translation>disques seulement</translation>
    </message>
    <message>
        <source>Taking the snapshot %2 of %1…</source>
        <translation>Prise de l’instantané %2 de %1…</translation>
    </message>
    <message>
        <source>Reverting %1 to the snapshot %2…</source>
        <translation>Retour de %1 à l’instantané %2…</translation>
    </message>
    <message>
        <source>Deleting the snapshot %2 of %1…</source>
        <translation>Suppression de l’instantané %2 de %1…</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was taken.</source>
        <translation>L’instantané %2 de %1 a été pris.</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was not taken: %3</source>
        <translation>L’instantané %2 de %1 n’a pas été pris : %3</translation>
    </message>
    <message>
        <source>%1 was reverted to the snapshot %2.</source>
        <translation>%1 est revenue à l’instantané %2.</translation>
    </message>
    <message>
        <source>%1 was not reverted to the snapshot %2: %3</source>
        <translation>%1 n’est pas revenue à l’instantané %2 : %3</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was deleted.</source>
        <translation>L’instantané %2 de %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The snapshot %2 of %1 was not deleted: %3</source>
        <translation>L’instantané %2 de %1 n’a pas été supprimé : %3</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Prendre un instantané…</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Revenir…</translation>
    </message>
    <message>
        <source>De&amp;lete Snapshot…</source>
        <translation>&amp;Supprimer l’instantané…</translation>
    </message>
    <message>
        <source>Definition (domain XML)</source>
        <translation>Définition (XML du domaine)</translation>
    </message>
    <message>
        <source>Select a VM to see its snapshots and definition.</source>
        <translation>Choisissez une VM pour voir ses instantanés et sa définition.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The hypervisor %1 is not connected: nothing can be read or done until it is.</source>
        <translation>L’hyperviseur %1 n’est pas connecté : rien ne peut être lu ni fait tant qu’il ne l’est pas.</translation>
    </message>
    <message>
        <source>Reading the snapshots and definition of %1…</source>
        <translation>Lecture des instantanés et de la définition de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n instantané.</numerusform>
            <numerusform>%n instantanés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>The current snapshot: the one the VM was last reverted to or that was taken last. A new snapshot is its child.</source>
        <translation>L’instantané actuel : celui auquel la VM est revenue en dernier ou le dernier pris. Un nouvel instantané est son enfant.</translation>
    </message>
    <message>
        <source>Revert %1 to %2?</source>
        <translation>Ramener %1 à %2 ?</translation>
    </message>
    <message>
        <source>Delete the snapshot %1?</source>
        <translation>Supprimer l’instantané %1 ?</translation>
    </message>
    <message>
        <source>%1 goes back to the snapshot %2: its disks, its memory if the snapshot holds it, and its definition. What changed since the snapshot was taken is lost, unless another snapshot holds it.</source>
        <translation>%1 revient à l’instantané %2 : ses disques, sa mémoire si l’instantané la contient, et sa définition. Ce qui a changé depuis la prise de l’instantané est perdu, sauf si un autre instantané le contient.</translation>
    </message>
    <message>
        <source>The snapshot %1 of %2 is deleted, which cannot be undone. The VM stays as it is, and the snapshots taken after this one are kept, under its parent.</source>
        <translation>L’instantané %1 de %2 est supprimé, ce qui est irréversible. La VM reste telle quelle, et les instantanés pris après celui-ci sont gardés, sous son parent.</translation>
    </message>
</context>
<context>
    <name>mws::ui::WebSitesPage</name>
    <message>
        <source>&lt;b&gt;Vhosts&lt;/b&gt; — each serves one folder under its domain names.</source>
        <translation>&lt;b&gt;Vhosts&lt;/b&gt; — chacun sert un dossier sous ses noms de domaine.</translation>
    </message>
    <message>
        <source>Vhosts of the site</source>
        <translation>Vhosts du site</translation>
    </message>
    <message>
        <source>A&amp;dd vhost…</source>
        <translation>A&amp;jouter un vhost…</translation>
    </message>
    <message>
        <source>De&amp;lete vhost…</source>
        <translation>&amp;Supprimer le vhost…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Forget the edits and show the vhost as the panel has it</source>
        <translation>Oublier les modifications et afficher le vhost tel que le panneau le connaît</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>See what the change does to the web server&apos;s files, then apply it</source>
        <translation>Voir ce que la modification change dans les fichiers du serveur web, puis l’appliquer</translation>
    </message>
    <message>
        <source>Vhost name</source>
        <translation>Nom du vhost</translation>
    </message>
    <message>
        <source>Document root</source>
        <translation>Racine des documents</translation>
    </message>
    <message>
        <source>The folder served, relative to the site&apos;s home and inside public_html</source>
        <translation>Le dossier servi, relatif au répertoire personnel du site et situé dans public_html</translation>
    </message>
    <message>
        <source>Domain names, one per line; the first is the main name</source>
        <translation>Noms de domaine, un par ligne&#x202f;; le premier est le nom principal</translation>
    </message>
    <message>
        <source>One per line; the first is the main name.</source>
        <translation>Un par ligne&#x202f;; le premier est le nom principal.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Document r&amp;oot:</source>
        <translation>Racine des d&amp;ocuments&#xa0;:</translation>
    </message>
    <message>
        <source>Do&amp;main names:</source>
        <translation>Noms de do&amp;maine&#xa0;:</translation>
    </message>
    <message>
        <source>Send the other names to the main name (301 redirect)</source>
        <translation>Rediriger les autres noms vers le nom principal (redirection 301)</translation>
    </message>
    <message>
        <source>Send HTTP visitors to &amp;HTTPS</source>
        <translation>Rediriger les visiteurs HTTP vers &amp;HTTPS</translation>
    </message>
    <message>
        <source>Tell browsers to use only HTTPS for a year (HS&amp;TS)</source>
        <translation>Demander aux navigateurs de n’utiliser que HTTPS pendant un an (HS&amp;TS)</translation>
    </message>
    <message>
        <source>Redirects:</source>
        <translation>Redirections&#xa0;:</translation>
    </message>
    <message>
        <source>Let the web server &amp;write to the document root for one hour</source>
        <translation>Permettre au serveur web d’é&amp;crire dans la racine des documents pendant une heure</translation>
    </message>
    <message>
        <source>For installers and updates that write their own files. PHP scripts can then change the site&apos;s files; the panel turns this off by itself after an hour.</source>
        <translation>Pour les programmes d’installation et les mises à jour qui écrivent leurs propres fichiers. Les scripts PHP peuvent alors modifier les fichiers du site&#x202f;; le panneau désactive cela de lui-même au bout d’une heure.</translation>
    </message>
    <message>
        <source>Uploads:</source>
        <translation>Téléversements&#xa0;:</translation>
    </message>
    <message>
        <source>HTTPS certificate</source>
        <translation>Certificat HTTPS</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Make a certificate re&amp;quest…</source>
        <translation>Créer une &amp;demande de certificat…</translation>
    </message>
    <message>
        <source>The panel makes a new private key, which never leaves it, and a certificate signing request for this vhost&apos;s names to give to a certificate authority</source>
        <translation>Le panneau crée une nouvelle clé privée, qui ne le quitte jamais, et une demande de signature de certificat pour les noms de ce vhost, à transmettre à une autorité de certification</translation>
    </message>
    <message>
        <source>Show the waiting request…</source>
        <translation>Afficher la demande en attente…</translation>
    </message>
    <message>
        <source>&amp;Upload certificate…</source>
        <translation>Télé&amp;verser un certificat…</translation>
    </message>
    <message>
        <source>Install the certificate a certificate authority issued for the request</source>
        <translation>Installer le certificat qu’une autorité de certification a émis pour la demande</translation>
    </message>
    <message>
        <source>Use a &amp;self-signed certificate</source>
        <translation>Utiliser un certificat a&amp;uto-signé</translation>
    </message>
    <message>
        <source>For test and demo names only: browsers warn visitors about it</source>
        <translation>Pour les noms de test et de démonstration uniquement&#xa0;: les navigateurs avertissent les visiteurs</translation>
    </message>
    <message>
        <source>Remove certi&amp;ficate…</source>
        <translation>Retirer le certi&amp;ficat…</translation>
    </message>
    <message>
        <source>No site selected.</source>
        <translation>Aucun site sélectionné.</translation>
    </message>
    <message>
        <source>HTTP only</source>
        <translation>HTTP uniquement</translation>
    </message>
    <message>
        <source>HTTPS — certificate expired</source>
        <translation>HTTPS — certificat expiré</translation>
    </message>
    <message numerus="yes">
        <source>HTTPS — certificate expires in %n day(s)</source>
        <translation>
            <numerusform>HTTPS — le certificat expire dans %n jour</numerusform>
            <numerusform>HTTPS — le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTPS until %1</source>
        <translation>HTTPS jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>This site serves no web pages yet. Use “Add vhost…” to give it a domain name and a folder to serve.</source>
        <translation>Ce site ne sert encore aucune page web. Utilisez «&#xa0;Ajouter un vhost…&#xa0;» pour lui donner un nom de domaine et un dossier à servir.</translation>
    </message>
    <message>
        <source>The site already has a vhost called %1.</source>
        <translation>Le site a déjà un vhost nommé %1.</translation>
    </message>
    <message>
        <source>Needs an HTTPS certificate: add one in “HTTPS certificate” below first.</source>
        <translation>Nécessite un certificat HTTPS&#xa0;: ajoutez-en d’abord un dans «&#xa0;Certificat HTTPS&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>Browsers that have seen the site refuse plain HTTP for it for a year, even if the certificate is removed later.</source>
        <translation>Les navigateurs qui ont déjà visité le site refusent le HTTP simple pour lui pendant un an, même si le certificat est retiré ensuite.</translation>
    </message>
    <message>
        <source>Writable until %1; the panel turns it off then by itself.</source>
        <translation>Accessible en écriture jusqu’à %1&#x202f;; le panneau le désactive alors de lui-même.</translation>
    </message>
    <message>
        <source>Writable for one hour from when the change is applied.</source>
        <translation>Accessible en écriture pendant une heure à partir de l’application de la modification.</translation>
    </message>
    <message>
        <source>Changes are disabled: the control panel cannot be reached, or a change is being applied.</source>
        <translation>Les modifications sont désactivées&#xa0;: le panneau de contrôle est injoignable, ou une modification est en cours d’application.</translation>
    </message>
    <message>
        <source>Edit the vhost first; nothing has changed yet.</source>
        <translation>Modifiez d’abord le vhost&#x202f;; rien n’a encore changé.</translation>
    </message>
    <message>
        <source>None: the vhost answers over HTTP only.</source>
        <translation>Aucun&#xa0;: le vhost ne répond qu’en HTTP.</translation>
    </message>
    <message>
        <source>Self-signed, made by the panel (for testing: browsers warn visitors)</source>
        <translation>Auto-signé, créé par le panneau (pour les tests&#xa0;: les navigateurs avertissent les visiteurs)</translation>
    </message>
    <message>
        <source>Issued by a certificate authority</source>
        <translation>Émis par une autorité de certification</translation>
    </message>
    <message>
        <source>Expired on %1. Browsers refuse HTTPS for these names: upload a new certificate.</source>
        <translation>Expiré le %1. Les navigateurs refusent le HTTPS pour ces noms&#xa0;: téléversez un nouveau certificat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expires in %n day(s). Renew it: make a certificate request and upload the new certificate.</source>
        <translation>
            <numerusform>%1 — expire dans %n jour. Renouvelez-le&#xa0;: créez une demande de certificat et téléversez le nouveau certificat.</numerusform>
            <numerusform>%1 — expire dans %n jours. Renouvelez-le&#xa0;: créez une demande de certificat et téléversez le nouveau certificat.</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate request made on the panel is waiting for its certificate.</source>
        <translation>Une demande de certificat créée sur le panneau attend son certificat.</translation>
    </message>
    <message>
        <source>Add the vhost %1</source>
        <translation>Ajouter le vhost %1</translation>
    </message>
    <message>
        <source>%1 will serve the files in %2.</source>
        <translation>%1 servira les fichiers de %2.</translation>
    </message>
    <message>
        <source>These domain names stop being served: %1. The files in %2 stay where they are.</source>
        <translation>Ces noms de domaine ne sont plus servis&#xa0;: %1. Les fichiers de %2 restent en place.</translation>
    </message>
    <message>
        <source>Its HTTPS certificate and key are removed from the panel.</source>
        <translation>Son certificat HTTPS et sa clé sont retirés du panneau.</translation>
    </message>
    <message>
        <source>Delete the vhost %1</source>
        <translation>Supprimer le vhost %1</translation>
    </message>
    <message>
        <source>These domain names stop working on this site: %1. Visitors to them get an error page until a vhost serves them again.</source>
        <translation>Ces noms de domaine cessent de fonctionner sur ce site&#xa0;: %1. Leurs visiteurs reçoivent une page d’erreur jusqu’à ce qu’un vhost les serve de nouveau.</translation>
    </message>
    <message>
        <source>The vhost is renamed from %1 to %2; its domain names keep working.</source>
        <translation>Le vhost est renommé de %1 en %2&#x202f;; ses noms de domaine continuent de fonctionner.</translation>
    </message>
    <message>
        <source>It will serve the files in %1 instead of %2.</source>
        <translation>Il servira les fichiers de %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>For one hour the web server, and so any PHP script, may change the files in %1. Turn it off as soon as the installer or update has finished.</source>
        <translation>Pendant une heure, le serveur web, et donc tout script PHP, peut modifier les fichiers de %1. Désactivez cela dès que l’installation ou la mise à jour est terminée.</translation>
    </message>
    <message>
        <source>Browsers that visit will refuse plain HTTP for these names for a year.</source>
        <translation>Les navigateurs qui visitent le site refuseront le HTTP simple pour ces noms pendant un an.</translation>
    </message>
    <message>
        <source>Change the vhost %1</source>
        <translation>Modifier le vhost %1</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Demande de certificat</translation>
    </message>
    <message>
        <source>The panel did not make a certificate request for %1: %2</source>
        <translation>Le panneau n’a pas créé de demande de certificat pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Install a certificate for %1</source>
        <translation>Installer un certificat pour %1</translation>
    </message>
    <message>
        <source>The panel makes a key and a certificate for %1, valid for 90 days. Browsers warn visitors about it: it is for test and demo names only.</source>
        <translation>Le panneau crée une clé et un certificat pour %1, valables 90 jours. Les navigateurs avertissent les visiteurs&#xa0;: c’est réservé aux noms de test et de démonstration.</translation>
    </message>
    <message>
        <source>It replaces the certificate installed now.</source>
        <translation>Il remplace le certificat installé actuellement.</translation>
    </message>
    <message>
        <source>Use a self-signed certificate for %1</source>
        <translation>Utiliser un certificat auto-signé pour %1</translation>
    </message>
    <message>
        <source>HTTPS stops working for %1; the vhost answers over HTTP only, and its HTTPS redirect and HSTS are switched off.</source>
        <translation>HTTPS cesse de fonctionner pour %1&#x202f;; le vhost ne répond plus qu’en HTTP, et sa redirection HTTPS et HSTS sont désactivés.</translation>
    </message>
    <message>
        <source>Browsers that were told to use only HTTPS (HSTS) cannot reach these names until a certificate is back.</source>
        <translation>Les navigateurs auxquels on a demandé de n’utiliser que HTTPS (HSTS) ne peuvent plus joindre ces noms tant qu’un certificat n’est pas remis.</translation>
    </message>
    <message>
        <source>Remove the certificate of %1</source>
        <translation>Retirer le certificat de %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice.</source>
        <translation>Ligne %1&#xa0;: %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1 is stored as %2</source>
        <translation>%1 est enregistré sous la forme %2</translation>
    </message>
    <message>
        <source>Give at least one domain name, like www.example.org.</source>
        <translation>Donnez au moins un nom de domaine, comme www.example.org.</translation>
    </message>
    <message>
        <source>Domain name %1</source>
        <translation>Nom de domaine %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain names</source>
        <translation>Noms de domaine</translation>
    </message>
    <message>
        <source>HTTPS redirect</source>
        <translation>Redirection HTTPS</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
</context>
<context>
    <name>mws::validate</name>
    <message>
        <source>Give the site a name.</source>
        <translation>Donnez un nom au site.</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>Le nom ne doit pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>The name can have at most 100 characters.</source>
        <translation>Le nom peut compter au plus 100 caractères.</translation>
    </message>
    <message>
        <source>The description can have at most 250 characters.</source>
        <translation>La description peut compter au plus 250 caractères.</translation>
    </message>
    <message>
        <source>Give an email address like webmaster@example.cam.ac.uk.</source>
        <translation>Donnez une adresse électronique comme webmaster@example.cam.ac.uk.</translation>
    </message>
    <message>
        <source>A user is named by their CRSid, like &quot;abc123&quot;.</source>
        <translation>Un utilisateur est désigné par son CRSid, comme «&#xa0;abc123&#xa0;».</translation>
    </message>
    <message>
        <source>A domain name cannot have two dots in a row or start with a dot.</source>
        <translation>Un nom de domaine ne peut pas contenir deux points de suite ni commencer par un point.</translation>
    </message>
    <message>
        <source>“%1” is longer than 63 characters; each part of a domain name between dots can have at most 63.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 63 caractères&#x202f;; chaque partie d’un nom de domaine entre deux points peut en compter au plus 63.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”; a domain name is letters, digits, hyphens and dots.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»&#x202f;; un nom de domaine se compose de lettres, de chiffres, de traits d’union et de points.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a hyphen; the parts of a domain name cannot.</source>
        <translation>«&#xa0;%1&#xa0;» commence ou finit par un trait d’union, ce qui est interdit pour les parties d’un nom de domaine.</translation>
    </message>
    <message>
        <source>Give a domain name, like www.example.org.</source>
        <translation>Donnez un nom de domaine, comme www.example.org.</translation>
    </message>
    <message>
        <source>“%1” is an IP address; give a domain name, like www.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP&#x202f;; donnez un nom de domaine, comme www.example.org.</translation>
    </message>
    <message>
        <source>“%1” contains a space; a domain name is letters, digits, hyphens and dots.</source>
        <translation>«&#xa0;%1&#xa0;» contient une espace&#x202f;; un nom de domaine se compose de lettres, de chiffres, de traits d’union et de points.</translation>
    </message>
    <message>
        <source>“%1” is a wildcard; give each domain name in full, like www.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» est un joker&#x202f;; donnez chaque nom de domaine en entier, comme www.example.org.</translation>
    </message>
    <message>
        <source>“localhost” is not a public domain name; give one like www.example.org.</source>
        <translation>«&#xa0;localhost&#xa0;» n’est pas un nom de domaine public&#x202f;; donnez-en un comme www.example.org.</translation>
    </message>
    <message>
        <source>The domain name is %1 characters long; it can have at most 253.</source>
        <translation>Le nom de domaine compte %1 caractères&#x202f;; il peut en compter au plus 253.</translation>
    </message>
    <message>
        <source>“%1” cannot be written as an internationalised domain name; check for unusual characters.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas s’écrire comme un nom de domaine internationalisé&#x202f;; vérifiez qu’il ne contient pas de caractères inhabituels.</translation>
    </message>
    <message>
        <source>“%1” is not a full domain name; give one like www.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de domaine complet&#x202f;; donnez-en un comme www.example.org.</translation>
    </message>
    <message>
        <source>“%1” ends in a number; the last part of a domain name (like “org”) has letters.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par un nombre&#x202f;; la dernière partie d’un nom de domaine (comme «&#xa0;org&#xa0;») est faite de lettres.</translation>
    </message>
    <message>
        <source>Give the vhost a short name, like “main” or “blog”.</source>
        <translation>Donnez au vhost un nom court, comme «&#xa0;main&#xa0;» ou «&#xa0;blog&#xa0;».</translation>
    </message>
    <message>
        <source>A vhost name can have at most 32 characters.</source>
        <translation>Un nom de vhost peut compter au plus 32 caractères.</translation>
    </message>
    <message>
        <source>A vhost name is lower-case letters, digits and hyphens, starting with a letter or digit, like “blog-2”.</source>
        <translation>Un nom de vhost se compose de lettres minuscules, de chiffres et de traits d’union, et commence par une lettre ou un chiffre, comme «&#xa0;blog-2&#xa0;».</translation>
    </message>
    <message>
        <source>Give the document root, like “public_html” or “public_html/blog”.</source>
        <translation>Donnez la racine des documents, comme «&#xa0;public_html&#xa0;» ou «&#xa0;public_html/blog&#xa0;».</translation>
    </message>
    <message>
        <source>The document root contains a control character; remove it.</source>
        <translation>La racine des documents contient un caractère de contrôle&#x202f;; supprimez-le.</translation>
    </message>
    <message>
        <source>Separate folders with “/”, not “\”.</source>
        <translation>Séparez les dossiers par «&#xa0;/&#xa0;», et non par «&#xa0;\&#xa0;».</translation>
    </message>
    <message>
        <source>Give the document root relative to the site&apos;s home, like “public_html/blog”, not as an absolute path.</source>
        <translation>Donnez la racine des documents relativement au répertoire personnel du site, comme «&#xa0;public_html/blog&#xa0;», et non sous forme de chemin absolu.</translation>
    </message>
    <message>
        <source>The document root can have at most 200 characters.</source>
        <translation>La racine des documents peut compter au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The document root can contain only letters, digits, “.”, “_”, “-” and “/”.</source>
        <translation>La racine des documents ne peut contenir que des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;-&#xa0;» et «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>The document root must stay inside the site&apos;s home; “..” is not allowed.</source>
        <translation>La racine des documents doit rester dans le répertoire personnel du site&#x202f;; «&#xa0;..&#xa0;» n’est pas autorisé.</translation>
    </message>
    <message>
        <source>Remove the empty or “.” parts from the document root (“//”, “/./” or a trailing “/”).</source>
        <translation>Supprimez les parties vides ou «&#xa0;.&#xa0;» de la racine des documents («&#xa0;//&#xa0;», «&#xa0;/./&#xa0;» ou un «&#xa0;/&#xa0;» final).</translation>
    </message>
    <message>
        <source>The document root must be “public_html” or a folder inside it, like “public_html/blog”.</source>
        <translation>La racine des documents doit être «&#xa0;public_html&#xa0;» ou un dossier qu’il contient, comme «&#xa0;public_html/blog&#xa0;».</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>The most memory one request may use. Raise it for applications that report “Allowed memory size exhausted”.</source>
        <translation>La mémoire maximale qu’une requête peut utiliser. Augmentez-la pour les applications qui signalent «&#xa0;Allowed memory size exhausted&#xa0;».</translation>
    </message>
    <message>
        <source>Maximum execution time</source>
        <translation>Durée d’exécution maximale</translation>
    </message>
    <message>
        <source>How long a script may run, in seconds, before PHP stops it.</source>
        <translation>Combien de temps, en secondes, un script peut s’exécuter avant que PHP ne l’arrête.</translation>
    </message>
    <message>
        <source>Maximum input time</source>
        <translation>Durée maximale de lecture des données</translation>
    </message>
    <message>
        <source>How long PHP may spend reading a request&apos;s data, in seconds; -1 uses the maximum execution time.</source>
        <translation>Combien de temps, en secondes, PHP peut passer à lire les données d’une requête&#x202f;; -1 reprend la durée d’exécution maximale.</translation>
    </message>
    <message>
        <source>Maximum input variables</source>
        <translation>Nombre maximal de variables en entrée</translation>
    </message>
    <message>
        <source>How many form fields one request may send. Raise it for large forms, such as menu editors.</source>
        <translation>Combien de champs de formulaire une requête peut envoyer. Augmentez-le pour les grands formulaires, comme les éditeurs de menus.</translation>
    </message>
    <message>
        <source>Cache compiled scripts</source>
        <translation>Mettre en cache les scripts compilés</translation>
    </message>
    <message>
        <source>Keeps compiled PHP in memory (OPcache). Leave it on unless debugging the cache.</source>
        <translation>Garde le PHP compilé en mémoire (OPcache). Laissez-le activé, sauf pour déboguer le cache.</translation>
    </message>
    <message>
        <source>Notice changed scripts</source>
        <translation>Détecter les scripts modifiés</translation>
    </message>
    <message>
        <source>Checks whether scripts changed on disk. Switch it off only if you clear the cache after every deployment.</source>
        <translation>Vérifie si les scripts ont changé sur le disque. Ne le désactivez que si vous videz le cache après chaque déploiement.</translation>
    </message>
    <message>
        <source>Check for changes every</source>
        <translation>Vérifier les modifications toutes les</translation>
    </message>
    <message>
        <source>How often, in seconds, OPcache checks scripts for changes; 0 checks on every request.</source>
        <translation>À quelle fréquence, en secondes, OPcache vérifie si les scripts ont changé&#x202f;; 0 vérifie à chaque requête.</translation>
    </message>
    <message>
        <source>Largest uploaded file</source>
        <translation>Plus gros fichier téléversé</translation>
    </message>
    <message>
        <source>The largest file one upload may be. Raise post_max_size with it.</source>
        <translation>La taille maximale d’un fichier téléversé. Augmentez post_max_size en même temps.</translation>
    </message>
    <message>
        <source>Largest form submission</source>
        <translation>Plus gros envoi de formulaire</translation>
    </message>
    <message>
        <source>The largest request body PHP accepts, uploads included. It must be at least the largest uploaded file.</source>
        <translation>La taille maximale du corps de requête que PHP accepte, téléversements compris. Elle doit être au moins égale à celle du plus gros fichier téléversé.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The time zone PHP&apos;s date functions use, like Europe/London.</source>
        <translation>Le fuseau horaire utilisé par les fonctions de date de PHP, comme Europe/Paris.</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Durée de vie des sessions</translation>
    </message>
    <message>
        <source>How long, in seconds, an unused session is kept before it may be removed.</source>
        <translation>Combien de temps, en secondes, une session inutilisée est conservée avant de pouvoir être supprimée.</translation>
    </message>
    <message>
        <source>Default character set</source>
        <translation>Jeu de caractères par défaut</translation>
    </message>
    <message>
        <source>The character set PHP announces for its pages. Keep UTF-8 unless the site is old.</source>
        <translation>Le jeu de caractères que PHP annonce pour ses pages. Gardez UTF-8, sauf pour un site ancien.</translation>
    </message>
    <message>
        <source>Short open tags</source>
        <translation>Balises d’ouverture courtes</translation>
    </message>
    <message>
        <source>Lets old scripts start PHP with “&lt;?” instead of “&lt;?php”.</source>
        <translation>Permet aux anciens scripts d’ouvrir PHP avec «&#xa0;&lt;?&#xa0;» au lieu de «&#xa0;&lt;?php&#xa0;».</translation>
    </message>
    <message>
        <source>Show errors in pages</source>
        <translation>Afficher les erreurs dans les pages</translation>
    </message>
    <message>
        <source>Shows PHP errors to visitors. Useful while developing; keep it off on a live site.</source>
        <translation>Montre les erreurs PHP aux visiteurs. Utile pendant le développement&#x202f;; laissez-le désactivé sur un site en production.</translation>
    </message>
    <message>
        <source>Log errors</source>
        <translation>Journaliser les erreurs</translation>
    </message>
    <message>
        <source>Writes PHP errors to the site&apos;s error log.</source>
        <translation>Écrit les erreurs PHP dans le journal d’erreurs du site.</translation>
    </message>
    <message>
        <source>Errors reported</source>
        <translation>Erreurs signalées</translation>
    </message>
    <message>
        <source>Which kinds of PHP errors are shown or logged.</source>
        <translation>Quels types d’erreurs PHP sont affichés ou journalisés.</translation>
    </message>
    <message>
        <source>Errors as HTML</source>
        <translation>Erreurs en HTML</translation>
    </message>
    <message>
        <source>Formats shown errors as HTML rather than plain text.</source>
        <translation>Met en forme les erreurs affichées en HTML plutôt qu’en texte brut.</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>between %1 and %2 seconds</source>
        <translation>entre %1 et %2 secondes</translation>
    </message>
    <message>
        <source>%1 cannot be unlimited or negative on a shared host; give a size %2.</source>
        <translation>%1 ne peut pas être illimité ni négatif sur un hôte partagé&#x202f;; donnez une taille %2.</translation>
    </message>
    <message>
        <source>%1 is a size like 128M, 512K or 1G.</source>
        <translation>%1 est une taille comme 128M, 512K ou 1G.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 doit être %2.</translation>
    </message>
    <message>
        <source>%1 is a whole number %2.</source>
        <translation>%1 est un nombre entier %2.</translation>
    </message>
    <message>
        <source>%1 is On or Off.</source>
        <translation>%1 vaut On ou Off.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone PHP knows; give one like Europe/London or UTC.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de PHP&#x202f;; donnez-en un comme Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 est l’une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) must be at least %3 (%4).</source>
        <translation>%1 (%2) doit être au moins égal à %3 (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) is larger than %3 (%4); raise %3 as well.</source>
        <translation>%1 (%2) est supérieur à %3 (%4)&#x202f;; augmentez aussi %3.</translation>
    </message>
    <message>
        <source>“%1” is not a PHP setting sites can change here.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un paramètre PHP modifiable ici par les sites.</translation>
    </message>
    <message>
        <source>The value of %1 contains %2, which a PHP setting cannot contain.</source>
        <translation>La valeur de %1 contient %2, ce qu’un paramètre PHP ne peut pas contenir.</translation>
    </message>
    <message>
        <source>Give a value for %1.</source>
        <translation>Donnez une valeur pour %1.</translation>
    </message>
    <message>
        <source>%1 reads other configuration files; it is not available.</source>
        <translation>%1 lit d’autres fichiers de configuration&#x202f;; cette directive n’est pas disponible.</translation>
    </message>
    <message>
        <source>%1 loads code into the web server; switch modules on in the vhost&apos;s settings instead.</source>
        <translation>%1 charge du code dans le serveur web&#x202f;; activez plutôt les modules dans les paramètres du vhost.</translation>
    </message>
    <message>
        <source>%1 is a server-wide setting; it is not available in a vhost.</source>
        <translation>%1 est un paramètre de tout le serveur&#x202f;; il n’est pas disponible dans un vhost.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel: use the vhost&apos;s settings.</source>
        <translation>%1 est géré par le panneau&#xa0;: utilisez les paramètres du vhost.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel: the site&apos;s logs are set up for you.</source>
        <translation>%1 est géré par le panneau&#xa0;: les journaux du site sont configurés pour vous.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel.</source>
        <translation>%1 est géré par le panneau.</translation>
    </message>
    <message>
        <source>%1 is managed by the panel: use the TLS settings.</source>
        <translation>%1 est géré par le panneau&#xa0;: utilisez les paramètres TLS.</translation>
    </message>
    <message>
        <source>%1 is not available: sites cannot proxy to other servers.</source>
        <translation>%1 n’est pas disponible&#xa0;: les sites ne peuvent pas servir de mandataire vers d’autres serveurs.</translation>
    </message>
    <message>
        <source>%1 is not available: handlers are managed by the panel, and PHP runs through PHP-FPM.</source>
        <translation>%1 n’est pas disponible&#xa0;: les gestionnaires sont gérés par le panneau, et PHP passe par PHP-FPM.</translation>
    </message>
    <message>
        <source>%1 is not available: CGI scripts cannot run here; PHP runs through PHP-FPM.</source>
        <translation>%1 n’est pas disponible&#xa0;: les scripts CGI ne peuvent pas s’exécuter ici&#x202f;; PHP passe par PHP-FPM.</translation>
    </message>
    <message>
        <source>AliasMatch is not available; use Alias with a folder inside the site&apos;s home.</source>
        <translation>AliasMatch n’est pas disponible&#x202f;; utilisez Alias avec un dossier du répertoire personnel du site.</translation>
    </message>
    <message>
        <source>RewriteMap is not available: it can run programs and read files outside the site.</source>
        <translation>RewriteMap n’est pas disponible&#xa0;: cette directive peut exécuter des programmes et lire des fichiers hors du site.</translation>
    </message>
    <message>
        <source>DefaultType was removed in Apache 2.4; use ForceType or AddType.</source>
        <translation>DefaultType a été supprimé dans Apache 2.4&#x202f;; utilisez ForceType ou AddType.</translation>
    </message>
    <message>
        <source>%1 has no effect here: PHP runs through PHP-FPM; use the site&apos;s PHP settings.</source>
        <translation>%1 n’a aucun effet ici&#xa0;: PHP passe par PHP-FPM&#x202f;; utilisez les paramètres PHP du site.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;VirtualHost&gt; is managed by the panel: these directives already go inside this vhost.</source>
        <translation>&lt;VirtualHost&gt; est géré par le panneau&#xa0;: ces directives sont déjà placées dans ce vhost.</translation>
    </message>
    <message>
        <source>&lt;DirectoryMatch&gt; is not available: a pattern could match folders outside the site; use &lt;Directory&gt; with a folder inside the site&apos;s home.</source>
        <translation>&lt;DirectoryMatch&gt; n’est pas disponible&#xa0;: un motif pourrait désigner des dossiers hors du site&#x202f;; utilisez &lt;Directory&gt; avec un dossier du répertoire personnel du site.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not available: sites cannot proxy to other servers.</source>
        <translation>&lt;%1&gt; n’est pas disponible&#xa0;: les sites ne peuvent pas servir de mandataire vers d’autres serveurs.</translation>
    </message>
    <message>
        <source>Unknown or not allowed: &lt;%1&gt;.</source>
        <translation>Inconnu ou non autorisé&#xa0;: &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is never closed; add &lt;/%1&gt;.</source>
        <translation>&lt;%1&gt; n’est jamais fermé&#x202f;; ajoutez &lt;/%1&gt;.</translation>
    </message>
    <message>
        <source>%1: ${…} variables are not available; write the value itself.</source>
        <translation>%1&#xa0;: les variables ${…} ne sont pas disponibles&#x202f;; écrivez directement la valeur.</translation>
    </message>
    <message>
        <source>%1: expressions that read files (file(), filesize(), filemod()) are not available.</source>
        <translation>%1&#xa0;: les expressions qui lisent des fichiers (file(), filesize(), filemod()) ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>%1 needs an argument.</source>
        <translation>%1 nécessite un argument.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 arguments.</source>
        <translation>%1 nécessite au moins %2 arguments.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 arguments; put quotes around an argument that contains spaces.</source>
        <translation>%1 accepte au plus %2 arguments&#x202f;; mettez entre guillemets un argument qui contient des espaces.</translation>
    </message>
    <message>
        <source>&lt;%1 is missing its closing “&gt;”.</source>
        <translation>Il manque le «&#xa0;&gt;&#xa0;» fermant de &lt;%1.</translation>
    </message>
    <message>
        <source>%1: a quote is never closed.</source>
        <translation>%1&#xa0;: un guillemet n’est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 cannot be inside another &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation>%1 ne peut pas se trouver dans une autre section &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; ou &lt;If&gt;.</translation>
    </message>
    <message>
        <source>%1 cannot be inside &lt;Location&gt;, &lt;Files&gt; or &lt;Limit&gt;.</source>
        <translation>%1 ne peut pas se trouver dans &lt;Location&gt;, &lt;Files&gt; ou &lt;Limit&gt;.</translation>
    </message>
    <message>
        <source>%1 must come straight after an &lt;If&gt; or &lt;ElseIf&gt; section.</source>
        <translation>%1 doit suivre directement une section &lt;If&gt; ou &lt;ElseIf&gt;.</translation>
    </message>
    <message>
        <source>%1 cannot be inside another &lt;Limit&gt; or &lt;LimitExcept&gt;.</source>
        <translation>%1 ne peut pas se trouver dans une autre section &lt;Limit&gt; ou &lt;LimitExcept&gt;.</translation>
    </message>
    <message>
        <source>%1 is only allowed inside &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation>%1 n’est autorisé que dans &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; ou &lt;If&gt;.</translation>
    </message>
    <message>
        <source>&lt;Directory ~ …&gt; is not available: a pattern could match folders outside the site; give a folder inside %1.</source>
        <translation>&lt;Directory ~ …&gt; n’est pas disponible&#xa0;: un motif pourrait désigner des dossiers hors du site&#x202f;; donnez un dossier situé dans %1.</translation>
    </message>
    <message>
        <source>&lt;Directory&gt; takes one folder; put quotes around a folder that contains spaces.</source>
        <translation>&lt;Directory&gt; accepte un seul dossier&#x202f;; mettez entre guillemets un dossier qui contient des espaces.</translation>
    </message>
    <message>
        <source>&lt;Directory %1&gt; is outside the site&apos;s home; give a folder inside %2.</source>
        <translation>&lt;Directory %1&gt; est hors du répertoire personnel du site&#x202f;; donnez un dossier situé dans %2.</translation>
    </message>
    <message>
        <source>&lt;IfModule&gt; takes a module name, like mod_rewrite.c.</source>
        <translation>&lt;IfModule&gt; accepte un nom de module, comme mod_rewrite.c.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; takes one path, or “~” and a pattern; put quotes around a path that contains spaces.</source>
        <translation>&lt;%1&gt; accepte un chemin, ou «&#xa0;~&#xa0;» suivi d’un motif&#x202f;; mettez entre guillemets un chemin qui contient des espaces.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; takes HTTP methods, like GET POST.</source>
        <translation>&lt;%1&gt; accepte des méthodes HTTP, comme GET POST.</translation>
    </message>
    <message>
        <source>%1 is missing its closing “&gt;”.</source>
        <translation>Il manque le «&#xa0;&gt;&#xa0;» fermant de %1.</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; has no &lt;%1&gt; to close.</source>
        <translation>&lt;/%1&gt; n’a aucun &lt;%1&gt; à fermer.</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; comes before the &lt;%2&gt; opened on line %3 is closed; close it first with &lt;/%2&gt;.</source>
        <translation>&lt;/%1&gt; arrive avant la fermeture du &lt;%2&gt; ouvert à la ligne %3&#x202f;; fermez-le d’abord avec &lt;/%2&gt;.</translation>
    </message>
    <message>
        <source>Unknown or not allowed: %1.</source>
        <translation>Inconnu ou non autorisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 needs %2; switch it on for this vhost.</source>
        <translation>%1 nécessite %2&#x202f;; activez-le pour ce vhost.</translation>
    </message>
    <message>
        <source>RewriteBase only works inside &lt;Directory&gt; or &lt;Location&gt;.</source>
        <translation>RewriteBase ne fonctionne que dans &lt;Directory&gt; ou &lt;Location&gt;.</translation>
    </message>
    <message>
        <source>Options Indexes needs %1; switch it on for this vhost.</source>
        <translation>Options Indexes nécessite %1&#x202f;; activez-le pour ce vhost.</translation>
    </message>
    <message>
        <source>Options None stands on its own.</source>
        <translation>Options None s’emploie seul.</translation>
    </message>
    <message>
        <source>Options FollowSymLinks is not available: a link could lead out of the site; use SymLinksIfOwnerMatch.</source>
        <translation>Options FollowSymLinks n’est pas disponible&#xa0;: un lien pourrait mener hors du site&#x202f;; utilisez SymLinksIfOwnerMatch.</translation>
    </message>
    <message>
        <source>Options ExecCGI is not available: CGI scripts cannot run here; PHP runs through PHP-FPM.</source>
        <translation>Options ExecCGI n’est pas disponible&#xa0;: les scripts CGI ne peuvent pas s’exécuter ici&#x202f;; PHP passe par PHP-FPM.</translation>
    </message>
    <message>
        <source>Options All is not available: it includes FollowSymLinks and ExecCGI; name the options you need.</source>
        <translation>Options All n’est pas disponible&#xa0;: cette option inclut FollowSymLinks et ExecCGI&#x202f;; nommez les options dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Options %1 is not available: server-side includes are switched off here.</source>
        <translation>Options %1 n’est pas disponible&#xa0;: les inclusions côté serveur sont désactivées ici.</translation>
    </message>
    <message>
        <source>Options %1 is not available; sites can use Indexes, MultiViews and SymLinksIfOwnerMatch.</source>
        <translation>Options %1 n’est pas disponible&#x202f;; les sites peuvent utiliser Indexes, MultiViews et SymLinksIfOwnerMatch.</translation>
    </message>
    <message>
        <source>Options: either every option starts with + or -, or none does.</source>
        <translation>Options&#xa0;: soit chaque option commence par + ou -, soit aucune.</translation>
    </message>
    <message>
        <source>Require is only allowed inside &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; or &lt;If&gt;.</source>
        <translation>Require n’est autorisé que dans &lt;Directory&gt;, &lt;Location&gt;, &lt;Files&gt; ou &lt;If&gt;.</translation>
    </message>
    <message>
        <source>Require not … only works inside &lt;RequireAll&gt;, next to a Require that grants access.</source>
        <translation>Require not … ne fonctionne que dans &lt;RequireAll&gt;, à côté d’un Require qui accorde l’accès.</translation>
    </message>
    <message>
        <source>Require all takes “granted” or “denied”.</source>
        <translation>Require all accepte «&#xa0;granted&#xa0;» ou «&#xa0;denied&#xa0;».</translation>
    </message>
    <message>
        <source>Require ip takes addresses or networks, like 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation>Require ip accepte des adresses ou des réseaux, comme 192.0.2.0/24 ou 2001:db8::/32.</translation>
    </message>
    <message>
        <source>Require host takes host or domain names, like cam.ac.uk.</source>
        <translation>Require host accepte des noms d’hôte ou de domaine, comme cam.ac.uk.</translation>
    </message>
    <message>
        <source>Require %1 is not available; use Require all granted, all denied, ip … or host ….</source>
        <translation>Require %1 n’est pas disponible&#x202f;; utilisez Require all granted, all denied, ip … ou host ….</translation>
    </message>
    <message>
        <source>Alias needs a URL path and a folder, like: Alias /files %1/files.</source>
        <translation>Alias nécessite un chemin d’URL et un dossier, comme&#xa0;: Alias /files %1/files.</translation>
    </message>
    <message>
        <source>Alias can only point inside the site&apos;s home (%1); “%2” is outside it.</source>
        <translation>Alias ne peut pointer que dans le répertoire personnel du site (%1)&#x202f;; «&#xa0;%2&#xa0;» est en dehors.</translation>
    </message>
    <message>
        <source>%1 cannot set %2: it would change PHP settings behind the panel&apos;s back; use the site&apos;s PHP settings.</source>
        <translation>%1 ne peut pas définir %2&#xa0;: cela modifierait les paramètres PHP à l’insu du panneau&#x202f;; utilisez les paramètres PHP du site.</translation>
    </message>
    <message>
        <source>%1 cannot set %2: proxying is not available.</source>
        <translation>%1 ne peut pas définir %2&#xa0;: le mandataire n’est pas disponible.</translation>
    </message>
    <message>
        <source>RewriteRule: flags go in square brackets, like [L,R=301].</source>
        <translation>RewriteRule&#xa0;: les indicateurs se placent entre crochets, comme [L,R=301].</translation>
    </message>
    <message>
        <source>RewriteRule with the [P] (proxy) flag is not available: sites cannot proxy to other servers.</source>
        <translation>RewriteRule avec l’indicateur [P] (mandataire) n’est pas disponible&#xa0;: les sites ne peuvent pas servir de mandataire vers d’autres serveurs.</translation>
    </message>
    <message>
        <source>RewriteRule with the [H] (handler) flag is not available: handlers are managed by the panel.</source>
        <translation>RewriteRule avec l’indicateur [H] (gestionnaire) n’est pas disponible&#xa0;: les gestionnaires sont gérés par le panneau.</translation>
    </message>
    <message>
        <source>RewriteRule: “%1” starts with a part filled in from the request, so Apache could read it as any file on the server; start it with a fixed folder, or add the [PT] flag.</source>
        <translation>RewriteRule&#xa0;: «&#xa0;%1&#xa0;» commence par une partie tirée de la requête, si bien qu’Apache pourrait la lire comme n’importe quel fichier du serveur&#x202f;; commencez-la par un dossier fixe, ou ajoutez l’indicateur [PT].</translation>
    </message>
    <message>
        <source>RewriteRule: Apache would read “%1” from the server&apos;s disk, outside the site&apos;s home (%2); rewrite to a page of the site, or add the [PT] flag.</source>
        <translation>RewriteRule&#xa0;: Apache lirait «&#xa0;%1&#xa0;» sur le disque du serveur, hors du répertoire personnel du site (%2)&#x202f;; réécrivez vers une page du site, ou ajoutez l’indicateur [PT].</translation>
    </message>
    <message>
        <source>AddOutputFilterByType can only add the DEFLATE filter here.</source>
        <translation>AddOutputFilterByType ne peut ajouter ici que le filtre DEFLATE.</translation>
    </message>
    <message>
        <source>LimitRequestBody is a number of bytes from 0 to 2147483648.</source>
        <translation>LimitRequestBody est un nombre d’octets de 0 à 2147483648.</translation>
    </message>
    <message>
        <source>URL rewriting</source>
        <translation>Réécriture d’URL</translation>
    </message>
    <message>
        <source>Rewrites and redirects requests by pattern (mod_rewrite), as many applications&apos; “pretty URLs” need.</source>
        <translation>Réécrit et redirige les requêtes selon des motifs (mod_rewrite), comme l’exigent les «&#xa0;jolies URL&#xa0;» de nombreuses applications.</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de réponse</translation>
    </message>
    <message>
        <source>Sets, changes or removes HTTP headers (mod_headers), for example for caching or security policies.</source>
        <translation>Définit, modifie ou supprime des en-têtes HTTP (mod_headers), par exemple pour la mise en cache ou les politiques de sécurité.</translation>
    </message>
    <message>
        <source>Expiry times</source>
        <translation>Durées d’expiration</translation>
    </message>
    <message>
        <source>Tells browsers how long they may keep files (mod_expires).</source>
        <translation>Indique aux navigateurs combien de temps ils peuvent conserver les fichiers (mod_expires).</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <source>Compresses text responses such as HTML, CSS and JavaScript (mod_deflate).</source>
        <translation>Compresse les réponses textuelles comme le HTML, le CSS et le JavaScript (mod_deflate).</translation>
    </message>
    <message>
        <source>Folder listings</source>
        <translation>Listes de dossiers</translation>
    </message>
    <message>
        <source>Lists a folder&apos;s files when it has no index page (mod_autoindex); needs Options +Indexes.</source>
        <translation>Liste les fichiers d’un dossier qui n’a pas de page d’index (mod_autoindex)&#x202f;; nécessite Options +Indexes.</translation>
    </message>
    <message>
        <source>The directives are longer than 64 KiB; shorten them.</source>
        <translation>Les directives dépassent 64 Kio&#x202f;; raccourcissez-les.</translation>
    </message>
    <message>
        <source>The line is longer than 8 KiB, which Apache cannot read.</source>
        <translation>La ligne dépasse 8 Kio, ce qu’Apache ne peut pas lire.</translation>
    </message>
    <message>
        <source>The line contains a control character; remove it.</source>
        <translation>La ligne contient un caractère de contrôle&#x202f;; supprimez-le.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a name cron knows: write the first three letters, “%2”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom que cron connaît&#xa0;: écrivez les trois premières lettres, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is neither a number nor a name cron knows (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un nombre ni un nom que cron connaît (%2)</translation>
    </message>
    <message>
        <source>a range needs a number on each side of the “-”</source>
        <translation>une plage demande un nombre de chaque côté du «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation>%1 est hors de la plage %2–%3</translation>
    </message>
    <message>
        <source>“%1” after “/” is not a step: write a whole number, as in */15</source>
        <translation>«&#xa0;%1&#xa0;» après «&#xa0;/&#xa0;» n’est pas un pas&#xa0;: écrivez un nombre entier, comme dans */15</translation>
    </message>
    <message>
        <source>a step of 0 never moves on: write 1 or more</source>
        <translation>un pas de 0 n’avance jamais&#xa0;: écrivez 1 ou plus</translation>
    </message>
    <message>
        <source>“%1” has more than one step</source>
        <translation>«&#xa0;%1&#xa0;» a plus d’un pas</translation>
    </message>
    <message>
        <source>“%1” is not a range: a range is two values joined by one “-”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une plage&#xa0;: une plage est faite de deux valeurs reliées par un seul «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>a step needs a range or * before it, as in */%1 or %2-%3/%1</source>
        <translation>un pas demande une plage ou * devant lui, comme dans */%1 ou %2-%3/%1</translation>
    </message>
    <message>
        <source>the range %1 runs backwards; write the smaller value first</source>
        <translation>la plage %1 va à rebours&#x202f;; écrivez la plus petite valeur en premier</translation>
    </message>
    <message>
        <source>“%1” has no place in a schedule; a field has numbers, names, *, -, / and commas</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas sa place dans une planification&#x202f;; un champ contient des nombres, des noms, *, -, / et des virgules</translation>
    </message>
    <message>
        <source>the list has an empty item (two commas together, or one at an end)</source>
        <translation>la liste a un élément vide (deux virgules qui se suivent, ou une virgule à une extrémité)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>a schedule field, then what is wrong with it</comment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>there is no %1 in %2, so this schedule would never run</source>
        <translation>il n’y a pas de %1 en %2, cette planification ne s’exécuterait donc jamais</translation>
    </message>
    <message>
        <source>minute</source>
        <comment>cron field</comment>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>cron field</comment>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <comment>cron field</comment>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <comment>cron field</comment>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <comment>cron field</comment>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>The schedule is too long: a schedule has at most %1 characters.</source>
        <translation>La planification est trop longue&#xa0;: une planification compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A schedule is one line, without line breaks or other control characters.</source>
        <translation>Une planification tient sur une ligne, sans saut de ligne ni autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>Give a schedule: five fields (minute, hour, day of month, month, day of week), or @hourly, @daily, @weekly, @monthly, @yearly or @reboot.</source>
        <translation>Indiquez une planification&#xa0;: cinq champs (minute, heure, jour du mois, mois, jour de la semaine), ou @hourly, @daily, @weekly, @monthly, @yearly ou @reboot.</translation>
    </message>
    <message>
        <source>%1 stands alone: nothing may follow it in the schedule.</source>
        <translation>%1 s’emploie seul&#xa0;: rien ne peut le suivre dans la planification.</translation>
    </message>
    <message>
        <source>“%1” is not a schedule cron knows; the @ schedules are @reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une planification que cron connaît&#x202f;; les planifications @ sont @reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight et @hourly.</translation>
    </message>
    <message>
        <source>A schedule has five fields (minute, hour, day of month, month, day of week) separated by spaces; this one has %1.</source>
        <translation>Une planification a cinq champs séparés par des espaces (minute, heure, jour du mois, mois, jour de la semaine)&#x202f;; celle-ci en a %1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>the 1st day of a month</comment>
        <translation>%1er</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>the 21st or 31st day of a month</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>the 2nd or 22nd day of a month</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>the 3rd or 23rd day of a month</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>the 4th…20th, 24th…30th day of a month</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days or months, as in Monday to Friday</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <comment>at least 2</comment>
        <translation>toutes les %1 minutes</translation>
    </message>
    <message>
        <source>every %1 minutes from %2 to %3</source>
        <comment>at least 2</comment>
        <translation>toutes les %1 minutes de %2 à %3</translation>
    </message>
    <message>
        <source>every %1 minutes during the hours %2</source>
        <comment>at least 2</comment>
        <translation>toutes les %1 minutes pendant les heures %2</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>chaque minute</translation>
    </message>
    <message>
        <source>every minute from %1 to %2</source>
        <translation>chaque minute de %1 à %2</translation>
    </message>
    <message>
        <source>every minute during the hours %1</source>
        <translation>chaque minute pendant les heures %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>at a list of times of day</comment>
        <translation>à %1</translation>
    </message>
    <message>
        <source>every hour, on the hour</source>
        <translation>toutes les heures, à l’heure pile</translation>
    </message>
    <message>
        <source>at minute %1 of every hour</source>
        <translation>à la minute %1 de chaque heure</translation>
    </message>
    <message>
        <source>at minutes %1 of every hour</source>
        <translation>aux minutes %1 de chaque heure</translation>
    </message>
    <message>
        <source>every %1 hours at minute %2</source>
        <comment>at least 2</comment>
        <translation>toutes les %1 heures à la minute %2</translation>
    </message>
    <message>
        <source>every hour from %1 to %2</source>
        <translation>toutes les heures de %1 à %2</translation>
    </message>
    <message>
        <source>at minute %1 of the hours %2</source>
        <translation>à la minute %1 des heures %2</translation>
    </message>
    <message>
        <source>at minutes %1 of the hours %2</source>
        <translation>aux minutes %1 des heures %2</translation>
    </message>
    <message>
        <source>every day in %1</source>
        <translation>chaque jour en %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>every Monday</comment>
        <translation>chaque %1</translation>
    </message>
    <message>
        <source>every %1 in %2</source>
        <comment>every Monday in January</comment>
        <translation>chaque %1 en %2</translation>
    </message>
    <message>
        <source>on the %1 of every month</source>
        <translation>le %1 de chaque mois</translation>
    </message>
    <message>
        <source>on the %1 of %2</source>
        <comment>on the 1st of January</comment>
        <translation>le %1 %2</translation>
    </message>
    <message>
        <source>on the %1 of every month and on every %2</source>
        <translation>le %1 de chaque mois et chaque %2</translation>
    </message>
    <message>
        <source>in %3, on the %1 and on every %2</source>
        <translation>en %3, le %1 et chaque %2</translation>
    </message>
    <message>
        <source>on the %1 of every month when it is a %2</source>
        <translation>le %1 de chaque mois quand c’est un %2</translation>
    </message>
    <message>
        <source>on the %1 of %3 when it is a %2</source>
        <translation>le %1 %3 quand c’est un %2</translation>
    </message>
    <message>
        <source>at reboot (when cron starts)</source>
        <translation>au redémarrage (quand cron démarre)</translation>
    </message>
    <message>
        <source>%1 every day</source>
        <comment>at 02:30 every day</comment>
        <translation>%1 chaque jour</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a time of day, then the days: at 02:30 every Monday</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date in a note</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>On %1 the clock jumps from %2 to %3, so %4 does not come; cron runs this at %3 instead.</source>
        <translation>Le %1, l’horloge saute de %2 à %3, %4 n’arrive donc pas&#x202f;; cron l’exécute à %3 à la place.</translation>
    </message>
    <message>
        <source>On %1 the clock goes back from %2 to %3, so %4 comes twice; cron runs this only the first time.</source>
        <translation>Le %1, l’horloge recule de %2 à %3, %4 arrive donc deux fois&#x202f;; cron ne l’exécute que la première fois.</translation>
    </message>
    <message>
        <source>On %1 the clock goes back from %2 to %3; this runs again at %4 as the clock repeats the time.</source>
        <translation>Le %1, l’horloge recule de %2 à %3&#x202f;; ceci s’exécute de nouveau à %4 quand l’horloge repasse par cette heure.</translation>
    </message>
    <message>
        <source>On %1 the clock jumps from %2 to %3; the runs due in between do not happen.</source>
        <translation>Le %1, l’horloge saute de %2 à %3&#x202f;; les exécutions prévues entre-temps n’ont pas lieu.</translation>
    </message>
</context>
</TS>
