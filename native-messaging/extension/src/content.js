// eID Companion extension, content script: the web-eid.js page protocol (window.postMessage).
// When another extension (the official Web eID one) answers the same web-eid:* request, this one
// stays silent, so that the page gets exactly one answer.
"use strict";

const ANSWERS = /-(ack|success|failure)$/;
const YIELD_MS = 40; // time for another extension's content script to acknowledge first
const ownAcks = new Map(); // ack action -> how many of ours are in flight
const othersAcked = new Map(); // ack action -> when another extension last acknowledged it

function post(message) {
  window.postMessage(message, window.location.origin);
}

function postAck(action) {
  const ack = `${action}-ack`;
  ownAcks.set(ack, (ownAcks.get(ack) || 0) + 1);
  post({ action: ack });
}

function serve(request) {
  postAck(request.action);
  if (!window.isSecureContext) {
    const error = { code: "ERR_WEBEID_CONTEXT_INSECURE", message: "the page is not a secure context (https)" };
    post({ action: `${request.action}-failure`, error });
    return;
  }
  chrome.runtime.sendMessage(request, (response) => {
    if (response) post(response);
  });
}

window.addEventListener("message", (event) => {
  const message = event.data;
  if (event.source !== window || !message || typeof message.action !== "string") return;
  const action = message.action;
  if (action.endsWith("-ack")) {
    const ours = ownAcks.get(action) || 0;
    if (ours > 0) ownAcks.set(action, ours - 1);
    else othersAcked.set(action, Date.now());
    return;
  }
  if (ANSWERS.test(action) || action === "web-eid:warning") return;
  if (action.startsWith("eidcompanion:")) {
    serve(message); // only this extension speaks it
  } else if (action.startsWith("web-eid:")) {
    const asked = Date.now();
    setTimeout(() => {
      if ((othersAcked.get(`${action}-ack`) || 0) >= asked) return; // another extension serves it
      serve(message);
    }, YIELD_MS);
  }
});
