// The status of an event in words, from its attributions, evidence and per-report figures only
// (mirrors org.sitrep.digest.StatusExplainer on the server, used by the daily digest).

const outletOf = (report) => report.doc.outlet || report.doc.id;

function joinNames(names) {
  const l = [...new Set(names)];
  if (l.length === 0) return "an unnamed source";
  if (l.length === 1) return l[0];
  return l.slice(0, -1).join(", ") + " and " + l[l.length - 1];
}

export function differingFigures(reports) {
  const byOutlet = new Map();
  for (const r of reports) {
    const e = r.event;
    if (e.fatalities !== null && e.fatalities !== undefined && !byOutlet.has(outletOf(r))) {
      byOutlet.set(outletOf(r), e.fatalities);
    }
  }
  if (new Set(byOutlet.values()).size < 2) return null;
  return "figures differ: " + [...byOutlet].map(([o, n]) => `${o} ${n} killed`).join(", ");
}

/** @param item an event from GET /api/events/{id} (with reports) */
export function explainStatus(item) {
  const reports = item.reports && item.reports.length ? item.reports : [];
  const attributions = [...(item.attribution || []), ...reports.flatMap((r) => r.event.attribution || [])];
  const evidence = [...(item.evidence || []), ...reports.flatMap((r) => r.event.evidence || [])];
  const bySource = (stance) => attributions.filter((a) => a.stance === stance).map((a) => a.source);
  const figures = differingFigures(reports);
  const parts = [];
  if (item.status === "claimed") {
    parts.push(`Claimed by ${joinNames(bySource("claimed"))} only.`);
  } else if (item.status === "disputed") {
    const why = [];
    for (const a of attributions) {
      if (a.stance !== "denied" && a.stance !== "disputed") continue;
      const quote = evidence.map((e) => e.text).find((t) => t && t.includes(a.source));
      const verb = a.stance === "denied" ? " denies it" : " contradicts the account";
      const text = a.source + verb + (quote ? ` (\u201c${quote}\u201d)` : "");
      if (!why.includes(text)) why.push(text);
    }
    if (figures) why.push(figures);
    parts.push("Disputed: " + (why.length ? why.join("; ") + "." : "sources disagree."));
  } else {
    const outlets = reports.length ? reports.map(outletOf) : [item.doc.outlet || item.doc.id];
    const cited = bySource("asserted");
    parts.push(`Reported by ${joinNames(outlets)}` + (cited.length ? `, citing ${joinNames(cited)}` : "") + ".");
  }
  if (figures && item.status !== "disputed") parts.push(figures[0].toUpperCase() + figures.slice(1) + ".");
  return parts.join(" ");
}

/** "9 killed, 22 wounded" from one record's figures. */
export function casualties(e) {
  const parts = [];
  if (e.fatalities !== null && e.fatalities !== undefined) parts.push(`${e.fatalities} killed`);
  const sum = (l) => (l || []).reduce((s, c) => s + c.n, 0);
  if (e.counts) {
    if (sum(e.counts.wounded)) parts.push(`${sum(e.counts.wounded)} wounded`);
    if (sum(e.counts.captured)) parts.push(`${sum(e.counts.captured)} captured or abducted`);
    if (sum(e.counts.affected)) parts.push(`${sum(e.counts.affected)} affected`);
  }
  return parts.join(", ") || "no casualty figure";
}
