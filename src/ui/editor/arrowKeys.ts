// No arrow key changes the document outside text. A browser lets arrows change a focused <select>
// (one press on "Chèn khối" would insert a block) and check the next radio of a group (one press
// turns a State document into a Party one). In the form, arrows on a select open its list
// instead, where Enter chooses; arrows on a radio move the focus along the group, where Space
// chooses.

const SELECT_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
const RADIO_KEYS: Record<string, number> = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 };

/** For a keydown in the form (capture phase); returns true when it took the key. */
export function guardArrowKeys(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target' | 'preventDefault'>): boolean {
  const target = e.target;
  if (e.ctrlKey || e.metaKey) return false;
  if (target instanceof HTMLSelectElement && !target.multiple && SELECT_KEYS.has(e.key) && !e.altKey) {
    e.preventDefault();
    try {
      target.showPicker?.();
    } catch {
      // Not allowed here (no user activation): the key does nothing, which is what matters.
    }
    return true;
  }
  if (target instanceof HTMLInputElement && target.type === 'radio' && e.key in RADIO_KEYS) {
    e.preventDefault();
    const group = target.form ?? target.ownerDocument;
    const radios = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter((r) => r.name === target.name && !r.disabled);
    const next = radios[(radios.indexOf(target) + (RADIO_KEYS[e.key] as number) + radios.length) % radios.length];
    next?.focus();
    return true;
  }
  return false;
}
