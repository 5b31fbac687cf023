// Profile: the signed-in user's details in the three sections of docs/design.md §1.2, edited in
// place. The company email is never editable, nor is any field the admin locked.
import { useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import type { ApiError } from "../../../lib/http.ts";
import type { Me } from "../../../lib/types.ts";
import { handledReverification, useSession } from "../../../stores/session.ts";
import { EditableField, type FieldSpec } from "./EditableField.tsx";

export function ProfilePage({ me }: { me: Me }) {
  const [announcement, setAnnouncement] = useState("");
  const locked = new Set(me.lockedProfileFields);
  const sections: { title: string; fields: FieldSpec[] }[] = [
    {
      title: "Profile details",
      fields: [
        { label: "First name", value: me.firstName, field: "firstName" },
        { label: "Last name", value: me.lastName, field: "lastName" },
        { label: "Display name", value: me.displayName, field: "displayName" },
        { label: "Username", value: me.username, field: "username" },
        { label: "Company email", value: me.email },
      ],
    },
    {
      title: "Personal information",
      fields: [
        {
          label: "Mobile phone",
          value: me.personal.mobilePhone,
          field: "mobilePhone",
          type: "tel",
        },
        { label: "Work phone", value: me.personal.workPhone, field: "workPhone", type: "tel" },
        { label: "Home address", value: me.personal.homeAddress, field: "homeAddress" },
        {
          label: "Personal email",
          value: me.personal.personalEmail,
          field: "personalEmail",
          type: "email",
        },
      ],
    },
    {
      title: "Employment information",
      fields: [
        { label: "Job title", value: me.employment.jobTitle, field: "jobTitle" },
        { label: "Department", value: me.employment.department, field: "department" },
        { label: "Employee ID", value: me.employment.employeeId, field: "employeeId" },
        { label: "Manager", value: me.employment.manager, field: "manager" },
        { label: "Cost center", value: me.employment.costCenter, field: "costCenter" },
        { label: "Office location", value: me.employment.officeLocation, field: "officeLocation" },
        {
          label: "Start date",
          value: me.employment.startDate,
          display: formatDate(me.employment.startDate),
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
        title="Profile"
        description={
          anyEditable
            ? "Your details as your organization has them. Click a field to change it."
            : "Your details as your organization has them."
        }
      />
      {/* Present from the start, so screen readers pick up what is said into it later. */}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="card-stack">
        {locked.size > 0 && (
          <div className="alert alert-info" role="note">
            <InfoIcon size={18} />
            <span>
              {anyEditable
                ? "Your administrator manages some of these details, so they are read-only here. Contact your IT administrator to change them."
                : "Your administrator manages these details, so they are read-only here. Contact your IT administrator to change them."}
            </span>
          </div>
        )}
        {sections.map((section) => (
          <section key={section.title} className="card" aria-labelledby={slug(section.title)}>
            <h2 id={slug(section.title)} className="card-title">
              {section.title}
            </h2>
            <div>
              {section.fields.map((spec) => (
                <EditableField
                  key={spec.label}
                  spec={spec}
                  editable={spec.field !== undefined && !locked.has(spec.field)}
                  onSaved={(updated) => useSession.getState().updateMe(updated)}
                  onError={onError}
                  onAnnounce={setAnnouncement}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}

function slug(title: string): string {
  return `section-${title.toLowerCase().replaceAll(" ", "-")}`;
}

function formatDate(isoDate: string | null): string | null {
  if (isoDate === null) {
    return null;
  }
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? isoDate
    : date.toLocaleDateString(undefined, {
        year: "numeric",
        month: "long",
        day: "numeric",
        timeZone: "UTC",
      });
}
