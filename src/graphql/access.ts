import { GraphQLError } from 'graphql';

import { ROLES, type Role } from '../config';
import { ErrorCode } from '../errors';

/**
 * Access control for resolvers: who is calling and what they may do. The HTTP layer
 * (src/server/auth.ts) finds the caller from the request's key; resolvers only check it here, so
 * they never import the HTTP layer.
 */

/** Who is calling: the role and name of the key they presented, or anonymous. */
export type Caller = { role: Role | 'anonymous'; name?: string };

/** The name the change history records for a caller (the key's name, never the key). */
export function callerName(caller: Caller): string {
  return caller.name ?? caller.role;
}

/**
 * Throws unless the caller holds `role` or a stronger one: UNAUTHENTICATED without a (valid) key,
 * FORBIDDEN with a key whose role is too weak. Called first in every guarded resolver.
 */
export function requireRole(caller: Caller, role: Role): void {
  if (caller.role === 'anonymous') {
    throw new GraphQLError(`This operation needs an API key with the ${role} role (send Authorization: Bearer <key>).`, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
  if (ROLES.indexOf(caller.role) < ROLES.indexOf(role)) {
    throw new GraphQLError(`This operation needs the ${role} role; your key has the ${caller.role} role.`, {
      extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
    });
  }
}
