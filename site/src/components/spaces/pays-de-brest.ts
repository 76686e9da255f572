import type { Bounds, LonLat } from '../../lib/map';

/**
 * A schematic outline of the Pays de Brest, drawn by hand from approximate coordinates: the
 * mainland's coast (with the Rade de Brest cut out: the outline follows its shore) and inland
 * limit, and Ouessant. It is for orientation only: rivers, small islands and most inlets are
 * left out, and the map says so.
 */
const ring = (points: [number, number][]): LonLat[] => points.map(([lon, lat]) => ({ lon, lat }));

/** The coast, from the Côte des Légendes round to the Baie de Douarnenez. */
const COAST: [number, number][] = [
  // North coast, Côte des Légendes to the Abers, east to west
  [-4.27, 48.66],
  [-4.33, 48.675],
  [-4.4, 48.665],
  [-4.45, 48.645],
  [-4.52, 48.635],
  [-4.57, 48.605],
  [-4.63, 48.6],
  [-4.69, 48.585],
  [-4.73, 48.565],
  [-4.77, 48.54],
  // West coast, Porspoder to the Pointe Saint-Mathieu
  [-4.78, 48.5],
  [-4.79, 48.46],
  [-4.8, 48.42],
  [-4.77, 48.37],
  [-4.77, 48.33],
  // The Goulet's north shore, Brest, then around the Rade: Plougastel, Daoulas, the Aulne, Lanvéoc
  [-4.68, 48.335],
  [-4.61, 48.337],
  [-4.55, 48.36],
  [-4.5, 48.378],
  [-4.44, 48.39],
  [-4.39, 48.4],
  [-4.38, 48.385],
  [-4.43, 48.36],
  [-4.42, 48.33],
  [-4.35, 48.33],
  [-4.3, 48.34],
  [-4.27, 48.35],
  [-4.3, 48.315],
  [-4.25, 48.31],
  [-4.22, 48.285],
  [-4.27, 48.29],
  [-4.33, 48.29],
  [-4.4, 48.295],
  [-4.47, 48.31],
  [-4.52, 48.33],
  [-4.56, 48.355],
  // The Crozon peninsula's west coast
  [-4.57, 48.32],
  [-4.6, 48.29],
  [-4.63, 48.275],
  [-4.62, 48.25],
  [-4.56, 48.24],
  [-4.55, 48.18],
  // Baie de Douarnenez: Morgat, Telgruc, the Porzay
  [-4.51, 48.2],
  [-4.49, 48.225],
  [-4.4, 48.22],
  [-4.33, 48.2],
  [-4.28, 48.17],
  [-4.27, 48.14],
  [-4.29, 48.1],
];

/** The inland limit with the rest of Finistère, south to north. */
const INLAND: [number, number][] = [
  [-4.2, 48.08],
  [-4.08, 48.1],
  [-3.98, 48.13],
  [-3.88, 48.15],
  [-3.85, 48.25],
  [-3.92, 48.31],
  [-4.05, 48.33],
  [-4.06, 48.4],
  [-4.02, 48.43],
  [-4.12, 48.5],
  [-4.18, 48.55],
  [-4.22, 48.6],
];

export const MAINLAND = ring([...COAST, ...INLAND]);

/** The rest of Finistère around it (Léon, Monts d'Arrée, Cap Sizun), drawn in a paler tone, beyond the frame's edges. */
export const NEIGHBOURS = ring([
  [-4.27, 48.66],
  [-4.1, 48.69],
  [-3.95, 48.7],
  [-3.6, 48.7],
  [-3.6, 47.95],
  [-4.75, 47.95],
  [-4.75, 48.05],
  [-4.6, 48.08],
  [-4.45, 48.095],
  [-4.33, 48.095],
  [-4.29, 48.1],
  ...INLAND,
]);

export const ISLANDS = [
  // Ouessant
  ring([
    [-5.145, 48.455],
    [-5.14, 48.475],
    [-5.1, 48.478],
    [-5.05, 48.472],
    [-5.04, 48.455],
    [-5.07, 48.44],
    [-5.11, 48.445],
  ]),
];

/** What the map frames, whatever the data: the whole area, Ouessant included. */
export const AREA: Bounds = { west: -5.2, south: 48.06, east: -3.78, north: 48.72 };

/** Web Mercator zoom of the SVG's coordinates (and of tiles, when a tile server is configured). */
export const ZOOM = 10;
