// The Alerts page: subscribes to the session's alert stream and puts each new or updated alert
// at the top of the table, replacing the row of its earlier version. Text goes in through
// textContent only, never as HTML.
(function () {
  'use strict';
  var rows = document.getElementById('alert-rows');
  var status = document.getElementById('alert-status');
  if (!rows || !window.EventSource) {
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

  function show(data) {
    var a = data.alert;
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
  }

  var source = new EventSource('/ui/alerts/stream');
  source.addEventListener('open', function () {
    document.body.setAttribute('data-alert-stream', 'open');
  });
  source.addEventListener('alert', function (e) {
    try {
      show(JSON.parse(e.data));
      if (status) {
        status.setAttribute('data-live', String(Number(status.getAttribute('data-live') || 0) + 1));
      }
    } catch (err) {
      // a malformed event is skipped; the next page load shows the stored alerts
    }
  });
})();
