/** The project as the console's `project` endpoint describes it. */
export interface Project {
  projectId: string;
  projectName: string;
  databases: Array<{
    $id: string;
    name: string;
    collections: Array<{ $id: string; name: string; documentSecurity: boolean; attributes: Array<{ key: string; type: string; array?: boolean }> }>;
  }>;
  buckets: Array<{ $id: string; name: string }>;
  functions: Array<{ $id: string; name: string; runtime: string }>;
}
