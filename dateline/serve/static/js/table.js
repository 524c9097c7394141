// The table of the events in view (map bounds, filters and the brushed period), sortable by
// any column; it shows the first rows and says how many there are.

import { bdi, el, number, replace } from "./dom.js";
import { colourOf } from "./map.js";

const MAX_ROWS = 500;
export const COLUMNS = [
  { key: "date", label: "date", value: (p) => p.date },
  { key: "type", label: "type", value: (p) => p.subEventType },
  { key: "place", label: "place", value: (p) => p.location || "" },
  { key: "country", label: "country", value: (p) => p.country },
  { key: "actors", label: "actors", value: (p) => p.actor1 + (p.actor2 ? ` — ${p.actor2}` : "") },
  { key: "fatalities", label: "killed", value: (p) => p.fatalities ?? -1, numeric: true },
  { key: "reports", label: "reports", value: (p) => p.reports ?? 1, numeric: true },
];

export class EventTable {
  constructor(table, caption, { onSelect, onSort, isNew = () => false }) {
    this.table = table;
    this.isNew = isNew;
    this.caption = caption;
    this.onSelect = onSelect;
    this.onSort = onSort;
    this.sort = "-date";
    this.rows = [];
    this.head = el("thead");
    this.body = el("tbody");
    table.replaceChildren(this.head, this.body);
  }

  setSort(sort) {
    const key = (sort || "").replace(/^-/, "");
    if (COLUMNS.some((c) => c.key === key)) this.sort = sort;
  }

  setRows(rows) {
    this.rows = rows;
    this.render();
  }

  render() {
    const descending = this.sort.startsWith("-");
    const column = COLUMNS.find((c) => c.key === this.sort.replace(/^-/, "")) || COLUMNS[0];
    const sign = descending ? -1 : 1;
    // plain comparisons, not localeCompare: sorting 100,000 rows must take milliseconds
    const compare = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    const sorted = [...this.rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      return sign * (column.numeric ? x - y : compare(String(x), String(y))) || compare(a.id, b.id);
    });
    replace(this.head, el("tr", {}, COLUMNS.map((c) => el("th", {
      scope: "col", "aria-sort": c === column ? (descending ? "descending" : "ascending") : "none",
    }, el("button", {
      type: "button", className: "sort", text: c.label + (c === column ? (descending ? " ▼" : " ▲") : ""),
      onclick: () => {
        this.sort = (c === column && !descending ? "-" : "") + c.key;
        this.onSort(this.sort);
        this.render();
      },
    })))));
    replace(this.body, sorted.slice(0, MAX_ROWS).map((p) => el("tr", {
      tabindex: "0", dataset: { id: p.id, country: p.country }, className: this.isNew(p.id) ? "new" : null,
      title: this.isNew(p.id) ? "came in while this page was open" : null,
      onclick: () => this.onSelect(p.id),
      onkeydown: (e) => { if (e.key === "Enter") this.onSelect(p.id); },
    },
    el("td", { text: p.date, className: "nowrap" }),
    el("td", {}, el("span", { className: "swatch", style: `background:${colourOf(p.eventType)}` }), p.subEventType),
    el("td", {}, bdi(p.location)),
    el("td", { text: p.country, className: "country" }),
    el("td", {}, bdi(p.actor1), p.actor2 ? " — " : "", p.actor2 ? bdi(p.actor2) : ""),
    el("td", { text: p.fatalities ?? "", className: "num" }),
    el("td", { text: p.reports ?? 1, className: "num" }))));
    const shown = Math.min(sorted.length, MAX_ROWS);
    this.caption.textContent = sorted.length > MAX_ROWS
      ? `${number.format(sorted.length)} events in view; the first ${shown} shown (zoom in or filter for the rest)`
      : `${number.format(sorted.length)} events in view`;
  }
}
