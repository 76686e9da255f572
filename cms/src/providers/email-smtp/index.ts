import nodemailerProvider from '@strapi/provider-email-nodemailer';

type ProviderOptions = Parameters<typeof nodemailerProvider.init>[0];
type Settings = Parameters<typeof nodemailerProvider.init>[1];
type SendOptions = Parameters<ReturnType<typeof nodemailerProvider.init>['send']>[0];

/** nodemailer's pool size when none is given. */
const NODEMAILER_MAX_CONNECTIONS = 5;

const closedByServer = (error: unknown) => (error as { responseCode?: number }).responseCode === 421;

/**
 * Strapi's email provider when an SMTP server is set (cms/config/plugins.ts): the official
 * nodemailer provider, on a pool of connections every sender shares, which sends a message again
 * when the server answered it 421.
 *
 * A server closes a connection left idle past its own timeout (smtp-server's 60 s, Postfix's
 * `smtpd_timeout`) with a 421. Most often nodemailer sees the connection go and drops it; but a
 * command sent on it at that moment gets the 421 as its answer, and the pool fails the message
 * instead of sending it on another connection, as it does when a connection closes mid-send.
 * RFC 5321 makes 421 transient: the server took nothing, so sending again cannot send twice.
 * Each 421 costs the pool the connection it came on, so after as many tries as the pool has
 * connections, the next one is new; a server that answers a new connection 421 too (it is
 * shutting down) gets no more tries, and the sender sees its error.
 */
export function init(providerOptions: ProviderOptions, settings: Settings) {
  const provider = nodemailerProvider.init(providerOptions, settings);
  const connections = Number((providerOptions as { maxConnections?: number }).maxConnections ?? NODEMAILER_MAX_CONNECTIONS);
  return {
    async send(message: SendOptions) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await provider.send(message);
        } catch (error) {
          if (!closedByServer(error) || attempt >= connections) throw error;
        }
      }
    },
  };
}
