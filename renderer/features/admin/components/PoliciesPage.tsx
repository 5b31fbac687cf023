// Policies: every setting with what it does in one line, the recommendation it follows, and who
// changed it last. Each policy saves on its own; a change is a sensitive action, so an admin
// whose verification is over 5 minutes old confirms it is them first.
import { useCallback } from "react";
import { useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { getPolicies, getSettingChanges } from "../api.ts";
import { policyMessages as m } from "../policy-messages.ts";
import { policySections, profileFields } from "../policy-settings.ts";
import { fieldLabels } from "../profile-field-messages.ts";
import { useRequest } from "../use-request.ts";
import { PolicyCard } from "./PolicyCard.tsx";
import { RequestedView } from "./RequestedView.tsx";

export function PoliciesPage() {
  const intl = useIntl();
  const load = useCallback(
    async () => ({ policies: await getPolicies(), changes: await getSettingChanges() }),
    [],
  );
  const [loaded, reload] = useRequest(load);
  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.pageTitle)}
        description={intl.formatMessage(m.pageDescription)}
      />
      <RequestedView requested={loaded} loading={m.loadingPolicies}>
        {(value) => (
          <div className="card-stack">
            {policySections.map((section) => (
              <PolicyCard
                key={section.kind}
                kind={section.kind}
                title={section.title}
                settings={section.settings}
                value={value.policies[section.kind] as Record<string, unknown>}
                changes={value.changes}
                onSaved={reload}
              />
            ))}
            <PolicyCard
              kind="profile"
              title={m.profileTitle}
              settings={profileFields.map((key) => ({
                key,
                label: fieldLabels[key],
                does: m.fieldDoes,
                input: {
                  type: "choice",
                  options: [
                    { value: "editable", label: m.fieldEditable },
                    { value: "locked", label: m.fieldLocked },
                  ],
                },
              }))}
              value={value.policies.profile}
              changes={value.changes}
              onSaved={reload}
            />
          </div>
        )}
      </RequestedView>
    </>
  );
}
