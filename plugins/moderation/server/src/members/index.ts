import type { Area } from '../area';
import { membersController } from './controller';
import { membersRoutes } from './routes';
import { membersService } from './service';

/**
 * Members' accounts: their own profile (/api/forum/me), public pages (/api/forum/members/:id) and
 * the `members` service the other areas ask (publicAuthor, isBanned, approvedPosts, endSessions).
 * Sign-up, log-in and sessions are users-permissions' own (cms/src/extensions/users-permissions).
 */
const area: Area = {
  controllers: { members: membersController },
  services: { members: membersService },
  routes: { contentApi: membersRoutes },
};

export default area;
