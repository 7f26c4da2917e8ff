// Starts the app. A file of its own, not an inline script, so that the Content-Security-Policy
// can forbid inline scripts.
import init from '/logbook.js';

// The outbox of what was logged with no connection (`self.logbookOutbox`), which the app
// reads from its start: fetched beside everything else, not before the refresh below.
const outbox = import('/outbox.js');

// On mobile data each round trip is half a second, and the app takes seconds to download: what
// a signed-in start needs first is asked for meanwhile. The app takes these answers instead of
// asking again (`api::early`), each once.
const early = {};
window.logbookEarly = early;
if (localStorage.getItem('logbook.signed_in') === 'true') {
  // The access token (kept in memory only) and who is signed in. One tab at a time, as the app
  // does it: a refresh token works once.
  const refresh = () => fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  const asked = navigator.locks ? navigator.locks.request('logbook-refresh', refresh) : refresh();
  // Where the start page is the session form ("/log", and "/" for a youth worker): its data,
  // exactly as `state/logging.rs` asks for it, once the refresh has answered who is there.
  early.refresh = asked.then((answer) => (answer.ok
    ? answer.clone().json().then(askForTheForm).catch(() => undefined).then(() => answer)
    : answer));
}

function askForTheForm(pair) {
  const me = pair.me;
  const form = location.pathname === '/log' || (location.pathname === '/' && me.role === 'youth_worker');
  const organisation = form && me.may.log_sessions && me.organisation;
  if (!organisation) {
    return;
  }
  const headers = { Authorization: `Bearer ${pair.access_token}` };
  for (const path of [`/organisations/${organisation.id}/settings`,
    '/activities?archived=false&limit=200', '/sessions?limit=50']) {
    early[path] = fetch(`/api/v1${path}`, { headers });
  }
}

// The wasm downloads meanwhile (index.html preloads it); the app starts once the outbox is
// there (long before, on any network), or without it if it failed.
outbox.catch(() => undefined).then(() => init({ module_or_path: '/logbook_bg.wasm' }));

// The app kept on the device for the next visit and for no signal (`sw.js`), set up once the
// page has loaded so that it never competes with the first load.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js'));
}
