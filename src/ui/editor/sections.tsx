// The form's sections in document order, except the body (rich/RichBodyEditor). Every text form the rule
// book decides (number line, place and date, authority) comes from standards/ and is shown as it
// will print.
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AUTHORITY_FORMS, DATE_BLANKS, KIND_IDS, type KindId, type StandardFamily } from '../../model';
import {
  KINDS,
  PROFILES,
  authorityLine,
  authorityText,
  defaultProfileId,
  formatNumberLine,
  formatPlaceDate,
  summaryCase,
  typeCodeFor,
} from '../../standards';
import { ISO_DATE } from '../dates';
import { ARCHIVE_HINT, RECIPIENT_PRESETS, SIGNATURE_ON_HINT } from '../presets';
import { Section, SelectField, TextField, useFieldError, FieldError, describedBy } from './Field';
import { emptyToUndefined, fieldId, useDocForm } from './form';
import { StringListEditor } from './StringListEditor';
import { useProfile } from './useProfile';

function useFamily(): StandardFamily {
  const { control } = useDocForm();
  const family = useWatch({ control, name: 'standard.family' });
  return family === 'party' ? 'party' : 'state';
}

function useKind(): KindId {
  const { control } = useDocForm();
  const kind = useWatch({ control, name: 'kind' });
  return (KIND_IDS as readonly string[]).includes(kind) ? kind : 'thong-bao';
}

export function StandardSection() {
  const { t } = useTranslation();
  const { register, setValue, control } = useDocForm();
  const family = useFamily();
  const date = useWatch({ control, name: 'date' });
  const profile = useProfile();
  const auto = PROFILES[defaultProfileId(family, typeof date === 'string' && ISO_DATE.test(date) ? date : '')];
  const familyError = useFieldError('standard.family');
  const familyId = fieldId('standard.family');
  return (
    <Section id="sec-standard" title={t('section.standard')} path="standard">
      <fieldset className="field radio-group" aria-describedby={describedBy(familyId, false, !!familyError)}>
        <legend>{t('standard.family')}</legend>
        {(['state', 'party'] as const).map((f) => (
          <label key={f} className="radio">
            <input
              type="radio"
              value={f}
              id={`${familyId}-${f}`}
              {...register('standard.family', {
                // A version of the other family's book would be ignored: go back to "by date".
                onChange: () => setValue('standard.profile', undefined, { shouldDirty: true }),
              })}
            />
            {t(`standard.${f}`)}
          </label>
        ))}
        <FieldError id={familyId} message={familyError} />
      </fieldset>
      <SelectField
        name="standard.profile"
        label={t('standard.profile')}
        registerOptions={{ setValueAs: emptyToUndefined }}
        options={[
          { value: '', label: t('standard.profileAuto', { basis: auto.basis }) },
          ...Object.values(PROFILES)
            .filter((p) => p.family === family)
            .map((p) => ({ value: p.id, label: p.basis })),
        ]}
        hint={t('standard.profileHint')}
        printed={profile.basis}
        printedLabel={t('standard.applies')}
      />
      <SelectField
        name="kind"
        label={t('field.kind')}
        options={KIND_IDS.map((k) => ({ value: k, label: t(`kinds.${k}`, { defaultValue: KINDS[k].label }) }))}
      />
    </Section>
  );
}

export function HeaderSection() {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const family = useFamily();
  const kind = useKind();
  const profile = useProfile();
  const [number, place, date, dateBlankValue] = useWatch({ control, name: ['number', 'place', 'date', 'dateBlank'] });
  const dateBlank = DATE_BLANKS.find((b) => b === dateBlankValue);
  const value = typeof number?.value === 'number' && Number.isInteger(number.value) && number.value >= 1 ? number.value : null;
  const numberLine = formatNumberLine({ kind, number: { value, typeCode: number?.typeCode ?? '', issuerCode: number?.issuerCode ?? '' } }, profile);
  const suggestedCode = typeCodeFor(kind, profile);
  const placeDate = typeof date === 'string' && ISO_DATE.test(date) ? formatPlaceDate(place ?? '', date, dateBlank, profile.header.fillIn) : undefined;
  return (
    <Section id="sec-header" title={t('section.header')} path="issuer">
      <div className="field-row">
        <TextField name="issuer.parent" label={t(`field.issuerParent.${family}`)} placeholder={family === 'party' ? 'ĐẢNG BỘ TỈNH …' : 'UBND TỈNH …'} hint={t('field.issuerParentHint')} />
        <TextField name="issuer.name" label={t('field.issuerName')} placeholder={family === 'party' ? 'TỈNH ỦY …' : 'VĂN PHÒNG'} />
      </div>
      <div className="field-row three">
        <TextField
          name="number.value"
          label={t('field.numberValue')}
          type="number"
          inputMode="numeric"
          hint={t('field.numberValueHint')}
          options={{ setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v)) }}
        />
        <TextField
          name="number.typeCode"
          label={t('field.typeCode')}
          placeholder={suggestedCode ?? ''}
          hint={suggestedCode ? t('field.typeCodeHint', { code: suggestedCode }) : t('field.typeCodeNone')}
        />
        <TextField name="number.issuerCode" label={t('field.issuerCode')} placeholder={family === 'party' ? 'TU' : 'VP'} />
      </div>
      <Printed2 id="number-line" text={numberLine} />
      <div className="field-row">
        <TextField name="place" label={t('field.place')} placeholder={family === 'party' ? 'Đông Hà' : 'Kiên Giang'} />
        {/* The blank choice sits under the date it blanks. */}
        <div>
          <TextField name="date" label={t('field.date')} type="date" printed={placeDate ?? '—'} />
          <SelectField
            name="dateBlank"
            label={t('field.dateBlank')}
            registerOptions={{ setValueAs: emptyToUndefined }}
            options={[
              { value: '', label: t('field.dateBlankNone') },
              { value: 'day', label: t('field.dateBlankDay') },
              { value: 'dayMonth', label: t('field.dateBlankDayMonth') },
            ]}
            hint={t('field.dateBlankHint')}
          />
        </div>
      </div>
      <details className="marks">
        <summary>{t('field.marks')}</summary>
        <div className="field-row">
          <SelectField
            name="marks.urgency"
            label={t('field.urgency')}
            registerOptions={{ setValueAs: emptyToUndefined }}
            options={[{ value: '', label: t('field.none') }, ...['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'].map((v) => ({ value: v, label: v }))]}
          />
          <SelectField
            name="marks.secrecy"
            label={t('field.secrecy')}
            registerOptions={{ setValueAs: emptyToUndefined }}
            options={[{ value: '', label: t('field.none') }, ...['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'].map((v) => ({ value: v, label: v }))]}
          />
        </div>
      </details>
    </Section>
  );
}

