// Draws the app's icons from the shield mark: the Teams colour icon (192 px, full colour), the
// Teams outline icon (32 px, white on transparent) and the Outlook add-in's icons (transparent).
import { ACCENT_COLOR } from '../build-manifest';
import type { AddinIconSize } from '../package-layout';
import { encodePng } from './png';
import { CHECK, distanceToLine, isInside, SHIELD, type Point } from './shield';

type Rgba = readonly [number, number, number, number];

const TRANSPARENT: Rgba = [0, 0, 0, 0];
const WHITE: Rgba = [255, 255, 255, 255];
const ACCENT: Rgba = hexColor(ACCENT_COLOR);

/** Which colour a point of the unit square gets. */
type Painter = (p: Point) => Rgba;

const CHECK_PEN = 0.045;

/** Colour icon: the shield in white on the accent colour, the check in the accent colour. */
const colorPainter: Painter = (p) => {
  if (distanceToLine(p, CHECK, false) < CHECK_PEN) return ACCENT;
  return isInside(p, SHIELD) ? WHITE : ACCENT;
};

/** Outline icon: the shield's edge and the check in white, everything else transparent. */
const outlinePainter: Painter = (p) => {
  if (distanceToLine(p, CHECK, false) < 0.06) return WHITE;
  return isInside(p, SHIELD) && distanceToLine(p, SHIELD, true) < 0.07 ? WHITE : TRANSPARENT;
};

/** Add-in icon: the shield in the accent colour with a white check, on transparent. */
const addinPainter: Painter = (p) => {
  if (!isInside(p, SHIELD)) return TRANSPARENT;
  return distanceToLine(p, CHECK, false) < 0.055 ? WHITE : ACCENT;
};

export const renderColorIcon = (): Buffer => render(192, colorPainter);
export const renderOutlineIcon = (): Buffer => render(32, outlinePainter);
export const renderAddinIcon = (size: AddinIconSize): Buffer => render(size, addinPainter);

/** Renders with 4×4 samples per pixel, so edges are smooth at 16 px too. */
function render(size: number, paint: Painter): Buffer {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint([
            (x + (sx + 0.5) / samples) / size,
            (y + (sy + 0.5) / samples) / size,
          ]);
          // Premultiplied, so transparent samples do not darken the edge.
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const offset = (y * size + x) * 4;
      if (a > 0) {
        rgba[offset] = Math.round(r / a);
        rgba[offset + 1] = Math.round(g / a);
        rgba[offset + 2] = Math.round(b / a);
      }
      rgba[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function hexColor(hex: string): Rgba {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, 255];
}
