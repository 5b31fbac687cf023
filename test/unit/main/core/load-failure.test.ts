import { describe, expect, it } from "vitest";
import { pageMessages } from "../../../../main/core/desktop-messages.ts";
import { classifyLoadFailure, describeNetError } from "../../../../main/core/load-failure.ts";

const portal = "https://portal.example.com";
const failure = {
  errorCode: -106,
  errorDescription: "ERR_INTERNET_DISCONNECTED",
  validatedUrl: `${portal}/`,
  isMainFrame: true,
};

describe("a failed load", () => {
  it("of the portal's main frame means the portal is unreachable, said in words", () => {
    expect(classifyLoadFailure(failure, portal)).toEqual({
      kind: "unreachable",
      problem: pageMessages.netOffline,
    });
    expect(pageMessages.netOffline.defaultMessage).toBe(
      "This computer is not connected to a network.",
    );
  });

  it("is ignored when aborted, in a sub frame, off the portal or before any portal is set", () => {
    expect(classifyLoadFailure({ ...failure, errorCode: -3 }, portal).kind).toBe("ignore");
    expect(classifyLoadFailure({ ...failure, isMainFrame: false }, portal).kind).toBe("ignore");
    expect(
      classifyLoadFailure({ ...failure, validatedUrl: "app://local/offline" }, portal).kind,
    ).toBe("ignore");
    expect(classifyLoadFailure({ ...failure, validatedUrl: "" }, portal).kind).toBe("ignore");
    expect(classifyLoadFailure(failure, undefined).kind).toBe("ignore");
  });

  it("names the likely cause for the common network errors", () => {
    const said = (name: string) => describeNetError(name).defaultMessage;
    expect(said("ERR_NAME_NOT_RESOLVED")).toMatch(/VPN/);
    expect(said("ERR_CERT_AUTHORITY_INVALID")).toMatch(/certificate/);
    expect(said("ERR_PROXY_CONNECTION_FAILED")).toMatch(/proxy/);
    expect(said("ERR_CONNECTION_REFUSED")).toMatch(/did not answer/);
    expect(said("ERR_SOMETHING_NEW")).toBe("The portal could not be loaded.");
  });
});
