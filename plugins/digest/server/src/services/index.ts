import { collector } from './collector';
import { deliveries } from './deliveries';
import { issues } from './issues';
import { lock } from './lock';
import { preview } from './preview';
import { rateLimiter } from './rate-limiter';
import { runner } from './runner';
import { signing } from './signing';
import { subscriptions } from './subscriptions';

export default {
  subscriptions,
  signing,
  'rate-limiter': rateLimiter,
  collector,
  issues,
  deliveries,
  lock,
  runner,
  preview,
};
