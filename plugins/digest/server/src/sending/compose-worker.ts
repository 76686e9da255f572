/**
 * The digest's composing thread (sending/composer.ts): builds each message's bytes on the
 * machine's other core while the CMS's main thread renders, records and talks SMTP.
 */
import { answerRequests } from '@reseau-epn/platform/worker-thread';
import { composeMessage } from './compose';

answerRequests(composeMessage);
