// The preview and the findings follow the form, a little behind the typing (debounced with a ceiling).
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { documentSchema, type Document, type DocumentInput } from '../../model';
import { debounce, type Debounced } from './debounce';
import { derive, type Derived } from './derive';

const PREVIEW_DELAY_MS = 150;
/** Steady typing postpones the preview at most this long: it keeps up. */
const PREVIEW_MAX_WAIT_MS = 600;

export function useDerived(form: UseFormReturn<DocumentInput, unknown, Document>, initial: DocumentInput): Derived {
  const [derived, setDerived] = useState<Derived>(() => derive(initial, null));
  const previewTimer = useRef<Debounced>({});

  useEffect(() => {
    const subscription = form.watch(() => {
      debounce(previewTimer.current, PREVIEW_DELAY_MS, PREVIEW_MAX_WAIT_MS, () => setDerived((prev) => derive(form.getValues(), prev)));
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(previewTimer.current.timer);
    };
  }, [form]);

  // A draft that does not parse shows its errors at once, on the fields.
  useEffect(() => {
    if (!documentSchema.safeParse(initial).success) void form.trigger();
  }, [form, initial]);

  return derived;
}
