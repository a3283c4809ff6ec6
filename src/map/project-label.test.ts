import { describe, expect, it } from 'vitest';
import { projectLabelText } from './project-label.ts';

describe('projectLabelText', () => {
  it('keeps a short name as it is', () => {
    expect(projectLabelText('Aghali smart village')).toBe('Aghali smart village');
  });

  it('drops the explanation in brackets', () => {
    expect(projectLabelText('Aghali production component (Gillmed garment factory)')).toBe(
      'Aghali production\ncomponent',
    );
  });

  it('wraps a long name on two lines at a word', () => {
    expect(projectLabelText('Zangilan International Airport')).toBe('Zangilan International\nAirport');
  });

  it('cuts what does not fit on two lines with an ellipsis', () => {
    expect(projectLabelText('Horadiz–Jabrayil–Zangilan–Aghband highway and the bridges over it')).toBe(
      'Horadiz–Jabrayil–Zangilan–Aghband\nhighway and the bridges…',
    );
  });

  it('works in every script', () => {
    expect(projectLabelText('Füzuli Beynəlxalq Hava Limanı')).toBe('Füzuli Beynəlxalq Hava\nLimanı');
    expect(projectLabelText('مطار فضولي الدولي')).toBe('مطار فضولي الدولي');
  });
});
