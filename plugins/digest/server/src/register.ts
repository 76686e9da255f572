import { boundHeapGrowth } from './sending/heap-growth';

/** Before anything loads: the heap's growth bounded for the whole process (sending/heap-growth.ts). */
export default () => {
  boundHeapGrowth();
};
