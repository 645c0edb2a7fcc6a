<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en">
    <context>
        <name>PIN</name>
        <message>
            <source>&amp;Change PIN</source>
            <translation>PIN-Code ä&amp;ndern</translation>
        </message>
        <message>
            <source>&amp;Test PIN</source>
            <translation>PIN-Code &amp;testen</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>4 bis 12 Ziffern</translation>
        </message>
        <message>
            <source>Careful: this is the last try. A wrong PIN now blocks the card.</source>
            <translation>Achtung: Dies ist der letzte Versuch. Ein falscher PIN-Code sperrt jetzt die Karte.</translation>
        </message>
        <message>
            <source>Change your PIN</source>
            <translation>Ihren PIN-Code ändern</translation>
        </message>
        <message>
            <source>Checking the PIN with the card…</source>
            <translation>Der PIN-Code wird mit der Karte geprüft…</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Aktueller PIN-Code</translation>
        </message>
        <message>
            <source>Enter your PIN</source>
            <translation>Geben Sie Ihren PIN-Code ein</translation>
        </message>
        <message>
            <source>Follow the card reader's display: type your current PIN, then the new PIN twice, on its keypad.</source>
            <translation>Folgen Sie den Anweisungen auf dem Display des Kartenlesers: Geben Sie auf seiner Tastatur Ihren aktuellen PIN-Code und dann zweimal den neuen PIN-Code ein.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Neuer PIN-Code</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Neuen PIN-Code wiederholen</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN-Code</translation>
        </message>
        <message>
            <source>PIN tries left: {tries} of 3.</source>
            <translation>PIN-Code: noch {tries} von 3 Versuchen übrig.</translation>
        </message>
        <message>
            <source>PIN: blocked.</source>
            <translation>PIN-Code: gesperrt.</translation>
        </message>
        <message>
            <source>PIN: this old card cannot tell its tries left without using one.</source>
            <translation>PIN-Code: Diese alte Karte kann die Anzahl der verbleibenden Versuche nicht angeben, ohne einen zu verbrauchen.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>Die beiden neuen PIN-Codes stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card (tries left: {tries}).</source>
            <translation>Geben Sie den PIN-Code Ihrer eID-Karte ein (verbleibende Versuche: {tries}).</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card.</source>
            <translation>Geben Sie den PIN-Code Ihrer eID-Karte ein.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad, then press its OK key (tries left: {tries}).</source>
            <translation>Geben Sie Ihren PIN-Code auf der Tastatur des Kartenlesers ein und drücken Sie dann dessen OK-Taste (verbleibende Versuche: {tries}).</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the PIN is blocked: {tries}. Type it again, or cancel.</source>
            <translation>Falscher PIN-Code. Verbleibende Versuche, bevor der PIN-Code gesperrt wird: {tries}. Geben Sie ihn erneut ein oder brechen Sie ab.</translation>
        </message>
        <message>
            <source>Your PIN is correct.</source>
            <translation>Ihr PIN-Code ist korrekt.</translation>
        </message>
        <message>
            <source>Your PIN was changed. Use the new PIN from now on.</source>
            <translation>Ihr PIN-Code wurde geändert. Verwenden Sie ab jetzt den neuen PIN-Code.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>&amp;About</source>
            <translation>Ü&amp;ber</translation>
        </message>
        <message>
            <source>&amp;Close the file</source>
            <translation>Datei s&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Open an eID file…</source>
            <translation>eID-Datei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Print the identity…</source>
            <translation>Identität &amp;drucken…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Save as eID file…</source>
            <translation>Als eID-Datei &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Show the window</source>
            <translation>Fenster &amp;anzeigen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Echtheit</translation>
        </message>
        <message>
            <source>Built-in virtual reader (simulated card)</source>
            <translation>Eingebauter virtueller Kartenleser (simulierte Karte)</translation>
        </message>
        <message>
            <source>Card and PIN</source>
            <translation>Karte und PIN-Code</translation>
        </message>
        <message>
            <source>Card reader:</source>
            <translation>Kartenleser:</translation>
        </message>
        <message>
            <source>Certificate, PEM text (*.pem)</source>
            <translation>Zertifikat, PEM-Text (*.pem)</translation>
        </message>
        <message>
            <source>Certificate, binary DER (*.der *.cer)</source>
            <translation>Zertifikat, binäres DER (*.der *.cer)</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Zertifikate</translation>
        </message>
        <message>
            <source>Export the identity as &amp;PDF…</source>
            <translation>Identität als &amp;PDF exportieren…</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Kein Foto</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Photo of the card holder</source>
            <translation>Foto des Karteninhabers</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Unter {path} gespeichert.</translation>
        </message>
        <message>
            <source>The file could not be opened.</source>
            <translation>Die Datei konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Die Datei konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>eID Companion</source>
            <translation>eID Companion</translation>
        </message>
        <message>
            <source>eID Companion {version}: reads, checks and uses your Belgian eID card. Free software (GPL 3 or later).</source>
            <translation>eID Companion {version}: liest, prüft und verwendet Ihre belgische eID-Karte. Freie Software (GPL 3 oder später).</translation>
        </message>
        <message>
            <source>eID files (*.eid)</source>
            <translation>eID-Dateien (*.eid)</translation>
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
            <translation>Die Widerrufsdienste werden abgefragt…</translation>
        </message>
        <message>
            <source>Card data</source>
            <translation>Kartendaten</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Zertifikate</translation>
        </message>
        <message>
            <source>Check &amp;revocation online</source>
            <translation>&amp;Widerruf online prüfen</translation>
        </message>
        <message>
            <source>Data opened from a file cannot be checked: insert the card.</source>
            <translation>Aus einer Datei geöffnete Daten können nicht geprüft werden: Stecken Sie die Karte ein.</translation>
        </message>
        <message>
            <source>Everything checked is authentic and valid.</source>
            <translation>Alles Geprüfte ist echt und gültig.</translation>
        </message>
        <message>
            <source>Export as &amp;DER…</source>
            <translation>Als DE&amp;R exportieren…</translation>
        </message>
        <message>
            <source>Export as &amp;PEM…</source>
            <translation>Als &amp;PEM exportieren…</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Revocation was not asked yet: press “Check revocation online” when you are connected.</source>
            <translation>Der Widerruf wurde noch nicht abgefragt: Klicken Sie auf „Widerruf online prüfen“, wenn Sie mit dem Internet verbunden sind.</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256-Fingerabdruck</translation>
        </message>
        <message>
            <source>Some checks failed: do not rely on these data.</source>
            <translation>Einige Prüfungen sind fehlgeschlagen: Verlassen Sie sich nicht auf diese Daten.</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>The data on the card are signed by the National Register. These checks run on this computer; whether a certificate was revoked needs the internet.</source>
            <translation>Die Daten auf der Karte sind vom Nationalregister signiert. Diese Prüfungen erfolgen auf diesem Computer; ob ein Zertifikat widerrufen wurde, lässt sich nur über das Internet prüfen.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gültig bis</translation>
        </message>
        <message>
            <source>not on this card</source>
            <translation>nicht auf dieser Karte</translation>
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
            <translation>AUS EINER DATEI: Diese Daten wurden aus {path} geöffnet, nicht von einer Karte gelesen. Ihre Echtheit kann nicht geprüft werden.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Details ausblenden</translation>
        </message>
        <message>
            <source>If you no longer have your PUK letter, ask your municipality for new codes: they are sent to you by post.</source>
            <translation>Wenn Sie den Brief mit Ihrem PUK-Code nicht mehr haben, fragen Sie bei Ihrer Gemeinde neue Codes an: Diese werden Ihnen per Post zugeschickt.</translation>
        </message>
        <message>
            <source>Insert your eID card in the card reader, chip first and facing up.</source>
            <translation>Stecken Sie Ihre eID-Karte in den Kartenleser, mit dem Chip voran und nach oben zeigend.</translation>
        </message>
        <message>
            <source>Looking for card readers…</source>
            <translation>Kartenleser werden gesucht…</translation>
        </message>
        <message>
            <source>No card reader is connected. Plug in your card reader. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>Es ist kein Kartenleser angeschlossen. Schließen Sie Ihren Kartenleser an. In der Zwischenzeit können Sie die App mit der eingebauten virtuellen Karte ausprobieren.</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Erneut lesen</translation>
        </message>
        <message>
            <source>Reading the card… Keep it in the reader.</source>
            <translation>Die Karte wird gelesen… Lassen Sie sie im Kartenleser.</translation>
        </message>
        <message>
            <source>SIMULATED CARD: this is the built-in virtual card with made-up data, not a real person's card. Its PIN is 1234.</source>
            <translation>SIMULIERTE KARTE: Dies ist die eingebaute virtuelle Karte mit erfundenen Daten, nicht die Karte einer realen Person. Der PIN-Code lautet 1234.</translation>
        </message>
        <message>
            <source>TEST CARD: this card is signed by a test authority, not by the Belgian state.</source>
            <translation>TESTKARTE: Diese Karte ist von einer Teststelle signiert, nicht vom belgischen Staat.</translation>
        </message>
        <message>
            <source>Take out the virtual card</source>
            <translation>Virtuelle Karte herausnehmen</translation>
        </message>
        <message>
            <source>The card was taken out. Its data have been cleared from the screen. Insert a card to read it.</source>
            <translation>Die Karte wurde herausgenommen. Die Daten der Karte wurden vom Bildschirm gelöscht. Stecken Sie eine Karte ein, um sie zu lesen.</translation>
        </message>
        <message>
            <source>The smart card service is not running, so no card reader can be used. Ask the person who manages this computer to install and start pcscd. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>Der Chipkartendienst läuft nicht, daher kann kein Kartenleser verwendet werden. Bitten Sie die Person, die diesen Computer verwaltet, pcscd zu installieren und zu starten. In der Zwischenzeit können Sie die App mit der eingebauten virtuellen Karte ausprobieren.</translation>
        </message>
        <message>
            <source>Try the virtual card</source>
            <translation>Virtuelle Karte ausprobieren</translation>
        </message>
        <message>
            <source>Your card has been read. When you take it out, its data are cleared from the screen.</source>
            <translation>Ihre Karte wurde gelesen. Wenn Sie sie herausnehmen, werden ihre Daten vom Bildschirm gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>browser setup</name>
        <message>
            <source>Let websites ask for a login with your eID card (register eID Companion with your browsers)?</source>
            <translation>Websites die Anmeldung mit Ihrer eID-Karte erlauben (eID Companion bei Ihren Browsern registrieren)?</translation>
        </message>
        <message>
            <source>No browser was found on this computer. Name one with --browser.</source>
            <translation>Auf diesem Computer wurde kein Browser gefunden. Geben Sie einen mit --browser an.</translation>
        </message>
        <message>
            <source>You can do it later with: eidcompanion browser-setup</source>
            <translation>Sie können das später nachholen mit: eidcompanion browser-setup</translation>
        </message>
        <message>
            <source>[Y/n]</source>
            <translation>[J/n]</translation>
        </message>
        <message>
            <source>system-wide registration needs administrator rights (sudo)</source>
            <translation>die Registrierung für den ganzen Computer erfordert Administratorrechte (sudo)</translation>
        </message>
        <message>
            <source>y yes</source>
            <translation>j ja</translation>
        </message>
        <message>
            <source>{browser} is installed as a {kind} package, which cannot start programs such as eID Companion's bridge. To log in with your card, install {browser} from your distribution's packages (Firefox on Debian: apt install firefox-esr).</source>
            <translation>{browser} ist als {kind}-Paket installiert, das keine Programme wie die Brücke von eID Companion starten kann. Um sich mit Ihrer Karte anzumelden, installieren Sie {browser} aus den Paketen Ihrer Distribution (Firefox unter Debian: apt install firefox-esr).</translation>
        </message>
        <message>
            <source>{browser}: another program (the Web eID application) is registered as {host} in {path}; it was kept. To use eID Companion instead, run again with --replace-webeid (the other registration is set aside, and --remove puts it back).</source>
            <translation>{browser}: Ein anderes Programm (die Web-eID-Anwendung) ist als {host} in {path} registriert; es wurde beibehalten. Um stattdessen eID Companion zu verwenden, starten Sie erneut mit --replace-webeid (die andere Registrierung wird beiseitegelegt, und --remove stellt sie wieder her).</translation>
        </message>
        <message>
            <source>{browser}: {host} belongs to another program ({path})</source>
            <translation>{browser}: {host} gehört zu einem anderen Programm ({path})</translation>
        </message>
        <message>
            <source>{browser}: {host} is not registered: run eidcompanion browser-setup</source>
            <translation>{browser}: {host} ist nicht registriert: führen Sie eidcompanion browser-setup aus</translation>
        </message>
        <message>
            <source>{browser}: {host} reachable (bridge {detail})</source>
            <translation>{browser}: {host} erreichbar (Brücke {detail})</translation>
        </message>
        <message>
            <source>{browser}: {host} registered in {path}</source>
            <translation>{browser}: {host} registriert in {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} removed from {path}</source>
            <translation>{browser}: {host} aus {path} entfernt</translation>
        </message>
        <message>
            <source>{browser}: {host} removed; the Web eID application's own registration is back in {path}</source>
            <translation>{browser}: {host} entfernt; die Registrierung der Web-eID-Anwendung ist wieder in {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} was not registered</source>
            <translation>{browser}: {host} war nicht registriert</translation>
        </message>
        <message>
            <source>{browser}: {host}: the bridge does not answer ({detail})</source>
            <translation>{browser}: {host}: die Brücke antwortet nicht ({detail})</translation>
        </message>
        <message>
            <source>{browser}: {host}: the program its registration names is missing or cannot run ({detail}): run eidcompanion browser-setup again</source>
            <translation>{browser}: {host}: Das Programm, das die Registrierung nennt, fehlt oder kann nicht starten ({detail}): führen Sie eidcompanion browser-setup erneut aus</translation>
        </message>
        <message>
            <source>{browser}: {host}: the registration does not allow the Web eID extension: run eidcompanion browser-setup again</source>
            <translation>{browser}: {host}: Die Registrierung erlaubt die Web-eID-Erweiterung nicht: führen Sie eidcompanion browser-setup erneut aus</translation>
        </message>
    </context>
    <context>
        <name>card fields</name>
        <message>
            <source>(check digits do not match)</source>
            <translation>(Prüfziffern stimmen nicht überein)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Applet version</source>
            <translation>Applet-Version</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authentifizierung</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Briefkasten</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Kartennummer</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Zertifikate</translation>
        </message>
        <message>
            <source>Certification authority</source>
            <translation>Zertifizierungsstelle</translation>
        </message>
        <message>
            <source>Chip number</source>
            <translation>Chipnummer</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Dokumenttyp</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplikat</translation>
        </message>
        <message>
            <source>Employer VAT number</source>
            <translation>MwSt.-Nummer des Arbeitgebers</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Vornamen</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Hausnummer</translation>
        </message>
        <message>
            <source>Issued in</source>
            <translation>Ausstellungsort</translation>
        </message>
        <message>
            <source>JPEG, {size} bytes</source>
            <translation>JPEG, {size} Byte</translation>
        </message>
        <message>
            <source>Member of family</source>
            <translation>Familienangehöriger</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Vermerke</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>National Register</source>
            <translation>Nationalregister</translation>
        </message>
        <message>
            <source>National register number</source>
            <translation>Nationalregisternummer</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Staatsangehörigkeit</translation>
        </message>
        <message>
            <source>Noble condition</source>
            <translation>Adelstitel</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Geburtsort</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Schutz</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Kartenleser</translation>
        </message>
        <message>
            <source>Regional file number</source>
            <translation>Regionale Aktennummer</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Registrierungsdatum</translation>
        </message>
        <message>
            <source>Root</source>
            <translation>Stammzertifizierungsstelle</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>Special organisation</source>
            <translation>Besondere Organisation</translation>
        </message>
        <message>
            <source>Special status</source>
            <translation>Sonderstatus</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Gültig</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Arbeitserlaubnis</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>nicht vorhanden</translation>
        </message>
        <message>
            <source>from {begin} to {end}</source>
            <translation>vom {begin} bis {end}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{date} in {place}</source>
            <translation>{date} in {place}</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>{subject}, valid until {not_after}</source>
            <translation>{subject}, gültig bis {not_after}</translation>
        </message>
    </context>
    <context>
        <name>card files</name>
        <message>
            <source>National Register certificate</source>
            <translation>das Zertifikat des Nationalregisters</translation>
        </message>
        <message>
            <source>address file</source>
            <translation>die Adressdatei</translation>
        </message>
        <message>
            <source>address signature file</source>
            <translation>die Signaturdatei der Adresse</translation>
        </message>
        <message>
            <source>authentication certificate</source>
            <translation>das Authentifizierungszertifikat</translation>
        </message>
        <message>
            <source>card key file</source>
            <translation>die Schlüsseldatei der Karte</translation>
        </message>
        <message>
            <source>certification authority certificate</source>
            <translation>das Zertifikat der Zertifizierungsstelle</translation>
        </message>
        <message>
            <source>identity file</source>
            <translation>die Identitätsdatei</translation>
        </message>
        <message>
            <source>identity signature file</source>
            <translation>die Signaturdatei der Identitätsdaten</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>das Foto</translation>
        </message>
        <message>
            <source>root certificate</source>
            <translation>das Stammzertifikat</translation>
        </message>
        <message>
            <source>signature certificate</source>
            <translation>das Signaturzertifikat</translation>
        </message>
    </context>
    <context>
        <name>card folders</name>
        <message>
            <source>files missing: {files}</source>
            <translation>fehlende Dateien: {files}</translation>
        </message>
        <message>
            <source>it is not a folder</source>
            <translation>es ist kein Ordner</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is empty</source>
            <translation>die Datei mit dem Zertifikat des Nationalregisters (503C) ist leer</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is not a certificate</source>
            <translation>die Datei mit dem Zertifikat des Nationalregisters (503C) ist kein Zertifikat</translation>
        </message>
        <message>
            <source>the file {file} cannot be read</source>
            <translation>die Datei {file} kann nicht gelesen werden</translation>
        </message>
    </context>
    <context>
        <name>card values</name>
        <message>
            <source>A card: limited stay</source>
            <translation>A-Karte: begrenzter Aufenthalt</translation>
        </message>
        <message>
            <source>A card: limited stay (EU residence permit format)</source>
            <translation>A-Karte: begrenzter Aufenthalt (Format des EU-Aufenthaltstitels)</translation>
        </message>
        <message>
            <source>Article 18(1) of the Brexit withdrawal agreement</source>
            <translation>Artikel 18 Absatz 1 des Brexit-Austrittsabkommens</translation>
        </message>
        <message>
            <source>B card: unlimited stay</source>
            <translation>B-Karte: unbegrenzter Aufenthalt</translation>
        </message>
        <message>
            <source>B card: unlimited stay (EU residence permit format)</source>
            <translation>B-Karte: unbegrenzter Aufenthalt (Format des EU-Aufenthaltstitels)</translation>
        </message>
        <message>
            <source>Belgian identity card (eID)</source>
            <translation>Belgischer elektronischer Personalausweis (eID)</translation>
        </message>
        <message>
            <source>C card: identity card for foreigners</source>
            <translation>C-Karte: Personalausweis für Ausländer</translation>
        </message>
        <message>
            <source>D card: EU long-term resident</source>
            <translation>D-Karte: langfristig Aufenthaltsberechtigter – EU</translation>
        </message>
        <message>
            <source>E card: registration certificate of an EU citizen</source>
            <translation>E-Karte: Anmeldebescheinigung eines Unionsbürgers</translation>
        </message>
        <message>
            <source>E+ card: permanent residence of an EU citizen</source>
            <translation>E+-Karte: Daueraufenthalt eines Unionsbürgers</translation>
        </message>
        <message>
            <source>EU card: registration certificate of an EU citizen</source>
            <translation>EU-Karte: Anmeldebescheinigung eines Unionsbürgers</translation>
        </message>
        <message>
            <source>EU+ card: permanent residence of an EU citizen</source>
            <translation>EU+-Karte: Daueraufenthalt eines Unionsbürgers</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen</source>
            <translation>F-Karte: Familienangehöriger eines Unionsbürgers</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen (EU residence permit format)</source>
            <translation>F-Karte: Familienangehöriger eines Unionsbürgers (Format des EU-Aufenthaltstitels)</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen</source>
            <translation>F+-Karte: Daueraufenthalt eines Familienangehörigen eines Unionsbürgers</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen (EU residence permit format)</source>
            <translation>F+-Karte: Daueraufenthalt eines Familienangehörigen eines Unionsbürgers (Format des EU-Aufenthaltstitels)</translation>
        </message>
        <message>
            <source>H card: EU Blue Card</source>
            <translation>H-Karte: Blaue Karte EU</translation>
        </message>
        <message>
            <source>I card: intra-corporate transfer permit</source>
            <translation>I-Karte: Aufenthaltstitel für unternehmensintern transferierte Arbeitnehmer (ICT-Karte)</translation>
        </message>
        <message>
            <source>J card: long-term mobility (intra-corporate transfer)</source>
            <translation>J-Karte: langfristige Mobilität (unternehmensinterner Transfer)</translation>
        </message>
        <message>
            <source>K card: unlimited stay</source>
            <translation>K-Karte: unbegrenzter Aufenthalt</translation>
        </message>
        <message>
            <source>Kids-ID (child under 12)</source>
            <translation>Kids-ID (Kind unter 12 Jahren)</translation>
        </message>
        <message>
            <source>L card: EU long-term resident</source>
            <translation>L-Karte: langfristig Aufenthaltsberechtigter – EU</translation>
        </message>
        <message>
            <source>M card: Brexit withdrawal agreement</source>
            <translation>M-Karte: Brexit-Austrittsabkommen</translation>
        </message>
        <message>
            <source>N card: frontier worker under the Brexit withdrawal agreement</source>
            <translation>N-Karte: Grenzgänger im Rahmen des Brexit-Austrittsabkommens</translation>
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
            <translation>Au-pair</translation>
        </message>
        <message>
            <source>bootstrap card</source>
            <translation>Bootstrap-Karte</translation>
        </message>
        <message>
            <source>duplicate no. {number}</source>
            <translation>Duplikat Nr. {number}</translation>
        </message>
        <message>
            <source>extended minority</source>
            <translation>verlängerte Minderjährigkeit</translation>
        </message>
        <message>
            <source>female</source>
            <translation>weiblich</translation>
        </message>
        <message>
            <source>former European Blue Card</source>
            <translation>frühere Blaue Karte EU</translation>
        </message>
        <message>
            <source>habilitation card</source>
            <translation>Berechtigungskarte</translation>
        </message>
        <message>
            <source>job search</source>
            <translation>Arbeitssuche</translation>
        </message>
        <message>
            <source>kids card for foreigners: A</source>
            <translation>Kinderkarte für Ausländer: A</translation>
        </message>
        <message>
            <source>kids card for foreigners: B</source>
            <translation>Kinderkarte für Ausländer: B</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU</source>
            <translation>Kinderkarte für Ausländer: EU</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU+</source>
            <translation>Kinderkarte für Ausländer: EU+</translation>
        </message>
        <message>
            <source>kids card for foreigners: F</source>
            <translation>Kinderkarte für Ausländer: F</translation>
        </message>
        <message>
            <source>kids card for foreigners: F+</source>
            <translation>Kinderkarte für Ausländer: F+</translation>
        </message>
        <message>
            <source>kids card for foreigners: K</source>
            <translation>Kinderkarte für Ausländer: K</translation>
        </message>
        <message>
            <source>kids card for foreigners: L</source>
            <translation>Kinderkarte für Ausländer: L</translation>
        </message>
        <message>
            <source>kids card for foreigners: M</source>
            <translation>Kinderkarte für Ausländer: M</translation>
        </message>
        <message>
            <source>labour market: limited</source>
            <translation>Arbeitsmarkt: begrenzt</translation>
        </message>
        <message>
            <source>labour market: no access</source>
            <translation>Arbeitsmarkt: kein Zugang</translation>
        </message>
        <message>
            <source>labour market: unlimited</source>
            <translation>Arbeitsmarkt: unbegrenzt</translation>
        </message>
        <message>
            <source>male</source>
            <translation>männlich</translation>
        </message>
        <message>
            <source>mobility programme</source>
            <translation>Mobilitätsprogramm</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>original card</source>
            <translation>Originalkarte</translation>
        </message>
        <message>
            <source>permanent residence (Brexit withdrawal agreement)</source>
            <translation>Daueraufenthalt (Brexit-Austrittsabkommen)</translation>
        </message>
        <message>
            <source>protection granted on {date} ({country})</source>
            <translation>Schutz gewährt am {date} ({country})</translation>
        </message>
        <message>
            <source>researcher</source>
            <translation>Forscher</translation>
        </message>
        <message>
            <source>school pupil</source>
            <translation>Schüler</translation>
        </message>
        <message>
            <source>seasonal worker</source>
            <translation>Saisonarbeitnehmer</translation>
        </message>
        <message>
            <source>student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>Praktikant</translation>
        </message>
        <message>
            <source>unknown code {code}</source>
            <translation>unbekannter Code {code}</translation>
        </message>
        <message>
            <source>volunteer</source>
            <translation>Freiwilliger</translation>
        </message>
        <message>
            <source>white cane (blind person)</source>
            <translation>weißer Stock (blinde Person)</translation>
        </message>
        <message>
            <source>white cane and extended minority</source>
            <translation>weißer Stock und verlängerte Minderjährigkeit</translation>
        </message>
        <message>
            <source>yellow cane (partially sighted person)</source>
            <translation>gelber Stock (sehbehinderte Person)</translation>
        </message>
        <message>
            <source>yellow cane and extended minority</source>
            <translation>gelber Stock und verlängerte Minderjährigkeit</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>Address signed by the National Register</source>
            <translation>Adresse vom Nationalregister signiert</translation>
        </message>
        <message>
            <source>Authentication certificate</source>
            <translation>Authentifizierungszertifikat</translation>
        </message>
        <message>
            <source>Card key belongs to the identity</source>
            <translation>Kartenschlüssel gehört zur Identität</translation>
        </message>
        <message>
            <source>Card proves it is the original</source>
            <translation>Karte weist nach, dass sie das Original ist</translation>
        </message>
        <message>
            <source>Certification authority certificate</source>
            <translation>Zertifikat der Zertifizierungsstelle</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <source>Identity signed by the National Register</source>
            <translation>Identität vom Nationalregister signiert</translation>
        </message>
        <message>
            <source>National Register certificate</source>
            <translation>Zertifikat des Nationalregisters</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Photo belongs to the identity</source>
            <translation>Foto gehört zur Identität</translation>
        </message>
        <message>
            <source>Root certificate</source>
            <translation>Stammzertifikat</translation>
        </message>
        <message>
            <source>Signature certificate</source>
            <translation>Signaturzertifikat</translation>
        </message>
        <message>
            <source>a Belgian root: {root}</source>
            <translation>ein belgisches Stammzertifikat: {root}</translation>
        </message>
        <message>
            <source>a TEST root, trusted only in the test configuration: {root}</source>
            <translation>ein TEST-Stammzertifikat, nur in der Testkonfiguration vertrauenswürdig: {root}</translation>
        </message>
        <message>
            <source>cannot be checked: its issuer, the {file}, is not valid</source>
            <translation>kann nicht geprüft werden: der Aussteller, {file}, ist nicht gültig</translation>
        </message>
        <message>
            <source>cannot be checked: the card key file is not authentic</source>
            <translation>kann nicht geprüft werden: die Schlüsseldatei der Karte ist nicht echt</translation>
        </message>
        <message>
            <source>cannot be checked: the root certificate is not trusted</source>
            <translation>kann nicht geprüft werden: das Stammzertifikat ist nicht vertrauenswürdig</translation>
        </message>
        <message>
            <source>cannot be vouched for: the National Register certificate is not trusted</source>
            <translation>Echtheit nicht gewährleistet: das Zertifikat des Nationalregisters ist nicht vertrauenswürdig</translation>
        </message>
        <message>
            <source>cannot be vouched for: the identity file is not authentic</source>
            <translation>Echtheit nicht gewährleistet: die Identitätsdatei ist nicht echt</translation>
        </message>
        <message>
            <source>the card did not prove it holds the key of its card key file: it may be a copy</source>
            <translation>die Karte hat nicht nachgewiesen, dass sie den Schlüssel ihrer Schlüsseldatei besitzt: Es kann sich um eine Kopie handeln</translation>
        </message>
        <message>
            <source>the card has no {file}</source>
            <translation>die Karte enthält {file} nicht</translation>
        </message>
        <message>
            <source>the {file} does not match its fingerprint in the identity file</source>
            <translation>{file} stimmt nicht mit dem Fingerabdruck in der Identitätsdatei überein</translation>
        </message>
        <message>
            <source>the {file} expired on {date}</source>
            <translation>{file} ist am {date} abgelaufen</translation>
        </message>
        <message>
            <source>the {file} is not a Belgian root</source>
            <translation>{file} ist kein belgisches Stammzertifikat</translation>
        </message>
        <message>
            <source>the {file} is not meant for this use</source>
            <translation>{file} ist nicht für diese Verwendung vorgesehen</translation>
        </message>
        <message>
            <source>the {file} is not signed by its issuer</source>
            <translation>{file} ist nicht vom Aussteller signiert</translation>
        </message>
        <message>
            <source>the {file} is not the one the National Register signed</source>
            <translation>{file} stimmt nicht mit der vom Nationalregister signierten Fassung überein</translation>
        </message>
        <message>
            <source>the {file} is not valid before {date}</source>
            <translation>{file} ist erst ab dem {date} gültig</translation>
        </message>
        <message>
            <source>the {file} was revoked on {date}</source>
            <translation>{file} wurde am {date} widerrufen</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>gültig</translation>
        </message>
        <message>
            <source>valid under a TEST root (a test or simulated card)</source>
            <translation>gültig unter einem TEST-Stammzertifikat (Testkarte oder simulierte Karte)</translation>
        </message>
        <message>
            <source>valid, but whether it was revoked is unknown: {problem}</source>
            <translation>gültig, aber ob es widerrufen wurde, ist unbekannt: {problem}</translation>
        </message>
        <message>
            <source>valid; revocation was not checked (switched off)</source>
            <translation>gültig; der Widerruf wurde nicht geprüft (Prüfung ausgeschaltet)</translation>
        </message>
        <message>
            <source>{first} or the {second}</source>
            <translation>{first} oder {second}</translation>
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
            <translation>Für diesen Simulator läuft ein eigener PC/SC-Dienst. Führen Sie in einem anderen Terminal Folgendes aus:
  export PCSCLITE_CSOCK_NAME={socket}
