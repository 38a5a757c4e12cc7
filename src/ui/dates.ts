// Today's date in the local calendar, as the ISO string the model uses.
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
