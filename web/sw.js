// Keeps the app on the device, so that it opens at once on the next visit and with no signal
// at all. The build writes the list of the app's files and a version made from their names.
// API answers never pass through here: the app keeps what it needs itself.
const VERSION = 'logbook-__VERSION__';
const SHELL = __SHELL__;
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
    // Every page of the app is index.html; this version's copy opens without the network.
    event.respondWith(fromShell('/index.html').then((kept) => kept || fetch(request)));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(fromShell(url.pathname).then((kept) => kept || fetch(request)));
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

function fromShell(path) {
  return caches.match(path, { cacheName: VERSION });
}
