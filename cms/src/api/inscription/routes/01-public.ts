import { limitPerAddress } from '../../../public-requests/rate-limit';

/**
 * Public doors of registrations, for people without an account: no login (`auth: false`; the
 * Public role holds no permission on registrations), each rate-limited per client address. The
 * file sorts before the core router so /annulation is not read as a documentId.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/inscriptions/demandes',
      handler: 'registration.register',
      config: { auth: false, middlewares: [limitPerAddress('registration')] },
    },
    {
      method: 'GET',
      path: '/inscriptions/annulation',
      handler: 'registration.cancelPage',
      config: { auth: false, middlewares: [limitPerAddress('registration-cancel', 6)] },
    },
    {
      method: 'POST',
      path: '/inscriptions/annulation',
      handler: 'registration.cancel',
      config: { auth: false, middlewares: [limitPerAddress('registration-cancel', 6)] },
    },
  ],
};
