// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressIn, companyDomainOf } from '@/lib/recognize/mail/addresses';
import { correspondentOf, threadCompanies } from '@/lib/recognize/mail/correspondent';
import { isFreeMailDomain } from '@/lib/recognize/mail/free-mail';
import { createMemoryIndex } from '@/lib/recognize/memory-index';
import { recognize } from '@/lib/recognize/recognize';
import { readPageSignals } from '@/lib/recognize/signals/read-page';
import { MailSignalSchema, type MailSignals } from '@/lib/recognize/signals/schema';

const index = createMemoryIndex([
  { id: 'A3', name: 'Fabrikam Software', domain: 'fabrikam.io' },
  { id: 'A7', name: 'Litware Analytics', domain: 'litware.ai' },
]);
const mail = (input: unknown): MailSignals => MailSignalSchema.parse(input);
const page = (folder: string, file: string) =>
  new DOMParser().parseFromString(readFileSync(`lib/recognize/sources/${folder}/fixtures/${file}`, 'utf8'), 'text/html');
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmB';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAMz6';

describe('mail addresses', () => {
  it('reads an address from text, a display form or a mailto link, lower-case', () => {
    expect(addressIn('Dana Lee <Dana@Fabrikam.IO>')).toBe('dana@fabrikam.io');
    expect(addressIn('mailto:sam@fabrikam.io?subject=Hi')).toBe('sam@fabrikam.io');
    expect(addressIn('Opens card for Dana Lee')).toBeNull();
  });

  it('knows free-mail and ISP domains from a maintained list, and reduces company hosts to their domain', () => {
    for (const domain of [
      'gmail.com',
      'outlook.com',
      'hotmail.com',
      'yahoo.com',
      'icloud.com',
      'qq.com',
      '163.com',
      'yandex.ru',
      'mail.ru',
    ]) {
      expect(isFreeMailDomain(domain), domain).toBe(true);
    }
    expect(isFreeMailDomain('fabrikam.io')).toBe(false);
    expect(companyDomainOf('dana@eu.mail.fabrikam.io')).toBe('fabrikam.io');
    expect(companyDomainOf('jordan@GMAIL.com')).toBeNull();
  });

  it('drops anything that is not an address at the boundary', () => {
    expect(mail({ user: 'not an address', messages: [{ from: '<script>', to: ['a@b.co', 'x'], cc: [] }] })).toEqual({
      user: null,
      messages: [{ from: null, to: ['a@b.co'], cc: [] }],
    });
  });
});

describe('the correspondent of a message (spec §4)', () => {
  const user = 'rep@contoso.com';
  it('is the sender, unless the sender is the user or a colleague: then the first recipient outside, To before Cc', () => {
    expect(correspondentOf(mail({ user, messages: [{ from: 'dana@fabrikam.io', to: [user], cc: [] }] }))).toBe('dana@fabrikam.io');
    expect(correspondentOf(mail({ user, messages: [{ from: user, to: ['kim@contoso.com', 'dana@fabrikam.io'], cc: [] }] }))).toBe(
      'dana@fabrikam.io',
    );
    expect(correspondentOf(mail({ user, messages: [{ from: 'kim@contoso.com', to: [user], cc: ['lee@litware.ai'] }] }))).toBe(
      'lee@litware.ai',
    );
    expect(correspondentOf(mail({ user, messages: [{ from: user, to: ['kim@contoso.com'], cc: [] }] }))).toBeNull();
  });

  it('takes the message in view, the thread’s last, and counts people by company', () => {
    const signals = readPageSignals(page('gmail', 'thread.html'), GMAIL);
    expect(correspondentOf(signals.mail as MailSignals)).toBe('dana@fabrikam.io');
    expect(threadCompanies(signals.mail as MailSignals)).toEqual([
      { domain: 'fabrikam.io', people: 2 },
      { domain: 'litware.ai', people: 1 },
    ]);
  });

  it('treats two free-mail users as strangers, not colleagues', () => {
    const gmailUser = mail({ user: 'me@gmail.com', messages: [{ from: 'jordan@gmail.com', to: ['me@gmail.com'], cc: [] }] });
    expect(correspondentOf(gmailUser)).toBe('jordan@gmail.com');
  });
});

describe('recognizing a mail page', () => {
  it('gives a Gmail thread the correspondent’s company, with the other companies in the thread as candidates', async () => {
    const answer = await recognize(GMAIL, { index, signals: readPageSignals(page('gmail', 'thread.html'), GMAIL) });
    expect(answer).toMatchObject({
      source: 'gmail',
      domain: 'fabrikam.io',
      objectType: 'contact',
      recordId: null,
      slug: null,
      match: { accountId: 'A3', by: 'domain' },
      thread: {
        companies: [
          { domain: 'fabrikam.io', people: 2 },
          { domain: 'litware.ai', people: 1 },
        ],
        personalDomain: null,
      },
    });
    expect(answer.candidates.map((c) => c.accountId)).toEqual(['A3', 'A7']);
  });

  it('gives a message from a free-mail address no company, and says which provider', async () => {
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmC';
    const answer = await recognize(url, { index, signals: readPageSignals(page('gmail', 'free-mail.html'), url) });
    expect(answer).toMatchObject({ source: 'gmail', domain: null, match: null, candidates: [], thread: { personalDomain: 'gmail.com' } });
  });

  it('reads an Outlook message: From, To and Cc by their labels', async () => {
    const answer = await recognize(OUTLOOK, { index, signals: readPageSignals(page('outlook', 'message.html'), OUTLOOK) });
    expect(answer).toMatchObject({ source: 'outlook', domain: 'fabrikam.io', match: { accountId: 'A3' } });
    expect(answer.thread?.companies).toEqual([
      { domain: 'fabrikam.io', people: 2 },
      { domain: 'litware.ai', people: 1 },
    ]);
  });

  it('from a mail URL alone, knows no company', async () => {
    expect(await recognize(GMAIL, { index })).toMatchObject({ source: 'gmail', domain: null, match: null, objectType: 'contact' });
    expect((await recognize(GMAIL, { index })).thread).toBeUndefined();
  });

  it('never reads a subject or a body', () => {
    const signals = readPageSignals(page('gmail', 'thread.html'), GMAIL);
    const text = JSON.stringify(signals);
    expect(text).not.toContain('Pilot next quarter');
    expect(text).not.toContain('budget');
    const outlook = JSON.stringify(readPageSignals(page('outlook', 'message.html'), OUTLOOK));
    expect(outlook).not.toContain('Renewal terms');
  });
});
