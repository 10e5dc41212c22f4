// The spreadsheet writer's web worker script: the page starts it (`new Worker("/xlsx-export.js")`)
// only when a spreadsheet is first asked for. It loads the writer (xlsx-worker.js and
// xlsx-worker_bg.wasm, which trunk builds from xlsx-worker/) and answers each message, a
// workbook description in bytes or a link (a string) to draw as a QR code, with exactly one
// message, in the order they came: `{ xlsx: Uint8Array }` or `{ svg: "<svg…" }`, or
// `{ error: "…", stage: "load" | "write" }`.
//
// Its own script rather than trunk's loader shim so that messages sent while the wasm is still
// loading wait for it instead of being lost, and a failed load is answered, not silent.
importScripts("./xlsx-worker.js");
const ready = wasm_bindgen({ module_or_path: "./xlsx-worker_bg.wasm" });

self.onmessage = async (event) => {
  try {
    await ready;
  } catch (error) {
    self.postMessage({ error: String(error), stage: "load" });
    return;
  }
  try {
    if (typeof event.data === "string") {
      self.postMessage({ svg: wasm_bindgen.qr(event.data) });
    } else {
      const xlsx = wasm_bindgen.write(new Uint8Array(event.data));
      self.postMessage({ xlsx }, [xlsx.buffer]);
    }
  } catch (error) {
    self.postMessage({ error: String(error), stage: "write" });
  }
};
