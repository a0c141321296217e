// Copies the vendored front-end assets from node_modules into ../static/vendor/.
//
//   cd frontend && npm ci && npm run build
//
// Plain Node (>= 20); esbuild bundles the one custom build (ECharts with only the parts
// Kota draws, echarts-kota.mjs). The outputs are committed so that Kota needs no
// internet access at run time; node_modules is not committed. The build is
// deterministic: the same package-lock.json always produces byte-identical files.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { buildSync } from 'esbuild';
import { feature, merge } from 'topojson-client';
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

// ECharts: only the series, components and renderer Kota uses (about a third of the full
// dist/echarts.min.js). Deterministic: same sources and esbuild version, same bytes.
buildSync({
  entryPoints: [join(here, 'echarts-kota.mjs')],
  outfile: join(outDir, 'echarts.kota.min.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'echarts',
  target: 'es2019',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: '/*! Kota build of Apache ECharts and ZRender; licences in licenses/ */' },
  logLevel: 'warning',
});
outputs.push({ file: 'echarts.kota.min.js', pkg: 'echarts', from: 'echarts-kota.mjs' });
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

// Natural Earth draws two territories without an ISO 3166 code of their own. ISO
// 3166-1 (and the UN) count them as part of these countries, and Kota matches
// map regions by ISO code, so they are merged into them (shared border removed).
const MERGE_INTO = { Somaliland: 'Somalia', 'N. Cyprus': 'Cyprus' };

function loadAtlas(resolution) {
  const topology = JSON.parse(
    readFileSync(join(pkgDir('world-atlas'), `countries-${resolution}.json`), 'utf8'),
  );
  const geometries = topology.objects.countries.geometries;
  const byName = new Map(geometries.map((g) => [g.properties.name, g]));
  const merged = new Map();
  for (const [part, whole] of Object.entries(MERGE_INTO)) {
    if (!byName.has(part) || !byName.has(whole)) continue;
    merged.set(whole, merge(topology, [byName.get(whole), byName.get(part)]));
  }
  return feature(topology, topology.objects.countries).features
    .filter((f) => !(f.properties.name in MERGE_INTO))
    .map((f) => (merged.has(f.properties.name) ? { ...f, geometry: merged.get(f.properties.name) } : f));
}

// world-atlas is made for spherical renderers (d3-geo): a few rings cross the
// antimeridian (Fiji, eastern Russia, Wrangel Island) and Antarctica's ring
// winds round the South Pole. ECharts draws plain lon/lat polygons, which would
// show them as lines across the whole map. So crossing polygons are cut in two at
// +/-180 degrees, and a ring round a pole is closed along the pole.

/** Longitudes made continuous (no jumps over 180 degrees between neighbours). */
function unwrap(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    let dx = ring[i][0] - ring[i - 1][0];
    if (dx > 180) dx -= 360;
    else if (dx < -180) dx += 360;
    out.push([out[i - 1][0] + dx, ring[i][1]]);
  }
  return out;
}

/** Sutherland-Hodgman clip of a closed ring to x <= edge (keepLeft) or x >= edge. */
function clipRing(ring, edge, keepLeft) {
  const inside = ([x]) => (keepLeft ? x <= edge : x >= edge);
  const cross = ([x1, y1], [x2, y2]) => [edge, y1 + ((y2 - y1) * (edge - x1)) / (x2 - x1)];
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    if (inside(b)) {
      if (!inside(a)) out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) {
      out.push(cross(a, b));
    }
  }
  if (out.length < 3) return null;
  out.push([...out[0]]);
  return out;
}

/** Returns the polygon (array of rings) as one or more planar polygons. */
function splitAtAntimeridian(polygon) {
  const outer = unwrap(polygon[0]);
  const winding = outer[outer.length - 1][0] - outer[0][0];
  if (Math.abs(winding) > 180) {
    // Ring round a pole: close it along the pole where it jumps over +/-180.
    const pole = polygon[0].reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    const ring = polygon[0];
    const fixed = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) {
        fixed.push([ring[i - 1][0], pole], [ring[i][0], pole]);
      }
      fixed.push(ring[i]);
    }
    return [[fixed, ...polygon.slice(1)]];
  }
  const xs = outer.map((p) => p[0]);
  const [min, max] = [Math.min(...xs), Math.max(...xs)];
  if (min >= -180 && max <= 180) return [polygon];
  const edge = max > 180 ? 180 : -180;
  const shift = edge === 180 ? -360 : 360;
  const rings = [outer, ...polygon.slice(1).map((hole) => {
    const u = unwrap(hole); // bring the hole next to the outer ring
    const k = Math.round(((min + max) / 2 - u[0][0]) / 360) * 360;
    return u.map(([x, y]) => [x + k, y]);
  })];
  const pieces = [];
  for (const keepLeft of [true, false]) {
    const ring = clipRing(rings[0], edge, keepLeft);
    if (!ring) continue;
    const holes = rings.slice(1).map((r) => clipRing(r, edge, keepLeft)).filter(Boolean);
    const farSide = keepLeft !== (edge === 180); // the side beyond +/-180: move it back
    pieces.push([ring, ...holes].map((r) => (farSide ? r.map(([x, y]) => [x + shift, y]) : r)));
  }
  return pieces;
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
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .flatMap(splitAtAntimeridian);
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

// Natural Earth features without an ISO 3166 numeric code: the code in common use.
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
if (unmapped.length) {
  // ECharts would give regions without a name (nameProperty: 'iso_a2') a stray colour.
  throw new Error(`world.json: no ISO alpha-2 code for ${unmapped.join(', ')}; extend EXTRA_ALPHA2`);
}
const codes = features.map((f) => f.properties.iso_a2);
const duplicates = codes.filter((c, i) => codes.indexOf(c) !== i);
if (duplicates.length) throw new Error(`world.json: duplicate ISO codes ${duplicates.join(', ')}`);
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
${line('echarts', '-> echarts.kota.min.js (frontend/echarts-kota.mjs: the parts Kota draws)')}
${line('zrender', '   bundled inside echarts.kota.min.js')}
${line('tslib', '   helpers bundled inside echarts.kota.min.js')}
${line('esbuild', '   build-time only: bundles echarts.kota.min.js')}
${line('@picocss/pico', '-> pico.min.css (css/pico.min.css)')}
${line('world-atlas', '-> world.json (data: Natural Earth, public domain)')}
${line('topojson-client', '   build-time only: TopoJSON -> GeoJSON for world.json')}
${line('i18n-iso-countries', '   build-time only: ISO numeric -> alpha-2 codes in world.json')}

world.json: GeoJSON FeatureCollection for echarts.registerMap('world', geojson).
  properties.name   Natural Earth English short name (e.g. "South Korea", "Dem. Rep. Congo")
  properties.iso_a2 ISO 3166-1 alpha-2, unique, always set ("XK" for Kosovo)
  properties.iso_n3 ISO 3166-1 numeric, also the feature id (null for Kosovo)
  Somaliland and N. Cyprus are merged into Somalia and Cyprus (ISO 3166 view).
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
