// The demo e-guichet's page script: log in with Web eID (the web-eid.js page messages), then fill
// the profile from the card with the page library; the server checks everything it is sent.
import { readIdentity, fillForm, RefusedError } from "/static/page-library.js";

const status = document.getElementById("status");
const say = (key, values = {}) => Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, v), window.TEXTS[key]);

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw Object.assign(new Error(answer.error), { code: `HTTP ${response.status}: ${answer.error}` });
  return answer;
}

// The web-eid.js page protocol: post the request, wait for its -success or -failure.
function webeid(action, fields, timeout = 120000) {
  return new Promise((resolve, reject) => {
    const listener = (event) => {
      const data = event.data;
      if (event.source !== window || !data || typeof data.action !== "string") return;
      if (data.action === `${action}-success`) { window.removeEventListener("message", listener); resolve(data); }
      if (data.action === `${action}-failure`) {
        window.removeEventListener("message", listener);
        reject(Object.assign(new Error(data.error.message), { code: data.error.code }));
      }
    };
    window.addEventListener("message", listener);
    window.postMessage({ action, libraryVersion: "2.0.0", ...fields, options: { userInteractionTimeout: timeout, lang: window.LANG } }, window.location.origin);
  });
}

const login = document.getElementById("login");
if (login) {
  login.addEventListener("click", async () => {
    try {
      const { nonce } = await post("/api/nonce", {});
      const { action, ...token } = await webeid("web-eid:authenticate", { challengeNonce: nonce });
      await post("/api/login", { token });
      window.location.assign(`/profile?lang=${window.LANG}`);
    } catch (error) {
      status.textContent = say("failed", { code: error.code || error.message });
    }
  });
}

const fill = document.getElementById("fill");
if (fill) {
  fill.addEventListener("click", async () => {
    try {
      const answer = await readIdentity({ fields: ["identity", "address", "integrity"], lang: window.LANG });
      const checked = await post("/api/identity", { integrity: answer.integrity }); // never trust the browser
      fillForm(document.getElementById("profile"), checked);
      status.textContent = say("verified");
      status.dataset.outcome = "verified";
    } catch (error) {
      status.textContent = error instanceof RefusedError ? say("refused") : say("failed", { code: error.code || error.message });
      status.dataset.outcome = error instanceof RefusedError ? "refused" : "failed";
    }
  });
}
window.demoReady = true;
