// The dashboard: filters → /api/points → timeline, map and table; a click → the event panel.
// Server-side filters (country, dates, type, actor, text) refetch the points; the brushed
// period and the map's bounds filter them in the browser, so brushing and panning stay smooth.
// When the store changes (live.js), the points are fetched again with the same filters, and
// the map, brush, table sort and open event stay as the user left them; what arrived is
// ringed on the map, marked in the table and counted in a small "N new events" button.

import { ApiError, api, filterParams } from "./api.js";
import { debounce, el, number, replace } from "./dom.js";
import { EventMap, TYPES } from "./map.js";
import { LiveChanges } from "./live.js";
import { EventPanel } from "./panel.js";
import { readState, writeState } from "./state.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const state = readState();
const sharedView = state.at; // the map's position in the link, before the map moves itself
const $ = (selector) => document.querySelector(selector);
let all = []; // points matching the server-side filters
let allFilters = ""; // ... which filters they match
let visible = []; // ... and the brushed period
let firstLoad = true;
let loads = 0; // the number of the latest load: an older answer arriving late is dropped
const arrived = new Set(); // ids of points that came in live: highlighted until the page reloads
const unseen = new Set(); // ... of which the "new events" button has not been clicked yet
const LIVE_REFRESH_MS = 2000; // at most one live reload every two seconds, however fast articles come

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

const isNew = (id) => arrived.has(id);
const map = new EventMap($("#map"), {
  isNew,
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
  isNew,
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

/**
 * Load the points for the filters. A user's load fits the map to them; a live one
 * (``live``) keeps the view and records which points are new, unless ``compare`` is false
 * (the store itself was replaced). False when a live load could not be made.
 */
async function refresh({ live = false, compare = true } = {}) {
  const ticket = ++loads;
  const params = { ...filterParams(state), canonical: state.canonical ? "true" : "false" };
  const filters = JSON.stringify(params);
  if (!live) status("loading…");
  try {
    const payload = await api.points(params);
    if (ticket !== loads) return; // the filters changed meanwhile: a newer load is coming
    const before = live && compare && filters === allFilters ? new Set(all.map((p) => p.id)) : null;
    all = decode(payload);
    allFilters = filters;
    if (before) for (const p of all) if (!before.has(p.id)) { arrived.add(p.id); unseen.add(p.id); }
    timeline.setData(all, state.from && state.to ? [state.from, state.to] : null);
    if (!live) {
      if (firstLoad && sharedView) map.setView(sharedView);
      else map.fitPoints(all);
    }
    applyBrush();
    showArrivals();
    const unit = state.canonical ? "events" : "reports";
    status(`${number.format(all.length)} ${unit} on the map${payload.truncated ? " (limit reached: filter to see all)" : ""}`);
  } catch (error) {
    if (live) return ticket !== loads; // a live reload that fails (server restarting) changes nothing
    if (ticket !== loads) return true;
    status(error instanceof ApiError ? error.message : `cannot reach the server: ${error.message}`, true);
  }
  if (!live) {
    firstLoad = false;
    document.body.dataset.ready = "true";
  }
  return true;
}

/** The small "N new events" button: how many live arrivals the current filters show. */
function showArrivals() {
  const button = $("#live-new");
  const count = all.reduce((n, p) => n + (unseen.has(p.id) ? 1 : 0), 0);
  button.hidden = count === 0;
  const unit = state.canonical ? "event" : "report";
  button.textContent = `${number.format(count)} new ${unit}${count === 1 ? "" : "s"}`;
}

function showUnseen() {
  map.fitPoints(all.filter((p) => unseen.has(p.id)));
  unseen.clear();
  showArrivals();
}

// Live reloads are throttled: a burst of articles makes one reload, not one per article;
// a reload that fails (the server went away just then) is tried again until it succeeds.
const reloads = { timer: null, busy: false, pending: false, reset: false, last: 0, wait: LIVE_REFRESH_MS };

function storeChanged({ reset = false } = {}) {
  reloads.pending = true;
  reloads.reset ||= reset;
  if (reloads.timer || reloads.busy) return;
  reloads.timer = setTimeout(liveReload, Math.max(0, reloads.last + reloads.wait - Date.now()));
}

async function liveReload() {
  reloads.timer = null;
  if (!reloads.pending) return;
  const reset = reloads.reset;
  Object.assign(reloads, { pending: false, reset: false, busy: true, last: Date.now() });
  if (reset) { arrived.clear(); unseen.clear(); }
  let done = false;
  try {
    done = await refresh({ live: true, compare: !reset });
    if (done) await showStore();
  } catch {
    // the counts could not be read: they are read again with the next change
  } finally {
    reloads.busy = false;
  }
  reloads.wait = done ? LIVE_REFRESH_MS : Math.min(30000, reloads.wait * 2);
  if (!done) reloads.pending = true;
  if (reloads.pending) storeChanged({ reset: reset && !done });
}

function showLive(liveState) {
  const node = $("#live");
  const labels = { live: "live", polling: "live (polling)", reconnecting: "reconnecting…", paused: "paused" };
  node.hidden = !labels[liveState];
  node.dataset.state = liveState;
  node.textContent = labels[liveState] || "";
  node.title = liveState === "live" || liveState === "polling"
    ? "New articles stored by dateline watch or ingest show up here without a reload"
    : "The server cannot be reached; the page catches up when it is back";
}

/** The header's counts, and the filters' lists when the user is not using them. */
async function showStore() {
  const [health, stats] = await Promise.all([api.health(), api.stats({ canonical: "true" })]);
  $("#store").textContent = `${number.format(health.canonical_events)} events from ${number.format(health.documents)} articles`
    + (health.writable ? " · corrections on" : " · read-only");
  if (![$("#f-country"), $("#f-type")].includes(document.activeElement)) fillFilters(stats);
  return health;
}

function fillFilters(stats) {
  const country = $("#f-country");
  const type = $("#f-type");
  replace(country, el("option", { value: "", text: "all countries" }),
    stats.by_country.map((c) => el("option", { value: c.country_code, text: `${c.country || c.country_code} (${c.events})` })));
  const groups = new Map(TYPES.map((t) => [t, []]));
  for (const row of stats.by_type) {
    if (!groups.has(row.event_type)) groups.set(row.event_type, []);
    groups.get(row.event_type).push(row.sub_event_type);
  }
  replace(type, el("option", { value: "", text: "all types" }),
    [...groups].filter(([, subs]) => subs.length).map(([group, subs]) => el("optgroup", { label: group },
      el("option", { value: group, text: `${group} (all)` }),
      [...new Set(subs)].sort().map((sub) => el("option", { value: sub, text: sub })))));
  country.value = state.country; // lists rebuilt as the store grows keep the user's choice
  type.value = state.type;
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
    health = await showStore();
  } catch (error) {
    status(`cannot reach the API: ${error.message}`, true);
    document.body.dataset.ready = "true";
    return;
  }
  $("#live-new").addEventListener("click", showUnseen);
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
  // from the store's state before the points were read: what came in since then is replayed
  new LiveChanges(health.latest_change, {
    onChange: () => storeChanged(),
    onReset: () => storeChanged({ reset: true }),
    onState: showLive,
  }).start();
}

main();
