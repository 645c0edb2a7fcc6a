import assert from "node:assert/strict";
import { test } from "node:test";

import {
  AppMissingError,
  EidCompanionError,
  ExtensionMissingError,
  NoCardError,
  RefusedError,
  TimeoutError,
  fillForm,
  readIdentity,
} from "../src/index.js";

const ANSWER = {
  identity: { surname: "Specimen-Dubois", givenNames: "Élise Marie", nationalNumber: "85071416288", birthDate: "1985-07-14" },
  address: { street: "Rue de la Loi", houseNumber: "16", box: "3", postalCode: "1000", municipality: "Bruxelles" },
};

/** A page window where an "extension" answers what the page posts (or does not, when absent). */
function fakePage(extension) {
  const listeners = new Set();
  const page = {
    location: { origin: "https://guichet.example.be" },
    posted: [],
    addEventListener: (type, listener) => listeners.add(listener),
    removeEventListener: (type, listener) => listeners.delete(listener),
    postMessage(message, origin) {
      page.posted.push({ message, origin });
      queueMicrotask(() => listeners.forEach((listener) => listener({ source: page, data: message })));
      if (extension && !message.action.match(/-(ack|success|failure)$/)) extension(message, page);
    },
    listeners,
  };
  return page;
}

function answering(reply) {
  return (message, page) => {
    setTimeout(() => page.postMessage({ action: `${message.action}-ack` }, page.location.origin), 1);
    setTimeout(() => page.postMessage(reply(message), page.location.origin), 5);
  };
}

test("the request carries the parts, the language and the timeout, to the page's own origin", async () => {
  const page = fakePage(answering((m) => ({ action: `${m.action}-success`, ...ANSWER })));
  const answer = await readIdentity({ fields: ["identity", "address"], lang: "fr", timeout: 30000, window: page });
  assert.deepEqual(answer, ANSWER);
  const [{ message, origin }] = page.posted;
  assert.equal(message.action, "eidcompanion:read-identity");
  assert.deepEqual(message.fields, ["identity", "address"]);
  assert.deepEqual(message.options, { userInteractionTimeout: 30000, lang: "fr" });
  assert.equal(origin, "https://guichet.example.be");
  assert.equal(page.listeners.size, 0, "the listener is removed once answered");
});

test("no extension: ExtensionMissingError after a second", async () => {
  const started = Date.now();
  await assert.rejects(readIdentity({ window: fakePage(null) }), ExtensionMissingError);
  assert.ok(Date.now() - started >= 900);
});

for (const [code, Kind] of [
  ["ERR_EIDCOMPANION_CONSENT_REFUSED", RefusedError],
  ["ERR_EIDCOMPANION_NO_CARD", NoCardError],
  ["ERR_WEBEID_NATIVE_UNAVAILABLE", AppMissingError],
  ["ERR_WEBEID_USER_TIMEOUT", TimeoutError],
  ["ERR_SOMETHING_ELSE", EidCompanionError],
]) {
  test(`a failure ${code} rejects with ${Kind.name}`, async () => {
    const page = fakePage(answering((m) => ({ action: `${m.action}-failure`, error: { code, message: "x" } })));
    const error = await readIdentity({ window: page }).catch((e) => e);
    assert.ok(error instanceof Kind, `${error}`);
    assert.equal(error.code, code);
  });
}

test("an extension that acknowledges but never answers: TimeoutError after the timeout", async () => {
  const page = fakePage((message, p) => setTimeout(() => p.postMessage({ action: `${message.action}-ack` }, p.location.origin), 1));
  await assert.rejects(readIdentity({ window: page, timeout: 50 }), TimeoutError);
});

test("unknown parts are refused before anything is posted", async () => {
  const page = fakePage(null);
  await assert.rejects(readIdentity({ fields: ["identity", "secrets"], window: page }), EidCompanionError);
  assert.equal(page.posted.length, 0);
});

test("fillForm fills the fields it knows by name, with input and change events, and skips the rest", () => {
  globalThis.Event ??= class { constructor(type) { this.type = type; } };
  const field = () => ({ value: "", events: [], dispatchEvent(event) { this.events.push(event.type); } });
  const form = { elements: { surname: field(), given_names: field(), postal_code: field(), box: field(), comment: field() } };
  const filled = fillForm(form, ANSWER);
  assert.deepEqual(filled.sort(), ["box", "given_names", "postal_code", "surname"]);
  assert.equal(form.elements.surname.value, "Specimen-Dubois");
  assert.equal(form.elements.postal_code.value, "1000");
  assert.equal(form.elements.comment.value, "", "a field with no value in the answer is left alone");
  assert.deepEqual(form.elements.surname.events, ["input", "change"]);
});
