// A small QR Code encoder (ISO/IEC 18004): byte mode, error correction M (L when M cannot hold the
// text), versions 1 to 10 — up to 213 bytes at M and 271 at L, enough for a connect link. Drawn
// here so the handoff needs no library and no network call; it lives in its own lazy chunk.

export type ErrorCorrection = 'L' | 'M';

export interface QrCode {
  version: number;
  errorCorrection: ErrorCorrection;
  mask: number;
  size: number;
  /** `modules[row][column]`: true is dark. */
  modules: boolean[][];
}

const maxVersion = 10;
// Per version 1..10 (index 0 unused): error correction codewords per block, and number of blocks.
const eccPerBlock: Record<ErrorCorrection, number[]> = {
  L: [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
  M: [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
};
const blockCount: Record<ErrorCorrection, number[]> = {
  L: [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
  M: [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
};
const formatBitsOf: Record<ErrorCorrection, number> = { L: 1, M: 0 };

/** Modules left for data and error correction once the function patterns are drawn. */
function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2;
    result -= (25 * alignments - 10) * alignments - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

const totalCodewords = (version: number) => Math.floor(rawDataModules(version) / 8);
const dataCodewords = (version: number, level: ErrorCorrection) =>
  totalCodewords(version) - (eccPerBlock[level][version] ?? 0) * (blockCount[level][version] ?? 0);
/** Byte mode: a 4-bit mode, an 8-bit count (16 from version 10), the bytes. */
const countBits = (version: number) => (version <= 9 ? 8 : 16);
const fits = (bytes: number, version: number, level: ErrorCorrection) => 4 + countBits(version) + bytes * 8 <= dataCodewords(version, level) * 8;

// Reed–Solomon over GF(2^8) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j] ?? 0, root) ^ (result[j + 1] ?? 0);
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const byte of data) {
    const factor = byte ^ (result.shift() ?? 0);
    result.push(0);
    divisor.forEach((coefficient, index) => {
      result[index] = (result[index] ?? 0) ^ gfMultiply(coefficient, factor);
    });
  }
  return result;
}

/** The data bits: mode, count, bytes, terminator, padding to the version's capacity. */
function dataCodewordsFor(bytes: Uint8Array, version: number, level: ErrorCorrection): number[] {
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4);
  push(bytes.length, countBits(version));
  bytes.forEach((byte) => push(byte, 8));
  const capacity = dataCodewords(version, level) * 8;
  push(0, Math.min(4, capacity - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) push(pad, 8);
  const codewords: number[] = [];
  for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  return codewords;
}

/** Splits into blocks, appends each block's error correction, and interleaves them. */
function withErrorCorrection(data: readonly number[], version: number, level: ErrorCorrection): number[] {
  const blocks = blockCount[level][version] ?? 1;
  const eccLength = eccPerBlock[level][version] ?? 0;
  const total = totalCodewords(version);
  const shortBlocks = blocks - (total % blocks);
  const shortLength = Math.floor(total / blocks);
  const divisor = rsDivisor(eccLength);
  const dataBlocks: number[][] = [];
  const eccBlocks: number[][] = [];
  for (let i = 0, offset = 0; i < blocks; i++) {
    const length = shortLength - eccLength + (i < shortBlocks ? 0 : 1);
    const block = data.slice(offset, offset + length);
    offset += length;
    dataBlocks.push(block);
    eccBlocks.push(rsRemainder(block, divisor));
  }
  const result: number[] = [];
  for (let i = 0; i <= shortLength - eccLength; i++) for (const block of dataBlocks) if (i < block.length) result.push(block[i] ?? 0);
  for (let i = 0; i < eccLength; i++) for (const block of eccBlocks) result.push(block[i] ?? 0);
  return result;
}

function alignmentPositions(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const result = [6];
  for (let position = size - 7; result.length < count; position -= step) result.splice(1, 0, position);
  return result;
}

class Matrix {
  readonly modules: boolean[][];
  readonly isFunction: boolean[][];

  constructor(readonly size: number) {
    this.modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.isFunction = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }

  setFunction(x: number, y: number, isDark: boolean): void {
    const row = this.modules[y];
    const functionRow = this.isFunction[y];
    if (!row || !functionRow || x < 0 || x >= this.size) return;
    row[x] = isDark;
    functionRow[x] = true;
  }
}

function drawFinder(matrix: Matrix, centreX: number, centreY: number): void {
  for (let dy = -4; dy <= 4; dy++) {
    for (let dx = -4; dx <= 4; dx++) {
      const distance = Math.max(Math.abs(dx), Math.abs(dy));
      const x = centreX + dx;
      const y = centreY + dy;
      if (x >= 0 && x < matrix.size && y >= 0 && y < matrix.size) matrix.setFunction(x, y, distance !== 2 && distance !== 4);
    }
  }
}

function drawFormatBits(matrix: Matrix, level: ErrorCorrection, mask: number): void {
  const data = (formatBitsOf[level] << 3) | mask;
  let remainder = data;
  for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
  const bits = ((data << 10) | remainder) ^ 0x5412;
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  const { size } = matrix;
  for (let i = 0; i <= 5; i++) matrix.setFunction(8, i, bit(i));
  matrix.setFunction(8, 7, bit(6));
  matrix.setFunction(8, 8, bit(7));
  matrix.setFunction(7, 8, bit(8));
  for (let i = 9; i < 15; i++) matrix.setFunction(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) matrix.setFunction(size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) matrix.setFunction(8, size - 15 + i, bit(i));
  matrix.setFunction(8, size - 8, true); // the dark module
}

function drawVersionBits(matrix: Matrix, version: number): void {
  if (version < 7) return;
  let remainder = version;
  for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
  const bits = (version << 12) | remainder;
  for (let i = 0; i < 18; i++) {
    const isDark = ((bits >>> i) & 1) === 1;
    const a = matrix.size - 11 + (i % 3);
    const b = Math.floor(i / 3);
    matrix.setFunction(a, b, isDark);
    matrix.setFunction(b, a, isDark);
  }
}

function drawFunctionPatterns(matrix: Matrix, version: number, level: ErrorCorrection): void {
  const { size } = matrix;
  for (let i = 0; i < size; i++) {
    matrix.setFunction(6, i, i % 2 === 0);
    matrix.setFunction(i, 6, i % 2 === 0);
  }
  drawFinder(matrix, 3, 3);
  drawFinder(matrix, size - 4, 3);
  drawFinder(matrix, 3, size - 4);
  const positions = alignmentPositions(version, size);
  const last = positions.length - 1;
  positions.forEach((x, i) =>
    positions.forEach((y, j) => {
      // Not where a finder pattern sits.
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) matrix.setFunction(x + dx, y + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  drawFormatBits(matrix, level, 0); // reserves the area; redrawn with the chosen mask
  drawVersionBits(matrix, version);
}

/** Places the codewords in the two-column zigzag, from the bottom right corner. */
function drawCodewords(matrix: Matrix, codewords: readonly number[]): void {
  const { size } = matrix;
  let index = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern
    for (let vertical = 0; vertical < size; vertical++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const isUpward = ((right + 1) & 2) === 0;
        const y = isUpward ? size - 1 - vertical : vertical;
        const row = matrix.modules[y];
        if (!row || matrix.isFunction[y]?.[x] || index >= codewords.length * 8) continue;
        row[x] = (((codewords[index >>> 3] ?? 0) >>> (7 - (index & 7))) & 1) === 1;
        index++;
      }
    }
  }
}

const maskFunctions: ReadonlyArray<(x: number, y: number) => boolean> = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function applyMask(matrix: Matrix, mask: number): void {
  const invert = maskFunctions[mask] ?? (() => false);
  matrix.modules.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (!matrix.isFunction[y]?.[x] && invert(x, y)) row[x] = !isDark;
    }),
  );
}

