import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/history/csv';
import type { ContactRecord } from '@/lib/history/types';
import { bundledKb } from '@/lib/kb/index';

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+380', "'+380"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Рябков, Лавров', '"Рябков, Лавров"'],
    ['plain', 'plain'],
    [null, ''],
  ])('cell %s', (v, want) => {
    expect(csvCell(v)).toBe(want);
  });

  it('starts with a BOM and writes one row per contact with Cyrillic intact', () => {
    const rec: ContactRecord = {
      key: 'k', participants: ['vladimir-putin', 'donald-trump'],
      parties: [{ actorId: 'vladimir-putin', side: 'RU', text: 'Путіна' }, { actorId: 'donald-trump', side: 'US', text: 'Трампа' }],
      sides: ['RU', 'US'], type: 'other', status: 'denied', date: null, endDate: null, datePrecision: null, place: null,
      confidence: 0.9, confirmed: false, edited: false, firstSeen: '', lastSeen: '',
      sources: [{ url: 'https://nenka.info/x', title: 'Росія і США', site: 'nenka.info', lang: 'uk', published: '2025-02-10', seen: '', reportedBy: [],
        evidence: { start: 0, end: 5, exact: '=він спростував', prefix: '', suffix: '' } }],
    };
    const csv = toCsv([rec], bundledKb().byId);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Vladimir Putin; Donald Trump');
    expect(lines[1]).toContain("'=він спростував");
    expect(lines[1]).toContain('Росія і США');
  });
});
