/* The PLOVER coding scheme as the server's GET /plover gives it (the event types, each with
 * its quad class, and the quad classes' names), the colours the app draws them in, and an
 * event's modality in words. */
import { api, once } from "./api.js";
import { h } from "./dom.js";

export const COOP = "#2e8b57";
export const CONFLICT = "#c62828";
export const NEUTRAL = "#8a8f98";
// Each quad class has a colour, and a family of shades its types take in the table's order.
const QUAD_COLOURS = { 1: "#2f6fbf", 2: COOP, 3: "#d9822b", 4: CONFLICT };
const SHADES = {
  1: ["#1f5fa8", "#4a8fd9", "#86bdf0", "#2a4f7a", "#5f87b3"],
  2: ["#2e8b57", "#6cc08b", "#a9dcb9", "#1d5e3a", "#4f9e72"],
  3: ["#f2a65a", "#e07a2f", "#f6cf65", "#a0522d", "#b8651b"],
  4: ["#9c3fb5", "#f08080", "#e53935", "#8b0000", "#d38fe0"],
};

let quads = new Map(); // quad -> {label, colour}
let types = new Map(); // type -> {quad, colour, order}
/** Fetch the table once (again after a failure); the pages read it through the functions
 *  below, so every render waits for this first. */
export const loadPlover = once(() => api("plover").then((table) => {
  quads = new Map(table.quads.map((q) => [q.quad, { label: q.label,
    colour: QUAD_COLOURS[q.quad] || NEUTRAL }]));
  const seen = new Map();
  types = new Map(table.types.map((t, order) => {
    const rank = seen.get(t.quad) || 0;
    seen.set(t.quad, rank + 1);
    const shades = SHADES[t.quad] || [NEUTRAL];
    return [t.type, { quad: t.quad, colour: shades[rank % shades.length], order }];
  }));
}));

export function typeNames() {
  return [...types.keys()];
}
export function typeColour(type) {
  const info = types.get(type);
  return info ? info.colour : NEUTRAL;
}
export function typeOrder(type) {
  const info = types.get(type);
  return info ? info.order : 99;
}
export function quadOf(type, quad) {
  if (quad) return quad;
  const info = types.get(type);
  return info ? info.quad : null;
}
/** [[quad, label, colour]] in quad order. */
export function quadList() {
  return [...quads].map(([q, v]) => [q, v.label, v.colour]);
}
export function quadLabel(q) {
  const info = quads.get(Number(q));
  return info ? info.label : "quad " + q;
}
/** "3 verbal conflict", or null without a quad. */
export function quadName(q) {
  return q ? `${q} ${quadLabel(q)}` : null;
}

export function typeChip(type, quad) {
  const q = quadOf(type, quad);
  const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
  swatch.style.background = typeColour(type);
  return h("span", {
    class: ["chip", q ? "q" + q : null], title: q ? quadLabel(q) : null,
    dataset: { type: type || "" },
  }, swatch, type || "?");
}
// How the text holds an event (the record's `modality`, and `negated`), in words.
export const MODALITIES = [
  ["asserted", "the article says it happened"],
  ["reported", "someone in the article says it happened"],
  ["future", "announced or expected; has not happened yet"],
  ["hypothetical", "might happen; not said to have happened"],
  ["conditional", "would happen if a condition is met"],
];
const MODALITY_INFO = new Map(MODALITIES);
/** Badges for an event's negation ("not") and modality (left out when asserted, unless
 *  `full`), so a negated or unrealised event never reads as a plain one. */
export function modalityBadges(ev, full) {
  const out = [];
  if (ev.negated) {
    out.push(h("span", { class: "badge negated", title: "negated: the text says this did "
      + "not happen" }, "not"));
  }
  const m = ev.modality || "asserted";
  if (m !== "asserted" || full) {
    out.push(h("span", { class: ["badge", "modality", "m-" + m], dataset: { modality: m },
      title: `${m}: ${MODALITY_INFO.get(m) || ""}` }, m));
  }
  return out.length ? h("span", { class: "badges" }, out) : null;
}
/** One sentence for an event that did not, or not yet, happen (null for the others). */
export function modalityNotice(ev) {
  const m = ev.modality || "asserted";
  if (ev.negated) {
    return "Negated: the text says this event did not happen" +
      (m === "asserted" ? "." : ` (${m}: ${MODALITY_INFO.get(m) || m}).`);
  }
  if (m === "asserted" || m === "reported") return null;
  return `${m[0].toUpperCase()}${m.slice(1)}: ${MODALITY_INFO.get(m) || m}.`;
}
export function irrealis(ev) { // a class for rows and items of events that did not happen (yet)
  const m = ev.modality || "asserted";
  return [ev.negated ? "negated" : null,
    m !== "asserted" && m !== "reported" ? "irrealis" : null];
}
