// The Alerts page: subscribes to the session's alert stream and puts each new or updated alert
// at the top of the table, replacing the row of its earlier version. It also polls for alerts
// stored since the page loaded, which brings those raised by another process (vigil ingest at
// the command line) that the stream does not carry. Text goes in through textContent only.
(function () {
  'use strict';
  var rows = document.getElementById('alert-rows');
  var status = document.getElementById('alert-status');
  if (!rows || !window.EventSource || !window.fetch) {
    return;
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) {
      td.className = cls;
    }
    if (text !== null) {
      td.textContent = text;
    }
    tr.appendChild(td);
    return td;
  }

  var shown = {};
  var since = '';

  function show(data) {
    var a = data.alert;
    if (shown[a.id] >= a.version) {
      return false;
    }
    shown[a.id] = a.version;
    if (a.updatedAt > since) {
      since = a.updatedAt;
    }
    var old = rows.querySelector('tr[data-alert-id="' + Number(a.id) + '"]');
    if (old) {
      old.remove();
    }
    var tr = document.createElement('tr');
    tr.setAttribute('data-alert-id', String(Number(a.id)));
    tr.className = 'live';
    var t = document.createElement('time');
    t.setAttribute('datetime', a.updatedAt);
    t.textContent = a.updatedAt;
    cell(tr, null).appendChild(t);
    cell(tr, data.watchlist ? data.watchlist.name : '#' + a.watchlistId);
    var link = document.createElement('a');
    link.href = '/ui/incidents/' + Number(a.incidentId);
    link.textContent = '#' + Number(a.incidentId) + ' ' + a.summary;
    cell(tr, null).appendChild(link);
    cell(tr, a.reason);
    cell(tr, a.version + (a.version > 1 ? ' (updated)' : ''), 'n');
    rows.insertBefore(tr, rows.firstChild);
    var empty = document.getElementById('no-alerts');
    if (empty) {
      empty.remove();
    }
    return true;
  }

  function counted(data) {
    if (show(data) && status) {
      status.setAttribute('data-live', String(Number(status.getAttribute('data-live') || 0) + 1));
    }
  }

  Array.prototype.forEach.call(rows.querySelectorAll('tr[data-alert-id]'), function (tr) {
    shown[tr.getAttribute('data-alert-id')] = Number(tr.getAttribute('data-version'));
    var t = tr.querySelector('time');
    if (t && t.getAttribute('datetime') > since) {
      since = t.getAttribute('datetime');
    }
  });

  function poll() {
    fetch('/ui/alerts/recent?since=' + encodeURIComponent(since), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) { list.reverse().forEach(counted); })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { setTimeout(poll, POLL_MS); });
  }
  var POLL_MS = Number(rows.getAttribute('data-poll-ms')) || 5000;
  setTimeout(poll, POLL_MS);

  var source = new EventSource('/ui/alerts/stream');
  source.addEventListener('open', function () {
    document.body.setAttribute('data-alert-stream', 'open');
  });
  source.addEventListener('alert', function (e) {
    try {
      counted(JSON.parse(e.data));
    } catch (err) {
      // a malformed event is skipped; the next page load shows the stored alerts
    }
  });
})();
