import { revisions } from './revisions';

export default { revisions };
