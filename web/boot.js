// Starts the app. A file of its own, not an inline script, so that the Content-Security-Policy
// can forbid inline scripts.
import init from '/logbook.js';
init({ module_or_path: '/logbook_bg.wasm' });
