// Copies the browser libraries the UI needs out of node_modules (installed by `npm ci` from the
// committed package-lock.json) into the server's classpath, so nothing is fetched from a CDN at
// run time. Usage: node web-build/copy-vendor.mjs <output dir>
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "..", "node_modules");
const out = process.argv[2];
if (!out) {
  console.error("copy-vendor: usage: node web-build/copy-vendor.mjs <output dir>");
  process.exit(2);
}

const files = [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"],
  ["uplot/dist/uPlot.iife.min.js", "uPlot.iife.min.js"],
  ["uplot/dist/uPlot.min.css", "uPlot.min.css"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  // Natural Earth 1:50m admin-0 country shapes (public domain), as TopoJSON.
  ["world-atlas/countries-50m.json", "countries-50m.json"],
];
const licences = ["leaflet", "leaflet.markercluster", "uplot", "topojson-client", "world-atlas", "country-state-city"];

mkdirSync(join(out, "licenses"), { recursive: true });
for (const [from, to] of files) {
  const src = join(modules, from);
  if (!existsSync(src)) {
    console.error(`copy-vendor: ${src} is missing: run npm ci in sitrep-server first`);
    process.exit(1);
  }
  copyFileSync(src, join(out, to));
}
for (const pkg of licences) {
  for (const name of ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"]) {
    const src = join(modules, pkg, name);
    if (existsSync(src)) {
      copyFileSync(src, join(out, "licenses", `${pkg}-${basename(name)}`));
      break;
    }
  }
}

// First-level divisions (governorates, provinces, states) with centroids, for map labels.
// Source: country-state-city 3.2.1 lib/assets/state.json (GPL-3.0), reduced to what labels need.
const states = JSON.parse(readFileSync(join(modules, "country-state-city/lib/assets/state.json"), "utf8"));
const labels = states
  .filter((s) => s.latitude && s.longitude)
  .map((s) => [s.name, s.countryCode, Number(Number(s.latitude).toFixed(3)), Number(Number(s.longitude).toFixed(3))])
  .filter(([, , lat, lon]) => Number.isFinite(lat) && Number.isFinite(lon));
writeFileSync(join(out, "admin1-labels.json"), JSON.stringify({
  source: "country-state-city 3.2.1 lib/assets/state.json (GPL-3.0); fields: name, country, lat, lon",
  labels,
}));
console.log(`copy-vendor: ${files.length} files and ${labels.length} admin1 labels -> ${out}`);
