// The title block at the top of each portal page. The heading takes focus after navigation
// (PortalShell), so it is focusable from script but not in the Tab order.

export function PageHeader({ title, description }: { title: string; description: string }) {
  return (
    <header className="page-header">
      <h1 className="page-title" tabIndex={-1}>
        {title}
      </h1>
      <p className="page-description">{description}</p>
    </header>
  );
}
