// The demo sign-ins, public by design (demo mode only listens on localhost). Kept apart from the
// seeding code so tests and scripts can read them without loading the server.

export const demoOrganizationName = "Acme Corporation";

export const demoAccounts = {
  employee: { email: "alex.morgan@example.com", password: "Gatehouse-Demo-Employee-1" },
  admin: { email: "sam.rivera@example.com", password: "Gatehouse-Demo-Admin-1" },
} as const;
