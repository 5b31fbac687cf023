// Tables that let several server instances on one database agree: change topics, job leases and
// rate-limit windows.

export type ChangeVersionsTable = {
  topic: string;
  version: number; // raised by one on every published change
};

export type JobLeasesTable = {
  job: string;
  holder: string; // a random id of the instance (and run) holding the lease
  expires_at: number; // a crashed holder's lease lapses at this instant
};

export type RateLimitWindowsTable = {
  key: string; // route, then "ip" or "account", then the address or the account's hash
  hits: number; // requests counted in the current window
  resets_at: number; // the window ends (and the count starts over) at this instant
};

export type CoordinationDatabase = {
  change_versions: ChangeVersionsTable;
  job_leases: JobLeasesTable;
  rate_limit_windows: RateLimitWindowsTable;
};