/** The standard's four penalty rules; the mask with the lowest total is used. */
export function penaltyScore(modules: readonly (readonly boolean[])[]): number {
  const size = modules.length;
  const at = (x: number, y: number) => modules[y]?.[x] === true;
  let penalty = 0;
  const lines = (horizontal: boolean) =>
    Array.from({ length: size }, (_, a) => Array.from({ length: size }, (_, b) => (horizontal ? at(b, a) : at(a, b))));
  const finderLike = [[true, false, true, true, true, false, true, false, false, false, false], [false, false, false, false, true, false, true, true, true, false, true]];
  for (const line of [...lines(true), ...lines(false)]) {
    // Rule 1: five or more modules of one colour in a row.
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++;
      else {
        if (run >= 5) penalty += run - 2;
        run = 1;
      }
    }
    // Rule 3: a finder-like 1:1:3:1:1 pattern with four light modules on one side.
    for (let i = 0; i + 11 <= size; i++) {
      if (finderLike.some((pattern) => pattern.every((value, k) => line[i + k] === value))) penalty += 40;
    }
  }
  // Rule 2: 2×2 blocks of one colour.
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const colour = at(x, y);
      if (colour === at(x + 1, y) && colour === at(x, y + 1) && colour === at(x + 1, y + 1)) penalty += 3;
    }
  }
  // Rule 4: how far the share of dark modules is from half, in steps of 5 %.
  const dark = modules.reduce((sum, row) => sum + row.filter(Boolean).length, 0);
  penalty += Math.floor(Math.abs((dark * 100) / (size * size) - 50) / 5) * 10;
  return penalty;
}

