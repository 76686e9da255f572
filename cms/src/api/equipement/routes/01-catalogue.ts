import { limitPerAddress } from '../../../public-requests/rate-limit';

/** The public catalogue (no login: the Public role keeps no permission on equipment, this route shows only public fields). */
export default {
  routes: [
    { method: 'GET', path: '/equipements/catalogue', handler: 'catalogue.find', config: { auth: false, middlewares: [limitPerAddress('catalogue', 30)] } },
  ],
};
