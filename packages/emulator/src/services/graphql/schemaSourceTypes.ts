/** A value type as the spec describes it. */
export interface SourceType {
  /** string, integer, number, boolean, object, array or ref. */
  type: string;
  /** The model name for refs. */
  ref?: string;
  /** The item type for arrays. */
  items?: SourceType;
}

/** One parameter of an operation. */
export interface SourceParam extends SourceType {
  /** The parameter name. */
  name: string;
  /** path, query or body. */
  in: string;
  /** Whether it must be sent. */
  required: boolean;
}

/** One REST operation that GraphQL exposes. */
export interface SourceOperation {
  /** The operation id, which is also the GraphQL field name. */
  id: string;
  /** The HTTP method. */
  method: string;
  /** The path below /v1. */
  path: string;
  /** The response model, or null for empty answers. */
  model: string | null;
  /** Its parameters. */
  params: SourceParam[];
}

/** A response model. */
export interface SourceModel {
  /** Whether it carries free-form attributes (documents, preferences). */
  additional: boolean;
  /** Its declared properties. */
  props: Record<string, SourceType>;
}

/** Everything the schema builder needs. */
export interface SchemaSource {
  /** The operations. */
  operations: SourceOperation[];
  /** The models by name. */
  models: Record<string, SourceModel>;
}
