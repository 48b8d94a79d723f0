// The incident map: Natural Earth countries as the basemap (served by Vigil), incidents as
// circle markers clustered when dense, coloured by type and sized by fatalities.
(function () {
  const colours = window.VIGIL_TYPE_COLOURS;
  const form = document.getElementById('map-filters');
  const status = document.getElementById('map-status');
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 20], 2);
  fetch('/ui/map/countries').then(r => r.json()).then(g => {
    L.geoJSON(g, { interactive: false, style: { color: '#6b7785', weight: 0.6, fillColor: '#f3f1ea', fillOpacity: 1 } })
      .addTo(map).bringToBack();
  });
  const cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
  map.addLayer(cluster);

  function card(p) {
    const div = document.createElement('div');
    div.className = 'popup';
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = '/ui/incidents/' + p.id;
    a.textContent = (p.type || '').replace(/_/g, ' ') + (p.date ? ' · ' + p.date : '');
    h.appendChild(a);
    div.appendChild(h);
    [['Place', p.place], ['Group', p.group], ['Killed', String(p.killed)]].forEach(([k, v]) => {
      if (v) { const line = document.createElement('div'); line.textContent = k + ': ' + v; div.appendChild(line); }
    });
    return div;
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
      const markers = d.points.map(p => {
        const m = L.circleMarker([p.lat, p.lon], { radius: 5 + Math.min(20, 3 * Math.sqrt(p.killed || 0)),
          color: '#1b1f24', weight: 1, fillColor: colours[p.type] || '#555', fillOpacity: 0.85 });
        m.bindPopup(() => card(p));
        return m;
      });
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
