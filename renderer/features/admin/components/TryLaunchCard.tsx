// "Try launch": the admin opens the app through the normal launch path, as themselves. Whether
// the app is in their own launcher is asked first, so an admin who is not assigned is told so.
import { useCallback, useState } from "react";
import { FormattedMessage } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { isInMyLauncher, type AdminApp, type TryLaunch } from "../app-api.ts";
import { appMessages as m } from "../app-messages.ts";
import { useRequest } from "../use-request.ts";

export function TryLaunchCard(props: { app: AdminApp; tryLaunch: TryLaunch }) {
  const { app } = props;
  const problemText = useProblemText();
  // Reloaded with the app: an assignment made on this page counts at once.
  const load = useCallback(() => isInMyLauncher(app.id), [app]);
  const [mine] = useRequest(load);
  const [problem, setProblem] = useState<Problem>();
  const [launched, setLaunched] = useState(false);

  const launch = async () => {
    setProblem(undefined);
    setLaunched(false);
    const outcome = await props.tryLaunch(app.id);
    if (outcome.ok) {
      setLaunched(true);
    } else {
      setProblem(outcome.problem);
    }
  };

  return (
    <section className="card" aria-labelledby="section-app-try">
      <h2 id="section-app-try" className="card-title">
        <FormattedMessage {...m.tryTitle} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...m.tryExplains} />
      </p>
      {mine.state === "loaded" && !mine.value && (
        <p className="card-note" id="try-not-assigned">
          <FormattedMessage {...m.notAssignedToYou} />
        </p>
      )}
      <ErrorAlert message={problemText(problem)} />
      <p className="visually-hidden" role="status">
        {launched && <FormattedMessage {...m.launched} />}
      </p>
      <div className="console-actions">
        <Button
          variant="secondary"
          disabled={mine.state !== "loaded" || !mine.value}
          aria-describedby={mine.state === "loaded" && !mine.value ? "try-not-assigned" : undefined}
          onClick={() => void launch()}
        >
          <FormattedMessage {...m.tryLaunch} />
        </Button>
      </div>
    </section>
  );
}
