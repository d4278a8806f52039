// The view state lives in the URL fragment (#view=map&type=Battles&from=...&event=...), so a
// filtered view can be shared as a link. Only known keys are kept.

export const FILTER_KEYS = ["from", "to", "type", "actor", "place", "status", "q", "bbox"];
const OTHER_KEYS = ["view", "event", "date", "region"];

export function readState() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const state = {};
  for (const k of [...FILTER_KEYS, ...OTHER_KEYS]) {
    const v = params.get(k);
    if (v) state[k] = v;
  }
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const k of [...OTHER_KEYS, ...FILTER_KEYS]) {
    if (state[k]) params.set(k, state[k]);
  }
  const hash = "#" + params.toString();
  if (location.hash !== hash) history.pushState(null, "", hash);
}

/** The API query string for the filter part of the state (and any extra parameters). */
export function filterQuery(state, extra = {}, omit = []) {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    if (state[k] && !omit.includes(k)) params.set(k, state[k]);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}
