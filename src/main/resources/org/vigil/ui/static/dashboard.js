// Dashboard charts: incidents per period stacked by type, killed and wounded per period.
(function () {
  const el = document.getElementById('dash-data');
  if (!el || typeof Chart === 'undefined') { return; }
  const data = JSON.parse(el.textContent);
  const colours = Object.assign({}, window.VIGIL_TYPE_COLOURS, { other_violence: '#777' });
  const periods = [...new Set(data.periods.map(p => p.period))].sort();
  const types = [...new Set(data.periods.map(p => p.type))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const byType = types.map(t => {
    const values = new Array(periods.length).fill(0);
    data.periods.filter(p => p.type === t).forEach(p => { values[index.get(p.period)] += p.incidents; });
    return { label: t.replace(/_/g, ' '), data: values, backgroundColor: colours[t] || '#777' };
  });
  const killed = new Array(periods.length).fill(0);
  const wounded = new Array(periods.length).fill(0);
  data.periods.forEach(p => { killed[index.get(p.period)] += p.killed; wounded[index.get(p.period)] += p.wounded; });
  const common = { responsive: true, maintainAspectRatio: false, animation: false };
  new Chart(document.getElementById('by-type'), { type: 'bar', data: { labels: periods, datasets: byType },
    options: { ...common, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
  new Chart(document.getElementById('casualties'), { type: 'line', data: { labels: periods, datasets: [
    { label: 'killed', data: killed, borderColor: '#b3261e', backgroundColor: '#b3261e' },
    { label: 'wounded', data: wounded, borderColor: '#1d4f8a', backgroundColor: '#1d4f8a' }] },
    options: { ...common, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
}());
