/* Page parts several views share: actors, titles, pagers, filter forms, evidence. */
import { codeLink, fmt, h, hashFor } from "./dom.js";
import { quadList, quadName, typeNames } from "./plover.js";

export function actorLabel(actor) { // an EventActor: name with its code
  const kids = [actor.name];
  if (actor.code) {
    kids.push(" ", codeLink(actor.code));
  }
  return h("span", { class: "actor" }, kids);
}
export function actorList(actors) {
  if (!actors || !actors.length) return h("span", { class: "muted" }, "—");
  const out = h("span", { class: "actors" });
  actors.forEach((a, i) => { if (i) out.append(", "); out.append(actorLabel(a)); });
  return out;
}
export function titleOf(item) { // list items carry the server's headline for an untitled article
  const id = item.article_id || item.id;
  return item.title || item.headline || "Untitled article" + (id ? " " + String(id).slice(0, 8)
    : "");
}
/** A title for an article without one, as the API's `headline`: its first line when that
 *  is short (a heading), else its first sentence, cut at a word past ~110 characters. */
export function untitled(text) {
  const MAX = 110;
  let line = ((text || "").trim().split("\n", 1)[0] || "").trim();
  if (!line) return "Untitled article";
  if (line.length > MAX) {
    const end = /[.!?]["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9])/g;
    for (let m = end.exec(line); m; m = end.exec(line)) {
      const word = line.slice(0, m.index).split(" ").pop();
      if ((word.length > 3 && !word.includes(".")) || /^\d+$/.test(word)) {
        line = line.slice(0, m.index + m[0].length);
        break;
      }
    }
  }
  if (line.length > MAX) {
    line = line.slice(0, MAX).replace(/\s+\S*$/, "").replace(/[ ,;:–—-]+$/, "") + " …";
  }
  return line.split(/\s+/).join(" ");
}

export function pager(total, offset, limit, path, params) {
  const nav = h("nav", { class: "pager", "aria-label": "Pages" });
  const first = total ? offset + 1 : 0;
  const last = Math.min(offset + limit, total);
  nav.append(h("span", { class: "count" }, `${fmt(first)}–${fmt(last)} of ${fmt(total)}`));
  const at = (o) => {
    const p = Object.fromEntries(params.entries());
    p.offset = o > 0 ? String(o) : "";
    return hashFor(path, p);
  };
  if (offset > 0) {
    nav.append(h("a", { href: at(Math.max(offset - limit, 0)), rel: "prev" }, "← Previous"));
  }
  if (offset + limit < total) {
    nav.append(h("a", { href: at(offset + limit), rel: "next" }, "Next →"));
  }
  return nav;
}

/** A filter form: fields [name, label, kind, options]; submit navigates to path?fields. */
export function filterForm(path, params, fields, extra) {
  const form = h("form", { class: "filters" });
  for (const [name, label, kind, options] of fields) {
    const id = "f-" + name;
    let input;
    if (kind === "select") {
      input = h("select", { id, name },
        options.map(([value, text]) => h("option", {
          value, selected: (params.get(name) || "") === value,
        }, text)));
    } else {
      input = h("input", {
        id, name, type: kind || "text", value: params.get(name) || "",
        placeholder: options || null, autocomplete: "off",
      });
    }
    form.append(h("label", { class: "field", for: id }, h("span", null, label), input));
  }
  form.append(h("div", { class: "field buttons" },
    h("button", { type: "submit" }, "Apply"),
    h("a", { href: hashFor(path), class: "reset" }, "Reset")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const values = {};
    for (const [name] of fields) values[name] = form.elements[name].value.trim();
    Object.assign(values, extra || {});
    location.hash = hashFor(path, values);
  });
  // folded on a phone unless a filter is set; always open on wider screens
  const active = fields.filter(([name]) => name !== "sort" && params.get(name)).length;
  const wide = window.matchMedia("(min-width: 641px)").matches;
  return h("details", { class: "filter-box", open: wide || active > 0 },
    h("summary", null, "Filters", active ? ` (${active} set)` : ""), form);
}

export function typeOptions(stats) {
  const present = stats ? stats.event_types.map((t) => t.type) : [];
  const all = [...new Set([...typeNames(), ...present])];
  const counts = new Map(stats ? stats.event_types.map((t) => [t.type, t.count]) : []);
  return [["", "any type"], ...all.map((t) => [t, counts.has(t) ? `${t} (${fmt(counts.get(t))})`
    : t])];
}
export function quadOptions() {
  return [["", "any"], ...quadList().map(([q]) => [String(q), quadName(q)])];
}

/** The evidence sentence of a report with its trigger marked; `max` trims long sentences. */
export function evidence(report, max) {
  const sentence = report.sentence || "";
  let a = report.trigger_start - report.sentence_start;
  let b = report.trigger_end - report.sentence_start;
  const valid = a >= 0 && b <= sentence.length && a < b &&
    sentence.slice(a, b) === report.trigger;
  if (!valid) { // offsets that disagree with the text: find the trigger instead
    a = report.trigger ? sentence.indexOf(report.trigger) : -1;
    b = a >= 0 ? a + report.trigger.length : -1;
  }
  let before = a >= 0 ? sentence.slice(0, a) : sentence;
  const trigger = a >= 0 ? sentence.slice(a, b) : "";
  let after = a >= 0 ? sentence.slice(b) : "";
  if (max) {
    const room = Math.max(20, Math.floor((max - trigger.length) / 2));
    if (before.length > room) before = "…" + before.slice(before.length - room).trimStart();
    if (after.length > room) after = after.slice(0, room).trimEnd() + "…";
  }
  return h("span", { class: "evidence" }, before,
    trigger ? h("mark", { class: "trigger" }, trigger) : null, after);
}
