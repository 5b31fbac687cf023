// The answers a page gets on one API path, each read where Playwright fetched it itself. Reading a
// body back from the browser (`response.json()` after `waitForResponse`) asks Chromium's network
// log for it, and Chromium may have dropped it already: "Network.getResponseBody: No data found
// for resource with given identifier" failed a CI run (admin-form-errors.spec.ts), and the push
// journeys' long polls are answered just before the page moves on. So every request on the path
// goes through a route: `route.fetch()` gets the real server's answer, its body is read from that,
// and `route.fulfill({ response })` hands it to the page unaltered. Nothing is mocked.
import type { Page, Route } from "@playwright/test";

export type Answer<Body> = { status: number; body: Body | undefined };

export type AnswerLog<Body> = {
  /**
   * The first answer from now on that `matches`. Logging starts before the page sends anything,
   * so an answer to a request already under way when this is called is not missed either.
   */
  next(matches?: (answer: Answer<Body>) => boolean): Promise<Answer<Body>>;
};

/** Starts logging the answers to requests on `path` (and of `method`, if given). */
export async function logAnswers<Body>(
  page: Page,
  path: RegExp,
  method?: string,
): Promise<AnswerLog<Body>> {
  type Waiter = {
    matches: (answer: Answer<Body>) => boolean;
    take: (answer: Answer<Body>) => void;
    fail: (error: unknown) => void;
  };
  let waiters: Waiter[] = [];
  const deliver = (answer: Answer<Body>) => {
    const taking = waiters.filter((waiter) => waiter.matches(answer));
    waiters = waiters.filter((waiter) => !taking.includes(waiter));
    for (const waiter of taking) {
      waiter.take(answer);
    }
  };
  const passThrough = async (route: Route) => {
    if (method !== undefined && route.request().method() !== method) {
      return route.fallback();
    }
    // No timeout of our own: a long poll is answered when the server has news.
    let response;
    try {
      response = await route.fetch({ timeout: 0 });
    } catch (error) {
      // The server did not answer (or the page went away): whoever waits learns why at once.
      const failing = waiters;
      waiters = [];
      for (const waiter of failing) {
        waiter.fail(error);
      }
      return route.abort().catch(() => undefined);
    }
    const body = (await response.json().catch(() => undefined)) as Body | undefined;
    // The page may have left meanwhile; the answer still counts.
    await route.fulfill({ response }).catch(() => undefined);
    deliver({ status: response.status(), body });
  };
  await page.route(path, passThrough);
  return {
    next: (matches = () => true) =>
      new Promise((take, fail) => {
        waiters.push({ matches, take, fail });
      }),
  };
}
