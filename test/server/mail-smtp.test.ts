// Mail delivery against a real SMTP peer (smtp-server), as a relay would receive it.
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

type Received = { from: string; to: string[]; data: string };

let smtp: SMTPServer;
let server: TestServer;
const received: Received[] = [];
let onDelivered: (() => void) | undefined;

/** Resolves when the SMTP peer has the next message: delivery is awaited as an event. */
function nextDelivery(): Promise<void> {
  return new Promise((resolve) => {
    onDelivered = resolve;
  });
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      void text(stream).then((data) => {
        received.push({
          from: session.envelope.mailFrom === false ? "" : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          data,
        });
        callback();
        onDelivered?.();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startTestServer("sqlite", {
    config: { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: "Gatehouse <it@example.com>" },
  });
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("mail over SMTP", () => {
  it("delivers the reset link to the relay and keeps nothing in the outbox", async () => {
    const user = await createTestUser(server);
    const delivered = nextDelivery();
    const response = await callApi(server, new CookieJar(), "POST", "/api/auth/forgot-password", {
      email: user.email,
    });
    expect(response.statusCode).toBe(202);
    await delivered;
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toBe("it@example.com");
    expect(received[0]?.to).toEqual([user.email]);
    expect(received[0]?.data).toMatch(/Subject: Reset your Gatehouse password/);
    expect(received[0]?.data.replaceAll("=\r\n", "")).toContain(
      `${testOrigin}/reset-password#token=`,
    );
    const outbox = await server.context.db.selectFrom("mail_outbox").selectAll().execute();
    expect(outbox).toHaveLength(0);
  });
});
