// Policies: every setting with what it does in one line, the recommendation it follows, and who
// changed it last. Each policy saves on its own; a change is a sensitive action, so an admin
// whose verification is over 5 minutes old confirms it is them first.
import { useCallback } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { getPolicies, getSettingChanges } from "../api.ts";
import { policySections, profileFieldLabels } from "../policy-settings.ts";
import { useRequest } from "../use-request.ts";
import { PolicyCard } from "./PolicyCard.tsx";

export function PoliciesPage() {
  const load = useCallback(
    async () => ({ policies: await getPolicies(), changes: await getSettingChanges() }),
    [],
  );
  const [loaded, reload] = useRequest(load);
  return (
    <>
      <PageHeader
        title="Policies"
        description="How people sign in, how long sessions last and what users may change themselves."
      />
      {loaded.state === "loading" && <p className="card-note">Loading policies…</p>}
      {loaded.state === "failed" && (
        <p className="field-error" role="alert">
          {loaded.error.message}
        </p>
      )}
      {loaded.state === "loaded" && (
        <div className="card-stack">
          {policySections.map((section) => (
            <PolicyCard
              key={section.kind}
              kind={section.kind}
              title={section.title}
              settings={section.settings}
              value={loaded.value.policies[section.kind] as Record<string, unknown>}
              changes={loaded.value.changes}
              onSaved={reload}
            />
          ))}
          <PolicyCard
            kind="profile"
            title="Profile editing"
            settings={profileFieldLabels.map(({ key, label }) => ({
              key,
              label,
              does: `Whether users may change their own ${label.toLowerCase()}.`,
              input: {
                type: "choice",
                options: [
                  { value: "editable", label: "Editable by the user" },
                  { value: "locked", label: "Locked (admins change it)" },
                ],
              },
            }))}
            value={loaded.value.policies.profile}
            changes={loaded.value.changes}
            onSaved={reload}
          />
        </div>
      )}
    </>
  );
}
