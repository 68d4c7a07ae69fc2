export { mulberry32, sfc32, mixSeed, rngFor, weighted } from './prng';
export type { Rng } from './prng';
export { LargeWorld, iso, generateRequest, generateTask, generateProposal } from './generate';
export type {
  EventRow,
  GeneratedProposal,
  GeneratedRequest,
  GeneratedTask,
  LargeAgency,
  LargeOptions,
  LargeUser,
  LargeWorldInput,
  ParticipantRow,
  ProposalItemRow,
  ProposalRow,
  RequestRow,
  TaskCompletionRow,
  TaskRow,
} from './generate';
