import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Actor } from '../domain/actor.js';

/** The Fastify instance every route module receives: TypeBox-typed requests and replies. */
export type HeraldServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export type AuthMethod = 'token' | 'session' | 'none';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answers everybody the same without authenticating (src/http/authenticate.ts). */
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    authMethod: AuthMethod;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** The route serves only public content to anyone: authentication is not attached to it. */
    anonymous?: boolean;
    /** The URL carries its own signed proof of intent: no CSRF token needed with a cookie. */
    csrfExempt?: boolean;
  }
}
