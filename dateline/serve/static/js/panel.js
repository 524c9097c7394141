// The event panel: the coded fields, the article with the event's evidence highlighted, every
// report of the same event, the claims made in those reports and, with a token, merge and split.
// All of it is data from articles: it is written with textContent only (see dom.js).

import { api } from "./api.js";
import { bdi, el, link, replace } from "./dom.js";
import { colourOf } from "./map.js";

const TOKEN_KEY = "dateline-token";
const PRECISION = { 1: "day", 2: "week", 3: "month" };
const GEO = { 1: "the place itself", 2: "near or part of it", 3: "region or country" };

function field(label, ...value) {
  const shown = value.filter((v) => v !== null && v !== undefined && v !== "");
  if (!shown.length) return [];
  return [el("dt", { text: label }), el("dd", { dir: "auto" }, ...shown)];
}

function figures(record, canonical, name) {
  const low = canonical?.[`${name}_min`];
  const high = canonical?.[`${name}_max`];
  if (low !== null && low !== undefined && high !== null && high !== undefined && high !== low) {
    return `${record[name] ?? low} (reports say ${low} to ${high})`;
  }
  return record[name] ?? "not given";
}

export class EventPanel {
  constructor(container, { writable, onClose, onOpen, onChanged }) {
    this.container = container;
    this.writable = writable;
    this.onClose = onClose;
    this.onOpen = onOpen;
    this.onChanged = onChanged;
    this.current = null;
  }

  close() {
    this.current = null;
    this.container.hidden = true;
    replace(this.container);
  }

  async show(id) {
    this.current = id;
    this.container.hidden = false;
    replace(this.container, el("p", { className: "muted", text: "loading…" }));
    try {
      const detail = await api.event(id);
      const article = detail.event.doc_id ? await api.document(detail.event.doc_id) : null;
      if (this.current !== id) return;
      this.render(id, detail, article);
    } catch (error) {
      if (this.current !== id) return;
      replace(this.container, this.closeButton(), el("p", { className: "error", text: error.message }));
    }
  }

  closeButton() {
    return el("button", { type: "button", className: "close", "aria-label": "close", text: "×", onclick: () => this.onClose() });
  }

  render(id, detail, article) {
    const { event, canonical, reports, claims } = detail;
    const ours = new Set([event.event_id, ...reports.map((r) => r.event_id)]);
    replace(this.container,
      this.closeButton(),
      el("h2", {}, el("span", { className: "swatch", style: `background:${colourOf(event.event_type)}` }),
        event.sub_event_type, event.intercepted ? " (intercepted)" : ""),
      el("p", { className: "subtitle" }, event.event_date, " · ", bdi(event.location || event.country), ", ",
        bdi(event.country)),
      el("p", { className: "ids" }, el("code", { text: id })),
      this.fields(event, canonical),
      article ? this.article(article, ours) : null,
      this.reports(event, canonical, reports),
      this.claims(claims),
      this.writable ? this.actions(event, canonical, reports) : null);
    this.container.querySelector("mark.current")?.scrollIntoView({ block: "nearest" });
    this.container.scrollTop = 0;
  }

  fields(event, canonical) {
    return el("dl", { className: "fields" },
      field("date", event.event_date, ` (precise to the ${PRECISION[event.time_precision] || "?"})`),
      field("type", `${event.disorder_type} › ${event.event_type} › ${event.sub_event_type}`),
      field("actor 1", bdi(event.actor1), event.assoc_actor_1 ? [" with ", bdi(event.assoc_actor_1)] : ""),
      field("actor 2", bdi(event.actor2), event.assoc_actor_2 ? [" with ", bdi(event.assoc_actor_2)] : ""),
      field("place", bdi([event.location, event.admin1, event.country].filter(Boolean).join(", ")),
        event.geo_precision ? ` (${GEO[event.geo_precision] || ""})` : ""),
      field("coordinates", event.latitude !== null ? `${event.latitude}, ${event.longitude}` : ""),
      field("fatalities", String(figures(event, canonical, "fatalities"))),
      field("injured", String(figures(event, canonical, "injured"))),
      field("according to", bdi(event.claimed_by)),
      field("source", bdi(event.source), event.language ? ` (${event.language})` : ""),
      field("confidence", event.confidence !== undefined ? String(event.confidence) : ""),
      field("notes", bdi(event.notes)));
  }

