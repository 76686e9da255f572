import { limitPerAddress } from '../../../public-requests/rate-limit';

/** The public loan request (no login: the Public role keeps no permission on loans), rate-limited per client address. */
export default {
  routes: [{ method: 'POST', path: '/prets/demandes', handler: 'loan-request.create', config: { auth: false, middlewares: [limitPerAddress('loan')] } }],
};
