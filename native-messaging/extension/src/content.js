// eID Companion extension, content script: the web-eid.js page protocol (window.postMessage).
// When another extension (the official Web eID one) answers the same web-eid:* request, this one
// stays silent, so that the page gets exactly one answer.
"use strict";

const ANSWERS = /-(ack|success|failure)$/;
const YIELD = "eidcompanion:yield"; // our own marker, posted to learn when every listener has run
const ownAcks = new Map(); // ack action -> how many of ours are in flight
const othersAcks = new Map(); // ack action -> how many other extensions have posted
const waiting = new Map(); // marker id -> { request, others, hops }

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

// Another extension (the official Web eID one) acknowledges a web-eid:* request in its own listener,
// during the same dispatch as ours. Messages arrive in the order they were posted, so after two rounds
// of our marker every acknowledgement posted in that dispatch has been seen: then serve, or stay
// silent when someone else already serves the page. Two message hops, well under a millisecond.
function afterOthers(request) {
  const id = `${Date.now()}-${Math.random()}`;
  waiting.set(id, { request, others: othersAcks.get(`${request.action}-ack`) || 0, hops: 0 });
  post({ action: YIELD, id });
}

function onMarker(id) {
  const entry = waiting.get(id);
  if (!entry) return;
  entry.hops += 1;
  if (entry.hops < 2) {
    post({ action: YIELD, id });
    return;
  }
  waiting.delete(id);
  if ((othersAcks.get(`${entry.request.action}-ack`) || 0) > entry.others) return; // served by another
  serve(entry.request);
}

window.addEventListener("message", (event) => {
  const message = event.data;
  if (event.source !== window || !message || typeof message.action !== "string") return;
  const action = message.action;
  if (action === YIELD) {
    onMarker(message.id);
  } else if (action.endsWith("-ack")) {
    const ours = ownAcks.get(action) || 0;
    if (ours > 0) ownAcks.set(action, ours - 1);
    else othersAcks.set(action, (othersAcks.get(action) || 0) + 1);
  } else if (ANSWERS.test(action) || action === "web-eid:warning") {
    return;
  } else if (action.startsWith("eidcompanion:")) {
    serve(message); // only this extension speaks it
  } else if (action.startsWith("web-eid:")) {
    afterOthers(message);
  }
});