  article(view, ours) {
    const doc = view.document;
    const text = el("div", { className: "article-text", dir: "auto", lang: doc.lang || null });
    for (const piece of view.segments) {
      const mine = (piece.events || []).some((e) => ours.has(e));
      if (!piece.fields) {
        text.append(document.createTextNode(piece.text));
      } else {
        // the words behind a field stand out; the rest of their sentence is shaded lightly
        const specific = piece.fields.some((f) => f !== "sentence");
        text.append(el("mark", {
          className: mine ? (specific ? "current" : "current-sentence") : "other", title: piece.fields.join(", "),
          dataset: { fields: piece.fields.join(" ") },
        }, piece.text));
      }
    }
    return el("section", { className: "article" },
      el("h3", { text: "Article" }),
      el("p", { className: "doc-title", dir: "auto" }, doc.title || doc.id),
      el("p", { className: "muted" }, [bdi(doc.source || "unknown outlet"), doc.published ? ` · ${doc.published}` : "",
        doc.lang ? ` · ${doc.lang}` : "", doc.url ? [" · ", link(doc.url, "original")] : ""]),
      el("p", { className: "muted small", text: "Highlighted: the words behind this event's fields (hover for which)." }),
      text);
  }

  reports(event, canonical, reports) {
    if (!reports.length) return null;
    const independent = canonical?.corroboration ?? 1;
    return el("section", { className: "reports" },
      el("h3", { text: `Reports of this event (${reports.length}; ${independent} independent source${independent === 1 ? "" : "s"})` }),
      el("ul", {}, reports.map((r) => el("li", {},
        el("button", { type: "button", className: "linkish", onclick: () => this.onOpen(r.event_id) },
          bdi(r.title || r.doc_id)),
        el("div", { className: "muted small" }, [bdi(r.source || "unknown outlet"), ` · ${r.language || "?"}`,
          r.published ? ` · ${r.published}` : "", r.fatalities !== null ? ` · ${r.fatalities} killed` : "",
          r.url ? [" · ", link(r.url, "original")] : ""]),
        r.reason ? el("div", { className: "muted small", dir: "auto", text: `merged: ${r.reason}` }) : null,
        this.writable && reports.length > 1
          ? el("button", { type: "button", className: "split", text: "split this report out",
            onclick: () => this.split(r.event_id) }) : null))));
  }

  claims(claims) {
    if (!claims.length) return null;
    return el("section", { className: "claims" },
      el("h3", { text: `Claims in these reports (${claims.length})` }),
      el("ul", {}, claims.map((c) => el("li", {},
        el("span", { className: `kind kind-${c.kind}`, text: c.kind }), " ",
        c.value !== null ? el("strong", { text: `${c.value} ` }) : null,
        bdi(c.subject), c.period ? [" · ", bdi(c.period)] : "",
        c.claimed_by ? el("div", { className: "muted small" }, "according to ", bdi(c.claimed_by)) : null))));
  }

  actions(event, canonical) {
    const token = el("input", { type: "password", id: "token", autocomplete: "off", placeholder: "API token",
      value: sessionStorage.getItem(TOKEN_KEY) || "" });
    token.addEventListener("change", () => sessionStorage.setItem(TOKEN_KEY, token.value));
    const other = el("input", { type: "text", id: "merge-other", placeholder: "ev-… or ce-… to merge into this one",
      maxlength: "64" });
    this.message = el("p", { className: "message", role: "status" });
    return el("form", { className: "actions", onsubmit: (e) => e.preventDefault() },
      el("h3", { text: "Correct the machine" }),
      el("p", { className: "muted small", text: "Corrections are kept and survive later ingests." }),
      el("label", {}, "token ", token),
      el("div", {}, other, el("button", { type: "button", id: "merge", text: "merge",
        onclick: () => this.merge(canonical?.cluster_id || event.event_id, other.value.trim()) })),
      this.message);
  }

  token() {
    const input = this.container.querySelector("#token");
    const value = input ? input.value : sessionStorage.getItem(TOKEN_KEY) || "";
    sessionStorage.setItem(TOKEN_KEY, value);
    return value;
  }

  async merge(keep, other) {
    if (!other) return this.say("give the id of the event to merge into this one", true);
    try {
      const result = await api.merge(keep, other, this.token());
      this.onChanged(result.cluster_id);
    } catch (error) {
      this.say(error.message, true);
    }
  }

  async split(eventId) {
    try {
      await api.split(eventId, this.token());
      this.onChanged(eventId);
    } catch (error) {
      this.say(error.message, true);
    }
  }

  say(text, isError = false) {
    if (!this.message) return;
    this.message.textContent = text;
    this.message.className = isError ? "message error" : "message";
  }
}
