import v8 from 'node:v8';

/**
 * How far V8 may grow the old generation over what survived the last full collection. Left to
 * itself on a host with gigabytes of memory, V8 lets it grow up to four times before collecting
 * (its heap limit is a quarter of the host's memory): a run's short-lived messages, promoted
 * while their SMTP round trip is in flight, took the CMS from 334 MB to 767 MB before a full
 * collection came; capped by hand (--max-old-space-size=320) the same run stayed at 342 MB.
 */
const GROWING_PERCENT = 20;

/** Someone chose the heap's size or growth for this process: theirs stands. */
const chosenByHand = () => /--(max-old-space-size|heap-growing-percent)\b/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);

/**
 * Bounds the heap's growth for the CMS process, from start-up, so that a run (and whatever else
 * the process does) keeps close to what it really holds. Node does not freeze V8's flags after
 * start-up and V8 reads this one each time it sets the next collection's limit, so it applies to
 * this process only, however it was started (`npm start`, `strapi start`), without a flag the
 * operator must know. The cost is more frequent, shorter full collections.
 */
export function boundHeapGrowth(): void {
  if (!chosenByHand()) v8.setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
