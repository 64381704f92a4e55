import { useDataT } from './use-data-t';
import type { ImportDestination } from './use-import-flow';

/** An admin's choice: import the file into this browser only, or upload it to the team server for everyone. */
export function DestinationChoice({
  destination,
  serverUrl,
  onChange,
}: {
  destination: ImportDestination;
  serverUrl: string;
  onChange(destination: ImportDestination): void;
}) {
  const t = useDataT();
  return (
    <fieldset className="data-mode">
      <legend>{t('data.destination.legend')}</legend>
      <label>
        <input
          type="radio"
          name="import-destination"
          value="server"
          checked={destination === 'server'}
          onChange={() => onChange('server')}
        />{' '}
        {t('data.destination.server', { server: serverUrl })}
      </label>
      <label>
        <input type="radio" name="import-destination" value="cache" checked={destination === 'cache'} onChange={() => onChange('cache')} />{' '}
        {t('data.destination.cache')}
      </label>
    </fieldset>
  );
}
