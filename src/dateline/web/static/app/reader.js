/* The article reader: the text with entities, quotes, event triggers, times and places
 * highlighted (a card on each), beside the article's events, quotes and entities. */
import { api } from "./api.js";
import { hoverCards } from "./card.js";
import { append, articleHref, codeLink, collapsible, dl, eventHref, h, safeUrl, section, tableWrap,
  view } from "./dom.js";
import { irrealis, modalityBadges, modalityNotice, quadName, quadOf, typeChip } from "./plover.js";
import { untitled } from "./widgets.js";

const LAYERS = [
  ["ent", "Entities"], ["quote", "Quotes"], ["trig", "Event triggers"], ["time", "Times"],
  ["place", "Places"],
];

/** Every highlightable span of the record: {start, end, layer, kind, ref}. */
function recordSpans(record) {
  const spans = [];
  const add = (span, layer, ref, extra) => {
    if (!span || typeof span.start !== "number" || typeof span.end !== "number") return;
    if (span.end <= span.start) return;
    spans.push({ start: span.start, end: span.end, layer, ref, ...extra });
  };
  for (const entity of record.entities || []) {
    for (const mention of entity.mentions || []) add(mention, "ent", entity, { mention });
  }
  for (const quote of record.quotes || []) {
    add(quote.content, "quote", quote);
    add(quote.cue, "cue", quote);
  }
  for (const event of record.events || []) add(event.trigger, "trig", event);
  for (const time of record.times || []) add(time, "time", time);
  for (const place of record.places || []) {
    for (const mention of place.mentions || []) add(mention, "place", place);
  }
  return spans;
}

