/** One schema step of the studio database. Each runs inside the runner's one transaction. */
export interface StudioMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
