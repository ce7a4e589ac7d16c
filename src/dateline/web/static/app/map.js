/* The event map: the offline basemap (static/world.json) in d3-geo's equirectangular
 * projection, event dots grouped by place, panned and zoomed with d3-zoom. */
import d3 from "../vendor/d3/index.js";
import { api, world } from "./api.js";
import { hoverCards } from "./card.js";
import { eventHref, fmt, h, hashFor, legend, s, section, tableWrap } from "./dom.js";
import { irrealis, modalityBadges, quadList, quadOf, typeChip } from "./plover.js";
import { filterForm, typeOptions } from "./widgets.js";

const MAP_BOX = { x: 0, y: 5, w: 360, h: 150 }; // lon -180..180, lat 85..-65
// one map unit a degree: lon -180..180 -> x 0..360, lat 90..-90 -> y 0..180
const projection = d3.geoEquirectangular().scale(180 / Math.PI).translate([180, 90]);
// The basemap's rings are cut at the antimeridian already and drawn flat with the even-odd
// rule, so they go through the projection point by point, without d3's spherical clipping
// and resampling (which would bend straight borders into great circles).
const flat = d3.geoTransform({
  point(lon, lat) { this.stream.point(...projection([lon, lat])); },
});
const countryPath = (rings) => d3.geoPath(flat).digits(1)({
  type: "MultiPolygon", coordinates: rings.map((ring) => [ring]) });

/** The basemap with event dots grouped by location. */
export function mapSvg(data, items, options) {
  const opts = options || {};
  const byCountry = new Map();
  for (const it of items) {
    if (it.country) byCountry.set(it.country, (byCountry.get(it.country) || 0) + 1);
  }
  let box = { ...MAP_BOX };
  if (opts.focus) {
    const [fx, fy] = projection(opts.focus);
    box = { x: fx - 30, y: fy - 15, w: 60, h: 30 };
  }
  const chart = s("svg", { class: ["chart", "map", opts.mini ? "mini" : null],
    viewBox: `${box.x} ${box.y} ${box.w} ${box.h}`, role: "img",
    "aria-label": "Map of event locations", preserveAspectRatio: "xMidYMid meet" });
  chart.append(s("rect", { class: "sea", x: -360, y: -180, width: 1080, height: 540 }));
  const land = s("g", { class: "land" });
  for (const country of data.countries) {
    const count = country.code ? byCountry.get(country.code) || 0 : 0;
    land.append(s("path", { class: ["country", count ? "has-events" : null],
      d: countryPath(country.rings), "fill-rule": "evenodd",
      dataset: { code: country.code || "", name: country.name } },
    s("title", null, country.name + (count ? `: ${count} located event(s)` : ""))));
  }
  const groups = new Map();
  for (const it of items) {
    if (typeof it.lat !== "number" || typeof it.lon !== "number") continue;
    const key = it.lat.toFixed(2) + "," + it.lon.toFixed(2);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(it);
  }
  const dots = s("g", { class: "dots" });
  const sized = [];
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
  for (const group of ordered) {
    const quads = [1, 2, 3, 4].map((q) =>
      group.filter((e) => quadOf(e.type, e.quad) === q).length);
    const top = quads.indexOf(Math.max(...quads)) + 1;
    const [x, y] = projection([group[0].lon, group[0].lat]);
    const base = 1.1 + 0.6 * Math.sqrt(group.length);
    const dot = s("circle", { class: ["dot", "q" + top], cx: x.toFixed(2), cy: y.toFixed(2),
      r: base.toFixed(2), tabindex: 0,
      dataset: { place: group[0].place || "", count: group.length,
        ids: group.map((e) => e.id).join(" ") } },
    s("title", null, `${group[0].place || "?"}: ${group.length} event(s)`));
    dot.__events = group;
    sized.push([dot, base]);
    dots.append(dot);
  }
  const layer = s("g", { class: "zoomed" }, land, dots);
  chart.append(layer);
  const resize = (k) => {
    for (const [dot, base] of sized) dot.setAttribute("r", (base * k).toFixed(2));
  };
  resize(opts.mini ? 0.5 : 1);
  if (!opts.mini) {
    enableZoom(chart, layer, (zoom) => resize(1 / zoom)); // dots keep their size on screen
    hoverCards(chart, "circle.dot", (dot) => dotCard(dot.__events));
    chart.addEventListener("dblclick", (e) => {
      const dot = e.target.closest("circle.dot");
      if (dot && dot.__events.length === 1) location.hash = eventHref(dot.__events[0].id);
    });
    chart.addEventListener("keydown", (e) => {
      const dot = e.target.closest("circle.dot");
      if (dot && e.key === "Enter") location.hash = eventHref(dot.__events[0].id);
    });
  }
  return chart;
}

