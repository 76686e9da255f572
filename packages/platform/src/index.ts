export * from './content-types.js';
export * from './locales.js';
export * from './site-urls.js';
export * from './paris-time.js';
export * from './snapshot.js';
export * from './messages.js';
export * from './message-forms.js';
export * from './space-match.js';
