import notification from './notification';
import transition from './transition';

export default { transition, notification };
