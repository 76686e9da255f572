import type { Area } from '../area';

/** TODO(forum helper): this area's parts. */
const area: Area = {};

export default area;
