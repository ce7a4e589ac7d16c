/* dateline browser app: plain JavaScript, no framework, no build step, nothing from a CDN.
 *
 * A single page with hash routes (#/articles, #/articles/ID, #/events, #/events/ID, #/actors,
 * #/actors/CODE?target=CODE, #/network, #/map, #/quotes, #/search?q=) over the JSON API served
 * by the same server (relative URLs, so the app also works mounted under a path prefix).
 *
 * Security: every piece of data (article text, titles, quotes, names, codes) reaches the page
 * through DOM APIs only -- createElement, textContent / text nodes, setAttribute with
 * attribute names written here -- never innerHTML or insertAdjacentHTML. Links built from data
 * go through encodeURIComponent; article URLs are linked only when they are http(s).
 */
"use strict";

(() => {
  // ---------------------------------------------------------------- ontology and colours
  const QUADS = {
    1: { label: "verbal cooperation", colour: "#2f6fbf" },
    2: { label: "material cooperation", colour: "#2e8b57" },
    3: { label: "verbal conflict", colour: "#d9822b" },
    4: { label: "material conflict", colour: "#c62828" },
  };
  const TYPES = [ // PLOVER event types, by quad class, each with a colour of its quad's family
    ["AGREE", 1, "#1f5fa8"], ["CONSULT", 1, "#4a8fd9"], ["SUPPORT", 1, "#86bdf0"],
    ["CONCEDE", 1, "#2a4f7a"],
    ["COOPERATE", 2, "#2e8b57"], ["AID", 2, "#6cc08b"], ["RETREAT", 2, "#a9dcb9"],
    ["REQUEST", 3, "#f2a65a"], ["ACCUSE", 3, "#e07a2f"], ["REJECT", 3, "#f6cf65"],
    ["THREATEN", 3, "#b8651b"],
    ["PROTEST", 4, "#9c3fb5"], ["SANCTION", 4, "#d38fe0"], ["MOBILIZE", 4, "#f08080"],
    ["COERCE", 4, "#e53935"], ["ASSAULT", 4, "#8b0000"],
  ];
  const TYPE_INFO = new Map(TYPES.map(([type, quad, colour], order) =>
    [type, { quad, colour, order }]));
  const COOP = "#2e8b57";
  const CONFLICT = "#c62828";
  const NEUTRAL = "#8a8f98";
  const SVG_NS = "http://www.w3.org/2000/svg";

  function typeColour(type) {
    const info = TYPE_INFO.get(type);
    return info ? info.colour : NEUTRAL;
  }
  function typeOrder(type) {
    const info = TYPE_INFO.get(type);
    return info ? info.order : 99;
  }
  function quadOf(type, quad) {
    if (quad) return quad;
    const info = TYPE_INFO.get(type);
    return info ? info.quad : null;
  }

  // ---------------------------------------------------------------- DOM helpers (no HTML)
  function setAttrs(node, attrs) {
    if (!attrs) return node;
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on") && typeof value === "function") {
        node.addEventListener(key.slice(2), value);
      } else if (key === "class") {
        const cls = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
        if (cls) node.setAttribute("class", cls);
      } else if (key === "dataset") {
        for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
      } else {
        node.setAttribute(key, value === true ? "" : String(value));
      }
    }
    return node;
  }
  function append(node, kids) {
    for (const kid of kids.flat(Infinity)) {
      if (kid === null || kid === undefined || kid === false) continue;
      node.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return node;
  }
  /** An HTML element; string children become text nodes. */
  function h(tag, attrs, ...kids) {
    return append(setAttrs(document.createElement(tag), attrs), kids);
  }
  /** An SVG element. */
  function s(tag, attrs, ...kids) {
    return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), kids);
  }
  function fmt(n) {
    return n === null || n === undefined ? "" : Number(n).toLocaleString("en");
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function hashFor(path, params) {
    const query = params ? new URLSearchParams(
      Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "")
    ).toString() : "";
    return "#" + path + (query ? "?" + query : "");
  }
  function link(path, params, ...kids) {
    return h("a", { href: hashFor(path, params) }, ...kids);
  }
  function articleHref(id, params) {
    return hashFor("/articles/" + encodeURIComponent(id), params);
  }
  function eventHref(id) {
    return hashFor("/events/" + encodeURIComponent(id));
  }
  function actorHref(code, params) {
    return hashFor("/actors/" + encodeURIComponent(code), params);
  }
  function typeChip(type, quad) {
    const q = quadOf(type, quad);
    const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = typeColour(type);
    return h("span", {
      class: ["chip", q ? "q" + q : null], title: q ? QUADS[q].label : null,
      dataset: { type: type || "" },
    }, swatch, type || "?");
  }
  // How the text holds an event (the record's `modality`, and `negated`), in words.
  const MODALITIES = [
    ["asserted", "the article says it happened"],
    ["reported", "someone in the article says it happened"],
    ["future", "announced or expected; has not happened yet"],
    ["hypothetical", "might happen; not said to have happened"],
    ["conditional", "would happen if a condition is met"],
  ];
  const MODALITY_INFO = new Map(MODALITIES);
  /** Badges for an event's negation ("not") and modality (left out when asserted, unless
   *  `full`), so a negated or unrealised event never reads as a plain one. */
  function modalityBadges(ev, full) {
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
  function modalityNotice(ev) {
    const m = ev.modality || "asserted";
    if (ev.negated) {
      return "Negated: the text says this event did not happen" +
        (m === "asserted" ? "." : ` (${m}: ${MODALITY_INFO.get(m) || m}).`);
    }
    if (m === "asserted" || m === "reported") return null;
    return `${m[0].toUpperCase()}${m.slice(1)}: ${MODALITY_INFO.get(m) || m}.`;
  }
  function irrealis(ev) { // a class for rows and items of events that did not happen (yet)
    const m = ev.modality || "asserted";
    return [ev.negated ? "negated" : null,
      m !== "asserted" && m !== "reported" ? "irrealis" : null];
  }

  function actorLabel(actor) { // an EventActor: name with its code
    const kids = [actor.name];
    if (actor.code) {
      kids.push(" ", h("a", { class: "code actor-link", href: actorHref(actor.code) },
        actor.code));
    }
    return h("span", { class: "actor" }, kids);
  }
  function actorList(actors) {
    if (!actors || !actors.length) return h("span", { class: "muted" }, "—");
    const out = h("span", { class: "actors" });
    actors.forEach((a, i) => { if (i) out.append(", "); out.append(actorLabel(a)); });
    return out;
  }
  function titleOf(item) { // list items carry the server's headline for an untitled article
    const id = item.article_id || item.id;
    return item.title || item.headline || "Untitled article" + (id ? " " + String(id).slice(0, 8)
      : "");
  }
  /** A title for an article without one, as the API's `headline`: its first line when that
   *  is short (a heading), else its first sentence, cut at a word past ~110 characters. */
  function untitled(text) {
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
  function collapsible(title, ...kids) {
    return h("details", { class: "panel" }, h("summary", null, h("h2", null, title)), ...kids);
  }
  function section(title, ...kids) {
    return h("section", { class: "panel" }, title ? h("h2", null, title) : null, ...kids);
  }
  function dl(rows) {
    const list = h("dl", { class: "facts" });
    for (const [term, value] of rows) {
      if (value === null || value === undefined || value === "" ||
          (Array.isArray(value) && !value.length)) continue;
      list.append(h("dt", null, term), h("dd", null, value));
    }
    return list;
  }
  function tableWrap(table) {
    return h("div", { class: "table-wrap" }, table);
  }

  // ---------------------------------------------------------------- API
  class ApiError extends Error {
    constructor(status, detail) {
      super(errorText(detail));
      this.status = status;
      this.detail = detail;
    }
  }
  /** An API error's `detail` in words: FastAPI's list of validation errors becomes one line
   *  per bad parameter ("since: Input should be a valid date … (given “2020-99-99”)"); a
   *  dateline error {code, message} its message; never raw JSON. */
  function errorLines(detail) {
    if (detail === null || detail === undefined || detail === "") return [];
    if (typeof detail === "string") return [detail];
    if (Array.isArray(detail)) {
      return detail.map((item) => {
        if (!item || typeof item !== "object") return String(item);
        const loc = Array.isArray(item.loc) ? item.loc.filter((p) => p !== "query" &&
          p !== "body" && p !== "path") : [];
        const field = loc.length ? loc.join(".") : null;
        const given = typeof item.input === "string" || typeof item.input === "number"
          ? String(item.input) : null;
        return (field ? `${field}: ` : "") + (item.msg || "not valid") +
          (given !== null && given.length <= 80 ? ` (given “${given}”)` : "");
      });
    }
    if (typeof detail === "object") {
      if (detail.message) return [detail.message + (detail.code ? ` [${detail.code}]` : "")];
      return Object.entries(detail).map(([key, value]) => `${key}: ${errorText(value)}`);
    }
    return [String(detail)];
  }
  function errorText(detail) {
    return errorLines(detail).join("; ");
  }

  // Protected reads (`dateline serve --protect-reads`): the bearer token the user signs in
  // with is kept in sessionStorage -- this tab only, gone when it closes -- and sent with
  // every API request.
  const TOKEN_KEY = "dateline.token";
  const auth = {
    get() {
      try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (_) { return ""; }
    },
    set(token) {
      try {
        if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
        else window.sessionStorage.removeItem(TOKEN_KEY);
      } catch (_) { /* storage disabled: the token lasts until the page reloads */ }
      memoryToken = token || "";
      showSignOut();
    },
  };
  let memoryToken = "";
  function currentToken() {
    return auth.get() || memoryToken;
  }

  async function api(path, params) {
    const query = params ? new URLSearchParams(
      Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "")
    ).toString() : "";
    const headers = { Accept: "application/json" };
    const token = currentToken();
    if (token) headers.Authorization = "Bearer " + token;
    const response = await fetch(path + (query ? "?" + query : ""), {
      headers, credentials: "same-origin",
    });
    let body = null;
    try { body = await response.json(); } catch (_) { body = null; }
    if (!response.ok) {
      throw new ApiError(response.status, body && body.detail ? body.detail : response.statusText);
    }
    return body;
  }

  let worldPromise = null;
  function world() { // the basemap, fetched once; also names countries for actor codes
    if (!worldPromise) {
      worldPromise = fetch("static/world.json").then((r) => {
        if (!r.ok) throw new ApiError(r.status, "basemap not found");
        return r.json();
      });
      worldPromise.catch(() => { worldPromise = null; });
    }
    return worldPromise;
  }
  async function countryNames() {
    try {
      const data = await world();
      return new Map(data.countries.filter((c) => c.code).map((c) => [c.code, c.name]));
    } catch (_) {
      return new Map();
    }
  }

  // ---------------------------------------------------------------- hover card
  const card = {
    node: null, anchor: null, pinned: false, timer: 0,
    init() {
      this.node = document.getElementById("card");
      this.node.addEventListener("mouseenter", () => this.cancel());
      this.node.addEventListener("mouseleave", () => { if (!this.pinned) this.later(); });
      document.addEventListener("keydown", (e) => { if (e.key === "Escape") this.hide(); });
      document.addEventListener("click", (e) => {
        if (this.node.hidden) return;
        if (this.node.contains(e.target) || (this.anchor && this.anchor.contains(e.target))) {
          return;
        }
        this.hide();
      });
      window.addEventListener("hashchange", () => this.hide());
    },
    show(anchor, content, pin) {
      this.cancel();
      this.anchor = anchor;
      this.pinned = Boolean(pin);
      this.node.replaceChildren(...content);
      this.node.hidden = false;
      this.place(anchor);
    },
    place(anchor) {
      const rect = anchor.getBoundingClientRect();
      const width = Math.min(360, document.documentElement.clientWidth - 16);
      this.node.style.width = width + "px";
      let left = rect.left + window.scrollX;
      left = Math.max(8 + window.scrollX,
        Math.min(left, window.scrollX + document.documentElement.clientWidth - width - 8));
      this.node.style.left = left + "px";
      const below = rect.bottom + window.scrollY + 6;
      this.node.style.top = below + "px";
      const cardHeight = this.node.offsetHeight;
      if (rect.bottom + cardHeight + 12 > window.innerHeight && rect.top > cardHeight + 12) {
        this.node.style.top = (rect.top + window.scrollY - cardHeight - 6) + "px";
      }
    },
    later() {
      this.cancel();
      this.timer = window.setTimeout(() => this.hide(), 250);
    },
    cancel() {
      if (this.timer) window.clearTimeout(this.timer);
      this.timer = 0;
    },
    hide() {
      this.cancel();
      this.pinned = false;
      this.anchor = null;
      if (this.node) { this.node.hidden = true; this.node.replaceChildren(); }
    },
  };

  /** Hover (or tap / focus) on elements under `root` matching `selector` opens a card. */
  function hoverCards(root, selector, build) {
    root.addEventListener("mouseover", (e) => {
      const target = e.target.closest(selector);
      if (!target || !root.contains(target) || card.pinned) return;
      if (card.anchor === target && !card.node.hidden) { card.cancel(); return; }
      card.show(target, build(target), false);
    });
    root.addEventListener("mouseout", (e) => {
      const target = e.target.closest(selector);
      if (!target || card.pinned) return;
      if (e.relatedTarget && (target.contains(e.relatedTarget) ||
                              card.node.contains(e.relatedTarget))) return;
      card.later();
    });
    root.addEventListener("click", (e) => {
      const target = e.target.closest(selector);
      if (!target || !root.contains(target) || e.target.closest("a")) return;
      if (card.pinned && card.anchor === target) { card.hide(); return; }
      card.show(target, build(target), true);
    });
    root.addEventListener("focusin", (e) => {
      const target = e.target.closest(selector);
      if (target && root.contains(target)) card.show(target, build(target), false);
    });
    root.addEventListener("focusout", () => { if (!card.pinned) card.later(); });
  }

  // ---------------------------------------------------------------- router
  const view = () => document.getElementById("view");
  let renderToken = 0;

  function parseHash() {
    const raw = location.hash.replace(/^#/, "") || "/";
    const at = raw.indexOf("?");
    const path = at < 0 ? raw : raw.slice(0, at);
    const params = new URLSearchParams(at < 0 ? "" : raw.slice(at + 1));
    const parts = path.split("/").filter(Boolean).map((p) => {
      try { return decodeURIComponent(p); } catch (_) { return p; }
    });
    return { parts, params };
  }

  const ROUTES = [
    [["articles", null], "reader", renderReader],
    [["articles"], "articles", renderArticles],
    [["events", null], "event", renderEvent],
    [["events"], "events", renderEvents],
    [["actors", null], "actor", renderActor],
    [["actors"], "actors", renderActors],
    [["network"], "network", renderNetwork],
    [["map"], "map", renderMap],
    [["quotes"], "quotes", renderQuotes],
    [["search"], "search", renderSearch],
    [[], "home", renderHome],
  ];

  async function route() {
    const token = ++renderToken;
    const { parts, params } = parseHash();
    const match = ROUTES.find(([pattern]) => pattern.length === parts.length &&
      pattern.every((p, i) => p === null || p === parts[i]));
    const root = view();
    const [, name, render] = match || [null, "notfound", renderNotFound];
    root.dataset.route = name;
    root.dataset.hash = location.hash; // what is being rendered: tests wait on this
    root.dataset.state = "loading";
    root.setAttribute("aria-busy", "true");
    for (const a of document.querySelectorAll(".nav a")) {
      a.classList.toggle("active", a.dataset.nav === parts[0]);
    }
    const search = document.getElementById("search-q");
    if (search && name !== "search") search.value = "";
    const stale = () => token !== renderToken;
    let content;
    try {
      const args = parts.filter((_, i) => match && match[0][i] === null);
      content = await render({ args, params, stale });
    } catch (error) {
      if (stale()) return;
      content = errorBox(error);
      root.dataset.state = "error";
    }
    if (stale()) return;
    root.replaceChildren(...[content].flat().filter(Boolean));
    if (root.dataset.state !== "error") root.dataset.state = "ready";
    root.removeAttribute("aria-busy");
    const heading = root.querySelector("h1");
    document.title = (heading ? heading.textContent + " · " : "") + "dateline";
    if (root.afterRender) {
      const after = root.afterRender;
      root.afterRender = null;
      after();
    } else {
      window.scrollTo(0, 0);
    }
  }

  function errorBox(error) {
    const status = error instanceof ApiError ? error.status : null;
    if (status === 401 || status === 403) return signInBox(error);
    const lines = error instanceof ApiError ? errorLines(error.detail)
      : [error && error.message ? error.message : String(error)];
    const title = status === 404 ? "Not found"
      : status === 422 ? "A value in this page's address is not valid"
        : "Something went wrong";
    const { parts, params } = parseHash();
    const filtered = status === 422 && [...params.keys()].length > 0;
    return h("div", { class: "notice error", role: "alert" },
      h("h1", null, title),
      lines.length > 1 || status === 422
        ? h("ul", { class: "error-lines" }, lines.map((line) => h("li", null, line)))
        : h("p", null, lines[0] || "No answer from the server."),
      h("p", null, filtered ? [link("/" + parts.join("/"), null, "Clear the filters"), " · "]
        : null, link("/", null, "Back to the overview")));
  }

  /** The answer to 401/403 on a read: the server protects reads, so ask for the token. */
  function signInBox(error) {
    const had = Boolean(currentToken());
    const input = h("input", { type: "password", id: "signin-token", name: "token",
      autocomplete: "current-password", required: true, spellcheck: "false",
      "aria-describedby": "signin-note" });
    const form = h("form", { class: "signin" },
      h("label", { class: "field", for: "signin-token" }, h("span", null, "API token"), input),
      h("div", { class: "field buttons" }, h("button", { type: "submit" }, "Sign in")));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const token = input.value.trim();
      if (!token) return;
      auth.set(token);
      route();
    });
    return h("div", { class: "notice error signin-box", role: "alert" },
      h("h1", null, "Sign in"),
      h("p", null, had ? "The server refused this token (" + errorText(error.detail) +
        "): check it and sign in again."
        : "This server keeps its data behind a token: enter the API token (the server's " +
          "DATELINE_API_TOKEN) to read it."),
      form,
      h("p", { class: "muted small", id: "signin-note" },
        "The token is kept for this browser tab only (session storage) and sent with each " +
        "request to this server; it is gone when the tab closes or you sign out."));
  }

  function showSignOut() {
    const button = document.getElementById("signout");
    if (button) button.hidden = !currentToken();
  }

  function renderNotFound() {
    return errorBox(new ApiError(404, "No page at " + location.hash));
  }

  // ---------------------------------------------------------------- shared widgets
  function pager(total, offset, limit, path, params) {
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
  function filterForm(path, params, fields, extra) {
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

  function typeOptions(stats) {
    const present = stats ? stats.event_types.map((t) => t.type) : [];
    const all = [...new Set([...TYPES.map(([t]) => t), ...present])];
    const counts = new Map(stats ? stats.event_types.map((t) => [t.type, t.count]) : []);
    return [["", "any type"], ...all.map((t) => [t, counts.has(t) ? `${t} (${fmt(counts.get(t))})`
      : t])];
  }
  const QUAD_OPTIONS = [["", "any"], ...Object.entries(QUADS).map(([q, v]) =>
    [q, `${q} ${v.label}`])];

  function legend(items) {
    return h("ul", { class: "legend" }, items.map(([colour, text, cls]) =>
      h("li", { class: cls || null }, h("span", { class: "swatch", "aria-hidden": "true" },
        s("svg", { viewBox: "0 0 10 10", width: 12, height: 12 },
          s("rect", { width: 10, height: 10, rx: 2, fill: colour }))), text)));
  }

  // ---------------------------------------------------------------- home
  async function renderHome({ stale }) {
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
        h("a", { href: hashFor("/events", { quad: q.quad }) }, QUADS[q.quad].label),
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

  // ---------------------------------------------------------------- articles
  function articleItems(items) {
    if (!items.length) return h("p", { class: "muted" }, "No articles.");
    return h("ol", { class: "article-list" }, items.map((a) => h("li", null,
      h("a", { class: "article-link", href: articleHref(a.id) }, titleOf(a)),
      h("div", { class: "meta" },
        [a.source, a.published, a.events !== undefined ? `${fmt(a.events)} events` : null,
          a.quotes !== undefined ? `${fmt(a.quotes)} quotes` : null]
          .filter(Boolean).join(" · ")))));
  }

  async function renderArticles({ params, stale }) {
    const limit = 50;
    const offset = Number(params.get("offset") || 0);
    const query = {
      q: params.get("q"), source: params.get("source"), since: params.get("since"),
      until: params.get("until"), sort: params.get("sort") || "-published", limit, offset,
    };
    const data = await api("articles", query);
    if (stale()) return null;
    return [
      h("h1", null, "Articles"),
      filterForm("/articles", params, [
        ["q", "Words", "search", "in title or text"], ["source", "Source", "text", "e.g. Wikinews"],
        ["since", "Published since", "date"], ["until", "until", "date"],
        ["sort", "Order", "select", [["-published", "newest first"],
          ["published", "oldest first"], ["title", "title"], ["-ingested", "last ingested"]]],
      ]),
      pager(data.total, offset, limit, "/articles", params),
      articleItems(data.items),
      data.total > limit ? pager(data.total, offset, limit, "/articles", params) : null,
    ];
  }

  // ---------------------------------------------------------------- article reader
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
      h("a", { class: "code actor-link", href: actorHref(code) }, code)] : null);
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
            h("a", { class: "code actor-link", href: actorHref(a.code) }, a.code)]) : "not coded"],
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
      const names = (ids) => (ids || []).map((id) => ctx.entities.get(id)).filter(Boolean);
      const side = (ids) => {
        const list = names(ids);
        return list.length ? list.map((e, i) => [i ? ", " : "", entityRef(e)]) : "—";
      };
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
          ["Quad", q ? `${q} ${QUADS[q].label}` : null],
          ["Source", side(ref.source)],
          ["Target", side(ref.target)],
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

  async function renderReader({ args, params, stale }) {
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
    const names = (ids) => (ids || []).map((x) => ctx.entities.get(x)).filter(Boolean);
    const side = (ids) => {
      const list = names(ids);
      return list.length ? list.map((e, i) => [i ? ", " : "", entityRef(e)])
        : h("span", { class: "muted" }, "—");
    };
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
        h("div", { class: "dyad" }, side(ev.source), " → ", side(ev.target)),
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
        h("td", null, e.actor ? h("a", { class: "code actor-link", href: actorHref(e.actor.code) },
          e.actor.code) : ""),
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

  // ---------------------------------------------------------------- events
  const EVENT_FILTERS = ["actor", "source", "target", "type", "quad", "since", "until", "place",
    "country", "quote_by", "modality", "negated", "sort"];

  async function renderEvents({ params, stale }) {
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
      h("td", { class: "num", dataset: { label: "Reports" } }, fmt(ev.report_count)),
      h("td", { class: "evidence-cell" }, ev.reports && ev.reports[0]
        ? evidence(ev.reports[0], 140) : "")));
    const filtered = EVENT_FILTERS.some((k) => k !== "sort" && params.get(k));
    return [
      h("h1", null, "Events"),
      filterForm("/events", params, [
        ["type", "Type", "select", typeOptions(stats)],
        ["quad", "Quad class", "select", QUAD_OPTIONS],
        ["actor", "Actor (either side)", "text", "code or name"],
        ["source", "Source", "text", "code or name"],
        ["target", "Target", "text", "code or name"],
        ["since", "Since", "date"], ["until", "Until", "date"],
        ["place", "Place", "text", "place name"], ["country", "Country", "text", "e.g. IRN"],
        ["quote_by", "Quoted by", "text", "speaker name"],
        ["modality", "Modality", "select", [["", "any"], ...MODALITIES.map(([m]) => [m, m])]],
        ["negated", "Negation", "select", [["", "any"], ["false", "not negated"],
          ["true", "negated only"]]],
        ["sort", "Order", "select", [["-date", "newest first"], ["date", "oldest first"],
          ["-reports", "most reported"], ["-confidence", "most confident"], ["type", "type"]]],
      ]),
      pager(data.total, offset, limit, "/events", params),
      data.items.length ? tableWrap(h("table", { class: "grid events-table" },
        h("thead", null, h("tr", null, ["Event", "Date", "Type", "Source", "Target", "Place",
          "Reports", "Evidence"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", null, rows)))
        : h("p", { class: "muted" }, filtered ? "No events match these filters." : "No events."),
      data.total > limit ? pager(data.total, offset, limit, "/events", params) : null,
    ];
  }

  /** The evidence sentence of a report with its trigger marked; `max` trims long sentences. */
  function evidence(report, max) {
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

  async function renderEvent({ args, stale }) {
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
          ["Quad", q ? `${q} ${QUADS[q].label}` : null],
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

  // ---------------------------------------------------------------- actors
  function actorTable(items, names, compact) {
    if (!items.length) return h("p", { class: "muted" }, "No coded actors.");
    const heads = compact ? ["Code", "Names", "Events"]
      : ["Code", "Names", "Events", "As source", "As target"];
    return tableWrap(h("table", { class: ["grid", "actors-table", compact ? "compact" : null] },
      h("thead", null, h("tr", null, heads.map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, items.map((a) => h("tr", null,
        h("td", null, h("a", { class: "code actor-link", href: actorHref(a.code) }, a.code),
          names && names.get(a.code) ? h("div", { class: "muted small" }, names.get(a.code))
            : null),
        h("td", { class: "names" }, (a.names || []).slice(0, compact ? 3 : 5).join(", ")),
        h("td", { class: "num" }, fmt(a.events)),
        compact ? null : h("td", { class: "num" }, fmt(a.as_source)),
        compact ? null : h("td", { class: "num" }, fmt(a.as_target)))))));
  }

  async function renderActors({ params, stale }) {
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

  function monthEnd(period) {
    const [y, m] = period.split("-").map(Number);
    if (!m) return `${y}-12-31`;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${period}-${String(last).padStart(2, "0")}`;
  }

  /** Stacked bars of event counts per period and type; `filters` make bars link to events. */
  function timelineChart(series, filters) {
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

  /** The width a chart will have on screen (CSS px, inside the main column and a panel),
   *  at most `max`: charts draw in these units, so text keeps its size on any screen. */
  function chartWidth(max) {
    const main = view();
    const room = main ? main.clientWidth - 60 : max;
    return Math.round(Math.max(280, Math.min(max, room || max)));
  }

  function niceTicks(max) {
    const raw = max / 4;
    const mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((v) => v >= raw) || mag;
    const ticks = [];
    for (let v = 0; v <= max; v += Math.max(1, step)) ticks.push(v);
    return ticks;
  }

  async function renderActor({ args, params, stale }) {
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
      h("td", { class: "lead-cell" }, h("a", { class: "code actor-link",
        href: actorHref(p.code) }, p.code),
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

  // ---------------------------------------------------------------- network
  function edgeColour(edge) {
    const decided = edge.cooperation + edge.conflict;
    if (!decided) return NEUTRAL;
    const share = edge.conflict / decided; // 0 all cooperation ... 1 all conflict
    const mix = (a, b) => Math.round(a + (b - a) * share);
    const [r1, g1, b1] = [0x2e, 0x8b, 0x57];
    const [r2, g2, b2] = [0xc6, 0x28, 0x28];
    return `rgb(${mix(r1, r2)},${mix(g1, g2)},${mix(b1, b2)})`;
  }

  /** Fruchterman-Reingold layout, deterministic (nodes start on a circle). */
  function layout(nodes, edges, W, H) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => {
      const angle = (2 * Math.PI * i) / Math.max(n, 1);
      const radius = Math.min(W, H) * 0.35 * (n > 1 ? 1 : 0);
      return { x: W / 2 + radius * Math.cos(angle), y: H / 2 + radius * Math.sin(angle) };
    });
    if (n < 3) return pos;
    const index = new Map(nodes.map((node, i) => [node.code, i]));
    const k = Math.sqrt((W * H) / n) * 0.7;
    let temperature = Math.min(W, H) / 8;
    const iterations = 300;
    for (let it = 0; it < iterations; it++) {
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x;
          let dy = pos[i].y - pos[j].y;
          let d = Math.hypot(dx, dy);
          if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
          const force = (k * k) / d;
          disp[i].x += (dx / d) * force; disp[i].y += (dy / d) * force;
          disp[j].x -= (dx / d) * force; disp[j].y -= (dy / d) * force;
        }
      }
      for (const edge of edges) {
        const i = index.get(edge.source), j = index.get(edge.target);
        if (i === undefined || j === undefined || i === j) continue;
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const force = ((d * d) / k) * (0.6 + 0.4 * Math.log1p(edge.events) / Math.log(10));
        disp[i].x -= (dx / d) * force; disp[i].y -= (dy / d) * force;
        disp[j].x += (dx / d) * force; disp[j].y += (dy / d) * force;
      }
      for (let i = 0; i < n; i++) { // gravity keeps separate components on screen
        disp[i].x += (W / 2 - pos[i].x) * 0.05 * k / 10;
        disp[i].y += (H / 2 - pos[i].y) * 0.05 * k / 10;
        const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
        const step = Math.min(d, temperature);
        pos[i].x += (disp[i].x / d) * step;
        pos[i].y += (disp[i].y / d) * step;
      }
      temperature *= 0.985;
    }
    return pos;
  }

  function networkChart(network, options) {
    const opts = options || {};
    const nodes = network.nodes || [];
    const edges = network.edges || [];
    if (!nodes.length) return h("p", { class: "muted" }, "No edges between coded actors.");
    // as wide as the screen gives it (at most 480 / 900): labels keep their size on a phone
    const W = chartWidth(opts.compact ? 480 : 900);
    const H = W < 500 ? Math.round(W * 1.15) : (opts.compact ? 360 : 620);
    const pos = layout(nodes, edges, W, H);
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

  async function renderNetwork({ params, stale }) {
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
          h("td", null, h("a", { class: "code actor-link", href: actorHref(e.source) }, e.source)),
          h("td", null, h("a", { class: "code actor-link", href: actorHref(e.target) }, e.target)),
          h("td", { class: "num" }, h("a", { href: actorHref(e.source, { target: e.target }) },
            fmt(e.events))),
          h("td", { class: "num" }, fmt(e.cooperation)),
          h("td", { class: "num" }, fmt(e.conflict)))))))) : null,
    ];
  }

  // ---------------------------------------------------------------- map
  const MAP_BOX = { x: 0, y: 5, w: 360, h: 150 }; // lon -180..180, lat 85..-65

  function project(lon, lat) {
    return [lon + 180, 90 - lat];
  }

  function countryPath(rings) {
    return rings.map((ring) => "M" + ring.map(([lon, lat]) => {
      const [x, y] = project(lon, lat);
      return `${+x.toFixed(1)},${+y.toFixed(1)}`;
    }).join("L") + "Z").join("");
  }

  /** The basemap with event dots grouped by location. */
  function mapSvg(data, items, options) {
    const opts = options || {};
    const byCountry = new Map();
    for (const it of items) {
      if (it.country) byCountry.set(it.country, (byCountry.get(it.country) || 0) + 1);
    }
    let box = { ...MAP_BOX };
    if (opts.focus) {
      const [fx, fy] = project(opts.focus[0], opts.focus[1]);
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
    chart.append(land);
    const groups = new Map();
    for (const it of items) {
      if (typeof it.lat !== "number" || typeof it.lon !== "number") continue;
      const key = it.lat.toFixed(2) + "," + it.lon.toFixed(2);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(it);
    }
    const dots = s("g", { class: "dots" });
    const sized = [];
    const scale = () => { // dots keep their screen size as the view zooms
      const vb = chart.viewBox.baseVal;
      return vb && vb.width ? vb.width / 360 : 1;
    };
    const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
    for (const group of ordered) {
      const quads = [1, 2, 3, 4].map((q) =>
        group.filter((e) => quadOf(e.type, e.quad) === q).length);
      const top = quads.indexOf(Math.max(...quads)) + 1;
      const [x, y] = project(group[0].lon, group[0].lat);
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
    chart.append(dots);
    const resize = () => {
      const k = opts.mini ? 0.5 : scale();
      for (const [dot, base] of sized) dot.setAttribute("r", (base * k).toFixed(2));
    };
    resize();
    if (!opts.mini) {
      enablePanZoom(chart, box, resize);
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

  function enablePanZoom(chart, home, onZoom) {
    let box = { ...home };
    const apply = () => {
      chart.setAttribute("viewBox", `${box.x.toFixed(2)} ${box.y.toFixed(2)} ` +
        `${box.w.toFixed(2)} ${box.h.toFixed(2)}`);
      onZoom();
    };
    const zoom = (factor, cx, cy) => {
      const w = Math.min(Math.max(box.w * factor, 10), home.w);
      const f = w / box.w;
      const px = cx === undefined ? box.x + box.w / 2 : cx;
      const py = cy === undefined ? box.y + box.h / 2 : cy;
      box = { x: px - (px - box.x) * f, y: py - (py - box.y) * f, w, h: box.h * f };
      apply();
    };
    const toSvg = (clientX, clientY) => {
      const rect = chart.getBoundingClientRect();
      const k = Math.max(box.w / rect.width, box.h / rect.height);
      const offX = (rect.width * k - box.w) / 2, offY = (rect.height * k - box.h) / 2;
      return [box.x + (clientX - rect.left) * k - offX, box.y + (clientY - rect.top) * k - offY, k];
    };
    chart.addEventListener("wheel", (e) => {
      e.preventDefault();
      const [x, y] = toSvg(e.clientX, e.clientY);
      zoom(e.deltaY < 0 ? 0.8 : 1.25, x, y);
    }, { passive: false });
    let drag = null;
    chart.addEventListener("pointerdown", (e) => {
      if (e.target.closest("circle.dot")) return;
      drag = { x: e.clientX, y: e.clientY, box: { ...box }, moved: false };
    });
    chart.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const [, , k] = toSvg(e.clientX, e.clientY);
      const dx = (e.clientX - drag.x) * k, dy = (e.clientY - drag.y) * k;
      if (Math.abs(dx) + Math.abs(dy) > 0.5) drag.moved = true;
      box = { ...drag.box, x: drag.box.x - dx, y: drag.box.y - dy };
      apply();
    });
    const stop = () => { drag = null; };
    chart.addEventListener("pointerup", stop);
    chart.addEventListener("pointerleave", stop);
    chart.zoomControls = h("div", { class: "zoom", role: "group", "aria-label": "Zoom" },
      h("button", { type: "button", onclick: () => zoom(0.6), "aria-label": "Zoom in" }, "+"),
      h("button", { type: "button", onclick: () => zoom(1 / 0.6), "aria-label": "Zoom out" },
        "−"),
      h("button", { type: "button", onclick: () => { box = { ...home }; apply(); } }, "Reset"));
  }

  async function renderMap({ params, stale }) {
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
        legend(Object.entries(QUADS).map(([q, v]) => [v.colour, v.label])),
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

  // ---------------------------------------------------------------- quotes and search
  function quoteItems(items) {
    if (!items.length) return h("p", { class: "muted" }, "No quotes.");
    return h("ol", { class: "quote-list" }, items.map((q) => h("li", { class: "quote-item" },
      h("blockquote", { class: "quote-content" }, q.content),
      h("div", { class: "who" },
        q.speaker ? h("a", { href: hashFor("/quotes", { speaker: q.speaker }) }, q.speaker)
          : h("span", { class: "muted" }, "unresolved speaker"),
        q.speaker_code ? [" ", h("a", { class: "code actor-link",
          href: actorHref(q.speaker_code) }, q.speaker_code)] : null,
        q.cue ? h("span", { class: "muted" }, " " + q.cue) : null,
        q.addressee ? h("span", { class: "muted" }, " · addressed to " + q.addressee) : null,
        q.kind ? [" ", h("span", { class: "tag" }, q.kind)] : null),
      h("div", { class: "meta" }, h("a", { class: "article-link", href: articleHref(q.article_id,
        { at: `${q.content_start}-${q.content_end}` }) }, titleOf(q)),
      q.published ? " · " + q.published : ""))));
  }

  async function renderQuotes({ params, stale }) {
    const limit = 50;
    const offset = Number(params.get("offset") || 0);
    const data = await api("quotes", { speaker: params.get("speaker"), q: params.get("q"),
      limit, offset });
    if (stale()) return null;
    return [
      h("h1", null, "Quotes"),
      filterForm("/quotes", params, [["speaker", "Speaker", "text", "part of a name"],
        ["q", "Words", "search", "in the quote"]]),
      pager(data.total, offset, limit, "/quotes", params),
      quoteItems(data.items),
      data.total > limit ? pager(data.total, offset, limit, "/quotes", params) : null,
    ];
  }

  async function renderSearch({ params, stale }) {
    const q = (params.get("q") || "").trim();
    const search = document.getElementById("search-q");
    if (search) search.value = q;
    if (!q) {
      return [h("h1", null, "Search"), h("p", { class: "muted" },
        "Type words in the search box: articles and quotes holding all of them are listed.")];
    }
    const data = await api("search", { q, limit: 20 });
    if (stale()) return null;
    return [
      h("h1", null, "Search: ", h("q", null, q)),
      section(`Articles (${data.articles.length})`, data.articles.length
        ? h("ol", { class: "article-list" }, data.articles.map((a) => h("li", null,
          h("a", { class: "article-link", href: articleHref(a.id) }, titleOf(a)),
          h("div", { class: "meta" }, a.published || ""),
          h("p", { class: "snippet" }, a.snippet))))
        : h("p", { class: "muted" }, "No articles.")),
      section(`Quotes (${data.quotes.length})`, quoteItems(data.quotes)),
      h("p", null, link("/events", { actor: q }, `Events with actor “${q}” →`)),
    ];
  }

  // ---------------------------------------------------------------- start
  function start() {
    card.init();
    const signout = document.getElementById("signout");
    if (signout) {
      signout.addEventListener("click", () => { auth.set(""); route(); });
      showSignOut();
    }
    document.getElementById("search-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const q = document.getElementById("search-q").value.trim();
      location.hash = hashFor("/search", { q });
    });
    window.addEventListener("hashchange", route);
    route();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
