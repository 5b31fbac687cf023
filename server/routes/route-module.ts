// What a route module is: a function that registers a few routes on the app with the context
// resolved at start-up. app.ts registers every one of them, in one list.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { AppContext } from "../context.ts";
import { ErrorResponse } from "../schemas/common.ts";

/** The Fastify instance routes register on: TypeBox gives each handler its schemas' types. */
export type FastifyTypeboxInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export type RouteModule = (
  app: FastifyTypeboxInstance,
  context: AppContext,
) => void | Promise<void>;

/** The error answers every API route declares: a stable code and a message. */
export const errorReplies = { "4xx": ErrorResponse };

/** The schema of an empty 204 answer. */
export const noContent = { type: "null" } as const;
