/**
 * assets/fonts/*.ttf → public/fonts/*.json + *.png: the MSDF fonts the in-scene panels draw with.
 *
 *   npx tsx scripts/fonts/generate-msdf-font.ts      (needs the devDependency @pixi/msdf-bmfont-xml 3.0.0)
 *
 * uikit's own font (Inter from @pmndrs/msdfonts) lacks „ “ – … € and would show squares, so we ship
 * Open Sans with a character set made for German service talk. The output is what uikit's
 * `fontFamilies` loads: a BMFont JSON (msdf-bmfont layout, exactly one page) whose `pages[0]` is a
 * PNG next to it. The generator is @pixi/msdf-bmfont-xml: it carries a prebuilt msdfgen 1.10 (with
 * Skia, so overlapping contours come out clean) that runs on Debian 12's glibc. Same inputs, same
 * bytes out, so the outputs are committed and a diff shows when they really changed.
 *
 * Order: generate each weight, check it (one page, ≤ 1024², every wanted glyph really in the font),
 * fix what the generator gets wrong for this font (kerning, baseline), add aliases for the few
 * characters Open Sans lacks, write (the atlas re-encoded as an RGB PNG, about 30 % smaller), then
 * list any character used in the bundled scenarios or app texts that the font cannot show.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontCharset, GLYPH_ALIASES } from './charset';
import { encodeRgbPng } from './png';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = join(root, 'assets/fonts');
const TARGET = join(root, 'public/fonts');

const WEIGHTS = [
  { ttf: 'OpenSans-Regular.ttf', out: 'open-sans-regular' },
  { ttf: 'OpenSans-Bold.ttf', out: 'open-sans-bold' },
] as const;

/** Atlas settings: 48 px per em and a 6 px distance range keep 2 cm text crisp at arm's length. */
const OPTIONS = {
  outputType: 'json',
  fieldType: 'msdf',
  fontSize: 48,
  distanceRange: 6,
  texturePadding: 2,
  textureSize: [1024, 1024],
  smartSize: true,
  pot: true,
  roundDecimal: 2,
};
const MAX_PAGE = 1024;
/**
 * Where uikit should see the baseline, in em below the top of the em box. uikit centres the em box
 * in the line; Open Sans' typographic ascender alone puts the baseline at 0.70 em, so text sat high
 * in buttons. 0.87 em centres capitals and lower case the way a browser centres Open Sans.
 */
const BASELINE_EM = 0.87;

interface Glyph {
  id: number;
  index: number;
  char: string;
  width: number;
  height: number;
  yoffset: number;
  xadvance: number;
}
interface FontJson {
  pages: string[];
  chars: Glyph[];
  info: { size: number; charset: string[] };
  common: { lineHeight: number; base: number; scaleW: number; scaleH: number; pages: number };
  kernings: { first: number; second: number; amount: number }[];
}
interface OpenTypeFont {
  unitsPerEm: number;
  kerningPairs: Record<string, number>;
}
type Texture = { filename: string; texture: Buffer };
type Generate = (
  font: Buffer,
  opt: object,
  cb: (err: Error | null, textures: Texture[], font: { data: string }) => void,
) => void;

type Bitmap = { width: number; height: number; data: Uint8Array };

// Loaded by name at run time (a devDependency), so type-checking the repo does not need it installed;
// opentype.js and jimp are the generator's own dependencies, resolved from there.
const requireHere = createRequire(import.meta.url);
const generatorPath = requireHere.resolve('@pixi/msdf-bmfont-xml');
const generateBMFont = requireHere(generatorPath) as Generate;
const requireGenerator = createRequire(generatorPath);
const opentype = requireGenerator('opentype.js') as { parse(data: ArrayBuffer): OpenTypeFont };
const { Jimp } = requireGenerator('jimp') as { Jimp: { read(data: Buffer): Promise<{ bitmap: Bitmap }> } };

function generate(ttf: Buffer, filename: string, charset: string[]): Promise<{ png: Buffer; json: FontJson }> {
  return new Promise((done, fail) =>
    generateBMFont(ttf, { ...OPTIONS, filename, charset }, (err, textures, font) => {
      if (err) return fail(err);
      const [page] = textures;
      if (textures.length !== 1 || !page)
        return fail(new Error(`${filename}: ${textures.length} atlas pages; uikit reads exactly one`));
      done({ png: page.texture, json: JSON.parse(font.data) as FontJson });
    }),
  );
}

