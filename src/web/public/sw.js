// Herald's service worker: makes the console installable on a phone and shows push
// notifications (sent by Herald's push channel through the browser's push service). It caches
// nothing on purpose: an admin must never read a stale incident as if it were current.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: 'Herald', body: event.data ? event.data.text() : '' };
  }
  const title = data.title || 'Herald';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: data.body || data.summary || '',
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      tag: data.tag || data.url || undefined,
      data: { url: data.url || '/' },
    }),
  );
});

// Opens (or focuses) the console at the notification's screen.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(
    event.notification.data && event.notification.data.url ? event.notification.data.url : '/',
    self.location.origin,
  );
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if (new URL(w.url).origin === target.origin && 'focus' in w) {
          w.navigate(target.href);
          return w.focus();
        }
      }
      return self.clients.openWindow(target.href);
    }),
  );
});