/** The text cut at every span boundary: [{start, end, spans: [covering spans]}]. */
function segmentText(text, spans, extraCuts) {
  const cuts = new Set([0, text.length]);
  for (const sp of [...spans, ...(extraCuts || [])]) {
    if (sp.start >= 0 && sp.end <= text.length) { cuts.add(sp.start); cuts.add(sp.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = spans.filter((sp) => sp.start >= 0 && sp.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments = [];
  let active = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    active = active.filter((sp) => sp.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) active.push(byStart[next]);
      next++;
    }
    segments.push({ start: a, end: b, spans: active.filter((sp) => sp.start <= a) });
  }
  return segments;
}

function entityById(record) {
  return new Map((record.entities || []).map((e) => [e.id, e]));
}

function entityRef(entity) {
  if (!entity) return null;
  const code = entity.actor && entity.actor.code;
  return h("span", null, entity.name, code ? [" ",
    codeLink(code)] : null);
}

/** The entities on one side of an event (its `source` or `target` ids), with their codes. */
function eventSide(ids, ctx) {
  const list = (ids || []).map((id) => ctx.entities.get(id)).filter(Boolean);
  return list.length ? list.map((e, i) => [i ? ", " : "", entityRef(e)])
    : h("span", { class: "muted" }, "—");
}

function cardSections(spans, ctx) {
  const out = [];
  const seen = new Set();
  // innermost first: the entity or trigger under the pointer, then the quote around it
  const order = { trig: 0, ent: 1, place: 2, time: 3, cue: 4, quote: 5 };
  const sorted = [...spans].sort((a, b) => (order[a.layer] - order[b.layer]) ||
    ((a.end - a.start) - (b.end - b.start)));
  for (const sp of sorted) {
    const key = sp.layer + ":" + (sp.ref.id || sp.start);
    const qkey = (sp.layer === "cue" ? "quote" : sp.layer) + ":" + sp.ref.id;
    if (seen.has(key) || seen.has(qkey)) continue;
    seen.add(key);
    seen.add(qkey);
    out.push(cardFor(sp, ctx));
  }
  return out;
}

function cardFor(sp, ctx) {
  const ref = sp.ref;
  if (sp.layer === "ent") {
    const actor = ref.actor;
    const actors = ref.actors && ref.actors.length ? ref.actors : (actor ? [actor] : []);
    return h("div", { class: "card-part card-entity" },
      h("div", { class: "card-head" }, h("span", { class: "tag ent-" + ref.type }, ref.type),
        " ", h("strong", null, ref.name)),
      dl([
        ["Mention", sp.mention ? `“${sp.mention.text}” (${sp.mention.kind})` : null],
        ["Actor", actors.length ? actors.map((a, i) => [i ? ", " : "",
          codeLink(a.code)]) : "not coded"],
        ["Sector", actor && actor.sector && actor.sector.length ? actor.sector.join(", ")
          : null],
        ["Role", actor ? actor.role : null],
        ["Roles in text", (ref.roles || []).map((r) => r.text).join("; ")],
        ["Wikidata", actor ? actor.wikidata : null],
        ["Basis", actor ? actor.basis : null],
        ["Evidence", actor ? actor.evidence : null],
        ["Mentions", String((ref.mentions || []).length)],
      ]));
  }
  if (sp.layer === "quote" || sp.layer === "cue") {
    const speaker = ctx.entities.get(ref.speaker);
    const addressee = ctx.entities.get(ref.addressee);
    return h("div", { class: "card-part card-quote" },
      h("div", { class: "card-head" }, h("span", { class: "tag quote" }, "quote"), " ",
        h("strong", null, ref.kind), " ", h("span", { class: "muted" }, ref.id)),
      dl([
        ["Speaker", speaker ? entityRef(speaker) : (ref.source ? ref.source.text
          : "unresolved")],
        ["Source span", ref.source && speaker && ref.source.text !== speaker.name
          ? `“${ref.source.text}”` : null],
        ["Cue", ref.cue ? ref.cue.text : null],
        ["Addressee", addressee ? entityRef(addressee) : (ref.addressee || null)],
      ]));
  }
  if (sp.layer === "trig") {
    const place = ctx.places.get(ref.place);
    const stored = ctx.stored.get(ref.id);
    const q = quadOf(ref.type, ref.quad);
    const notice = modalityNotice(ref);
    return h("div", { class: ["card-part", "card-event", ...irrealis(ref)] },
      h("div", { class: "card-head" }, typeChip(ref.type, ref.quad), " ",
        modalityBadges(ref), " ", h("span", { class: "muted" }, ref.id)),
      notice ? h("p", { class: ["notice", "small", ...irrealis(ref)] }, notice) : null,
      dl([
        ["Trigger", `“${ref.trigger.text}”`],
        ["CAMEO", ref.cameo],
        ["Quad", quadName(q)],
        ["Source", eventSide(ref.source, ctx)],
        ["Target", eventSide(ref.target, ctx)],
        ["Date", ref.date && ref.date.value ? `${ref.date.value} (${ref.date.basis})` : null],
        ["Place", place ? place.name : null],
        ["Mode", ref.mode],
        ["Modality", modalityBadges(ref, true)],
        ["Rule", h("code", { class: "rule" }, ref.rule)],
        ["Confidence", ref.confidence !== undefined ? String(ref.confidence) : null],
      ]),
      stored !== undefined ? h("p", { class: "card-link" },
        h("a", { class: "event-link", href: eventHref(stored) }, `Open event #${stored} →`))
        : null);
  }
  if (sp.layer === "time") {
    return h("div", { class: "card-part card-time" },
      h("div", { class: "card-head" }, h("span", { class: "tag time" }, ref.type), " ",
        h("strong", null, ref.text)),
      dl([["Value", ref.value || (ref.unresolved ? "unresolved" : null)],
        ["Granularity", ref.granularity], ["Anchor", ref.anchor]]));
  }
  return h("div", { class: "card-part card-place" },
    h("div", { class: "card-head" }, h("span", { class: "tag place" }, "place"), " ",
      h("strong", null, ref.name)),
    dl([["Country", ref.country], ["Division", ref.admin1], ["Feature", ref.feature],
      ["Coordinates", typeof ref.lat === "number" ? `${ref.lat.toFixed(2)}, ${ref.lon.toFixed(2)}`
        : null],
      ["GeoNames", ref.geonameid ? String(ref.geonameid) : null]]));
}

/** The text's paragraphs: one per line that is not blank, [{start, end, subhead}]. A short
 *  line without closing punctuation, followed by more text, is a subheading. */
function paragraphs(text) {
  const out = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0].trim() });
  }
  out.forEach((p, i) => {
    p.subhead = i < out.length - 1 && p.text.length <= 90 && p.text.split(/\s+/).length <= 12
      && /^[\p{Lu}\p{N}“"‘'(]/u.test(p.text) && !/[.!?:;,…"”’)\]]$/.test(p.text);
  });
  return out;
}

