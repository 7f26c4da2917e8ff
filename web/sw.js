// Keeps the app on the device, so that it opens at once on the next visit and with no signal
// at all. The build writes the lists of the app's files and a version made from their names:
// the field bundle's (a youth worker's pages) are kept at once; the whole app's when first
// opened, so that keeping them never competes with a phone's first load.
// API answers never pass through here: the app keeps what it needs itself.
importScripts('/outbox.js');

const VERSION = 'logbook-__VERSION__';
const SHELL = __SHELL__;
const LATER = __LATER__;
// The field bundle's pages: signing in, logging and listing sessions, the account, the kiosk,
// an invitation.
const FIELD = /^\/(login|log|sessions(\/\d{1,18})?|me|kiosk|invitation\/[^/]+)?\/?$/;
// Files whose names do not change with their content (the translations).
const RUNTIME = 'logbook-runtime';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const kept = [VERSION, RUNTIME];
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => !kept.includes(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin ||
      url.pathname.startsWith('/api/') || url.pathname.startsWith('/s/') ||
      url.pathname === '/sw.js') {
    // The API, and the survey pages the server writes for young people, are never the app's.
    return;
  }
  if (request.mode === 'navigate') {
    // Every page of the app is index.html (the field bundle) or office.html (the whole app),
    // as the server chooses (`api/src/web_app.rs`); this version's copy opens offline.
    const page = FIELD.test(url.pathname) ? '/index.html' : '/office.html';
    // Fetched by its own name, so that only that page is ever kept under it.
    event.respondWith(fromShell(page)
      .then((kept) => kept || keep(event, page, fetch(page)).catch(() => fetch(request))));
  } else if (SHELL.includes(url.pathname) || LATER.includes(url.pathname)) {
    event.respondWith(fromShell(url.pathname)
      .then((kept) => kept || keep(event, url.pathname, fetch(request))));
  } else if (url.pathname.startsWith('/i18n/')) {
    // The translations: the device's copy at once, the server's for next time.
    const fresh = fetch(request).then((response) => response.ok
      ? caches.open(RUNTIME).then((cache) => cache.put(request, response.clone())).then(() => response)
      : response);
    event.waitUntil(fresh.catch(() => undefined));
    event.respondWith(caches.match(request, { cacheName: RUNTIME }).then((kept) => kept || fresh));
  }
  // Anything else (an old file after a new build) goes to the network as it is.
});

// Background Sync (where the browser has it): what was logged with no connection is sent once
// there is one, also with no page of the app open. A 'later' lets the browser try again.
self.addEventListener('sync', (event) => {
  if (event.tag === 'logbook-outbox') {
    event.waitUntil(self.logbookOutbox.sendInBackground().then((state) => {
      if (state === 'later') {
        throw new Error('no connection yet');
      }
    }));
  }
});

// The answer, and a copy kept under `path` for this version.
function keep(event, path, answered) {
  return answered.then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(VERSION).then((cache) => cache.put(path, copy)));
    }
    return response;
  });
}

function fromShell(path) {
  return caches.match(path, { cacheName: VERSION });
}
