// Dashboard charts on a time axis, every period shown (empty ones as zero): incidents per
// period stacked by type, killed and wounded per period.
(function () {
  const el = document.getElementById('dash-data');
  if (!el || typeof Chart === 'undefined') { return; }
  const data = JSON.parse(el.textContent);
  const P = window.VIGIL_PERIODS;
  const unit = data.unit;
  const colours = Object.assign({}, window.VIGIL_TYPE_COLOURS, { other_violence: '#777' });
  const times = P.fill(data.periods.map(p => p.period), unit);
  const index = new Map(times.map((t, i) => [t, i]));
  const types = [...new Set(data.periods.map(p => p.type))].sort();
  const series = () => times.map(t => ({ x: t, y: 0 }));
  const byType = types.map(t => {
    const values = series();
    data.periods.filter(p => p.type === t).forEach(p => { values[index.get(P.start(p.period))].y += p.incidents; });
    return { label: t.replace(/_/g, ' '), data: values, backgroundColor: colours[t] || '#777' };
  });
  const killed = series();
  const wounded = series();
  data.periods.forEach(p => {
    const i = index.get(P.start(p.period));
    killed[i].y += p.killed;
    wounded[i].y += p.wounded;
  });
  const common = { responsive: true, maintainAspectRatio: false, animation: false };
  new Chart(document.getElementById('by-type'), { type: 'bar', data: { datasets: byType },
    options: { ...common, scales: { x: P.axis(unit, true), y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
  new Chart(document.getElementById('casualties'), { type: 'line', data: { datasets: [
    { label: 'killed', data: killed, borderColor: '#b3261e', backgroundColor: '#b3261e', pointRadius: 1 },
    { label: 'wounded', data: wounded, borderColor: '#1d4f8a', backgroundColor: '#1d4f8a', pointRadius: 1 }] },
    options: { ...common, scales: { x: P.axis(unit, false), y: { beginAtZero: true, ticks: { precision: 0 } } } } });
}());