/** A printed line that belongs to several fields (the number line). */
function Printed2({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  return (
    <p className="printed" id={id}>
      <span className="printed-label">{t('editor.printedAs')}</span> <output className="printed-value" data-testid={id}>{text}</output>
    </p>
  );
}

export function TitleSection() {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const kind = useKind();
  const profile = useProfile();
  const summary = useWatch({ control, name: 'title.summary' }) ?? '';
  const cased = summaryCase(summary, profile);
  return (
    <Section id="sec-title" title={t('section.title')} path="title">
      <div className="field-row">
        <TextField
          name="title.typeName"
          label={t('field.typeName')}
          placeholder={KINDS[kind].typeName || t('field.typeNameNone')}
          hint={t('field.typeNameHint')}
        />
        <TextField name="title.author" label={t('field.author')} placeholder={profile.family === 'party' ? 'CỦA BAN THƯỜNG VỤ TỈNH ỦY' : ''} hint={t('field.authorHint')} />
      </div>
      <TextField
        name="title.summary"
        label={t('field.summary')}
        multiline
        rows={2}
        hint={t('field.summaryHint')}
        printed={cased !== summary ? cased : undefined}
      />
    </Section>
  );
}

export function AddresseesSection() {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const kind = useKind();
  const addressees = useWatch({ control, name: 'addressees' });
  if (!KINDS[kind].addressees && !(addressees && addressees.length > 0)) return null;
  return (
    <Section id="sec-addressees" title={t('section.addressees')} path="addressees">
      <StringListEditor name="addressees" label={t('field.addressees')} itemLabel={t('field.addressee')} hint={t('field.addresseesHint')} />
    </Section>
  );
}

export function RecipientsSection() {
  const { t } = useTranslation();
  const family = useFamily();
  return (
    <Section id="sec-recipients" title={t('section.recipients')} path="recipients">
      <StringListEditor
        name="recipients.entries"
        label={t('field.recipients')}
        itemLabel={t('field.recipient')}
        hint={t('field.recipientsHint')}
        presets={RECIPIENT_PRESETS[family]}
      />
      <TextField name="recipients.archive" label={t('field.archive')} placeholder={ARCHIVE_HINT[family]} hint={t('field.archiveHint', { example: ARCHIVE_HINT[family] })} />
    </Section>
  );
}

export function SignatureSection() {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const family = useFamily();
  const profile = useProfile();
  const signature = useWatch({ control, name: 'signature' });
  const form = signature && (AUTHORITY_FORMS as readonly string[]).includes(signature.authority) ? signature.authority : 'none';
  const line = authorityLine(form, signature?.on, profile);
  return (
    <Section id="sec-signature" title={t('section.signature')} path="signature">
      <div className="field-row">
        <SelectField
          name="signature.authority"
          label={t('field.authority')}
          options={AUTHORITY_FORMS.map((f) => {
            const printed = authorityText(f, profile);
            return { value: f, label: printed ? `${printed} — ${t(`authority.${f}`)}` : t(`authority.${f}`) };
          })}
        />
        <TextField name="signature.on" multiline rows={2} label={t('field.signatureOn')} placeholder={SIGNATURE_ON_HINT[family]} hint={t('field.signatureOnHint')} />
      </div>
      {line ? <Printed2 id="authority-line" text={line} /> : null}
      <div className="field-row">
        <TextField name="signature.position" multiline rows={2} label={t('field.position')} placeholder={family === 'party' ? 'BÍ THƯ' : 'PHÓ CHÁNH VĂN PHÒNG'} />
        <TextField name="signature.name" label={t('field.signerName')} autoComplete="name" />
      </div>
      <TextField name="signature.signedNote" label={t('field.signedNote')} placeholder="(đã ký)" hint={t('field.signedNoteHint')} />
    </Section>
  );
}
