import type { UrlCase } from '../types';

const GUID = '91330924-802a-4b0d-a900-34fd9d790829';
/** URLs of Dynamics and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  [
    'https://myorg.crm.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm4.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=entityrecord&etn=account&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm11.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&forceUCI=1&pagetype=entityrecord&etn=contact&id=91330924-802A-4B0D-A900-34FD9D790829&formid=1fed44d1-ae68-4a41-bd2b-f13acac4acfa',
    { source: 'dynamics', recordId: GUID, objectType: 'contact' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&etn=account&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?etc=3&id=%7b91330924-802a-4b0d-a900-34fd9d790829%7d&pagetype=entityrecord',
    { source: 'dynamics', recordId: GUID, objectType: 'opportunity' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?etc=1&extraqs=%3f_gridType%3d1%26etc%3d1%26id%3d%257b91330924-802A-4B0D-A900-34FD9D790829%257d&pagetype=entityrecord',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?etn=lead&pagetype=entityrecord&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'dynamics', recordId: GUID, objectType: 'lead' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=entitylist&etn=account&viewid=00000000-0000-0000-00aa-000010001001',
    { source: 'dynamics', recordId: null, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=entityrecord&etn=account',
    { source: 'dynamics', recordId: null, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=dashboard&id=00000000-0000-0000-0000-000000000000',
    { source: 'dynamics', recordId: null, objectType: null },
  ],
  ['https://myorg.crm.dynamics.com/', { source: 'dynamics', recordId: null, objectType: null }],
  ['https://dynamics.microsoft.com/en-us/sales/overview/', { source: 'website', domain: 'microsoft.com' }],
  ['https://www.dynamics.com/', { source: 'website', domain: 'dynamics.com' }],
  // On-premises servers: the customer's own host, `/<organization>/main.aspx` with an entity and a record GUID.
  [
    'https://crm.contoso.com/ContosoOrg/main.aspx?etn=account&pagetype=entityrecord&id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D',
    { source: 'dynamics', recordId: GUID, objectType: 'account', domain: null },
  ],
  [
    'https://crm.contoso.com/ContosoOrg/main.aspx?etc=2&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'dynamics', objectType: 'contact' },
  ],
  // Without a record GUID it is just a page of the company's site.
  ['https://crm.contoso.com/ContosoOrg/main.aspx?etn=account&pagetype=entitylist', { source: 'website', domain: 'contoso.com' }],
  [
    'https://myorg.crm.dynamics.com.evil.io/main.aspx?etn=account&pagetype=entityrecord&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'website', domain: 'evil.io', recordId: null },
  ],
];
