// QH: the live channel of a signed-in tab. One EventSource on /live/events (this app relays the person's
// notification socket, so the page never holds a token). It raises DOM events that htmx listens for:
//   qh:notification  a new message: the bell counts again, an open inbox reloads itself (notification/messages.jte)
//   qh:analysis      a job moved: the upload page's bar follows it, and a finished review opens its report
//   qh:resync        the channel came back after a break: whatever may have been missed is asked for again
// Without EventSource or without the channel the pages work as before: the bell is counted once when the page
// loads, and the upload page asks for its progress every 2 s (htmx polling, which this file lets through whenever
// the channel is down). Web Push on the preferences page is at the end.
(function () {
  'use strict';

  var live = false;
  var everOpen = false;
  var lastPoll = {};
  // While live, a poll still goes out this often, in case an event was lost on the way.
  var SAFETY_POLL_MS = 10000;

  function fire(name, detail) {
    document.body.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: detail || {} }));
  }

  function parse(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return {};
    }
  }

  function refreshBell() {
    var bell = document.querySelector('a.bell');
    var count = bell && bell.lastElementChild;
    if (count && window.htmx) {
      window.htmx.ajax('GET', '/notifications/unread-count', { target: count, swap: 'outerHTML' });
    }
  }

  function connect() {
    if (!window.EventSource) {
      return;
    }
    var source = new EventSource('/live/events');
    source.addEventListener('ready', function () {
      live = true;
      document.documentElement.setAttribute('data-live', 'on');
      if (everOpen) {
        refreshBell();
        fire('qh:resync');
      }
      everOpen = true;
    });
    source.addEventListener('notification', function (event) {
      refreshBell();
      fire('qh:notification', parse(event.data));
    });
    source.addEventListener('analysis', function (event) {
      var detail = parse(event.data);
      fire('qh:analysis', detail);
      followJob(detail);
    });
    source.addEventListener('error', function () {
      // EventSource reconnects by itself (after the stream's retry:) unless the server said no (204: signed out).
      live = false;
      document.documentElement.removeAttribute('data-live');
    });
    window.addEventListener('pagehide', function () {
      source.close();
    });
  }

  // The bell counts again after a message is marked read (the answer's HX-Trigger: qh:read).
  document.addEventListener('qh:read', refreshBell);

  // Polling that the live channel makes unnecessary waits while it is open (data-live-poll), bar a safety poll.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var elt = event.detail && event.detail.elt;
    if (!elt || !elt.hasAttribute || !elt.hasAttribute('data-live-poll') || !live) {
      return;
    }
    var key = elt.id || 'poll';
    var now = Date.now();
    if (!lastPoll[key]) {
      lastPoll[key] = now;
    }
    if (now - lastPoll[key] < SAFETY_POLL_MS) {
      event.preventDefault();
      return;
    }
    lastPoll[key] = now;
  });

  var STEPS = ['parse', 'ats', 'tone', 'salary'];

  function followJob(job) {
    var panel = document.querySelector('[data-job]');
    if (!panel || !job.jobId || panel.getAttribute('data-job') !== job.jobId) {
      return;
    }
    if (job.status === 'DONE' || job.status === 'FAILED') {
      var report = panel.getAttribute('data-report');
      if (report && report.charAt(0) === '/' && report.charAt(1) !== '/') {
        window.location.assign(report);
      }
      return;
    }
    var bar = panel.querySelector('progress');
    var percent = panel.querySelector('.score-value');
    var title = panel.querySelector('h2');
    var progress = Math.max(0, Math.min(100, Number(job.progress) || 0));
    if (bar) {
      bar.value = progress;
    }
    if (percent) {
      percent.textContent = progress + '%';
    }
    if (title) {
      title.textContent = panel.getAttribute(job.status === 'QUEUED' ? 'data-msg-queued' : 'data-msg-running');
    }
    var at = STEPS.indexOf(job.step);
    panel.querySelectorAll('[data-step]').forEach(function (item) {
      var i = STEPS.indexOf(item.getAttribute('data-step'));
      var state = i < at ? 'done' : (job.status === 'RUNNING' && (i === at || (at < 0 && i === 0)) ? 'current' : 'waiting');
      item.className = state;
      if (state === 'current') {
        item.setAttribute('aria-current', 'step');
      } else {
        item.removeAttribute('aria-current');
      }
      var said = item.querySelector('.step-state');
      if (said) {
        said.textContent = ' (' + panel.getAttribute('data-state-' + state) + ')';
      }
    });
  }

  // Web Push: the preferences page's #push panel; its buttons show only where the browser can do it.
  function base64UrlToBytes(text) {
    var padded = (text + '===='.slice((text.length + 3) % 4 + 1)).replace(/-/g, '+').replace(/_/g, '/');
    var raw = window.atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  function setUpPush() {
    var panel = document.getElementById('push');
    if (!panel) {
      return;
    }
    var on = document.getElementById('push-on');
    var off = document.getElementById('push-off');
    var state = document.getElementById('push-state');
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
      return;
    }
    function say(key) {
      state.textContent = panel.getAttribute('data-msg-' + key) || key;
    }
    function show(subscribed) {
      on.hidden = subscribed;
      off.hidden = !subscribed;
      say(Notification.permission === 'denied' ? 'denied' : (subscribed ? 'on' : 'off'));
    }
    function send(url, subscription) {
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      headers[panel.getAttribute('data-csrf-header')] = panel.getAttribute('data-csrf');
      return fetch(url, {
        method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(subscription)
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            throw new Error(body.message || panel.getAttribute('data-msg-failed'));
          }
          return body;
        });
      });
    }
    function failed(error) {
      state.textContent = (error && error.message) || panel.getAttribute('data-msg-failed');
      on.disabled = false;
      off.disabled = false;
    }
    var registration = navigator.serviceWorker.register('/sw.js', { scope: '/' });
    registration.then(function (sw) {
      return sw.pushManager.getSubscription();
    }).then(function (subscription) {
      show(!!subscription);
    }).catch(failed);

    on.addEventListener('click', function () {
      on.disabled = true;
      say('working');
      Promise.all([registration, fetch(panel.getAttribute('data-push-key'), {
        credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok || !body.publicKey) {
            throw new Error(body.message || panel.getAttribute('data-msg-failed'));
          }
          return body.publicKey;
        });
      })]).then(function (both) {
        return Notification.requestPermission().then(function (permission) {
          if (permission !== 'granted') {
            throw new Error(panel.getAttribute('data-msg-denied'));
          }
          return both[0].pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(both[1]) });
        });
      }).then(function (subscription) {
        return send(panel.getAttribute('data-push-subscribe'), subscription.toJSON()).catch(function (error) {
          // The service would not take it: this browser is not left subscribed for nothing.
          return subscription.unsubscribe().then(function () { throw error; });
        });
      }).then(function () {
        on.disabled = false;
        show(true);
      }).catch(failed);
    });

    off.addEventListener('click', function () {
      off.disabled = true;
      say('working');
      registration.then(function (sw) {
        return sw.pushManager.getSubscription();
      }).then(function (subscription) {
        if (!subscription) {
          return null;
        }
        return send(panel.getAttribute('data-push-unsubscribe'), subscription.toJSON()).then(function () {
          return subscription.unsubscribe();
        });
      }).then(function () {
        off.disabled = false;
        show(false);
      }).catch(failed);
    });
  }

  function start() {
    connect();
    setUpPush();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
