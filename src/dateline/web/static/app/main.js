/* dateline browser app: plain JavaScript modules, no framework, no build step, nothing from a
 * CDN. index.html loads this module; it imports the others.
 *
 * A single page with hash routes (#/articles, #/articles/ID, #/events, #/events/ID, #/actors,
 * #/actors/CODE?target=CODE, #/network, #/map, #/quotes, #/search?q=) over the JSON API served
 * by the same server. Data reaches the page through DOM APIs only (see dom.js).
 */
import { renderActor, renderActors } from "./actors.js";
import { ApiError, auth, currentToken, errorLines, errorText, showSignOut } from "./api.js";
import { renderArticles } from "./articles.js";
import { card } from "./card.js";
import { h, hashFor, link, view } from "./dom.js";
import { renderEvent, renderEvents } from "./events.js";
import { renderNetwork } from "./graph.js";
import { renderHome } from "./home.js";
import { renderMap } from "./map.js";
import { loadPlover } from "./plover.js";
import { renderQuotes, renderSearch } from "./quotes.js";
import { renderReader } from "./reader.js";

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
    await loadPlover(); // the type and quad table every page colours and names events by
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

function renderNotFound() {
  return errorBox(new ApiError(404, "No page at " + location.hash));
}

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

start(); // a module runs once the document is parsed
