import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../../server/config/config.ts";
import { ConfigError } from "../../../../server/config/config-error.ts";

function problem(environment: Record<string, string>): string {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.message;
    }
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("mail and sign-in throttling settings", () => {
  it("default to the outbox, a local sender and 30 sign-in requests per minute", () => {
    const config = loadConfig({});
    expect(config.smtpUrl).toBeUndefined();
    expect(config.mailFrom).toBe("Gatehouse <no-reply@localhost>");
    expect(config.signInRateLimitPerMinute).toBe(30);
    expect(config.apiTokenRateLimitPerMinute).toBe(600);
  });

  it("accept an smtp:// or smtps:// relay and a whole-number limit", () => {
    const config = loadConfig({
      GATEHOUSE_SMTP_URL: "smtps://mailer:s3cret@relay.example.com:465",
      GATEHOUSE_SIGNIN_RATE_LIMIT: "120",
      GATEHOUSE_API_TOKEN_RATE_LIMIT: "60",
    });
    expect(config.smtpUrl).toBe("smtps://mailer:s3cret@relay.example.com:465");
    expect(config.signInRateLimitPerMinute).toBe(120);
    expect(config.apiTokenRateLimitPerMinute).toBe(60);
  });

  it("refuse another scheme without echoing the URL, which may hold a password", () => {
    const message = problem({ GATEHOUSE_SMTP_URL: "https://mailer:s3cret@relay.example.com" });
    expect(message).toMatch(/^GATEHOUSE_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL$/);
    expect(message).not.toContain("s3cret");
  });

  it("refuse a limit that is not a whole number from 1", () => {
    expect(problem({ GATEHOUSE_SIGNIN_RATE_LIMIT: "0" })).toMatch(/^GATEHOUSE_SIGNIN_RATE_LIMIT/);
    expect(problem({ GATEHOUSE_SIGNIN_RATE_LIMIT: "ten" })).toMatch(/whole number/);
    expect(problem({ GATEHOUSE_API_TOKEN_RATE_LIMIT: "0" })).toMatch(
      /^GATEHOUSE_API_TOKEN_RATE_LIMIT/,
    );
  });
});