function dotCard(events) {
  const first = events[0];
  const shown = events.slice(0, 12);
  return [h("div", { class: "card-part" },
    h("div", { class: "card-head" }, h("strong", null, first.place || "Unnamed place"),
      first.country ? h("span", { class: "muted" }, " " + first.country) : null,
      h("span", { class: "muted" }, ` · ${events.length} event(s)`)),
    h("ul", { class: "dot-events" }, shown.map((e) => h("li", { class: irrealis(e) },
      h("a", { class: "event-link", href: eventHref(e.id) }, typeChip(e.type, e.quad)),
      " ", modalityBadges(e), " ", e.date || "undated",
      e.report_count > 1 ? h("span", { class: "muted" }, ` · ${e.report_count} reports`)
        : null))),
    events.length > shown.length ? h("p", { class: "muted small" },
      `and ${events.length - shown.length} more`) : null,
    first.place ? h("p", { class: "card-link" }, h("a", {
      href: hashFor("/events", { place: first.place, country: first.country }),
    }, "All events here →")) : null)];
}

/** Wheel, drag or pinch to zoom (1 to 36 times) and pan the map's layer, with d3-zoom, and
 *  buttons for the same. A drag or double click on a dot is left to the dot (its card, its
 *  event). `onZoom` gets the scale. */
function enableZoom(chart, layer, onZoom) {
  const zoom = d3.zoom()
    .scaleExtent([1, 36])
    .filter((e) => (!e.ctrlKey || e.type === "wheel") && !e.button &&
      (e.type === "wheel" || !e.target.closest("circle.dot")))
    .on("zoom", ({ transform }) => {
      layer.setAttribute("transform", transform.toString());
      onZoom(transform.k);
    });
  const svg = d3.select(chart).call(zoom).on("dblclick.zoom", null);
  const by = (factor) => () => svg.call(zoom.scaleBy, factor);
  chart.zoomControls = h("div", { class: "zoom", role: "group", "aria-label": "Zoom" },
    h("button", { type: "button", onclick: by(1 / 0.6), "aria-label": "Zoom in" }, "+"),
    h("button", { type: "button", onclick: by(0.6), "aria-label": "Zoom out" }, "−"),
    h("button", { type: "button", onclick: () => svg.call(zoom.transform, d3.zoomIdentity) },
      "Reset"));
}

export async function renderMap({ params, stale }) {
  const query = { type: params.get("type"), actor: params.get("actor"),
    since: params.get("since"), until: params.get("until"), limit: 2000 };
  const [data, points, stats] = await Promise.all([world(), api("map", query),
    api("stats").catch(() => null)]);
  if (stale()) return null;
  const items = points.items || [];
  const chart = mapSvg(data, items, {});
  const places = new Map();
  for (const it of items) {
    const key = (it.place || "?") + "|" + (it.country || "");
    if (!places.has(key)) places.set(key, { place: it.place, country: it.country, count: 0,
      types: new Map() });
    const row = places.get(key);
    row.count += 1;
    row.types.set(it.type, (row.types.get(it.type) || 0) + 1);
  }
  const placeRows = [...places.values()].sort((a, b) => b.count - a.count).slice(0, 30);
  return [
    h("h1", null, "Map of events"),
    h("p", { class: "lead" }, `${fmt(items.length)} located events`,
      items.length >= 2000 ? " (the 2,000 most reported)" : "",
      ". Hover or tap a dot for its events; drag to pan, wheel or buttons to zoom."),
    filterForm("/map", params, [
      ["type", "Type", "select", typeOptions(stats)],
      ["actor", "Actor", "text", "code or name"],
      ["since", "Since", "date"], ["until", "Until", "date"],
    ]),
    h("figure", { class: "chart-box map-box" }, chart.zoomControls || null, chart,
      legend(quadList().map(([, label, colour]) => [colour, label])),
      h("figcaption", { class: "muted small" }, "Basemap: Natural Earth 1:110m countries ",
        "(public domain) via world-atlas; equirectangular projection. Countries with located ",
        "events are tinted.")),
    placeRows.length ? section("Places", tableWrap(h("table", {
      class: "grid places-table stack" },
      h("thead", null, h("tr", null, ["Place", "Country", "Events", "Types"]
        .map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, placeRows.map((row) => h("tr", null,
        h("td", { class: "lead-cell" }, row.place ? h("a", { href: hashFor("/events", {
          place: row.place, country: row.country }) }, row.place) : "?"),
        h("td", { dataset: { label: "Country" } }, row.country || ""),
        h("td", { class: "num", dataset: { label: "Events" } }, fmt(row.count)),
        h("td", { class: "types" }, [...row.types].sort((a, b) => b[1] - a[1]).map(([t, n], i) =>
          [i ? " " : "", typeChip(t), n > 1 ? "×" + n : ""])))))))) : null,
  ];
}
