// The rule book the form's current values will be laid out by.
import { useWatch } from 'react-hook-form';
import type { StandardFamily } from '../../model';
import { profileFor, type Profile } from '../../standards';
import { useDocForm } from './form';

export function useProfile(): Profile {
  const { control } = useDocForm();
  const [standard, date] = useWatch({ control, name: ['standard', 'date'] });
  const family: StandardFamily = standard?.family === 'party' ? 'party' : 'state';
  return profileFor({ standard: { family, profile: standard?.profile }, date: typeof date === 'string' ? date : '' });
}
