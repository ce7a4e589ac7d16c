/* The event table with its filters, and one event's page with its evidence. */
import { api, world } from "./api.js";
import { actorHref, articleHref, dl, eventHref, fmt, h, section, tableWrap } from "./dom.js";
import { mapSvg } from "./map.js";
import { irrealis, MODALITIES, modalityBadges, modalityNotice, quadName, quadOf, typeChip } from
  "./plover.js";
import { actorLabel, actorList, evidence, filterForm, pager, quadOptions, titleOf, typeOptions }
  from "./widgets.js";

const EVENT_FILTERS = ["actor", "source", "target", "type", "quad", "since", "until", "place",
  "country", "quote_by", "modality", "negated", "min_confidence", "sort"];

export async function renderEvents({ params, stale }) {
  const limit = 50;
  const offset = Number(params.get("offset") || 0);
  const query = { limit, offset };
  for (const key of EVENT_FILTERS) query[key] = params.get(key);
  query.sort = query.sort || "-date"; // newest first unless asked otherwise
  const [data, stats] = await Promise.all([api("events", query),
    api("stats").catch(() => null)]);
  if (stale()) return null;
  // data-label: the column name, shown beside each cell where a phone stacks the row
  const rows = data.items.map((ev) => h("tr", { class: irrealis(ev), dataset: { id: ev.id } },
    h("td", { class: "id" }, h("a", { class: "event-link", href: eventHref(ev.id) },
      "#" + ev.id)),
    h("td", { class: "date" }, ev.date || "undated"),
    h("td", { class: "type", dataset: { type: ev.type, modality: ev.modality || "asserted",
      negated: ev.negated ? "true" : "false" } }, typeChip(ev.type, ev.quad), " ",
    modalityBadges(ev)),
    h("td", { dataset: { label: "Source" } }, actorList(ev.source)),
    h("td", { dataset: { label: "Target" } }, actorList(ev.target)),
    h("td", { dataset: { label: "Place" }, class: ev.place ? null : "empty" },
      ev.place ? [ev.place, ev.country ? " (" + ev.country + ")" : ""] : ""),
    h("td", { class: "num confidence", dataset: { label: "Confidence" } },
      ev.confidence.toFixed(2)),
    h("td", { class: "num", dataset: { label: "Reports" } }, fmt(ev.report_count)),
    h("td", { class: "evidence-cell" }, ev.reports && ev.reports[0]
      ? evidence(ev.reports[0], 140) : "")));
  const filtered = EVENT_FILTERS.some((k) => k !== "sort" && params.get(k));
  return [
    h("h1", null, "Events"),
    filterForm("/events", params, [
      ["type", "Type", "select", typeOptions(stats)],
      ["quad", "Quad class", "select", quadOptions()],
      ["actor", "Actor (either side)", "text", "code or name"],
      ["source", "Source", "text", "code or name"],
      ["target", "Target", "text", "code or name"],
      ["since", "Since", "date"], ["until", "Until", "date"],
      ["place", "Place", "text", "place name"], ["country", "Country", "text", "e.g. IRN"],
      ["quote_by", "Quoted by", "text", "speaker name"],
      ["modality", "Modality", "select", [["", "any"], ...MODALITIES.map(([m]) => [m, m])]],
      ["negated", "Negation", "select", [["", "any"], ["false", "not negated"],
        ["true", "negated only"]]],
      // calibrated: on the event gold, about nine in ten events at 0.7 or more are right
      ["min_confidence", "Confidence", "select", [["", "any"], ["0.5", "at least 0.5"],
        ["0.7", "at least 0.7"], ["0.9", "at least 0.9"]]],
      ["sort", "Order", "select", [["-date", "newest first"], ["date", "oldest first"],
        ["-reports", "most reported"], ["-confidence", "most confident"], ["type", "type"]]],
    ]),
    pager(data.total, offset, limit, "/events", params),
    data.items.length ? tableWrap(h("table", { class: "grid events-table" },
      h("thead", null, h("tr", null, ["Event", "Date", "Type", "Source", "Target", "Place",
        "Confidence", "Reports", "Evidence"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, rows)))
      : h("p", { class: "muted" }, filtered ? "No events match these filters." : "No events."),
    data.total > limit ? pager(data.total, offset, limit, "/events", params) : null,
  ];
}

export async function renderEvent({ args, stale }) {
  const ev = await api("events/" + encodeURIComponent(args[0]));
  if (stale()) return null;
  const q = quadOf(ev.type, ev.quad);
  const reports = (ev.reports || []).map((r) => h("li", { class: "report" },
    h("div", { class: "report-head" },
      h("a", { class: "article-link", href: articleHref(r.article_id,
        { at: `${r.trigger_start}-${r.trigger_end}` }) }, titleOf(r)),
      h("span", { class: "muted" }, [r.source, r.published].filter(Boolean).join(" · "))),
    h("blockquote", null, evidence(r)),
    h("div", { class: "meta" }, "rule ", h("code", { class: "rule" }, r.rule || "?"),
      ` · event ${r.event_id}`, r.quote_id ? ` · reported in quote ${r.quote_id}` : "",
      r.modality && r.modality !== ev.modality ? [" · this report: ",
        modalityBadges({ modality: r.modality }, true)] : null)));
  const located = typeof ev.lat === "number" && typeof ev.lon === "number";
  const mapBox = located ? h("div", { class: "mini-map" }) : null;
  if (mapBox) {
    world().then((data) => {
      mapBox.append(mapSvg(data, [{ id: ev.id, type: ev.type, quad: ev.quad, date: ev.date,
        place: ev.place, country: ev.country, lat: ev.lat, lon: ev.lon,
        report_count: ev.report_count, negated: ev.negated, modality: ev.modality }],
      { focus: [ev.lon, ev.lat], mini: true }));
    }).catch(() => mapBox.remove());
  }
  const firstSource = (ev.source || []).find((a) => a.code);
  const firstTarget = (ev.target || []).find((a) => a.code);
  const notice = modalityNotice(ev);
  return [
    h("h1", { class: irrealis(ev) }, typeChip(ev.type, ev.quad), " ", modalityBadges(ev),
      ` Event #${ev.id}`),
    notice ? h("p", { class: ["notice", "event-modality", ...irrealis(ev)] }, notice) : null,
    h("p", { class: "lead" }, actorList(ev.source), " → ", actorList(ev.target),
      ev.date ? " · " + ev.date : "", ev.place ? " · " + ev.place : ""),
    h("div", { class: "columns" },
      section("Coding", dl([
        ["Type", ev.type], ["Mode", ev.mode],
        ["Context", (ev.context || []).join(", ")],
        ["CAMEO", ev.cameo],
        ["Quad", quadName(q)],
        ["Intensity", ev.intensity !== null && ev.intensity !== undefined
          ? String(ev.intensity) : null],
        ["Date", ev.date ? [ev.date, ev.date_granularity ? ` (${ev.date_granularity}` +
          (ev.date_basis ? ", " + ev.date_basis : "") + ")" : ""] : null],
        ["Place", ev.place ? [ev.place, ev.admin1 ? ", " + ev.admin1 : "",
          ev.country ? " (" + ev.country + ")" : ""] : null],
        ["Coordinates", located ? `${ev.lat.toFixed(2)}, ${ev.lon.toFixed(2)}` : null],
        ["Modality", modalityBadges(ev, true)],
        ["Confidence", String(ev.confidence)],
        ["Reports", `${fmt(ev.report_count)} article(s), ${fmt(ev.mention_count)} mention(s)`],
      ])),
      section("Actors", h("ul", { class: "actor-roles" },
        (ev.source || []).map((a) => h("li", null, h("span", { class: "tag" }, "source"), " ",
          actorLabel(a), a.sector && a.sector.length ? " · " + a.sector.join(", ") : "")),
        (ev.target || []).map((a) => h("li", null, h("span", { class: "tag" }, "target"), " ",
          actorLabel(a), a.sector && a.sector.length ? " · " + a.sector.join(", ") : ""))),
      firstSource && firstTarget ? h("p", null, h("a", {
        class: "dyad-link", href: actorHref(firstSource.code, { target: firstTarget.code }),
      }, `${firstSource.code} → ${firstTarget.code} over time`)) : null,
      mapBox)),
    section(`Evidence (${reports.length} report${reports.length === 1 ? "" : "s"})`,
      h("ol", { class: "reports" }, reports)),
  ];
}
