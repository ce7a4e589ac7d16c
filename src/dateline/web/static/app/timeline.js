/* The timeline chart: stacked bars of event counts per month or year and type. */
import { chartWidth, h, hashFor, legend, s } from "./dom.js";
import { typeColour, typeOrder } from "./plover.js";

function monthEnd(period) {
  const [y, m] = period.split("-").map(Number);
  if (!m) return `${y}-12-31`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(last).padStart(2, "0")}`;
}

/** Stacked bars of event counts per period and type; `filters` make bars link to events. */
export function timelineChart(series, filters) {
  let points = series.filter((p) => /^\d{4}(-\d{2})?$/.test(p.period));
  if (!points.length) return h("p", { class: "muted" }, "No dated events.");
  const months = (p) => {
    const [y, m] = p.split("-").map(Number);
    return y * 12 + (m || 1) - 1;
  };
  // A few events dated decades away from the rest (history the article recalls, a distant
  // target year) would squeeze every bar to a hairline: they are left out, and said so.
  const total = points.reduce((n, p) => n + p.count, 0);
  const outside = [];
  for (;;) {
    const at = [...new Set(points.map((p) => months(p.period)))].sort((a, b) => a - b);
    if (at.length < 2) break;
    const share = (m) => points.filter((p) => months(p.period) === m)
      .reduce((n, p) => n + p.count, 0);
    const [lo, lo2, hi2, hi] = [at[0], at[1], at[at.length - 2], at[at.length - 1]];
    let drop = null;
    if (lo2 - lo > 120 && share(lo) <= total * 0.1) drop = lo;
    else if (hi - hi2 > 120 && share(hi) <= total * 0.1) drop = hi;
    if (drop === null) break;
    outside.push(...points.filter((p) => months(p.period) === drop));
    points = points.filter((p) => months(p.period) !== drop);
  }
  const first = Math.min(...points.map((p) => months(p.period)));
  const last = Math.max(...points.map((p) => months(p.period)));
  const yearly = last - first > 120 || points.every((p) => p.period.length === 4);
  if (yearly) {
    const merged = new Map();
    for (const p of points) {
      const key = p.period.slice(0, 4) + "|" + p.type;
      merged.set(key, (merged.get(key) || 0) + p.count);
    }
    points = [...merged].map(([key, count]) => {
      const [period, type] = key.split("|");
      return { period, type, count };
    });
  }
  const periods = [];
  if (yearly) {
    for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++) periods.push(String(y));
  } else {
    for (let m = first; m <= last; m++) {
      periods.push(`${Math.floor(m / 12)}-${String(m % 12 + 1).padStart(2, "0")}`);
    }
  }
  const types = [...new Set(points.map((p) => p.type))]
    .sort((a, b) => typeOrder(a) - typeOrder(b) || a.localeCompare(b));
  const cell = new Map(points.map((p) => [p.period + "|" + p.type, p.count]));
  const totals = periods.map((p) => types.reduce((n, t) => n + (cell.get(p + "|" + t) || 0), 0));
  const max = Math.max(1, ...totals);
  // drawn at the width it will take on screen, so 11 px labels stay 11 px on a phone
  const W = chartWidth(720), H = W < 500 ? 220 : 260, left = 34, right = 8, top = 10,
    bottom = 34;
  const plotW = W - left - right, plotH = H - top - bottom;
  const step = plotW / periods.length;
  const barW = Math.max(1, Math.min(step * 0.8, 40));
  const chart = s("svg", { class: "chart timeline", viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": `Events per ${yearly ? "year" : "month"} by type` });
  const ticks = niceTicks(max);
  for (const tick of ticks) {
    const y = top + plotH - (tick / max) * plotH;
    chart.append(s("line", { class: "grid-line", x1: left, x2: W - right, y1: y, y2: y }),
      s("text", { class: "axis-label", x: left - 4, y: y + 3, "text-anchor": "end" },
        String(tick)));
  }
  const labelEvery = Math.ceil(periods.length / Math.max(2, Math.min(12,
    Math.floor(plotW / 52))));
  periods.forEach((period, i) => {
    const x = left + i * step + (step - barW) / 2;
    let y = top + plotH;
    for (const type of types) {
      const count = cell.get(period + "|" + type) || 0;
      if (!count) continue;
      const hgt = (count / max) * plotH;
      y -= hgt;
      const since = yearly ? `${period}-01-01` : `${period}-01`;
      const bar = s("rect", {
        class: "bar", x: x.toFixed(2), y: y.toFixed(2), width: barW.toFixed(2),
        height: Math.max(hgt, 0.5).toFixed(2), fill: typeColour(type),
        dataset: { period, type, count },
      }, s("title", null, `${period} ${type}: ${count}`));
      const anchor = s("a", { href: hashFor("/events", { ...filters, type, since,
        until: monthEnd(period) }) }, bar);
      chart.append(anchor);
    }
    const show = yearly ? i % labelEvery === 0
      : (periods.length <= 12 || period.endsWith("-01") || i === 0) &&
        (i % labelEvery === 0 || period.endsWith("-01"));
    if (show) {
      chart.append(s("text", { class: "axis-label", x: (left + i * step + step / 2).toFixed(1),
        y: H - bottom + 14, "text-anchor": "middle" },
      yearly || periods.length <= 12 ? period : period.slice(0, 4)));
    }
  });
  chart.append(s("line", { class: "axis", x1: left, x2: W - right, y1: top + plotH,
    y2: top + plotH }));
  const leftOut = outside.reduce((n, p) => n + p.count, 0);
  return h("figure", { class: "chart-box" }, chart,
    legend(types.map((t) => [typeColour(t), t])),
    h("figcaption", { class: "muted small" },
      `Events per ${yearly ? "year" : "month"} by PLOVER type (event date, not publication; `,
      "events dated only to a year are not counted). Click a bar for its events.",
      leftOut ? [` ${leftOut} event(s) dated far from the rest (`,
        [...new Set(outside.map((p) => p.period.slice(0, 4)))].sort().join(", "),
        ") are left out of the chart; the event list has them."] : null));
}

function niceTicks(max) {
  const raw = max / 4;
  const mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((v) => v >= raw) || mag;
  const ticks = [];
  for (let v = 0; v <= max; v += Math.max(1, step)) ticks.push(v);
  return ticks;
}
