import type { Area } from '../area';

/** TODO(moderation helper): this area's parts. */
const area: Area = {};

export default area;
