// The outbox: sessions and check-ins logged with no connection, kept in IndexedDB until the
// server has them. One copy for the page (boot.js imports it) and the service worker
// (`importScripts`), which sends from Background Sync when no page is open. A plain script,
// not a module: service workers load modules in too few browsers yet.
//
// Each item is sent with its idempotency key, in the order logged, one sender at a time
// across tabs and the service worker (Web Locks), and leaves the outbox only once the server
// has answered 2xx: a resend after a lost answer gets the first result, never a second.
self.logbookOutbox = (() => {
  const NAME = 'logbook-outbox';
  const STORE = 'items';

  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(NAME, 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  // Runs `work` on the store in one transaction; answers its request's result once committed.
  function inStore(mode, work) {
    return open().then((db) => new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        db.close();
        resolve(request ? request.result : undefined);
      };
      transaction.onerror = transaction.onabort = () => {
        db.close();
        reject(transaction.error);
      };
    }));
  }

  // Tells every page of this origin (this one through a window event) that the outbox changed.
  const channel = 'BroadcastChannel' in self ? new BroadcastChannel(NAME) : null;
  function changed() {
    if (channel) {
      channel.postMessage('changed');
    }
    self.dispatchEvent(new Event(NAME));
  }
  if (channel) {
    channel.onmessage = () => self.dispatchEvent(new Event(NAME));
  }

  // Exclusive across tabs and the service worker; where a browser has no Web Locks, the
  // idempotency keys still keep a double send from making a second record.
  function alone(work) {
    return self.navigator.locks ? self.navigator.locks.request(NAME, work) : work();
  }

  // While a page of the app is in front it sends; when it goes to the back or closes with
  // something waiting, the service worker is asked to send once there is a connection
  // (Background Sync, where the browser has it).
  function sendLater() {
    anyWaiting()
      .then((waiting) => waiting && self.navigator.serviceWorker.ready)
      .then((registration) => registration && registration.sync && registration.sync.register(NAME))
      .catch(() => undefined);
  }
  if (self.document && 'serviceWorker' in self.navigator) {
    self.addEventListener('pagehide', sendLater);
    self.document.addEventListener('visibilitychange', () => {
      if (self.document.visibilityState === 'hidden') {
        sendLater();
      }
    });
  }

  // `item`: { user, key, path, body, and what it is: kind ('session', 'check_in'), label
  // (the activity or alias) and date }; kept with when it was logged.
  function add(item) {
    const kept = { ...item, logged_at: Date.now(), failure: null };
    return inStore('readwrite', (store) => store.add(kept))
      .then((seq) => {
        changed();
        return seq;
      });
  }

  // Whether anything waits to be sent, whoever logged it.
  function anyWaiting() {
    return inStore('readonly', (store) => store.getAll())
      .then((items) => items.some((item) => !item.failure));
  }

  // `user`'s items, oldest first.
  function list(user) {
    return inStore('readonly', (store) => store.getAll())
      .then((items) => items.filter((item) => item.user === user));
  }

  function discard(seq) {
    return inStore('readwrite', (store) => store.delete(seq)).then(changed);
  }

  // Sends `user`'s waiting items with `token`, oldest first. Answers 'sent' when none is left
  // to try, 'unauthorized' when the token was refused (sign in again, then send), 'later' when
  // the server could not be reached or asked to wait. A refusal of an item (422: its activity
  // was archived meanwhile) is kept with it, for the youth worker to fix or discard.
  function send(user, token) {
    return alone(async () => {
      for (const item of await list(user)) {
        if (item.failure) {
          continue;
        }
        let response;
        try {
          response = await fetch(`/api/v1${item.path}`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'Idempotency-Key': item.key,
            },
            body: item.body,
          });
        } catch (offline) {
          return 'later';
        }
        if (response.status === 401) {
          return 'unauthorized';
        }
        if (response.ok) {
          await inStore('readwrite', (store) => store.delete(item.seq));
        } else if (response.status >= 500 || response.status === 429 || response.status === 408) {
          return 'later';
        } else {
          const failure = await response.json()
            .catch(() => ({ code: 'bad_request', message: `HTTP ${response.status}`, fields: [] }));
          await inStore('readwrite', (store) => store.put({ ...item, failure }));
        }
        changed();
      }
      return 'sent';
    });
  }

  // From the service worker, when no page of the app is in front to send (it would): with a
  // token of its own through the refresh cookie, under the lock the pages refresh under (a
  // refresh token works once).
  function sendInBackground() {
    const pageInFront = self.clients.matchAll({ type: 'window' })
      .then((pages) => pages.some((page) => page.visibilityState === 'visible'));
    return Promise.all([anyWaiting(), pageInFront]).then(([waiting, inFront]) =>
      (waiting && !inFront ? refreshAndSend() : 'sent'));
  }

  function refreshAndSend() {
    const refresh = () => fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).then((answer) => (answer.ok ? answer.json() : null));
    const refreshed = self.navigator.locks
      ? self.navigator.locks.request('logbook-refresh', refresh)
      : refresh();
    return refreshed.then((pair) => (pair ? send(pair.me.id, pair.access_token) : 'unauthorized'));
  }

  return { add, list, discard, send, sendInBackground };
})();