/** Fails on a page uikit cannot use or a glyph the font does not have (it would draw as a box). */
function check(name: string, json: FontJson): void {
  const { scaleW, scaleH, pages } = json.common;
  if (pages !== 1 || scaleW > MAX_PAGE || scaleH > MAX_PAGE)
    throw new Error(`${name}: atlas ${scaleW}×${scaleH} in ${pages} pages`);
  const missing = json.chars
    .filter((g) => g.index === 0)
    .map((g) => `U+${g.id.toString(16).toUpperCase().padStart(4, '0')}`);
  if (missing.length > 0)
    throw new Error(
      `${name}: the font has no glyph for ${missing.join(' ')}; remove them from the charset or alias them`,
    );
}

/**
 * The generator asks opentype.js 0.11 for kerning, which answers 0 for every pair when the font has
 * a GPOS table without Latin kerning lookups (Open Sans 1.10), so we read the pairs it did parse.
 */
function addKerning(json: FontJson, ttf: Buffer): void {
  const font = opentype.parse(ttf.buffer.slice(ttf.byteOffset, ttf.byteOffset + ttf.byteLength) as ArrayBuffer);
  const scale = json.info.size / font.unitsPerEm;
  const glyphs = json.chars.filter((g) => g.width > 0);
  json.kernings = [];
  for (const a of glyphs)
    for (const b of glyphs) {
      const units = font.kerningPairs[`${a.index},${b.index}`];
      if (units) json.kernings.push({ first: a.id, second: b.id, amount: Math.round(units * scale * 100) / 100 });
    }
}

/** Moves every glyph down so the baseline lands at BASELINE_EM (see there). */
function moveBaseline(json: FontJson): void {
  const { size } = json.info;
  const shift = Math.round((BASELINE_EM * size + (json.common.lineHeight - size) - json.common.base) * 100) / 100;
  for (const g of json.chars) g.yoffset = Math.round((g.yoffset + shift) * 100) / 100;
  json.common.base = Math.round((json.common.base + shift) * 100) / 100;
}

/** A missing character borrows a present glyph (a non-breaking hyphen looks like a hyphen). */
function addAliases(json: FontJson): void {
  for (const [alias, target] of Object.entries(GLYPH_ALIASES)) {
    const glyph = json.chars.find((g) => g.char === target);
    if (!glyph) throw new Error(`alias target ${JSON.stringify(target)} is not in the atlas`);
    json.chars.push({ ...glyph, id: alias.codePointAt(0) ?? 0, char: alias });
    json.info.charset.push(alias);
  }
}

/** Characters the app will ask for that the atlas lacks: scenario texts and app texts. */
function uncovered(chars: ReadonlySet<string>): string[] {
  const sources = [
    ...readdirSync(join(root, 'scenes'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(root, 'scenes', f)),
    // The company profile's names and prices appear in the same texts.
    join(root, 'scenes/profile/company-profile.yaml'),
    join(root, 'src/i18n/ui-texts.ts'),
  ];
  const found = new Set<string>();
  for (const file of sources)
    for (const ch of readFileSync(file, 'utf8')) if (ch >= ' ' && !chars.has(ch)) found.add(ch);
  return [...found];
}

async function main(): Promise<void> {
  mkdirSync(TARGET, { recursive: true });
  const charset = fontCharset();
  for (const { ttf, out } of WEIGHTS) {
    const source = readFileSync(join(SOURCE, ttf));
    const { png, json } = await generate(source, out, charset);
    check(ttf, json);
    addKerning(json, source);
    moveBaseline(json);
    addAliases(json);
    json.pages = [`${out}.png`];
    const { bitmap } = await Jimp.read(png);
    const packed = encodeRgbPng(bitmap.width, bitmap.height, bitmap.data);
    writeFileSync(join(TARGET, `${out}.png`), packed);
    writeFileSync(join(TARGET, `${out}.json`), `${JSON.stringify(json)}\n`);
    console.log(
      `${out}: ${json.chars.length} glyphs, ${json.common.scaleW}×${json.common.scaleH} px, ${json.kernings.length} kerning pairs, ${Math.round(packed.length / 1024)} KB`,
    );
  }
  copyFileSync(join(SOURCE, 'OpenSans-LICENSE.txt'), join(TARGET, 'OpenSans-LICENSE.txt'));
  const gaps = uncovered(new Set([...charset, ...Object.keys(GLYPH_ALIASES)]));
  if (gaps.length > 0)
    console.warn(
      `Not in the font, shown as boxes: ${gaps.map((c) => `${c} U+${c.codePointAt(0)?.toString(16)}`).join(', ')}`,
    );
}

await main();
