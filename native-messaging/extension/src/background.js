// eID Companion extension, background: one native-messaging port per page request, to the bridge.
// The origin sent to the bridge is the one the browser records for the sending tab, never the page's word.
"use strict";

const HOST = "be.eidcompanion.bridge"; // our own host name: eu.webeid may belong to the Web eID application
const HANDSHAKE_MS = 5000;
const DEFAULT_TIMEOUT_MS = 120000;
const COMMANDS = {
  "web-eid:status": "quit",
  "web-eid:authenticate": "authenticate",
  "web-eid:get-signing-certificate": "get-signing-certificate",
  "web-eid:sign": "sign",
  "eidcompanion:read-identity": "get-identity", // this project's own: card data, with the citizen's consent
};
const busyTabs = new Set();

function failure(code, message) {
  return { code, message };
}

function nativeCall(command, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const port = chrome.runtime.connectNative(HOST);
    let stage = "version";
    let version = null;
    const finish = (outcome, value) => {
      if (stage === "done") return;
      stage = "done";
      clearTimeout(handshakeTimer);
      clearTimeout(answerTimer);
      port.disconnect(); // the bridge sees its port close: an open dialog in the app closes too
      outcome(value);
    };
    const handshakeTimer = setTimeout(
      () => finish(reject, failure("ERR_WEBEID_NATIVE_UNAVAILABLE", "the bridge did not say its version")),
      HANDSHAKE_MS,
    );
    let answerTimer = null;
    port.onMessage.addListener((message) => {
      if (stage === "version") {
        clearTimeout(handshakeTimer);
        if (!message || typeof message.version !== "string") {
          finish(reject, failure("ERR_WEBEID_NATIVE_UNAVAILABLE", "the bridge did not say its version"));
          return;
        }
        version = message.version;
        stage = "answer";
        answerTimer = setTimeout(
          () => finish(reject, failure("ERR_WEBEID_USER_TIMEOUT", "no answer in time")),
          timeoutMs,
        );
        port.postMessage({ command, arguments: args });
        return;
      }
      if (message && message.error) finish(reject, message.error);
      else finish(resolve, { version, answer: message });
    });
    port.onDisconnect.addListener(() => {
      const why = (chrome.runtime.lastError && chrome.runtime.lastError.message) || "the bridge closed the port";
      const code = stage === "version" ? "ERR_WEBEID_NATIVE_UNAVAILABLE" : "ERR_WEBEID_UNKNOWN_ERROR";
      finish(reject, failure(code, why));
    });
  });
}

function nativeArguments(request, origin) {
  const lang = request.options && typeof request.options.lang === "string" ? { lang: request.options.lang } : {};
  switch (request.action) {
    case "web-eid:authenticate":
      return { challengeNonce: request.challengeNonce, origin, ...lang };
    case "web-eid:get-signing-certificate":
      return { origin, ...lang };
    case "web-eid:sign":
      return {
        certificate: request.certificate,
        hash: request.hash,
        hashFunction: request.hashFunction,
        origin,
        ...lang,
      };
    case "eidcompanion:read-identity":
      return { fields: Array.isArray(request.fields) ? request.fields.join(",") : String(request.fields), origin, ...lang };
    default:
      return {};
  }
}

async function serve(request, sender) {
  const action = request.action;
  const tab = sender.tab ? sender.tab.id : -1;
  if (busyTabs.has(tab)) {
    return { action: `${action}-failure`, error: failure("ERR_WEBEID_ACTION_PENDING", "a request is already running") };
  }
  busyTabs.add(tab);
  try {
    const origin = new URL(sender.url || sender.tab.url).origin;
    const timeout = (request.options && request.options.userInteractionTimeout) || DEFAULT_TIMEOUT_MS;
    const { version, answer } = await nativeCall(COMMANDS[action], nativeArguments(request, origin), timeout);
    if (action === "web-eid:status") {
      return { action: `${action}-success`, extension: chrome.runtime.getManifest().version, nativeApp: version };
    }
    return { action: `${action}-success`, ...answer };
  } catch (error) {
    const problem = error && error.code ? error : failure("ERR_WEBEID_UNKNOWN_ERROR", String(error));
    return { action: `${action}-failure`, error: problem };
  } finally {
    busyTabs.delete(tab);
  }
}

chrome.runtime.onMessage.addListener((request, sender, sendResponse) => {
  if (!request || !(request.action in COMMANDS) || !sender.tab) return false;
  serve(request, sender).then(sendResponse);
  return true; // the answer comes later
});
