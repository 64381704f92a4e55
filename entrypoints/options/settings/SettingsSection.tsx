import { LanguageSetting } from '@/components/LanguageSetting';
import { sendMessage } from '@/lib/messaging/protocol';
import { ResetDemoData } from './ResetDemoData';

const resetDemoInBackground = async () => (await sendMessage('resetDemoData')).accounts;

/** Language and demo data. */
export function SettingsSection({ resetDemo = resetDemoInBackground }: { resetDemo?: () => Promise<number> }) {
  return (
    <>
      <div className="card">
        <LanguageSetting />
      </div>
      <ResetDemoData reset={resetDemo} />
    </>
  );
}
