import { describe, expect, it } from 'vitest';
import { labelAnchor, polygonPoints, spokePoint } from './radar-geometry.ts';

const frame = { cx: 100, cy: 100, radius: 50, spokes: 3 };

describe('the radar\'s geometry', () => {
  it('puts the first axis straight up and the others clockwise, a share of the radius out', () => {
    expect(spokePoint(frame, 0, 1)).toEqual({ x: 100, y: 50 });
    const skill = spokePoint(frame, 1, 0.5);
    expect(skill.x).toBeCloseTo(100 + 25 * Math.cos(Math.PI / 6));
    expect(skill.y).toBeCloseTo(100 + 25 * Math.sin(Math.PI / 6));
    expect(spokePoint(frame, 2, 1).x).toBeLessThan(100);
  });

  it('keeps a level outside 0 to 1 on the chart', () => {
    expect(spokePoint(frame, 0, 1.4)).toEqual(spokePoint(frame, 0, 1));
    expect(spokePoint(frame, 1, -0.2)).toEqual({ x: 100, y: 100 });
  });

  it('draws a polygon through one point per axis', () => {
    expect(polygonPoints(frame, [1, 0, 0])).toBe('100.0,50.0 100.0,100.0 100.0,100.0');
  });

  it('anchors labels away from the centre', () => {
    expect(labelAnchor(frame, 0).anchor).toBe('middle');
    expect(labelAnchor(frame, 1).anchor).toBe('start');
    expect(labelAnchor(frame, 2).anchor).toBe('end');
  });
});
