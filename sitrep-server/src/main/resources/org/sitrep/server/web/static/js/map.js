/* global L */
// The event map: one marker per linked event, coloured by type (CSS class t-<type>), sized by
// fatalities, outlined differently for claimed (dashed) and disputed (double ring) events, and
// clustered when zoomed out.
import { h, slug } from "./dom.js";
import { addBasemap } from "./basemap.js";

const CLUSTER_UNTIL_ZOOM = 7;

export class EventMap {
  constructor(element, onSelect) {
    this.map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 })
      .setView([25, 30], 3);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Natural Earth; divisions: country-state-city");
    this.onSelect = onSelect;
    this.cluster = L.markerClusterGroup({
      disableClusteringAtZoom: CLUSTER_UNTIL_ZOOM,
      maxClusterRadius: 20,
      showCoverageOnHover: false,
    });
    this.map.addLayer(this.cluster);
    this.ready = addBasemap(this.map);
    this.fitted = false;
  }

  show(events) {
    this.cluster.clearLayers();
    const markers = [];
    for (const e of events) {
      const loc = e.location;
      if (!loc || typeof loc.lat !== "number" || typeof loc.lon !== "number") continue;
      const size = Math.round(14 + 5 * Math.sqrt(Math.min(e.fatalities || 0, 200)));
      const dot = h("span", { class: "dot", data: { eventId: e.id } });
      const marker = L.marker([loc.lat, loc.lon], {
        title: `${e.subtype || e.type} \u2014 ${loc.name || ""}`,
        alt: e.type,
        icon: L.divIcon({
          className: `ev-marker t-${slug(e.type)} s-${slug(e.status)}`,
          html: dot,
          iconSize: [size, size],
        }),
      });
      marker.on("click", () => this.onSelect(e.id));
      markers.push(marker);
    }
    this.cluster.addLayers(markers);
    if (!this.fitted && markers.length) {
      this.map.invalidateSize(false); // the layout around the map settles after the first data
      this.map.fitBounds(L.featureGroup(markers).getBounds().pad(0.25), { maxZoom: 6, animate: false });
      this.fitted = true;
    }
  }

  focus(e) {
    if (e && e.location && typeof e.location.lat === "number") {
      this.map.setView([e.location.lat, e.location.lon], Math.max(this.map.getZoom(), CLUSTER_UNTIL_ZOOM), { animate: false });
    }
  }
}
