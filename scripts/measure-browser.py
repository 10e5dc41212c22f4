#!/usr/bin/env python3
"""How fast the release bundle answers in headless Chromium (issue: estimator speed).

Serves dist/ on 127.0.0.1, drives Debian's Chromium through chromedriver (WebDriver over plain
HTTP, standard library only) and measures, over several page loads:
  * first estimate: from navigation start to the moment the total is in the DOM (the charts
    are drawn in the same render pass), and to the next animation frame after it (on screen);
  * update: from an input event on the headcount field to the new total in the DOM, for many
    changes; the median is reported.
Prints a Markdown table for BENCHMARKS.md. Usage: scripts/measure-browser.py [loads] [changes]
"""
import functools, http.server, json, os, socket, statistics, subprocess, sys, threading, time, urllib.request

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(directory):
    port = free_port()
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{port}/"


class Driver:
    def __init__(self):
        self.port = free_port()
        self.proc = subprocess.Popen([os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"), f"--port={self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600",
                     "--disable-background-networking", "--disable-component-update"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.loads(r.read())["value"]

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def run(self, script, *args):
        return self.s("POST", "/execute/async", {"script": script, "args": list(args)})

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            self.proc.terminate()


# Installed before the app loads: note when the total first appears, and the frame after.
WATCH = """
window.__firstEstimate = null; window.__firstPaint = null;
new MutationObserver((_, obs) => {
  if (window.__firstEstimate === null && document.querySelector('[data-testid=total]')) {
    window.__firstEstimate = performance.now();
    requestAnimationFrame(() => { window.__firstPaint = performance.now(); });
    obs.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""

FIRST = """
const done = arguments[arguments.length - 1];
const wait = () => window.__firstPaint !== null ? done([window.__firstEstimate, window.__firstPaint]) : setTimeout(wait, 5);
wait();
"""

UPDATE = """
const [value, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('[data-testid=headcount]');
const total = () => document.querySelector('[data-testid=total]').textContent;
const before = total();
const t0 = performance.now();
input.value = String(value);
input.dispatchEvent(new Event('input', {bubbles: true}));
const check = () => {
  if (total() !== before) { done(performance.now() - t0); return; }
  if (performance.now() - t0 > 2000) { done(null); return; }
  Promise.resolve().then(() => setTimeout(check, 0));
};
check();
"""


def main():
    loads = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    changes = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    url = serve(os.path.join(ROOT, "dist"))
    driver = Driver()
    try:
        driver.s("POST", "/goog/cdp/execute", {"cmd": "Page.addScriptToEvaluateOnNewDocument", "params": {"source": WATCH}})
        firsts, paints, updates = [], [], []
        for _ in range(loads):
            driver.s("POST", "/url", {"url": url})
            shown, painted = driver.run(FIRST)
            firsts.append(shown)
            paints.append(painted)
        for i in range(changes):
            # Alternate between headcounts so every change moves the total.
            ms = driver.run(UPDATE, 20 + (i % 2) * 17 + i % 5)
            if ms is not None:
                updates.append(ms)
        print("| measure | runs | median | min | max |")
        print("|---|---:|---:|---:|---:|")
        for name, xs in [("navigation → first estimate in the DOM (charts drawn in the same pass)", firsts),
                         ("navigation → next frame after it (on screen)", paints),
                         ("input event → new total (and redrawn charts) in the DOM", updates)]:
            print(f"| {name} | {len(xs)} | {statistics.median(xs):.1f} ms | {min(xs):.1f} ms | {max(xs):.1f} ms |")
        if len(updates) < changes:
            print(f"\n{changes - len(updates)} changes did not update the total within 2 s")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
