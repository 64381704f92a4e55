import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import { useDraft } from './draft-context';
import { appendAt, type DraftPath, getIn, removeAt } from './draft-path';
import { errorsAt } from './errors-at';
import { FieldErrors } from './FieldErrors';

type ListEditorProps = {
  path: DraftPath;
  /** The legend of one item, e.g. "Criterion 2: industry". */
  itemTitle: (item: unknown, index: number) => string;
  addLabel: string;
  newItem: () => unknown;
  children: (itemPath: DraftPath, index: number) => ReactNode;
};

/** A list of the playbook (criteria, segments, teams…): one fieldset per item, with remove and add. */
export function ListEditor({ path, itemTitle, addLabel, newItem, children }: ListEditorProps) {
  const { t } = useI18n();
  const { draft, errors, change, readOnly } = useDraft();
  const value = getIn(draft, path);
  const items = Array.isArray(value) ? value : [];
  return (
    <div className="list-editor">
      <FieldErrors id={undefined} errors={errorsAt(errors, path)} />
      {items.map((item, index) => {
        const itemPath = [...path, index];
        const title = itemTitle(item, index);
        return (
          // Items have no stable key of their own while their ids are being typed; the index is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <fieldset key={index} className="list-item">
            <legend>{title}</legend>
            <FieldErrors id={undefined} errors={errorsAt(errors, itemPath)} />
            {children(itemPath, index)}
            {!readOnly && (
              <button type="button" className="remove" onClick={() => change((d) => removeAt(d, itemPath))}>
                {t('playbook.list.remove', { item: title })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <button type="button" onClick={() => change((d) => appendAt(d, path, newItem()))}>
          {addLabel}
        </button>
      )}
    </div>
  );
}

/** The id of a list item for its legend, or its position while it has none. */
export function idOf(item: unknown): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : '';
}
