import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AgencyResolver } from './modules/agencies';
import { AuditResolver } from './modules/audit';
import { AuthResolver, requirePasswordChanged, ViewerCapabilitiesResolver } from './modules/auth';
import { DecisionResolver } from './modules/decisions';
import { DelegationResolver } from './modules/delegations';
import { MeetingResolver, RequestDirectiveResolver } from './modules/meetings';
import { NotificationResolver } from './modules/notifications';
import { DecisionProposalResolver, ProposalResolver } from './modules/proposals';
import { RequestResolver } from './modules/requests';
import { ProposalTaskLinksResolver, RequestTaskLinksResolver, TaskResolver } from './modules/tasks';
import { AgencyMembersResolver, UserResolver } from './modules/users';
import { WorkQueueResolver } from './modules/work-queue';
import { RoleAuthChecker } from './shared/auth-checker';
import type { EventBus } from './shared/event-bus';
import { refuseUnsafeText } from './shared/input-text';

export const resolvers = [
  AgencyResolver,
  AgencyMembersResolver,
  AuditResolver,
  AuthResolver,
  DecisionProposalResolver,
  DecisionResolver,
  DelegationResolver,
  MeetingResolver,
  NotificationResolver,
  ProposalResolver,
  ProposalTaskLinksResolver,
  RequestDirectiveResolver,
  RequestResolver,
  RequestTaskLinksResolver,
  TaskResolver,
  UserResolver,
  ViewerCapabilitiesResolver,
  WorkQueueResolver,
] as const;

/**
 * Object-type fields here are plain data; anything computed has its own @FieldResolver (which
 * keeps its authorization either way). By default type-graphql wraps every plain field in a
 * resolver that builds a middleware context per value — about 2,000 per inbox page — so mark
 * every object type "simple" and let graphql read the property. A simple field would skip
 * field-level @Authorized or @UseMiddleware, so refuse to build if any object-type field has one.
 */
function plainFieldsResolveSimply(): void {
  const storage = getMetadataStorage();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's metadata types class targets as Function
  const isObjectField = (target: Function, name: string) =>
    storage.fields.some((field) => field.target === target && field.name === name);
  const guarded = [...storage.authorizedFields, ...storage.middlewares].filter((meta) =>
    isObjectField(meta.target, meta.fieldName),
  );
  if (guarded.length > 0) {
    throw new Error(
      `object-type fields with @Authorized/@UseMiddleware need a @FieldResolver: ${guarded.map((m) => `${m.target.name}.${m.fieldName}`).join(', ')}`,
    );
  }
  for (const type of storage.objectTypes) type.simpleResolvers ??= true;
}

export async function buildAppSchema(bus: EventBus): Promise<GraphQLSchema> {
  plainFieldsResolveSimply();
  return buildSchema({
    resolvers,
    authChecker: RoleAuthChecker,
    // the password gate first: a restricted session learns nothing else about its input
    globalMiddlewares: [requirePasswordChanged, refuseUnsafeText],
    pubSub: bus,
    validate: false,
    emitSchemaFile: false,
  });
}
