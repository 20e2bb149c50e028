// The Privacywacht mark — a shield with a check mark — as geometry in a unit square, so every icon
// size is drawn from one shape.

export type Point = readonly [number, number];

/** The shield's outline, clockwise, in a unit square (0,0 top left). */
export const SHIELD: readonly Point[] = shieldOutline();

/** The check mark as a polyline, drawn with a round pen. */
export const CHECK: readonly Point[] = [
  [0.36, 0.5],
  [0.46, 0.61],
  [0.65, 0.38],
];

function shieldOutline(): Point[] {
  const top: Point[] = [
    [0.2, 0.2],
    [0.5, 0.12],
    [0.8, 0.2],
    [0.8, 0.5],
  ];
  // The lower half curves to the point at the bottom: quadratic Béziers on both sides.
  const right = bezier([0.8, 0.5], [0.8, 0.76], [0.5, 0.9]);
  const left = bezier([0.5, 0.9], [0.2, 0.76], [0.2, 0.5]);
  return [...top, ...right.slice(1), ...left.slice(1)];
}

function bezier(from: Point, control: Point, to: Point, steps = 16): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([
      a * from[0] + b * control[0] + c * to[0],
      a * from[1] + b * control[1] + c * to[1],
    ]);
  }
  return points;
}

/** Even-odd rule: is `p` inside the closed polygon? */
export function isInside(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

/** Shortest distance from `p` to the segments of a polyline (closed: back to its start). */
export function distanceToLine(p: Point, line: readonly Point[], closed: boolean): number {
  let best = Infinity;
  const count = closed ? line.length : line.length - 1;
  for (let i = 0; i < count; i++) {
    const a = line[i] as Point;
    const b = line[(i + 1) % line.length] as Point;
    best = Math.min(best, distanceToSegment(p, a, b));
  }
  return best;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
