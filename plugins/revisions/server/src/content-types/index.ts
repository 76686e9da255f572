import revision from './revision';

export default { revision };
