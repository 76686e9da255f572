import type { Core } from '@strapi/strapi';
import type { DigestPreview, IssueSummary, Language } from '../../../shared/contracts';
import { countBySection } from '../digest/content';
import { compileLetter, type CompiledLetter } from '../digest/letter';
import { createLinks } from '../digest/links';
import { digestPeriod } from '../digest/period';
import { STRINGS } from '../digest/strings';
import { sendMail } from '../sending/email';
import { getConfig } from '../utils/get-config';
import { getService } from '../utils/get-service';

/** What the admin page shows and does besides starting a run. */
export const preview = ({ strapi }: { strapi: Core.Strapi }) => {
  async function nextLetter(locale: Language, now: Date): Promise<CompiledLetter> {
    const config = getConfig(strapi);
    const content = await getService(strapi, 'collector').collect(locale, digestPeriod(now, config.periodDays, config.eventDays));
    return compileLetter(content, { webUrl: null, subscribeUrl: createLinks(config.siteUrl, config.apiUrl).letterSubscribe(locale) });
  }

  return {
    /** The next letter as it stands now, every item in it. */
    async next(locale: Language, now = new Date()): Promise<DigestPreview> {
      const letter = await nextLetter(locale, now);
      return {
        locale,
        ...letter.full(),
        periodStart: letter.content.periodStart,
        periodEnd: letter.content.periodEnd,
        counts: countBySection(letter.content.items),
      };
    },

    /** The next letter, complete, to one address; its footer links lead to the subscription form. */
    async sendTest(email: string, locale: Language, now = new Date()): Promise<void> {
      const letter = await nextLetter(locale, now);
      const form = createLinks(getConfig(strapi).siteUrl, getConfig(strapi).apiUrl).letterSubscribe(locale);
      const message = letter.render(letter.content.items, { preferencesUrl: form, unsubscribeUrl: form });
      await sendMail(strapi, { to: email, ...message, subject: `${STRINGS[locale].testPrefix}${message.subject}` });
    },

    /** The last issues, newest first, with their deliveries counted by status. */
    async issues(): Promise<IssueSummary[]> {
      const list = await getService(strapi, 'issues').list();
      const counts = await getService(strapi, 'deliveries').counts(list.map((issue) => issue.id));
      return list.map((issue) => ({
        id: issue.id,
        issueKey: issue.issueKey,
        status: issue.status,
        trigger: issue.trigger,
        periodStart: issue.periodStart,
        periodEnd: issue.periodEnd,
        startedAt: issue.startedAt,
        finishedAt: issue.finishedAt,
        counts: counts.get(issue.id)!,
        lettres: issue.lettres ?? {},
      }));
    },
  };
};

export type PreviewService = ReturnType<typeof preview>;
