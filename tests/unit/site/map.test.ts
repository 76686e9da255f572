import { describe, expect, it } from 'vitest';
import { metresPerPixel, pathOf, placeLabels, project, tilesFor, viewportFor, worldPixel } from '../../../site/src/lib/map';

const AREA = { west: -5.2, south: 48.06, east: -3.78, north: 48.72 };

describe('the map projection', () => {
  it('should place the origin of Web Mercator at the centre of the world', () => {
    expect(worldPixel({ lon: 0, lat: 0 }, 0)).toEqual({ x: 128, y: 128 });
    expect(worldPixel({ lon: 0, lat: 0 }, 1)).toEqual({ x: 256, y: 256 });
  });

  it('should put Brest in its OpenStreetMap tile at zoom 10', () => {
    const { x, y } = worldPixel({ lon: -4.4861, lat: 48.3904 }, 10);

    expect([Math.floor(x / 256), Math.floor(y / 256)]).toEqual([499, 354]);
  });

  it('should map the north-west corner of the view to the SVG origin and the south-east to its size', () => {
    const view = viewportFor(AREA, 10);

    const nw = project({ lon: AREA.west, lat: AREA.north }, view);
    const se = project({ lon: AREA.east, lat: AREA.south }, view);

    expect(nw.x).toBeGreaterThanOrEqual(0);
    expect(nw.x).toBeLessThanOrEqual(1);
    expect(nw.y).toBeGreaterThanOrEqual(0);
    expect(nw.y).toBeLessThanOrEqual(1);
    expect(Math.abs(se.x - view.width)).toBeLessThan(1);
    expect(Math.abs(se.y - view.height)).toBeLessThan(1);
  });

  it('should draw east to the right and north upwards', () => {
    const view = viewportFor(AREA, 10);

    const brest = project({ lon: -4.49, lat: 48.39 }, view);
    const landerneau = project({ lon: -4.25, lat: 48.45 }, view);

    expect(landerneau.x).toBeGreaterThan(brest.x);
    expect(landerneau.y).toBeLessThan(brest.y);
  });

  it('should widen the view to hold a point outside the area', () => {
    const far = { lon: -3.5, lat: 48.1 };

    const view = viewportFor(AREA, 10, [far]);
    const { x } = project(far, view);

    expect(view.width).toBeGreaterThan(viewportFor(AREA, 10).width);
    expect(x).toBeLessThan(view.width);
  });

  it('should keep the x/y ratio of the ground at this latitude (no squashed map)', () => {
    const view = viewportFor(AREA, 10);
    // 0.1° of latitude is about 11.1 km; 0.1° of longitude at 48.4° N about 7.4 km.
    const a = project({ lon: -4.5, lat: 48.4 }, view);
    const b = project({ lon: -4.4, lat: 48.5 }, view);

    const km = (px: number) => (px * metresPerPixel(48.45, 10)) / 1000;
    expect(km(b.x - a.x)).toBeCloseTo(7.4, 0);
    expect(km(a.y - b.y)).toBeCloseTo(11.1, 0);
  });

  it('should give the ground resolution of a zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156543.03, 1);
  });

  it('should write a closed SVG path through a ring', () => {
    const view = viewportFor(AREA, 10);

    expect(
      pathOf(
        [
          { lon: -4.5, lat: 48.4 },
          { lon: -4.4, lat: 48.4 },
          { lon: -4.4, lat: 48.5 },
        ],
        view,
      ),
    ).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+ Z$/);
  });
});

describe('the tile background', () => {
  it('should list every tile under the view, with the template filled in', () => {
    const view = viewportFor(AREA, 10);

    const tiles = tilesFor(view, 'https://tiles.example/{z}/{x}/{y}.png');
    const columns = Math.floor((view.x0 + view.width - 1) / 256) - Math.floor(view.x0 / 256) + 1;
    const rows = Math.floor((view.y0 + view.height - 1) / 256) - Math.floor(view.y0 / 256) + 1;

    expect(tiles).toHaveLength(columns * rows);
    expect(tiles.map((t) => t.url)).toContain('https://tiles.example/10/499/354.png');
    expect(Math.min(...tiles.map((t) => t.x))).toBeLessThanOrEqual(0);
    expect(Math.max(...tiles.map((t) => t.x + t.size))).toBeGreaterThanOrEqual(view.width);
  });
});

describe('the commune labels', () => {
  const view = { width: 400, height: 300 };

  it('should put a label to the right of its point when there is room', () => {
    const [label] = placeLabels([{ text: 'Brest', x: 100, y: 100 }], view, { fontSize: 16 });

    expect(label.anchor).toBe('start');
    expect(label.tx).toBeGreaterThan(100);
  });

  it('should move a label that would cover a neighbour', () => {
    const [first, second] = placeLabels(
      [
        { text: 'Guipavas', x: 100, y: 100 },
        { text: 'Le Relecq-Kerhuon', x: 100, y: 108 },
      ],
      view,
      { fontSize: 16 },
    );

    expect(first.anchor).toBe('start');
    expect(second.anchor).not.toBe('start');
  });

  it('should put a label to the left of a point near the right edge', () => {
    const [label] = placeLabels([{ text: 'Pleyben', x: 390, y: 100 }], view, { fontSize: 16 });

    expect(label.anchor).toBe('end');
  });
});
