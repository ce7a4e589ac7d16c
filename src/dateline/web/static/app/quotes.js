/* Quotes, and the search over articles and quotes. */
import { api } from "./api.js";
import { articleHref, codeLink, h, hashFor, link, section } from "./dom.js";
import { filterForm, pager, titleOf } from "./widgets.js";

function quoteItems(items) {
  if (!items.length) return h("p", { class: "muted" }, "No quotes.");
  return h("ol", { class: "quote-list" }, items.map((q) => h("li", { class: "quote-item" },
    h("blockquote", { class: "quote-content" }, q.content),
    h("div", { class: "who" },
      q.speaker ? h("a", { href: hashFor("/quotes", { speaker: q.speaker }) }, q.speaker)
        : h("span", { class: "muted" }, "unresolved speaker"),
      q.speaker_code ? [" ", codeLink(q.speaker_code)] : null,
      q.cue ? h("span", { class: "muted" }, " " + q.cue) : null,
      q.addressee ? h("span", { class: "muted" }, " · addressed to " + q.addressee) : null,
      q.kind ? [" ", h("span", { class: "tag" }, q.kind)] : null),
    h("div", { class: "meta" }, h("a", { class: "article-link", href: articleHref(q.article_id,
      { at: `${q.content_start}-${q.content_end}` }) }, titleOf(q)),
    q.published ? " · " + q.published : ""))));
}

export async function renderQuotes({ params, stale }) {
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

export async function renderSearch({ params, stale }) {
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
