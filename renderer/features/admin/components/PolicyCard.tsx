// One policy's settings as a form: each with its words, what it does, the recommendation it
// follows and who changed it last. Only changed settings are sent; the server validates the
// whole policy and names the setting it refuses, shown under that setting.
import { useId, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { changePolicy, type PolicyKind, type SettingChanges } from "../api.ts";
import { consoleMessages } from "../messages.ts";
import { policyMessages as m } from "../policy-messages.ts";
import type { PolicySetting } from "../policy-settings.ts";
import { useAction } from "../use-action.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

type Draft = Record<string, string | boolean>;

function draftOf(value: Record<string, unknown>, settings: PolicySetting[]): Draft {
  return Object.fromEntries(
    settings.map(({ key, input }) => {
      const current = value[key];
      return [
        key,
        input.type === "switch"
          ? current === true
          : Array.isArray(current)
            ? current.join(", ")
            : typeof current === "number" || typeof current === "string"
              ? String(current)
              : "",
      ];
    }),
  );
}

function parsed(setting: PolicySetting, draft: string | boolean): unknown {
  switch (setting.input.type) {
    case "number":
      return draft === "" ? Number.NaN : Number(draft);
    case "words":
      return String(draft)
        .split(",")
        .map((word) => word.trim())
        .filter((word) => word !== "");
    default:
      return draft;
  }
}

export function PolicyCard(props: {
  kind: PolicyKind;
  title: MessageDescriptor;
  settings: PolicySetting[];
  value: Record<string, unknown>;
  changes: SettingChanges;
  onSaved: () => void;
}) {
  const intl = useIntl();
  const initial = draftOf(props.value, props.settings);
  const [draft, setDraft] = useState(initial);
  const { run, busy, errorAt, errorBesides } = useAction();
  const [saved, setSaved] = useState(false);
  const headingId = useId();
  const changed = props.settings.filter(({ key }) => draft[key] !== initial[key]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      setSaved(false);
      const body = Object.fromEntries(
        changed.map((each) => [each.key, parsed(each, draft[each.key] ?? "")]),
      );
      await withRecentVerification(() => changePolicy(props.kind, body));
      setSaved(true);
      props.onSaved();
    });
  };
  const otherError = errorBesides(props.settings.map(({ key }) => key));

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        <FormattedMessage {...props.title} />
      </h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <div className="policy-settings">
          {props.settings.map((setting) => (
            <SettingRow
              key={setting.key}
              setting={setting}
              value={draft[setting.key] ?? ""}
              error={errorAt(setting.key)}
              lastChange={props.changes[`${props.kind}.${setting.key}`]}
              onChange={(value) => {
                setSaved(false);
                setDraft({ ...draft, [setting.key]: value });
              }}
            />
          ))}
        </div>
        <ErrorAlert message={otherError} />
        <div className="console-form-actions">
          <Button
            type="submit"
            busy={busy}
            busyLabel={intl.formatMessage(consoleMessages.saving)}
            disabled={changed.length === 0}
          >
            <FormattedMessage {...m.save} values={{ policy: intl.formatMessage(props.title) }} />
          </Button>
          <span role="status" className="card-note">
            {saved && <FormattedMessage {...consoleMessages.saved} />}
          </span>
        </div>
      </form>
    </section>
  );
}

function SettingRow(props: {
  setting: PolicySetting;
  value: string | boolean;
  error: string | undefined;
  lastChange: SettingChanges[string] | undefined;
  onChange: (value: string | boolean) => void;
}) {
  const { setting, value } = props;
  const intl = useIntl();
  const id = useId();
  const described = `${id}-does`;
  const common = {
    id,
    "aria-describedby": props.error === undefined ? described : `${id}-error ${described}`,
    "aria-invalid": props.error !== undefined || undefined,
  };
  const { input } = setting;
  const controlClass = `field-control${props.error === undefined ? "" : " field-control-invalid"}`;
  return (
    <div className="policy-setting">
      <label className="field-label" htmlFor={id}>
        <FormattedMessage {...setting.label} />
      </label>
      <div className="policy-control">
        {input.type === "switch" ? (
          <input
            {...common}
            type="checkbox"
            className="policy-switch"
            checked={value === true}
            onChange={(event) => props.onChange(event.target.checked)}
          />
        ) : input.type === "choice" ? (
          <span className={controlClass}>
            <select
              {...common}
              className="field-input"
              value={String(value)}
              onChange={(event) => props.onChange(event.target.value)}
            >
              {input.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {intl.formatMessage(option.label)}
                </option>
              ))}
            </select>
          </span>
        ) : (
          <span className="policy-input">
            <span className={controlClass}>
              <input
                {...common}
                className="field-input"
                type={input.type === "number" ? "number" : "text"}
                inputMode={input.type === "number" ? "numeric" : undefined}
                min={input.type === "number" ? input.min : undefined}
                max={input.type === "number" ? input.max : undefined}
                value={String(value)}
                onChange={(event) => props.onChange(event.target.value)}
              />
            </span>
            {input.type === "number" && (
              <span className="console-muted">
                <FormattedMessage {...input.unit} />
              </span>
            )}
          </span>
        )}
      </div>
      {props.error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <p className="policy-does" id={described}>
        <FormattedMessage {...setting.does} />
        {setting.follows !== undefined && (
          <>
            {" "}
            <FormattedMessage {...setting.follows} />
          </>
        )}
        {props.lastChange !== undefined && (
          <>
            {" "}
            <LastChange change={props.lastChange} />
          </>
        )}
      </p>
    </div>
  );
}

function LastChange({ change }: { change: SettingChanges[string] }) {
  const intl = useIntl();
  const who =
    change.changedByEmail !== null ? "admin" : change.changedBy === "cli" ? "cli" : "other";
  return (
    <FormattedMessage
      {...m.lastChanged}
      values={{
        date: (
          <time dateTime={change.changedAt}>
            {intl.formatDate(change.changedAt, { dateStyle: "medium" })}
          </time>
        ),
        who,
        email: <span translate="no">{change.changedByEmail}</span>,
      }}
    />
  );
}
