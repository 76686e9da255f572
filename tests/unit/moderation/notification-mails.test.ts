import { describe, expect, it } from 'vitest';
import { replyMail } from '../../../plugins/moderation/server/src/notifications/mails/reply';
import { rejectionMail } from '../../../plugins/moderation/server/src/notifications/mails/rejection';

const reply = (over: Partial<Parameters<typeof replyMail>[0]> = {}) =>
  replyMail({
    recipientName: 'Anne',
    replierName: 'Yann',
    topicTitle: 'Imprimante <b>HS</b>',
    topicUrl: 'https://site.example/forum/sujet/imprimante/',
    body: 'Essayez **ceci** : [le pilote](https://example.org/pilote).',
    unsubscribeTopicUrl: 'https://cms.example/api/forum/unsubscribe?token=t1',
    unsubscribeAllUrl: 'https://cms.example/api/forum/unsubscribe?token=t2',
    hours: 24,
    ...over,
  });

describe('forum notification mails', () => {
  it("should escape a member's markup in the HTML part", () => {
    const { html } = reply({ topicTitle: '<img src=x onerror=alert(1)>', replierName: '<script>x</script>' });

    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it("should give the post's words as plain text, not Markdown", () => {
    expect(reply().text).toContain('Essayez ceci : le pilote (https://example.org/pilote).');
  });

  it('should keep a title on one line in the subject and the text part', () => {
    const mail = reply({ topicTitle: 'Titre\nLien : https://faux.example' });

    expect(mail.subject).toBe('Nouvelle réponse dans « Titre Lien : https://faux.example »');
    expect(mail.text).not.toMatch(/^Lien : https:\/\/faux/m);
  });

  it('should carry the one-click unsubscription headers of RFC 8058 for the topic', () => {
    expect(reply().headers).toEqual({
      'List-Unsubscribe': '<https://cms.example/api/forum/unsubscribe?token=t1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it("should give the moderator's reason to the author, escaped", () => {
    const mail = rejectionMail({ recipientName: 'Anne', topicTitle: 'Sujet', topicUrl: null, body: 'Mon message', reason: 'Hors sujet <ici>' });

    expect(mail.text).toContain('Hors sujet <ici>');
    expect(mail.html).toContain('Hors sujet &lt;ici&gt;');
  });
});
