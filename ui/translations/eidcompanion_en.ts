<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>PIN</name>
        <message>
            <source>&amp;Change PIN</source>
            <translation>&amp;Change PIN</translation>
        </message>
        <message>
            <source>&amp;Test PIN</source>
            <translation>&amp;Test PIN</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>4 to 12 digits</translation>
        </message>
        <message>
            <source>Careful: this is the last try. A wrong PIN now blocks the card.</source>
            <translation>Careful: this is the last try. A wrong PIN now blocks the card.</translation>
        </message>
        <message>
            <source>Change your PIN</source>
            <translation>Change your PIN</translation>
        </message>
        <message>
            <source>Checking the PIN with the card…</source>
            <translation>Checking the PIN with the card…</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Current PIN</translation>
        </message>
        <message>
            <source>Enter your PIN</source>
            <translation>Enter your PIN</translation>
        </message>
        <message>
            <source>Follow the card reader's display: type your current PIN, then the new PIN twice, on its keypad.</source>
            <translation>Follow the card reader's display: type your current PIN, then the new PIN twice, on its keypad.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>New PIN again</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN tries left: {tries} of 3.</source>
            <translation>PIN tries left: {tries} of 3.</translation>
        </message>
        <message>
            <source>PIN: blocked.</source>
            <translation>PIN: blocked.</translation>
        </message>
        <message>
            <source>PIN: this old card cannot tell its tries left without using one.</source>
            <translation>PIN: this old card cannot tell its tries left without using one.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same.</source>
            <translation>The two new PINs are not the same.</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card (tries left: {tries}).</source>
            <translation>Type the PIN of your eID card (tries left: {tries}).</translation>
        </message>
        <message>
            <source>Type the PIN of your eID card.</source>
            <translation>Type the PIN of your eID card.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad, then press its OK key (tries left: {tries}).</source>
            <translation>Type your PIN on the card reader's keypad, then press its OK key (tries left: {tries}).</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the PIN is blocked: {tries}. Type it again, or cancel.</source>
            <translation>Wrong PIN. Tries left before the PIN is blocked: {tries}. Type it again, or cancel.</translation>
        </message>
        <message>
            <source>Your PIN is correct.</source>
            <translation>Your PIN is correct.</translation>
        </message>
        <message>
            <source>Your PIN was changed. Use the new PIN from now on.</source>
            <translation>Your PIN was changed. Use the new PIN from now on.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>&amp;Close the file</source>
            <translation>&amp;Close the file</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Open an eID file…</source>
            <translation>&amp;Open an eID file…</translation>
        </message>
        <message>
            <source>&amp;Print the identity…</source>
            <translation>&amp;Print the identity…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Save as eID file…</source>
            <translation>&amp;Save as eID file…</translation>
        </message>
        <message>
            <source>&amp;Show the window</source>
            <translation>&amp;Show the window</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Authenticity</translation>
        </message>
        <message>
            <source>Built-in virtual reader (simulated card)</source>
            <translation>Built-in virtual reader (simulated card)</translation>
        </message>
        <message>
            <source>Card and PIN</source>
            <translation>Card and PIN</translation>
        </message>
        <message>
            <source>Card reader:</source>
            <translation>Card reader:</translation>
        </message>
        <message>
            <source>Certificate, PEM text (*.pem)</source>
            <translation>Certificate, PEM text (*.pem)</translation>
        </message>
        <message>
            <source>Certificate, binary DER (*.der *.cer)</source>
            <translation>Certificate, binary DER (*.der *.cer)</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Export the identity as &amp;PDF…</source>
            <translation>Export the identity as &amp;PDF…</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>No photo</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Photo of the card holder</source>
            <translation>Photo of the card holder</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Saved to {path}.</translation>
        </message>
        <message>
            <source>The file could not be opened.</source>
            <translation>The file could not be opened.</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>The file could not be saved: {reason}</translation>
        </message>
        <message>
            <source>eID Companion</source>
            <translation>eID Companion</translation>
        </message>
        <message>
            <source>eID Companion {version}: reads, checks and uses your Belgian eID card. Free software (GPL 3 or later).</source>
            <translation>eID Companion {version}: reads, checks and uses your Belgian eID card. Free software (GPL 3 or later).</translation>
        </message>
        <message>
            <source>eID files (*.eid)</source>
            <translation>eID files (*.eid)</translation>
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
            <translation>Asking the revocation services…</translation>
        </message>
        <message>
            <source>Card data</source>
            <translation>Card data</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Check &amp;revocation online</source>
            <translation>Check &amp;revocation online</translation>
        </message>
        <message>
            <source>Data opened from a file cannot be checked: insert the card.</source>
            <translation>Data opened from a file cannot be checked: insert the card.</translation>
        </message>
        <message>
            <source>Everything checked is authentic and valid.</source>
            <translation>Everything checked is authentic and valid.</translation>
        </message>
        <message>
            <source>Export as &amp;DER…</source>
            <translation>Export as &amp;DER…</translation>
        </message>
        <message>
            <source>Export as &amp;PEM…</source>
            <translation>Export as &amp;PEM…</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Revocation was not asked yet: press “Check revocation online” when you are connected.</source>
            <translation>Revocation was not asked yet: press “Check revocation online” when you are connected.</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256 fingerprint</translation>
        </message>
        <message>
            <source>Some checks failed: do not rely on these data.</source>
            <translation>Some checks failed: do not rely on these data.</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>The data on the card are signed by the National Register. These checks run on this computer; whether a certificate was revoked needs the internet.</source>
            <translation>The data on the card are signed by the National Register. These checks run on this computer; whether a certificate was revoked needs the internet.</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>not on this card</source>
            <translation>not on this card</translation>
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
            <translation>FROM A FILE: these data were opened from {path}, not read from a card. They cannot be checked for authenticity.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Hide details</translation>
        </message>
        <message>
            <source>If you no longer have your PUK letter, ask your municipality for new codes: they are sent to you by post.</source>
            <translation>If you no longer have your PUK letter, ask your municipality for new codes: they are sent to you by post.</translation>
        </message>
        <message>
            <source>Insert your eID card in the card reader, chip first and facing up.</source>
            <translation>Insert your eID card in the card reader, chip first and facing up.</translation>
        </message>
        <message>
            <source>Looking for card readers…</source>
            <translation>Looking for card readers…</translation>
        </message>
        <message>
            <source>No card reader is connected. Plug in your card reader. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>No card reader is connected. Plug in your card reader. Meanwhile you can try the app with the built-in virtual card.</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Read again</translation>
        </message>
        <message>
            <source>Reading the card… Keep it in the reader.</source>
            <translation>Reading the card… Keep it in the reader.</translation>
        </message>
        <message>
            <source>SIMULATED CARD: this is the built-in virtual card with made-up data, not a real person's card. Its PIN is 1234.</source>
            <translation>SIMULATED CARD: this is the built-in virtual card with made-up data, not a real person's card. Its PIN is 1234.</translation>
        </message>
        <message>
            <source>TEST CARD: this card is signed by a test authority, not by the Belgian state.</source>
            <translation>TEST CARD: this card is signed by a test authority, not by the Belgian state.</translation>
        </message>
        <message>
            <source>Take out the virtual card</source>
            <translation>Take out the virtual card</translation>
        </message>
        <message>
            <source>The card was taken out. Its data have been cleared from the screen. Insert a card to read it.</source>
            <translation>The card was taken out. Its data have been cleared from the screen. Insert a card to read it.</translation>
        </message>
        <message>
            <source>The smart card service is not running, so no card reader can be used. Ask the person who manages this computer to install and start pcscd. Meanwhile you can try the app with the built-in virtual card.</source>
            <translation>The smart card service is not running, so no card reader can be used. Ask the person who manages this computer to install and start pcscd. Meanwhile you can try the app with the built-in virtual card.</translation>
        </message>
        <message>
            <source>Try the virtual card</source>
            <translation>Try the virtual card</translation>
        </message>
        <message>
            <source>Your card has been read. When you take it out, its data are cleared from the screen.</source>
            <translation>Your card has been read. When you take it out, its data are cleared from the screen.</translation>
        </message>
    </context>
    <context>
        <name>browser setup</name>
        <message>
            <source>Let websites ask for a login with your eID card (register eID Companion with your browsers)?</source>
            <translation>Let websites ask for a login with your eID card (register eID Companion with your browsers)?</translation>
        </message>
        <message>
            <source>No browser was found on this computer. Name one with --browser.</source>
            <translation>No browser was found on this computer. Name one with --browser.</translation>
        </message>
        <message>
            <source>You can do it later with: eidcompanion browser-setup</source>
            <translation>You can do it later with: eidcompanion browser-setup</translation>
        </message>
        <message>
            <source>[Y/n]</source>
            <translation>[Y/n]</translation>
        </message>
        <message>
            <source>system-wide registration needs administrator rights (sudo)</source>
            <translation>system-wide registration needs administrator rights (sudo)</translation>
        </message>
        <message>
            <source>y yes</source>
            <translation>y yes</translation>
        </message>
        <message>
            <source>{browser} is installed as a {kind} package, which cannot start programs such as eID Companion's bridge. To log in with your card, install {browser} from your distribution's packages (Firefox on Debian: apt install firefox-esr).</source>
            <translation>{browser} is installed as a {kind} package, which cannot start programs such as eID Companion's bridge. To log in with your card, install {browser} from your distribution's packages (Firefox on Debian: apt install firefox-esr).</translation>
        </message>
        <message>
            <source>{browser}: another program (the Web eID application) is registered as {host} in {path}; it was kept. To use eID Companion instead, run again with --replace-webeid (the other registration is set aside, and --remove puts it back).</source>
            <translation>{browser}: another program (the Web eID application) is registered as {host} in {path}; it was kept. To use eID Companion instead, run again with --replace-webeid (the other registration is set aside, and --remove puts it back).</translation>
        </message>
        <message>
            <source>{browser}: {host} belongs to another program ({path})</source>
            <translation>{browser}: {host} belongs to another program ({path})</translation>
        </message>
        <message>
            <source>{browser}: {host} is not registered: run eidcompanion browser-setup</source>
            <translation>{browser}: {host} is not registered: run eidcompanion browser-setup</translation>
        </message>
        <message>
            <source>{browser}: {host} reachable (bridge {detail})</source>
            <translation>{browser}: {host} reachable (bridge {detail})</translation>
        </message>
        <message>
            <source>{browser}: {host} registered in {path}</source>
            <translation>{browser}: {host} registered in {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} removed from {path}</source>
            <translation>{browser}: {host} removed from {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} removed; the Web eID application's own registration is back in {path}</source>
            <translation>{browser}: {host} removed; the Web eID application's own registration is back in {path}</translation>
        </message>
        <message>
            <source>{browser}: {host} was not registered</source>
            <translation>{browser}: {host} was not registered</translation>
        </message>
        <message>
            <source>{browser}: {host}: the bridge does not answer ({detail})</source>
            <translation>{browser}: {host}: the bridge does not answer ({detail})</translation>
        </message>
        <message>
            <source>{browser}: {host}: the program its registration names is missing or cannot run ({detail}): run eidcompanion browser-setup again</source>
            <translation>{browser}: {host}: the program its registration names is missing or cannot run ({detail}): run eidcompanion browser-setup again</translation>
        </message>
        <message>
            <source>{browser}: {host}: the registration does not allow the Web eID extension: run eidcompanion browser-setup again</source>
            <translation>{browser}: {host}: the registration does not allow the Web eID extension: run eidcompanion browser-setup again</translation>
        </message>
    </context>
    <context>
        <name>card fields</name>
        <message>
            <source>(check digits do not match)</source>
            <translation>(check digits do not match)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Applet version</source>
            <translation>Applet version</translation>
        </message>
        <message>
            <source>Authentication</source>
            <translation>Authentication</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Box</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Certification authority</source>
            <translation>Certification authority</translation>
        </message>
        <message>
            <source>Chip number</source>
            <translation>Chip number</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Document type</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Employer VAT number</source>
            <translation>Employer VAT number</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>House number</translation>
        </message>
        <message>
            <source>Issued in</source>
            <translation>Issued in</translation>
        </message>
        <message>
            <source>JPEG, {size} bytes</source>
            <translation>JPEG, {size} bytes</translation>
        </message>
        <message>
            <source>Member of family</source>
            <translation>Member of family</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Mentions</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>National Register</source>
            <translation>National Register</translation>
        </message>
        <message>
            <source>National register number</source>
            <translation>National register number</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Noble condition</source>
            <translation>Noble condition</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Reader</translation>
        </message>
        <message>
            <source>Regional file number</source>
            <translation>Regional file number</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Registration date</translation>
        </message>
        <message>
            <source>Root</source>
            <translation>Root</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Special organisation</source>
            <translation>Special organisation</translation>
        </message>
        <message>
            <source>Special status</source>
            <translation>Special status</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Surname</source>
            <translation>Surname</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Work permit</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>from {begin} to {end}</source>
            <translation>from {begin} to {end}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
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
            <translation>{subject}, valid until {not_after}</translation>
        </message>
    </context>
    <context>
        <name>card files</name>
        <message>
            <source>National Register certificate</source>
            <translation>National Register certificate</translation>
        </message>
        <message>
            <source>address file</source>
            <translation>address file</translation>
        </message>
        <message>
            <source>address signature file</source>
            <translation>address signature file</translation>
        </message>
        <message>
            <source>authentication certificate</source>
            <translation>authentication certificate</translation>
        </message>
        <message>
            <source>card key file</source>
            <translation>card key file</translation>
        </message>
        <message>
            <source>certification authority certificate</source>
            <translation>certification authority certificate</translation>
        </message>
        <message>
            <source>identity file</source>
            <translation>identity file</translation>
        </message>
        <message>
            <source>identity signature file</source>
            <translation>identity signature file</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>root certificate</source>
            <translation>root certificate</translation>
        </message>
        <message>
            <source>signature certificate</source>
            <translation>signature certificate</translation>
        </message>
    </context>
    <context>
        <name>card folders</name>
        <message>
            <source>files missing: {files}</source>
            <translation>files missing: {files}</translation>
        </message>
        <message>
            <source>it is not a folder</source>
            <translation>it is not a folder</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is empty</source>
            <translation>the National Register certificate file (503C) is empty</translation>
        </message>
        <message>
            <source>the National Register certificate file (503C) is not a certificate</source>
            <translation>the National Register certificate file (503C) is not a certificate</translation>
        </message>
        <message>
            <source>the file {file} cannot be read</source>
            <translation>the file {file} cannot be read</translation>
        </message>
    </context>
    <context>
        <name>card values</name>
        <message>
            <source>A card: limited stay</source>
            <translation>A card: limited stay</translation>
        </message>
        <message>
            <source>A card: limited stay (EU residence permit format)</source>
            <translation>A card: limited stay (EU residence permit format)</translation>
        </message>
        <message>
            <source>Article 18(1) of the Brexit withdrawal agreement</source>
            <translation>Article 18(1) of the Brexit withdrawal agreement</translation>
        </message>
        <message>
            <source>B card: unlimited stay</source>
            <translation>B card: unlimited stay</translation>
        </message>
        <message>
            <source>B card: unlimited stay (EU residence permit format)</source>
            <translation>B card: unlimited stay (EU residence permit format)</translation>
        </message>
        <message>
            <source>Belgian identity card (eID)</source>
            <translation>Belgian identity card (eID)</translation>
        </message>
        <message>
            <source>C card: identity card for foreigners</source>
            <translation>C card: identity card for foreigners</translation>
        </message>
        <message>
            <source>D card: EU long-term resident</source>
            <translation>D card: EU long-term resident</translation>
        </message>
        <message>
            <source>E card: registration certificate of an EU citizen</source>
            <translation>E card: registration certificate of an EU citizen</translation>
        </message>
        <message>
            <source>E+ card: permanent residence of an EU citizen</source>
            <translation>E+ card: permanent residence of an EU citizen</translation>
        </message>
        <message>
            <source>EU card: registration certificate of an EU citizen</source>
            <translation>EU card: registration certificate of an EU citizen</translation>
        </message>
        <message>
            <source>EU+ card: permanent residence of an EU citizen</source>
            <translation>EU+ card: permanent residence of an EU citizen</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen</source>
            <translation>F card: family member of an EU citizen</translation>
        </message>
        <message>
            <source>F card: family member of an EU citizen (EU residence permit format)</source>
            <translation>F card: family member of an EU citizen (EU residence permit format)</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen</source>
            <translation>F+ card: permanent residence of a family member of an EU citizen</translation>
        </message>
        <message>
            <source>F+ card: permanent residence of a family member of an EU citizen (EU residence permit format)</source>
            <translation>F+ card: permanent residence of a family member of an EU citizen (EU residence permit format)</translation>
        </message>
        <message>
            <source>H card: EU Blue Card</source>
            <translation>H card: EU Blue Card</translation>
        </message>
        <message>
            <source>I card: intra-corporate transfer permit</source>
            <translation>I card: intra-corporate transfer permit</translation>
        </message>
        <message>
            <source>J card: long-term mobility (intra-corporate transfer)</source>
            <translation>J card: long-term mobility (intra-corporate transfer)</translation>
        </message>
        <message>
            <source>K card: unlimited stay</source>
            <translation>K card: unlimited stay</translation>
        </message>
        <message>
            <source>Kids-ID (child under 12)</source>
            <translation>Kids-ID (child under 12)</translation>
        </message>
        <message>
            <source>L card: EU long-term resident</source>
            <translation>L card: EU long-term resident</translation>
        </message>
        <message>
            <source>M card: Brexit withdrawal agreement</source>
            <translation>M card: Brexit withdrawal agreement</translation>
        </message>
        <message>
            <source>N card: frontier worker under the Brexit withdrawal agreement</source>
            <translation>N card: frontier worker under the Brexit withdrawal agreement</translation>
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
            <translation>bootstrap card</translation>
        </message>
        <message>
            <source>duplicate no. {number}</source>
            <translation>duplicate no. {number}</translation>
        </message>
        <message>
            <source>extended minority</source>
            <translation>extended minority</translation>
        </message>
        <message>
            <source>female</source>
            <translation>female</translation>
        </message>
        <message>
            <source>former European Blue Card</source>
            <translation>former European Blue Card</translation>
        </message>
        <message>
            <source>habilitation card</source>
            <translation>habilitation card</translation>
        </message>
        <message>
            <source>job search</source>
            <translation>job search</translation>
        </message>
        <message>
            <source>kids card for foreigners: A</source>
            <translation>kids card for foreigners: A</translation>
        </message>
        <message>
            <source>kids card for foreigners: B</source>
            <translation>kids card for foreigners: B</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU</source>
            <translation>kids card for foreigners: EU</translation>
        </message>
        <message>
            <source>kids card for foreigners: EU+</source>
            <translation>kids card for foreigners: EU+</translation>
        </message>
        <message>
            <source>kids card for foreigners: F</source>
            <translation>kids card for foreigners: F</translation>
        </message>
        <message>
            <source>kids card for foreigners: F+</source>
            <translation>kids card for foreigners: F+</translation>
        </message>
        <message>
            <source>kids card for foreigners: K</source>
            <translation>kids card for foreigners: K</translation>
        </message>
        <message>
            <source>kids card for foreigners: L</source>
            <translation>kids card for foreigners: L</translation>
        </message>
        <message>
            <source>kids card for foreigners: M</source>
            <translation>kids card for foreigners: M</translation>
        </message>
        <message>
            <source>labour market: limited</source>
            <translation>labour market: limited</translation>
        </message>
        <message>
            <source>labour market: no access</source>
            <translation>labour market: no access</translation>
        </message>
        <message>
            <source>labour market: unlimited</source>
            <translation>labour market: unlimited</translation>
        </message>
        <message>
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <source>mobility programme</source>
            <translation>mobility programme</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>original card</source>
            <translation>original card</translation>
        </message>
        <message>
            <source>permanent residence (Brexit withdrawal agreement)</source>
            <translation>permanent residence (Brexit withdrawal agreement)</translation>
        </message>
        <message>
            <source>protection granted on {date} ({country})</source>
            <translation>protection granted on {date} ({country})</translation>
        </message>
        <message>
            <source>researcher</source>
            <translation>researcher</translation>
        </message>
        <message>
            <source>school pupil</source>
            <translation>school pupil</translation>
        </message>
        <message>
            <source>seasonal worker</source>
            <translation>seasonal worker</translation>
        </message>
        <message>
            <source>student</source>
            <translation>student</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>trainee</translation>
        </message>
        <message>
            <source>unknown code {code}</source>
            <translation>unknown code {code}</translation>
        </message>
        <message>
            <source>volunteer</source>
            <translation>volunteer</translation>
        </message>
        <message>
            <source>white cane (blind person)</source>
            <translation>white cane (blind person)</translation>
        </message>
        <message>
            <source>white cane and extended minority</source>
            <translation>white cane and extended minority</translation>
        </message>
        <message>
            <source>yellow cane (partially sighted person)</source>
            <translation>yellow cane (partially sighted person)</translation>
        </message>
        <message>
            <source>yellow cane and extended minority</source>
            <translation>yellow cane and extended minority</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>Address signed by the National Register</source>
            <translation>Address signed by the National Register</translation>
        </message>
        <message>
            <source>Authentication certificate</source>
            <translation>Authentication certificate</translation>
        </message>
        <message>
            <source>Card key belongs to the identity</source>
            <translation>Card key belongs to the identity</translation>
        </message>
        <message>
            <source>Card proves it is the original</source>
            <translation>Card proves it is the original</translation>
        </message>
        <message>
            <source>Certification authority certificate</source>
            <translation>Certification authority certificate</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FAILED</translation>
        </message>
        <message>
            <source>Identity signed by the National Register</source>
            <translation>Identity signed by the National Register</translation>
        </message>
        <message>
            <source>National Register certificate</source>
            <translation>National Register certificate</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Photo belongs to the identity</source>
            <translation>Photo belongs to the identity</translation>
        </message>
        <message>
            <source>Root certificate</source>
            <translation>Root certificate</translation>
        </message>
        <message>
            <source>Signature certificate</source>
            <translation>Signature certificate</translation>
        </message>
        <message>
            <source>a Belgian root: {root}</source>
            <translation>a Belgian root: {root}</translation>
        </message>
        <message>
            <source>a TEST root, trusted only in the test configuration: {root}</source>
            <translation>a TEST root, trusted only in the test configuration: {root}</translation>
        </message>
        <message>
            <source>cannot be checked: its issuer, the {file}, is not valid</source>
            <translation>cannot be checked: its issuer, the {file}, is not valid</translation>
        </message>
        <message>
            <source>cannot be checked: the card key file is not authentic</source>
            <translation>cannot be checked: the card key file is not authentic</translation>
        </message>
        <message>
            <source>cannot be checked: the root certificate is not trusted</source>
            <translation>cannot be checked: the root certificate is not trusted</translation>
        </message>
        <message>
            <source>cannot be vouched for: the National Register certificate is not trusted</source>
            <translation>cannot be vouched for: the National Register certificate is not trusted</translation>
        </message>
        <message>
            <source>cannot be vouched for: the identity file is not authentic</source>
            <translation>cannot be vouched for: the identity file is not authentic</translation>
        </message>
        <message>
            <source>the card did not prove it holds the key of its card key file: it may be a copy</source>
            <translation>the card did not prove it holds the key of its card key file: it may be a copy</translation>
        </message>
        <message>
            <source>the card has no {file}</source>
            <translation>the card has no {file}</translation>
        </message>
        <message>
            <source>the {file} does not match its fingerprint in the identity file</source>
            <translation>the {file} does not match its fingerprint in the identity file</translation>
        </message>
        <message>
            <source>the {file} expired on {date}</source>
            <translation>the {file} expired on {date}</translation>
        </message>
        <message>
            <source>the {file} is not a Belgian root</source>
            <translation>the {file} is not a Belgian root</translation>
        </message>
        <message>
            <source>the {file} is not meant for this use</source>
            <translation>the {file} is not meant for this use</translation>
        </message>
        <message>
            <source>the {file} is not signed by its issuer</source>
            <translation>the {file} is not signed by its issuer</translation>
        </message>
        <message>
            <source>the {file} is not the one the National Register signed</source>
            <translation>the {file} is not the one the National Register signed</translation>
        </message>
        <message>
            <source>the {file} is not valid before {date}</source>
            <translation>the {file} is not valid before {date}</translation>
        </message>
        <message>
            <source>the {file} was revoked on {date}</source>
            <translation>the {file} was revoked on {date}</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>valid under a TEST root (a test or simulated card)</source>
            <translation>valid under a TEST root (a test or simulated card)</translation>
        </message>
        <message>
            <source>valid, but whether it was revoked is unknown: {problem}</source>
            <translation>valid, but whether it was revoked is unknown: {problem}</translation>
        </message>
        <message>
            <source>valid; revocation was not checked (switched off)</source>
            <translation>valid; revocation was not checked (switched off)</translation>
        </message>
        <message>
            <source>{first} or the {second}</source>
            <translation>{first} or the {second}</translation>
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
            <translation>A private PC/SC service runs for this simulator. In another terminal, run:
  export PCSCLITE_CSOCK_NAME={socket}
