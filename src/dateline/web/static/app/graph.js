/* The actor network: who acts on whom, laid out by d3-force. */
import d3 from "../vendor/d3/index.js";
import { api } from "./api.js";
import { actorHref, chartWidth, codeLink, fmt, h, legend, s, section, tableWrap } from "./dom.js";
import { CONFLICT, COOP, NEUTRAL } from "./plover.js";
import { filterForm } from "./widgets.js";

function edgeColour(edge) {
  const decided = edge.cooperation + edge.conflict;
  if (!decided) return NEUTRAL;
  return d3.interpolateRgb(COOP, CONFLICT)(edge.conflict / decided); // by the share of conflict
}

/** Node positions from a d3-force simulation run to rest before drawing: nearby actors repel
 *  each other and do not overlap, edges pull their ends together (harder with more events),
 *  and a pull to the middle keeps separate groups close. Deterministic: d3 starts the nodes
 *  on a spiral and draws its jitter from a fixed-seed generator. The chart then fits them
 *  into its box. */
function layout(nodes, edges) {
  const pos = nodes.map((node) => ({ code: node.code }));
  const known = new Set(nodes.map((node) => node.code));
  const links = edges.filter((e) => e.source !== e.target && known.has(e.source) &&
    known.has(e.target)).map((e) => ({ source: e.source, target: e.target, events: e.events }));
  const degree = new Map();
  for (const l of links) {
    for (const end of [l.source, l.target]) degree.set(end, (degree.get(end) || 0) + 1);
  }
  const weight = (l) => 0.6 + 0.4 * Math.log10(1 + l.events);
  d3.forceSimulation(pos)
    .force("link", d3.forceLink(links).id((p) => p.code).distance(40)
      .strength((l) => weight(l) / Math.min(degree.get(l.source.code), degree.get(l.target.code))))
    .force("charge", d3.forceManyBody().strength(-150).distanceMax(250))
    .force("collide", d3.forceCollide(18))
    .force("x", d3.forceX(0).strength(0.1))
    .force("y", d3.forceY(0).strength(0.1))
    .stop()
    .tick(300);
  return pos;
}

