import type { Area } from '../area';
import flag from './content-types/flag';
import forum from './controllers/forum';
import { rateLimit, rateLimiter } from './rate-limit';
import { forumRoutes } from './routes';
import { forumFlags } from './services/flags';
import { forumPosting } from './services/posting';
import { forumReading } from './services/reading';

/**
 * Topics, posts and flags: the public reads of the forum (published only), members' writes with
 * pre-moderation, flags that hide a post at the threshold. Topics and posts are the app's
 * api::sujet / api::message types; flags are this plugin's.
 */
const area: Area = {
  contentTypes: { flag },
  controllers: { forum },
  services: {
    'forum-reading': forumReading,
    'forum-posting': forumPosting,
    'forum-flags': forumFlags,
    'rate-limiter': rateLimiter,
  },
  middlewares: { 'forum-rate-limit': rateLimit },
  routes: { contentApi: forumRoutes },
};

export default area;
