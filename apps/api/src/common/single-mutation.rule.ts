import { GraphQLError, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext): number {
  return selectionSet.selections.reduce((count, selection) => {
    if (selection.kind === Kind.FIELD) return count + 1;
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return count + countRootFields(selection.selectionSet, context);
    const fragment = context.getFragment(selection.name.value);
    return count + (fragment ? countRootFields(fragment.selectionSet, context) : 0);
  }, 0);
}

/**
 * One mutation per request: a request is one transaction, so it either succeeds or fails as a whole
 * and never reports one field as done while the rollback of another undid it.
 */
export const singleMutationRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'mutation' && countRootFields(node.selectionSet, context) > 1) {
      context.reportError(
        new GraphQLError('Send one mutation per request, so that it succeeds or fails as a whole.', {
          nodes: [node],
        }),
      );
    }
  },
});
