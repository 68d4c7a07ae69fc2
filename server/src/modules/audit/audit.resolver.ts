import { Args, ArgsType, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { Connection } from '../../shared/pagination';
import { Role } from '../../shared/viewer';
import { auditChainStatus, readAuditLog } from './audit.queries';
import { AuditChainStatus, AuditLogFilter, AuditRecord } from './audit.types';

@ObjectType()
class AuditRecordConnection extends Connection(AuditRecord) {}

@ArgsType()
class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  filter?: AuditLogFilter | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, at most 100' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditRecordConnection, { description: 'ADMIN: the audit log, newest first' })
  auditLog(@Args() { filter, first, after }: AuditLogArgs, @Ctx() ctx: GraphQLContext) {
    return readAuditLog(ctx.em, ctx.viewer, filter, first, after);
  }

  @Authorized(Role.ADMIN)
  @Query(() => AuditChainStatus, {
    description: 'ADMIN: walks the whole hash chain from its first row (slow on a long log: on demand)',
  })
  auditChainStatus(@Ctx() ctx: GraphQLContext) {
    return auditChainStatus(ctx.em, ctx.viewer);
  }
}
