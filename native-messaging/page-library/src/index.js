// eID Companion page library: ask the citizen's eID card data through the eID Companion extension
// (window.postMessage), with their consent given in the eID Companion app; fill a form with them.
// The data come with their proof ("integrity"): check it on your server, never trust the browser.

export const PARTS = Object.freeze(["identity", "address", "photo", "integrity"]);
const ACTION = "eidcompanion:read-identity";
const ACK_TIMEOUT_MS = 1000; // the extension answers the request at once when it is installed
const DEFAULT_TIMEOUT_MS = 120000;

export class EidCompanionError extends Error {
  constructor(code, message) {
    super(message || code);
    this.name = new.target.name;
    this.code = code;
  }
}
/** The eID Companion extension is not installed (or not enabled) in this browser. */
export class ExtensionMissingError extends EidCompanionError {}
/** The extension is there but the eID Companion app is not installed or cannot be reached. */
export class AppMissingError extends EidCompanionError {}
/** The citizen refused to share the data with this site. */
export class RefusedError extends EidCompanionError {}
/** No card was inserted (the citizen gave up when asked for it). */
export class NoCardError extends EidCompanionError {}
/** The citizen did not answer in time. */
export class TimeoutError extends EidCompanionError {}
/** The page is not a secure context (https). */
export class InsecureContextError extends EidCompanionError {}

const ERRORS = {
  ERR_EIDCOMPANION_CONSENT_REFUSED: RefusedError,
  ERR_WEBEID_USER_CANCELLED: RefusedError,
  ERR_EIDCOMPANION_NO_CARD: NoCardError,
  ERR_WEBEID_NATIVE_UNAVAILABLE: AppMissingError,
  ERR_WEBEID_USER_TIMEOUT: TimeoutError,
  ERR_WEBEID_CONTEXT_INSECURE: InsecureContextError,
};

/** The error a failure answer stands for. */
export function errorFor(error) {
  const code = (error && error.code) || "ERR_WEBEID_UNKNOWN_ERROR";
  const Kind = ERRORS[code] || EidCompanionError;
  return new Kind(code, error && error.message);
}

/**
 * Ask for the card's data. Resolves with the parts asked, e.g.
 * `{identity: {surname, givenNames, nationalNumber, birthDate, birthPlace, sex, nationality},
 *   address: {street, houseNumber, box, postalCode, municipality, printed}, photo, integrity}`.
 * Rejects with one of the errors above.
 */
export function readIdentity({ fields = ["identity", "address"], lang, timeout = DEFAULT_TIMEOUT_MS, window: page } = {}) {
  const target = page || globalThis.window;
  const unknown = fields.filter((part) => !PARTS.includes(part));
  if (!fields.length || unknown.length) {
    return Promise.reject(new EidCompanionError("ERR_WEBEID_NATIVE_INVALID_ARGUMENT", `unknown parts: ${unknown}`));
  }
  return new Promise((resolve, reject) => {
    let acknowledged = false;
    const timers = [];
    const finish = (outcome, value) => {
      target.removeEventListener("message", listener);
      timers.forEach(clearTimeout);
      outcome(value);
    };
    const listener = (event) => {
      const data = event.data;
      if (event.source !== target || !data || typeof data.action !== "string") return;
      if (data.action === `${ACTION}-ack`) acknowledged = true;
      else if (data.action === `${ACTION}-success`) {
        const { action, ...answer } = data;
        finish(resolve, answer);
      } else if (data.action === `${ACTION}-failure`) finish(reject, errorFor(data.error));
    };
    target.addEventListener("message", listener);
    timers.push(setTimeout(() => {
      if (!acknowledged) finish(reject, new ExtensionMissingError("ERR_WEBEID_EXTENSION_UNAVAILABLE", "the eID Companion extension is not installed"));
    }, ACK_TIMEOUT_MS));
    timers.push(setTimeout(() => finish(reject, new TimeoutError("ERR_WEBEID_USER_TIMEOUT", "no answer in time")), timeout + ACK_TIMEOUT_MS));
    const options = { userInteractionTimeout: timeout, ...(lang ? { lang } : {}) };
    target.postMessage({ action: ACTION, fields: [...fields], options }, target.location.origin);
  });
}

/** Where each form field (by its `name`) takes its value from, in the answer of readIdentity. */
export const FORM_FIELDS = Object.freeze({
  surname: "identity.surname",
  given_names: "identity.givenNames",
  national_number: "identity.nationalNumber",
  birth_date: "identity.birthDate",
  birth_place: "identity.birthPlace",
  street: "address.street",
  house_number: "address.houseNumber",
  box: "address.box",
  postal_code: "address.postalCode",
  municipality: "address.municipality",
});

function valueAt(data, path) {
  return path.split(".").reduce((value, key) => (value == null ? undefined : value[key]), data);
}

/**
 * Fill the fields of `form` (an HTMLFormElement) from the answer of readIdentity, by field name;
 * `mapping` maps field names to answer paths (default FORM_FIELDS). Returns the names filled.
 * Each filled field gets "input" and "change" events, as if the citizen had typed.
 */
export function fillForm(form, data, mapping = FORM_FIELDS) {
  const filled = [];
  for (const [name, path] of Object.entries(mapping)) {
    const field = form.elements[name];
    const value = valueAt(data, path);
    if (!field || value === undefined || value === null) continue;
    field.value = String(value);
    for (const type of ["input", "change"]) {
      field.dispatchEvent(new Event(type, { bubbles: true }));
    }
    filled.push(name);
  }
  return filled;
}