function renderText(text, spans, segSpans) {
  const body = h("div", { class: "reader-text", lang: "en" });
  const paras = paragraphs(text);
  const cuts = paras.flatMap((p) => [{ start: p.start, end: p.start }, { start: p.end,
    end: p.end }]);
  let at = 0;
  let block = null;
  for (const seg of segmentText(text, spans, cuts)) {
    while (at < paras.length && paras[at].end <= seg.start) { at++; block = null; }
    const para = paras[at];
    if (!para || seg.start < para.start) continue; // the line breaks between paragraphs
    if (!block) {
      block = h(para.subhead ? "h3" : "p", { class: ["para", para.subhead ? "subhead"
        : null] });
      body.append(block);
    }
    const piece = text.slice(seg.start, seg.end);
    if (!seg.spans.length) { block.append(document.createTextNode(piece)); continue; }
    const layers = new Set(seg.spans.map((sp) => sp.layer));
    const classes = ["hl", ...layers];
    for (const sp of seg.spans) {
      if (sp.layer === "ent") classes.push("ent-" + String(sp.ref.type).replace(/\W/g, ""));
      if (sp.layer === "trig") {
        classes.push("q" + (quadOf(sp.ref.type, sp.ref.quad) || 0));
        if (sp.ref.negated) classes.push("neg");
      }
    }
    const node = h("span", {
      class: [...new Set(classes)], dataset: { start: seg.start, end: seg.end },
      tabindex: layers.has("trig") ? 0 : null,
    }, piece);
    segSpans.set(node, seg.spans);
    block.append(node);
  }
  return body;
}

function focusRange(body, from, to) {
  const hits = [...body.querySelectorAll(".hl")].filter((node) =>
    Number(node.dataset.start) < to && Number(node.dataset.end) > from);
  if (!hits.length) return;
  for (const node of hits) node.classList.add("flash");
  hits[0].scrollIntoView({ block: "center" });
}

/** record event id -> stored event id, for the events this article reports. */
async function storedEvents(articleId) {
  const stored = new Map();
  try {
    const page = await api("events", { article: articleId, limit: 500 });
    for (const ev of page.items || []) {
      for (const r of ev.reports || []) {
        if (r.article_id === articleId && !stored.has(r.event_id)) stored.set(r.event_id, ev.id);
      }
    }
  } catch (_) { /* the reader works without the links */ }
  return stored;
}