then use eidcompanion or any PC/SC program there.</translation>
        </message>
        <message>
            <source>A simulated applet {version} card</source>
            <translation>A simulated applet {version} card</translation>
        </message>
        <message>
            <source>A simulated card made of the files in {folder}</source>
            <translation>A simulated card made of the files in {folder}</translation>
        </message>
        <message>
            <source>Authenticity</source>
            <translation>Authenticity</translation>
        </message>
        <message>
            <source>Certificates checked</source>
            <translation>Certificates checked</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <source>No card reader found.</source>
            <translation>No card reader found.</translation>
        </message>
        <message>
            <source>No card reader is plugged in, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>No card reader is plugged in, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</translation>
        </message>
        <message>
            <source>Photo saved to {path}.</source>
            <translation>Photo saved to {path}.</translation>
        </message>
        <message>
            <source>Recorded {count} exchanges to {path}.</source>
            <translation>Recorded {count} exchanges to {path}.</translation>
        </message>
        <message>
            <source>Simulated card: these are not a real person's data.</source>
            <translation>Simulated card: these are not a real person's data.</translation>
        </message>
        <message>
            <source>The reader closed the connection; inserting the card again.</source>
            <translation>The reader closed the connection; inserting the card again.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>The smart card service (pcscd) is not running, so this reads the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</translation>
        </message>
        <message>
            <source>This file holds the card holder's personal data; only you can read it. To share a trace, record it again with --anonymize.</source>
            <translation>This file holds the card holder's personal data; only you can read it. To share a trace, record it again with --anonymize.</translation>
        </message>
        <message>
            <source>This is the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</source>
            <translation>This is the built-in virtual card: a simulated applet {version} card holding made-up specimen data.</translation>
        </message>
        <message>
            <source>Waiting for the vpcd reader ({where})...</source>
            <translation>Waiting for the vpcd reader ({where})...</translation>
        </message>
        <message>
            <source>card present</source>
            <translation>card present</translation>
        </message>
        <message>
            <source>no card</source>
            <translation>no card</translation>
        </message>
        <message>
            <source>{card} is in the reader ({where}). PIN {pin}, tries left: {tries}. Press Ctrl+C to take it out.</source>
            <translation>{card} is in the reader ({where}). PIN {pin}, tries left: {tries}. Press Ctrl+C to take it out.</translation>
        </message>
    </context>
    <context>
        <name>consent</name>
        <message>
            <source>&amp;Always allow this site for these data</source>
            <translation>&amp;Always allow this site for these data</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>&amp;Refuse</translation>
        </message>
        <message>
            <source>&amp;Websites allowed to read your card…</source>
            <translation>&amp;Websites allowed to read your card…</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Allow &amp;once</source>
            <translation>Allow &amp;once</translation>
        </message>
        <message>
            <source>Data from your card were sent to {site}.</source>
            <translation>Data from your card were sent to {site}.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>No website is always allowed to read your card.</source>
            <translation>No website is always allowed to read your card.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Proof of authenticity</source>
            <translation>Proof of authenticity</translation>
        </message>
        <message>
            <source>Share data from your card</source>
            <translation>Share data from your card</translation>
        </message>
        <message>
            <source>Websites allowed to read your card</source>
            <translation>Websites allowed to read your card</translation>
        </message>
        <message>
            <source>the card's files and the National Register's signatures, so that the site can check them</source>
            <translation>the card's files and the National Register's signatures, so that the site can check them</translation>
        </message>
        <message>
            <source>{site} asks for these data from your eID card:</source>
            <translation>{site} asks for these data from your eID card:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>A PIN has 4 to 12 digits and nothing else.</source>
            <translation>A PIN has 4 to 12 digits and nothing else.</translation>
        </message>
        <message>
            <source>Another program is using the card reader. Close the other program (for example the eID viewer or a browser tab) and try again.</source>
            <translation>Another program is using the card reader. Close the other program (for example the eID viewer or a browser tab) and try again.</translation>
        </message>
        <message>
            <source>Another program reset the card during the operation. Try again, with the other program closed.</source>
            <translation>Another program reset the card during the operation. Try again, with the other program closed.</translation>
        </message>
        <message>
            <source>Cannot read “{path}”: {reason}.</source>
            <translation>Cannot read “{path}”: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>Cannot write “{path}”: {reason}.</translation>
        </message>
        <message>
            <source>No PIN was given; nothing was sent to the card.</source>
            <translation>No PIN was given; nothing was sent to the card.</translation>
        </message>
        <message>
            <source>No PIN was typed on the card reader's keypad in time. No try was used: try again and type your PIN on the reader.</source>
            <translation>No PIN was typed on the card reader's keypad in time. No try was used: try again and type your PIN on the reader.</translation>
        </message>
        <message>
            <source>No card reader was found. Plug in your card reader and try again.</source>
            <translation>No card reader was found. Plug in your card reader and try again.</translation>
        </message>
        <message>
            <source>Something went wrong with the eID card.</source>
            <translation>Something went wrong with the eID card.</translation>
        </message>
        <message>
            <source>The PIN entry was cancelled on the card reader.</source>
            <translation>The PIN entry was cancelled on the card reader.</translation>
        </message>
        <message>
            <source>The PIN of this card is blocked after three wrong tries. It cannot be unblocked on a computer: go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>The PIN of this card is blocked after three wrong tries. It cannot be unblocked on a computer: go to your municipality with the PUK code of your PIN letter to choose a new PIN.</translation>
        </message>
        <message>
            <source>The PIN typed on the card reader is too short or too long: a PIN has 4 to 12 digits. No try was used.</source>
            <translation>The PIN typed on the card reader is too short or too long: a PIN has 4 to 12 digits. No try was used.</translation>
        </message>
        <message>
            <source>The card does not answer. Check that it is inserted the right way round (chip first, facing up) and try again.</source>
            <translation>The card does not answer. Check that it is inserted the right way round (chip first, facing up) and try again.</translation>
        </message>
        <message>
            <source>The card in the reader is not the one this signature was prepared for. Insert the card the website chose and try again.</source>
            <translation>The card in the reader is not the one this signature was prepared for. Insert the card the website chose and try again.</translation>
        </message>
        <message>
            <source>The card reader reported an error. Take the card out, put it back and try again.</source>
            <translation>The card reader reported an error. Take the card out, put it back and try again.</translation>
        </message>
        <message>
            <source>The card reader “{reader}” was not found.</source>
            <translation>The card reader “{reader}” was not found.</translation>
        </message>
        <message>
            <source>The card refused a command ({status}).</source>
            <translation>The card refused a command ({status}).</translation>
        </message>
        <message>
            <source>The card was taken out of the reader before the operation finished. Insert it again.</source>
            <translation>The card was taken out of the reader before the operation finished. Insert it again.</translation>
        </message>
        <message>
            <source>The card was taken out while it was checking the PIN: one try may have been used. Insert the card again to see the tries left.</source>
            <translation>The card was taken out while it was checking the PIN: one try may have been used. Insert the card again to see the tries left.</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not hold a card: {reason}.</source>
            <translation>The folder “{folder}” does not hold a card: {reason}.</translation>
        </message>
        <message>
            <source>The identity data sent by the page cannot be trusted: their signatures or certificates do not check out.</source>
            <translation>The identity data sent by the page cannot be trusted: their signatures or certificates do not check out.</translation>
        </message>
        <message>
            <source>The keypad of the card reader did not work as expected. Try again, or turn off the use of the reader's keypad in the settings and type your PIN on the computer.</source>
            <translation>The keypad of the card reader did not work as expected. Try again, or turn off the use of the reader's keypad in the settings and type your PIN on the computer.</translation>
        </message>
        <message>
            <source>The login token is not valid: {reason}.</source>
            <translation>The login token is not valid: {reason}.</translation>
        </message>
        <message>
            <source>The operation was cancelled; nothing more was sent to the card.</source>
            <translation>The operation was cancelled; nothing more was sent to the card.</translation>
        </message>
        <message>
            <source>The private PC/SC service for the simulator could not start: {reason}.</source>
            <translation>The private PC/SC service for the simulator could not start: {reason}.</translation>
        </message>
        <message>
            <source>The recorded session “{path}” cannot be used: {reason}</source>
            <translation>The recorded session “{path}” cannot be used: {reason}</translation>
        </message>
        <message>
            <source>The replayed card received an unexpected command at step {step} ({comment}): expected {expected}, got {actual}.</source>
            <translation>The replayed card received an unexpected command at step {step} ({comment}): expected {expected}, got {actual}.</translation>
        </message>
        <message>
            <source>The request is not valid: {what}.</source>
            <translation>The request is not valid: {what}.</translation>
        </message>
        <message>
            <source>The smart card service (pcscd) is not running. Start it, or install the package pcscd, then try again.</source>
            <translation>The smart card service (pcscd) is not running. Start it, or install the package pcscd, then try again.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same; nothing was sent to the card.</source>
            <translation>The two new PINs are not the same; nothing was sent to the card.</translation>
        </message>
        <message>
            <source>The two new PINs typed on the card reader are not the same. Your PIN was not changed.</source>
            <translation>The two new PINs typed on the card reader are not the same. Your PIN was not changed.</translation>
        </message>
        <message>
            <source>The {file} on the card could not be read.</source>
            <translation>The {file} on the card could not be read.</translation>
        </message>
        <message>
            <source>The {file} on the card is damaged or incomplete. Try again; if it keeps failing, have the card checked at your municipality.</source>
            <translation>The {file} on the card is damaged or incomplete. Try again; if it keeps failing, have the card checked at your municipality.</translation>
        </message>
        <message>
            <source>The {file} was not found on the card.</source>
            <translation>The {file} was not found on the card.</translation>
        </message>
        <message>
            <source>There is no card in the reader. Insert your eID card and try again.</source>
            <translation>There is no card in the reader. Insert your eID card and try again.</translation>
        </message>
        <message>
            <source>There is no terminal to type the PIN on without it showing. Run the command in a terminal, or give the PIN on standard input with --pin-stdin.</source>
            <translation>There is no terminal to type the PIN on without it showing. Run the command in a terminal, or give the PIN on standard input with --pin-stdin.</translation>
        </message>
        <message>
            <source>This card has no authentication certificate (children under 12 have none), so it cannot log in.</source>
            <translation>This card has no authentication certificate (children under 12 have none), so it cannot log in.</translation>
        </message>
        <message>
            <source>This card has not been activated yet. It is activated at your municipality when you collect it, with the codes of your PIN letter.</source>
            <translation>This card has not been activated yet. It is activated at your municipality when you collect it, with the codes of your PIN letter.</translation>
        </message>
        <message>
            <source>This card is not a Belgian eID card, or its version is not supported.</source>
            <translation>This card is not a Belgian eID card, or its version is not supported.</translation>
        </message>
        <message>
            <source>This file is not an eID file that can be opened: it is damaged or in an unknown format.</source>
            <translation>This file is not an eID file that can be opened: it is damaged or in an unknown format.</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the card blocks the PIN: {tries_left}.</source>
            <translation>Wrong PIN. Tries left before the card blocks the PIN: {tries_left}.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>it is larger than 1 MiB</source>
            <translation>it is larger than 1 MiB</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>it is not UTF-8 text</translation>
        </message>
        <message>
            <source>it is not a certificate (PEM or DER)</source>
            <translation>it is not a certificate (PEM or DER)</translation>
        </message>
    </context>
    <context>
        <name>login</name>
        <message>
            <source>&amp;Share</source>
            <translation>&amp;Share</translation>
        </message>
        <message>
            <source>Insert your eID card</source>
            <translation>Insert your eID card</translation>
        </message>
        <message>
            <source>Share your signature certificate</source>
            <translation>Share your signature certificate</translation>
        </message>
        <message>
            <source>The card in the reader is not the one {site} prepared the signature for. Insert the card you chose on the site.</source>
            <translation>The card in the reader is not the one {site} prepared the signature for. Insert the card you chose on the site.</translation>
        </message>
        <message>
            <source>The login did not work</source>
            <translation>The login did not work</translation>
        </message>
        <message>
            <source>Your card answered the login of {site}.</source>
            <translation>Your card answered the login of {site}.</translation>
        </message>
        <message>
            <source>Your card signed the document of {site}.</source>
            <translation>Your card signed the document of {site}.</translation>
        </message>
        <message>
            <source>{site} asks for the certificate of your signature ({name}), to prepare a document for you to sign. Nothing is signed now. Share the certificate with this site?</source>
            <translation>{site} asks for the certificate of your signature ({name}), to prepare a document for you to sign. Nothing is signed now. Share the certificate with this site?</translation>
        </message>
        <message>
            <source>{site} asks for your eID card. Insert it in the card reader.</source>
            <translation>{site} asks for your eID card. Insert it in the card reader.</translation>
        </message>
        <message>
            <source>{site} asks you to log in with your eID card.</source>
            <translation>{site} asks you to log in with your eID card.</translation>
        </message>
        <message>
            <source>{site} asks you to sign a document with your eID card.</source>
            <translation>{site} asks you to sign a document with your eID card.</translation>
        </message>
    </context>
    <context>
        <name>pin</name>
        <message>
            <source>Current PIN (tries left: {tries}): </source>
            <translation>Current PIN (tries left: {tries}): </translation>
        </message>
        <message>
            <source>New PIN (4 to 12 digits): </source>
            <translation>New PIN (4 to 12 digits): </translation>
        </message>
        <message>
            <source>New PIN again: </source>
            <translation>New PIN again: </translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice (tries left: {tries}).</source>
            <translation>On the card reader's keypad, type your current PIN, then the new PIN twice (tries left: {tries}).</translation>
        </message>
        <message>
            <source>On the card reader's keypad, type your current PIN, then the new PIN twice.</source>
            <translation>On the card reader's keypad, type your current PIN, then the new PIN twice.</translation>
        </message>
        <message>
            <source>PIN (tries left: {tries}): </source>
            <translation>PIN (tries left: {tries}): </translation>
        </message>
        <message>
            <source>PIN tries left: {tries}.</source>
            <translation>PIN tries left: {tries}.</translation>
        </message>
        <message>
            <source>PIN: </source>
            <translation>PIN: </translation>
        </message>
        <message>
            <source>The PIN is blocked. Go to your municipality with the PUK code of your PIN letter to choose a new PIN.</source>
            <translation>The PIN is blocked. Go to your municipality with the PUK code of your PIN letter to choose a new PIN.</translation>
        </message>
        <message>
            <source>The PIN is changed. Use the new PIN from now on.</source>
            <translation>The PIN is changed. Use the new PIN from now on.</translation>
        </message>
        <message>
            <source>The PIN is correct.</source>
            <translation>The PIN is correct.</translation>
        </message>
        <message>
            <source>This card (applet 1.1) cannot tell the tries left without using one, so they are not shown.</source>
            <translation>This card (applet 1.1) cannot tell the tries left without using one, so they are not shown.</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad (tries left: {tries}).</source>
            <translation>Type your PIN on the card reader's keypad (tries left: {tries}).</translation>
        </message>
        <message>
            <source>Type your PIN on the card reader's keypad.</source>
            <translation>Type your PIN on the card reader's keypad.</translation>
        </message>
    </context>
    <context>
        <name>request parts</name>
        <message>
            <source>the certificate</source>
            <translation>the certificate</translation>
        </message>
        <message>
            <source>the hash function</source>
            <translation>the hash function</translation>
        </message>
        <message>
            <source>the hash to sign</source>
            <translation>the hash to sign</translation>
        </message>
        <message>
            <source>the login challenge</source>
            <translation>the login challenge</translation>
        </message>
        <message>
            <source>the request</source>
            <translation>the request</translation>
        </message>
        <message>
            <source>the requested data</source>
            <translation>the requested data</translation>
        </message>
        <message>
            <source>the site's address (origin)</source>
            <translation>the site's address (origin)</translation>
        </message>
    </context>
    <context>
        <name>revocation problems</name>
        <message>
            <source>its revocation service is not on the list of services to ask</source>
            <translation>its revocation service is not on the list of services to ask</translation>
        </message>
        <message>
            <source>no revocation service gave an answer</source>
            <translation>no revocation service gave an answer</translation>
        </message>
        <message>
            <source>the certificate names no revocation service</source>
            <translation>the certificate names no revocation service</translation>
        </message>
        <message>
            <source>the revocation service could not be reached (check the internet connection)</source>
            <translation>the revocation service could not be reached (check the internet connection)</translation>
        </message>
        <message>
            <source>the revocation service does not know this certificate</source>
            <translation>the revocation service does not know this certificate</translation>
        </message>
        <message>
            <source>the revocation service's answer could not be trusted</source>
            <translation>the revocation service's answer could not be trusted</translation>
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <source>it is already running</source>
            <translation>it is already running</translation>
        </message>
        <message>
            <source>pcscd did not start in its private namespaces (details with -v)</source>
            <translation>pcscd did not start in its private namespaces (details with -v)</translation>
        </message>
        <message>
            <source>pcscd is not installed (apt install pcscd)</source>
            <translation>pcscd is not installed (apt install pcscd)</translation>
        </message>
        <message>
            <source>the vpcd virtual reader driver was not found; run installer/debian/bootstrap.sh --test</source>
            <translation>the vpcd virtual reader driver was not found; run installer/debian/bootstrap.sh --test</translation>
        </message>
        <message>
            <source>unshare is not installed (apt install util-linux)</source>
            <translation>unshare is not installed (apt install util-linux)</translation>
        </message>
    </context>
    <context>
        <name>token problems</name>
        <message>
            <source>it is not a well-formed Web eID token</source>
            <translation>it is not a well-formed Web eID token</translation>
        </message>
        <message>
            <source>its certificate cannot be read</source>
            <translation>its certificate cannot be read</translation>
        </message>
        <message>
            <source>its certificate has a policy this site refuses</source>
            <translation>its certificate has a policy this site refuses</translation>
        </message>
        <message>
            <source>its certificate has been revoked</source>
            <translation>its certificate has been revoked</translation>
        </message>
        <message>
            <source>its certificate has expired</source>
            <translation>its certificate has expired</translation>
        </message>
        <message>
            <source>its certificate is not meant for logging in</source>
            <translation>its certificate is not meant for logging in</translation>
        </message>
        <message>
            <source>its certificate is not valid yet</source>
            <translation>its certificate is not valid yet</translation>
        </message>
        <message>
            <source>its certificate was not issued by a trusted authority</source>
            <translation>its certificate was not issued by a trusted authority</translation>
        </message>
        <message>
            <source>its format is not web-eid:1</source>
            <translation>its format is not web-eid:1</translation>
        </message>
        <message>
            <source>its signature algorithm is not supported</source>
            <translation>its signature algorithm is not supported</translation>
        </message>
        <message>
            <source>its signature is not for this site and this challenge</source>
            <translation>its signature is not for this site and this challenge</translation>
        </message>
        <message>
            <source>the challenge is not valid</source>
            <translation>the challenge is not valid</translation>
        </message>
        <message>
            <source>the site's address (origin) is not valid</source>
            <translation>the site's address (origin) is not valid</translation>
        </message>
        <message>
            <source>whether its certificate was revoked cannot be checked</source>
            <translation>whether its certificate was revoked cannot be checked</translation>
        </message>
    </context>
    <context>
        <name>web eid</name>
        <message>
            <source>Log in to {site} with your eID card.</source>
            <translation>Log in to {site} with your eID card.</translation>
        </message>
        <message>
            <source>Sign with your eID card (a qualified electronic signature).</source>
            <translation>Sign with your eID card (a qualified electronic signature).</translation>
        </message>
        <message>
            <source>The token is valid. It was signed by: {subject}</source>
            <translation>The token is valid. It was signed by: {subject}</translation>
        </message>
    </context>
</TS>
