// The event sheet: every field of the merged record, the status in words, each source report
// with its own claim and its document text with the evidence highlighted, and the link history.
// All text from the record is inserted as text nodes (dom.js), never as HTML.
import { h, clear, highlighted, slug } from "./dom.js";
import { fetchDocument } from "./api.js";
import { explainStatus, casualties } from "./status.js";
import { dateLabel, placeLabel } from "./list.js";

const actorLabel = (a) => (a ? `${a.name} (${a.kind.replace(/_/g, " ")}${a.country ? ", " + a.country : ""})` : "\u2014");

function countsLabel(counts) {
  if (!counts) return "\u2014";
  const parts = [];
  for (const kind of ["killed", "wounded", "captured", "affected"]) {
    for (const c of counts[kind] || []) parts.push(`${kind}: ${c.n} ${c.actor}`);
  }
  return parts.join("; ") || "\u2014";
}

function fieldRows(e) {
  const loc = e.location || {};
  return [
    ["Type", `${e.type} / ${e.subtype}`],
    ["Modality", e.modality],
    ["Actor 1", actorLabel(e.actor1)],
    ["Actor 2", actorLabel(e.actor2)],
    ["Location", `${placeLabel(loc)}${typeof loc.lat === "number" ? ` (${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}; ${loc.precision})` : ""}`],
    ["Date", `${dateLabel(e.date)} (${e.date?.precision || "unknown"})`],
    ["Fatalities", e.fatalities === null || e.fatalities === undefined ? "not stated" : String(e.fatalities)],
    ["Counts", countsLabel(e.counts)],
    ["Attribution", (e.attribution || []).map((a) => `${a.source} ${a.verb} (${a.stance})`).join("; ") || "outlet's own voice"],
    ["Status", e.status],
    ["Sources", `${e.sources ?? 1} report(s), ${e.independent_sources ?? 1} independent`],
  ];
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** Words of the record worth marking inside an evidence sentence: place, actors, figures. */
function fieldTerms(e) {
  const terms = [];
  if (e.location?.name) terms.push([e.location.name, "location"]);
  for (const a of [e.actor1, e.actor2]) if (a?.name) terms.push([a.name, "actor"]);
  const figures = [];
  if (e.fatalities) figures.push([e.fatalities, "fatalities"]);
  for (const c of Object.values(e.counts || {}).flat()) figures.push([c.n, "count"]);
  for (const [n, kind] of figures) {
    terms.push([String(n), kind]);
    if (n < NUMBER_WORDS.length) terms.push([NUMBER_WORDS[n], kind]);
  }
  return terms;
}

function evidenceSpans(event, docId) {
  const spans = [];
  for (const ev of event.evidence || []) {
    if (ev.doc !== docId) continue;
    spans.push({ start: ev.start, end: ev.end, className: "evidence", title: "evidence" });
  }
  return spans;
}

async function reportSection(report) {
  const e = report.event;
  const doc = report.doc;
  const claim = (e.attribution || []).map((a) => `${a.source} ${a.verb}`).join("; ") || `${doc.outlet || doc.id} reports`;
  const textEl = h("div", { class: "doc-text" });
  const section = h("section", { class: "report", data: { docId: doc.id } },
    h("h4", {}, `${doc.outlet || doc.id}, ${doc.published || "date unknown"}`),
    h("p", { class: "report-title" }, doc.title || "(untitled)"),
    h("p", { class: "report-claim" }, `${claim}: ${casualties(e)}; status ${e.status}.`),
    doc.url ? h("p", {}, h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, doc.url)) : null,
    textEl);
  try {
    const full = await fetchDocument(doc.id);
    highlighted(textEl, full.text, evidenceSpans(e, doc.id));
    for (const mark of textEl.querySelectorAll("mark.evidence")) markTerms(mark, fieldTerms(e));
  } catch (err) {
    textEl.append(h("p", { class: "error" }, `Document text unavailable (${err.message}).`));
  }
  return section;
}

const MONTH_BEFORE = /(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $/;

/** Where `term` occurs as a whole word in `text` (exact case first), skipping day-of-month numbers. */
function findTerm(text, term) {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const flags of ["g", "gi"]) {
    const re = new RegExp(`(?<![\\w])${escaped}(?![\\w])`, flags);
    for (const m of text.matchAll(re)) {
      if (/^\d+$/.test(term) && MONTH_BEFORE.test(text.slice(0, m.index))) continue;
      return m.index;
    }
  }
  return -1;
}

/** Inside one highlighted evidence sentence, wraps the first occurrence of each field term. */
function markTerms(mark, terms) {
  const text = mark.textContent;
  const spans = [];
  for (const [term, kind] of terms) {
    const start = findTerm(text, term);
    if (start < 0) continue;
    const end = start + term.length;
    if (!spans.some((s) => start < s.end && end > s.start)) {
      spans.push({ start, end, className: `field field-${kind}`, title: kind });
    }
  }
  if (!spans.length) return;
  while (mark.firstChild) mark.removeChild(mark.firstChild);
  highlighted(mark, text, spans);
}

export async function renderSheet(sheetEl, item, onClose) {
  clear(sheetEl);
  sheetEl.hidden = false;
  const close = h("button", { type: "button", class: "close", "aria-label": "Close event sheet" }, "\u00d7");
  close.addEventListener("click", onClose);
  const table = h("table", { class: "fields" },
    h("tbody", {}, fieldRows(item).map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, v)))));
  const history = (item.history || []).map((x) =>
    h("li", {}, `${x.at}: ${x.action} ${(x.events || []).join(", ")}${x.reason ? " \u2014 " + x.reason : ""}`));
  sheetEl.append(
    close,
    h("h2", { class: "sheet-title" }, `${item.subtype || item.type} \u2014 ${item.location?.name || "place unknown"}`),
    h("p", { class: "sheet-sub" }, `${dateLabel(item.date)} \u00b7 ${casualties(item)}`),
    h("p", { class: `status-explained s-${slug(item.status)}` }, explainStatus(item)),
    table,
    h("h3", {}, "Source reports"),
    h("div", { class: "reports" }, await Promise.all((item.reports || []).map(reportSection))),
    h("h3", {}, "Linking history"),
    history.length ? h("ul", { class: "history" }, history) : h("p", {}, "No linking history recorded."));
  sheetEl.scrollTop = 0;
}
