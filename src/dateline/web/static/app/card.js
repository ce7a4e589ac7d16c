/* The hover card: details of a highlight, a map dot or a chart element, shown on hover,
 * focus or tap (a click pins it). */
export const card = {
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
export function hoverCards(root, selector, build) {
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
