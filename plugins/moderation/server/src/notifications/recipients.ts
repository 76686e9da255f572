/**
 * Who hears of a reply: the topic's author and everyone with a published post in the topic, once
 * each, except the one who wrote it, members who are banned or gone, and those who turned reply
 * notifications off. (Unsubscribed from the topic and throttling are per topic: see throttle.ts.)
 */
export interface Member {
  id: number;
  documentId: string;
  email: string | null;
  username: string;
  banned?: boolean | null;
  blocked?: boolean | null;
  deletedAt?: string | null;
  notifyReplies?: boolean | null;
}

export function replyRecipients(replier: { id: number } | null, topicAuthor: Member | null, posters: (Member | null)[]): Member[] {
  const seen = new Set<number>(replier ? [replier.id] : []);
  const recipients: Member[] = [];
  for (const member of [topicAuthor, ...posters]) {
    if (!member || seen.has(member.id)) continue;
    seen.add(member.id);
    if (!member.email || member.banned || member.blocked || member.deletedAt) continue;
    // Unset on accounts made before the field existed: on, as its default says.
    if (member.notifyReplies === false) continue;
    recipients.push(member);
  }
  return recipients;
}
