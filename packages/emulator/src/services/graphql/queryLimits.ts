import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Appwrite 1.5's defaults for `_APP_GRAPHQL_MAX_BATCH_SIZE`, `_APP_GRAPHQL_MAX_COMPLEXITY` and
 * `_APP_GRAPHQL_MAX_DEPTH` (app/config/variables.php); the emulator does not read them from the environment.
 */
export const GRAPHQL_LIMITS = { batchSize: 10, complexity: 250, depth: 3 } as const;

/**
 * Most tokens a GraphQL document may have; the parser stops there, so a huge document costs
 * no more than this to refuse. A query within the complexity limit needs far fewer.
 */
export const MAX_TOKENS = 10_000;

/** Depth and complexity of a selection. */
interface Cost {
  /** Deepest level of a field with a selection set (see `measure`). */
  depth: number;
  /** One point per field, its children included. */
  complexity: number;
}

/**
 * Creates the cost of a selection set, counted as Appwrite's GraphQL server counts by default:
 * every field (each alias too) costs one plus the cost of its children, and a field with a
 * selection set at the top is depth 0, each such field inside it one level more. Each
 * fragment is measured once per level, so spreading it many times costs no extra work and a
 * fragment cycle finds its own mark and stops; nesting is followed no deeper than `limit`.
 *
 * @param selectionSet The selection set.
 * @param fragments The document's fragments by name.
 * @param depth The level of the fields in this set.
 * @param limit The deepest level worth following.
 * @param seen Costs already measured per fragment and level.
 *
 * @returns The cost.
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  depth: number,
  limit: number,
  seen: Map<string, Cost>,
): Cost {
  const total: Cost = { depth: 0, complexity: 0 };
  const add = (part: Cost) => {
    total.depth = Math.max(total.depth, part.depth);
    total.complexity += part.complexity;
  };
  for (const node of selectionSet.selections) {
    if (node.kind === Kind.FIELD) {
      total.complexity += 1;
      if (!node.selectionSet) continue;
      total.depth = Math.max(total.depth, depth);
      if (depth < limit) add(measure(node.selectionSet, fragments, depth + 1, limit, seen));
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      add(measure(node.selectionSet, fragments, depth, limit, seen));
    } else {
      const key = `${node.name.value}@${depth}`;
      let cost = seen.get(key);
      if (!cost) {
        seen.set(key, { depth: 0, complexity: 0 });
        const fragment = fragments.get(node.name.value);
        cost = fragment ? measure(fragment.selectionSet, fragments, depth, limit, seen) : { depth: 0, complexity: 0 };
        seen.set(key, cost);
      }
      add(cost);
    }
  }
  return total;
}

/**
 * Creates a validation rule refusing any operation nested deeper than `maxDepth` or more
 * complex than `maxComplexity`, with the messages Appwrite's GraphQL server uses.
 *
 * @param maxDepth The deepest level allowed.
 * @param maxComplexity The highest complexity allowed.
 *
 * @returns The rule.
 */
export function costLimit(maxDepth: number, maxComplexity: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        // Following a little past the limit reports the real depth of ordinary documents.
        const cost = measure(operation.selectionSet, fragments, 0, maxDepth + 32, new Map());
        if (cost.depth > maxDepth) context.reportError(new GraphQLError(`Max query depth should be ${maxDepth} but got ${cost.depth}.`, { nodes: [operation] }));
        if (cost.complexity > maxComplexity) {
          context.reportError(new GraphQLError(`Max query complexity should be ${maxComplexity} but got ${cost.complexity}.`, { nodes: [operation] }));
        }
      },
    };
  };
}

/**
 * Creates the rules that bound the cost of one GraphQL request with Appwrite's defaults.
 *
 * @returns The rules to add to the standard ones.
 */
export function costRules(): ValidationRule[] {
  return [costLimit(GRAPHQL_LIMITS.depth, GRAPHQL_LIMITS.complexity)];
}
