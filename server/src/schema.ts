import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgencyResolver } from './modules/agencies';
import { AuthResolver } from './modules/auth';
import { DecisionResolver } from './modules/decisions';
import { NotificationResolver } from './modules/notifications';
import { ProposalResolver } from './modules/proposals';
import { RequestResolver } from './modules/requests';
import { AgencyMembersResolver, UserResolver } from './modules/users';
import { RoleAuthChecker } from './shared/auth-checker';
import type { EventBus } from './shared/event-bus';

export const resolvers = [
  AgencyResolver,
  AgencyMembersResolver,
  AuthResolver,
  DecisionResolver,
  NotificationResolver,
  ProposalResolver,
  RequestResolver,
  UserResolver,
] as const;

export function buildAppSchema(bus: EventBus): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker: RoleAuthChecker,
    pubSub: bus,
    validate: false,
    emitSchemaFile: false,
  });
}
