// Renders public/icon.svg to the PNG sizes the manifest lists, with Debian's headless Chromium.
// Run by hand after changing the SVG (Node 20.15 or later, for zlib.crc32); the PNGs are
// committed so builds need no rasterizer.
//
// The service worker precaches both PNGs, so they count in a first visit's bytes. The icon
// has four flat colours plus their anti-aliased edges, so it is written as an 8-bit palette
// PNG of its most frequent colours (at most 256; any other pixel takes the nearest): about
// a third of the bytes of Chromium's RGBA screenshot, with no visible difference.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'public', 'icon.svg'), 'utf8');

/** The RGBA pixels of the SVG drawn at `size` × `size`. */
async function render(browser, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent('<canvas></canvas>');
  const pixels = await page.evaluate(async ({ svg, size }) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.querySelector('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, { svg, size });
  await page.close();
  return Uint8Array.from(pixels);
}

/** A PNG chunk: length, type, data and CRC. */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit palette PNG of opaque RGBA `pixels`, `size` square. */
function palettePng(pixels, size) {
  const counts = new Map();
  for (let i = 0; i < pixels.length; i += 4) {
    const rgb = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const palette = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([rgb]) => rgb);
  const channel = (rgb, shift) => (rgb >> shift) & 255;
  const index = new Map();
  const nearest = (rgb) => {
    if (!index.has(rgb)) {
      let best = 0;
      let bestDistance = Infinity;
      palette.forEach((candidate, at) => {
        const distance = [16, 8, 0].reduce((sum, s) => sum + (channel(rgb, s) - channel(candidate, s)) ** 2, 0);
        if (distance < bestDistance) [best, bestDistance] = [at, distance];
      });
      index.set(rgb, best);
    }
    return index.get(rgb);
  };
  // Each row starts with filter type 0 (none): on a palette image the others rarely help.
  const rows = Buffer.alloc(size * (size + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const i = (y * size + x) * 4;
      rows[y * (size + 1) + 1 + x] = nearest((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit depth, palette colour, deflate, no filter, no interlace
  const plte = Buffer.from(palette.flatMap((rgb) => [channel(rgb, 16), channel(rgb, 8), channel(rgb, 0)]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const browser = await launchBrowser();
for (const size of [192, 512]) {
  const png = palettePng(await render(browser, size), size);
  fs.writeFileSync(path.join(root, 'public', `icon-${size}.png`), png);
  console.log(`icon-${size}.png: ${png.length} bytes`);
}
await browser.close();
