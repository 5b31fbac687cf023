// @vitest-environment happy-dom
// The console's form alert and a refused field take focus only when a failed submit left it on
// the page itself (its busy button was disabled); focus anywhere else stays where the user put it.
import { act, createRef } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorAlert } from "../../../../renderer/components/ErrorAlert.tsx";
import { TextField } from "../../../../renderer/components/TextField.tsx";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** A form with a field the user may be in, and what the server said (field or form). */
function renderForm(problem: { form?: string; field?: string }) {
  const host = document.createElement("div");
  document.body.append(host);
  root ??= createRoot(host);
  act(() =>
    root?.render(
      <form>
        <TextField label="Name" error={problem.field} />
        <input aria-label="Elsewhere" />
        <ErrorAlert message={problem.form} />
      </form>,
    ),
  );
}

const named = (label: string) => document.querySelector(`[aria-label="${label}"]`);

describe("ErrorAlert", () => {
  it("says nothing while there is no error", () => {
    for (const nothing of [undefined, ""]) {
      renderForm({ form: nothing });
      expect(document.querySelector('[role="alert"]')).toBeNull();
    }
  });

  it("takes focus when the error arrives with focus dropped to the page", () => {
    renderForm({});
    expect(document.activeElement).toBe(document.body);
    renderForm({ form: "The users changed since the dry run." });
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe("The users changed since the dry run.");
    expect(document.activeElement).toBe(alert);
  });

  it("leaves focus where the user put it", () => {
    renderForm({});
    (named("Elsewhere") as HTMLInputElement).focus();
    renderForm({ form: "Cannot reach the server." });
    expect(document.activeElement).toBe(named("Elsewhere"));
  });
});

describe("TextField", () => {
  it("takes focus when refused with focus dropped to the page, and its error describes it", () => {
    renderForm({});
    renderForm({ field: "Another group has this name." });
    const field = document.activeElement as HTMLInputElement;
    expect(field.getAttribute("aria-invalid")).toBe("true");
    const described = document.getElementById(field.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe("Another group has this name.");
  });

  it("leaves focus where the user put it", () => {
    renderForm({});
    (named("Elsewhere") as HTMLInputElement).focus();
    renderForm({ field: "This field cannot be empty." });
    expect(document.activeElement).toBe(named("Elsewhere"));
  });

  it("still hands its input to a ref from outside (the one-time code field focuses it)", () => {
    const outside = createRef<HTMLInputElement>();
    const host = document.createElement("div");
    document.body.append(host);
    root = createRoot(host);
    act(() => root?.render(<TextField label="Code" ref={outside} />));
    expect(outside.current).toBe(document.querySelector("input"));
  });
});
