/**
 * "Save": the whole file is checked by the checker's rules first; a file with errors can still be saved (work
 * is never trapped) but the errors are named, and the curator confirms, before it is written.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataIssue } from '../data/issues.ts';
import { validateProjects, type ProjectContext } from '../data/validate.ts';
import { dropDraft } from './draft-storage.ts';
import { saveFile } from './save-file.ts';
import { savedText, type WorkbenchStore } from './workbench-store.ts';

const SHOWN_ERRORS = 10;

export function SaveControl({ store, context }: { store: WorkbenchStore; context: ProjectContext }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<DataIssue[]>([]);
  const [message, setMessage] = useState('');

  const write = async () => {
    dialog.current?.close();
    const state = store.getState();
    const name = state.fileName.split('/').pop() ?? state.fileName;
    try {
      const how = await saveFile(name, savedText(state));
      await dropDraft(state.fileName);
      setMessage(t(how === 'written' ? 'workbench.saved' : 'workbench.downloaded', { file: name }));
    } catch {
      // The curator closed the file picker: nothing was written.
      setMessage('');
    }
  };

  const save = () => {
    const state = store.getState();
    const found = validateProjects(savedText(state), state.fileName, context).issues.filter(
      (issue) => issue.severity === 'error',
    );
    setErrors(found);
    if (found.length === 0) void write();
    else dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" onClick={save}>
        {t('workbench.save')}
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
