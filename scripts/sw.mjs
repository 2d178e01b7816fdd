// Service worker of the Union State Integration Explorer. scripts/postbuild.mjs bundles it with
// esbuild into dist/sw.js (nothing is loaded from elsewhere) and workbox-build injects this
// build's file list, with a revision for every file whose name carries no content hash.
//
// Why Workbox: a revisioned entry is fetched with `cache: 'reload'`, past the HTTP cache. A
// host that caches index.html (GitHub Pages: max-age=600) would otherwise hand a new worker
// the OLD page, pointing at hashed files that are not in the new cache.
import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, getCacheKeyForURL, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** How long a navigation waits for the network before the cached page is shown. */
const NETWORK_TIMEOUT_SECONDS = 4;

// Must come before `precache`, which fixes the cache's name when first called.
setCacheNameDetails({ prefix: 'union-state-explorer' });
precache(self.__WB_MANIFEST);
// Workbox keeps one precache and drops the entries a new build no longer lists when the new
// worker activates; this removes caches of older Workbox versions.
cleanupOutdatedCaches();
// The first visit's worker takes the page at once, so it works offline without a reload.
clientsClaim();

// Pages are network-first, so an online reader sees a new deploy on the next load; the fallback
// (offline, or no answer within the timeout) is the precached index.html of this worker's own
// build, whose hashed files are all in the same cache.
registerRoute(new NavigationRoute(new NetworkFirst({
  cacheName: cacheNames.precache,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [{
    cacheKeyWillBeUsed: async ({ request, mode }) =>
      (mode === 'read' && getCacheKeyForURL('index.html')) || request,
    // A page from the network may belong to a newer build than the cached files; storing it
    // would mix two builds.
    cacheWillUpdate: async () => null,
  }],
})));
// Every other precached file (hashed names) is served cache-first. Registered after the
// navigation route, which must win for the page itself.
addRoute();

// The page asks a waiting worker to take over when the reader accepts the update
// (src/app/offline.rs posts this string).
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// The hand-written worker before Workbox kept one cache per build under this name; a reader
// updating from it would otherwise keep that copy for good.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys
    .filter((key) => /^union-state-explorer-[0-9a-f]{16}$/.test(key))
    .map((key) => caches.delete(key)))));
});
