// Profile: the signed-in user's details in the three sections of PRODUCT.md §2.
import { PageHeader } from "../../../components/PageHeader.tsx";
import type { Me } from "../../../lib/types.ts";

type Row = { label: string; value: string | null };

export function ProfilePage({ me }: { me: Me }) {
  const sections: { title: string; rows: Row[] }[] = [
    {
      title: "Profile details",
      rows: [
        { label: "First name", value: me.firstName },
        { label: "Last name", value: me.lastName },
        { label: "Display name", value: me.displayName },
        { label: "Username", value: me.username },
        { label: "Company email", value: me.email },
      ],
    },
    {
      title: "Personal information",
      rows: [
        { label: "Mobile phone", value: me.personal.mobilePhone },
        { label: "Work phone", value: me.personal.workPhone },
        { label: "Home address", value: me.personal.homeAddress },
        { label: "Personal email", value: me.personal.personalEmail },
      ],
    },
    {
      title: "Employment information",
      rows: [
        { label: "Job title", value: me.employment.jobTitle },
        { label: "Department", value: me.employment.department },
        { label: "Employee ID", value: me.employment.employeeId },
        { label: "Manager", value: me.employment.manager },
        { label: "Cost center", value: me.employment.costCenter },
        { label: "Office location", value: me.employment.officeLocation },
        { label: "Start date", value: formatDate(me.employment.startDate) },
      ],
    },
  ];

  return (
    <>
      <PageHeader title="Profile" description="Your details as your organization has them." />
      <div className="card-stack">
        {sections.map((section) => (
          <section key={section.title} className="card" aria-labelledby={slug(section.title)}>
            <h2 id={slug(section.title)} className="card-title">
              {section.title}
            </h2>
            <dl className="detail-list">
              {section.rows.map((row) => (
                <div key={row.label} className="detail-row">
                  <dt>{row.label}</dt>
                  <dd
                    className={row.value === null || row.value === "" ? "detail-empty" : undefined}
                  >
                    {row.value === null || row.value === "" ? "Not set" : row.value}
                  </dd>
                </div>
              ))}
            </dl>
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
