// The app's service worker: after the first visit the app opens with no network at all.
// dist/sw.js is made from this file by scripts/finish-dist.sh, which fills in the files to keep
// and a hash of all of them, so each release gets a cache of its own, and leaves out the
// comment lines (like these). Do not edit dist/sw.js.
//
// * install: keeps every file of this release in a new cache; only once all of them are in
//   does it skip waiting (a failed install leaves the old worker and its cache as they were).
// * activate: deletes every older cache of the app, so old and new files are never mixed, and
//   takes over the open pages.
// * fetch: a navigation to one of the app's routes (/, /plan, /quote?…) is answered with the
//   kept app page (APP_PAGE: app.html, the app's page without a prerendered view, since a
//   visitor the worker serves keeps work here and would not be shown one; the app reads the
//   route itself); any other GET on
//   this origin from the cache, else from the network. A file the app fetches only when first
//   used (LATER: the Excel writer's web worker) is kept in this release's cache the first time
//   it is fetched, so it too works offline from then on; a visit that never uses it never
//   downloads it. Keeping it at install instead would add its ~260 KB to every first visit.
//   Requests to other origins (the app makes none) are left alone.
const PREFIX = "training-planner-";
const CACHE = PREFIX + "__CACHE_VERSION__";
// Paths relative to this file, which sits at the root of the app.
const FILES = __PRECACHE__;
// Kept on first use, not at install.
const LATER = __LATER__;
const LATER_URLS = new Set(LATER.map((file) => new URL(file, self.location).href));
const APP_PAGE = new URL("__APP_PAGE__", self.location).href;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      // A file with trunk's hash in its name may come from the HTTP cache (the page has just
      // loaded it); any other (index.html, start.js…) is asked of the server again, so that a
      // stale copy never lands in the cache next to newer hashed files.
      await cache.addAll(FILES.map((file) => new Request(new URL(file, self.location), {
        cache: HASHED.test(file) ? "default" : "no-cache",
      })));
    } catch (error) {
      await caches.delete(CACHE);
      throw error;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// A route of the app, not a file: no extension in the last segment (an .html page counts too).
const isRoute = (path) => {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".") || last.endsWith(".html");
};

// What is kept under `key`, else `request` from the network.
const fromCache = async (key, request) => {
  const kept = await (await caches.open(CACHE)).match(key);
  return kept || fetch(request);
};

// A file kept on first use: from the cache, else from the network, and then kept. Asked of the
// server again rather than taken from the HTTP cache: these names carry no hash, so the HTTP
// cache may hold an earlier release's copy. A failed answer (offline, 404) is not kept.
const keptOnFirstUse = async (url) => {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(url);
  if (kept) return kept;
  const response = await fetch(url, { cache: "no-cache" });
  if (response.ok) await cache.put(url, response.clone());
  return response;
};

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && isRoute(url.pathname)) {
    event.respondWith(fromCache(APP_PAGE, request));
  } else if (LATER_URLS.has(url.origin + url.pathname)) {
    event.respondWith(keptOnFirstUse(url.origin + url.pathname));
  } else {
    event.respondWith(fromCache(request, request));
  }
});
