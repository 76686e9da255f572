import type { Area } from '../area';

/** TODO(notifications helper): this area's parts. */
const area: Area = {};

export default area;
