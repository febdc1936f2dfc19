import { useEffect, useId, useState } from 'preact/hooks';
import { DATE_PLACEHOLDER, formatDate, parseDate } from '@/lib/ui/dates';
import { useT } from './i18n';

export type DateFieldProps = {
  /** The stored date (YYYY, YYYY-MM, YYYY-MM-DD) or null. */
  value: string | null;
  /** A stored date, '' when emptied, null while what is typed is not a date. */
  onChange: (iso: string | '' | null) => void;
  label: string;
  /** Where the label is drawn: around the field (the edit form) or only for screen readers (the filters). */
  visibleLabel?: string;
  inputRef?: preact.Ref<HTMLInputElement>;
};

/**
 * A date as the reader writes it (lib/ui/dates.ts: 14.11.2022 in Ukrainian and Russian, ISO in
 * English; a month or a year alone too), for the history's filters and the edit form alike, so
 * both take and show one format. A native date input would show the browser's locale instead of
 * the interface's and take whole days only. What is not a date is said next to the field.
 */
export function DateField({ value, onChange, label, visibleLabel, inputRef }: DateFieldProps) {
  const { t, lang } = useT();
  const [text, setText] = useState(value ? formatDate(value, lang) : '');
  const [bad, setBad] = useState(false);
  const hint = useId();
  // A value set from outside (Clear) is shown anew; one that what is typed already says is left
  // as typed ("2022-1" is read as January while the reader is still writing "2022-11").
  useEffect(() => {
    setText((typed) => (parseDate(typed) === (value ?? '') ? typed : value ? formatDate(value, lang) : ''));
    if (!value) setBad(false);
  }, [value]);
  // Another language writes the date its own way.
  useEffect(() => {
    setText(value ? formatDate(value, lang) : '');
    setBad(false);
  }, [lang]);
  const input = (
    <input
      ref={inputRef}
      value={text}
      placeholder={DATE_PLACEHOLDER[lang]}
      aria-label={visibleLabel ? undefined : label}
      aria-invalid={bad || undefined}
      aria-describedby={bad ? hint : undefined}
      inputMode="numeric"
      size={10}
      onInput={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        const iso = parseDate(typed);
        setBad(iso === null);
        onChange(iso);
      }}
    />
  );
  return (
    <span class="date-field">
      {visibleLabel ? <label>{visibleLabel} {input}</label> : input}
      {bad && <span id={hint} class="field-error" role="status">{t('dateInvalid', { format: DATE_PLACEHOLDER[lang] })}</span>}
    </span>
  );
}
