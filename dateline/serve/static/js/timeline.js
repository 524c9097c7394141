// The timeline: events (bars) and fatalities (line) per day, week or month, drawn on a
// canvas. Drag across it to keep only that period on the map and in the table; click to
// let go. The buckets follow the span of the data so that bars stay readable.

const DAY = 86400000;

function toDay(iso) { return Date.parse(`${iso}T00:00:00Z`) / DAY; }
function toIso(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

function bucketOf(span) {
  if (span <= 400) return { name: "day", start: (d) => d, next: (d) => d + 1 };
  if (span <= 365 * 6) {
    // ISO weeks, Monday first (1970-01-01 was a Thursday)
    return { name: "week", start: (d) => d - ((d + 3) % 7), next: (d) => d + 7 };
  }
  return {
    name: "month",
    start: (d) => { const t = new Date(d * DAY); return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) / DAY; },
    next: (d) => { const t = new Date(d * DAY); return Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1) / DAY; },
  };
}

export class Timeline {
  constructor(canvas, label, { onBrush }) {
    this.canvas = canvas;
    this.label = label;
    this.onBrush = onBrush;
    this.buckets = [];
    this.brush = null; // [fromDay, toDay] inclusive
    this.drag = null;
    canvas.addEventListener("pointerdown", (e) => this.down(e));
    canvas.addEventListener("pointermove", (e) => this.move(e));
    canvas.addEventListener("pointerup", (e) => this.up(e));
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  /** ``points``: objects with ``date`` (YYYY-MM-DD) and ``fatalities``; ``brush``: [from, to] ISO days or null. */
  setData(points, brush) {
    this.brush = brush && brush[0] && brush[1] ? [toDay(brush[0]), toDay(brush[1])] : null;
    if (!points.length) {
      this.buckets = [];
      this.draw();
      return;
    }
    let first = Infinity;
    let last = -Infinity;
    const days = points.map((p) => toDay(p.date));
    for (const d of days) { if (d < first) first = d; if (d > last) last = d; }
    this.bucket = bucketOf(last - first + 1);
    const starts = [];
    for (let d = this.bucket.start(first); d <= last; d = this.bucket.next(d)) starts.push(d);
    const position = new Map(starts.map((d, i) => [d, i]));
    this.buckets = starts.map((start, i) => ({ start, end: (starts[i + 1] ?? this.bucket.next(start)) - 1, events: 0, fatalities: 0 }));
    days.forEach((d, i) => {
      const bucket = this.buckets[position.get(this.bucket.start(d))];
      bucket.events += 1;
      bucket.fatalities += points[i].fatalities || 0;
    });
    this.draw();
  }

  x(day) {
    const width = this.canvas.clientWidth;
    const first = this.buckets[0].start;
    const last = this.buckets[this.buckets.length - 1].end + 1;
    return 40 + ((day - first) / Math.max(1, last - first)) * (width - 80);
  }

  dayAt(clientX) {
    const rect = this.canvas.getBoundingClientRect();
    const first = this.buckets[0].start;
    const last = this.buckets[this.buckets.length - 1].end + 1;
    const share = Math.min(1, Math.max(0, (clientX - rect.left - 40) / (rect.width - 80)));
    return Math.floor(first + share * (last - first));
  }

  draw() {
    const canvas = this.canvas;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const g = canvas.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    g.font = "11px system-ui, sans-serif";
    g.fillStyle = "#667";
    if (!this.buckets.length) {
      g.fillText("no events match", 40, height / 2);
      this.showLabel();
      return;
    }
    const top = 8;
    const bottom = height - 18;
    const maxEvents = Math.max(...this.buckets.map((b) => b.events), 1);
    const maxDead = Math.max(...this.buckets.map((b) => b.fatalities), 1);
    const inBrush = (b) => !this.brush || (b.end >= this.brush[0] && b.start <= this.brush[1]);
    for (const b of this.buckets) {
      const x0 = this.x(b.start);
      const x1 = Math.max(x0 + 1, this.x(b.end + 1) - 1);
      const h = ((bottom - top) * b.events) / maxEvents;
      g.fillStyle = inBrush(b) ? "#2c5d8f" : "#c5d0db";
      g.fillRect(x0, bottom - h, x1 - x0, h);
    }
    g.strokeStyle = "#c0392b";
    g.lineWidth = 1.5;
    g.beginPath();
    this.buckets.forEach((b, i) => {
      const x = (this.x(b.start) + this.x(b.end + 1)) / 2;
      const y = bottom - ((bottom - top) * b.fatalities) / maxDead;
      if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
    });
    g.stroke();
    g.fillStyle = "#445";
    g.fillText(toIso(this.buckets[0].start), 40, height - 4);
    const lastLabel = toIso(this.buckets[this.buckets.length - 1].end);
    g.fillText(lastLabel, width - 40 - g.measureText(lastLabel).width, height - 4);
    g.fillText(`${maxEvents}`, 4, top + 8);
    g.fillStyle = "#c0392b";
    g.fillText(`${maxDead}`, width - 36, top + 8);
    const selection = this.drag ? [Math.min(this.drag.from, this.drag.to), Math.max(this.drag.from, this.drag.to)] : this.brush;
    if (selection) {
      g.fillStyle = "rgba(44, 93, 143, 0.12)";
      g.strokeStyle = "#2c5d8f";
      const x0 = this.x(selection[0]);
      const x1 = this.x(selection[1] + 1);
      g.fillRect(x0, top - 4, x1 - x0, bottom - top + 4);
      g.strokeRect(x0, top - 4, x1 - x0, bottom - top + 4);
    }
    this.showLabel();
  }

  showLabel() {
    const per = this.bucket ? `bars: events per ${this.bucket.name}; line: fatalities` : "";
    this.label.textContent = this.brush
      ? `${toIso(this.brush[0])} – ${toIso(this.brush[1])} selected · click the timeline to clear · ${per}`
      : `drag across the timeline to select a period · ${per}`;
  }

  down(event) {
    if (!this.buckets.length) return;
    this.canvas.setPointerCapture(event.pointerId);
    const day = this.dayAt(event.clientX);
    this.drag = { from: day, to: day, x: event.clientX };
  }

  move(event) {
    if (!this.drag) return;
    this.drag.to = this.dayAt(event.clientX);
    this.draw();
  }

  up(event) {
    if (!this.drag) return;
    const moved = Math.abs(event.clientX - this.drag.x) > 3;
    const range = [Math.min(this.drag.from, this.drag.to), Math.max(this.drag.from, this.drag.to)];
    this.drag = null;
    this.brush = moved ? range : null;
    this.draw();
    this.onBrush(this.brush ? [toIso(this.brush[0]), toIso(this.brush[1])] : null);
  }
}
