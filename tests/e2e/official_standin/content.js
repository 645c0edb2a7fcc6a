// A stand-in for the official Web eID extension's content script, for the test that two extensions
// give the page exactly one answer: it acknowledges every web-eid:* request at once and answers
// status itself (nativeApp "standin"), as the official one would with its own native app.
"use strict";
window.addEventListener("message", (event) => {
  const message = event.data;
  if (event.source !== window || !message || typeof message.action !== "string") return;
  if (!message.action.startsWith("web-eid:") || /-(ack|success|failure)$/.test(message.action)) return;
  window.postMessage({ action: `${message.action}-ack` }, window.location.origin);
  if (message.action === "web-eid:status") {
    setTimeout(() => window.postMessage({ action: "web-eid:status-success", nativeApp: "standin" }, window.location.origin), 10);
  }
});
