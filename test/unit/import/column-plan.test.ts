import { describe, expect, it } from 'vitest';
import { planColumns } from '../../../lib/import/column-plan';

describe('planColumns', () => {
  it('maps canonical camelCase headers to themselves, ignoring case, spaces, _ and -', () => {
    expect(planColumns(['annualRevenue', 'Annual_Revenue', 'ANNUAL-REVENUE', 'intent score', 'pageViews90d']).mapping).toEqual({
      annualRevenue: 'annualRevenue',
      Annual_Revenue: 'annualRevenue',
      'ANNUAL-REVENUE': 'annualRevenue',
      'intent score': 'intentScore',
      pageViews90d: 'pageViews90d',
    });
  });

  it('maps Salesforce report headers', () => {
    const headers = ['Account ID', 'Account Name', 'Website', 'Industry', 'Employees', 'Annual Revenue', 'Billing Country'];
    const more = ['Billing State/Province', 'Billing City', 'Type', 'Account Owner'];
    expect(Object.values(planColumns([...headers, ...more]).mapping)).toEqual([
      'id',
      'name',
      'domain',
      'industry',
      'employees',
      'annualRevenue',
      'country',
      'region',
      'city',
      'customerType',
      'ownerId',
    ]);
  });

  it('maps Salesforce Data Loader API names', () => {
    const headers = ['ID', 'NAME', 'BILLINGCITY', 'NUMBEROFEMPLOYEES', 'ANNUALREVENUE', 'WEBSITE', 'INDUSTRY', 'TYPE', 'OWNERID'];
    expect(Object.values(planColumns([...headers, 'BILLINGSTATE', 'BILLINGCOUNTRY']).mapping)).toEqual([
      'id',
      'name',
      'city',
      'employees',
      'annualRevenue',
      'domain',
      'industry',
      'customerType',
      'ownerId',
      'region',
      'country',
    ]);
  });

  it('maps HubSpot export headers, the lifecycle stage also giving the customer type', () => {
    const headers = [
      'Record ID',
      'Company name',
      'Company Domain Name',
      'Website URL',
      'Industry',
      'Number of Employees',
      'Annual Revenue',
    ];
    const plan = planColumns([...headers, 'Country/Region', 'State/Region', 'City', 'Lifecycle Stage', 'Company owner']);
    expect(Object.values(plan.mapping)).toEqual([
      'id',
      'name',
      'domain',
      'domain',
      'industry',
      'employees',
      'annualRevenue',
      'country',
      'region',
      'city',
      'journeyStage',
      'ownerId',
    ]);
    expect(plan.targets[10]).toEqual({ kind: 'field', field: 'journeyStage', derive: 'customerTypeFromStage' });
    expect(plan.targets[0]).toEqual({ kind: 'field', field: 'id', derive: 'hubspotIdFromRecordId' });
  });

  it('strips the account object prefix of report headers but not other objects', () => {
    expect(planColumns(['Account: Account Name', 'Account: Type', 'Account: Phone', 'Contact: Phone']).mapping).toEqual({
      'Account: Account Name': 'name',
      'Account: Type': 'customerType',
      'Account: Phone': 'custom.Account: Phone',
      'Contact: Phone': 'custom.Contact: Phone',
    });
  });

  it('keeps every other column in custom by its header, naming blank and repeated headers apart', () => {
    const plan = planColumns(['name', 'serves', '', 'Phone', 'Phone', 'custom.tier']);
    expect(plan.mapping).toEqual({
      name: 'name',
      serves: 'custom.serves',
      'column 3': 'custom.column 3',
      Phone: 'custom.Phone',
      'Phone (2)': 'custom.Phone (2)',
      'custom.tier': 'custom.tier',
    });
  });

  it('applies the user’s corrections and refuses a target that names nothing', () => {
    const plan = planColumns(['Org', 'revenue', 'notes'], { Org: 'name', revenue: 'annualRevenue', notes: 'ignore' });
    expect(plan.mapping).toEqual({ Org: 'name', revenue: 'annualRevenue', notes: 'ignore' });
    expect(() => planColumns(['Org'], { Org: 'company' })).toThrow(/"company" is not a field/);
  });
});
