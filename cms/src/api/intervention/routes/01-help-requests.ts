import { limitPerAddress } from '../../../public-requests/rate-limit';

/**
 * Public doors of interventions, for people without an account: no login (`auth: false`; the
 * Public role keeps no permission on interventions), each rate-limited per client address. The
 * file sorts before the core router so /suivi is not read as a documentId.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/interventions/demandes',
      handler: 'help-request.create',
      config: { auth: false, middlewares: [limitPerAddress('help')] },
    },
    {
      method: 'GET',
      path: '/interventions/suivi',
      handler: 'help-request.track',
      config: { auth: false, middlewares: [limitPerAddress('tracking', 6)] },
    },
  ],
};
