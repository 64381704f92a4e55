import { AlertsFields } from './AlertsFields';
import { CriteriaFields } from './CriteriaFields';
import { GeneralFields } from './GeneralFields';
import { PriorityFields } from './PriorityFields';
import { QuotaFields } from './QuotaFields';
import { SegmentsFields } from './SegmentsFields';

/** The playbook as forms, one section per part of the document. */
export function PlaybookForm() {
  return (
    <div className="playbook-form">
      <GeneralFields />
      <CriteriaFields />
      <SegmentsFields />
      <PriorityFields />
      <QuotaFields />
      <AlertsFields />
    </div>
  );
}
