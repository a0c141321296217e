// Copies the vendored front-end assets from node_modules into ../static/vendor/.
//
//   cd frontend && npm ci && npm run build
//
// Plain Node (>= 20), no bundler. The outputs are committed so that Kota needs no
// internet access at run time; node_modules is not committed. The build is
// deterministic: the same package-lock.json always produces byte-identical files.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';

const here = dirname(fileURLToPath(import.meta.url));
const nodeModules = join(here, 'node_modules');
const outDir = join(here, '..', 'static', 'vendor');
const licenseDir = join(outDir, 'licenses');

// Coordinates of world.json are rounded to this many decimals (0.01 deg ~ 1 km).
const PRECISION = 2;

const pkgDir = (name) => join(nodeModules, name);
const pkgJson = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8'));

mkdirSync(licenseDir, { recursive: true });

/** Files written to static/vendor, for the summary and VERSIONS.txt. */
const outputs = [];

function copy(pkg, from, to) {
  const dest = join(outDir, to);
  copyFileSync(join(pkgDir(pkg), from), dest);
  outputs.push({ file: to, pkg, from });
}

function copyLicense(pkg, file, suffix = 'LICENSE') {
  const safe = pkg.replace('@', '').replace('/', '-');
  copyFileSync(join(pkgDir(pkg), file), join(licenseDir, `${safe}.${suffix}.txt`));
}

// --- Scripts and styles ------------------------------------------------------

copy('htmx.org', 'dist/htmx.min.js', 'htmx.min.js');
copy('echarts', 'dist/echarts.min.js', 'echarts.min.js');
copy('@picocss/pico', 'css/pico.min.css', 'pico.min.css');

copyLicense('htmx.org', 'LICENSE');
copyLicense('echarts', 'LICENSE');
copyLicense('echarts', 'NOTICE', 'NOTICE');
copyLicense('echarts', 'licenses/LICENSE-d3', 'LICENSE-d3');
copyLicense('zrender', 'LICENSE');
copyLicense('@picocss/pico', 'LICENSE.md');
copyLicense('world-atlas', 'LICENSE');

// --- World map for echarts.registerMap('world', geojson) --------------------
//
// Base: Natural Earth 1:110m admin-0 countries (world-atlas countries-110m.json).
// 110m omits small states (Singapore, Hong Kong, Maldives, Bahrain, most Pacific
// island states, ...), so any country that has an ISO 3166 numeric code and is
// missing from 110m is added from the 1:50m file, and then from the 1:10m file
// (Tuvalu, Gibraltar, U.S. Minor Outlying Is.). Supplementary features come
// after the base ones, so they are drawn on top of it.

function loadAtlas(resolution) {
  const topology = JSON.parse(
    readFileSync(join(pkgDir('world-atlas'), `countries-${resolution}.json`), 'utf8'),
  );
  return feature(topology, topology.objects.countries).features;
}

const factor = 10 ** PRECISION;
const round = (v) => Math.round(v * factor) / factor + 0; // + 0 turns -0 into 0

