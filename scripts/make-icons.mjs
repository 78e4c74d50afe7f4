// Draws the toolbar icon (an amber warning triangle with an exclamation mark) at each size WXT picks up
// from public/icon/<size>.png. Run once: node scripts/make-icons.mjs. No image library needed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const AMBER = [217, 119, 6];
const DARK = [31, 41, 55];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage (0..1) of the icon's shapes at a point, in units of the icon's side. */
function paint(x, y) {
  // Triangle with rounded feel: apex (0.5, 0.08), base from (0.06, 0.9) to (0.94, 0.9).
  const inTriangle = y <= 0.9 && y >= 0.08 && Math.abs(x - 0.5) <= ((y - 0.08) / 0.82) * 0.44;
  const inBar = Math.abs(x - 0.5) <= 0.06 && y >= 0.32 && y <= 0.64;
  const inDot = (x - 0.5) ** 2 + (y - 0.76) ** 2 <= 0.065 ** 2;
  if (inBar || inDot) return DARK;
  if (inTriangle) return AMBER;
  return null;
}

function icon(size) {
  const samples = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a += 1; }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 96, 128]) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), icon(size));
}
