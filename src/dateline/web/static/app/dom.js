/* DOM helpers (no HTML parsing), links to the app's pages and small page parts.
 *
 * Security: every piece of data (article text, titles, quotes, names, codes) reaches the page
 * through these DOM APIs only -- createElement, textContent / text nodes, setAttribute with
 * attribute names written in the code -- never innerHTML or insertAdjacentHTML. Links built
 * from data go through encodeURIComponent; article URLs are linked only when they are
 * http(s).
 */
const SVG_NS = "http://www.w3.org/2000/svg";

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
export function append(node, kids) {
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    node.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return node;
}
/** An HTML element; string children become text nodes. */
export function h(tag, attrs, ...kids) {
  return append(setAttrs(document.createElement(tag), attrs), kids);
}
/** An SVG element. */
export function s(tag, attrs, ...kids) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), kids);
}
export function fmt(n) {
  return n === null || n === undefined ? "" : Number(n).toLocaleString("en");
}
export function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}
/** "?a=1&b=2" for the parameters that have a value; "" when none has. */
export function queryString(params) {
  const query = params ? new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "")
  ).toString() : "";
  return query ? "?" + query : "";
}
export function hashFor(path, params) {
  return "#" + path + queryString(params);
}
export function link(path, params, ...kids) {
  return h("a", { href: hashFor(path, params) }, ...kids);
}
export function articleHref(id, params) {
  return hashFor("/articles/" + encodeURIComponent(id), params);
}
export function eventHref(id) {
  return hashFor("/events/" + encodeURIComponent(id));
}
export function actorHref(code, params) {
  return hashFor("/actors/" + encodeURIComponent(code), params);
}
/** An actor code linked to its page. */
export function codeLink(code) {
  return h("a", { class: "code actor-link", href: actorHref(code) }, code);
}

export function collapsible(title, ...kids) {
  return h("details", { class: "panel" }, h("summary", null, h("h2", null, title)), ...kids);
}
export function section(title, ...kids) {
  return h("section", { class: "panel" }, title ? h("h2", null, title) : null, ...kids);
}
export function dl(rows) {
  const list = h("dl", { class: "facts" });
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === "" ||
        (Array.isArray(value) && !value.length)) continue;
    list.append(h("dt", null, term), h("dd", null, value));
  }
  return list;
}
export function tableWrap(table) {
  return h("div", { class: "table-wrap" }, table);
}

export function legend(items) {
  return h("ul", { class: "legend" }, items.map(([colour, text, cls]) =>
    h("li", { class: cls || null }, h("span", { class: "swatch", "aria-hidden": "true" },
      s("svg", { viewBox: "0 0 10 10", width: 12, height: 12 },
        s("rect", { width: 10, height: 10, rx: 2, fill: colour }))), text)));
}

export const view = () => document.getElementById("view");

/** The width a chart will have on screen (CSS px, inside the main column and a panel),
 *  at most `max`: charts draw in these units, so text keeps its size on any screen. */
export function chartWidth(max) {
  const main = view();
  const room = main ? main.clientWidth - 60 : max;
  return Math.round(Math.max(280, Math.min(max, room || max)));
}
