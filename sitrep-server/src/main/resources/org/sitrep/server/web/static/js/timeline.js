/* global uPlot */
// Events per day by type as stacked bars (uPlot). Dragging across the chart selects a date range,
// reported through onBrush(from, to) as ISO dates; the selection stays drawn while it is the
// active from/to filter.
import { h, clear } from "./dom.js";
import { TYPES } from "./types.js";

const DAY = 86400;
const iso = (sec) => new Date(sec * 1000).toISOString().slice(0, 10);
const secs = (isoDate) => Date.parse(isoDate + "T00:00:00Z") / 1000;

export class Timeline {
  constructor(element, legend, onBrush) {
    this.element = element;
    this.onBrush = onBrush;
    this.plot = null;
    clear(legend);
    for (const [name, color] of TYPES) {
      const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.background = color; // CSSOM, not a style attribute: allowed by the CSP
      legend.append(h("li", {}, swatch, name));
    }
  }

  /** @param rows [{date, type, events, fatalities}] from /api/stats/daily */
  show(rows, from, to) {
    if (this.plot) this.plot.destroy();
    this.plot = null;
    clear(this.element);
    if (!rows.length) {
      this.element.append(h("p", { class: "empty" }, "No events for this filter."));
      return;
    }
    const dates = rows.map((r) => secs(r.date));
    const first = Math.min(...dates);
    const last = Math.max(...dates);
    const xs = [];
    for (let t = first; t <= last; t += DAY) xs.push(t);
    const perType = TYPES.map(([name]) => xs.map((x) =>
      rows.filter((r) => r.type === name && secs(r.date) === x).reduce((s, r) => s + r.events, 0)));
    // Stack: series k holds the sum of types 0..k; drawn top-down so lower bands overpaint.
    const stacked = perType.map((_, k) => xs.map((_, i) => perType.slice(0, k + 1).reduce((s, a) => s + a[i], 0)));
    const order = TYPES.map((_, k) => k).reverse();
    const bars = uPlot.paths.bars({ size: [0.8, 40] });
    const opts = {
      width: Math.max(this.element.clientWidth, 300),
      height: 110,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false } },
      scales: { x: { time: true, range: () => [first - DAY, last + DAY] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [
        { incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 91 * DAY, 365 * DAY], values: (u, vals) => vals.map((v) => iso(v)) },
        { size: 36, space: 16, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500] },
      ],
      series: [{}, ...order.map((k) => ({
        label: TYPES[k][0], fill: TYPES[k][1], stroke: TYPES[k][1], width: 0, paths: bars, points: { show: false },
      }))],
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 2) return;
          const a = u.posToVal(u.select.left, "x");
          const b = u.posToVal(u.select.left + u.select.width, "x");
          // Bars are centred on each day's 00:00 UTC: the range holds the days whose bar centre
          // lies inside the selection.
          const from = Math.ceil(a / DAY) * DAY;
          const to = Math.floor(b / DAY) * DAY;
          if (from <= to) this.onBrush(iso(from), iso(to));
        }],
      },
    };
    this.plot = new uPlot(opts, [xs, ...order.map((k) => stacked[k])], this.element);
    if (from || to) {
      const left = this.plot.valToPos(from ? secs(from) - DAY / 2 : first - DAY / 2, "x");
      const right = this.plot.valToPos(to ? secs(to) + DAY / 2 : last + DAY / 2, "x");
      this.plot.setSelect({ left, width: Math.max(0, right - left), top: 0, height: this.plot.bbox.height / devicePixelRatio }, false);
    }
  }
}
