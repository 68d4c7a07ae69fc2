import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgencyResolver } from './modules/agencies';
import { AuthResolver } from './modules/auth';
import { DecisionResolver } from './modules/decisions';
import { MeetingResolver, RequestDirectiveResolver } from './modules/meetings';
import { NotificationResolver } from './modules/notifications';
import { ProposalResolver } from './modules/proposals';
import { RequestResolver } from './modules/requests';
import { ProposalTaskLinksResolver, RequestTaskLinksResolver, TaskResolver } from './modules/tasks';
import { AgencyMembersResolver, UserResolver } from './modules/users';
import { RoleAuthChecker } from './shared/auth-checker';
import type { EventBus } from './shared/event-bus';

export const resolvers = [
  AgencyResolver,
  AgencyMembersResolver,
  AuthResolver,
  DecisionResolver,
  MeetingResolver,
  NotificationResolver,
  ProposalResolver,
  ProposalTaskLinksResolver,
  RequestDirectiveResolver,
  RequestResolver,
  RequestTaskLinksResolver,
  TaskResolver,
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
