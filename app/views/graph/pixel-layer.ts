/** An sRGB colour as three bytes. */
export type Rgb = readonly [number, number, number];

/** '#rrggbb' as bytes (grey for anything else). */
export function toRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return [138, 148, 161];
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** Steps of accumulated depth in the opacity table; depth beyond its end is opaque. */
const DEPTH_STEPS = 2048;
const DEPTH_MAX = 8;

/** The depth one line of opacity `opacity` adds where it passes: overlapping lines' depths add up. */
export function toLineWeight(opacity: number): number {
  return -Math.log(1 - Math.min(opacity, 0.999));
}

/**
 * Where lines are added: the picture's depth, or one of the two counts of lines through
 * each pixel (confirmed cites, recalled cites) that a view can keep across paints.
 */
export type LineBuffer = 'depth' | 'confirmed' | 'recalled';

/**
 * What counts were made for: the same layout (its edge ends), zoom, view size and pixel
 * ratio put the same lines on the same pixels.
 */
export interface CountsKey {
  ends: Float64Array;
  k: number;
  x: number;
  y: number;
  width: number;
  height: number;
  ratio: number;
}

function isSameKey(a: CountsKey, b: CountsKey): boolean {
  return (
    a.ends === b.ends &&
    a.k === b.k &&
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.ratio === b.ratio
  );
}

/**
 * A picture of many thin lines and small circles, rasterised in plain
 * JavaScript into one pixel buffer and handed to the canvas in one
 * putImageData. With tens of thousands of long edges on screen a software
 * canvas spends around 7 ns per pixel of anti-aliased hairline; stepping
 * one pixel per step along each line and adding its weight to a depth
 * buffer costs a fraction of that. Lines of one colour and opacity overlap
 * exactly as drawn ones would (opacities multiply); they are not
 * anti-aliased, which only shows where lines are few, and then the canvas
 * draws them itself.
 *
 * Depths add up, so a picture can also be made from counts kept for the view:
 * how many confirmed and how many recalled lines pass each pixel, each count
 * times one weight, plus the lines whose weight differs from their count's
 * (see toPixelPlan). A filter change at an unchanged view then adds only
 * those lines, not every line on screen.
 */
