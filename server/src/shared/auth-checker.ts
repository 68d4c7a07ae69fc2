import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { forbidden, unauthenticated } from './errors';
import type { GraphQLContext } from './context';
import { Role } from './viewer';

/**
 * `@Authorized()` means "signed in"; `@Authorized(Role.X, ...)` additionally needs one of the roles.
 * Agency-level rules live in each feature's policy, not here.
 */
export class RoleAuthChecker implements AuthCheckerInterface<GraphQLContext, Role> {
  check({ context }: ResolverData<GraphQLContext>, roles: Role[]): boolean {
    if (!context.viewer) throw unauthenticated();
    if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
    return true;
  }
}
