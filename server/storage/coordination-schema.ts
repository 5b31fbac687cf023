// Tables that let several server instances on one database agree: change topics and job leases.

export type ChangeVersionsTable = {
  topic: string;
  version: number; // raised by one on every published change
};

export type JobLeasesTable = {
  job: string;
  holder: string; // a random id of the instance (and run) holding the lease
  expires_at: number; // a crashed holder's lease lapses at this instant
};

export type CoordinationDatabase = {
  change_versions: ChangeVersionsTable;
  job_leases: JobLeasesTable;
};
