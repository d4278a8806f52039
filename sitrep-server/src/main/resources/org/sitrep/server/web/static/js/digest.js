// The daily sitrep page: the same digest as `sitrep digest`, fetched as JSON from /api/digest and
// built with text nodes only.
import { h, clear } from "./dom.js";
import { fetchDigest, digestQuery } from "./api.js";

const plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function lineItem(line, onSelect) {
  const li = h("li", {}, line.text, " ");
  for (const c of line.citations) {
    li.append(h("cite", {}, `[${c.outlet || c.docId}${c.published ? ", " + c.published : ""}]`), " ");
  }
  for (const id of line.eventIds) {
    const link = h("a", { href: "#", class: "to-event", data: { eventId: id } }, "open event");
    link.addEventListener("click", (ev) => { ev.preventDefault(); onSelect(id); });
    li.append(link);
  }
  return li;
}

export async function renderDigest(container, mdLink, htmlLink, date, region, onSelect) {
  clear(container);
  mdLink.href = `/api/digest?${digestQuery(date, region, "md")}`;
  mdLink.setAttribute("download", `sitrep-${date}${region ? "-" + region : ""}.md`);
  htmlLink.href = `/api/digest?${digestQuery(date, region, "html")}`;
  const d = await fetchDigest(date, region);
  const hl = d.headline;
  let summary = `${plural(hl.events, "event")} recorded, ${hl.fatalities} reported killed`;
  if (hl.eventsWithoutFigure) summary += ` (${plural(hl.eventsWithoutFigure, "violent event")} without a death toll)`;
  container.append(
    h("h2", {}, `Daily sitrep \u2014 ${d.date}${d.region ? " \u2014 " + d.region : ""}`),
    h("section", { class: "headline" }, h("h3", {}, "Headline figures"),
      h("ul", {}, h("li", { class: "headline-summary" }, summary),
        hl.byType.map((t) => h("li", {}, `${t.type}: ${plural(t.events, "event")}, ${t.fatalities} killed`)))),
    h("section", { class: "developments" }, h("h3", {}, "Key developments"),
      d.areas.length ? d.areas.map((a) => [h("h4", {}, a.name), h("ul", {}, a.lines.map((l) => lineItem(l, onSelect)))])
        : h("p", {}, "No events recorded for this day.")),
    h("section", { class: "claims" }, h("h3", {}, "Claims and disputes"),
      d.claimsAndDisputes.length ? h("ul", {}, d.claimsAndDisputes.map((l) => lineItem(l, onSelect)))
        : h("p", {}, "No claimed or disputed events recorded for this day.")),
    h("section", { class: "sources" }, h("h3", {}, "Sources"),
      h("ul", {}, d.sources.map((c) => h("li", {}, h("code", {}, c.docId), ` ${c.outlet || ""}, ${c.published || ""} \u2014 \u201c${c.title || ""}\u201d`)))),
    h("p", { class: "footer" }, "Generated from the Sitrep event record. Figures are as reported; where sources differ the lowest figure is counted and the others are listed under claims and disputes."));
}
