/* The actor pages: the list of actor codes, and one actor's (or dyad's) timeline, partners,
 * network and events. */
import { api, ApiError, countryNames } from "./api.js";
import { actorHref, codeLink, eventHref, fmt, h, hashFor, section, tableWrap } from "./dom.js";
import { networkChart } from "./graph.js";
import { irrealis, modalityBadges, typeChip } from "./plover.js";
import { timelineChart } from "./timeline.js";
import { actorList, evidence, filterForm, pager } from "./widgets.js";

export function actorTable(items, names, compact) {
  if (!items.length) return h("p", { class: "muted" }, "No coded actors.");
  const heads = compact ? ["Code", "Names", "Events"]
    : ["Code", "Names", "Events", "As source", "As target"];
  return tableWrap(h("table", { class: ["grid", "actors-table", compact ? "compact" : null] },
    h("thead", null, h("tr", null, heads.map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", null, items.map((a) => h("tr", null,
      h("td", null, codeLink(a.code),
        names && names.get(a.code) ? h("div", { class: "muted small" }, names.get(a.code))
          : null),
      h("td", { class: "names" }, (a.names || []).slice(0, compact ? 3 : 5).join(", ")),
      h("td", { class: "num" }, fmt(a.events)),
      compact ? null : h("td", { class: "num" }, fmt(a.as_source)),
      compact ? null : h("td", { class: "num" }, fmt(a.as_target)))))));
}

export async function renderActors({ params, stale }) {
  const limit = 50;
  const offset = Number(params.get("offset") || 0);
  const [data, names] = await Promise.all([
    api("actors", { q: params.get("q"), limit, offset }), countryNames()]);
  if (stale()) return null;
  return [
    h("h1", null, "Actors"),
    h("p", { class: "lead" }, "Actor codes (ISO-3166 alpha-3 or PLOVER codes) by the number of ",
      "events they take part in."),
    filterForm("/actors", params, [["q", "Code or name", "search", "e.g. IRN or Zarif"]]),
    pager(data.total, offset, limit, "/actors", params),
    actorTable(data.items, names),
  ];
}

export async function renderActor({ args, params, stale }) {
  const code = args[0];
  const target = (params.get("target") || "").trim();
  const filters = target ? { source: code, target } : { actor: code };
  const [profile, timeline, events, ego, names] = await Promise.all([
    api("actors/" + encodeURIComponent(code)).catch((error) => {
      if (!(error instanceof ApiError) || error.status !== 404) throw error;
      return { code: code.toUpperCase(), events: 0, as_source: 0, as_target: 0, names: [],
        partners: [] }; // coded in some article, but in no stored event
    }),
    api("timeline", { ...filters, interval: "month" }),
    api("events", { ...filters, sort: "-date", limit: 25 }),
    api("network", { actor: code, limit: 40 }).catch(() => ({ nodes: [], edges: [] })),
    countryNames(),
  ]);
  if (stale()) return null;
  const label = (c) => names.get(c) ? `${c} (${names.get(c)})` : c;
  const partners = profile.partners || [];
  const maxPartner = Math.max(1, ...partners.map((p) => p.events));
  const partnerRows = partners.map((p) => h("tr", {
    class: p.code === target ? "selected" : null,
  },
    h("td", { class: "lead-cell" }, codeLink(p.code),
    names.get(p.code) ? h("div", { class: "muted small" }, names.get(p.code)) : null),
    h("td", { class: "num", dataset: { label: "Events" } }, fmt(p.events)),
    h("td", { class: "split-cell", dataset: { label: "Coop. / conflict" } },
      coopBar(p, maxPartner)),
    h("td", { dataset: { label: "Dyad" } }, h("a", { class: "dyad-link",
      href: actorHref(code, { target: p.code }) },
      `${profile.code} → ${p.code}`), " ",
    h("a", { class: "dyad-link", href: actorHref(p.code, { target: profile.code }) },
      `${p.code} → ${profile.code}`))));
  const dyadPicker = h("form", { class: "filters inline" },
    h("label", { class: "field", for: "dyad" }, h("span", null, "Dyad: events with target"),
      h("select", { id: "dyad", name: "target" },
        h("option", { value: "" }, "any (all events of " + profile.code + ")"),
        [...new Set([...partners.map((p) => p.code), target].filter(Boolean))].map((c) =>
          h("option", { value: c, selected: c === target }, label(c))))));
  dyadPicker.elements.target.addEventListener("change", (e) => {
    location.hash = actorHref(code, { target: e.target.value });
  });
  const heading = target ? `${profile.code} → ${target.toUpperCase()}` : profile.code;
  const eventsLink = hashFor("/events", filters);
  return [
    h("h1", null, heading, names.get(profile.code) && !target
      ? h("span", { class: "subtitle" }, " " + names.get(profile.code)) : null),
    h("p", { class: "lead" }, `${fmt(profile.events)} events: ${fmt(profile.as_source)} as `,
      `source, ${fmt(profile.as_target)} as target.`,
      profile.names && profile.names.length ? " Named as " + profile.names.join(", ") + "."
        : ""),
    dyadPicker,
    target ? h("p", null, h("a", { href: actorHref(target, { target: code }) },
      `Reverse: ${target.toUpperCase()} → ${code}`), " · ",
    h("a", { href: actorHref(code) }, `All events of ${code}`)) : null,
    section(target ? "Timeline of the dyad" : "Timeline", timelineChart(timeline.series || [],
      filters)),
    h("div", { class: "columns" },
      section("Partners", partners.length ? tableWrap(h("table", {
        class: "grid partners stack" },
        h("thead", null, h("tr", null, ["Partner", "Events", "Cooperation / conflict", "Dyad"]
          .map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", null, partnerRows))) : h("p", { class: "muted" }, "No coded partners.")),
      ego.edges && ego.edges.length ? section("Network around " + profile.code,
        networkChart(ego, { highlight: profile.code, compact: true })) : null),
    section(`${target ? "Dyad events" : "Latest events"} (${fmt(events.total)})`,
      eventMiniList(events.items),
      events.total > events.items.length ? h("p", null, h("a", { href: eventsLink },
        `All ${fmt(events.total)} events →`)) : null),
  ];
}

function coopBar(p, max) {
  const box = h("span", { class: "split", title: `${p.cooperation} cooperation, ` +
    `${p.conflict} conflict, ${p.events - p.cooperation - p.conflict} other` });
  const part = (n, cls) => {
    const span = h("span", { class: cls });
    span.style.width = (100 * n / max).toFixed(1) + "%";
    return span;
  };
  box.append(part(p.cooperation, "coop"), part(p.conflict, "conflict"),
    part(Math.max(0, p.events - p.cooperation - p.conflict), "other"));
  return h("span", { class: "split-wrap" }, box,
    h("span", { class: "small muted" }, ` ${p.cooperation}/${p.conflict}`));
}

function eventMiniList(items) {
  if (!items.length) return h("p", { class: "muted" }, "No events.");
  return h("ul", { class: "event-mini" }, items.map((ev) => h("li", { class: irrealis(ev) },
    h("a", { class: "event-link", href: eventHref(ev.id) }, typeChip(ev.type, ev.quad)),
    " ", modalityBadges(ev), " ", h("span", { class: "date" }, ev.date || "undated"), " ",
    actorList(ev.source), " → ", actorList(ev.target),
    ev.reports && ev.reports[0] ? h("div", { class: "small" }, evidence(ev.reports[0], 160))
      : null)));
}
