<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
    <context>
        <name>PIN</name>
        <message>
            <source>&amp;Change PIN</source>
            <translation>&amp;Modifier le code PIN</translation>
        </message>
        <message>
            <source>&amp;Test PIN</source>
            <translation>&amp;Tester le code PIN</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>de 4 à 12 chiffres</translation>
        </message>
        <message>
            <source>Careful: this is the last try. A wrong PIN now blocks the card.</source>
            <translation>Attention : c’est le dernier essai. Un code PIN incorrect bloquera la carte.</translation>
        </message>
        <message>
            <source>Change your PIN</source>
            <translation>Modifier votre code PIN</translation>
        </message>
        <message>
            <source>Checking the PIN with the card…</source>
            <translation>Vérification du code PIN par la carte…</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Code PIN actuel</translation>
        </message>
        <message>
            <source>Enter your PIN</source>
            <translation>Saisissez votre code PIN</translation>
        </message>
        <message>
            <source>Follow the card reader's display: type your current PIN, then the new PIN twice, on its keypad.</source>
            <translation>Suivez les indications à l’écran du lecteur de carte : saisissez sur son clavier votre code PIN actuel, puis deux fois le nouveau code PIN.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Confirmez le nouveau code PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>PIN tries left: {tries} of 3.</source>
            <translation>Code PIN — essais restants : {tries} sur 3.</translation>
        </message>
        <message>
            <source>PIN: blocked.</source>
            <translation>Code PIN : bloqué.</translation>
        </message>
        <message>
            <source>PIN: this old card cannot tell its tries left without using one.</source>
            <translation>Code PIN : cette ancienne carte ne peut pas indiquer le nombre d’essais restants sans en utiliser un.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>Les deux nouveaux codes PIN ne sont pas identiques.</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card (tries left: {tries}).</source>
            <translation>Saisissez le code PIN de votre carte eID (essais restants : {tries}).</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card.</source>
            <translation>Saisissez le code PIN de votre carte eID.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad, then press its OK key (tries left: {tries}).</source>
            <translation>Saisissez votre code PIN sur le clavier du lecteur de carte, puis appuyez sur sa touche OK (essais restants : {tries}).</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the PIN is blocked: {tries}. Type it again, or cancel.</source>
            <translation>Code PIN incorrect. Essais restants avant le blocage du code PIN : {tries}. Saisissez-le à nouveau, ou annulez.</translation>
        </message>
        <message>
            <source>Your PIN is correct.</source>
            <translation>Votre code PIN est correct.</translation>
        </message>
        <message>
            <source>Your PIN was changed. Use the new PIN from now on.</source>
            <translation>Votre code PIN a été modifié. Utilisez désormais le nouveau code PIN.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>&amp;About</source>
            <translation>À &amp;propos</translation>
        </message>
        <message>
            <source>&amp;Close the file</source>
            <translation>&amp;Fermer le fichier</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Open an eID file…</source>
            <translation>&amp;Ouvrir un fichier eID…</translation>
        </message>
        <message>
            <source>&amp;Print the identity…</source>
            <translation>&amp;Imprimer l’identité…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Save as eID file…</source>
            <translation>&amp;Enregistrer comme fichier eID…</translation>
        </message>
        <message>
            <source>&amp;Show the window</source>
            <translation>&amp;Afficher la fenêtre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Authenticité</translation>
        </message>
        <message>
            <source>Built-in virtual reader (simulated card)</source>
            <translation>Lecteur virtuel intégré (carte simulée)</translation>
        </message>
        <message>
            <source>Card and PIN</source>
            <translation>Carte et code PIN</translation>
        </message>
        <message>
            <source>Card reader:</source>
            <translation>Lecteur de carte :</translation>
        </message>
        <message>
            <source>Certificate, PEM text (*.pem)</source>
            <translation>Certificat, texte PEM (*.pem)</translation>
        </message>
        <message>
            <source>Certificate, binary DER (*.der *.cer)</source>
            <translation>Certificat, DER binaire (*.der *.cer)</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>Export the identity as &amp;PDF…</source>
            <translation>Exporter l’identité en &amp;PDF…</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Photo of the card holder</source>
            <translation>Photo du titulaire de la carte</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Enregistré dans {path}.</translation>
        </message>
        <message>
            <source>The file could not be opened.</source>
            <translation>Le fichier n’a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Le fichier n’a pas pu être enregistré : {reason}</translation>
        </message>
        <message>
            <source>eID Companion</source>
            <translation>eID Companion</translation>
        </message>
        <message>
            <source>eID Companion {version}: reads, checks and uses your Belgian eID card. Free software (GPL 3 or later).</source>
            <translation>eID Companion {version} : lit, vérifie et utilise votre carte eID belge. Logiciel libre (GPL 3 ou version ultérieure).</translation>
        </message>
        <message>
            <source>eID files (*.eid)</source>
            <translation>Fichiers eID (*.eid)</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
    </context>
    <context>
        <name>app certificates</name>
        <message>
            <source>Asking the revocation services…</source>
            <translation>Interrogation des services de révocation…</translation>
        </message>
        <message>
            <source>Card data</source>
            <translation>Données de la carte</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>Check &amp;revocation online</source>
            <translation>Vérifier la &amp;révocation en ligne</translation>
        </message>
        <message>
            <source>Data opened from a file cannot be checked: insert the card.</source>
            <translation>Les données ouvertes depuis un fichier ne peuvent pas être vérifiées : insérez la carte.</translation>
        </message>
        <message>
            <source>Everything checked is authentic and valid.</source>
            <translation>Tout ce qui a été vérifié est authentique et valide.</translation>
        </message>
        <message>
            <source>Export as &amp;DER…</source>
            <translation>Exporter en &amp;DER…</translation>
        </message>
        <message>
            <source>Export as &amp;PEM…</source>
            <translation>Exporter en &amp;PEM…</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Revocation was not asked yet: press “Check revocation online” when you are connected.</source>
            <translation>La révocation n’a pas encore été vérifiée : appuyez sur « Vérifier la révocation en ligne » quand vous avez accès à Internet.</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>Empreinte SHA-256</translation>
        </message>
        <message>
            <source>Some checks failed: do not rely on these data.</source>
            <translation>Certaines vérifications ont échoué : ne vous fiez pas à ces données.</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Titulaire</translation>
        </message>
        <message>
            <source>The data on the card are signed by the National Register. These checks run on this computer; whether a certificate was revoked needs the internet.</source>
            <translation>Les données de la carte sont signées par le Registre national. Ces vérifications se font sur cet ordinateur ; pour savoir si un certificat a été révoqué, il faut une connexion à Internet.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Début de validité</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Fin de validité</translation>
        </message>
        <message>
            <source>not on this card</source>
            <translation>absent de cette carte</translation>
        </message>
    </context>
    <context>
        <name>app states</name>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>FROM A FILE: these data were opened from {path}, not read from a card. They cannot be checked for authenticity.</source>
            <translation>DEPUIS UN FICHIER : ces données ont été ouvertes depuis {path}, et non lues sur une carte. Leur authenticité ne peut pas être vérifiée.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Masquer les détails</translation>
        </message>
        <message>
            <source>If you no longer have your PUK letter, ask your municipality for new codes: they are sent to you by post.</source>
            <translation>Si vous n’avez plus la lettre avec votre code PUK, demandez de nouveaux codes à votre commune : ils vous seront envoyés par la poste.</translation>
        </message>
        <message>
            <source>Insert your eID card in the card reader, chip first and facing up.</source>
            <translation>Insérez votre carte eID dans le lecteur de carte, puce en premier et vers le haut.</translation>
        </message>
        <message>
            <source>Looking for card readers…</source>
            <translation>Recherche de lecteurs de carte…</translation>
        </message>
        <message>
            <source>No card reader is connected. Plug in your card reader. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>Aucun lecteur de carte n’est branché. Branchez votre lecteur de carte. En attendant, vous pouvez essayer l’application avec la carte virtuelle intégrée.</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Lire à nouveau</translation>
        </message>
        <message>
            <source>Reading the card… Keep it in the reader.</source>
            <translation>Lecture de la carte… Laissez-la dans le lecteur.</translation>
        </message>
        <message>
            <source>SIMULATED CARD: this is the built-in virtual card with made-up data, not a real person's card. Its PIN is 1234.</source>
            <translation>CARTE SIMULÉE : ceci est la carte virtuelle intégrée, avec des données fictives ; ce n’est pas la carte d’une personne réelle. Son code PIN est 1234.</translation>
        </message>
        <message>
            <source>TEST CARD: this card is signed by a test authority, not by the Belgian state.</source>
            <translation>CARTE DE TEST : cette carte est signée par une autorité de test, et non par l’État belge.</translation>
        </message>
        <message>
            <source>Take out the virtual card</source>
            <translation>Retirer la carte virtuelle</translation>
        </message>
        <message>
            <source>The card was taken out. Its data have been cleared from the screen. Insert a card to read it.</source>
            <translation>La carte a été retirée. Ses données ont été effacées de l’écran. Insérez une carte pour la lire.</translation>
        </message>
        <message>
            <source>The smart card service is not running, so no card reader can be used. Ask the person who manages this computer to install and start pcscd. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>Le service de carte à puce ne fonctionne pas : aucun lecteur de carte ne peut donc être utilisé. Demandez à la personne qui gère cet ordinateur d’installer et de démarrer pcscd. En attendant, vous pouvez essayer l’application avec la carte virtuelle intégrée.</translation>
        </message>
        <message>
            <source>Try the virtual card</source>
            <translation>Essayer la carte virtuelle</translation>
        </message>
        <message>
            <source>Your card has been read. When you take it out, its data are cleared from the screen.</source>
            <translation>Votre carte a été lue. Lorsque vous la retirerez, ses données seront effacées de l’écran.</translation>
        </message>
    </context>
    <context>
        <name>browser setup</name>
        <message>
            <source>Let websites ask for a login with your eID card (register eID Companion with your browsers)?</source>
            <translation>Permettre aux sites web de demander une connexion avec votre carte eID (enregistrer eID Companion dans vos navigateurs) ?</translation>
        </message>
        <message>
            <source>No browser was found on this computer. Name one with --browser.</source>
            <translation>Aucun navigateur n’a été trouvé sur cet ordinateur. Indiquez-en un avec --browser.</translation>
        </message>
        <message>
            <source>You can do it later with: eidcompanion browser-setup</source>
            <translation>Vous pourrez le faire plus tard avec : eidcompanion browser-setup</translation>
        </message>
        <message>
            <source>[Y/n]</source>
            <translation>[O/n]</translation>
        </message>
        <message>
            <source>system-wide registration needs administrator rights (sudo)</source>
            <translation>l’enregistrement pour tout l’ordinateur demande les droits d’administrateur (sudo)</translation>
        </message>
        <message>
            <source>y yes</source>
            <translation>o oui</translation>
        </message>
        <message>
            <source>{browser} is installed as a {kind} package, which cannot start programs such as eID Companion's bridge. To log in with your card, install {browser} from your distribution's packages (Firefox on Debian: apt install firefox-esr).</source>
            <translation>{browser} est installé comme paquet {kind}, qui ne peut pas lancer de programmes comme le pont d’eID Companion. Pour vous connecter avec votre carte, installez {browser} depuis les paquets de votre distribution (Firefox sur Debian : apt install firefox-esr).</translation>
        </message>
        <message>
            <source>{browser}: another program (the Web eID application) is registered as {host} in {path}; it was kept. To use eID Companion instead, run again with --replace-webeid (the other registration is set aside, and --remove puts it back).</source>
            <translation>{browser} : un autre programme (l’application Web eID) est enregistré comme {host} dans {path} ; il a été conservé. Pour utiliser eID Companion à sa place, relancez avec --replace-webeid (l’autre enregistrement est mis de côté, et --remove le remet en place).</translation>
        </message>
        <message>
            <source>{browser}: {host} belongs to another program ({path})</source>
            <translation>{browser} : {host} appartient à un autre programme ({path})</translation>
        </message>
        <message>
            <source>{browser}: {host} is not registered: run eidcompanion browser-setup</source>
            <translation>{browser} : {host} n’est pas enregistré : lancez eidcompanion browser-setup</translation>
        </message>
        <message>
            <source>{browser}: {host} reachable (bridge {detail})</source>
            <translation>{browser} : {host} joignable (pont {detail})</translation>
        </message>
        <message>
            <source>{browser}: {host} registered in {path}</source>
            <translation>{browser} : {host} enregistré dans {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} removed from {path}</source>
            <translation>{browser} : {host} retiré de {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} removed; the Web eID application's own registration is back in {path}</source>
            <translation>{browser} : {host} retiré ; l’enregistrement de l’application Web eID est de retour dans {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} was not registered</source>
            <translation>{browser} : {host} n’était pas enregistré</translation>
        </message>
        <message>
            <source>{browser}: {host}: the bridge does not answer ({detail})</source>
            <translation>{browser} : {host} : le pont ne répond pas ({detail})</translation>
        </message>
        <message>
            <source>{browser}: {host}: the program its registration names is missing or cannot run ({detail}): run eidcompanion browser-setup again</source>
            <translation>{browser} : {host} : le programme indiqué par son enregistrement est absent ou ne peut pas être lancé ({detail}) : relancez eidcompanion browser-setup</translation>
        </message>
        <message>
            <source>{browser}: {host}: the registration does not allow the Web eID extension: run eidcompanion browser-setup again</source>
            <translation>{browser} : {host} : l’enregistrement n’autorise pas l’extension Web eID : relancez eidcompanion browser-setup</translation>
        </message>
    </context>
    <context>
        <name>card fields</name>
        <message>
            <source>(check digits do not match)</source>
            <translation>(les chiffres de contrôle ne correspondent pas)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Applet version</source>
            <translation>Version de l’applet</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authentification</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Naissance</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Boîte</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Numéro de carte</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificats</translation>
        </message>
        <message>
            <source>Certification authority</source>
            <translation>Autorité de certification</translation>
        </message>
        <message>
            <source>Chip number</source>
            <translation>Numéro de puce</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Type de document</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicata</translation>
        </message>
        <message>
            <source>Employer VAT number</source>
            <translation>Numéro de TVA de l’employeur</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Numéro de maison</translation>
        </message>
        <message>
            <source>Issued in</source>
            <translation>Lieu de délivrance</translation>
        </message>
        <message>
            <source>JPEG, {size} bytes</source>
            <translation>JPEG, {size} octets</translation>
        </message>
        <message>
            <source>Member of family</source>
            <translation>Membre de la famille</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Mentions</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>National Register</source>
            <translation>Registre national</translation>
        </message>
        <message>
            <source>National register number</source>
            <translation>Numéro de registre national</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Noble condition</source>
            <translation>Titre de noblesse</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Lieu de naissance</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Lecteur de carte</translation>
        </message>
        <message>
            <source>Regional file number</source>
            <translation>Numéro de dossier régional</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Date d’enregistrement</translation>
        </message>
        <message>
            <source>Root</source>
            <translation>Racine</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Special organisation</source>
            <translation>Organisation spéciale</translation>
        </message>
        <message>
            <source>Special status</source>
            <translation>Statut spécial</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Validité</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Permis de travail</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>from {begin} to {end}</source>
            <translation>du {begin} au {end}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{date} in {place}</source>
            <translation>{date} à {place}</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <source>{subject}, valid until {not_after}</source>
            <translation>{subject}, valable jusqu’au {not_after}</translation>
        </message>
    </context>
    <context>
        <name>card files</name>
        <message>
            <source>National Register certificate</source>
            <translation>le certificat du Registre national</translation>
        </message>
        <message>
            <source>address file</source>
            <translation>le fichier d’adresse</translation>
        </message>
        <message>
            <source>address signature file</source>
            <translation>le fichier de signature de l’adresse</translation>
        </message>
        <message>
            <source>authentication certificate</source>
            <translation>le certificat d’authentification</translation>
        </message>
        <message>
            <source>card key file</source>
            <translation>le fichier de clé de la carte</translation>
        </message>
        <message>
            <source>certification authority certificate</source>
            <translation>le certificat de l’autorité de certification</translation>
        </message>
        <message>
            <source>identity file</source>
            <translation>le fichier d’identité</translation>
        </message>
        <message>
            <source>identity signature file</source>
            <translation>le fichier de signature de l’identité</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>la photo</translation>
        </message>
        <message>
            <source>root certificate</source>
            <translation>le certificat racine</translation>
        </message>
        <message>
            <source>signature certificate</source>
            <translation>le certificat de signature</translation>
        </message>
    </context>
    <context>
        <name>card folders</name>
        <message>
            <source>files missing: {files}</source>
            <translation>fichiers manquants : {files}</translation>
        </message>
        <message>
            <source>it is not a folder</source>
            <translation>ce n’est pas un dossier</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is empty</source>
            <translation>le fichier du certificat du Registre national (503C) est vide</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is not a certificate</source>
            <translation>le fichier du certificat du Registre national (503C) n’est pas un certificat</translation>
        </message>
        <message>
            <source>the file {file} cannot be read</source>
            <translation>le fichier {file} est illisible</translation>
        </message>
    </context>
    <context>
        <name>card values</name>
        <message>
            <source>A card: limited stay</source>
            <translation>Carte A : séjour limité</translation>
        </message>
        <message>
            <source>A card: limited stay (EU residence permit format)</source>
            <translation>Carte A : séjour limité (format du titre de séjour UE)</translation>
        </message>
        <message>
            <source>Article 18(1) of the Brexit withdrawal agreement</source>
            <translation>Article 18, paragraphe 1, de l’accord de retrait du Brexit</translation>
        </message>
        <message>
            <source>B card: unlimited stay</source>
            <translation>Carte B : séjour illimité</translation>
        </message>
        <message>
            <source>B card: unlimited stay (EU residence permit format)</source>
            <translation>Carte B : séjour illimité (format du titre de séjour UE)</translation>
        </message>
        <message>
            <source>Belgian identity card (eID)</source>
            <translation>Carte d’identité électronique belge (eID)</translation>
        </message>
        <message>
            <source>C card: identity card for foreigners</source>
            <translation>Carte C : carte d’identité d’étranger</translation>
        </message>
        <message>
            <source>D card: EU long-term resident</source>
            <translation>Carte D : résident de longue durée – UE</translation>
        </message>
        <message>
            <source>E card: registration certificate of an EU citizen</source>
            <translation>Carte E : attestation d’enregistrement d’un citoyen de l’Union</translation>
        </message>
        <message>
            <source>E+ card: permanent residence of an EU citizen</source>
            <translation>Carte E+ : séjour permanent d’un citoyen de l’Union</translation>
        </message>
        <message>
            <source>EU card: registration certificate of an EU citizen</source>
            <translation>Carte EU : attestation d’enregistrement d’un citoyen de l’Union</translation>
        </message>
        <message>
            <source>EU+ card: permanent residence of an EU citizen</source>
            <translation>Carte EU+ : séjour permanent d’un citoyen de l’Union</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen</source>
            <translation>Carte F : membre de la famille d’un citoyen de l’Union</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen (EU residence permit format)</source>
            <translation>Carte F : membre de la famille d’un citoyen de l’Union (format du titre de séjour UE)</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen</source>
            <translation>Carte F+ : séjour permanent d’un membre de la famille d’un citoyen de l’Union</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen (EU residence permit format)</source>
            <translation>Carte F+ : séjour permanent d’un membre de la famille d’un citoyen de l’Union (format du titre de séjour UE)</translation>
        </message>
        <message>
            <source>H card: EU Blue Card</source>
            <translation>Carte H : carte bleue européenne</translation>
        </message>
        <message>
            <source>I card: intra-corporate transfer permit</source>
            <translation>Carte I : permis pour personne faisant l’objet d’un transfert temporaire intragroupe</translation>
        </message>
        <message>
            <source>J card: long-term mobility (intra-corporate transfer)</source>
            <translation>Carte J : mobilité de longue durée (transfert temporaire intragroupe)</translation>
        </message>
        <message>
            <source>K card: unlimited stay</source>
            <translation>Carte K : séjour illimité</translation>
        </message>
        <message>
            <source>Kids-ID (child under 12)</source>
            <translation>Kids-ID (enfant de moins de 12 ans)</translation>
        </message>
        <message>
            <source>L card: EU long-term resident</source>
            <translation>Carte L : résident de longue durée – UE</translation>
        </message>
        <message>
            <source>M card: Brexit withdrawal agreement</source>
            <translation>Carte M : accord de retrait du Brexit</translation>
        </message>
        <message>
            <source>N card: frontier worker under the Brexit withdrawal agreement</source>
            <translation>Carte N : travailleur frontalier dans le cadre de l’accord de retrait du Brexit</translation>
        </message>
        <message>
            <source>NATO</source>
            <translation>NATO</translation>
        </message>
        <message>
            <source>SHAPE</source>
            <translation>SHAPE</translation>
        </message>
        <message>
            <source>au pair</source>
            <translation>au pair</translation>
        </message>
        <message>
            <source>bootstrap card</source>
            <translation>carte d’amorçage (bootstrap)</translation>
        </message>
        <message>
            <source>duplicate no. {number}</source>
            <translation>duplicata n° {number}</translation>
        </message>
        <message>
            <source>extended minority</source>
            <translation>minorité prolongée</translation>
        </message>
        <message>
            <source>female</source>
            <translation>féminin</translation>
        </message>
        <message>
            <source>former European Blue Card</source>
            <translation>ancienne carte bleue européenne</translation>
        </message>
        <message>
            <source>habilitation card</source>
            <translation>carte d’habilitation</translation>
        </message>
        <message>
            <source>job search</source>
            <translation>recherche d’emploi</translation>
        </message>
        <message>
            <source>kids card for foreigners: A</source>
            <translation>carte pour enfants étrangers : A</translation>
        </message>
        <message>
            <source>kids card for foreigners: B</source>
            <translation>carte pour enfants étrangers : B</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU</source>
            <translation>carte pour enfants étrangers : EU</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU+</source>
            <translation>carte pour enfants étrangers : EU+</translation>
        </message>
        <message>
            <source>kids card for foreigners: F</source>
            <translation>carte pour enfants étrangers : F</translation>
        </message>
        <message>
            <source>kids card for foreigners: F+</source>
            <translation>carte pour enfants étrangers : F+</translation>
        </message>
        <message>
            <source>kids card for foreigners: K</source>
            <translation>carte pour enfants étrangers : K</translation>
        </message>
        <message>
            <source>kids card for foreigners: L</source>
            <translation>carte pour enfants étrangers : L</translation>
        </message>
        <message>
            <source>kids card for foreigners: M</source>
            <translation>carte pour enfants étrangers : M</translation>
        </message>
        <message>
            <source>labour market: limited</source>
            <translation>marché du travail : limité</translation>
        </message>
        <message>
            <source>labour market: no access</source>
            <translation>marché du travail : pas d’accès</translation>
        </message>
        <message>
            <source>labour market: unlimited</source>
            <translation>marché du travail : illimité</translation>
        </message>
        <message>
            <source>male</source>
            <translation>masculin</translation>
        </message>
        <message>
            <source>mobility programme</source>
            <translation>programme de mobilité</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>original card</source>
            <translation>carte originale</translation>
        </message>
        <message>
            <source>permanent residence (Brexit withdrawal agreement)</source>
            <translation>séjour permanent (accord de retrait du Brexit)</translation>
        </message>
        <message>
            <source>protection granted on {date} ({country})</source>
            <translation>protection accordée le {date} ({country})</translation>
        </message>
        <message>
            <source>researcher</source>
            <translation>chercheur</translation>
        </message>
        <message>
            <source>school pupil</source>
            <translation>élève</translation>
        </message>
        <message>
            <source>seasonal worker</source>
            <translation>travailleur saisonnier</translation>
        </message>
        <message>
            <source>student</source>
            <translation>étudiant</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>stagiaire</translation>
        </message>
        <message>
            <source>unknown code {code}</source>
            <translation>code inconnu {code}</translation>
        </message>
        <message>
            <source>volunteer</source>
            <translation>volontaire</translation>
        </message>
        <message>
            <source>white cane (blind person)</source>
            <translation>canne blanche (personne aveugle)</translation>
        </message>
        <message>
            <source>white cane and extended minority</source>
            <translation>canne blanche et minorité prolongée</translation>
        </message>
        <message>
            <source>yellow cane (partially sighted person)</source>
            <translation>canne jaune (personne malvoyante)</translation>
        </message>
        <message>
            <source>yellow cane and extended minority</source>
            <translation>canne jaune et minorité prolongée</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>Address signed by the National Register</source>
            <translation>Adresse signée par le Registre national</translation>
        </message>
        <message>
            <source>Authentication certificate</source>
            <translation>Certificat d’authentification</translation>
        </message>
        <message>
            <source>Card key belongs to the identity</source>
            <translation>Clé de la carte liée à l’identité</translation>
        </message>
        <message>
            <source>Card proves it is the original</source>
            <translation>Preuve que la carte est l’originale</translation>
        </message>
        <message>
            <source>Certification authority certificate</source>
            <translation>Certificat de l’autorité de certification</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <source>Identity signed by the National Register</source>
            <translation>Identité signée par le Registre national</translation>
        </message>
        <message>
            <source>National Register certificate</source>
            <translation>Certificat du Registre national</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Photo belongs to the identity</source>
            <translation>Photo liée à l’identité</translation>
        </message>
        <message>
            <source>Root certificate</source>
            <translation>Certificat racine</translation>
        </message>
        <message>
            <source>Signature certificate</source>
            <translation>Certificat de signature</translation>
        </message>
        <message>
            <source>a Belgian root: {root}</source>
            <translation>une racine belge : {root}</translation>
        </message>
        <message>
            <source>a TEST root, trusted only in the test configuration: {root}</source>
            <translation>une racine TEST, considérée comme fiable uniquement dans la configuration de test : {root}</translation>
        </message>
        <message>
            <source>cannot be checked: its issuer, the {file}, is not valid</source>
            <translation>vérification impossible : son émetteur, {file}, n’est pas valide</translation>
        </message>
        <message>
            <source>cannot be checked: the card key file is not authentic</source>
            <translation>vérification impossible : le fichier de clé de la carte n’est pas authentique</translation>
        </message>
        <message>
            <source>cannot be checked: the root certificate is not trusted</source>
            <translation>vérification impossible : le certificat racine n’est pas reconnu comme fiable</translation>
        </message>
        <message>
            <source>cannot be vouched for: the National Register certificate is not trusted</source>
            <translation>authenticité non garantie : le certificat du Registre national n’est pas reconnu comme fiable</translation>
        </message>
        <message>
            <source>cannot be vouched for: the identity file is not authentic</source>
            <translation>authenticité non garantie : le fichier d’identité n’est pas authentique</translation>
        </message>
        <message>
            <source>the card did not prove it holds the key of its card key file: it may be a copy</source>
            <translation>la carte n’a pas prouvé qu’elle détient la clé de son fichier de clé : il peut s’agir d’une copie</translation>
        </message>
        <message>
            <source>the card has no {file}</source>
            <translation>la carte ne contient pas {file}</translation>
        </message>
        <message>
            <source>the {file} does not match its fingerprint in the identity file</source>
            <translation>{file} ne correspond pas à son empreinte dans le fichier d’identité</translation>
        </message>
        <message>
            <source>the {file} expired on {date}</source>
            <translation>{file} a expiré le {date}</translation>
        </message>
        <message>
            <source>the {file} is not a Belgian root</source>
            <translation>{file} n’est pas une racine belge</translation>
        </message>
        <message>
            <source>the {file} is not meant for this use</source>
            <translation>{file} ne convient pas à cet usage</translation>
        </message>
        <message>
            <source>the {file} is not signed by its issuer</source>
            <translation>{file} ne porte pas la signature de son émetteur</translation>
        </message>
        <message>
            <source>the {file} is not the one the National Register signed</source>
            <translation>{file} ne correspond pas à la version signée par le Registre national</translation>
        </message>
        <message>
            <source>the {file} is not valid before {date}</source>
            <translation>{file} n’est valide qu’à partir du {date}</translation>
        </message>
        <message>
            <source>the {file} was revoked on {date}</source>
            <translation>{file} a fait l’objet d’une révocation le {date}</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valide</translation>
        </message>
        <message>
            <source>valid under a TEST root (a test or simulated card)</source>
            <translation>valide sous une racine TEST (carte de test ou carte simulée)</translation>
        </message>
        <message>
            <source>valid, but whether it was revoked is unknown: {problem}</source>
            <translation>valide, mais on ne sait pas s’il a été révoqué : {problem}</translation>
        </message>
        <message>
            <source>valid; revocation was not checked (switched off)</source>
            <translation>valide ; la révocation n’a pas été vérifiée (vérification désactivée)</translation>
        </message>
        <message>
            <source>{first} or the {second}</source>
            <translation>{first} ou {second}</translation>
        </message>
        <message>
            <source>{reason} [TEST]</source>
            <translation>{reason} [TEST]</translation>
        </message>
    </context>
    <context>
        <name>command line</name>
        <message>
            <source>A private PC/SC service runs for this simulator. In another terminal, run:
  export PCSCLITE_CSOCK_NAME={socket}
