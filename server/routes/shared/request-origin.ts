// Where a request came from, as the audit log and the session record it: the client IP (behind
// a trusted proxy, the forwarded one) and the User-Agent.
import type { FastifyRequest } from "fastify";

export function originOf(request: FastifyRequest): { ip: string; userAgent: string | null } {
  return { ip: request.ip, userAgent: request.headers["user-agent"] ?? null };
}
