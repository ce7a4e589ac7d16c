/* The list of articles. */
import { api } from "./api.js";
import { articleHref, fmt, h } from "./dom.js";
import { filterForm, pager, titleOf } from "./widgets.js";

export function articleItems(items) {
  if (!items.length) return h("p", { class: "muted" }, "No articles.");
  return h("ol", { class: "article-list" }, items.map((a) => h("li", null,
    h("a", { class: "article-link", href: articleHref(a.id) }, titleOf(a)),
    h("div", { class: "meta" },
      [a.source, a.published, a.events !== undefined ? `${fmt(a.events)} events` : null,
        a.quotes !== undefined ? `${fmt(a.quotes)} quotes` : null]
        .filter(Boolean).join(" · ")))));
}

export async function renderArticles({ params, stale }) {
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
