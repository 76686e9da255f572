/**
 * The directory's map, computed at build time: latitude and longitude projected to SVG coordinates
 * with Web Mercator (the projection of map tiles, so the same points sit right on a tile
 * background when one is configured), label placement, and the tiles covering the view.
 */

export interface LonLat {
  lon: number;
  lat: number;
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A view: a zoom level and the world-pixel square at its top-left corner. */
export interface Viewport {
  zoom: number;
  /** World pixel coordinates (at `zoom`) of the SVG's origin. */
  x0: number;
  y0: number;
  width: number;
  height: number;
}

const TILE = 256;
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/** World pixel coordinates of a point at a zoom level (256-pixel tiles). */
export function worldPixel({ lon, lat }: LonLat, zoom: number): { x: number; y: number } {
  const size = TILE * 2 ** zoom;
  const phi = (Math.max(-85.05112878, Math.min(85.05112878, lat)) * Math.PI) / 180;
  return {
    x: ((lon + 180) / 360) * size,
    y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size,
  };
}

/** The view that frames `bounds` at `zoom`, widened to hold every point given. */
export function viewportFor(bounds: Bounds, zoom: number, points: LonLat[] = [], margin = 0.03): Viewport {
  const lons = [bounds.west, bounds.east, ...points.map((p) => p.lon - margin), ...points.map((p) => p.lon + margin)];
  const lats = [bounds.south, bounds.north, ...points.map((p) => p.lat - margin), ...points.map((p) => p.lat + margin)];
  const topLeft = worldPixel({ lon: Math.min(...lons), lat: Math.max(...lats) }, zoom);
  const bottomRight = worldPixel({ lon: Math.max(...lons), lat: Math.min(...lats) }, zoom);
  const x0 = Math.floor(topLeft.x);
  const y0 = Math.floor(topLeft.y);
  return { zoom, x0, y0, width: Math.ceil(bottomRight.x) - x0, height: Math.ceil(bottomRight.y) - y0 };
}

/** A point's SVG coordinates in a view, rounded to a tenth of a pixel. */
export function project(point: LonLat, view: Viewport): { x: number; y: number } {
  const { x, y } = worldPixel(point, view.zoom);
  return { x: Math.round((x - view.x0) * 10) / 10, y: Math.round((y - view.y0) * 10) / 10 };
}

/** An SVG path ("M… L… Z") through a ring of points. */
export function pathOf(ring: LonLat[], view: Viewport): string {
  return `${ring
    .map((p, i) => {
      const { x, y } = project(p, view);
      return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
    })
    .join(' ')} Z`;
}

/** Metres per SVG pixel at a latitude: for the scale bar. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
}

export interface Tile {
  url: string;
  /** Where the tile's top-left corner falls in the view. */
  x: number;
  y: number;
  size: number;
}

/** The tiles that cover a view, from a template with {z}, {x}, {y} (and optionally {s}). */
export function tilesFor(view: Viewport, template: string): Tile[] {
  const tiles: Tile[] = [];
  const first = { x: Math.floor(view.x0 / TILE), y: Math.floor(view.y0 / TILE) };
  const last = { x: Math.floor((view.x0 + view.width - 1) / TILE), y: Math.floor((view.y0 + view.height - 1) / TILE) };
  for (let ty = first.y; ty <= last.y; ty += 1) {
    for (let tx = first.x; tx <= last.x; tx += 1) {
      const url = template
        .replace('{z}', String(view.zoom))
        .replace('{x}', String(tx))
        .replace('{y}', String(ty))
        .replace('{s}', 'abc'[(tx + ty) % 3]);
      tiles.push({ url, x: tx * TILE - view.x0, y: ty * TILE - view.y0, size: TILE });
    }
  }
  return tiles;
}

export interface Label {
  text: string;
  /** The point it names, in SVG coordinates. */
  x: number;
  y: number;
}

export interface PlacedLabel extends Label {
  /** Where the text is anchored, and how. */
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places each label beside its point (right, left, above, below: the first spot that overlaps
 * neither a point nor a label already placed, and stays in the view), so that neighbouring
 * communes stay readable. Text width is estimated from its length; a label that fits nowhere
 * takes the first spot inside the view.
 */
export function placeLabels(
  labels: Label[],
  view: Pick<Viewport, 'width' | 'height'>,
  { fontSize, points = [], radius = 8, gap = 10 }: { fontSize: number; points?: { x: number; y: number }[]; radius?: number; gap?: number },
): PlacedLabel[] {
  const placed: Box[] = points.map((p) => ({ left: p.x - radius, right: p.x + radius, top: p.y - radius, bottom: p.y + radius }));
  const charWidth = fontSize * 0.58;
  return labels.map((label) => {
    const width = label.text.length * charWidth;
    const candidates: { tx: number; ty: number; anchor: PlacedLabel['anchor']; box: Box }[] = [
      {
        tx: label.x + gap,
        ty: label.y + fontSize * 0.35,
        anchor: 'start',
        box: { left: label.x + gap, right: label.x + gap + width, top: label.y - fontSize * 0.65, bottom: label.y + fontSize * 0.45 },
      },
      {
        tx: label.x - gap,
        ty: label.y + fontSize * 0.35,
        anchor: 'end',
        box: { left: label.x - gap - width, right: label.x - gap, top: label.y - fontSize * 0.65, bottom: label.y + fontSize * 0.45 },
      },
      {
        tx: label.x,
        ty: label.y - gap,
        anchor: 'middle',
        box: { left: label.x - width / 2, right: label.x + width / 2, top: label.y - gap - fontSize, bottom: label.y - gap },
      },
      {
        tx: label.x,
        ty: label.y + gap + fontSize * 0.8,
        anchor: 'middle',
        box: { left: label.x - width / 2, right: label.x + width / 2, top: label.y + gap, bottom: label.y + gap + fontSize },
      },
    ];
    const inView = (b: Box) => b.left >= 0 && b.top >= 0 && b.right <= view.width && b.bottom <= view.height;
    const choice = candidates.find((c) => inView(c.box) && !placed.some((p) => overlaps(p, c.box))) ?? candidates.find((c) => inView(c.box)) ?? candidates[0];
    placed.push(choice.box);
    return { ...label, tx: Math.round(choice.tx * 10) / 10, ty: Math.round(choice.ty * 10) / 10, anchor: choice.anchor };
  });
}
