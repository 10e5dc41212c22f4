// Starts the app. A file rather than trunk's inline script, so the Content-Security-Policy in
// index.html can forbid inline code. Trunk writes the hashed bundle names into this tag.
const tag = document.querySelector("script[data-js][data-wasm]");
try {
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
} catch (error) {
  // The app's files did not arrive or did not start (the network went, a proxy refused the
  // wasm): a prerendered page says so instead of "getting ready" (style/app.css).
  document.documentElement.classList.add("load-failed");
  throw error;
}

// Once the app has started, and never in its way: the service worker that keeps the app's
// files so that it opens again with no network (sw.js beside this file, made by
// scripts/finish-dist.sh). Not there (an older build, a plain file:// page): nothing happens.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("sw.js", import.meta.url)).catch(() => {});
}