then use eidcompanion or any PC/SC program there.</source>
            <translation>Un service PC/SC privé fonctionne pour ce simulateur. Dans un autre terminal, exécutez :
  export PCSCLITE_CSOCK_NAME={socket}
puis utilisez-y eidcompanion ou tout autre programme PC/SC.</translation>
        </message>
        <message>
            <source>A simulated applet {version} card</source>
            <translation>Une carte simulée (applet {version})</translation>
        </message>
        <message>
            <source>A simulated card made of the files in {folder}</source>
            <translation>Une carte simulée faite des fichiers de {folder}</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Authenticité</translation>
        </message>
        <message>
            <source>Certificates checked</source>
            <translation>Certificats vérifiés</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Erreur : {message}</translation>
        </message>
        <message>
            <source>No card reader found.</source>
            <translation>Aucun lecteur de carte trouvé.</translation>
        </message>
        <message>
            <source>No card reader is plugged in, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Aucun lecteur de carte n’est branché : la carte virtuelle intégrée est donc lue, une carte simulée (applet {version}) contenant des données fictives de spécimen.</translation>
        </message>
        <message>
            <source>Photo saved to {path}.</source>
            <translation>Photo enregistrée dans {path}.</translation>
        </message>
        <message>
            <source>Recorded {count} exchanges to {path}.</source>
            <translation>Nombre d’échanges enregistrés dans {path} : {count}.</translation>
        </message>
        <message>
            <source>Simulated card: these are not a real person's data.</source>
            <translation>Carte simulée : ces données ne sont pas celles d’une personne réelle.</translation>
        </message>
        <message>
            <source>The reader closed the connection; inserting the card again.</source>
            <translation>Le lecteur a fermé la connexion ; la carte est réinsérée.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Le service de cartes à puce (pcscd) ne fonctionne pas : la carte virtuelle intégrée est donc lue, une carte simulée (applet {version}) contenant des données fictives de spécimen.</translation>
        </message>
        <message>
            <source>This file holds the card holder's personal data; only you can read it. To share a trace, record it again with --anonymize.</source>
            <translation>Ce fichier contient les données personnelles du titulaire de la carte ; vous seul pouvez le lire. Pour partager une trace, enregistrez-la à nouveau avec --anonymize.</translation>
        </message>
        <message>
            <source>This is the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Ceci est la carte virtuelle intégrée : une carte simulée (applet {version}) contenant des données fictives de spécimen.</translation>
        </message>
        <message>
            <source>Waiting for the vpcd reader ({where})...</source>
            <translation>En attente du lecteur vpcd ({where})...</translation>
        </message>
        <message>
            <source>card present</source>
            <translation>carte présente</translation>
        </message>
        <message>
            <source>no card</source>
            <translation>pas de carte</translation>
        </message>
        <message>
            <source>{card} is in the reader ({where}). PIN {pin}, tries left: {tries}. Press Ctrl+C to take it out.</source>
            <translation>{card} est dans le lecteur ({where}). PIN {pin}, essais restants : {tries}. Appuyez sur Ctrl+C pour retirer la carte.</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>&amp;Always allow this site for these data</source>
            <translation>&amp;Toujours autoriser ce site pour ces données</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>&amp;Refuser</translation>
        </message>
        <message>
            <source>&amp;Websites allowed to read your card…</source>
            <translation>&amp;Sites web autorisés à lire votre carte…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Allow &amp;once</source>
            <translation>Autoriser &amp;une fois</translation>
        </message>
        <message>
            <source>Data from your card were sent to {site}.</source>
            <translation>Des données de votre carte ont été envoyées à {site}.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>No website is always allowed to read your card.</source>
            <translation>Aucun site web n’est autorisé en permanence à lire votre carte.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Proof of authenticity</source>
            <translation>Preuve d’authenticité</translation>
        </message>
        <message>
            <source>Share data from your card</source>
            <translation>Partager des données de votre carte</translation>
        </message>
        <message>
            <source>Websites allowed to read your card</source>
            <translation>Sites web autorisés à lire votre carte</translation>
        </message>
        <message>
            <source>the card's files and the National Register's signatures, so that the site can check them</source>
            <translation>les fichiers de la carte et les signatures du Registre national, pour que le site puisse les vérifier</translation>
        </message>
        <message>
            <source>{site} asks for these data from your eID card:</source>
            <translation>{site} demande ces données de votre carte eID :</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>A PIN has 4 to 12 digits and nothing else.</source>
            <translation>Un code PIN comporte de 4 à 12 chiffres, et rien d’autre.</translation>
        </message>
        <message>
            <source>Another program is using the card reader. Close the other program (for example the eID viewer or a browser tab) and try again.</source>
            <translation>Un autre programme utilise le lecteur de carte. Fermez cet autre programme (par exemple l’eID Viewer ou un onglet du navigateur) et réessayez.</translation>
        </message>
        <message>
            <source>Another program reset the card during the operation. Try again, with the other program closed.</source>
            <translation>Un autre programme a réinitialisé la carte pendant l’opération. Fermez l’autre programme et réessayez.</translation>
        </message>
        <message>
            <source>Cannot read “{path}”: {reason}.</source>
            <translation>Impossible de lire « {path} » : {reason}.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>Impossible d’écrire « {path} » : {reason}.</translation>
        </message>
        <message>
            <source>No PIN was given; nothing was sent to the card.</source>
            <translation>Aucun code PIN n’a été saisi ; rien n’a été envoyé à la carte.</translation>
        </message>
        <message>
            <source>No PIN was typed on the card reader's keypad in time. No try was used: try again and type your PIN on the reader.</source>
            <translation>Aucun code PIN n’a été saisi à temps sur le clavier du lecteur de carte. Aucun essai n’a été utilisé : réessayez et saisissez votre code PIN sur le lecteur.</translation>
        </message>
        <message>
            <source>No card reader was found. Plug in your card reader and try again.</source>
            <translation>Aucun lecteur de carte n’a été trouvé. Branchez votre lecteur de carte et réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong with the eID card.</source>
            <translation>Un problème est survenu avec la carte eID.</translation>
        </message>
        <message>
            <source>The PIN entry was cancelled on the card reader.</source>
            <translation>La saisie du code PIN a été annulée sur le lecteur de carte.</translation>
        </message>
        <message>
            <source>The PIN of this card is blocked after three wrong tries. It cannot be unblocked on a computer: go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>Le code PIN de cette carte est bloqué après trois essais erronés. Il ne peut pas être débloqué sur un ordinateur : rendez-vous à votre commune avec le code PUK de votre lettre PIN pour choisir un nouveau code PIN.</translation>
        </message>
        <message>
            <source>The PIN typed on the card reader is too short or too long: a PIN has 4 to 12 digits. No try was used.</source>
            <translation>Le code PIN saisi sur le lecteur de carte est trop court ou trop long : un code PIN comporte de 4 à 12 chiffres. Aucun essai n’a été utilisé.</translation>
        </message>
        <message>
            <source>The card does not answer. Check that it is inserted the right way round (chip first, facing up) and try again.</source>
            <translation>La carte ne répond pas. Vérifiez qu’elle est insérée dans le bon sens (puce en premier, vers le haut) et réessayez.</translation>
        </message>
        <message>
            <source>The card in the reader is not the one this signature was prepared for. Insert the card the website chose and try again.</source>
            <translation>La carte insérée dans le lecteur n’est pas celle pour laquelle cette signature a été préparée. Insérez la carte choisie par le site web et réessayez.</translation>
        </message>
        <message>
            <source>The card reader reported an error. Take the card out, put it back and try again.</source>
            <translation>Le lecteur de carte a signalé une erreur. Retirez la carte, réinsérez-la et réessayez.</translation>
        </message>
        <message>
            <source>The card reader “{reader}” was not found.</source>
            <translation>Le lecteur de carte « {reader} » est introuvable.</translation>
        </message>
        <message>
            <source>The card refused a command ({status}).</source>
            <translation>La carte a refusé une commande ({status}).</translation>
        </message>
        <message>
            <source>The card was taken out of the reader before the operation finished. Insert it again.</source>
            <translation>La carte a été retirée du lecteur avant la fin de l’opération. Réinsérez-la.</translation>
        </message>
        <message>
            <source>The card was taken out while it was checking the PIN: one try may have been used. Insert the card again to see the tries left.</source>
            <translation>La carte a été retirée pendant la vérification du code PIN : un essai a peut-être été utilisé. Réinsérez la carte pour voir les essais restants.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not hold a card: {reason}.</source>
            <translation>Le dossier « {folder} » ne contient pas de carte : {reason}.</translation>
        </message>
        <message>
            <source>The identity data sent by the page cannot be trusted: their signatures or certificates do not check out.</source>
            <translation>Les données d’identité envoyées par la page ne sont pas fiables : leurs signatures ou leurs certificats ne sont pas valides.</translation>
        </message>
        <message>
            <source>The keypad of the card reader did not work as expected. Try again, or turn off the use of the reader's keypad in the settings and type your PIN on the computer.</source>
            <translation>Le clavier du lecteur de carte n’a pas fonctionné comme prévu. Réessayez, ou désactivez l’utilisation du clavier du lecteur dans les paramètres et saisissez votre code PIN sur l’ordinateur.</translation>
        </message>
        <message>
            <source>The login token is not valid: {reason}.</source>
            <translation>Le jeton de connexion n’est pas valide : {reason}.</translation>
        </message>
        <message>
            <source>The operation was cancelled; nothing more was sent to the card.</source>
            <translation>L'opération a été annulée ; plus rien n'a été envoyé à la carte.</translation>
        </message>
        <message>
            <source>The private PC/SC service for the simulator could not start: {reason}.</source>
            <translation>Le service PC/SC privé du simulateur n’a pas pu démarrer : {reason}.</translation>
        </message>
        <message>
            <source>The recorded session “{path}” cannot be used: {reason}</source>
            <translation>La session enregistrée « {path} » est inutilisable : {reason}</translation>
        </message>
        <message>
            <source>The replayed card received an unexpected command at step {step} ({comment}): expected {expected}, got {actual}.</source>
            <translation>La carte rejouée a reçu une commande inattendue à l’étape {step} ({comment}) : attendu {expected}, reçu {actual}.</translation>
        </message>
        <message>
            <source>The request is not valid: {what}.</source>
            <translation>La demande n’est pas valide : {what}.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running. Start it, or install the package pcscd, then try again.</source>
            <translation>Le service de carte à puce (pcscd) ne fonctionne pas. Démarrez-le, ou installez le paquet pcscd, puis réessayez.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same; nothing was sent to the card.</source>
            <translation>Les deux nouveaux codes PIN ne sont pas identiques ; rien n’a été envoyé à la carte.</translation>
        </message>
        <message>
            <source>The two new PINs typed on the card reader are not the same. Your PIN was not changed.</source>
            <translation>Les deux nouveaux codes PIN saisis sur le lecteur de carte ne sont pas identiques. Votre code PIN n’a pas été modifié.</translation>
        </message>
        <message>
            <source>The {file} on the card could not be read.</source>
            <translation>Impossible de lire {file} sur la carte.</translation>
        </message>
        <message>
            <source>The {file} on the card is damaged or incomplete. Try again; if it keeps failing, have the card checked at your municipality.</source>
            <translation>Impossible de lire correctement {file} sur la carte : les données sont endommagées ou incomplètes. Réessayez ; si le problème persiste, faites vérifier la carte à votre commune.</translation>
        </message>
        <message>
            <source>The {file} was not found on the card.</source>
            <translation>Impossible de trouver {file} sur la carte.</translation>
        </message>
        <message>
            <source>There is no card in the reader. Insert your eID card and try again.</source>
            <translation>Il n’y a pas de carte dans le lecteur. Insérez votre carte eID et réessayez.</translation>
        </message>
        <message>
            <source>There is no terminal to type the PIN on without it showing. Run the command in a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>Il n’y a pas de terminal où saisir le code PIN sans qu’il s’affiche. Lancez la commande dans un terminal, ou donnez le code PIN sur l’entrée standard avec --pin-stdin.</translation>
        </message>
        <message>
            <source>This card has no authentication certificate (children under 12 have none), so it cannot log in.</source>
            <translation>Cette carte n’a pas de certificat d’authentification (les enfants de moins de 12 ans n’en ont pas) : elle ne permet donc pas de se connecter.</translation>
        </message>
        <message>
            <source>This card has not been activated yet. It is activated at your municipality when you collect it, with the codes of your PIN letter.</source>
            <translation>Cette carte n’a pas encore été activée. Elle est activée à votre commune lorsque vous la retirez, avec les codes de votre lettre PIN.</translation>
        </message>
        <message>
            <source>This card is not a Belgian eID card, or its version is not supported.</source>
            <translation>Cette carte n’est pas une carte eID belge, ou sa version n’est pas prise en charge.</translation>
        </message>
        <message>
            <source>This file is not an eID file that can be opened: it is damaged or in an unknown format.</source>
            <translation>Ce fichier n'est pas un fichier eID qui peut être ouvert : il est endommagé ou dans un format inconnu.</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the card blocks the PIN: {tries_left}.</source>
            <translation>Code PIN incorrect. Essais restants avant le blocage du code PIN : {tries_left}.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>it is larger than 1 MiB</source>
            <translation>il dépasse 1 Mio</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>ce n’est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>it is not a certificate (PEM or DER)</source>
            <translation>ce n’est pas un certificat (PEM ou DER)</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Partager</translation>
        </message>
        <message>
            <source>Insert your eID card</source>
            <translation>Insérez votre carte eID</translation>
        </message>
        <message>
            <source>Share your signature certificate</source>
            <translation>Partager votre certificat de signature</translation>
        </message>
        <message>
            <source>The card in the reader is not the one {site} prepared the signature for. Insert the card you chose on the site.</source>
            <translation>La carte dans le lecteur n’est pas celle pour laquelle {site} a préparé la signature. Insérez la carte que vous avez choisie sur le site.</translation>
        </message>
        <message>
            <source>The login did not work</source>
            <translation>La connexion n’a pas abouti</translation>
        </message>
        <message>
            <source>Your card answered the login of {site}.</source>
            <translation>Votre carte a répondu à la connexion de {site}.</translation>
        </message>
        <message>
            <source>Your card signed the document of {site}.</source>
            <translation>Votre carte a signé le document de {site}.</translation>
        </message>
        <message>
            <source>{site} asks for the certificate of your signature ({name}), to prepare a document for you to sign. Nothing is signed now. Share the certificate with this site?</source>
            <translation>{site} demande le certificat de votre signature ({name}) pour préparer un document à signer. Rien n’est signé maintenant. Partager le certificat avec ce site ?</translation>
        </message>
        <message>
            <source>{site} asks for your eID card. Insert it in the card reader.</source>
            <translation>{site} demande votre carte eID. Insérez-la dans le lecteur de carte.</translation>
        </message>
        <message>
            <source>{site} asks you to log in with your eID card.</source>
            <translation>{site} vous demande de vous connecter avec votre carte eID.</translation>
        </message>
        <message>
            <source>{site} asks you to sign a document with your eID card.</source>
            <translation>{site} vous demande de signer un document avec votre carte eID.</translation>
        </message>
    </context>
    <context>
        <name>pin</name>
        <message>
            <source>Current PIN (tries left: {tries}): </source>
            <translation>Code PIN actuel (essais restants : {tries}) : </translation>
        </message>
        <message>
            <source>New PIN (4 to 12 digits): </source>
            <translation>Nouveau code PIN (de 4 à 12 chiffres) : </translation>
        </message>
        <message>
            <source>New PIN again: </source>
            <translation>Confirmez le nouveau code PIN : </translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice (tries left: {tries}).</source>
            <translation>Sur le clavier du lecteur de carte, saisissez votre code PIN actuel, puis deux fois le nouveau code PIN (essais restants : {tries}).</translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice.</source>
            <translation>Sur le clavier du lecteur de carte, saisissez votre code PIN actuel, puis deux fois le nouveau code PIN.</translation>
        </message>
        <message>
            <source>PIN (tries left: {tries}): </source>
            <translation>Code PIN (essais restants : {tries}) : </translation>
        </message>
        <message>
            <source>PIN tries left: {tries}.</source>
            <translation>Essais restants pour le code PIN : {tries}.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>Code PIN : </translation>
        </message>
        <message>
            <source>The PIN is blocked. Go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>Le code PIN est bloqué. Rendez-vous à votre commune avec le code PUK de votre lettre PIN pour choisir un nouveau code PIN.</translation>
        </message>
        <message>
            <source>The PIN is changed. Use the new PIN from now on.</source>
            <translation>Le code PIN a été modifié. Utilisez désormais le nouveau code PIN.</translation>
        </message>
        <message>
            <source>The PIN is correct.</source>
            <translation>Le code PIN est correct.</translation>
        </message>
        <message>
            <source>This card (applet 1.1) cannot tell the tries left without using one, so they are not shown.</source>
            <translation>Cette carte (applet 1.1) ne peut pas indiquer le nombre d’essais restants sans en utiliser un : ce nombre n’est donc pas affiché.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad (tries left: {tries}).</source>
            <translation>Saisissez votre code PIN sur le clavier du lecteur de carte (essais restants : {tries}).</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad.</source>
            <translation>Saisissez votre code PIN sur le clavier du lecteur de carte.</translation>
        </message>
    </context>
    <context>
        <name>request parts</name>
        <message>
            <source>the certificate</source>
            <translation>le certificat</translation>
        </message>
        <message>
            <source>the hash function</source>
            <translation>la fonction de hachage</translation>
        </message>
        <message>
            <source>the hash to sign</source>
            <translation>l’empreinte à signer</translation>
        </message>
        <message>
            <source>the login challenge</source>
            <translation>le défi de connexion</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>la demande</translation>
        </message>
        <message>
            <source>the requested data</source>
            <translation>les données demandées</translation>
        </message>
        <message>
            <source>the site's address (origin)</source>
            <translation>l’adresse du site (origine)</translation>
        </message>
    </context>
    <context>
        <name>revocation problems</name>
        <message>
            <source>its revocation service is not on the list of services to ask</source>
            <translation>son service de révocation ne figure pas dans la liste des services à interroger</translation>
        </message>
        <message>
            <source>no revocation service gave an answer</source>
            <translation>aucun service de révocation n’a répondu</translation>
        </message>
        <message>
            <source>the certificate names no revocation service</source>
            <translation>le certificat n’indique aucun service de révocation</translation>
        </message>
        <message>
            <source>the revocation service could not be reached (check the internet connection)</source>
            <translation>le service de révocation est injoignable (vérifiez la connexion à Internet)</translation>
        </message>
        <message>
            <source>the revocation service does not know this certificate</source>
            <translation>le service de révocation ne connaît pas ce certificat</translation>
        </message>
        <message>
            <source>the revocation service's answer could not be trusted</source>
            <translation>la réponse du service de révocation n’est pas fiable</translation>
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <source>it is already running</source>
            <translation>il fonctionne déjà</translation>
        </message>
        <message>
            <source>pcscd did not start in its private namespaces (details with -v)</source>
            <translation>pcscd n’a pas démarré dans ses espaces de noms privés (détails avec -v)</translation>
        </message>
        <message>
            <source>pcscd is not installed (apt install pcscd)</source>
            <translation>pcscd n’est pas installé (apt install pcscd)</translation>
        </message>
        <message>
            <source>the vpcd virtual reader driver was not found; run installer/debian/bootstrap.sh --test</source>
            <translation>le pilote du lecteur virtuel vpcd est introuvable ; lancez installer/debian/bootstrap.sh --test</translation>
        </message>
        <message>
            <source>unshare is not installed (apt install util-linux)</source>
            <translation>unshare n’est pas installé (apt install util-linux)</translation>
        </message>
    </context>
    <context>
        <name>token problems</name>
        <message>
            <source>it is not a well-formed Web eID token</source>
            <translation>ce n’est pas un jeton Web eID bien formé</translation>
        </message>
        <message>
            <source>its certificate cannot be read</source>
            <translation>son certificat est illisible</translation>
        </message>
        <message>
            <source>its certificate has a policy this site refuses</source>
            <translation>son certificat a une politique que ce site refuse</translation>
        </message>
        <message>
            <source>its certificate has been revoked</source>
            <translation>son certificat a été révoqué</translation>
        </message>
        <message>
            <source>its certificate has expired</source>
            <translation>son certificat a expiré</translation>
        </message>
        <message>
            <source>its certificate is not meant for logging in</source>
            <translation>son certificat n’est pas prévu pour se connecter</translation>
        </message>
        <message>
            <source>its certificate is not valid yet</source>
            <translation>son certificat n’est pas encore valide</translation>
        </message>
        <message>
            <source>its certificate was not issued by a trusted authority</source>
            <translation>son certificat n’a pas été délivré par une autorité de confiance</translation>
        </message>
        <message>
            <source>its format is not web-eid:1</source>
            <translation>son format n’est pas web-eid:1</translation>
        </message>
        <message>
            <source>its signature algorithm is not supported</source>
            <translation>son algorithme de signature n’est pas pris en charge</translation>
        </message>
        <message>
            <source>its signature is not for this site and this challenge</source>
            <translation>sa signature ne correspond pas à ce site et à ce défi</translation>
        </message>
        <message>
            <source>the challenge is not valid</source>
            <translation>le défi n’est pas valide</translation>
        </message>
        <message>
            <source>the site's address (origin) is not valid</source>
            <translation>l’adresse du site (origine) n’est pas valide</translation>
        </message>
        <message>
            <source>whether its certificate was revoked cannot be checked</source>
            <translation>on ne peut pas vérifier si son certificat a été révoqué</translation>
        </message>
    </context>
    <context>
        <name>web eid</name>
        <message>
            <source>Log in to {site} with your eID card.</source>
            <translation>Connectez-vous à {site} avec votre carte eID.</translation>
        </message>
        <message>
            <source>Sign with your eID card (a qualified electronic signature).</source>
            <translation>Signez avec votre carte eID (signature électronique qualifiée).</translation>
        </message>
        <message>
            <source>The token is valid. It was signed by: {subject}</source>
            <translation>Le jeton est valide. Il a été signé par : {subject}</translation>
        </message>
    </context>
</TS>
