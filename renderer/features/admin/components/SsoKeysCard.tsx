// The SSO keys with what each is for, its algorithm, creation and state; rotating the keys of one
// purpose asks first, and for a verification within the last 5 minutes (a sensitive action).
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { consoleMessages } from "../messages.ts";
import { listSsoKeys, rotateSsoKeys, type SsoKeyPurpose } from "../settings-api.ts";
import { settingsMessages as m } from "../settings-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { Day } from "./Day.tsx";
import { RequestedView } from "./RequestedView.tsx";

const purposes: SsoKeyPurpose[] = ["saml-signing", "oidc-signing", "oidc-cookie"];

/** A purpose as the messages' select names it (ICU selectors take no hyphens). */
const selector = {
  "saml-signing": "saml",
  "oidc-signing": "oidc",
  "oidc-cookie": "cookie",
} as const;

export function SsoKeysCard() {
  const intl = useIntl();
  const [keys, reload] = useRequest(listSsoKeys);
  const [rotating, setRotating] = useState<SsoKeyPurpose>();
  const { run, busy, errorText, setError } = useAction();
  const [done, setDone] = useState(false);

  const rotate = async () => {
    if (rotating === undefined) {
      return;
    }
    await run(async () => {
      await withRecentVerification(() => rotateSsoKeys(rotating));
      setRotating(undefined);
      setDone(true);
      reload();
    });
  };

  return (
    <section className="card" aria-labelledby="section-keys">
      <h2 id="section-keys" className="card-title">
        <FormattedMessage {...m.keys} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...m.keysExplains} />
      </p>
      {done && (
        <p className="alert alert-info" role="status">
          <span>
            <FormattedMessage {...m.rotated} />
          </span>
        </p>
      )}
      <RequestedView requested={keys} loading={consoleMessages.loading} empty={m.noKeys}>
        {(value) => (
          <div
            className="table-scroll"
            role="region"
            aria-label={intl.formatMessage(m.keys)}
            tabIndex={0}
          >
            <table className="console-table">
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage {...m.keyColumnPurpose} />
                  </th>
                  <th scope="col">
                    <FormattedMessage {...m.keyColumnAlgorithm} />
                  </th>
                  <th scope="col">
                    <FormattedMessage {...m.keyColumnCreated} />
                  </th>
                  <th scope="col">
                    <FormattedMessage {...m.keyColumnState} />
                  </th>
                </tr>
              </thead>
              <tbody>
                {value.map((key) => (
                  <tr key={key.id}>
                    <td>
                      <FormattedMessage
                        {...m.purpose}
                        values={{ purpose: selector[key.purpose] }}
                      />
                    </td>
                    <td translate="no">{key.algorithm}</td>
                    <td>
                      <Day iso={key.createdAt} />
                    </td>
                    <td>
                      {key.retiredAt === null ? (
                        <span className="console-status console-status-ok">
                          <FormattedMessage {...m.state} values={{ state: key.state }} />
                        </span>
                      ) : (
                        <span className="console-status console-status-neutral">
                          <FormattedMessage
                            {...m.retiredOn}
                            values={{ date: <Day iso={key.retiredAt} /> }}
                          />
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </RequestedView>
      <div className="console-actions settings-rotate">
        {purposes.map((purpose) => (
          <Button
            key={purpose}
            variant="secondary"
            onClick={() => {
              setError(undefined);
              setDone(false);
              setRotating(purpose);
            }}
          >
            <FormattedMessage {...m.rotate} values={{ purpose: selector[purpose] }} />
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={rotating !== undefined}
        title={intl.formatMessage(m.rotateTitle)}
        confirmLabel={intl.formatMessage(m.rotateConfirm)}
        busyLabel={intl.formatMessage(m.rotating)}
        busy={busy}
        error={errorText}
        onConfirm={() => void rotate()}
        onCancel={() => setRotating(undefined)}
      >
        <p>
          <FormattedMessage {...m.rotateExplains} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
