import { describe, expect, it } from "vitest";
import type { EnrollmentOutcome } from "../../../../main/core/device-enrollment.ts";
import { createTokenEnrollment } from "../../../../main/core/token-enrollment.ts";

function harness(outcomes: EnrollmentOutcome[], enrolledAlready = false) {
  const log: string[] = [];
  let calls = 0;
  const enrollment = createTokenEnrollment({
    isEnrolled: () => Promise.resolve(enrolledAlready),
    enroll: () => {
      calls += 1;
      const next = outcomes.shift();
      return next === undefined
        ? Promise.reject(new Error("keystore locked"))
        : Promise.resolve(next);
    },
    log: (line) => log.push(line),
  });
  return { enrollment, log, calls: () => calls };
}

const unreachable: EnrollmentOutcome = {
  ok: false,
  code: "ENROLLMENT_FAILED",
  message: "Cannot reach your organization's portal.",
};

describe("enrollment with IT's token", () => {
  it("is tried again after an unreachable portal, until the portal accepts the device", async () => {
    const { enrollment, calls, log } = harness([
      unreachable,
      unreachable,
      { ok: true, deviceId: "dev-1" },
    ]);
    expect(await enrollment.attempt()).toBe("pending");
    expect(await enrollment.attempt()).toBe("pending");
    expect(await enrollment.attempt()).toBe("enrolled");
    expect(await enrollment.attempt()).toBe("enrolled");
    expect(calls()).toBe(3);
    expect(log.at(-1)).toMatch(/enrolled .*dev-1/);
  });

  it("stops for good when the portal refuses the token", async () => {
    const { enrollment, calls, log } = harness([
      { ok: false, code: "ENROLLMENT_REFUSED", message: "This enrollment token has expired." },
    ]);
    expect(await enrollment.attempt()).toBe("refused");
    expect(await enrollment.attempt()).toBe("refused");
    expect(calls()).toBe(1);
    expect(log).toEqual([
      "Device enrollment with the IT token was refused: This enrollment token has expired.",
    ]);
  });

  it("runs one try at a time when chances come together (page load and network back)", async () => {
    const { enrollment, calls } = harness([{ ok: true, deviceId: "dev-2" }]);
    const [first, second] = await Promise.all([enrollment.attempt(), enrollment.attempt()]);
    expect([first, second]).toEqual(["enrolled", "enrolled"]);
    expect(calls()).toBe(1);
  });

  it("never enrolls a device that already has an id, and survives a failing keystore", async () => {
    const done = harness([], true);
    expect(await done.enrollment.attempt()).toBe("enrolled");
    expect(done.calls()).toBe(0);
    const broken = harness([]);
    expect(await broken.enrollment.attempt()).toBe("pending");
    expect(broken.log[0]).toMatch(/could not run: keystore locked/);
  });
});
