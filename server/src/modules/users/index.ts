export { User } from './user.entity';
export { hashPassword, verifyPassword } from './user-password';
export { AgencyMembersResolver, UserResolver } from './user.resolver';
export { UserSummary, userSummary, userSummaryJson } from './user-summary';
export { userPolicy } from './user.policy';
export { newOneTimePassword } from './one-time-password';
export { passwordProblem } from './password-policy';
export { UpdateUserInput } from './user.inputs';
