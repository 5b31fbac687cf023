// The answer log (test/e2e/answer-log.ts) can fail: it skips answers that do not match, catches
// the answer to a long poll already under way when the test starts waiting, keeps the body of an
// answer the page leaves at once, hands the page the server's answer unaltered, and tells a
// waiter when the server never answered. A small real server on localhost answers the page.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { logAnswers } from "./answer-log.ts";

type Poll = { round: number };

/** Answers /poll when the test says so, in the order asked; / is a page that polls and leaves. */
function startPollServer() {
  const held: ServerResponse[] = [];
  const server = createServer((request, response) => {
    if (request.url === "/poll") {
      held.push(response);
      return;
    }
    if (request.url === "/gone") {
      request.socket.destroy(); // no answer at all
      return;
    }
    response.writeHead(200, { "content-type": "text/html" });
    response.end(`<!doctype html><html lang="en"><title>Poll</title><body><script>
      window.seen = [];
      async function poll() {
        const answer = await (await fetch("/poll")).json();
        window.seen.push(answer.round);
        if (answer.round === 3) { location.href = "about:blank"; return; }
        poll();
      }
      poll();
    </script></body></html>`);
  });
  return {
    listening: new Promise<string>((resolve) =>
      server.listen(0, "127.0.0.1", () =>
        resolve(`http://localhost:${(server.address() as AddressInfo).port}`),
      ),
    ),
    /** How many polls the server holds unanswered. */
    waiting: () => held.length,
    /** Answers the oldest poll waiting, once there is one. */
    async answer(round: number) {
      await expect.poll(() => held.length).toBeGreaterThan(0);
      held.shift()?.end(JSON.stringify({ round }));
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections(); // a poll still held would keep it open
      }),
  };
}

test("it skips, catches a poll under way, keeps the body of an answer left at once", async ({
  page,
}) => {
  const server = startPollServer();
  const origin = await server.listening;
  try {
    const polls = await logAnswers<Poll>(page, /\/poll$/);
    await page.goto(origin);
    await server.answer(1);
    await expect.poll(() => page.evaluate(() => (window as { seen?: number[] }).seen)).toEqual([1]);

    // The second poll is already waiting on the server when the test starts waiting for it.
    await expect.poll(server.waiting).toBe(1);
    const third = polls.next(({ body }) => body?.round === 3);
    await server.answer(2);
    await expect
      .poll(() => page.evaluate(() => (window as { seen?: number[] }).seen))
      .toEqual([1, 2]);
    // The page leaves as soon as it reads the third answer; its body is still the test's.
    await server.answer(3);
    await expect(third).resolves.toEqual({ status: 200, body: { round: 3 } });
    await expect(page).toHaveURL("about:blank");
  } finally {
    await server.stop();
  }
});

test("a waiter learns that the server never answered", async ({ page }) => {
  const server = startPollServer();
  const origin = await server.listening;
  try {
    await page.goto(origin);
    const gone = await logAnswers(page, /\/gone$/);
    // Settled before the test looks, so its rejection is handled from the start.
    const outcome = gone.next().then(
      () => "answered",
      (error: unknown) => String(error),
    );
    await page.evaluate(() => fetch("/gone").catch(() => "refused"));
    expect(await outcome).toMatch(/socket hang up/);
  } finally {
    await server.stop();
  }
});