export class PixelLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private image: ImageData | null = null;
  private pixels = new Uint32Array(0);
  private depth = new Float32Array(0);
  private confirmedCounts = new Float32Array(0);
  private recalledCounts = new Float32Array(0);
  /** What the counts hold; null while they are being made, or were never made. */
  private counted: CountsKey | null = null;
  private width = 0;
  private height = 0;
  private readonly opacity = new Uint8Array(DEPTH_STEPS + 1);
  private readonly littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

  constructor() {
    this.canvas = document.createElement('canvas');
    this.context = this.canvas.getContext('2d')!;
    for (let step = 0; step <= DEPTH_STEPS; step++) {
      const depth = (step / DEPTH_STEPS) * DEPTH_MAX;
      this.opacity[step] = Math.round(255 * (1 - Math.exp(-depth)));
    }
  }

  /** Starts a new picture of width x height pixels, all transparent; counts of another size are dropped. */
  begin(width: number, height: number): void {
    if (width !== this.width || height !== this.height || !this.image) {
      this.width = Math.max(1, width);
      this.height = Math.max(1, height);
      this.canvas.width = this.width;
      this.canvas.height = this.height;
      this.image = this.context.createImageData(this.width, this.height);
      this.pixels = new Uint32Array(this.image.data.buffer);
      this.depth = new Float32Array(this.width * this.height);
      this.confirmedCounts = new Float32Array(0);
      this.recalledCounts = new Float32Array(0);
      this.counted = null;
    } else {
      this.depth.fill(0);
    }
  }

  /** Whether the counts hold the lines of `key`. */
  hasCounts(key: CountsKey): boolean {
    return this.counted !== null && isSameKey(this.counted, key);
  }

  /** Empties both counts, to be filled with addLines and then marked with `markCounted`. */
  beginCounts(): void {
    const size = this.width * this.height;
    if (this.confirmedCounts.length !== size) {
      this.confirmedCounts = new Float32Array(size);
      this.recalledCounts = new Float32Array(size);
    } else {
      this.confirmedCounts.fill(0);
      this.recalledCounts.fill(0);
    }
    this.counted = null;
  }

  /** Records that the counts now hold every line of `key`. */
  markCounted(key: CountsKey): void {
    this.counted = key;
  }

  /**
   * Adds the lines of `list` from index `from` up to `to` to buffer `into`, each adding
   * `weight` (toLineWeight of its opacity; 1 to count lines; negative to take lines out) at
   * every pixel it passes. Ends are in layout units, x1, y1, x2, y2 per edge in `ends`,
   * mapped to pixels by scale `k` and offset (tx, ty).
   */
  addLines(
    into: LineBuffer,
    ends: Float64Array,
    list: Int32Array,
    from: number,
    to: number,
    weight: number,
    k: number,
    tx: number,
    ty: number,
  ): void {
    const target =
      into === 'depth'
        ? this.depth
        : into === 'confirmed'
          ? this.confirmedCounts
          : this.recalledCounts;
    const { width: w, height: h } = this;
    // One pixel a step along each line; the part outside the buffer is cut off.
    const maxX = w - 0.001;
    const maxY = h - 0.001;
    for (let n = from; n < to; n++) {
      const e = list[n]! * 4;
      let x0 = ends[e]! * k + tx;
      let y0 = ends[e + 1]! * k + ty;
      let x1 = ends[e + 2]! * k + tx;
      let y1 = ends[e + 3]! * k + ty;
      if (
        x0 < 0 ||
        x0 > maxX ||
        y0 < 0 ||
        y0 > maxY ||
        x1 < 0 ||
        x1 > maxX ||
        y1 < 0 ||
        y1 > maxY
      ) {
        // Liang-Barsky: keep the part of the line inside the buffer.
        const dx = x1 - x0;
        const dy = y1 - y0;
        let t0 = 0;
        let t1 = 1;
        let inside = true;
        for (let side = 0; side < 4 && inside; side++) {
          const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
          const q = side === 0 ? x0 : side === 1 ? maxX - x0 : side === 2 ? y0 : maxY - y0;
          if (p === 0) inside = q >= 0;
          else {
            const r = q / p;
            if (p < 0) {
              if (r > t1) inside = false;
              else if (r > t0) t0 = r;
            } else if (r < t0) inside = false;
            else if (r < t1) t1 = r;
          }
        }
        if (!inside) continue;
        x1 = x0 + t1 * dx;
        y1 = y0 + t1 * dy;
        x0 += t0 * dx;
        y0 += t0 * dy;
      }
      const steps = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
      const sx = steps > 0 ? (x1 - x0) / steps : 0;
      const sy = steps > 0 ? (y1 - y0) / steps : 0;
      let x = x0;
      let y = y0;
      for (let step = 0; step <= steps; step++) {
        target[(y | 0) * w + (x | 0)]! += weight;
        x += sx;
        y += sy;
      }
    }
  }

  /**
   * Turns the depth into pixels of one colour: the depth buffer, plus each count times its
   * weight where a weight is not zero.
   */
  paintLines(colour: Rgb, confirmedWeight = 0, recalledWeight = 0): void {
    const rgb = this.pack(colour, 0);
    const shift = this.littleEndian ? 24 : 0;
    const buffers = { depth: this.depth, pixels: this.pixels, opacity: this.opacity };
    if (confirmedWeight === 0 && recalledWeight === 0) paintDepth(buffers, rgb, shift);
    else
      paintDepthAndCounts(
        buffers,
        { confirmed: this.confirmedCounts, recalled: this.recalledCounts },
        { confirmed: confirmedWeight, recalled: recalledWeight },
        rgb,
        shift,
      );
  }

  /**
   * Adds an anti-aliased disc centred on (x, y) of radius `r` (pixels, already mapped),
   * in one colour and opacity, over what is there.
   */
  addDisc(x: number, y: number, r: number, colour: Rgb, alpha: number): void {
    const { width: w, height: h, pixels } = this;
    const reach = r + 0.5;
    const outer2 = reach * reach;
    // Pixels this close to the centre are wholly covered.
    const inner2 = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1;
    const left = Math.max(0, Math.floor(x - reach));
    const right = Math.min(w - 1, Math.floor(x + reach));
    const top = Math.max(0, Math.floor(y - reach));
    const bottom = Math.min(h - 1, Math.floor(y + reach));
    const solid = alpha >= 1 ? this.pack(colour, 255) : 0;
    for (let row = top; row <= bottom; row++) {
      const dy = row + 0.5 - y;
      for (let col = left; col <= right; col++) {
        const dx = col + 0.5 - x;
        const d2 = dx * dx + dy * dy;
        if (d2 >= outer2) continue;
        const p = row * w + col;
        if (d2 <= inner2 && solid) pixels[p] = solid;
        else {
          const cover = d2 <= inner2 ? 1 : Math.min(1, reach - Math.sqrt(d2));
          pixels[p] = this.blend(pixels[p]!, colour, cover * alpha);
        }
      }
    }
  }

  /** Draws the picture onto `target` at its origin, over what is there. */
  drawOnto(target: CanvasRenderingContext2D): void {
    if (!this.image) return;
    this.context.putImageData(this.image, 0, 0);
    target.drawImage(this.canvas, 0, 0);
  }

  private pack(colour: Rgb, alpha: number): number {
    const [r, g, b] = colour;
    return (
      (this.littleEndian
        ? (alpha << 24) | (b << 16) | (g << 8) | r
        : (r << 24) | (g << 16) | (b << 8) | alpha) >>> 0
    );
  }

  /** Source-over of a colour at opacity `sa` on an unpremultiplied pixel. */
  private blend(pixel: number, colour: Rgb, sa: number): number {
    const le = this.littleEndian;
    const da = (le ? pixel >>> 24 : pixel & 255) / 255;
    const keep = da * (1 - sa);
    const out = sa + keep;
    const dr = (pixel >>> (le ? 0 : 24)) & 255;
    const dg = (pixel >>> (le ? 8 : 16)) & 255;
    const db = (pixel >>> (le ? 16 : 8)) & 255;
    const r = ((colour[0] * sa + dr * keep) / out + 0.5) | 0;
    const g = ((colour[1] * sa + dg * keep) / out + 0.5) | 0;
    const b = ((colour[2] * sa + db * keep) / out + 0.5) | 0;
    const a = (out * 255 + 0.5) | 0;
    return (le ? (a << 24) | (b << 16) | (g << 8) | r : (r << 24) | (g << 16) | (b << 8) | a) >>> 0;
  }
}

