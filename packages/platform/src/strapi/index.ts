export * from './validate.js';
export * from './conflict.js';
export * from './rate-limit.js';
export * from './signed-links.js';
