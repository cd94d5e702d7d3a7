/**
 * Where a radar chart's points go: one spoke per axis, the first straight up,
 * the others clockwise at equal angles; a value from 0 to 1 is its distance
 * from the centre as a share of the radius.
 */
export interface Point { x: number; y: number }

export interface RadarFrame { cx: number; cy: number; radius: number; spokes: number }

export function spokePoint(frame: RadarFrame, index: number, share: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / frame.spokes;
  const r = frame.radius * Math.max(0, Math.min(1, share));
  return { x: frame.cx + r * Math.cos(angle), y: frame.cy + r * Math.sin(angle) };
}

/** The `points` attribute of a polygon through one value per spoke. */
export function polygonPoints(frame: RadarFrame, shares: number[]): string {
  return shares.map((share, i) => spokePoint(frame, i, share)).map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** Labels sit beyond the spoke's end, anchored away from the centre so they never cross it. */
export function labelAnchor(frame: RadarFrame, index: number): Point & { anchor: 'start' | 'middle' | 'end' } {
  const p = spokePoint(frame, index, 1);
  const dx = p.x - frame.cx;
  const out = 14;
  const length = Math.hypot(dx, p.y - frame.cy) || 1;
  const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
  return { x: p.x + (dx / length) * out, y: p.y + ((p.y - frame.cy) / length) * out + 4, anchor };
}
