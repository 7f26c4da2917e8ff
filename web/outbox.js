// The outbox: sessions and check-ins logged with no connection, kept in IndexedDB until the
// server has them. One copy for the page (boot.js imports it) and the service worker
// (`importScripts`), which sends from Background Sync when no page is open. A plain script,
// not a module: service workers load modules in too few browsers yet.
//
// Each item is sent with its idempotency key, in the order logged, one sender at a time
// across tabs and the service worker (Web Locks), only with a sign-in of the person who
// logged it, and leaves the outbox only once the server has answered with the record: a
// resend after a lost answer gets the first result, never a second.
self.logbookOutbox = (() => {
  const NAME = 'logbook-outbox';
  // Who is signed in on this device (`signed_in`), in a database of its own (so that the
  // items' stays at its first version, which a tab running older code still opens): the
  // service worker cannot read the page's storage, and must not send for someone who signed
  // out.
  const STATE = 'logbook-outbox-state';
  // An answer that takes longer is given up on (and tried again later): a connection that
  // passes nothing must not hold the outbox locked.
  const PATIENCE_MS = 30000;

  // The database `name` (version 1), with its one store made on first use.
  function open(name) {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => (name === NAME
        ? request.result.createObjectStore(name, { keyPath: 'seq', autoIncrement: true })
        : request.result.createObjectStore(name));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  // Runs `work` on the store of database `name` in one transaction; answers its request's
  // result once committed.
  function inStore(name, mode, work) {
    return open(name).then((db) => new Promise((resolve, reject) => {
      const transaction = db.transaction(name, mode);
      const request = work(transaction.objectStore(name));
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

  function signedInUser() {
    return inStore(STATE, 'readonly', (store) => store.get('signed_in'));
  }

  // Notes who signed in (a user id), or that no one is (null). Without IndexedDB nothing
  // is sent in the background, and nothing needs noting.
  function signedIn(user) {
    return inStore(STATE, 'readwrite', (store) => (user === null
      ? store.delete('signed_in')
      : store.put(user, 'signed_in')))
      .catch(() => undefined);
  }

  // While a page of the app is in front it sends; when it goes to the back or closes with
  // something of the signed-in person's waiting, the service worker is asked to send once
  // there is a connection (Background Sync, where the browser has it).
  function sendLater() {
    signedInUser()
      .then((user) => user !== undefined && anyWaiting(user))
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
  // (the activity or alias) and date }; kept with no refusal yet.
  function add(item) {
    const kept = { ...item, failure: null };
    return inStore(NAME, 'readwrite', (store) => store.add(kept))
      .then((seq) => {
        changed();
        return seq;
      });
  }

  // `user`'s items, oldest first.
  function list(user) {
    return inStore(NAME, 'readonly', (store) => store.getAll())
      .then((items) => items.filter((item) => item.user === user));
  }

  function anyWaiting(user) {
    return list(user).then((items) => items.some((item) => !item.failure));
  }

  function discard(seq) {
    return inStore(NAME, 'readwrite', (store) => store.delete(seq)).then(changed);
  }

  // Keeps why the server refused an item with it, unless it was discarded meanwhile.
  function refused(seq, failure) {
    return inStore(NAME, 'readwrite', (store) => {
      const found = store.get(seq);
      found.onsuccess = () => {
        if (found.result) {
          store.put({ ...found.result, failure });
        }
      };
      return found;
    });
  }

  // The user id an access token was given to (its `sub`), without checking it: the server
  // checks; this only keeps one person's items from going out under another's sign-in.
  function holder(token) {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return Number(JSON.parse(atob(payload)).sub);
    } catch (unreadable) {
      return null;
    }
  }

  function post(path, body, headers) {
    const options = { method: 'POST', headers, body, redirect: 'error' };
    if (self.AbortSignal && AbortSignal.timeout) {
      options.signal = AbortSignal.timeout(PATIENCE_MS);
    }
    return fetch(path, options);
  }

  // Sends `user`'s waiting items with `token`, oldest first. Answers 'sent' when none is left
  // to try, 'unauthorized' when the token was refused (sign in again, then send),
  // 'other_user' when the token is someone else's, 'later' when the server could not be
  // reached, took too long, asked to wait or answered with something that is not the record.
  // A refusal of an item (422: its activity was archived meanwhile) is kept with it, for the
  // youth worker to fix or discard.
  function send(user, token) {
    if (holder(token) !== user) {
      return Promise.resolve('other_user');
    }
    return alone(async () => {
      for (const item of await list(user)) {
        if (item.failure) {
          continue;
        }
        let response;
        try {
          response = await post(`/api/v1${item.path}`, item.body, {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': item.key,
          });
        } catch (offline) {
          return 'later';
        }
        if (response.status === 401) {
          return 'unauthorized';
        }
        if (response.status >= 500 || response.status === 429 || response.status === 408) {
          return 'later';
        }
        if (response.ok) {
          // Only the record itself proves the server has it (a captive portal answers 200 too).
          const record = await response.json().catch(() => null);
          if (!record || record.id === undefined) {
            return 'later';
          }
          await inStore(NAME, 'readwrite', (store) => store.delete(item.seq));
        } else {
          const failure = await response.json()
            .catch(() => ({ code: 'bad_request', message: `HTTP ${response.status}`, fields: [] }));
          await refused(item.seq, failure);
        }
        changed();
      }
      return 'sent';
    });
  }

  // From the service worker, when no page of the app is in front to send (it would), for the
  // person signed in here: with a token of their own through the refresh cookie, under the
  // lock the pages refresh under (a refresh token works once).
  function sendInBackground() {
    const pageInFront = self.clients.matchAll({ type: 'window' })
      .then((pages) => pages.some((page) => page.visibilityState === 'visible'));
    return Promise.all([signedInUser(), pageInFront]).then(([user, inFront]) => {
      if (user === undefined || inFront) {
        return 'sent';
      }
      return anyWaiting(user).then((waiting) => (waiting ? refreshAndSend(user) : 'sent'));
    });
  }

  function refreshAndSend(user) {
    // No time limit here: given up on after the server has turned the refresh token, the
    // new one would never arrive and the sign-in would end.
    const refresh = () => fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).then((answer) => (answer.ok ? answer.json() : null));
    const refreshed = self.navigator.locks
      ? self.navigator.locks.request('logbook-refresh', refresh)
      : refresh();
    return refreshed.then((pair) => (pair ? send(user, pair.access_token) : 'unauthorized'));
  }

  return { add, list, discard, send, signedIn, sendInBackground };
})();
