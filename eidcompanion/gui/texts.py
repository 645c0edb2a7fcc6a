"""Every sentence and label of the desktop app (translated in ui/translations like all texts)."""

from __future__ import annotations

from eidcompanion.i18n import translatable

_W = "app"
APP_NAME = translatable(_W, "eID Companion")
TAB_IDENTITY = translatable(_W, "Identity")
TAB_CARD = translatable(_W, "Card and PIN")
TAB_CERTIFICATES = translatable(_W, "Certificates")
TAB_AUTHENTICITY = translatable(_W, "Authenticity")
ADDRESS_GROUP = translatable(_W, "Address")
PHOTO_ALT = translatable(_W, "Photo of the card holder")
NO_PHOTO = translatable(_W, "No photo")
FIELD_LABEL = translatable(_W, "{label}:")  # French puts a space before the colon

MENU_FILE = translatable(_W, "&File")
MENU_LANGUAGE = translatable(_W, "&Language")
MENU_HELP = translatable(_W, "&Help")
ACTION_OPEN = translatable(_W, "&Open an eID file…")
ACTION_SAVE = translatable(_W, "&Save as eID file…")
ACTION_CLOSE_FILE = translatable(_W, "&Close the file")
ACTION_PRINT = translatable(_W, "&Print the identity…")
ACTION_PDF = translatable(_W, "Export the identity as &PDF…")
ACTION_QUIT = translatable(_W, "&Quit")
ACTION_SHOW = translatable(_W, "&Show the window")
ACTION_ABOUT = translatable(_W, "&About")
ABOUT_TEXT = translatable(
    _W,
    "eID Companion {version}: reads, checks and uses your Belgian eID card. Free software (GPL 3 or later).",
)
READER_LABEL = translatable(_W, "Card reader:")
VIRTUAL_READER_NAME = translatable(_W, "Built-in virtual reader (simulated card)")
FILE_FILTER = translatable(_W, "eID files (*.eid)")
PDF_FILTER = translatable(_W, "PDF documents (*.pdf)")
PEM_FILTER = translatable(_W, "Certificate, PEM text (*.pem)")
DER_FILTER = translatable(_W, "Certificate, binary DER (*.der *.cer)")
SAVED_TO = translatable(_W, "Saved to {path}.")
SAVE_FAILED = translatable(_W, "The file could not be saved: {reason}")
OPEN_FAILED = translatable(_W, "The file could not be opened.")

# -- states --------------------------------------------------------------------------------------
_S = "app states"
STARTING = translatable(_S, "Looking for card readers…")
NO_SERVICE = translatable(
    _S,
    "The smart card service is not running, so no card reader can be used. Ask the person who "
    "manages this computer to install and start pcscd. Meanwhile you can try the app with the "
    "built-in virtual card.",
)
NO_READER = translatable(
    _S,
    "No card reader is connected. Plug in your card reader. Meanwhile you can try the app with the "
    "built-in virtual card.",
)
NO_CARD = translatable(_S, "Insert your eID card in the card reader, chip first and facing up.")
CARD_REMOVED = translatable(
    _S, "The card was taken out. Its data have been cleared from the screen. Insert a card to read it."
)
READING = translatable(_S, "Reading the card… Keep it in the reader.")
CARD_READ = translatable(
    _S, "Your card has been read. When you take it out, its data are cleared from the screen."
)
SIMULATED = translatable(
    _S,
    "SIMULATED CARD: this is the built-in virtual card with made-up data, not a real person's card. "
    "Its PIN is 1234.",
)
TEST_CARD = translatable(_S, "TEST CARD: this card is signed by a test authority, not by the Belgian state.")
FROM_FILE = translatable(
    _S,
    "FROM A FILE: these data were opened from {path}, not read from a card. They cannot be checked "
    "for authenticity.",
)
USE_VIRTUAL = translatable(_S, "Try the virtual card")
REMOVE_VIRTUAL = translatable(_S, "Take out the virtual card")
READ_AGAIN = translatable(_S, "Read again")
DETAILS = translatable(_S, "Details")
HIDE_DETAILS = translatable(_S, "Hide details")
PIN_BLOCKED_HELP = translatable(
    _S,
    "If you no longer have your PUK letter, ask your municipality for new codes: they are sent to "
    "you by post.",
)

