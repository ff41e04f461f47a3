// The planner's service worker: the app keeps working with no connection.
// Written into dist/ by scripts/service-worker.mjs, which fills in VERSION
// (a hash of every file below) and ASSETS (the build's files), so each build
// is a new worker and its own cache.
//
// - Pages (navigations): the network first, so a new version is picked up on
//   the next load; with no network (or none within 4 s), the cached app page,
//   which serves every route (/, /plan/…, /saved/…, /family#…).
// - The app's files (hashed names): from the cache, else the network.
// - Nothing else is touched: no other origin is ever requested, and plans
//   never pass through here (they live in IndexedDB).
// A new worker takes over at once (skipWaiting + claim): the page already open
// keeps running the code it loaded, and its next load is the new version. (A
// part of the split planner that page had not loaded yet is gone with the old
// cache: it says "This screen could not be loaded" and offers a reload; its
// plans are in IndexedDB, so no work is lost.)
// Registered as `sw.js?app=family` by the family's small app (a phone that
// opened a link), it keeps every file but the planner's (its wasm, script and
// parts): the phone never downloads the planner for nothing.
const VERSION = '__VERSION__';
const PLANNER_ONLY = __PLANNER_ONLY__;
const FAMILY = new URL(self.location.href).searchParams.get('app') === 'family';
const ASSETS = __ASSETS__.filter((a) => !FAMILY || !PLANNER_ONLY.includes(a));
const CACHE = `ftm-planner-${VERSION}`;
const SHELL = new URL('index.html', self.registration.scope).href;
// A file named by a hash of its contents is right wherever it comes from: the
// copy the page has just downloaded is taken from the browser's cache, not
// downloaded again. The others (the page, icons, manifest) are fetched afresh.
// (The split planner's parts are named `<name>-<hash>-<part>.wasm`.)
const HASHED = /-[0-9a-f]{16}(?:-[A-Za-z0-9_]+)?(_bg\.wasm|\.[a-z]+)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((a) => new Request(new URL(a, self.registration.scope), { cache: HASHED.test(a) ? 'default' : 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ftm-planner-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then((r) => { clearTimeout(timer); resolve(r); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      withTimeout(fetch(request), 4000)
        .then((response) => {
          // A redirect is the browser's to follow; a 404 is how static hosts
          // (e.g. project pages) serve the app for a deep link (404.html).
          if (!response.ok && response.type !== 'opaqueredirect' && response.status !== 404) throw new Error(`HTTP ${response.status}`);
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match(SHELL)))
        .then((response) => response || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })).then((hit) => hit || fetch(request)),
  );
});
