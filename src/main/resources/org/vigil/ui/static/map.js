// The incident map: Natural Earth countries as the basemap (served by Vigil), incidents as
// markers clustered when dense, coloured by type and sized by known fatalities (dashed when
// unknown), each reachable by keyboard (Tab, then Enter opens its card).
(function () {
  const form = document.getElementById('map-filters');
  const status = document.getElementById('map-status');
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 20], 2);
  // Country names label the basemap from zoom 3 on, each at the middle of the country's largest part.
  const labels = L.layerGroup();
  function middle(layer) {
    const parts = layer.feature.geometry.type === 'MultiPolygon' ? layer.getLatLngs() : [layer.getLatLngs()];
    const largest = parts.reduce((a, b) => (b[0].length > a[0].length ? b : a));
    return L.latLngBounds(largest[0]).getCenter();
  }
  function showLabels() {
    if (map.getZoom() >= 3) { labels.addTo(map); } else { labels.remove(); }
  }
  fetch('/ui/map/countries').then(r => r.json()).then(g => {
    L.geoJSON(g, { interactive: false, style: { color: '#6b7785', weight: 0.6, fillColor: '#f3f1ea', fillOpacity: 1 } })
      .addTo(map).bringToBack().eachLayer(l => {
        if (!l.feature.properties || !l.feature.properties.name) { return; }
        const name = document.createElement('span');
        name.textContent = l.feature.properties.name;
        labels.addLayer(L.tooltip({ permanent: true, direction: 'center', className: 'country-label', interactive: false })
          .setLatLng(middle(l)).setContent(name));
      });
    showLabels();
  });
  map.on('zoomend', showLabels);
  // Clusters take the colour of their most frequent type and say how many incidents and known deaths they hold.
  const cluster = L.markerClusterGroup({ maxClusterRadius: 40, iconCreateFunction: c => {
    const kids = c.getAllChildMarkers();
    const byType = new Map();
    let killed = 0;
    kids.forEach(m => { byType.set(m.options.vigil.type, (byType.get(m.options.vigil.type) || 0) + 1);
      killed += m.options.vigil.killed || 0; });
    const top = [...byType.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const size = 28 + Math.min(24, 4 * Math.log2(1 + killed));
    const label = kids.length + ' incidents, mostly ' + top.replace(/_/g, ' ') + ', ' + killed + ' known killed';
    return L.divIcon({ className: 'incident-cluster', iconSize: [size, size], html: dot(top, label, String(kids.length)) });
  } });
  map.addLayer(cluster);

  // Colours come from the stylesheet's .t-TYPE classes: the Content-Security-Policy allows no inline style.
  function dot(type, label, text) {
    const s = document.createElement('span');
    s.className = 't-' + String(type).replace(/[^a-z_]/g, '');
    s.title = label;
    s.textContent = text;
    return s;
  }

  function line(div, k, v) {
    const d = document.createElement('div');
    d.textContent = k + ': ' + v;
    div.appendChild(d);
  }

  // The popup's card is read when it opens (type, date, place and precision, group, tolls, sources, link).
  function card(p, popup) {
    fetch('/ui/map/card/' + p.id).then(r => r.json()).then(c => {
      const div = document.createElement('div');
      div.className = 'popup';
      const h = document.createElement('h3');
      const a = document.createElement('a');
      a.href = c.url;
      a.textContent = c.typeLabel + ' · ' + c.date;
      h.appendChild(a);
      div.appendChild(h);
      line(div, 'Place', c.place + (c.precision ? ' (' + c.precision + ')' : ''));
      if (c.group) { line(div, 'Group', c.group); }
      line(div, 'Killed', c.killed);
      line(div, 'Wounded', c.wounded);
      line(div, 'Sources', String(c.sources));
      if (c.background) { line(div, 'Note', 'known only from a background mention'); }
      popup.setContent(div);
    }).catch(() => popup.setContent('The incident could not be loaded.'));
    return 'Loading…';
  }

  function marker(p) {
    const size = 10 + Math.min(28, 4 * Math.sqrt(p.killed || 0));
    const label = (p.type || '').replace(/_/g, ' ') + (p.date ? ', ' + p.date : '') + (p.place ? ', ' + p.place : '')
      + ', ' + (p.killed === null ? 'toll unknown' : p.killed + ' killed');
    const m = L.marker([p.lat, p.lon], { keyboard: true, title: label, vigil: p, icon: L.divIcon({
      className: 'incident-marker' + (p.killed === null ? ' unknown' : ''), iconSize: [size, size],
      html: dot(p.type, label, '') }) });
    m.on('add', () => { const e = m.getElement(); e.setAttribute('role', 'button'); e.setAttribute('aria-label', label); });
    const popup = L.popup();
    m.bindPopup(popup);
    m.on('popupopen', () => popup.setContent(card(p, popup)));
    return m;
  }

  function params() {
    const q = new URLSearchParams();
    new FormData(form).forEach((v, k) => { if (v) { q.set(k, v); } });
    return q;
  }

  function load() {
    const q = params();
    history.replaceState(null, '', '/ui/map' + (q.toString() ? '?' + q : ''));
    document.getElementById('list-link').href = '/ui/incidents' + (q.toString() ? '?' + q : '');
    status.textContent = 'Loading…';
    fetch('/ui/map/data?' + q).then(r => r.json()).then(d => {
      cluster.clearLayers();
      const markers = d.points.map(marker);
      cluster.addLayers(markers);
      if (markers.length && q.toString()) {
        map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 6, animate: false });
      }
      status.textContent = d.points.length + (d.points.length === 1 ? ' incident shown' : ' incidents shown') + (d.points.length >= d.limit
        ? ' (the ' + d.limit + ' deadliest of ' + d.total + ' that match)'
        : d.total > d.points.length ? ' (' + (d.total - d.points.length) + ' more match but have no coordinates)' : '') + '.';
      status.dataset.count = String(d.points.length);
    }).catch(() => { status.textContent = 'The incidents could not be loaded.'; });
  }

  const slider = document.getElementById('f-slider');
  const since = document.getElementById('f-since');
  const out = document.getElementById('slider-value');
  const first = new Date(slider.dataset.min + 'T00:00:00Z');
  const last = new Date(slider.dataset.max + 'T00:00:00Z');
  const months = Math.max(0, (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth());
  slider.max = String(months);
  function monthStart(n) {
    const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + n, 1));
    return d.toISOString().slice(0, 10);
  }
  slider.value = since.value ? String(Math.max(0, Math.min(months,
    (new Date(since.value).getUTCFullYear() - first.getUTCFullYear()) * 12 + new Date(since.value).getUTCMonth() - first.getUTCMonth()))) : '0';
  out.textContent = 'from ' + (since.value || monthStart(0));
  slider.addEventListener('input', () => { out.textContent = 'from ' + monthStart(Number(slider.value)); });
  slider.addEventListener('change', () => { since.value = Number(slider.value) === 0 ? '' : monthStart(Number(slider.value)); load(); });
  form.addEventListener('change', e => { if (e.target !== slider) { load(); } });
  form.addEventListener('submit', e => { e.preventDefault(); load(); });
  load();
}());
