// eID Companion extension, content script: the web-eid.js page protocol (window.postMessage).
"use strict";

const ANSWERS = /-(ack|success|failure)$/;

window.addEventListener("message", (event) => {
  const request = event.data;
  if (event.source !== window || !request || typeof request.action !== "string") return;
  const ours = request.action.startsWith("web-eid:") || request.action.startsWith("eidcompanion:");
  if (!ours || ANSWERS.test(request.action) || request.action === "web-eid:warning") {
    return;
  }
  window.postMessage({ action: `${request.action}-ack` }, window.location.origin);
  if (!window.isSecureContext) {
    const error = { code: "ERR_WEBEID_CONTEXT_INSECURE", message: "the page is not a secure context (https)" };
    window.postMessage({ action: `${request.action}-failure`, error }, window.location.origin);
    return;
  }
  chrome.runtime.sendMessage(request, (response) => {
    if (response) window.postMessage(response, window.location.origin);
  });
});
