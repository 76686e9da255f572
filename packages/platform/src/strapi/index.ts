export * from './validate.js';
export * from './conflict.js';