/** The smallest version (1–10) and level (M, else L) that hold the text; throws when none does. */
export function chooseVersion(byteLength: number): { version: number; errorCorrection: ErrorCorrection } {
  for (const errorCorrection of ['M', 'L'] as const) {
    for (let version = 1; version <= maxVersion; version++) {
      if (fits(byteLength, version, errorCorrection)) return { version, errorCorrection };
    }
  }
  throw new RangeError(`A QR code of version ${maxVersion} holds at most 271 bytes; this text has ${byteLength}.`);
}

/** Encodes the text (UTF-8, byte mode) as a QR code; `mask` forces one of the eight (tests). */
export function encodeQr(text: string, { mask: forcedMask }: { mask?: number } = {}): QrCode {
  const bytes = new TextEncoder().encode(text);
  const { version, errorCorrection } = chooseVersion(bytes.length);
  const size = version * 4 + 17;
  const codewords = withErrorCorrection(dataCodewordsFor(bytes, version, errorCorrection), version, errorCorrection);
  let best: { mask: number; modules: boolean[][]; penalty: number } | null = null;
  for (let mask = 0; mask < 8; mask++) {
    if (forcedMask !== undefined && mask !== forcedMask) continue;
    const matrix = new Matrix(size);
    drawFunctionPatterns(matrix, version, errorCorrection);
    drawCodewords(matrix, codewords);
    applyMask(matrix, mask);
    drawFormatBits(matrix, errorCorrection, mask);
    const penalty = penaltyScore(matrix.modules);
    if (!best || penalty < best.penalty) best = { mask, modules: matrix.modules, penalty };
  }
  if (!best) throw new Error('unreachable: eight masks were tried');
  return { version, errorCorrection, mask: best.mask, size, modules: best.modules };
}

/** One SVG path of the dark modules, in module units (the caller adds the quiet zone to the viewBox). */
export function qrPath(code: QrCode, quietZone: number): string {
  const parts: string[] = [];
  code.modules.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (isDark) parts.push(`M${x + quietZone} ${y + quietZone}h1v1h-1z`);
    }),
  );
  return parts.join('');
}
