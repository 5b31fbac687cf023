// The audit log names what changed in the reader's language: a policy's setting by the Policies
// page's label (the same key means different things in different policies), a profile field by
// its label, an app's setting from the recorded names, anything else in plain words.
import { createIntl } from "react-intl";
import { describe, expect, it } from "vitest";
import { auditSettingName } from "../../../../../renderer/features/admin/audit-setting-names.ts";

const english = createIntl({ locale: "en", messages: {} });
// A reader's catalogue (every shipped one is complete: test/unit/locales/catalogues.test.ts).
const german = createIntl({
  locale: "de",
  messages: {
    "admin.audit.setting.acsUrl": "ACS-URL",
    "admin.audit.setting.redirectUris": "Weiterleitungs-URIs",
  },
});

describe("audit setting names", () => {
  it("name one key by the policy it belongs to", () => {
    expect(auditSettingName(english, { kind: "lockout" }, "mode")).not.toBe(
      auditSettingName(english, { kind: "mfa" }, "mode"),
    );
    expect(auditSettingName(english, { kind: "lockout" }, "threshold")).not.toBe("threshold");
  });

  it("use the reader's language for apps' settings and profile fields", () => {
    expect(auditSettingName(english, {}, "acsUrl")).toBe("ACS URL");
    expect(auditSettingName(german, {}, "acsUrl")).toBe("ACS-URL");
    expect(auditSettingName(german, {}, "redirectUris")).toBe("Weiterleitungs-URIs");
    expect(auditSettingName(english, { kind: "profile" }, "email")).toBe("Company email");
  });

  it("fall back to the recorded key in plain words, and never to an inherited name", () => {
    expect(auditSettingName(english, {}, "someNewSetting")).toBe("some new setting");
    expect(auditSettingName(english, {}, "constructor")).toBe("constructor");
    expect(auditSettingName(english, { kind: "toString" }, "toString")).toBe("to string");
  });
});
