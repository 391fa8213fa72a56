// QH's service worker, registered by js/live.js when someone turns push on (preferences page). It shows the Web
// Push messages the notification service sends ({title, body, link}) and opens a message's page when it is clicked.
// It caches nothing and answers no fetch: pages always come from the server.
'use strict';

function sameSitePath(link) {
  return typeof link === 'string' && link.charAt(0) === '/' && link.charAt(1) !== '/' && link.indexOf('\\') < 0
    ? link : '/notifications';
}

self.addEventListener('push', function (event) {
  var data = {};
  if (event.data) {
    try {
      data = event.data.json();
    } catch (notJson) {
      data = { body: event.data.text() };
    }
  }
  event.waitUntil(self.registration.showNotification(data.title || 'QH', {
    body: data.body || '',
    icon: '/favicon.svg',
    data: { link: sameSitePath(data.link) }
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = new URL(sameSitePath(event.notification.data && event.notification.data.link), self.location.origin).href;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if (windows[i].url === target && 'focus' in windows[i]) {
        return windows[i].focus();
      }
    }
    return self.clients.openWindow(target);
  }));
});
