import workflow from './workflow';

export default { workflow };
