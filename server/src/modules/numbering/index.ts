export { nextNumber, prepareCodes } from './next-number';
export { ReferenceCounter } from './reference-counter.entity';
