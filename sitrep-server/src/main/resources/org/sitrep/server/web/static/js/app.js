// Wires the workbench together: URL state -> API queries -> map, timeline, list, sheet, digest.
// document.body.dataset.state is "loading", "ready" or "error" (browser tests wait on it).
import { h } from "./dom.js";
import { readState, writeState, filterQuery, FILTER_KEYS } from "./state.js";
import { fetchEvents, fetchEvent, fetchDaily } from "./api.js";
import { TYPE_NAMES } from "./types.js";
import { EventMap } from "./map.js";
import { Timeline } from "./timeline.js";
import { renderList } from "./list.js";
import { renderSheet } from "./sheet.js";
import { renderDigest } from "./digest.js";

const $ = (id) => document.getElementById(id);
const form = $("filters");
let lastQuery = null;
let lastDaily = [];

const map = new EventMap($("map"), (id) => select(id));
const timeline = new Timeline($("timeline"), $("legend"), (from, to) => update({ from, to }));

function say(text, isError = false) {
  const line = $("status-line");
  line.textContent = text;
  line.classList.toggle("error", isError);
}

function update(changes) {
  const state = { ...readState(), ...changes };
  for (const k of Object.keys(state)) if (!state[k]) delete state[k];
  writeState(state);
  render();
}

function select(id) {
  update({ event: id, view: "map" });
}

function fillForm(state) {
  for (const k of FILTER_KEYS) {
    if (form.elements[k]) form.elements[k].value = state[k] || "";
  }
}

async function renderMapView(state) {
  const query = filterQuery(state);
  if (query !== lastQuery) {
    const [result, daily] = await Promise.all([
      fetchEvents(query),
      fetchDaily(filterQuery(state, {}, ["from", "to"])),
    ]);
    lastQuery = query;
    lastDaily = daily;
    timeline.show(daily, state.from, state.to);
    renderList($("event-list"), $("list-header"), result, select);
    await map.ready;
    map.show(result.items); // last: fitting the bounds needs the final layout
    $("export-csv").href = `/api/export?${filterQuery(state, { format: "csv" })}`;
    $("export-geojson").href = `/api/export?${filterQuery(state, { format: "geojson" })}`;
  }
  const sheet = $("sheet");
  if (state.event) {
    const item = await fetchEvent(state.event);
    await renderSheet(sheet, item, () => update({ event: null }));
    map.focus(item);
    for (const row of document.querySelectorAll(".event-row")) {
      row.classList.toggle("selected", row.dataset.eventId === state.event);
    }
  } else {
    sheet.hidden = true;
  }
}

async function renderDigestView(state) {
  let date = state.date;
  if (!date) {
    if (!lastDaily.length) lastDaily = await fetchDaily("");
    date = lastDaily.map((r) => r.date).sort().pop() || new Date().toISOString().slice(0, 10);
  }
  const dform = $("digest-form");
  dform.elements.date.value = date;
  dform.elements.region.value = state.region || "";
  await renderDigest($("digest"), $("digest-md"), $("digest-html"), date, state.region, select);
}

async function render() {
  const state = readState();
  const digest = state.view === "digest";
  $("view-map").hidden = digest;
  $("view-digest").hidden = !digest;
  $("filters").hidden = digest;
  $("nav-map").classList.toggle("active", !digest);
  $("nav-digest").classList.toggle("active", digest);
  fillForm(state);
  document.body.dataset.state = "loading";
  say("Loading\u2026");
  try {
    if (digest) await renderDigestView(state);
    else await renderMapView(state);
    document.body.dataset.state = "ready";
    say("");
  } catch (err) {
    document.body.dataset.state = "error";
    say(`Could not load: ${err.message}`, true);
  }
}

for (const name of TYPE_NAMES) form.elements.type.append(h("option", { value: name }, name));
form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const changes = { event: null };
  for (const k of FILTER_KEYS) if (form.elements[k]) changes[k] = form.elements[k].value.trim();
  update(changes);
});
$("clear-filters").addEventListener("click", () => {
  const changes = { event: null };
  for (const k of FILTER_KEYS) changes[k] = null;
  update(changes);
});
$("digest-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const f = ev.target.elements;
  update({ view: "digest", date: f.date.value, region: f.region.value.trim() });
});
for (const [id, view] of [["nav-map", "map"], ["nav-digest", "digest"]]) {
  $(id).addEventListener("click", (ev) => { ev.preventDefault(); update({ view, event: null }); });
}
window.addEventListener("popstate", render);
window.addEventListener("hashchange", render);
render();
