// Starts the app. A file rather than trunk's inline script, so the Content-Security-Policy in
// index.html can forbid inline code. Trunk writes the hashed bundle names into this tag.
const tag = document.querySelector("script[data-js][data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
