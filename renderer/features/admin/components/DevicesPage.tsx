// Devices: every enrolled device with its owner, revoked here when lost; and the IT enrollment
// tokens that let a managed device enroll — created with a label and a lifetime (the token is
// shown once, to copy into the device's configuration) and revoked when no longer needed.
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { listDevices, listEnrollmentTokens, revokeDevice, revokeEnrollmentToken } from "../api.ts";
import { deviceMessages as m } from "../device-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { EnrollmentTokenForm } from "./EnrollmentTokenForm.tsx";
import { Day } from "./Day.tsx";
import { RequestedView } from "./RequestedView.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

/** Between the parts of a line under a device; a mark, not words. */
const separator = " · ";

export function DevicesPage() {
  const intl = useIntl();
  const [devices, reloadDevices] = useRequest(listDevices);
  const [tokens, reloadTokens] = useRequest(listEnrollmentTokens);
  const { run, busyWith, errorText } = useAction();

  const act = (id: string, action: () => Promise<unknown>, reload: () => void) =>
    run(async () => {
      await action();
      reload();
    }, id);

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <ErrorAlert message={errorText} />
      <div className="card-stack">
        <section className="card" aria-labelledby="section-devices">
          <h2 id="section-devices" className="card-title">
            <FormattedMessage {...m.enrolled} />
          </h2>
          <RequestedView requested={devices} loading={m.loading} empty={m.none}>
            {(value) => (
              <ul className="console-list" aria-labelledby="section-devices">
                {value.map((device) => (
                  <li key={device.id} className="console-row">
                    <span>
                      <strong translate="no">{device.name}</strong>
                      <span className="console-muted">
                        <FormattedMessage
                          {...m.meta}
                          values={{
                            hasOwner: device.email === null ? "no" : "yes",
                            email: <span translate="no">{device.email}</span>,
                            os: <span translate="no">{device.os}</span>,
                            enrolled: <Day iso={device.enrolledAt} />,
                          }}
                        />
                        {device.revokedAt !== null && (
                          <>
                            {separator}
                            <FormattedMessage
                              {...m.revokedOn}
                              values={{ date: <Day iso={device.revokedAt} /> }}
                            />
                          </>
                        )}
                      </span>
                    </span>
                    {device.revokedAt === null && (
                      <Button
                        variant="secondary"
                        busy={busyWith === device.id}
                        busyLabel={intl.formatMessage(m.revoking)}
                        aria-label={intl.formatMessage(m.revokeLabel, { name: device.name })}
                        onClick={() =>
                          void act(device.id, () => revokeDevice(device.id), reloadDevices)
                        }
                      >
                        <FormattedMessage {...m.revoke} />
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </RequestedView>
        </section>
        <section className="card" aria-labelledby="section-tokens">
          <h2 id="section-tokens" className="card-title">
            <FormattedMessage {...m.tokens} />
          </h2>
          <EnrollmentTokenForm onCreated={reloadTokens} />
          {tokens.state === "loaded" && tokens.value.length > 0 && (
            <ul className="console-list" aria-labelledby="section-tokens">
              {tokens.value.map((token) => (
                <li key={token.id} className="console-row">
                  <span>
                    <strong translate="no">{token.label}</strong>
                    <span className="console-muted">
                      <FormattedMessage
                        {...(token.revokedAt === null ? m.validUntil : m.revokedOn)}
                        values={{ date: <Day iso={token.revokedAt ?? token.expiresAt} /> }}
                      />
                    </span>
                  </span>
                  {token.revokedAt === null && (
                    <Button
                      variant="secondary"
                      busy={busyWith === token.id}
                      busyLabel={intl.formatMessage(m.revoking)}
                      aria-label={intl.formatMessage(m.revokeTokenLabel, { label: token.label })}
                      onClick={() =>
                        void act(token.id, () => revokeEnrollmentToken(token.id), reloadTokens)
                      }
                    >
                      <FormattedMessage {...m.revoke} />
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
