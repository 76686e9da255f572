import admin from './admin';
import subscriptions from './subscriptions';

export default { subscriptions, admin };