und verwenden Sie dort eidcompanion oder ein anderes PC/SC-Programm.</translation>
        </message>
        <message>
            <source>A simulated applet {version} card</source>
            <translation>Eine simulierte Karte (Applet {version})</translation>
        </message>
        <message>
            <source>A simulated card made of the files in {folder}</source>
            <translation>Eine simulierte Karte aus den Dateien in {folder}</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Echtheit</translation>
        </message>
        <message>
            <source>Certificates checked</source>
            <translation>Geprüfte Zertifikate</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Fehler: {message}</translation>
        </message>
        <message>
            <source>No card reader found.</source>
            <translation>Kein Kartenleser gefunden.</translation>
        </message>
        <message>
            <source>No card reader is plugged in, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Es ist kein Kartenleser angeschlossen, daher wird die eingebaute virtuelle Karte gelesen: eine simulierte Karte (Applet {version}) mit erfundenen Musterdaten.</translation>
        </message>
        <message>
            <source>Photo saved to {path}.</source>
            <translation>Foto unter {path} gespeichert.</translation>
        </message>
        <message>
            <source>Recorded {count} exchanges to {path}.</source>
            <translation>In {path} aufgezeichnete Austauschvorgänge: {count}.</translation>
        </message>
        <message>
            <source>Simulated card: these are not a real person's data.</source>
            <translation>Simulierte Karte: Dies sind nicht die Daten einer realen Person.</translation>
        </message>
        <message>
            <source>The reader closed the connection; inserting the card again.</source>
            <translation>Der Kartenleser hat die Verbindung getrennt; die Karte wird erneut eingesteckt.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Der Chipkartendienst (pcscd) läuft nicht, daher wird die eingebaute virtuelle Karte gelesen: eine simulierte Karte (Applet {version}) mit erfundenen Musterdaten.</translation>
        </message>
        <message>
            <source>This file holds the card holder's personal data; only you can read it. To share a trace, record it again with --anonymize.</source>
            <translation>Diese Datei enthält die personenbezogenen Daten des Karteninhabers; nur Sie können sie lesen. Um eine Aufzeichnung weiterzugeben, zeichnen Sie sie erneut mit --anonymize auf.</translation>
        </message>
        <message>
            <source>This is the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>Dies ist die eingebaute virtuelle Karte: eine simulierte Karte mit Applet {version} und erfundenen Musterdaten.</translation>
        </message>
        <message>
            <source>Waiting for the vpcd reader ({where})...</source>
            <translation>Warten auf den vpcd-Kartenleser ({where})...</translation>
        </message>
        <message>
            <source>card present</source>
            <translation>Karte vorhanden</translation>
        </message>
        <message>
            <source>no card</source>
            <translation>keine Karte</translation>
        </message>
        <message>
            <source>{card} is in the reader ({where}). PIN {pin}, tries left: {tries}. Press Ctrl+C to take it out.</source>
            <translation>{card} befindet sich im Kartenleser ({where}). PIN {pin}, verbleibende Versuche: {tries}. Drücken Sie Ctrl+C, um die Karte herauszunehmen.</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>&amp;Always allow this site for these data</source>
            <translation>Dieser Website diese Daten &amp;immer erlauben</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>&amp;Ablehnen</translation>
        </message>
        <message>
            <source>&amp;Websites allowed to read your card…</source>
            <translation>&amp;Websites, die Ihre Karte lesen dürfen…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Widerrufen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Allow &amp;once</source>
            <translation>&amp;Einmal erlauben</translation>
        </message>
        <message>
            <source>Data from your card were sent to {site}.</source>
            <translation>Daten Ihrer Karte wurden an {site} gesendet.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>No website is always allowed to read your card.</source>
            <translation>Keine Website darf Ihre Karte dauerhaft lesen.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Proof of authenticity</source>
            <translation>Echtheitsnachweis</translation>
        </message>
        <message>
            <source>Share data from your card</source>
            <translation>Daten Ihrer Karte weitergeben</translation>
        </message>
        <message>
            <source>Websites allowed to read your card</source>
            <translation>Websites, die Ihre Karte lesen dürfen</translation>
        </message>
        <message>
            <source>the card's files and the National Register's signatures, so that the site can check them</source>
            <translation>die Dateien der Karte und die Signaturen des Nationalregisters, damit die Website sie prüfen kann</translation>
        </message>
        <message>
            <source>{site} asks for these data from your eID card:</source>
            <translation>{site} fragt nach diesen Daten Ihrer eID-Karte:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>A PIN has 4 to 12 digits and nothing else.</source>
            <translation>Ein PIN-Code besteht aus 4 bis 12 Ziffern und sonst nichts.</translation>
        </message>
        <message>
            <source>Another program is using the card reader. Close the other program (for example the eID viewer or a browser tab) and try again.</source>
            <translation>Ein anderes Programm verwendet den Kartenleser. Schließen Sie das andere Programm (zum Beispiel den eID Viewer oder einen Browser-Tab) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Another program reset the card during the operation. Try again, with the other program closed.</source>
            <translation>Ein anderes Programm hat die Karte während des Vorgangs zurückgesetzt. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Cannot read “{path}”: {reason}.</source>
            <translation>„{path}“ kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>„{path}“ kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>No PIN was given; nothing was sent to the card.</source>
            <translation>Es wurde kein PIN-Code eingegeben; es wurde nichts an die Karte gesendet.</translation>
        </message>
        <message>
            <source>No PIN was typed on the card reader's keypad in time. No try was used: try again and type your PIN on the reader.</source>
            <translation>Auf der Tastatur des Kartenlesers wurde nicht rechtzeitig ein PIN-Code eingegeben. Es wurde kein Versuch verbraucht: Versuchen Sie es erneut und geben Sie Ihren PIN-Code am Kartenleser ein.</translation>
        </message>
        <message>
            <source>No card reader was found. Plug in your card reader and try again.</source>
            <translation>Es wurde kein Kartenleser gefunden. Schließen Sie Ihren Kartenleser an und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Something went wrong with the eID card.</source>
            <translation>Bei der eID-Karte ist ein Problem aufgetreten.</translation>
        </message>
        <message>
            <source>The PIN entry was cancelled on the card reader.</source>
            <translation>Die Eingabe des PIN-Codes wurde am Kartenleser abgebrochen.</translation>
        </message>
        <message>
            <source>The PIN of this card is blocked after three wrong tries. It cannot be unblocked on a computer: go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>Der PIN-Code dieser Karte ist nach drei falschen Versuchen gesperrt. Er kann nicht am Computer entsperrt werden: Gehen Sie mit dem PUK-Code aus Ihrem PIN-Brief zu Ihrer Gemeinde, um einen neuen PIN-Code zu wählen.</translation>
        </message>
        <message>
            <source>The PIN typed on the card reader is too short or too long: a PIN has 4 to 12 digits. No try was used.</source>
            <translation>Der am Kartenleser eingegebene PIN-Code ist zu kurz oder zu lang: Ein PIN-Code besteht aus 4 bis 12 Ziffern. Es wurde kein Versuch verbraucht.</translation>
        </message>
        <message>
            <source>The card does not answer. Check that it is inserted the right way round (chip first, facing up) and try again.</source>
            <translation>Die Karte antwortet nicht. Prüfen Sie, ob sie richtig herum eingesteckt ist (Chip voran, nach oben zeigend), und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The card in the reader is not the one this signature was prepared for. Insert the card the website chose and try again.</source>
            <translation>Die Karte im Kartenleser ist nicht die Karte, für die diese Signatur vorbereitet wurde. Stecken Sie die von der Website gewählte Karte ein und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The card reader reported an error. Take the card out, put it back and try again.</source>
            <translation>Der Kartenleser hat einen Fehler gemeldet. Nehmen Sie die Karte heraus, stecken Sie sie wieder ein und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The card reader “{reader}” was not found.</source>
            <translation>Der Kartenleser „{reader}“ wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>The card refused a command ({status}).</source>
            <translation>Die Karte hat einen Befehl abgelehnt ({status}).</translation>
        </message>
        <message>
            <source>The card was taken out of the reader before the operation finished. Insert it again.</source>
            <translation>Die Karte wurde aus dem Kartenleser genommen, bevor der Vorgang abgeschlossen war. Stecken Sie sie wieder ein.</translation>
        </message>
        <message>
            <source>The card was taken out while it was checking the PIN: one try may have been used. Insert the card again to see the tries left.</source>
            <translation>Die Karte wurde herausgenommen, während sie den PIN-Code prüfte: Möglicherweise wurde ein Versuch verbraucht. Stecken Sie die Karte wieder ein, um die verbleibenden Versuche zu sehen.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not hold a card: {reason}.</source>
            <translation>Der Ordner „{folder}“ enthält keine Karte: {reason}.</translation>
        </message>
        <message>
            <source>The identity data sent by the page cannot be trusted: their signatures or certificates do not check out.</source>
            <translation>Den von der Seite gesendeten Identitätsdaten kann nicht vertraut werden: Ihre Signaturen oder Zertifikate stimmen nicht.</translation>
        </message>
        <message>
            <source>The keypad of the card reader did not work as expected. Try again, or turn off the use of the reader's keypad in the settings and type your PIN on the computer.</source>
            <translation>Die Tastatur des Kartenlesers hat nicht wie erwartet funktioniert. Versuchen Sie es erneut, oder schalten Sie in den Einstellungen die Verwendung der Tastatur des Kartenlesers aus und geben Sie Ihren PIN-Code am Computer ein.</translation>
        </message>
        <message>
            <source>The login token is not valid: {reason}.</source>
            <translation>Das Anmeldetoken ist nicht gültig: {reason}.</translation>
        </message>
        <message>
            <source>The operation was cancelled; nothing more was sent to the card.</source>
            <translation>Der Vorgang wurde abgebrochen; es wurde nichts mehr an die Karte gesendet.</translation>
        </message>
        <message>
            <source>The private PC/SC service for the simulator could not start: {reason}.</source>
            <translation>Der eigene PC/SC-Dienst des Simulators konnte nicht gestartet werden: {reason}.</translation>
        </message>
        <message>
            <source>The recorded session “{path}” cannot be used: {reason}</source>
            <translation>Die aufgezeichnete Sitzung „{path}“ kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <source>The replayed card received an unexpected command at step {step} ({comment}): expected {expected}, got {actual}.</source>
            <translation>Die wiedergegebene Karte hat bei Schritt {step} ({comment}) einen unerwarteten Befehl erhalten: erwartet {expected}, erhalten {actual}.</translation>
        </message>
        <message>
            <source>The request is not valid: {what}.</source>
            <translation>Die Anfrage ist nicht gültig: {what}.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running. Start it, or install the package pcscd, then try again.</source>
            <translation>Der Chipkartendienst (pcscd) läuft nicht. Starten Sie ihn oder installieren Sie das Paket pcscd und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same; nothing was sent to the card.</source>
            <translation>Die beiden neuen PIN-Codes stimmen nicht überein; es wurde nichts an die Karte gesendet.</translation>
        </message>
        <message>
            <source>The two new PINs typed on the card reader are not the same. Your PIN was not changed.</source>
            <translation>Die beiden am Kartenleser eingegebenen neuen PIN-Codes stimmen nicht überein. Ihr PIN-Code wurde nicht geändert.</translation>
        </message>
        <message>
            <source>The {file} on the card could not be read.</source>
            <translation>Auf der Karte konnte {file} nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The {file} on the card is damaged or incomplete. Try again; if it keeps failing, have the card checked at your municipality.</source>
            <translation>Auf der Karte ist {file} beschädigt oder unvollständig. Versuchen Sie es erneut; wenn der Fehler weiterhin auftritt, lassen Sie die Karte bei Ihrer Gemeinde überprüfen.</translation>
        </message>
        <message>
            <source>The {file} was not found on the card.</source>
            <translation>Auf der Karte wurde {file} nicht gefunden.</translation>
        </message>
        <message>
            <source>There is no card in the reader. Insert your eID card and try again.</source>
            <translation>Es befindet sich keine Karte im Kartenleser. Stecken Sie Ihre eID-Karte ein und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>There is no terminal to type the PIN on without it showing. Run the command in a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>Es gibt kein Terminal, um den PIN-Code verdeckt einzugeben. Führen Sie den Befehl in einem Terminal aus oder geben Sie den PIN-Code mit --pin-stdin über die Standardeingabe ein.</translation>
        </message>
        <message>
            <source>This card has no authentication certificate (children under 12 have none), so it cannot log in.</source>
            <translation>Diese Karte hat kein Authentifizierungszertifikat (Kinder unter 12 Jahren haben keines), daher kann sie nicht zur Anmeldung verwendet werden.</translation>
        </message>
        <message>
            <source>This card has not been activated yet. It is activated at your municipality when you collect it, with the codes of your PIN letter.</source>
            <translation>Diese Karte wurde noch nicht aktiviert. Sie wird bei Ihrer Gemeinde mit den Codes aus Ihrem PIN-Brief aktiviert, wenn Sie sie abholen.</translation>
        </message>
        <message>
            <source>This card is not a Belgian eID card, or its version is not supported.</source>
            <translation>Diese Karte ist keine belgische eID-Karte, oder ihre Version wird nicht unterstützt.</translation>
        </message>
        <message>
            <source>This file is not an eID file that can be opened: it is damaged or in an unknown format.</source>
            <translation>Diese Datei ist keine eID-Datei, die geöffnet werden kann: Sie ist beschädigt oder in einem unbekannten Format.</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the card blocks the PIN: {tries_left}.</source>
            <translation>Falscher PIN-Code. Verbleibende Versuche, bevor die Karte den PIN-Code sperrt: {tries_left}.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>it is larger than 1 MiB</source>
            <translation>sie ist größer als 1 MiB</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>es ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>it is not a certificate (PEM or DER)</source>
            <translation>es ist kein Zertifikat (PEM oder DER)</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Teilen</translation>
        </message>
        <message>
            <source>Insert your eID card</source>
            <translation>Stecken Sie Ihre eID-Karte ein</translation>
        </message>
        <message>
            <source>Share your signature certificate</source>
            <translation>Ihr Signaturzertifikat weitergeben</translation>
        </message>
        <message>
            <source>The card in the reader is not the one {site} prepared the signature for. Insert the card you chose on the site.</source>
            <translation>Die Karte im Kartenleser ist nicht die, für die {site} die Signatur vorbereitet hat. Stecken Sie die Karte ein, die Sie auf der Website gewählt haben.</translation>
        </message>
        <message>
            <source>The login did not work</source>
            <translation>Die Anmeldung hat nicht funktioniert</translation>
        </message>
        <message>
            <source>Your card answered the login of {site}.</source>
            <translation>Ihre Karte hat die Anmeldung bei {site} beantwortet.</translation>
        </message>
        <message>
            <source>Your card signed the document of {site}.</source>
            <translation>Ihre Karte hat das Dokument von {site} signiert.</translation>
        </message>
        <message>
            <source>{site} asks for the certificate of your signature ({name}), to prepare a document for you to sign. Nothing is signed now. Share the certificate with this site?</source>
            <translation>{site} fragt nach dem Zertifikat Ihrer Signatur ({name}), um ein Dokument zum Signieren vorzubereiten. Jetzt wird nichts signiert. Das Zertifikat an diese Website weitergeben?</translation>
        </message>
        <message>
            <source>{site} asks for your eID card. Insert it in the card reader.</source>
            <translation>{site} fragt nach Ihrer eID-Karte. Stecken Sie sie in den Kartenleser.</translation>
        </message>
        <message>
            <source>{site} asks you to log in with your eID card.</source>
            <translation>{site} bittet Sie, sich mit Ihrer eID-Karte anzumelden.</translation>
        </message>
        <message>
            <source>{site} asks you to sign a document with your eID card.</source>
            <translation>{site} bittet Sie, ein Dokument mit Ihrer eID-Karte zu signieren.</translation>
        </message>
    </context>
    <context>
        <name>pin</name>
        <message>
            <source>Current PIN (tries left: {tries}): </source>
            <translation>Aktueller PIN-Code (verbleibende Versuche: {tries}): </translation>
        </message>
        <message>
            <source>New PIN (4 to 12 digits): </source>
            <translation>Neuer PIN-Code (4 bis 12 Ziffern): </translation>
        </message>
        <message>
            <source>New PIN again: </source>
            <translation>Neuen PIN-Code wiederholen: </translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice (tries left: {tries}).</source>
            <translation>Geben Sie auf der Tastatur des Kartenlesers Ihren aktuellen PIN-Code und dann zweimal den neuen PIN-Code ein (verbleibende Versuche: {tries}).</translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice.</source>
            <translation>Geben Sie auf der Tastatur des Kartenlesers Ihren aktuellen PIN-Code und dann zweimal den neuen PIN-Code ein.</translation>
        </message>
        <message>
            <source>PIN (tries left: {tries}): </source>
            <translation>PIN-Code (verbleibende Versuche: {tries}): </translation>
        </message>
        <message>
            <source>PIN tries left: {tries}.</source>
            <translation>Verbleibende Versuche für den PIN-Code: {tries}.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>PIN-Code: </translation>
        </message>
        <message>
            <source>The PIN is blocked. Go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>Der PIN-Code ist gesperrt. Gehen Sie mit dem PUK-Code aus Ihrem PIN-Brief zu Ihrer Gemeinde, um einen neuen PIN-Code zu wählen.</translation>
        </message>
        <message>
            <source>The PIN is changed. Use the new PIN from now on.</source>
            <translation>Der PIN-Code wurde geändert. Verwenden Sie ab jetzt den neuen PIN-Code.</translation>
        </message>
        <message>
            <source>The PIN is correct.</source>
            <translation>Der PIN-Code ist korrekt.</translation>
        </message>
        <message>
            <source>This card (applet 1.1) cannot tell the tries left without using one, so they are not shown.</source>
            <translation>Diese Karte (applet 1.1) kann die Anzahl der verbleibenden Versuche nicht angeben, ohne einen zu verbrauchen; sie wird daher nicht angezeigt.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad (tries left: {tries}).</source>
            <translation>Geben Sie Ihren PIN-Code auf der Tastatur des Kartenlesers ein (verbleibende Versuche: {tries}).</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad.</source>
            <translation>Geben Sie Ihren PIN-Code auf der Tastatur des Kartenlesers ein.</translation>
        </message>
    </context>
    <context>
        <name>request parts</name>
        <message>
            <source>the certificate</source>
            <translation>das Zertifikat</translation>
        </message>
        <message>
            <source>the hash function</source>
            <translation>die Hashfunktion</translation>
        </message>
        <message>
            <source>the hash to sign</source>
            <translation>der zu signierende Hashwert</translation>
        </message>
        <message>
            <source>the login challenge</source>
            <translation>die Anmelde-Challenge</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>die Anfrage</translation>
        </message>
        <message>
            <source>the requested data</source>
            <translation>die angeforderten Daten</translation>
        </message>
        <message>
            <source>the site's address (origin)</source>
            <translation>die Adresse der Website (Origin)</translation>
        </message>
    </context>
    <context>
        <name>revocation problems</name>
        <message>
            <source>its revocation service is not on the list of services to ask</source>
            <translation>sein Widerrufsdienst steht nicht auf der Liste der abzufragenden Dienste</translation>
        </message>
        <message>
            <source>no revocation service gave an answer</source>
            <translation>kein Widerrufsdienst hat geantwortet</translation>
        </message>
        <message>
            <source>the certificate names no revocation service</source>
            <translation>das Zertifikat nennt keinen Widerrufsdienst</translation>
        </message>
        <message>
            <source>the revocation service could not be reached (check the internet connection)</source>
            <translation>der Widerrufsdienst ist nicht erreichbar (prüfen Sie die Internetverbindung)</translation>
        </message>
        <message>
            <source>the revocation service does not know this certificate</source>
            <translation>der Widerrufsdienst kennt dieses Zertifikat nicht</translation>
        </message>
        <message>
            <source>the revocation service's answer could not be trusted</source>
            <translation>der Antwort des Widerrufsdienstes kann nicht vertraut werden</translation>
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <source>it is already running</source>
            <translation>er läuft bereits</translation>
        </message>
        <message>
            <source>pcscd did not start in its private namespaces (details with -v)</source>
            <translation>pcscd ist in seinen eigenen Namespaces nicht gestartet (Details mit -v)</translation>
        </message>
        <message>
            <source>pcscd is not installed (apt install pcscd)</source>
            <translation>pcscd ist nicht installiert (apt install pcscd)</translation>
        </message>
        <message>
            <source>the vpcd virtual reader driver was not found; run installer/debian/bootstrap.sh --test</source>
            <translation>der Treiber des virtuellen Lesers vpcd wurde nicht gefunden; führen Sie installer/debian/bootstrap.sh --test aus</translation>
        </message>
        <message>
            <source>unshare is not installed (apt install util-linux)</source>
            <translation>unshare ist nicht installiert (apt install util-linux)</translation>
        </message>
    </context>
    <context>
        <name>token problems</name>
        <message>
            <source>it is not a well-formed Web eID token</source>
            <translation>es ist kein korrekt aufgebautes Web-eID-Token</translation>
        </message>
        <message>
            <source>its certificate cannot be read</source>
            <translation>sein Zertifikat kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>its certificate has a policy this site refuses</source>
            <translation>sein Zertifikat hat eine Richtlinie, die diese Website ablehnt</translation>
        </message>
        <message>
            <source>its certificate has been revoked</source>
            <translation>sein Zertifikat wurde widerrufen</translation>
        </message>
        <message>
            <source>its certificate has expired</source>
            <translation>sein Zertifikat ist abgelaufen</translation>
        </message>
        <message>
            <source>its certificate is not meant for logging in</source>
            <translation>sein Zertifikat ist nicht für die Anmeldung bestimmt</translation>
        </message>
        <message>
            <source>its certificate is not valid yet</source>
            <translation>sein Zertifikat ist noch nicht gültig</translation>
        </message>
        <message>
            <source>its certificate was not issued by a trusted authority</source>
            <translation>sein Zertifikat wurde nicht von einer vertrauenswürdigen Stelle ausgestellt</translation>
        </message>
        <message>
            <source>its format is not web-eid:1</source>
            <translation>sein Format ist nicht web-eid:1</translation>
        </message>
        <message>
            <source>its signature algorithm is not supported</source>
            <translation>sein Signaturalgorithmus wird nicht unterstützt</translation>
        </message>
        <message>
            <source>its signature is not for this site and this challenge</source>
            <translation>seine Signatur gilt nicht für diese Website und diese Challenge</translation>
        </message>
        <message>
            <source>the challenge is not valid</source>
            <translation>die Challenge ist nicht gültig</translation>
        </message>
        <message>
            <source>the site's address (origin) is not valid</source>
            <translation>die Adresse der Website (Origin) ist nicht gültig</translation>
        </message>
        <message>
            <source>whether its certificate was revoked cannot be checked</source>
            <translation>ob sein Zertifikat widerrufen wurde, kann nicht geprüft werden</translation>
        </message>
    </context>
    <context>
        <name>web eid</name>
        <message>
            <source>Log in to {site} with your eID card.</source>
            <translation>Melden Sie sich mit Ihrer eID-Karte bei {site} an.</translation>
        </message>
        <message>
            <source>Sign with your eID card (a qualified electronic signature).</source>
            <translation>Signieren Sie mit Ihrer eID-Karte (qualifizierte elektronische Signatur).</translation>
        </message>
        <message>
            <source>The token is valid. It was signed by: {subject}</source>
            <translation>Das Token ist gültig. Es wurde signiert von: {subject}</translation>
        </message>
    </context>
</TS>
