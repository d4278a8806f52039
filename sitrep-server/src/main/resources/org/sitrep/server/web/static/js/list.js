// The event list beside the map: one row per linked event, newest first.
import { h, clear, slug } from "./dom.js";
import { casualties } from "./status.js";

export function dateLabel(d) {
  if (!d || !d.start) return "date unknown";
  return d.start === d.end || !d.end ? d.start : `${d.start} \u2013 ${d.end}`;
}

export function placeLabel(loc) {
  if (!loc || !loc.name) return "place unknown";
  return [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null, loc.country].filter(Boolean).join(", ");
}

export function renderList(listEl, headerEl, result, onSelect) {
  clear(listEl);
  clear(headerEl);
  const shown = result.items.length;
  headerEl.append(h("span", { id: "event-count" }, `${result.total} event${result.total === 1 ? "" : "s"}`),
    shown < result.total ? ` (first ${shown} shown)` : "");
  const sorted = [...result.items].sort((a, b) => String(b.date?.start).localeCompare(String(a.date?.start)));
  for (const e of sorted) {
    const row = h("li", { class: `event-row s-${slug(e.status)}`, tabindex: 0, data: { eventId: e.id } },
      h("span", { class: `type-chip t-${slug(e.type)}` }, e.subtype || e.type),
      h("span", { class: "row-place" }, placeLabel(e.location)),
      h("span", { class: "row-date" }, dateLabel(e.date)),
      h("span", { class: "row-figures" }, casualties(e)),
      e.status !== "reported" ? h("span", { class: `status-badge s-${slug(e.status)}` }, e.status) : null,
      h("span", { class: "row-sources" }, `${e.sources ?? 1} source${(e.sources ?? 1) === 1 ? "" : "s"}`));
    row.addEventListener("click", () => onSelect(e.id));
    row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onSelect(e.id); });
    listEl.append(row);
  }
}
