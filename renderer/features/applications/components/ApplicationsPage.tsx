// Applications: the apps assigned to the user. No app catalog exists on the server yet, so the
// page says so plainly instead of showing tiles that do nothing.
import { EmptyState } from "../../../components/EmptyState.tsx";
import { AppsIcon } from "../../../components/Icons.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";

export function ApplicationsPage() {
  return (
    <>
      <PageHeader
        title="Applications"
        description="Open the apps you use at work, already signed in."
      />
      <EmptyState icon={<AppsIcon size={28} />} title="No applications yet">
        <p>
          When your IT administrator assigns apps to you, they appear here as tiles you can open.
        </p>
      </EmptyState>
    </>
  );
}