export async function renderReader({ args, params, stale }) {
  const id = args[0];
  const recordPromise = api("articles/" + encodeURIComponent(id));
  const [record, stored] = await Promise.all([recordPromise, storedEvents(id)]);
  if (stale()) return null;
  const article = record.article;
  const ctx = {
    entities: entityById(record), stored,
    places: new Map((record.places || []).map((p) => [p.id, p])),
  };
  const spans = recordSpans(record);
  const segSpans = new WeakMap();
  const body = renderText(article.text, spans, segSpans);
  hoverCards(body, ".hl", (node) => cardSections(segSpans.get(node) || [], ctx));

  const toggles = h("fieldset", { class: "layers" }, h("legend", null, "Highlight"),
    LAYERS.map(([layer, label]) => {
      const box = h("input", { type: "checkbox", checked: layer !== "place", value: layer });
      body.classList.toggle("show-" + layer, layer !== "place");
      box.addEventListener("change", () => body.classList.toggle("show-" + layer, box.checked));
      return h("label", { class: "layer layer-" + layer }, box, " ", label);
    }));

  const url = safeUrl(article.url);
  const meta = h("div", { class: "meta" },
    [article.source, article.published ? "published " + article.published : null,
      article.dateline ? "dateline “" + article.dateline.text + "”" : null]
      .filter(Boolean).join(" · "),
    url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow",
      target: "_blank" }, "original")] : null);

  const events = record.events || [];
  const eventTable = events.length ? h("ol", { class: "event-list" }, events.map((ev) => {
    const storedId = stored.get(ev.id);
    return h("li", { class: irrealis(ev), dataset: { event: ev.id } },
      h("div", null, typeChip(ev.type, ev.quad), " ", modalityBadges(ev), " ",
        h("a", {
          href: articleHref(article.id, { at: `${ev.trigger.start}-${ev.trigger.end}` }),
          class: "trigger-link", title: "Show in the text",
          dataset: { at: `${ev.trigger.start}-${ev.trigger.end}` },
        }, "“" + ev.trigger.text + "”"),
        ev.date && ev.date.value ? h("span", { class: "muted" }, " · " + ev.date.value) : null,
        storedId !== undefined ? [" · ", h("a", {
          class: "event-link", href: eventHref(storedId),
        }, `event #${storedId}`)] : null),
      h("div", { class: "dyad" }, eventSide(ev.source, ctx), " → ", eventSide(ev.target, ctx)),
      h("div", { class: "small muted" }, "rule ", h("code", { class: "rule" }, ev.rule),
        ev.cameo ? " · CAMEO " + ev.cameo : "", " · " + ev.modality +
        (ev.negated ? ", negated" : "")));
  })) : h("p", { class: "muted" }, "No events coded.");

  const quotes = (record.quotes || []).map((q) => {
    const speaker = ctx.entities.get(q.speaker);
    return h("li", null,
      h("div", { class: "who" }, speaker ? entityRef(speaker)
        : (q.source ? q.source.text : "unresolved speaker"),
        q.cue ? h("span", { class: "muted" }, " " + q.cue.text) : null,
        " ", h("span", { class: "tag" }, q.kind)),
      h("a", { class: "quote-text", href: articleHref(article.id,
        { at: `${q.content.start}-${q.content.end}` }),
      dataset: { at: `${q.content.start}-${q.content.end}` } }, q.content.text));
  });

  const entities = [...(record.entities || [])]
    .sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
  const entityTable = entities.length ? tableWrap(h("table", { class: "grid entity-list" },
    h("thead", null, h("tr", null, ["Entity", "Type", "Actor", "Sector", "Mentions"]
      .map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", null, entities.map((e) => h("tr", null,
      h("td", null, e.name), h("td", null, h("span", { class: "tag ent-" + e.type }, e.type)),
      h("td", null, e.actor ? codeLink(e.actor.code) : ""),
      h("td", null, e.actor ? (e.actor.sector || []).join(", ") : ""),
      h("td", { class: "num" }, String((e.mentions || []).length))))))) : null;

  const warnings = record.warnings && record.warnings.length ? section("Warnings",
    h("ul", null, record.warnings.map((w) => h("li", null, `${w.stage}: ${w.message}`))))
    : null;

  const reader = h("article", { class: "reader" });
  reader.addEventListener("click", (e) => { // in-page jumps need no reload of the article
    const jump = e.target.closest("a[data-at]");
    if (!jump || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    for (const node of body.querySelectorAll(".flash")) node.classList.remove("flash");
    const [a, b] = jump.dataset.at.split("-").map(Number);
    focusRange(body, a, b);
  });
  const at = (params.get("at") || "").match(/^(\d+)-(\d+)$/);
  if (at) view().afterRender = () => focusRange(body, Number(at[1]), Number(at[2]));

  return append(reader, [
    h("h1", { class: "article-title" }, article.title || untitled(article.text)),
    meta,
    toggles,
    h("div", { class: "reader-layout" },
      body,
      h("aside", { class: "reader-side" },
        section(`Events (${events.length})`, eventTable),
        collapsible(`Quotes (${quotes.length})`, quotes.length
          ? h("ul", { class: "quote-list" }, quotes) : h("p", { class: "muted" }, "None.")),
        entityTable ? collapsible(`Entities (${entities.length})`, entityTable) : null,
        warnings)),
    h("p", { class: "muted small" }, "Article ", h("code", null, article.id),
      ". Hover, tap or tab to a highlight for its codes; the record is at ",
      h("a", { href: "articles/" + encodeURIComponent(article.id) }, "its JSON"), "."),
  ]);
}
