// Profile: the signed-in user's details in the three sections of docs/design.md §1.2, edited in
// place. The company email is never editable, nor is any field the admin locked.
import { useState } from "react";
import { FormattedMessage, useIntl, type IntlShape, type MessageDescriptor } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import type { ApiError } from "../../../lib/http.ts";
import type { Me } from "../../../lib/types.ts";
import { handledReverification, useSession } from "../../../stores/session.ts";
import { profileMessages as m } from "../messages.ts";
import { EditableField, type FieldSpec } from "./EditableField.tsx";

export function ProfilePage({ me }: { me: Me }) {
  const intl = useIntl();
  // The field just saved, said in the live region in the language shown now.
  const [announced, setAnnounced] = useState<MessageDescriptor>();
  const locked = new Set(me.lockedProfileFields);
  const sections: { id: string; title: MessageDescriptor; fields: FieldSpec[] }[] = [
    {
      id: "section-profile-details",
      title: m.details,
      fields: [
        { label: m.firstName, value: me.firstName, field: "firstName" },
        { label: m.lastName, value: me.lastName, field: "lastName" },
        { label: m.displayName, value: me.displayName, field: "displayName" },
        { label: m.username, value: me.username, field: "username" },
        { label: m.companyEmail, value: me.email },
      ],
    },
    {
      id: "section-personal-information",
      title: m.personal,
      fields: [
        {
          label: m.mobilePhone,
          value: me.personal.mobilePhone,
          field: "mobilePhone",
          type: "tel",
        },
        {
          label: m.workPhone,
          value: me.personal.workPhone,
          field: "workPhone",
          type: "tel",
        },
        { label: m.homeAddress, value: me.personal.homeAddress, field: "homeAddress" },
        {
          label: m.personalEmail,
          value: me.personal.personalEmail,
          field: "personalEmail",
          type: "email",
        },
      ],
    },
    {
      id: "section-employment-information",
      title: m.employment,
      fields: [
        { label: m.jobTitle, value: me.employment.jobTitle, field: "jobTitle" },
        { label: m.department, value: me.employment.department, field: "department" },
        { label: m.employeeId, value: me.employment.employeeId, field: "employeeId" },
        { label: m.manager, value: me.employment.manager, field: "manager" },
        { label: m.costCenter, value: me.employment.costCenter, field: "costCenter" },
        {
          label: m.officeLocation,
          value: me.employment.officeLocation,
          field: "officeLocation",
        },
        {
          label: m.startDate,
          value: me.employment.startDate,
          display: formatStartDate(intl, me.employment.startDate),
          field: "startDate",
          type: "date",
        },
      ],
    },
  ];

  const anyEditable = sections
    .flatMap((section) => section.fields)
    .some((spec) => spec.field !== undefined && !locked.has(spec.field));

  const onError = (error: ApiError) => {
    if (handledReverification(error)) {
      return true;
    }
    if (error.code === "PROFILE_READ_ONLY") {
      // The admin locked the field meanwhile: reload to show it read-only.
      void useSession.getState().loadSession();
      return true;
    }
    return false;
  };

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(
          anyEditable ? m.descriptionEditable : m.descriptionReadOnly,
        )}
      />
      {/* Present from the start, so screen readers pick up what is said into it later. */}
      <p className="visually-hidden" role="status">
        {announced !== undefined &&
          intl.formatMessage(m.saved, { field: intl.formatMessage(announced) })}
      </p>
      <div className="card-stack">
        {locked.size > 0 && (
          <div className="alert alert-info" role="note">
            <InfoIcon size={18} />
            <span>
              <FormattedMessage {...(anyEditable ? m.managedNoteSome : m.managedNote)} />
            </span>
          </div>
        )}
        {sections.map((section) => (
          <section key={section.id} className="card" aria-labelledby={section.id}>
            <h2 id={section.id} className="card-title">
              <FormattedMessage {...section.title} />
            </h2>
            <div>
              {section.fields.map((spec) => (
                <EditableField
                  key={spec.field ?? "email"}
                  spec={spec}
                  editable={spec.field !== undefined && !locked.has(spec.field)}
                  onSaved={(updated) => useSession.getState().updateMe(updated)}
                  onError={onError}
                  onAnnounce={setAnnounced}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}

/** A calendar date (no time zone of its own), in the user's language. */
function formatStartDate(intl: IntlShape, isoDate: string | null): string | null {
  if (isoDate === null) {
    return null;
  }
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? isoDate
    : intl.formatDate(date, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}
