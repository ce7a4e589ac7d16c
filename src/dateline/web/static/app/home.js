/* The overview: counts, events by type and quad, latest articles, most active actors. */
import { actorTable } from "./actors.js";
import { api, countryNames } from "./api.js";
import { articleItems } from "./articles.js";
import { fmt, h, hashFor, link, section } from "./dom.js";
import { quadLabel, typeChip, typeColour, typeOrder } from "./plover.js";

export async function renderHome({ stale }) {
  const [stats, articles, actors, names] = await Promise.all([
    api("stats"), api("articles", { limit: 8 }), api("actors", { limit: 12 }), countryNames(),
  ]);
  if (stale()) return null;
  const c = stats.counts;
  const tiles = h("div", { class: "tiles" },
    [["articles", "#/articles"], ["events", "#/events"], ["quotes", "#/quotes"],
      ["entities", null], ["places", "#/map"], ["reports", null]].map(([key, href]) =>
      h(href ? "a" : "div", { class: "tile", href },
        h("strong", null, fmt(c[key] || 0)), h("span", null, key))));
  const maxType = Math.max(1, ...stats.event_types.map((t) => t.count));
  const types = h("ul", { class: "bars" },
    [...stats.event_types].sort((a, b) => typeOrder(a.type) - typeOrder(b.type))
      .map((t) => h("li", null,
        h("a", { href: hashFor("/events", { type: t.type }) }, typeChip(t.type)),
        h("span", { class: "bar-track" }, (() => {
          const bar = h("span", { class: "bar-fill", dataset: { type: t.type } });
          bar.style.width = (100 * t.count / maxType).toFixed(1) + "%";
          bar.style.background = typeColour(t.type);
          return bar;
        })()),
        h("span", { class: "num" }, fmt(t.count)))));
  const quads = h("ul", { class: "quads" }, stats.quad.filter((q) => q.quad).map((q) =>
    h("li", { class: "q" + q.quad },
      h("a", { href: hashFor("/events", { quad: q.quad }) }, quadLabel(q.quad)),
      " ", h("span", { class: "num" }, fmt(q.count)))));
  const range = stats.first_date ? `Events dated ${stats.first_date} to ${stats.last_date}.`
    : "No dated events yet.";
  return [
    h("h1", null, "Overview"),
    h("p", { class: "lead" }, `${fmt(c.articles)} articles, ${fmt(c.events)} events, `,
      `${fmt(c.quotes)} quotes. ${range}`),
    tiles,
    h("div", { class: "columns" },
      section("Events by type", types, quads),
      section("Latest articles", articleItems(articles.items),
        h("p", null, link("/articles", null, "All articles →"))),
      section("Most active actors", actorTable(actors.items, names, true),
        h("p", null, link("/actors", null, "All actors →")))),
  ];
}