# -- card and PIN --------------------------------------------------------------------------------
_P = "PIN"
PIN_TRIES = translatable(_P, "PIN tries left: {tries} of 3.")
PIN_TRIES_UNKNOWN = translatable(_P, "PIN: this old card cannot tell its tries left without using one.")
PIN_IS_BLOCKED = translatable(_P, "PIN: blocked.")
TEST_PIN = translatable(_P, "&Test PIN")
CHANGE_PIN = translatable(_P, "&Change PIN")
PIN_DIALOG_TITLE = translatable(_P, "Enter your PIN")
CHANGE_DIALOG_TITLE = translatable(_P, "Change your PIN")
PIN_PROMPT = translatable(_P, "Type the PIN of your eID card (tries left: {tries}).")
PIN_PROMPT_UNKNOWN = translatable(_P, "Type the PIN of your eID card.")
PIN_FIELD = translatable(_P, "PIN")
PIN_RULES = translatable(_P, "4 to 12 digits")
CURRENT_PIN = translatable(_P, "Current PIN")
NEW_PIN = translatable(_P, "New PIN")
NEW_PIN_AGAIN = translatable(_P, "New PIN again")
NEW_PINS_DIFFER = translatable(_P, "The two new PINs are not the same.")
CHECKING_PIN = translatable(_P, "Checking the PIN with the card…")
PIN_OK = translatable(_P, "Your PIN is correct.")
PIN_CHANGED = translatable(_P, "Your PIN was changed. Use the new PIN from now on.")
WRONG_PIN_TRIES = translatable(
    _P, "Wrong PIN. Tries left before the PIN is blocked: {tries}. Type it again, or cancel."
)
LAST_TRY = translatable(_P, "Careful: this is the last try. A wrong PIN now blocks the card.")
PIN_PAD_PROMPT = translatable(
    _P, "Type your PIN on the card reader's keypad, then press its OK key (tries left: {tries})."
)
PIN_PAD_CHANGE_PROMPT = translatable(
    _P, "Follow the card reader's display: type your current PIN, then the new PIN twice, on its keypad."
)

# -- certificates and authenticity --------------------------------------------------------------
_C = "app certificates"
SUBJECT = translatable(_C, "Subject")
ISSUER = translatable(_C, "Issuer")
VALID_FROM = translatable(_C, "Valid from")
VALID_UNTIL = translatable(_C, "Valid until")
KEY_TYPE = translatable(_C, "Key")
FINGERPRINT = translatable(_C, "SHA-256 fingerprint")
EXPORT_PEM = translatable(_C, "Export as &PEM…")
EXPORT_DER = translatable(_C, "Export as &DER…")
NOT_ON_CARD = translatable(_C, "not on this card")
CHECK_ONLINE = translatable(_C, "Check &revocation online")
CHECKING_ONLINE = translatable(_C, "Asking the revocation services…")
AUTHENTICITY_INTRO = translatable(
    _C,
    "The data on the card are signed by the National Register. These checks run on this computer; "
    "whether a certificate was revoked needs the internet.",
)
CARD_DATA_CHECKS = translatable(_C, "Card data")
CERTIFICATE_CHECKS = translatable(_C, "Certificates")
ALL_GOOD = translatable(_C, "Everything checked is authentic and valid.")
SOMETHING_WRONG = translatable(_C, "Some checks failed: do not rely on these data.")
NOT_FOR_FILES = translatable(_C, "Data opened from a file cannot be checked: insert the card.")
REVOCATION_NOT_ASKED = translatable(
    _C, "Revocation was not asked yet: press “Check revocation online” when you are connected."
)

# -- browser logins ------------------------------------------------------------------------------
_L = "login"
LOGIN_ASKS = translatable(_L, "{site} asks you to log in with your eID card.")
SIGN_ASKS = translatable(_L, "{site} asks you to sign a document with your eID card.")
CERTIFICATE_ASKS = translatable(
    _L,
    "{site} asks for the certificate of your signature ({name}), to prepare a document for you to "
    "sign. Nothing is signed now. Share the certificate with this site?",
)
CERTIFICATE_TITLE = translatable(_L, "Share your signature certificate")
SHARE = translatable(_L, "&Share")
INSERT_CARD_TITLE = translatable(_L, "Insert your eID card")
INSERT_CARD_FOR_SITE = translatable(_L, "{site} asks for your eID card. Insert it in the card reader.")
INSERT_SIGNING_CARD = translatable(
    _L,
    "The card in the reader is not the one {site} prepared the signature for. Insert the card you "
    "chose on the site.",
)
LOGIN_FAILED_TITLE = translatable(_L, "The login did not work")
LOGGED_IN = translatable(_L, "Your card answered the login of {site}.")
SIGNED = translatable(_L, "Your card signed the document of {site}.")

# -- identity data for a site, with consent ----------------------------------------------------
_D = "consent"
CONSENT_TITLE = translatable(_D, "Share data from your card")
CONSENT_ASKS = translatable(_D, "{site} asks for these data from your eID card:")
PART_IDENTITY = translatable(_D, "Identity")
PART_ADDRESS = translatable(_D, "Address")
PART_PHOTO = translatable(_D, "Photo")
PART_INTEGRITY = translatable(_D, "Proof of authenticity")
INTEGRITY_VALUE = translatable(
    _D, "the card's files and the National Register's signatures, so that the site can check them"
)
ALLOW_ONCE = translatable(_D, "Allow &once")
ALLOW_ALWAYS = translatable(_D, "&Always allow this site for these data")
REFUSE = translatable(_D, "&Refuse")
SHARED = translatable(_D, "Data from your card were sent to {site}.")
WEBSITES_TITLE = translatable(_D, "Websites allowed to read your card")
ACTION_WEBSITES = translatable(_D, "&Websites allowed to read your card…")
NO_WEBSITES = translatable(_D, "No website is always allowed to read your card.")
WITHDRAW = translatable(_D, "&Withdraw")
