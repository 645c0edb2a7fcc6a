<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
    <context>
        <name>PIN</name>
        <message>
            <source>&amp;Change PIN</source>
            <translation>Pincode &amp;wijzigen</translation>
        </message>
        <message>
            <source>&amp;Test PIN</source>
            <translation>Pincode &amp;controleren</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>4 tot 12 cijfers</translation>
        </message>
        <message>
            <source>Careful: this is the last try. A wrong PIN now blocks the card.</source>
            <translation>Opgelet: dit is de laatste poging. Een verkeerde pincode blokkeert nu de kaart.</translation>
        </message>
        <message>
            <source>Change your PIN</source>
            <translation>Uw pincode wijzigen</translation>
        </message>
        <message>
            <source>Checking the PIN with the card…</source>
            <translation>De kaart controleert de pincode…</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Huidige pincode</translation>
        </message>
        <message>
            <source>Enter your PIN</source>
            <translation>Geef uw pincode in</translation>
        </message>
        <message>
            <source>Follow the card reader's display: type your current PIN, then the new PIN twice, on its keypad.</source>
            <translation>Volg de aanwijzingen op het scherm van de kaartlezer: geef op het toetsenbord ervan uw huidige pincode in, en daarna tweemaal de nieuwe pincode.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nieuwe pincode</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Herhaal de nieuwe pincode</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>PIN tries left: {tries} of 3.</source>
            <translation>Pincode: nog {tries} van de 3 pogingen over.</translation>
        </message>
        <message>
            <source>PIN: blocked.</source>
            <translation>Pincode: geblokkeerd.</translation>
        </message>
        <message>
            <source>PIN: this old card cannot tell its tries left without using one.</source>
            <translation>Pincode: deze oude kaart kan het aantal resterende pogingen niet meedelen zonder er een te verbruiken.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>De twee nieuwe pincodes zijn niet dezelfde.</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card (tries left: {tries}).</source>
            <translation>Geef de pincode van uw eID-kaart in (resterende pogingen: {tries}).</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card.</source>
            <translation>Geef de pincode van uw eID-kaart in.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad, then press its OK key (tries left: {tries}).</source>
            <translation>Geef uw pincode in op het toetsenbord van de kaartlezer en druk daarna op de OK-toets van de kaartlezer (resterende pogingen: {tries}).</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the PIN is blocked: {tries}. Type it again, or cancel.</source>
            <translation>Verkeerde pincode. Resterende pogingen voordat de pincode geblokkeerd wordt: {tries}. Geef ze opnieuw in, of annuleer.</translation>
        </message>
        <message>
            <source>Your PIN is correct.</source>
            <translation>Uw pincode is juist.</translation>
        </message>
        <message>
            <source>Your PIN was changed. Use the new PIN from now on.</source>
            <translation>Uw pincode is gewijzigd. Gebruik voortaan de nieuwe pincode.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Over</translation>
        </message>
        <message>
            <source>&amp;Close the file</source>
            <translation>Bestand s&amp;luiten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Open an eID file…</source>
            <translation>eID-bestand &amp;openen…</translation>
        </message>
        <message>
            <source>&amp;Print the identity…</source>
            <translation>Identiteit af&amp;drukken…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Save as eID file…</source>
            <translation>Op&amp;slaan als eID-bestand…</translation>
        </message>
        <message>
            <source>&amp;Show the window</source>
            <translation>Venster &amp;tonen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Echtheid</translation>
        </message>
        <message>
            <source>Built-in virtual reader (simulated card)</source>
            <translation>Ingebouwde virtuele kaartlezer (gesimuleerde kaart)</translation>
        </message>
        <message>
            <source>Card and PIN</source>
            <translation>Kaart en pincode</translation>
        </message>
        <message>
            <source>Card reader:</source>
            <translation>Kaartlezer:</translation>
        </message>
        <message>
            <source>Certificate, PEM text (*.pem)</source>
            <translation>Certificaat, PEM-tekst (*.pem)</translation>
        </message>
        <message>
            <source>Certificate, binary DER (*.der *.cer)</source>
            <translation>Certificaat, binaire DER (*.der *.cer)</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Export the identity as &amp;PDF…</source>
            <translation>Identiteit exporteren als &amp;PDF…</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identiteit</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Geen foto</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>Photo of the card holder</source>
            <translation>Foto van de kaarthouder</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Opgeslagen in {path}.</translation>
        </message>
        <message>
            <source>The file could not be opened.</source>
            <translation>Het bestand kon niet worden geopend.</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet worden opgeslagen: {reason}</translation>
        </message>
        <message>
            <source>eID Companion</source>
            <translation>eID Companion</translation>
        </message>
        <message>
            <source>eID Companion {version}: reads, checks and uses your Belgian eID card. Free software (GPL 3 or later).</source>
            <translation>eID Companion {version}: leest, controleert en gebruikt uw Belgische eID-kaart. Vrije software (GPL 3 of later).</translation>
        </message>
        <message>
            <source>eID files (*.eid)</source>
            <translation>eID-bestanden (*.eid)</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
    </context>
    <context>
        <name>app certificates</name>
        <message>
            <source>Asking the revocation services…</source>
            <translation>De intrekkingsdiensten worden geraadpleegd…</translation>
        </message>
        <message>
            <source>Card data</source>
            <translation>Kaartgegevens</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Check &amp;revocation online</source>
            <translation>&amp;Intrekking online controleren</translation>
        </message>
        <message>
            <source>Data opened from a file cannot be checked: insert the card.</source>
            <translation>Gegevens die uit een bestand werden geopend, kunnen niet worden gecontroleerd: steek de kaart in.</translation>
        </message>
        <message>
            <source>Everything checked is authentic and valid.</source>
            <translation>Alles wat werd gecontroleerd, is authentiek en geldig.</translation>
        </message>
        <message>
            <source>Export as &amp;DER…</source>
            <translation>Exporteren als &amp;DER…</translation>
        </message>
        <message>
            <source>Export as &amp;PEM…</source>
            <translation>Exporteren als &amp;PEM…</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Uitgever</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Sleutel</translation>
        </message>
        <message>
            <source>Revocation was not asked yet: press “Check revocation online” when you are connected.</source>
            <translation>De intrekking werd nog niet gecontroleerd: klik op ‘Intrekking online controleren’ wanneer u met het internet verbonden bent.</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256-vingerafdruk</translation>
        </message>
        <message>
            <source>Some checks failed: do not rely on these data.</source>
            <translation>Sommige controles zijn mislukt: vertrouw niet op deze gegevens.</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Houder</translation>
        </message>
        <message>
            <source>The data on the card are signed by the National Register. These checks run on this computer; whether a certificate was revoked needs the internet.</source>
            <translation>De gegevens op de kaart zijn ondertekend door het Rijksregister. Deze controles gebeuren op deze computer; om te weten of een certificaat werd ingetrokken, is internet nodig.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>not on this card</source>
            <translation>niet op deze kaart</translation>
        </message>
    </context>
    <context>
        <name>app states</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>FROM A FILE: these data were opened from {path}, not read from a card. They cannot be checked for authenticity.</source>
            <translation>UIT EEN BESTAND: deze gegevens werden geopend uit {path}, niet gelezen van een kaart. Hun echtheid kan niet worden gecontroleerd.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Details verbergen</translation>
        </message>
        <message>
            <source>If you no longer have your PUK letter, ask your municipality for new codes: they are sent to you by post.</source>
            <translation>Als u de brief met uw PUK-code niet meer hebt, vraag dan nieuwe codes aan bij uw gemeente: u krijgt ze met de post toegestuurd.</translation>
        </message>
        <message>
            <source>Insert your eID card in the card reader, chip first and facing up.</source>
            <translation>Steek uw eID-kaart in de kaartlezer, met de chip eerst en naar boven gericht.</translation>
        </message>
        <message>
            <source>Looking for card readers…</source>
            <translation>Kaartlezers zoeken…</translation>
        </message>
        <message>
            <source>No card reader is connected. Plug in your card reader. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>Er is geen kaartlezer aangesloten. Sluit uw kaartlezer aan. Intussen kunt u de app uitproberen met de ingebouwde virtuele kaart.</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Opnieuw lezen</translation>
        </message>
        <message>
            <source>Reading the card… Keep it in the reader.</source>
            <translation>De kaart wordt gelezen… Laat ze in de kaartlezer.</translation>
        </message>
        <message>
            <source>SIMULATED CARD: this is the built-in virtual card with made-up data, not a real person's card. Its PIN is 1234.</source>
            <translation>GESIMULEERDE KAART: dit is de ingebouwde virtuele kaart met verzonnen gegevens, niet de kaart van een echte persoon. De pincode is 1234.</translation>
        </message>
        <message>
            <source>TEST CARD: this card is signed by a test authority, not by the Belgian state.</source>
            <translation>TESTKAART: deze kaart is ondertekend door een testinstantie, niet door de Belgische staat.</translation>
        </message>
        <message>
            <source>Take out the virtual card</source>
            <translation>Virtuele kaart eruit halen</translation>
        </message>
        <message>
            <source>The card was taken out. Its data have been cleared from the screen. Insert a card to read it.</source>
            <translation>De kaart werd eruit gehaald. De gegevens ervan zijn van het scherm gewist. Steek een kaart in om ze te lezen.</translation>
        </message>
        <message>
            <source>The smart card service is not running, so no card reader can be used. Ask the person who manages this computer to install and start pcscd. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>De smartcarddienst draait niet, dus kan er geen kaartlezer worden gebruikt. Vraag de persoon die deze computer beheert om pcscd te installeren en te starten. Intussen kunt u de app uitproberen met de ingebouwde virtuele kaart.</translation>
        </message>
        <message>
            <source>Try the virtual card</source>
            <translation>De virtuele kaart uitproberen</translation>
        </message>
        <message>
            <source>Your card has been read. When you take it out, its data are cleared from the screen.</source>
            <translation>Uw kaart is gelezen. Wanneer u ze eruit haalt, worden de gegevens ervan van het scherm gewist.</translation>
        </message>
    </context>
    <context>
        <name>browser setup</name>
        <message>
            <source>Let websites ask for a login with your eID card (register eID Companion with your browsers)?</source>
            <translation>Websites laten vragen om aan te melden met uw eID-kaart (eID Companion registreren bij uw browsers)?</translation>
        </message>
        <message>
            <source>No browser was found on this computer. Name one with --browser.</source>
            <translation>Er is geen browser gevonden op deze computer. Geef er een op met --browser.</translation>
        </message>
        <message>
            <source>You can do it later with: eidcompanion browser-setup</source>
            <translation>U kunt dit later doen met: eidcompanion browser-setup</translation>
        </message>
        <message>
            <source>[Y/n]</source>
            <translation>[J/n]</translation>
        </message>
        <message>
            <source>system-wide registration needs administrator rights (sudo)</source>
            <translation>registratie voor de hele computer vraagt beheerdersrechten (sudo)</translation>
        </message>
        <message>
            <source>y yes</source>
            <translation>j ja</translation>
        </message>
        <message>
            <source>{browser} is installed as a {kind} package, which cannot start programs such as eID Companion's bridge. To log in with your card, install {browser} from your distribution's packages (Firefox on Debian: apt install firefox-esr).</source>
            <translation>{browser} is geïnstalleerd als {kind}-pakket, dat geen programma’s zoals de brug van eID Companion kan starten. Installeer {browser} uit de pakketten van uw distributie om met uw kaart aan te melden (Firefox op Debian: apt install firefox-esr).</translation>
        </message>
        <message>
            <source>{browser}: another program (the Web eID application) is registered as {host} in {path}; it was kept. To use eID Companion instead, run again with --replace-webeid (the other registration is set aside, and --remove puts it back).</source>
            <translation>{browser}: een ander programma (de Web eID-toepassing) is geregistreerd als {host} in {path}; het werd behouden. Om in de plaats eID Companion te gebruiken, start opnieuw met --replace-webeid (de andere registratie wordt opzijgezet en --remove zet ze terug).</translation>
        </message>
        <message>
            <source>{browser}: {host} belongs to another program ({path})</source>
            <translation>{browser}: {host} hoort bij een ander programma ({path})</translation>
        </message>
        <message>
            <source>{browser}: {host} is not registered: run eidcompanion browser-setup</source>
            <translation>{browser}: {host} is niet geregistreerd: voer eidcompanion browser-setup uit</translation>
        </message>
        <message>
            <source>{browser}: {host} reachable (bridge {detail})</source>
            <translation>{browser}: {host} bereikbaar (brug {detail})</translation>
        </message>
        <message>
            <source>{browser}: {host} registered in {path}</source>
            <translation>{browser}: {host} geregistreerd in {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} removed from {path}</source>
            <translation>{browser}: {host} verwijderd uit {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} removed; the Web eID application's own registration is back in {path}</source>
            <translation>{browser}: {host} verwijderd; de registratie van de Web eID-toepassing staat terug in {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} was not registered</source>
            <translation>{browser}: {host} was niet geregistreerd</translation>
        </message>
        <message>
            <source>{browser}: {host}: the bridge does not answer ({detail})</source>
            <translation>{browser}: {host}: de brug antwoordt niet ({detail})</translation>
        </message>
        <message>
            <source>{browser}: {host}: the program its registration names is missing or cannot run ({detail}): run eidcompanion browser-setup again</source>
            <translation>{browser}: {host}: het programma dat de registratie noemt ontbreekt of kan niet starten ({detail}): voer eidcompanion browser-setup opnieuw uit</translation>
        </message>
        <message>
            <source>{browser}: {host}: the registration does not allow the Web eID extension: run eidcompanion browser-setup again</source>
            <translation>{browser}: {host}: de registratie laat de Web eID-extensie niet toe: voer eidcompanion browser-setup opnieuw uit</translation>
        </message>
    </context>
    <context>
        <name>card fields</name>
        <message>
            <source>(check digits do not match)</source>
            <translation>(controlecijfers kloppen niet)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Applet version</source>
            <translation>Appletversie</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authenticatie</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Bus</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Kaartnummer</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Certification authority</source>
            <translation>Certificeringsautoriteit</translation>
        </message>
        <message>
            <source>Chip number</source>
            <translation>Chipnummer</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Documenttype</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicaat</translation>
        </message>
        <message>
            <source>Employer VAT number</source>
            <translation>Btw-nummer van de werkgever</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Voornamen</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Huisnummer</translation>
        </message>
        <message>
            <source>Issued in</source>
            <translation>Plaats van afgifte</translation>
        </message>
        <message>
            <source>JPEG, {size} bytes</source>
            <translation>JPEG, {size} bytes</translation>
        </message>
        <message>
            <source>Member of family</source>
            <translation>Familielid</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Vermeldingen</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>National Register</source>
            <translation>Rijksregister</translation>
        </message>
        <message>
            <source>National register number</source>
            <translation>Rijksregisternummer</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationaliteit</translation>
        </message>
        <message>
            <source>Noble condition</source>
            <translation>Adellijke titel</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Geboorteplaats</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Bescherming</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Kaartlezer</translation>
        </message>
        <message>
            <source>Regional file number</source>
            <translation>Regionaal dossiernummer</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Inschrijvingsdatum</translation>
        </message>
        <message>
            <source>Root</source>
            <translation>Root</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Geslacht</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Special organisation</source>
            <translation>Speciale organisatie</translation>
        </message>
        <message>
            <source>Special status</source>
            <translation>Speciaal statuut</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straat</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Geldig</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Arbeidsvergunning</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>afwezig</translation>
        </message>
        <message>
            <source>from {begin} to {end}</source>
            <translation>van {begin} tot {end}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{date} in {place}</source>
            <translation>{date} te {place}</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>{subject}, valid until {not_after}</source>
            <translation>{subject}, geldig tot {not_after}</translation>
        </message>
    </context>
    <context>
        <name>card files</name>
        <message>
            <source>National Register certificate</source>
            <translation>het certificaat van het Rijksregister</translation>
        </message>
        <message>
            <source>address file</source>
            <translation>het adresbestand</translation>
        </message>
        <message>
            <source>address signature file</source>
            <translation>het handtekeningbestand van het adres</translation>
        </message>
        <message>
            <source>authentication certificate</source>
            <translation>het authenticatiecertificaat</translation>
        </message>
        <message>
            <source>card key file</source>
            <translation>het sleutelbestand van de kaart</translation>
        </message>
        <message>
            <source>certification authority certificate</source>
            <translation>het certificaat van de certificeringsautoriteit</translation>
        </message>
        <message>
            <source>identity file</source>
            <translation>het identiteitsbestand</translation>
        </message>
        <message>
            <source>identity signature file</source>
            <translation>het handtekeningbestand van de identiteit</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>de foto</translation>
        </message>
        <message>
            <source>root certificate</source>
            <translation>het rootcertificaat</translation>
        </message>
        <message>
            <source>signature certificate</source>
            <translation>het handtekeningcertificaat</translation>
        </message>
    </context>
    <context>
        <name>card folders</name>
        <message>
            <source>files missing: {files}</source>
            <translation>ontbrekende bestanden: {files}</translation>
        </message>
        <message>
            <source>it is not a folder</source>
            <translation>het is geen map</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is empty</source>
            <translation>het bestand met het certificaat van het Rijksregister (503C) is leeg</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is not a certificate</source>
            <translation>het bestand met het certificaat van het Rijksregister (503C) is geen certificaat</translation>
        </message>
        <message>
            <source>the file {file} cannot be read</source>
            <translation>het bestand {file} kan niet worden gelezen</translation>
        </message>
    </context>
    <context>
        <name>card values</name>
        <message>
            <source>A card: limited stay</source>
            <translation>A-kaart: beperkt verblijf</translation>
        </message>
        <message>
            <source>A card: limited stay (EU residence permit format)</source>
            <translation>A-kaart: beperkt verblijf (formaat van de EU-verblijfsvergunning)</translation>
        </message>
        <message>
            <source>Article 18(1) of the Brexit withdrawal agreement</source>
            <translation>Artikel 18, lid 1, van het Brexit-terugtrekkingsakkoord</translation>
        </message>
        <message>
            <source>B card: unlimited stay</source>
            <translation>B-kaart: onbeperkt verblijf</translation>
        </message>
        <message>
            <source>B card: unlimited stay (EU residence permit format)</source>
            <translation>B-kaart: onbeperkt verblijf (formaat van de EU-verblijfsvergunning)</translation>
        </message>
        <message>
            <source>Belgian identity card (eID)</source>
            <translation>Belgische elektronische identiteitskaart (eID)</translation>
        </message>
        <message>
            <source>C card: identity card for foreigners</source>
            <translation>C-kaart: identiteitskaart voor vreemdelingen</translation>
        </message>
        <message>
            <source>D card: EU long-term resident</source>
            <translation>D-kaart: langdurig ingezetene – EU</translation>
        </message>
        <message>
            <source>E card: registration certificate of an EU citizen</source>
            <translation>E-kaart: verklaring van inschrijving van een burger van de Unie</translation>
        </message>
        <message>
            <source>E+ card: permanent residence of an EU citizen</source>
            <translation>E+-kaart: duurzaam verblijf van een burger van de Unie</translation>
        </message>
        <message>
            <source>EU card: registration certificate of an EU citizen</source>
            <translation>EU-kaart: verklaring van inschrijving van een burger van de Unie</translation>
        </message>
        <message>
            <source>EU+ card: permanent residence of an EU citizen</source>
            <translation>EU+-kaart: duurzaam verblijf van een burger van de Unie</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen</source>
            <translation>F-kaart: familielid van een burger van de Unie</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen (EU residence permit format)</source>
            <translation>F-kaart: familielid van een burger van de Unie (formaat van de EU-verblijfsvergunning)</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen</source>
            <translation>F+-kaart: duurzaam verblijf van een familielid van een burger van de Unie</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen (EU residence permit format)</source>
            <translation>F+-kaart: duurzaam verblijf van een familielid van een burger van de Unie (formaat van de EU-verblijfsvergunning)</translation>
        </message>
        <message>
            <source>H card: EU Blue Card</source>
            <translation>H-kaart: Europese blauwe kaart</translation>
        </message>
        <message>
            <source>I card: intra-corporate transfer permit</source>
            <translation>I-kaart: vergunning voor overplaatsing binnen een onderneming (ICT-vergunning)</translation>
        </message>
        <message>
            <source>J card: long-term mobility (intra-corporate transfer)</source>
            <translation>J-kaart: langetermijnmobiliteit (overplaatsing binnen een onderneming)</translation>
        </message>
        <message>
            <source>K card: unlimited stay</source>
            <translation>K-kaart: onbeperkt verblijf</translation>
        </message>
        <message>
            <source>Kids-ID (child under 12)</source>
            <translation>Kids-ID (kind jonger dan 12 jaar)</translation>
        </message>
        <message>
            <source>L card: EU long-term resident</source>
            <translation>L-kaart: langdurig ingezetene – EU</translation>
        </message>
        <message>
            <source>M card: Brexit withdrawal agreement</source>
            <translation>M-kaart: Brexit-terugtrekkingsakkoord</translation>
        </message>
        <message>
            <source>N card: frontier worker under the Brexit withdrawal agreement</source>
            <translation>N-kaart: grensarbeider onder het Brexit-terugtrekkingsakkoord</translation>
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
            <translation>bootstrapkaart</translation>
        </message>
        <message>
            <source>duplicate no. {number}</source>
            <translation>duplicaat nr. {number}</translation>
        </message>
        <message>
            <source>extended minority</source>
            <translation>verlengde minderjarigheid</translation>
        </message>
        <message>
            <source>female</source>
            <translation>vrouwelijk</translation>
        </message>
        <message>
            <source>former European Blue Card</source>
            <translation>vroegere Europese blauwe kaart</translation>
        </message>
        <message>
            <source>habilitation card</source>
            <translation>machtigingskaart</translation>
        </message>
        <message>
            <source>job search</source>
            <translation>werk zoeken</translation>
        </message>
        <message>
            <source>kids card for foreigners: A</source>
            <translation>kinderkaart voor vreemdelingen: A</translation>
        </message>
        <message>
            <source>kids card for foreigners: B</source>
            <translation>kinderkaart voor vreemdelingen: B</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU</source>
            <translation>kinderkaart voor vreemdelingen: EU</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU+</source>
            <translation>kinderkaart voor vreemdelingen: EU+</translation>
        </message>
        <message>
            <source>kids card for foreigners: F</source>
            <translation>kinderkaart voor vreemdelingen: F</translation>
        </message>
        <message>
            <source>kids card for foreigners: F+</source>
            <translation>kinderkaart voor vreemdelingen: F+</translation>
        </message>
        <message>
            <source>kids card for foreigners: K</source>
            <translation>kinderkaart voor vreemdelingen: K</translation>
        </message>
        <message>
            <source>kids card for foreigners: L</source>
            <translation>kinderkaart voor vreemdelingen: L</translation>
        </message>
        <message>
            <source>kids card for foreigners: M</source>
            <translation>kinderkaart voor vreemdelingen: M</translation>
        </message>
        <message>
            <source>labour market: limited</source>
            <translation>arbeidsmarkt: beperkt</translation>
        </message>
        <message>
            <source>labour market: no access</source>
            <translation>arbeidsmarkt: geen toegang</translation>
        </message>
        <message>
            <source>labour market: unlimited</source>
            <translation>arbeidsmarkt: onbeperkt</translation>
        </message>
        <message>
            <source>male</source>
            <translation>mannelijk</translation>
        </message>
        <message>
            <source>mobility programme</source>
            <translation>mobiliteitsprogramma</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>original card</source>
            <translation>originele kaart</translation>
        </message>
        <message>
            <source>permanent residence (Brexit withdrawal agreement)</source>
            <translation>duurzaam verblijf (Brexit-terugtrekkingsakkoord)</translation>
        </message>
        <message>
            <source>protection granted on {date} ({country})</source>
            <translation>bescherming verleend op {date} ({country})</translation>
        </message>
        <message>
            <source>researcher</source>
            <translation>onderzoeker</translation>
        </message>
        <message>
            <source>school pupil</source>
            <translation>scholier</translation>
        </message>
        <message>
            <source>seasonal worker</source>
            <translation>seizoenarbeider</translation>
        </message>
        <message>
            <source>student</source>
            <translation>student</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>stagiair</translation>
        </message>
        <message>
            <source>unknown code {code}</source>
            <translation>onbekende code {code}</translation>
        </message>
        <message>
            <source>volunteer</source>
            <translation>vrijwilliger</translation>
        </message>
        <message>
            <source>white cane (blind person)</source>
            <translation>witte stok (blinde persoon)</translation>
        </message>
        <message>
            <source>white cane and extended minority</source>
            <translation>witte stok en verlengde minderjarigheid</translation>
        </message>
        <message>
            <source>yellow cane (partially sighted person)</source>
            <translation>gele stok (slechtziende persoon)</translation>
        </message>
        <message>
            <source>yellow cane and extended minority</source>
            <translation>gele stok en verlengde minderjarigheid</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>Address signed by the National Register</source>
            <translation>Adres ondertekend door het Rijksregister</translation>
        </message>
        <message>
            <source>Authentication certificate</source>
            <translation>Authenticatiecertificaat</translation>
        </message>
        <message>
            <source>Card key belongs to the identity</source>
            <translation>Kaartsleutel hoort bij de identiteit</translation>
        </message>
        <message>
            <source>Card proves it is the original</source>
            <translation>Kaart bewijst dat ze het origineel is</translation>
        </message>
        <message>
            <source>Certification authority certificate</source>
            <translation>Certificaat van de certificeringsautoriteit</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>MISLUKT</translation>
        </message>
        <message>
            <source>Identity signed by the National Register</source>
            <translation>Identiteit ondertekend door het Rijksregister</translation>
        </message>
        <message>
            <source>National Register certificate</source>
            <translation>Certificaat van het Rijksregister</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Photo belongs to the identity</source>
            <translation>Foto hoort bij de identiteit</translation>
        </message>
        <message>
            <source>Root certificate</source>
            <translation>Rootcertificaat</translation>
        </message>
        <message>
            <source>Signature certificate</source>
            <translation>Handtekeningcertificaat</translation>
        </message>
        <message>
            <source>a Belgian root: {root}</source>
            <translation>een Belgisch rootcertificaat: {root}</translation>
        </message>
        <message>
            <source>a TEST root, trusted only in the test configuration: {root}</source>
            <translation>een TEST-rootcertificaat, alleen vertrouwd in de testconfiguratie: {root}</translation>
        </message>
        <message>
            <source>cannot be checked: its issuer, the {file}, is not valid</source>
            <translation>kan niet worden gecontroleerd: de uitgever ervan, {file}, is niet geldig</translation>
        </message>
        <message>
            <source>cannot be checked: the card key file is not authentic</source>
            <translation>kan niet worden gecontroleerd: het sleutelbestand van de kaart is niet authentiek</translation>
        </message>
        <message>
            <source>cannot be checked: the root certificate is not trusted</source>
            <translation>kan niet worden gecontroleerd: het rootcertificaat wordt niet vertrouwd</translation>
        </message>
        <message>
            <source>cannot be vouched for: the National Register certificate is not trusted</source>
            <translation>echtheid niet gewaarborgd: het certificaat van het Rijksregister wordt niet vertrouwd</translation>
        </message>
        <message>
            <source>cannot be vouched for: the identity file is not authentic</source>
            <translation>echtheid niet gewaarborgd: het identiteitsbestand is niet authentiek</translation>
        </message>
        <message>
            <source>the card did not prove it holds the key of its card key file: it may be a copy</source>
            <translation>de kaart heeft niet bewezen dat ze de sleutel van haar sleutelbestand bezit: het kan een kopie zijn</translation>
        </message>
        <message>
            <source>the card has no {file}</source>
            <translation>de kaart bevat {file} niet</translation>
        </message>
        <message>
            <source>the {file} does not match its fingerprint in the identity file</source>
            <translation>{file} komt niet overeen met de vingerafdruk ervan in het identiteitsbestand</translation>
        </message>
        <message>
            <source>the {file} expired on {date}</source>
            <translation>{file} is verlopen op {date}</translation>
        </message>
        <message>
            <source>the {file} is not a Belgian root</source>
            <translation>{file} is geen Belgisch rootcertificaat</translation>
        </message>
        <message>
            <source>the {file} is not meant for this use</source>
            <translation>{file} is niet bedoeld voor dit gebruik</translation>
        </message>
        <message>
            <source>the {file} is not signed by its issuer</source>
            <translation>{file} is niet ondertekend door de uitgever ervan</translation>
        </message>
        <message>
            <source>the {file} is not the one the National Register signed</source>
            <translation>{file} komt niet overeen met de versie die het Rijksregister heeft ondertekend</translation>
        </message>
        <message>
            <source>the {file} is not valid before {date}</source>
            <translation>{file} is pas geldig vanaf {date}</translation>
        </message>
        <message>
            <source>the {file} was revoked on {date}</source>
            <translation>{file} werd ingetrokken op {date}</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>geldig</translation>
        </message>
        <message>
            <source>valid under a TEST root (a test or simulated card)</source>
            <translation>geldig onder een TEST-rootcertificaat (een testkaart of gesimuleerde kaart)</translation>
        </message>
        <message>
            <source>valid, but whether it was revoked is unknown: {problem}</source>
            <translation>geldig, maar of het werd ingetrokken is onbekend: {problem}</translation>
        </message>
        <message>
            <source>valid; revocation was not checked (switched off)</source>
            <translation>geldig; de intrekking werd niet gecontroleerd (controle uitgeschakeld)</translation>
        </message>
        <message>
            <source>{first} or the {second}</source>
            <translation>{first} of {second}</translation>
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
            <translation>Voor deze simulator draait een eigen PC/SC-dienst. Voer in een andere terminal uit:
  export PCSCLITE_CSOCK_NAME={socket}
