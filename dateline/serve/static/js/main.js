// The dashboard: filters → /api/points → timeline, map and table; a click → the event panel.
// Server-side filters (country, dates, type, actor, text) refetch the points; the brushed
// period and the map's bounds filter them in the browser, so brushing and panning stay smooth.

import { ApiError, api, filterParams } from "./api.js";
import { debounce, el, number, replace } from "./dom.js";
import { EventMap, TYPES } from "./map.js";
import { EventPanel } from "./panel.js";
import { readState, writeState } from "./state.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const state = readState();
const sharedView = state.at; // the map's position in the link, before the map moves itself
const $ = (selector) => document.querySelector(selector);
let all = []; // points matching the server-side filters
let visible = []; // ... and the brushed period
let firstLoad = true;

function status(text, isError = false) {
  const node = $("#status");
  node.textContent = text;
  node.className = isError ? "error" : "muted";
}

/** /api/points' columns to objects (coded strings looked up in ``values``). */
function decode(payload) {
  const { columns, values } = payload;
  const code = (name, i) => values[columns[name][i]];
  return columns.id.map((id, i) => ({
    id, date: columns.date[i], lat: columns.lat[i], lon: columns.lon[i],
    eventType: code("event_type", i), subEventType: code("sub_event_type", i),
    fatalities: columns.fatalities[i], country: code("country_code", i), location: code("location", i),
    actor1: code("actor1", i), actor2: code("actor2", i), reports: columns.reports[i],
  }));
}

const map = new EventMap($("#map"), {
  onSelect: (id) => select(id),
  onMove: () => {
    state.at = map.view();
    writeState(state);
    updateTable();
  },
});
const timeline = new Timeline($("#timeline canvas"), $("#timeline-label"), {
  onBrush: (range) => {
    [state.from, state.to] = range || ["", ""];
    writeState(state);
    applyBrush();
  },
});
const table = new EventTable($("#events"), $("#events-caption"), {
  onSelect: (id) => select(id),
  onSort: (sort) => { state.sort = sort; writeState(state); },
});
let panel = null;

function select(id) {
  state.event = id;
  writeState(state);
  document.body.classList.add("with-panel");
  panel.show(id).then(() => map.map.invalidateSize());
}

function closePanel() {
  state.event = "";
  writeState(state);
  document.body.classList.remove("with-panel");
  panel.close();
  map.map.invalidateSize();
}

function applyBrush() {
  visible = state.from && state.to ? all.filter((p) => p.date >= state.from && p.date <= state.to) : all;
  map.setPoints(visible);
  updateTable();
}

function updateTable() {
  table.setRows(map.inView(visible));
}

async function refresh() {
  status("loading…");
  try {
    const payload = await api.points({ ...filterParams(state), canonical: state.canonical ? "true" : "false" });
    all = decode(payload);
    timeline.setData(all, state.from && state.to ? [state.from, state.to] : null);
    if (firstLoad && sharedView) map.setView(sharedView);
    else map.fitPoints(all);
    applyBrush();
    const unit = state.canonical ? "events" : "reports";
    status(`${number.format(all.length)} ${unit} on the map${payload.truncated ? " (limit reached: filter to see all)" : ""}`);
  } catch (error) {
    status(error instanceof ApiError ? error.message : `cannot reach the server: ${error.message}`, true);
  }
  firstLoad = false;
  document.body.dataset.ready = "true";
}

function fillFilters(stats) {
  const country = $("#f-country");
  replace(country, el("option", { value: "", text: "all countries" }),
    stats.by_country.map((c) => el("option", { value: c.country_code, text: `${c.country || c.country_code} (${c.events})` })));
  const type = $("#f-type");
  const groups = new Map(TYPES.map((t) => [t, []]));
  for (const row of stats.by_type) {
    if (!groups.has(row.event_type)) groups.set(row.event_type, []);
    groups.get(row.event_type).push(row.sub_event_type);
  }
  replace(type, el("option", { value: "", text: "all types" }),
    [...groups].filter(([, subs]) => subs.length).map(([group, subs]) => el("optgroup", { label: group },
      el("option", { value: group, text: `${group} (all)` }),
      [...new Set(subs)].sort().map((sub) => el("option", { value: sub, text: sub })))));
}

function bindFilters() {
  $("#filters").addEventListener("submit", (event) => event.preventDefault());
  const inputs = { country: "#f-country", since: "#f-since", until: "#f-until", type: "#f-type", actor: "#f-actor", q: "#f-text" };
  for (const [key, selector] of Object.entries(inputs)) {
    const input = $(selector);
    input.value = state[key];
    const changed = () => {
      state[key] = input.value.trim();
      writeState(state);
      refresh();
    };
    input.addEventListener(input.tagName === "SELECT" || input.type === "date" ? "change" : "input",
      input.tagName === "SELECT" || input.type === "date" ? changed : debounce(changed, 350));
  }
  const canonical = $("#f-canonical");
  canonical.checked = state.canonical;
  canonical.addEventListener("change", () => {
    state.canonical = canonical.checked;
    writeState(state);
    refresh();
  });
  $("#f-reset").addEventListener("click", () => {
    for (const [key, selector] of Object.entries(inputs)) { state[key] = ""; $(selector).value = ""; }
    state.from = state.to = "";
    writeState(state);
    refresh();
  });
}

async function main() {
  table.setSort(state.sort);
  map.legend();
  const basemap = map.loadBasemap("static/vendor/world-atlas/countries-50m.json")
    .catch((error) => status(`basemap not loaded: ${error.message}`, true));
  let health;
  try {
    [health] = await Promise.all([api.health(), api.stats({ canonical: "true" }).then(fillFilters)]);
  } catch (error) {
    status(`cannot reach the API: ${error.message}`, true);
    document.body.dataset.ready = "true";
    return;
  }
  $("#store").textContent = `${number.format(health.canonical_events)} events from ${number.format(health.documents)} articles`
    + (health.writable ? " · corrections on" : " · read-only");
  panel = new EventPanel($("#panel"), {
    writable: health.writable,
    onClose: closePanel,
    onOpen: (id) => select(id),
    onChanged: async (id) => { await refresh(); select(id); },
  });
  bindFilters();
  await basemap;
  await refresh();
  if (state.event) select(state.event);
}

main();
