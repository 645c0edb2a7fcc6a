"""The demo e-guichet's words, in French, Dutch, German and English (a site keeps its own texts)."""

from __future__ import annotations

LANGUAGES = ("fr", "nl", "de", "en")

TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "fr": "Guichet électronique de démonstration",
        "nl": "Demo-e-loket",
        "de": "Demo-Online-Schalter",
        "en": "Demo e-guichet",
    },
    "intro": {
        "fr": "Connectez-vous avec votre carte eID et son code PIN.",
        "nl": "Meld u aan met uw eID-kaart en haar pincode.",
        "de": "Melden Sie sich mit Ihrer eID-Karte und ihrem PIN-Code an.",
        "en": "Log in with your eID card and its PIN.",
    },
    "login": {
        "fr": "Se connecter avec ma carte eID",
        "nl": "Aanmelden met mijn eID-kaart",
        "de": "Mit meiner eID-Karte anmelden",
        "en": "Log in with my eID card",
    },
    "welcome": {
        "fr": "Bienvenue, {name}. Complétez votre profil.",
        "nl": "Welkom, {name}. Vul uw profiel aan.",
        "de": "Willkommen, {name}. Vervollständigen Sie Ihr Profil.",
        "en": "Welcome, {name}. Complete your profile.",
    },
    "fill": {
        "fr": "Remplir depuis ma carte",
        "nl": "Invullen vanaf mijn kaart",
        "de": "Von meiner Karte ausfüllen",
        "en": "Fill in from my card",
    },
    "verified": {
        "fr": "Données vérifiées par le serveur (signatures du Registre national).",
        "nl": "Gegevens gecontroleerd door de server (handtekeningen van het Rijksregister).",
        "de": "Vom Server geprüfte Daten (Signaturen des Nationalregisters).",
        "en": "Data checked by the server (National Register signatures).",
    },
    "refused": {
        "fr": "Vous avez refusé de partager ces données.",
        "nl": "U hebt geweigerd deze gegevens te delen.",
        "de": "Sie haben die Weitergabe dieser Daten abgelehnt.",
        "en": "You refused to share these data.",
    },
    "failed": {
        "fr": "Cela n'a pas fonctionné : {code}",
        "nl": "Dat is niet gelukt: {code}",
        "de": "Das hat nicht funktioniert: {code}",
        "en": "That did not work: {code}",
    },
    "surname": {"fr": "Nom", "nl": "Naam", "de": "Name", "en": "Surname"},
    "given_names": {"fr": "Prénoms", "nl": "Voornamen", "de": "Vornamen", "en": "Given names"},
    "national_number": {
        "fr": "Numéro de registre national",
        "nl": "Rijksregisternummer",
        "de": "Nationalregisternummer",
        "en": "National number",
    },
    "birth_date": {
        "fr": "Date de naissance",
        "nl": "Geboortedatum",
        "de": "Geburtsdatum",
        "en": "Date of birth",
    },
    "street": {"fr": "Rue", "nl": "Straat", "de": "Straße", "en": "Street"},
    "house_number": {"fr": "Numéro", "nl": "Huisnummer", "de": "Hausnummer", "en": "House number"},
    "box": {"fr": "Boîte", "nl": "Bus", "de": "Briefkasten", "en": "Box"},
    "postal_code": {"fr": "Code postal", "nl": "Postcode", "de": "Postleitzahl", "en": "Postal code"},
    "municipality": {"fr": "Commune", "nl": "Gemeente", "de": "Gemeinde", "en": "Municipality"},
    "save": {"fr": "Enregistrer", "nl": "Opslaan", "de": "Speichern", "en": "Save"},
}
FORM_FIELDS = (
    "surname",
    "given_names",
    "national_number",
    "birth_date",
    "street",
    "house_number",
    "box",
    "postal_code",
    "municipality",
)


def choose_language(query: str | None, accept_language: str) -> str:
    """``?lang=`` first, then the browser's Accept-Language, then French."""
    if query in LANGUAGES:
        return query
    for part in accept_language.split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return "fr"


def say(key: str, language: str, **values: str) -> str:
    return TEXTS[key][language].format(**values)
