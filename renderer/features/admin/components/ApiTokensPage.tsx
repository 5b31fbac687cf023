// API tokens (/admin/tokens): the tokens with their scopes, expiry, last use (time and address)
// and who made them; a form to mint one (shown once); revoking asks first, and for a recent
// verification when the last one is over 5 minutes old (docs/api.md).
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { listApiTokens, revokeApiToken, type ApiTokenView } from "../automation-api.ts";
import { tokenMessages as m } from "../token-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { ApiTokenForm } from "./ApiTokenForm.tsx";
import { Day } from "./Day.tsx";
import "../automation.css";
import { RequestedView } from "./RequestedView.tsx";

function tokenStatus(token: ApiTokenView): "revoked" | "expired" | "active" {
  if (token.revokedAt !== null) {
    return "revoked";
  }
  return Date.parse(token.expiresAt) <= Date.now() ? "expired" : "active";
}

export function ApiTokensPage() {
  const intl = useIntl();
  const [tokens, reload] = useRequest(listApiTokens);
  const [revoking, setRevoking] = useState<ApiTokenView>();
  const { run, busy, errorText, setError } = useAction();

  const revoke = async () => {
    if (revoking === undefined) {
      return;
    }
    await run(async () => {
      await revokeApiToken(revoking.id);
      setRevoking(undefined);
      reload();
    });
  };

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <div className="card-stack">
        <section className="card" aria-labelledby="section-new-token">
          <h2 id="section-new-token" className="card-title">
            <FormattedMessage {...m.newToken} />
          </h2>
          <ApiTokenForm onCreated={reload} />
        </section>
        <section className="card" aria-labelledby="section-token-list">
          <h2 id="section-token-list" className="card-title">
            <FormattedMessage {...m.list} />
          </h2>
          <RequestedView requested={tokens} loading={m.loading} empty={m.none}>
            {(value) => (
              <ul className="console-list" aria-labelledby="section-token-list">
                {value.map((token) => (
                  <li key={token.id} className="console-row">
                    <span>
                      <strong translate="no">{token.name}</strong>
                      <span className="automation-scopes" translate="no">
                        {token.scopes.map((scope) => (
                          <code key={scope}>{scope}</code>
                        ))}
                      </span>
                      <span className="console-muted">
                        <FormattedMessage
                          {...m.meta}
                          values={{
                            status: tokenStatus(token),
                            revoked: token.revokedAt === null ? "" : <Day iso={token.revokedAt} />,
                            expires: <Day iso={token.expiresAt} />,
                            createdBy:
                              token.createdBy === null ? (
                                intl.formatMessage(m.byCli)
                              ) : (
                                <span translate="no">{token.createdBy}</span>
                              ),
                          }}
                        />
                      </span>
                      <span className="console-muted">
                        {token.lastUsedAt === null ? (
                          <FormattedMessage {...m.neverUsed} />
                        ) : (
                          <FormattedMessage
                            {...m.lastUsed}
                            values={{
                              time: (
                                <time dateTime={token.lastUsedAt}>
                                  {intl.formatDate(token.lastUsedAt, {
                                    dateStyle: "medium",
                                    timeStyle: "short",
                                  })}
                                </time>
                              ),
                              ip: <bdi translate="no">{token.lastUsedIp ?? ""}</bdi>,
                            }}
                          />
                        )}
                      </span>
                    </span>
                    {tokenStatus(token) === "active" && (
                      <Button
                        variant="secondary"
                        aria-label={intl.formatMessage(m.revokeLabel, { name: token.name })}
                        onClick={() => {
                          setError(undefined);
                          setRevoking(token);
                        }}
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
      </div>
      <ConfirmDialog
        open={revoking !== undefined}
        title={intl.formatMessage(m.revokeTitle, { name: revoking?.name ?? "" })}
        confirmLabel={intl.formatMessage(m.revoke)}
        busyLabel={intl.formatMessage(m.revoking)}
        busy={busy}
        error={errorText}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(undefined)}
      >
        <p>
          <FormattedMessage {...m.revokeExplains} />
        </p>
      </ConfirmDialog>
    </>
  );
}
