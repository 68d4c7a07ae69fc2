export { nextNumber } from './next-number';
export { ReferenceCounter } from './reference-counter.entity';