/** Rounds a ring and drops repeated points; null if fewer than 4 points remain. */
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < 4) return null;
  const [first, last] = [out[0], out[out.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([...first]);
  return out;
}

function roundGeometry(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const result = [];
  for (const polygon of polygons) {
    const outer = roundRing(polygon[0]);
    if (!outer) continue; // island smaller than the grid
    const holes = polygon.slice(1).map(roundRing).filter(Boolean);
    result.push([outer, ...holes]);
  }
  if (result.length === 0) return null;
  return result.length === 1
    ? { type: 'Polygon', coordinates: result[0] }
    : { type: 'MultiPolygon', coordinates: result };
}

// Natural Earth features without an ISO 3166 numeric code that still have a
// widely used code. (N. Cyprus and Somaliland keep iso_a2 = null.)
const EXTRA_ALPHA2 = { Kosovo: 'XK' };

const base = loadAtlas('110m');
const seen = new Set(base.map((f) => f.id).filter(Boolean));
const supplements = [];
for (const resolution of ['50m', '10m']) {
  for (const f of loadAtlas(resolution)) {
    if (f.id && !seen.has(f.id)) {
      seen.add(f.id);
      supplements.push(f);
    }
  }
}

const features = [];
for (const f of [...base, ...supplements]) {
  const geometry = roundGeometry(f.geometry);
  if (!geometry) {
    console.warn(`world.json: dropped ${f.properties.name} (too small at this precision)`);
    continue;
  }
  const isoN3 = f.id ?? null;
  const isoA2 = (isoN3 && countries.numericToAlpha2(isoN3)) || EXTRA_ALPHA2[f.properties.name] || null;
  features.push({
    type: 'Feature',
    ...(isoN3 ? { id: isoN3 } : {}),
    properties: { name: f.properties.name, iso_a2: isoA2, iso_n3: isoN3 },
    geometry,
  });
}

const unmapped = features.filter((f) => !f.properties.iso_a2).map((f) => f.properties.name);
writeFileSync(join(outDir, 'world.json'), JSON.stringify({ type: 'FeatureCollection', features }));
outputs.push({
  file: 'world.json',
  pkg: 'world-atlas',
  from: `countries-110m.json (+ ${supplements.length} small countries from 50m/10m), ` +
    `${features.length} features, coordinates rounded to ${PRECISION} decimals`,
});

// --- VERSIONS.txt -------------------------------------------------------------

const line = (name, note) => {
  const p = pkgJson(name);
  return `${`${p.name}@${p.version}`.padEnd(28)} ${String(p.license).padEnd(14)} ${note}`;
};

const sha256 = (file) => createHash('sha256').update(readFileSync(join(outDir, file))).digest('hex');

const text = `Vendored front-end assets for Kota. GENERATED by frontend/build.mjs - do not edit.
Rebuild: cd frontend && npm ci && npm run build
Versions are pinned in frontend/package.json and frontend/package-lock.json.
Licence texts: licenses/

Package                      Licence        Use
${line('htmx.org', '-> htmx.min.js (dist/htmx.min.js)')}
${line('echarts', '-> echarts.min.js (dist/echarts.min.js, full build)')}
${line('zrender', '   bundled inside echarts.min.js')}
${line('tslib', '   helpers bundled inside echarts.min.js')}
${line('@picocss/pico', '-> pico.min.css (css/pico.min.css)')}
${line('world-atlas', '-> world.json (data: Natural Earth, public domain)')}
${line('topojson-client', '   build-time only: TopoJSON -> GeoJSON for world.json')}
${line('i18n-iso-countries', '   build-time only: ISO numeric -> alpha-2 codes in world.json')}

world.json: GeoJSON FeatureCollection for echarts.registerMap('world', geojson).
  properties.name   Natural Earth English short name (e.g. "South Korea", "Dem. Rep. Congo")
  properties.iso_a2 ISO 3166-1 alpha-2 (null for: ${unmapped.join(', ') || 'none'})
  properties.iso_n3 ISO 3166-1 numeric, also the feature id
  Match on codes with series option nameProperty: 'iso_a2'.

File                 sha256
${outputs.map((o) => `${o.file.padEnd(20)} ${sha256(o.file)}`).join('\n')}
`;
writeFileSync(join(outDir, 'VERSIONS.txt'), text);

// --- Summary ------------------------------------------------------------------

for (const o of [...outputs, { file: 'VERSIONS.txt' }]) {
  const data = readFileSync(join(outDir, o.file));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  console.log(
    `${relative(process.cwd(), join(outDir, o.file)).padEnd(34)} ${kb(statSync(join(outDir, o.file)).size)}` +
      `  gzip -9 ${kb(gzipSync(data, { level: 9 }).length)}`,
  );
}
