/**
 * "Save": the whole file is checked by the checker's rules first; a file with errors can still be saved (work
 * is never trapped) but the errors are named, and the curator confirms, before it is written.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataIssue } from '../data/issues.ts';
import { saveFile } from './save-file.ts';

const SHOWN_ERRORS = 10;

interface Props {
  /** The data file's path (`data/scenes.json`); its last part names the saved file. */
  fileName: string;
  label: string;
  text: () => string;
  /** The checker's issues of the whole text. */
  check: (text: string) => readonly DataIssue[];
  onWritten?: () => Promise<void> | void;
}

export function SaveControl({ fileName, label, text, check, onWritten }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<DataIssue[]>([]);
  const [message, setMessage] = useState('');

  const write = async () => {
    dialog.current?.close();
    const name = fileName.split('/').pop() ?? fileName;
    try {
      const how = await saveFile(name, text());
      await onWritten?.();
      setMessage(t(how === 'written' ? 'workbench.saved' : 'workbench.downloaded', { file: name }));
    } catch {
      // The curator closed the file picker: nothing was written.
      setMessage('');
    }
  };

  const save = () => {
    const found = check(text()).filter((issue) => issue.severity === 'error');
    setErrors(found);
    if (found.length === 0) void write();
    else dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" onClick={save}>
        {label}
      </button>
      <span role="status" className="workbench-saved">
        {message}
      </span>
      <dialog ref={dialog} aria-labelledby="workbench-save-errors">
        <h3 id="workbench-save-errors">{t('workbench.saveWithErrors', { total: errors.length })}</h3>
        <ul>
          {errors.slice(0, SHOWN_ERRORS).map((issue, i) => (
            <li key={i}>
              {t('workbench.issueAt', { line: issue.line })} {issue.message}
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => void write()}>
          {t('workbench.saveAnyway')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('workbench.cancel')}
        </button>
      </dialog>
    </>
  );
}
