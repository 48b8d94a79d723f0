// Every period from the first to the last key, so that charts on a time axis show empty months,
// weeks or years as zero instead of drawing across them. Keys: "YYYY" (year), "YYYY-MM" (month),
// "YYYY-MM-DD" (week starting that day). Returns UTC milliseconds, oldest first.
window.VIGIL_PERIODS = Object.freeze({
  start(key) {
    const [y, m, d] = key.split('-').map(Number);
    return Date.UTC(y, (m || 1) - 1, d || 1);
  },
  fill(keys, unit) {
    if (!keys.length) { return []; }
    const sorted = [...keys].sort();
    const last = this.start(sorted[sorted.length - 1]);
    const out = [];
    for (let t = this.start(sorted[0]); t <= last;) {
      out.push(t);
      const d = new Date(t);
      t = unit === 'week' ? t + 7 * 86400000 : unit === 'year' ? Date.UTC(d.getUTCFullYear() + 1, 0, 1)
        : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
    return out;
  },
  // The time axis of Chart.js (with the Luxon adapter), in UTC, stepping by unit.
  axis(unit, stacked) {
    return { type: 'time', stacked, offset: true, adapters: { date: { zone: 'UTC' } },
      time: { unit, tooltipFormat: unit === 'week' ? "'week of' d LLL yyyy" : unit === 'year' ? 'yyyy' : 'LLL yyyy' },
      ticks: { autoSkip: true, maxRotation: 0 } };
  }
});