export function networkChart(network, options) {
  const opts = options || {};
  const nodes = network.nodes || [];
  const edges = network.edges || [];
  if (!nodes.length) return h("p", { class: "muted" }, "No edges between coded actors.");
  // as wide as the screen gives it (at most 480 / 900): labels keep their size on a phone
  const W = chartWidth(opts.compact ? 480 : 900);
  const H = W < 500 ? Math.round(W * 1.15) : (opts.compact ? 360 : 620);
  const pos = layout(nodes, edges);
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...edges.map((e) => e.events));
  const small = W < 500 ? 0.7 : 1; // smaller dots where the chart is phone-sized
  const radius = (n) => (5 + 16 * Math.sqrt(n.events / maxNode)) * small;
  // fit the layout into the box, leaving room for labels
  const pad = 30;
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((W - 2 * pad) / Math.max(x1 - x0, 1),
    (H - 2 * pad) / Math.max(y1 - y0, 1));
  for (const p of pos) {
    p.x = pad + (p.x - x0) * scale + ((W - 2 * pad) - (x1 - x0) * scale) / 2;
    p.y = pad + (p.y - y0) * scale + ((H - 2 * pad) - (y1 - y0) * scale) / 2;
  }
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  const chart = s("svg", { class: "chart network", viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": "Actor network: who acts on whom" });
  const edgeLayer = s("g", { class: "edges" });
  const nodeLayer = s("g", { class: "nodes" });
  for (const edge of edges) {
    const i = index.get(edge.source), j = index.get(edge.target);
    if (i === undefined || j === undefined) continue;
    const a = pos[i], b = pos[j];
    const dx = b.x - a.x, dy = b.y - a.y;
    const d = Math.max(Math.hypot(dx, dy), 1);
    // bend to the right of the direction of travel, so A→B and B→A do not overlap
    const cx = (a.x + b.x) / 2 - (dy / d) * d * 0.12;
    const cy = (a.y + b.y) / 2 + (dx / d) * d * 0.12;
    const colour = edgeColour(edge);
    const width = 1 + 7 * Math.sqrt(edge.events / maxEdge);
    // the arrow tip sits on the target's rim, pointing along the curve's last tangent
    const tx = b.x - cx, ty = b.y - cy;
    const tl = Math.max(Math.hypot(tx, ty), 1);
    const rb = radius(nodes[j]) + 2;
    const tip = { x: b.x - (tx / tl) * rb, y: b.y - (ty / tl) * rb };
    const size = 5 + width;
    const back = { x: tip.x - (tx / tl) * size, y: tip.y - (ty / tl) * size };
    const wing = { x: (-ty / tl) * size * 0.5, y: (tx / tl) * size * 0.5 };
    const title = `${edge.source} → ${edge.target}: ${edge.events} event(s), ` +
      `${edge.cooperation} cooperation, ${edge.conflict} conflict`;
    edgeLayer.append(s("a", { href: actorHref(edge.source, { target: edge.target }),
      class: "edge-link" },
    s("path", { class: "edge", d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},` +
        `${cy.toFixed(1)} ${back.x.toFixed(1)},${back.y.toFixed(1)}`,
    stroke: colour, "stroke-width": width.toFixed(2), fill: "none",
    dataset: { source: edge.source, target: edge.target, events: edge.events } },
    s("title", null, title)),
    s("polygon", { class: "arrow", fill: colour, points: [
      [tip.x, tip.y], [back.x + wing.x, back.y + wing.y], [back.x - wing.x, back.y - wing.y],
    ].map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ") },
    s("title", null, title))));
  }
  nodes.forEach((node, i) => {
    const p = pos[i];
    const r = radius(node);
    nodeLayer.append(s("a", { href: actorHref(node.code), class: "node-link" },
      s("circle", { class: ["node", node.code === opts.highlight ? "highlight" : null],
        cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1),
        dataset: { code: node.code, events: node.events } },
      s("title", null, `${node.code}: ${node.events} event(s) in these edges`)),
      s("text", { class: "node-label", x: p.x.toFixed(1), y: (p.y + r + 12).toFixed(1),
        "text-anchor": "middle" }, node.code)));
  });
  chart.append(edgeLayer, nodeLayer);
  return h("figure", { class: "chart-box" }, chart,
    legend([[COOP, "cooperation (quad 1–2)"], [CONFLICT, "conflict (quad 3–4)"],
      [NEUTRAL, "neither"]]),
    h("figcaption", { class: "muted small" }, "Arrows run from source to target; width ~ ",
      "events, colour = share of conflict among the edge's events. Click an actor or an arrow."));
}

export async function renderNetwork({ params, stale }) {
  const query = { actor: params.get("actor"), since: params.get("since"),
    until: params.get("until"), min_events: params.get("min_events") || 1,
    limit: params.get("limit") || 100 };
  const network = await api("network", query);
  if (stale()) return null;
  return [
    h("h1", null, "Actor network"),
    h("p", { class: "lead" }, "Who acts on whom, between coded actors."),
    filterForm("/network", params, [
      ["actor", "Around actor", "text", "e.g. IRN"], ["since", "Since", "date"],
      ["until", "Until", "date"], ["min_events", "Min. events", "number", "1"],
    ]),
    networkChart(network),
    network.edges.length ? section("Edges", tableWrap(h("table", { class: "grid edges-table" },
      h("thead", null, h("tr", null, ["Source", "Target", "Events", "Cooperation", "Conflict"]
        .map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, network.edges.map((e) => h("tr", null,
        h("td", null, codeLink(e.source)),
        h("td", null, codeLink(e.target)),
        h("td", { class: "num" }, h("a", { href: actorHref(e.source, { target: e.target }) },
          fmt(e.events))),
        h("td", { class: "num" }, fmt(e.cooperation)),
        h("td", { class: "num" }, fmt(e.conflict)))))))) : null,
  ];
}
