// The apps a group grants to every member: give it one from the catalog, or take one back.
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { listApps, setGroupApp, type AdminGroupDetail, type Announcement } from "../group-api.ts";
import { groupMessages as m } from "../group-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { ChooseOneForm } from "./ChooseOneForm.tsx";

export function GroupAppsCard(props: {
  group: AdminGroupDetail;
  onDone: (announcement: Announcement) => void;
}) {
  const { group } = props;
  const intl = useIntl();
  const describeError = useErrorText();
  const [catalog] = useRequest(listApps);
  const [chosen, setChosen] = useState("");
  const { run, busyWith, errorText } = useAction();

  const change = (app: { id: string; displayName: string }, assigned: boolean) =>
    run(async () => {
      await setGroupApp(app.id, group.id, assigned);
      setChosen("");
      props.onDone({ message: assigned ? m.granted : m.removed, name: app.displayName });
    }, app.id);
  const granted = new Set(group.apps.map((app) => app.id));
  const grantable =
    catalog.state === "loaded" ? catalog.value.filter((app) => !granted.has(app.id)) : [];
  const grant = () => {
    const app = grantable.find((each) => each.id === chosen);
    if (app !== undefined) {
      void change(app, true);
    }
  };

  return (
    <section className="card" aria-labelledby="section-group-apps">
      <h2 id="section-group-apps" className="card-title">
        <FormattedMessage {...m.appsTitle} />
      </h2>
      <ErrorAlert message={errorText} />
      {group.apps.length === 0 ? (
        <p className="card-note">
          <FormattedMessage {...m.noApps} />
        </p>
      ) : (
        <ul className="console-list" aria-labelledby="section-group-apps">
          {group.apps.map((app) => (
            <li key={app.id} className="console-row">
              <span>
                <strong translate="no">{app.displayName}</strong>
                <span className="console-muted">
                  <FormattedMessage {...m.kind} values={{ kind: app.kind }} />
                </span>
              </span>
              <Button
                variant="secondary"
                busy={busyWith === app.id}
                aria-label={intl.formatMessage(m.removeLabel, { name: app.displayName })}
                onClick={() => void change(app, false)}
              >
                <FormattedMessage {...m.remove} />
              </Button>
            </li>
          ))}
        </ul>
      )}
      {catalog.state === "failed" && <ErrorAlert message={describeError(catalog.error)} />}
      <ChooseOneForm
        selectId="group-app"
        words={{ label: m.grantLabel, none: m.chooseApp, add: m.grant }}
        options={grantable.map((app) => ({ id: app.id, name: app.displayName }))}
        chosen={chosen}
        onChoose={setChosen}
        busy={busyWith === chosen}
        onAdd={grant}
      />
    </section>
  );
}
