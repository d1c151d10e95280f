import { describe, expect, it } from '@jest/globals';
import { likelyApplication } from './forwarded';

describe('likelyApplication', () => {
  const applications = [
    { id: 'a', company: 'Brightwell Group' },
    { id: 'b', company: 'Kestrel Capital ' },
  ];

  it('picks the application at the company the email names, whatever the case and spacing', () => {
    expect(likelyApplication('brightwell group', applications)).toBe('a');
    expect(likelyApplication('Kestrel Capital', applications)).toBe('b');
  });

  it('picks none when the email names no company or another one', () => {
    expect(likelyApplication(null, applications)).toBeUndefined();
    expect(likelyApplication('Mosaic Labs', applications)).toBeUndefined();
  });
});
