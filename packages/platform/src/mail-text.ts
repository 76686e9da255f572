/**
 * What people wrote, on its way into a mail or a page the server writes itself: one escaping for
 * HTML, one flattening for plain-text lines. The letter, the forum's notifications, the request
 * forms, the registrations and the admin's mails all use these two.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For text and attribute values alike: what people write never becomes markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * One line of plain text from what people wrote (a title, a name), for subjects and text parts:
 * line breaks and control characters would let a title forge lines of the mail (a fake
 * « unsubscribe » link), and bidirectional overrides would disguise an address.
 */
export function plainLine(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
