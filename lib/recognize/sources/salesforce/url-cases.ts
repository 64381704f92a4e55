import type { UrlCase } from '../types';

const SF = 'salesforce';
/** URLs of Salesforce and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  [
    'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdE/view',
    { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/related/Contacts/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Contact/0035e00000XyZ12AAF/view',
    { source: SF, recordId: '0035e00000XyZ12AAF', objectType: 'contact' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Lead/00Q5e00000LdQ12AAB/view',
    { source: SF, recordId: '00Q5e00000LdQ12AAB', objectType: 'lead' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Opportunity/0065e00000OpP12AAC/view',
    { source: SF, recordId: '0065e00000OpP12AAC', objectType: 'opportunity' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Case/5005e00000CsE12AAD/view',
    { source: SF, recordId: '5005e00000CsE12AAD', objectType: 'other' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/0035e00000XyZ12AAF/view',
    { source: SF, recordId: '0035e00000XyZ12AAF', objectType: 'contact' },
  ],
  [
    'https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  ['https://acme.my.salesforce.com/0015e00000AbCdEAAV', { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' }],
  [
    'https://acme.my.salesforce.com/0015e00000AbCdE/e?retURL=%2F0015e00000AbCdE',
    { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' },
  ],
  ['https://acme--uat.sandbox.my.salesforce.com/0035e00000XyZ12', { source: SF, recordId: '0035e00000XyZ12', objectType: 'contact' }],
  ['https://na85.salesforce.com/0015e00000AbCdE', { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' }],
  ['https://acme.cloudforce.com/0015e00000AbCdE', { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' }],
  [
    'https://acme--c.visualforce.com/apex/AccountPlan?id=0015e00000AbCdEAAV',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://c.na85.visual.force.com/apex/AccountPlan?id=0015e00000AbCdE&sfdc.override=1',
    { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' },
  ],
  [
    'https://acme--c.vf.force.com/apex/OppSummary?id=0065e00000OpP12AAC',
    { source: SF, recordId: '0065e00000OpP12AAC', objectType: 'opportunity' },
  ],
  [
    'https://acme.lightning.force.com/one/one.app#/sObject/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  // Not records: list views, object homes, home, setup, login.
  ['https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.lightning.force.com/lightning/o/Contact/home', { source: SF, recordId: null, objectType: 'contact' }],
  ['https://acme.lightning.force.com/lightning/o/Account/new', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.lightning.force.com/lightning/page/home', { source: SF, recordId: null, objectType: null }],
  ['https://acme.lightning.force.com/lightning/setup/SetupOneHome/home', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/home', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce.com/001/o', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.my.salesforce.com/001?fcf=00B5e000001AbCd', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.my.salesforce.com/home/home.jsp', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce.com/setup/forcecomHomepage.apexp?setupid=ForceCom', { source: SF, recordId: null, objectType: null }],
  ['https://login.salesforce.com/?locale=uk', { source: SF, recordId: null, objectType: null }],
  ['https://test.salesforce.com/', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce.com/secur/logout.jsp', { source: SF, recordId: null, objectType: null }],
  // Communities and public sites are the company's website, not the CRM.
  ['https://acme.my.site.com/support/s/', { source: 'website', domain: 'acme.my.site.com', recordId: null }],
  ['https://www.salesforce.com/products/', { source: 'website', domain: 'salesforce.com' }],
];
