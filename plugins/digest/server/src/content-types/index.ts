import delivery from './delivery';
import issue from './issue';
import lock from './lock';

/**
 * The digest's own bookkeeping. Subscribers (api::abonne.abonne) and archived letters
 * (api::lettre.lettre) belong to the app's content model.
 */
export default { issue, delivery, lock };