/** The buffers a picture is painted from and into. */
interface PaintBuffers {
  depth: Float32Array;
  pixels: Uint32Array;
  opacity: Uint8Array;
}

/*
 * The two passes over every pixel below are loop-only functions, not two branches of one
 * (see app/views/README.md, "Loops over every edge").
 */

/** Each pixel in colour `rgb` (packed, alpha 0), at the opacity its depth gives. */
function paintDepth({ depth, pixels, opacity }: PaintBuffers, rgb: number, shift: number): void {
  const scale = DEPTH_STEPS / DEPTH_MAX;
  for (let p = 0; p < depth.length; p++) {
    const step = (depth[p]! * scale) | 0;
    pixels[p] = step <= 0 ? 0 : (rgb | (opacity[Math.min(DEPTH_STEPS, step)]! << shift)) >>> 0;
  }
}

/** As paintDepth, with each count of lines times its weight added to the depth. */
function paintDepthAndCounts(
  { depth, pixels, opacity }: PaintBuffers,
  counts: { confirmed: Float32Array; recalled: Float32Array },
  weights: { confirmed: number; recalled: number },
  rgb: number,
  shift: number,
): void {
  const scale = DEPTH_STEPS / DEPTH_MAX;
  const { confirmed, recalled } = counts;
  const confirmedWeight = weights.confirmed;
  const recalledWeight = weights.recalled;
  for (let p = 0; p < depth.length; p++) {
    const d = depth[p]! + confirmedWeight * confirmed[p]! + recalledWeight * recalled[p]!;
    // Counts times weights, less the lines taken out, can leave a hair above or below nothing.
    const step = (d * scale) | 0;
    pixels[p] = step <= 0 ? 0 : (rgb | (opacity[Math.min(DEPTH_STEPS, step)]! << shift)) >>> 0;
  }
}
