// Group profile: incidents per year by type, killed per year, a small map and a graph of
// related groups, agencies, places and incidents.
(function () {
  const el = document.getElementById('group-data');
  if (!el) { return; }
  const data = JSON.parse(el.textContent);
  const colours = window.VIGIL_TYPE_COLOURS;
  const P = window.VIGIL_PERIODS;
  const known = data.years.filter(y => y.year);
  const years = P.fill(known.map(y => y.year), 'year');
  const types = [...new Set(known.map(y => y.type))].sort();
  const sum = (t, pick, f) => years.map(x => ({ x, y: known.filter(r => P.start(r.year) === x && f(r))
    .reduce((a, r) => a + r[pick], 0) }));
  if (typeof Chart !== 'undefined') {
    const common = { responsive: true, maintainAspectRatio: false, animation: false };
    new Chart(document.getElementById('g-years'), { type: 'bar', data: { datasets: types.map(t => ({
      label: t.replace(/_/g, ' '), backgroundColor: colours[t] || '#555', data: sum(t, 'incidents', r => r.type === t) })) },
      options: { ...common, scales: { x: P.axis('year', true), y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
    new Chart(document.getElementById('g-killed'), { type: 'bar', data: { datasets: [{ label: 'killed',
      backgroundColor: '#b3261e', data: sum(null, 'killed', () => true) }] },
      options: { ...common, scales: { x: P.axis('year', false), y: { beginAtZero: true, ticks: { precision: 0 } } } } });
  }
  if (typeof L !== 'undefined') {
    const map = L.map('group-map', { minZoom: 1, maxZoom: 12 }).setView([15, 20], 1);
    fetch('/ui/map/countries').then(r => r.json()).then(g => L.geoJSON(g, { interactive: false,
      style: { color: '#6b7785', weight: 0.5, fillColor: '#f3f1ea', fillOpacity: 1 } }).addTo(map).bringToBack());
    fetch('/ui/map/data?group=' + encodeURIComponent(data.group)).then(r => r.json()).then(d => {
      const pts = d.points.map(p => L.circleMarker([p.lat, p.lon], { radius: 4 + Math.min(14, 2 * Math.sqrt(p.killed || 0)),
        color: '#1b1f24', weight: 1, fillColor: colours[p.type] || '#555', fillOpacity: 0.85 }).addTo(map));
      if (pts.length) { map.fitBounds(L.featureGroup(pts).getBounds().pad(0.5), { maxZoom: 5, animate: false }); }
    });
  }
  if (typeof cytoscape !== 'undefined') {
    const shape = { group: 'round-rectangle', agency: 'diamond', place: 'triangle', incident: 'ellipse' };
    const fill = { group: '#b3261e', agency: '#1d4f8a', place: '#22753a', incident: '#6b7785' };
    const cy = cytoscape({ container: document.getElementById('graph'),
      // distinct starting places on a circle: nodes alike (two incidents at one place) would otherwise start and stay together
      elements: [...data.graph.nodes.map((n, i, all) => ({ data: n, position: { x: 300 * Math.cos(2 * Math.PI * i / all.length),
        y: 300 * Math.sin(2 * Math.PI * i / all.length) } })),
        ...data.graph.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, label: e.label || '' } }))],
      style: [{ selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 110,
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#fff', 'text-background-opacity': 0.85,
          'text-background-padding': 1, 'background-color': n => fill[n.data('kind')] || '#555',
          shape: n => shape[n.data('kind')] || 'ellipse', width: 16, height: 16 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#9aa3ad', label: 'data(label)', 'font-size': 8,
          'text-background-color': '#fff', 'text-background-opacity': 0.85 } }],
      // labels count in the layout's node sizes, so that the layout keeps them apart
      layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 400000,
        idealEdgeLength: () => 60, nodeOverlap: 20, padding: 10, componentSpacing: 60, numIter: 2000 } });
    window.VIGIL_GRAPH = cy;
    cy.on('tap', 'node', e => {
      const id = e.target.id();
      if (id.startsWith('i:')) { location.href = '/ui/incidents/' + id.slice(2); }
      if (id.startsWith('g:')) { location.href = '/ui/groups/' + encodeURIComponent(id.slice(2)); }
    });
  }
}());
