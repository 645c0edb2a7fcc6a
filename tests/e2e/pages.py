"""A login page served over https on loopback (a self-signed certificate made for the test), and the
same page over plain http (which the extension must refuse)."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.e2e.demo_site import demo_tls

PAGE = b"""<!doctype html>
<meta charset="utf-8">
<title>e-guichet test page</title>
<script>
window.acks = [];
window.addEventListener("message", (event) => {
  const data = event.data;
  if (event.source === window && data && /-ack$/.test(data.action)) window.acks.push(data.action);
});
// Post one web-eid.js page message and wait for its -success or -failure.
window.webeid = (request, timeoutMs = 90000) => new Promise((resolve) => {
  const listener = (event) => {
    const data = event.data;
    if (event.source !== window || !data || typeof data.action !== "string") return;
    if (data.action === request.action + "-success" || data.action === request.action + "-failure") {
      window.removeEventListener("message", listener);
      resolve(data);
    }
  };
  window.addEventListener("message", listener);
  window.postMessage(request, window.location.origin);
  setTimeout(() => resolve({ action: "no-answer" }), timeoutMs);
});
</script>
<h1>e-guichet</h1>
"""

# The profile form once filled from the simulator's specimen card (the default simulated profile).
SPECIMEN_FORM = {
    "surname": "Specimen-Dubois",
    "given_names": "Élise Marie",
    "national_number": "85071416288",
    "birth_date": "1985-07-14",
    "street": "Rue de la Loi",
    "house_number": "16",
    "box": "3",
    "postal_code": "1000",
    "municipality": "Bruxelles",
}

FORM_PAGE = (
    PAGE
    + b"""
<form id="profile">
  <input name="surname"><input name="given_names"><input name="national_number"><input name="birth_date">
  <input name="street"><input name="house_number"><input name="box"><input name="postal_code">
  <input name="municipality">
</form>
<script type="module">
import { readIdentity, fillForm } from "/page-library.js";
// The page library in use: ask, then fill the form; errors come back as their class name and code.
window.prefill = async (fields) => {
  try {
    const answer = await readIdentity({ fields, timeout: 60000 });
    const filled = fillForm(document.getElementById("profile"), answer);
    const values = Object.fromEntries([...new FormData(document.getElementById("profile"))]);
    return { filled, values, answer };
  } catch (error) {
    return { error: error.name, code: error.code };
  }
};
window.libraryReady = true;
</script>
"""
)
LIBRARY = Path(__file__).resolve().parents[2] / "native-messaging" / "page-library" / "src" / "index.js"


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/page-library.js":
            body, kind = LIBRARY.read_bytes(), "text/javascript; charset=utf-8"
        elif self.path == "/form":
            body, kind = FORM_PAGE, "text/html; charset=utf-8"
        else:
            body, kind = PAGE, "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_page(folder: Path, *, secure: bool = True) -> Iterator[str]:
    """Serve the page on a free loopback port; yields its origin (``https://localhost:PORT``)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    if secure:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*demo_tls.self_signed(folder))
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{'https' if secure else 'http'}://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
