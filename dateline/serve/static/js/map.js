// The map: Natural Earth countries (shipped as TopoJSON) under clustered event markers.
// supercluster indexes every point once; each pan or zoom asks it only for what is in
// view, so 100,000 events cost a few hundred markers on screen.

import { el, number } from "./dom.js";

/* global L, Supercluster, topojson */

export const TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
  "Strategic developments"];
export const COLOURS = ["#c0392b", "#e67e22", "#8e44ad", "#27ae60", "#795548", "#2c7fb8"];

export function colourOf(eventType) {
  const index = TYPES.indexOf(eventType);
  return index < 0 ? "#555" : COLOURS[index];
}

function unwrap(ring) {
  for (let i = 1; i < ring.length; i += 1) {
    const previous = ring[i - 1][0];
    while (ring[i][0] - previous > 180) ring[i][0] -= 360;
    while (ring[i][0] - previous < -180) ring[i][0] += 360;
  }
}

function radiusOf(fatalities) {
  return 5 + Math.min(15, Math.sqrt(fatalities || 0) * 1.6);
}

export class EventMap {
  /** ``isNew(id)``: whether a point came in live (its marker, and its cluster's, get a ring). */
  constructor(container, { onSelect, onMove, isNew = () => false }) {
    this.onSelect = onSelect;
    this.isNew = isNew;
    this.onMove = onMove;
    this.points = [];
    this.index = null;
    this.map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 0.5 });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Natural Earth · Leaflet");
    this.map.createPane("basemap").style.zIndex = 200;
    this.markers = L.layerGroup().addTo(this.map);
    this.map.setView([25, 20], 2);
    this.map.on("moveend", () => {
      this.render();
      this.onMove();
    });
  }

  async loadBasemap(url) {
    const response = await fetch(new URL(url, document.baseURI));
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    // Natural Earth's rings are made for spherical projections: on a flat map, a ring that
    // crosses the antimeridian (Russia, Fiji) would be drawn across the whole world. Unwrap
    // their longitudes so they run on past ±180°; Antarctica, which circles the pole, is left out.
    countries.features = countries.features.filter((f) => f.id !== "010");
    for (const feature of countries.features) {
      const geometry = feature.geometry;
      if (!geometry) continue;
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      for (const polygon of polygons) for (const ring of polygon) unwrap(ring);
    }
    L.geoJSON(countries, {
      pane: "basemap", interactive: false,
      style: { color: "#a7b0ba", weight: 0.7, fillColor: "#f7f4ee", fillOpacity: 1 },
    }).addTo(this.map);
  }

  /** ``points``: objects with lat, lon, eventType, fatalities (and anything the caller needs). */
  setPoints(points) {
    this.points = points;
    this.index = new Supercluster({
      radius: 48, maxZoom: 13,
      map: (props) => ({ fatalities: props.f, fresh: props.n, counts: TYPES.map((_, i) => (i === props.t ? 1 : 0)) }),
      reduce: (total, props) => {
        total.fatalities += props.fatalities;
        total.fresh += props.fresh;
        for (let i = 0; i < total.counts.length; i += 1) total.counts[i] += props.counts[i];
      },
    });
    this.index.load(points.map((p, i) => ({
      type: "Feature", geometry: { type: "Point", coordinates: [p.lon, p.lat] },
      properties: { i, f: p.fatalities || 0, t: TYPES.indexOf(p.eventType), n: this.isNew(p.id) ? 1 : 0 },
    })));
    this.render();
  }

  view() {
    const centre = this.map.getCenter();
    return `${this.map.getZoom()}/${centre.lat.toFixed(3)}/${centre.lng.toFixed(3)}`;
  }

  setView(text) {
    const [zoom, lat, lon] = (text || "").split("/").map(Number);
    if ([zoom, lat, lon].every(Number.isFinite)) this.map.setView([lat, lon], zoom, { animate: false });
  }

  /** Show every one of ``points`` (the map's own when none are given). */
  fitPoints(points = this.points) {
    if (!points.length) return;
    const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lon]));
    this.map.fitBounds(bounds.pad(0.2), { maxZoom: 7, animate: false });
  }

  /** The points within the map's current view. */
  inView(points) {
    const bounds = this.map.getBounds();
    const south = bounds.getSouth();
    const north = bounds.getNorth();
    let west = bounds.getWest();
    let east = bounds.getEast();
    if (east - west >= 360) return points;
    // the view may straddle ±180°: bring both edges into -180..180 and allow a wrap
    west = ((west + 180) % 360 + 360) % 360 - 180;
    east = ((east + 180) % 360 + 360) % 360 - 180;
    const inLongitude = west <= east ? (lon) => lon >= west && lon <= east : (lon) => lon >= west || lon <= east;
    return points.filter((p) => p.lat >= south && p.lat <= north && inLongitude(p.lon));
  }

  render() {
    this.markers.clearLayers();
    if (!this.index) return;
    const bounds = this.map.getBounds();
    const box = [bounds.getWest(), Math.max(-90, bounds.getSouth()), bounds.getEast(), Math.min(90, bounds.getNorth())];
    if (box[2] - box[0] >= 360) { box[0] = -180; box[2] = 180; }
    for (const feature of this.index.getClusters(box, Math.floor(this.map.getZoom()))) {
      const [lon, lat] = feature.geometry.coordinates;
      const props = feature.properties;
      if (props.cluster) this.markers.addLayer(this.clusterMarker(lat, lon, feature));
      else this.markers.addLayer(this.eventMarker(this.points[props.i]));
    }
  }

  clusterMarker(lat, lon, feature) {
    const { point_count: count, fatalities, fresh, counts } = feature.properties;
    const dominant = counts.indexOf(Math.max(...counts));
    const marker = L.circleMarker([lat, lon], {
      radius: 9 + Math.min(18, Math.log2(count) * 2.5), color: "#fff", weight: 2,
      fillColor: COLOURS[dominant] || "#555", fillOpacity: 0.8,
      className: `dl-marker dl-cluster${fresh ? " dl-new" : ""}`,
    });
    marker.bindTooltip(el("span", { text: `${number.format(count)} events · ${number.format(fatalities)} killed`
      + (fresh ? ` · ${number.format(fresh)} new` : "") }));
    marker.on("click", () => {
      const zoom = Math.min(this.index.getClusterExpansionZoom(feature.properties.cluster_id), 14);
      this.map.setView([lat, lon], zoom);
    });
    return marker;
  }

  eventMarker(point) {
    const marker = L.circleMarker([point.lat, point.lon], {
      radius: radiusOf(point.fatalities), color: "#fff", weight: 1.5, fillColor: colourOf(point.eventType),
      fillOpacity: 0.9, className: `dl-marker dl-event${this.isNew(point.id) ? " dl-new" : ""}`,
    });
    const label = el("span", {}, el("strong", { text: point.date }), " ", point.subEventType, " · ",
      el("bdi", { text: point.location || point.country }),
      point.fatalities ? ` · ${point.fatalities} killed` : "");
    marker.bindTooltip(label);
    marker.on("click", () => this.onSelect(point.id));
    return marker;
  }

  legend() {
    const control = L.control({ position: "bottomleft" });
    control.onAdd = () => el("div", { className: "legend" },
      TYPES.map((type, i) => el("div", {}, el("span", { className: "swatch", style: `background:${COLOURS[i]}` }), type)));
    control.addTo(this.map);
  }
}
