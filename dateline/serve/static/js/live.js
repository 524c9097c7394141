// Live updates: hear that the store changed, whoever wrote to it (dateline watch, ingest).
//
// Server-sent events first (api/changes/stream): the browser's EventSource reconnects by
// itself when the server restarts and resumes after the last change it saw (Last-Event-ID).
// When a stream cannot be had (the server's streams are all taken, a proxy in the way, no
// EventSource) it polls api/changes every few seconds and tries the stream again now and
// then. A hidden tab holds no connection (browsers allow six per server): it catches up from
// its last change number when shown again.

import { api, url } from "./api.js";

const HAS_EVENTSOURCE = typeof EventSource === "function";
const POLL_MS = 5000;
const POLL_MAX_MS = 30000;
const STREAM_AGAIN_MS = 60000;

export class LiveChanges {
  /**
   * ``cursor``: the store's last change number when the page loaded its data.
   * ``onChange()``: the store gained or lost something after the cursor.
   * ``onReset()``: the server's store is not the one the cursor came from: reload everything.
   * ``onState(state)``: "live", "polling", "reconnecting", "paused" or "off".
   */
  constructor(cursor, { onChange, onReset, onState }) {
    this.cursor = cursor;
    this.onChange = onChange;
    this.onReset = onReset;
    this.onState = onState;
    this.source = null;
    this.timer = null;
    this.pollDelay = POLL_MS;
    this.streamAgainAt = 0;
    document.addEventListener("visibilitychange", () => (document.hidden ? this.pause() : this.start()));
  }

  start() {
    if (document.hidden) { this.pause(); return; }
    if (HAS_EVENTSOURCE) this.openStream();
    else this.poll();
  }

  pause() {
    this.closeStream();
    clearTimeout(this.timer);
    this.timer = null;
    this.onState("paused");
  }

  openStream() {
    this.closeStream();
    const source = new EventSource(url("api/changes/stream", { since: this.cursor }));
    this.source = source;
    source.addEventListener("ready", (event) => {
      clearTimeout(this.timer); // a stream again: no more polling
      this.timer = null;
      this.pollDelay = POLL_MS;
      this.cursor = Number(event.lastEventId);
      this.onState("live");
    });
    source.addEventListener("change", (event) => {
      this.cursor = Number(event.lastEventId);
      this.onChange(JSON.parse(event.data));
    });
    source.addEventListener("reset", (event) => {
      this.cursor = Number(event.lastEventId);
      this.onState("live");
      this.onReset();
    });
    source.addEventListener("error", () => {
      if (source !== this.source) return;
      if (source.readyState === EventSource.CLOSED) {
        // refused (503: every stream taken; an old server; a proxy): poll instead
        this.source = null;
        this.streamAgainAt = Date.now() + STREAM_AGAIN_MS;
        this.schedulePoll(0);
      } else {
        this.onState("reconnecting"); // the server went away: EventSource tries again itself
      }
    });
  }

  closeStream() {
    if (this.source) this.source.close();
    this.source = null;
  }

  schedulePoll(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.poll(), delay);
  }

  async poll() {
    this.timer = null;
    if (document.hidden) return;
    if (HAS_EVENTSOURCE && this.streamAgainAt && Date.now() >= this.streamAgainAt) {
      this.streamAgainAt = Date.now() + STREAM_AGAIN_MS;
      this.openStream(); // if it opens, "ready" stops the polling
    }
    try {
      const page = await api.changes({ since: this.cursor, limit: 1 });
      this.pollDelay = POLL_MS;
      if (!this.streaming()) this.onState("polling");
      if (page.reset) {
        this.cursor = page.latest;
        this.onReset();
      } else if (page.latest > this.cursor) {
        this.cursor = page.latest; // the dashboard reloads its data: one signal for the lot
        this.onChange(null);
      }
    } catch (error) {
      if (error.status === 404) { this.onState("off"); return; } // a server without live changes
      this.pollDelay = Math.min(POLL_MAX_MS, this.pollDelay * 2);
      this.onState("reconnecting");
    }
    if (!this.streaming()) this.schedulePoll(this.pollDelay);
  }

  streaming() {
    return Boolean(this.source) && this.source.readyState === EventSource.OPEN;
  }
}
