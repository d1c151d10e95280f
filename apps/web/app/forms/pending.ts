import { useNavigation } from '@remix-run/react';

/**
 * True from the moment a form on this page is submitted until the page after it has loaded. With
 * `intent`, only for the form whose submit carried that `intent` value.
 */
export function useSubmitting(intent?: string): boolean {
  const navigation = useNavigation();
  if (navigation.state === 'idle' || !navigation.formData) return false;
  return intent === undefined || navigation.formData.get('intent') === intent;
}
