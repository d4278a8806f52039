// Thin client for Sitrep's REST API. Every call resolves to parsed JSON or throws an Error whose
// message names the endpoint and status.

async function getJson(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${path.split("?")[0]}: HTTP ${res.status}`);
  return res.json();
}

const PAGE = 200;
const MAX_EVENTS = 5000;

/** All events matching the filter query (paged through, at most MAX_EVENTS). */
export async function fetchEvents(query) {
  const items = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const res = await getJson(`/api/events?${query}${query ? "&" : ""}page=${page}&size=${PAGE}`);
    total = res.total;
    items.push(...res.items);
    if (res.items.length < PAGE || items.length >= Math.min(total, MAX_EVENTS)) break;
  }
  return { total, items };
}

export const fetchEvent = (id) => getJson(`/api/events/${encodeURIComponent(id)}`);
export const fetchDocument = (id) => getJson(`/api/documents/${encodeURIComponent(id)}`);
export const fetchDaily = (query) => getJson(`/api/stats/daily?${query}`);
export const fetchDigest = (date, region) =>
  getJson(`/api/digest?${digestQuery(date, region, "json")}`);

export function digestQuery(date, region, format) {
  const p = new URLSearchParams({ date, format });
  if (region) p.set("region", region);
  return p.toString();
}
