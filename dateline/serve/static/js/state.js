// The view lives in the address bar, so a link reproduces it: filters, the brushed period,
// the map's position, the table's sort and the open event.

const KEYS = ["country", "since", "until", "type", "actor", "q", "canonical", "from", "to", "at", "sort", "event"];

export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) || "";
  state.canonical = state.canonical !== "0";
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (key === "canonical") {
      if (!value) params.set(key, "0");
    } else if (value) {
      params.set(key, value);
    }
  }
  const query = params.toString();
  const target = query ? `?${query}` : location.pathname;
  if (target !== location.search) history.replaceState(null, "", target);
}
