import type { Area } from '../area';

/** TODO(members helper): this area's parts. */
const area: Area = {};

export default area;
