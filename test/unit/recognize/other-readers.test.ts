// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageSignals } from '@/lib/recognize/signals/read-page';

/** A page of `body` markup (and a title) parsed into a DOM. */
function page(body: string, title = ''): Document {
  return new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

describe('page readers of the other platforms (markup after each app’s record page)', () => {
  it('Dynamics 365 account: header title and the website field', () => {
    const document = page(
      `<h1 data-id="header_title" title="Contoso Bank">Contoso Bank</h1>
       <section><label>Website</label><input data-id="websiteurl.fieldControl-url-text-input" type="text" value="https://www.contosobank.com"></section>`,
      'Account: Contoso Bank - Dynamics 365',
    );
    const url = 'https://org.crm.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=91330924-802a-4b0d-a900-34fd9d790829';
    expect(readPageSignals(document, url).record).toEqual({
      name: 'Contoso Bank',
      website: 'https://www.contosobank.com',
      relatedAccount: null,
    });
  });

  it('Dynamics 365 contact: the company it looks up', () => {
    const document = page(
      `<h1 data-id="header_title">Sam Ortiz</h1>
       <ul><li data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag">
         <div data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag_text">Contoso Bank</div></li></ul>`,
    );
    const url = 'https://org.crm.dynamics.com/main.aspx?etn=contact&pagetype=entityrecord&id=91330924-802a-4b0d-a900-34fd9d790829';
    expect(readPageSignals(document, url).record).toEqual({
      name: 'Sam Ortiz',
      website: null,
      relatedAccount: { id: null, name: 'Contoso Bank' },
    });
  });

  it('Pipedrive organization and a deal’s organization link', () => {
    const organization = page(`<h1>Fabrikam</h1><dl><dt>Website</dt><dd><a href="https://fabrikam.io">fabrikam.io</a></dd></dl>`);
    expect(readPageSignals(organization, 'https://acme.pipedrive.com/organization/3').record).toEqual({
      name: 'Fabrikam',
      website: 'https://fabrikam.io',
      relatedAccount: null,
    });
    const deal = page(`<h1>Fabrikam renewal</h1><a href="/organization/3">Fabrikam</a>`);
    expect(readPageSignals(deal, 'https://acme.pipedrive.com/deal/1077').record?.relatedAccount).toEqual({ id: '3', name: 'Fabrikam' });
  });

  it('Zoho CRM account and a contact’s account link', () => {
    const account = page(
      `<span id="headervalue_ACCOUNTNAME">Litware Analytics</span><span id="subvalue_WEBSITE"><a href="http://litware.ai">litware.ai</a></span>`,
    );
    expect(readPageSignals(account, 'https://crm.zoho.eu/crm/org1/tab/Accounts/346103000146134135').record).toEqual({
      name: 'Litware Analytics',
      website: 'http://litware.ai',
      relatedAccount: null,
    });
    const contact = page(
      `<span id="headervalue_FULLNAME">Ana Ruiz</span><span id="subvalue_ACCOUNTID"><a href="/crm/org1/tab/Accounts/346103000146134135">Litware Analytics</a></span>`,
    );
    expect(readPageSignals(contact, 'https://crm.zoho.eu/crm/org1/tab/Contacts/346103000146134999').record?.relatedAccount).toEqual({
      id: '346103000146134135',
      name: 'Litware Analytics',
    });
  });

  it('Crunchbase organization: profile name and website link', () => {
    const document = page(
      `<h1 class="profile-name">Facebook</h1><a aria-label="Link to facebook.com" href="https://facebook.com">facebook.com</a>`,
    );
    expect(readPageSignals(document, 'https://www.crunchbase.com/organization/facebook').record).toEqual({
      name: 'Facebook',
      website: 'https://facebook.com',
      relatedAccount: null,
    });
  });

  it('Salesforce Classic: page description and the Website data cell', () => {
    const document = page(
      `<h1 class="pageType">Account</h1><h2 class="pageDescription"> Northwind Retail Group </h2>
       <table><tr><td class="labelCol">Website</td><td class="dataCol"><a href="http://www.northwindretail.com" target="_blank">http://www.northwindretail.com</a></td></tr></table>`,
    );
    expect(readPageSignals(document, 'https://acme.my.salesforce.com/0015e00000AbCdE').record).toEqual({
      name: 'Northwind Retail Group',
      website: 'http://www.northwindretail.com',
      relatedAccount: null,
    });
  });

  it('falls back to the page title for the record name', () => {
    const document = page('<div>nothing labelled</div>', 'Northwind Retail Group | Account | Salesforce');
    expect(readPageSignals(document, 'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view').record?.name).toBe(
      'Northwind Retail Group',
    );
  });
});
