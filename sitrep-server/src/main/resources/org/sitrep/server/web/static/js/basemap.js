/* global L, topojson */
// Offline basemap: Natural Earth 1:50m country shapes (world-atlas, TopoJSON) drawn as vector
// polygons, plus first-level division labels (governorates, provinces) shown when zoomed in.
// No tile server is contacted.
import { h } from "./dom.js";

const LABEL_MIN_ZOOM = 5;

export async function addBasemap(map) {
  const [world, admin1] = await Promise.all([
    fetch("vendor/countries-50m.json").then((r) => r.json()),
    fetch("vendor/admin1-labels.json").then((r) => r.json()),
  ]);
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, {
    interactive: false,
    style: { color: "#9a9486", weight: 0.8, fillColor: "#f2efe6", fillOpacity: 1 },
  }).addTo(map);
  const labels = L.layerGroup().addTo(map);
  const refresh = () => {
    labels.clearLayers();
    if (map.getZoom() < LABEL_MIN_ZOOM) return;
    const bounds = map.getBounds().pad(0.1);
    for (const [name, , lat, lon] of admin1.labels) {
      if (!bounds.contains([lat, lon])) continue;
      const label = h("span", {}, name.replace(/ (Governorate|Province|State|Oblast|Region)$/, ""));
      labels.addLayer(L.marker([lat, lon], {
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: "admin1-label", html: label, iconSize: null }),
      }));
    }
  };
  map.on("zoomend moveend", refresh);
  refresh();
}
