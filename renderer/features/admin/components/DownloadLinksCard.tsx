// The desktop app's download links employees see under Security, one per OS: stored as the
// `downloads` policy (a policy change: it asks for a recent verification); an empty field falls
// back to the link the server's configuration names. Only https addresses are taken.
import { useEffect, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { changePolicy, getPolicies } from "../api.ts";
import { consoleMessages } from "../messages.ts";
import { settingsMessages as m } from "../settings-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { RequestedView } from "./RequestedView.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

const systems = ["macos", "windows", "linux"] as const;
type Links = Record<(typeof systems)[number], string>;

const looksValid = (link: string) => link === "" || /^https:\/\/[^\s/@]+(\/\S*)?$/.test(link);

export function DownloadLinksCard() {
  const intl = useIntl();
  const [policies] = useRequest(getPolicies);
  const [links, setLinks] = useState<Links>({ macos: "", windows: "", linux: "" });
  const [invalid, setInvalid] = useState<string[]>([]);
  const { run, busy, errorText, setError } = useAction();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (policies.state === "loaded") {
      setLinks(policies.value.downloads);
    }
  }, [policies]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(undefined);
    const trimmed = Object.fromEntries(systems.map((os) => [os, links[os].trim()])) as Links;
    const wrong = systems.filter((os) => !looksValid(trimmed[os]));
    setInvalid(wrong);
    if (wrong.length > 0) {
      return;
    }
    await run(async () => {
      try {
        await withRecentVerification(() => changePolicy("downloads", trimmed));
      } catch (caught) {
        // A link the server refuses is marked on its field, like one refused here.
        const refused = systems.find((os) => os === apiErrorOf(caught).field);
        if (refused === undefined) {
          throw caught;
        }
        setInvalid([refused]);
        return;
      }
      setLinks(trimmed);
      setSaved(true);
    });
  };

  return (
    <section className="card" aria-labelledby="section-downloads">
      <h2 id="section-downloads" className="card-title">
        <FormattedMessage {...m.downloads} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...m.downloadsExplains} />
      </p>
      <RequestedView requested={policies} loading={consoleMessages.loading}>
        {() => (
          <form className="console-form" onSubmit={(event) => void save(event)} noValidate>
            {systems.map((os) => (
              <TextField
                key={os}
                label={intl.formatMessage(m.downloadFor, { os })}
                type="url"
                inputMode="url"
                value={links[os]}
                error={invalid.includes(os) ? intl.formatMessage(m.downloadInvalid) : undefined}
                onChange={(event) => setLinks({ ...links, [os]: event.target.value })}
              />
            ))}
            <ErrorAlert message={errorText} />
            <div className="console-form-actions">
              <Button
                type="submit"
                busy={busy}
                busyLabel={intl.formatMessage(consoleMessages.saving)}
              >
                <FormattedMessage {...m.downloadsSave} />
              </Button>
              <span role="status">{saved && <FormattedMessage {...consoleMessages.saved} />}</span>
            </div>
          </form>
        )}
      </RequestedView>
    </section>
  );
}
