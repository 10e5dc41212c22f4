#!/usr/bin/env python3
"""How fast the release bundle answers in headless Chromium (issues: estimator speed, 14).

Serves dist/ on 127.0.0.1 with the app's own server (serve/, the one `make serve` runs:
precompressed files, the app's routes), drives Debian's Chromium through chromedriver (WebDriver over plain HTTP,
standard library only; Chrome DevTools commands through chromedriver's /goog/cdp/execute) and
measures:
  * first estimate: from navigation start to the moment the total is in the DOM (the lines'
    chart is drawn in the same render pass; in builds since issue 24 the range and the other
    three charts follow after that frame), and to the next animation frame after it (on screen),
    over several loads of a warm browser;
  * update: from an input event on the headcount field to the new total in the DOM, for many
    changes (median and 95th percentile); and to the new P10–P90 range in the DOM, which with
    the charts drawn from the same analysis may follow the total after the frame; the next change
    is made once the range has come, so no change waits behind the one before;
  * cold first visit on a slow network: a fresh browser (empty cache, no service worker), the
    network throttled by CDP Network.emulateNetworkConditions (150 ms latency, 1.6 Mbit/s down
    = 200,000 B/s, 750 kbit/s up = 93,750 B/s), navigation start to the first estimate on
    screen, and the bytes that crossed the network;
  * second visit, same throttling: once the first visit's service worker controls the page,
    the app opened again, served by the worker;
  * switching places: a click on a tab link until the other place's content is in the DOM and
    on screen, alternately planner and estimate (median over `switches`). In a build where the
    places are separate pages, the click loads another page and this is not measured.
Prints Markdown tables for BENCHMARKS.md.
Usage: scripts/measure-browser.py [loads] [changes] [cold visits] [switches]   (defaults 10 60 3 20)
DIST=DIR measures another build than dist/.
"""
import json, math, os, socket, statistics, subprocess, sys, time, urllib.error, urllib.request

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(directory):
    """The app's own server (serve/) on a free port; returns its URL and process."""
    subprocess.run(["cargo", "build", "--quiet", "-p", "serve"], cwd=ROOT, check=True)
    port = free_port()
    proc = subprocess.Popen([os.path.join(ROOT, "target", "debug", "serve"), directory, str(port)],
                            stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return url, proc
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit(f"the server did not answer at {url}")


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
        # A slow first visit may take a while: scripts wait up to 2 minutes.
        self.s("POST", "/timeouts", {"script": 120000})

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

    def sync(self, script):
        return self.s("POST", "/execute/sync", {"script": script, "args": []})

    def cdp(self, cmd, params=None):
        return self.s("POST", "/goog/cdp/execute", {"cmd": cmd, "params": params or {}})

    def wait(self, script, tries=400):
        """Polls `script` 50 ms apart until it returns a true value; at most `tries` times."""
        for _ in range(tries):
            value = self.sync(script)
            if value:
                return value
            time.sleep(0.05)
        raise SystemExit(f"waited in vain for: {script}")

    def quit(self):
        try:
            self.s("DELETE", "")
        finally:
            self.proc.terminate()


# Installed before the app loads: when a total is first in the DOM (a prerendered page has one
# as it is parsed), the first frame that shows one on screen (hidden prerendered figures do not
# count: a frame is drawn only once the stylesheet has arrived), when the app is live (its
# headcount field takes input: the prerendered view is gone), and the layout shifts the browser
# reports (PerformanceObserver 'layout-shift', as cumulative layout shift counts them).
WATCH = """
window.__firstEstimate = null; window.__firstPaint = null; window.__live = null; window.__shift = 0;
new MutationObserver((_, obs) => {
  if (window.__firstEstimate === null && document.querySelector('[data-testid=total]')) {
    window.__firstEstimate = performance.now();
    obs.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
(function frame() {
  const t = document.querySelector('[data-testid=total]');
  if (window.__firstPaint === null && t && t.getClientRects().length > 0) window.__firstPaint = performance.now();
  const f = document.getElementById('field-people');
  if (window.__live === null && f && !f.disabled && !document.getElementById('prerendered')) window.__live = performance.now();
  if (window.__firstPaint === null || window.__live === null) requestAnimationFrame(frame);
})();
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
}).observe({type: 'layout-shift', buffered: true});
"""

FIRST = """
const done = arguments[arguments.length - 1];
const wait = () => window.__firstPaint !== null && window.__live !== null
  ? done([window.__firstEstimate, window.__firstPaint, window.__live]) : setTimeout(wait, 5);
wait();
"""

# The layout shift so far, read after the page has settled (two frames after the app is live).
SHIFT = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(window.__shift), 300)));
"""

# Answers [input → new total, input → new range] in ms (null for one that did not come in 2 s).
UPDATE = """
const [value, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('[data-testid=field-people]');
const text = id => document.querySelector(`[data-testid=${id}]`).textContent;
const [total, range] = [text('total'), text('range')];
let shown = null;
const t0 = performance.now();
input.value = String(value);
input.dispatchEvent(new Event('input', {bubbles: true}));
const check = () => {
  const now = performance.now() - t0;
  if (shown === null && text('total') !== total) shown = now;
  if (shown !== null && text('range') !== range) { done([shown, now]); return; }
  if (now > 2000) { done([shown, null]); return; }
  Promise.resolve().then(() => setTimeout(check, 0));
};
check();
"""


# Issue 14's slow network: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up.
SLOW = {"offline": False, "latency": 150, "downloadThroughput": 200000, "uploadThroughput": 93750}

# What crossed the network for this page: the navigation and every resource it loaded.
BYTES = """
return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
  .reduce((sum, e) => sum + (e.transferSize || 0), 0);
"""
CONTROLLED = "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)"
FROM_WORKER = "return performance.getEntriesByType('navigation')[0].workerStart > 0"

# The places and what shows that each is on screen with its content.
PLACES = {
    "plan": "[data-testid=place-plan] [data-testid=agenda], main#place[aria-labelledby=title-plan] [data-testid=agenda]",
    "estimate": "[data-testid=place-estimate] [data-testid=total], main#place[aria-labelledby=title-estimate] [data-testid=total]",
}
SWITCH = """
const [to, selector, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const link = document.querySelector(`[data-testid=tab-${to}]`);
if (!link) { done({error: `no tab link to ${to}`}); return; }
let finished = false;
const t0 = performance.now();
const check = () => {
  if (finished || !document.querySelector(selector)) return;
  finished = true;
  observer.disconnect();
  const shown = performance.now() - t0;
  requestAnimationFrame(() => done({shown, painted: performance.now() - t0}));
};
const observer = new MutationObserver(check);
observer.observe(document, {childList: true, subtree: true, attributes: true});
link.click();
check();
setTimeout(() => { if (!finished) { finished = true; observer.disconnect(); done({error: 'timed out'}); } }, 10000);
"""


def p95(xs):
    """The 95th percentile, nearest rank: the smallest value at or above 95 % of the runs."""
    return sorted(xs)[math.ceil(0.95 * len(xs)) - 1]


def row(name, xs, unit="ms"):
    fmt = {"ms": lambda x: f"{x:.1f} ms", "B": lambda x: f"{x:,.0f} B", "score": lambda x: f"{x:.4f}"}[unit]
    return (f"| {name} | {len(xs)} | {fmt(statistics.median(xs))} | {fmt(p95(xs))} "
            f"| {fmt(min(xs))} | {fmt(max(xs))} |")


HEAD = "| measure | runs | median | p95 | min | max |\n|---|---:|---:|---:|---:|---:|"


def slow_visits(url, visits):
    """Cold first visits on the slow network, each in a fresh browser, and the second visit
    (served by the service worker) after each."""
    firsts, paints, lives, shifts, sizes, seconds, second_paints = [], [], [], [], [], [], []
    notes = []
    for _ in range(visits):
        driver = Driver()
        try:
            driver.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
            driver.cdp("Network.enable")
            driver.cdp("Network.emulateNetworkConditions", SLOW)
            driver.s("POST", "/url", {"url": url})
            shown, painted, live = driver.run(FIRST)
            firsts.append(shown)
            paints.append(painted)
            lives.append(live)
            shifts.append(driver.run(SHIFT))
            sizes.append(driver.sync(BYTES))
            try:
                driver.wait(CONTROLLED)
            except SystemExit:
                notes.append("no service worker took over the page: no second visit measured")
                continue
            driver.s("POST", "/url", {"url": url})
            shown, painted, live = driver.run(FIRST)
            if driver.sync(FROM_WORKER):
                seconds.append(painted)
                second_paints.append(live)
            else:
                notes.append("a second visit was not served by the service worker")
        finally:
            driver.quit()
    print(f"\nSlow network (CDP: {SLOW['latency']} ms latency, {SLOW['downloadThroughput']:,} B/s down, "
          f"{SLOW['uploadThroughput']:,} B/s up), each first visit in a fresh browser:\n")
    print(HEAD)
    print(row("cold first visit: navigation → first estimate in the DOM", firsts))
    print(row("cold first visit: navigation → first frame showing an estimate", paints))
    print(row("cold first visit: navigation → the app live (the headcount takes input)", lives))
    print(row("cold first visit: cumulative layout shift", shifts, unit="score"))
    print(row("cold first visit: bytes over the network (compressed)", sizes, unit="B"))
    if seconds:
        print(row("second visit, from the service worker: navigation → first frame showing an estimate", seconds))
        print(row("second visit, from the service worker: navigation → the app live", second_paints))
    for note in sorted(set(notes)):
        print(f"\n{note}")


def switching(driver, url, switches):
    driver.s("POST", "/url", {"url": url})
    driver.run(FIRST)
    times = {"plan": [], "estimate": []}
    paints = []
    for i in range(switches):
        to = "plan" if i % 2 == 0 else "estimate"
        try:
            result = driver.run(SWITCH, to, PLACES[to])
        except urllib.error.HTTPError as e:
            print(f"\nSwitching places not measured: the click on the tab link loaded another page ({e.code}).")
            return
        if "error" in result:
            print(f"\nSwitching places not measured: {result['error']}.")
            return
        times[to].append(result["shown"])
        paints.append(result["painted"])
    print("\nSwitching places (click on a tab link, alternately the planner and the estimate):\n")
    print(HEAD)
    print(row("click → the place's content in the DOM, both ways", times["plan"] + times["estimate"]))
    print(row("click → next frame (on screen), both ways", paints))
    print(row("estimate → planner: click → agenda in the DOM", times["plan"]))
    print(row("planner → estimate: click → total in the DOM", times["estimate"]))


def main():
    loads = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    changes = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    visits = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    switches = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    url, server = serve(os.environ.get("DIST", os.path.join(ROOT, "dist")))
    try:
        measure(url, loads, changes, switches)
        if visits > 0:
            slow_visits(url, visits)
    finally:
        server.terminate()
        server.wait()


def measure(url, loads, changes, switches):
    driver = Driver()
    try:
        driver.s("POST", "/goog/cdp/execute", {"cmd": "Page.addScriptToEvaluateOnNewDocument", "params": {"source": WATCH}})
        firsts, paints, updates, ranges = [], [], [], []
        for _ in range(loads):
            driver.s("POST", "/url", {"url": url})
            shown, painted, _ = driver.run(FIRST)
            firsts.append(shown)
            paints.append(painted)
        for i in range(changes):
            # Alternate between headcounts so every change moves the total.
            shown, ranged = driver.run(UPDATE, 20 + (i % 2) * 17 + i % 5)
            if shown is not None:
                updates.append(shown)
            if ranged is not None:
                ranges.append(ranged)
        print(HEAD)
        for name, xs in [("navigation → first estimate in the DOM", firsts),
                         ("navigation → next frame after it (on screen)", paints),
                         ("input event → new total in the DOM", updates),
                         ("input event → new P10–P90 range (and its charts) in the DOM", ranges)]:
            if xs:
                print(row(name, xs))
        if len(updates) < changes:
            print(f"\n{changes - len(updates)} changes did not update the total within 2 s")
        if len(ranges) < changes:
            print(f"\n{changes - len(ranges)} changes did not update the range within 2 s")
        if switches > 0:
            switching(driver, url, switches)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