en gebruik daar eidcompanion of een ander PC/SC-programma.</translation>
        </message>
        <message>
            <source>A simulated applet {version} card</source>
            <translation>Een gesimuleerde kaart (applet {version})</translation>
        </message>
        <message>
            <source>A simulated card made of the files in {folder}</source>
            <translation>Een gesimuleerde kaart met de bestanden uit {folder}</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Echtheid</translation>
        </message>
        <message>
            <source>Certificates checked</source>
            <translation>Gecontroleerde certificaten</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Fout: {message}</translation>
        </message>
        <message>
            <source>No card reader found.</source>
            <translation>Geen kaartlezer gevonden.</translation>
        </message>
        <message>
            <source>No card reader is plugged in, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Er is geen kaartlezer aangesloten, dus wordt de ingebouwde virtuele kaart gelezen: een gesimuleerde kaart (applet {version}) met verzonnen specimengegevens.</translation>
        </message>
        <message>
            <source>Photo saved to {path}.</source>
            <translation>Foto opgeslagen in {path}.</translation>
        </message>
        <message>
            <source>Recorded {count} exchanges to {path}.</source>
            <translation>Aantal uitwisselingen opgenomen in {path}: {count}.</translation>
        </message>
        <message>
            <source>Simulated card: these are not a real person's data.</source>
            <translation>Gesimuleerde kaart: dit zijn niet de gegevens van een echte persoon.</translation>
        </message>
        <message>
            <source>The reader closed the connection; inserting the card again.</source>
            <translation>De kaartlezer heeft de verbinding verbroken; de kaart wordt opnieuw ingestoken.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>De smartcarddienst (pcscd) draait niet, dus wordt de ingebouwde virtuele kaart gelezen: een gesimuleerde kaart (applet {version}) met verzonnen specimengegevens.</translation>
        </message>
        <message>
            <source>This file holds the card holder's personal data; only you can read it. To share a trace, record it again with --anonymize.</source>
            <translation>Dit bestand bevat de persoonsgegevens van de kaarthouder; alleen u kunt het lezen. Om een opname te delen, neemt u ze opnieuw op met --anonymize.</translation>
        </message>
        <message>
            <source>This is the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Dit is de ingebouwde virtuele kaart: een gesimuleerde kaart met applet {version} en verzonnen specimengegevens.</translation>
        </message>
        <message>
            <source>Waiting for the vpcd reader ({where})...</source>
            <translation>Wachten op de vpcd-kaartlezer ({where})...</translation>
        </message>
        <message>
            <source>card present</source>
            <translation>kaart aanwezig</translation>
        </message>
        <message>
            <source>no card</source>
            <translation>geen kaart</translation>
        </message>
        <message>
            <source>{card} is in the reader ({where}). PIN {pin}, tries left: {tries}. Press Ctrl+C to take it out.</source>
            <translation>{card} zit in de kaartlezer ({where}). PIN {pin}, resterende pogingen: {tries}. Druk op Ctrl+C om de kaart eruit te halen.</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>&amp;Always allow this site for these data</source>
            <translation>Deze site &amp;altijd toestaan voor deze gegevens</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>&amp;Weigeren</translation>
        </message>
        <message>
            <source>&amp;Websites allowed to read your card…</source>
            <translation>&amp;Websites die uw kaart mogen lezen…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Intrekken</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Allow &amp;once</source>
            <translation>&amp;Eenmalig toestaan</translation>
        </message>
        <message>
            <source>Data from your card were sent to {site}.</source>
            <translation>Gegevens van uw kaart werden naar {site} gestuurd.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identiteit</translation>
        </message>
        <message>
            <source>No website is always allowed to read your card.</source>
            <translation>Geen enkele website mag uw kaart altijd lezen.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Proof of authenticity</source>
            <translation>Bewijs van echtheid</translation>
        </message>
        <message>
            <source>Share data from your card</source>
            <translation>Gegevens van uw kaart delen</translation>
        </message>
        <message>
            <source>Websites allowed to read your card</source>
            <translation>Websites die uw kaart mogen lezen</translation>
        </message>
        <message>
            <source>the card's files and the National Register's signatures, so that the site can check them</source>
            <translation>de bestanden van de kaart en de handtekeningen van het Rijksregister, zodat de site ze kan controleren</translation>
        </message>
        <message>
            <source>{site} asks for these data from your eID card:</source>
            <translation>{site} vraagt deze gegevens van uw eID-kaart:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>A PIN has 4 to 12 digits and nothing else.</source>
            <translation>Een pincode bestaat uit 4 tot 12 cijfers en niets anders.</translation>
        </message>
        <message>
            <source>Another program is using the card reader. Close the other program (for example the eID viewer or a browser tab) and try again.</source>
            <translation>Een ander programma gebruikt de kaartlezer. Sluit dat andere programma (bijvoorbeeld de eID Viewer of een browsertabblad) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Another program reset the card during the operation. Try again, with the other program closed.</source>
            <translation>Een ander programma heeft de kaart tijdens de bewerking opnieuw ingesteld. Sluit het andere programma en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Cannot read “{path}”: {reason}.</source>
            <translation>Kan ‘{path}’ niet lezen: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>Kan niet schrijven naar ‘{path}’: {reason}.</translation>
        </message>
        <message>
            <source>No PIN was given; nothing was sent to the card.</source>
            <translation>Er werd geen pincode ingegeven; er werd niets naar de kaart gestuurd.</translation>
        </message>
        <message>
            <source>No PIN was typed on the card reader's keypad in time. No try was used: try again and type your PIN on the reader.</source>
            <translation>Er werd niet op tijd een pincode ingegeven op het toetsenbord van de kaartlezer. Er werd geen poging verbruikt: probeer het opnieuw en geef uw pincode in op de kaartlezer.</translation>
        </message>
        <message>
            <source>No card reader was found. Plug in your card reader and try again.</source>
            <translation>Er werd geen kaartlezer gevonden. Sluit uw kaartlezer aan en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Something went wrong with the eID card.</source>
            <translation>Er is iets misgegaan met de eID-kaart.</translation>
        </message>
        <message>
            <source>The PIN entry was cancelled on the card reader.</source>
            <translation>Het ingeven van de pincode werd op de kaartlezer geannuleerd.</translation>
        </message>
        <message>
            <source>The PIN of this card is blocked after three wrong tries. It cannot be unblocked on a computer: go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>De pincode van deze kaart is geblokkeerd na drie foute pogingen. Deblokkeren kan niet op een computer: ga met de PUK-code uit uw PIN-brief naar uw gemeente om een nieuwe pincode te kiezen.</translation>
        </message>
        <message>
            <source>The PIN typed on the card reader is too short or too long: a PIN has 4 to 12 digits. No try was used.</source>
            <translation>De pincode die op de kaartlezer werd ingegeven, is te kort of te lang: een pincode bestaat uit 4 tot 12 cijfers. Er werd geen poging verbruikt.</translation>
        </message>
        <message>
            <source>The card does not answer. Check that it is inserted the right way round (chip first, facing up) and try again.</source>
            <translation>De kaart antwoordt niet. Controleer of ze in de juiste richting in de kaartlezer zit (chip eerst, naar boven gericht) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The card in the reader is not the one this signature was prepared for. Insert the card the website chose and try again.</source>
            <translation>De kaart in de kaartlezer is niet de kaart waarvoor deze handtekening werd voorbereid. Steek de kaart in die de website heeft gekozen en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The card reader reported an error. Take the card out, put it back and try again.</source>
            <translation>De kaartlezer meldt een fout. Haal de kaart uit de lezer, steek ze er weer in en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The card reader “{reader}” was not found.</source>
            <translation>De kaartlezer ‘{reader}’ werd niet gevonden.</translation>
        </message>
        <message>
            <source>The card refused a command ({status}).</source>
            <translation>De kaart heeft een opdracht geweigerd ({status}).</translation>
        </message>
        <message>
            <source>The card was taken out of the reader before the operation finished. Insert it again.</source>
            <translation>De kaart werd uit de kaartlezer gehaald voordat de bewerking klaar was. Steek ze opnieuw in.</translation>
        </message>
        <message>
            <source>The card was taken out while it was checking the PIN: one try may have been used. Insert the card again to see the tries left.</source>
            <translation>De kaart werd uitgenomen terwijl ze de pincode controleerde: er kan een poging verbruikt zijn. Steek de kaart opnieuw in om de resterende pogingen te zien.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not hold a card: {reason}.</source>
            <translation>De map ‘{folder}’ bevat geen kaart: {reason}.</translation>
        </message>
        <message>
            <source>The identity data sent by the page cannot be trusted: their signatures or certificates do not check out.</source>
            <translation>De identiteitsgegevens die de pagina stuurde zijn niet betrouwbaar: hun handtekeningen of certificaten kloppen niet.</translation>
        </message>
        <message>
            <source>The keypad of the card reader did not work as expected. Try again, or turn off the use of the reader's keypad in the settings and type your PIN on the computer.</source>
            <translation>Het toetsenbord van de kaartlezer werkte niet zoals verwacht. Probeer het opnieuw, of schakel in de instellingen het gebruik van het toetsenbord van de kaartlezer uit en geef uw pincode in op de computer.</translation>
        </message>
        <message>
            <source>The login token is not valid: {reason}.</source>
            <translation>Het aanmeldingstoken is niet geldig: {reason}.</translation>
        </message>
        <message>
            <source>The operation was cancelled; nothing more was sent to the card.</source>
            <translation>De bewerking werd geannuleerd; er werd niets meer naar de kaart gestuurd.</translation>
        </message>
        <message>
            <source>The private PC/SC service for the simulator could not start: {reason}.</source>
            <translation>De eigen PC/SC-dienst van de simulator kon niet worden gestart: {reason}.</translation>
        </message>
        <message>
            <source>The recorded session “{path}” cannot be used: {reason}</source>
            <translation>De opgenomen sessie ‘{path}’ kan niet worden gebruikt: {reason}</translation>
        </message>
        <message>
            <source>The replayed card received an unexpected command at step {step} ({comment}): expected {expected}, got {actual}.</source>
            <translation>De nagespeelde kaart kreeg een onverwachte opdracht bij stap {step} ({comment}): verwacht {expected}, ontvangen {actual}.</translation>
        </message>
        <message>
            <source>The request is not valid: {what}.</source>
            <translation>Het verzoek is niet geldig: {what}.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running. Start it, or install the package pcscd, then try again.</source>
            <translation>De smartcarddienst (pcscd) is niet actief. Start de dienst, of installeer het pakket pcscd, en probeer het daarna opnieuw.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same; nothing was sent to the card.</source>
            <translation>De twee nieuwe pincodes zijn niet dezelfde; er werd niets naar de kaart gestuurd.</translation>
        </message>
        <message>
            <source>The two new PINs typed on the card reader are not the same. Your PIN was not changed.</source>
            <translation>De twee nieuwe pincodes die op de kaartlezer werden ingegeven, zijn niet dezelfde. Uw pincode werd niet gewijzigd.</translation>
        </message>
        <message>
            <source>The {file} on the card could not be read.</source>
            <translation>Op de kaart kon {file} niet worden gelezen.</translation>
        </message>
        <message>
            <source>The {file} on the card is damaged or incomplete. Try again; if it keeps failing, have the card checked at your municipality.</source>
            <translation>Op de kaart is {file} beschadigd of onvolledig. Probeer het opnieuw; als het blijft mislukken, laat de kaart dan nakijken bij uw gemeente.</translation>
        </message>
        <message>
            <source>The {file} was not found on the card.</source>
            <translation>Op de kaart werd {file} niet gevonden.</translation>
        </message>
        <message>
            <source>There is no card in the reader. Insert your eID card and try again.</source>
            <translation>Er zit geen kaart in de kaartlezer. Steek uw eID-kaart in de lezer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>There is no terminal to type the PIN on without it showing. Run the command in a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>Er is geen terminal om de pincode in te geven zonder dat ze zichtbaar is. Voer de opdracht uit in een terminal, of geef de pincode via de standaardinvoer met --pin-stdin.</translation>
        </message>
        <message>
            <source>This card has no authentication certificate (children under 12 have none), so it cannot log in.</source>
            <translation>Deze kaart heeft geen authenticatiecertificaat (kinderen jonger dan 12 jaar hebben er geen), dus kunt u er niet mee aanmelden.</translation>
        </message>
        <message>
            <source>This card has not been activated yet. It is activated at your municipality when you collect it, with the codes of your PIN letter.</source>
            <translation>Deze kaart is nog niet geactiveerd. Ze wordt bij uw gemeente geactiveerd wanneer u ze afhaalt, met de codes uit uw PIN-brief.</translation>
        </message>
        <message>
            <source>This card is not a Belgian eID card, or its version is not supported.</source>
            <translation>Deze kaart is geen Belgische eID-kaart, of haar versie wordt niet ondersteund.</translation>
        </message>
        <message>
            <source>This file is not an eID file that can be opened: it is damaged or in an unknown format.</source>
            <translation>Dit bestand is geen eID-bestand dat geopend kan worden: het is beschadigd of in een onbekend formaat.</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the card blocks the PIN: {tries_left}.</source>
            <translation>Verkeerde pincode. Resterende pogingen voordat de kaart de pincode blokkeert: {tries_left}.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>it is larger than 1 MiB</source>
            <translation>het is groter dan 1 MiB</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>het is geen UTF-8-tekst</translation>
        </message>
        <message>
            <source>it is not a certificate (PEM or DER)</source>
            <translation>het is geen certificaat (PEM of DER)</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Delen</translation>
        </message>
        <message>
            <source>Insert your eID card</source>
            <translation>Steek uw eID-kaart in</translation>
        </message>
        <message>
            <source>Share your signature certificate</source>
            <translation>Uw handtekeningcertificaat delen</translation>
        </message>
        <message>
            <source>The card in the reader is not the one {site} prepared the signature for. Insert the card you chose on the site.</source>
            <translation>De kaart in de kaartlezer is niet de kaart waarvoor {site} de handtekening heeft voorbereid. Steek de kaart in die u op de site hebt gekozen.</translation>
        </message>
        <message>
            <source>The login did not work</source>
            <translation>Het aanmelden is niet gelukt</translation>
        </message>
        <message>
            <source>Your card answered the login of {site}.</source>
            <translation>Uw kaart heeft geantwoord op de aanmelding bij {site}.</translation>
        </message>
        <message>
            <source>Your card signed the document of {site}.</source>
            <translation>Uw kaart heeft het document van {site} ondertekend.</translation>
        </message>
        <message>
            <source>{site} asks for the certificate of your signature ({name}), to prepare a document for you to sign. Nothing is signed now. Share the certificate with this site?</source>
            <translation>{site} vraagt het certificaat van uw handtekening ({name}) om een document voor te bereiden dat u kunt ondertekenen. Er wordt nu niets ondertekend. Het certificaat met deze site delen?</translation>
        </message>
        <message>
            <source>{site} asks for your eID card. Insert it in the card reader.</source>
            <translation>{site} vraagt uw eID-kaart. Steek ze in de kaartlezer.</translation>
        </message>
        <message>
            <source>{site} asks you to log in with your eID card.</source>
            <translation>{site} vraagt u om aan te melden met uw eID-kaart.</translation>
        </message>
        <message>
            <source>{site} asks you to sign a document with your eID card.</source>
            <translation>{site} vraagt u om een document te ondertekenen met uw eID-kaart.</translation>
        </message>
    </context>
    <context>
        <name>pin</name>
        <message>
            <source>Current PIN (tries left: {tries}): </source>
            <translation>Huidige pincode (resterende pogingen: {tries}): </translation>
        </message>
        <message>
            <source>New PIN (4 to 12 digits): </source>
            <translation>Nieuwe pincode (4 tot 12 cijfers): </translation>
        </message>
        <message>
            <source>New PIN again: </source>
            <translation>Herhaal de nieuwe pincode: </translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice (tries left: {tries}).</source>
            <translation>Geef op het toetsenbord van de kaartlezer uw huidige pincode in, en daarna tweemaal de nieuwe pincode (resterende pogingen: {tries}).</translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice.</source>
            <translation>Geef op het toetsenbord van de kaartlezer uw huidige pincode in, en daarna tweemaal de nieuwe pincode.</translation>
        </message>
        <message>
            <source>PIN (tries left: {tries}): </source>
            <translation>Pincode (resterende pogingen: {tries}): </translation>
        </message>
        <message>
            <source>PIN tries left: {tries}.</source>
            <translation>Resterende pogingen voor de pincode: {tries}.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>Pincode: </translation>
        </message>
        <message>
            <source>The PIN is blocked. Go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>De pincode is geblokkeerd. Ga met de PUK-code uit uw PIN-brief naar uw gemeente om een nieuwe pincode te kiezen.</translation>
        </message>
        <message>
            <source>The PIN is changed. Use the new PIN from now on.</source>
            <translation>De pincode is gewijzigd. Gebruik voortaan de nieuwe pincode.</translation>
        </message>
        <message>
            <source>The PIN is correct.</source>
            <translation>De pincode is juist.</translation>
        </message>
        <message>
            <source>This card (applet 1.1) cannot tell the tries left without using one, so they are not shown.</source>
            <translation>Deze kaart (applet 1.1) kan het aantal resterende pogingen niet meedelen zonder er een te verbruiken, dus wordt het niet getoond.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad (tries left: {tries}).</source>
            <translation>Geef uw pincode in op het toetsenbord van de kaartlezer (resterende pogingen: {tries}).</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad.</source>
            <translation>Geef uw pincode in op het toetsenbord van de kaartlezer.</translation>
        </message>
    </context>
    <context>
        <name>request parts</name>
        <message>
            <source>the certificate</source>
            <translation>het certificaat</translation>
        </message>
        <message>
            <source>the hash function</source>
            <translation>de hashfunctie</translation>
        </message>
        <message>
            <source>the hash to sign</source>
            <translation>de te ondertekenen hash</translation>
        </message>
        <message>
            <source>the login challenge</source>
            <translation>de aanmeldingsuitdaging</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>het verzoek</translation>
        </message>
        <message>
            <source>the requested data</source>
            <translation>de gevraagde gegevens</translation>
        </message>
        <message>
            <source>the site's address (origin)</source>
            <translation>het adres van de site (oorsprong)</translation>
        </message>
    </context>
    <context>
        <name>revocation problems</name>
        <message>
            <source>its revocation service is not on the list of services to ask</source>
            <translation>de intrekkingsdienst ervan staat niet op de lijst van te raadplegen diensten</translation>
        </message>
        <message>
            <source>no revocation service gave an answer</source>
            <translation>geen enkele intrekkingsdienst gaf een antwoord</translation>
        </message>
        <message>
            <source>the certificate names no revocation service</source>
            <translation>het certificaat vermeldt geen intrekkingsdienst</translation>
        </message>
        <message>
            <source>the revocation service could not be reached (check the internet connection)</source>
            <translation>de intrekkingsdienst is niet bereikbaar (controleer de internetverbinding)</translation>
        </message>
        <message>
            <source>the revocation service does not know this certificate</source>
            <translation>de intrekkingsdienst kent dit certificaat niet</translation>
        </message>
        <message>
            <source>the revocation service's answer could not be trusted</source>
            <translation>het antwoord van de intrekkingsdienst is niet betrouwbaar</translation>
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <source>it is already running</source>
            <translation>hij draait al</translation>
        </message>
        <message>
            <source>pcscd did not start in its private namespaces (details with -v)</source>
            <translation>pcscd is niet gestart in zijn eigen namespaces (details met -v)</translation>
        </message>
        <message>
            <source>pcscd is not installed (apt install pcscd)</source>
            <translation>pcscd is niet geïnstalleerd (apt install pcscd)</translation>
        </message>
        <message>
            <source>the vpcd virtual reader driver was not found; run installer/debian/bootstrap.sh --test</source>
            <translation>het stuurprogramma van de virtuele lezer vpcd werd niet gevonden; voer installer/debian/bootstrap.sh --test uit</translation>
        </message>
        <message>
            <source>unshare is not installed (apt install util-linux)</source>
            <translation>unshare is niet geïnstalleerd (apt install util-linux)</translation>
        </message>
    </context>
    <context>
        <name>token problems</name>
        <message>
            <source>it is not a well-formed Web eID token</source>
            <translation>het is geen correct opgebouwd Web eID-token</translation>
        </message>
        <message>
            <source>its certificate cannot be read</source>
            <translation>het certificaat ervan kan niet worden gelezen</translation>
        </message>
        <message>
            <source>its certificate has a policy this site refuses</source>
            <translation>het certificaat ervan heeft een beleid dat deze site weigert</translation>
        </message>
        <message>
            <source>its certificate has been revoked</source>
            <translation>het certificaat ervan werd ingetrokken</translation>
        </message>
        <message>
            <source>its certificate has expired</source>
            <translation>het certificaat ervan is verlopen</translation>
        </message>
        <message>
            <source>its certificate is not meant for logging in</source>
            <translation>het certificaat ervan is niet bedoeld om aan te melden</translation>
        </message>
        <message>
            <source>its certificate is not valid yet</source>
            <translation>het certificaat ervan is nog niet geldig</translation>
        </message>
        <message>
            <source>its certificate was not issued by a trusted authority</source>
            <translation>het certificaat ervan werd niet uitgegeven door een vertrouwde instantie</translation>
        </message>
        <message>
            <source>its format is not web-eid:1</source>
            <translation>het formaat ervan is niet web-eid:1</translation>
        </message>
        <message>
            <source>its signature algorithm is not supported</source>
            <translation>het handtekeningalgoritme ervan wordt niet ondersteund</translation>
        </message>
        <message>
            <source>its signature is not for this site and this challenge</source>
            <translation>de handtekening ervan hoort niet bij deze site en deze uitdaging</translation>
        </message>
        <message>
            <source>the challenge is not valid</source>
            <translation>de uitdaging is niet geldig</translation>
        </message>
        <message>
            <source>the site's address (origin) is not valid</source>
            <translation>het adres van de site (oorsprong) is niet geldig</translation>
        </message>
        <message>
            <source>whether its certificate was revoked cannot be checked</source>
            <translation>of het certificaat ervan werd ingetrokken, kan niet worden gecontroleerd</translation>
        </message>
    </context>
    <context>
        <name>web eid</name>
        <message>
            <source>Log in to {site} with your eID card.</source>
            <translation>Meld u aan bij {site} met uw eID-kaart.</translation>
        </message>
        <message>
            <source>Sign with your eID card (a qualified electronic signature).</source>
            <translation>Onderteken met uw eID-kaart (een gekwalificeerde elektronische handtekening).</translation>
        </message>
        <message>
            <source>The token is valid. It was signed by: {subject}</source>
            <translation>Het token is geldig. Het werd ondertekend door: {subject}</translation>
        </message>
    </context>
</TS>
