import { describe, expect, it } from 'vitest';
import { createSpaceMatcher, normalizeSystemName, type SystemsProfile } from '@reseau-epn/platform';

const mediatheque: SystemsProfile = { systems: ['Windows 11', 'Android'], software: ['Firefox', 'LibreOffice', 'VLC'] };
const fablab: SystemsProfile = { systems: ['Linux'], software: ['FreeCAD', 'Kdenlive', 'LibreOffice'] };
const concerns = createSpaceMatcher([mediatheque, fablab]);

describe('createSpaceMatcher', () => {
  it('should match a fiche on a system the space runs, whatever its version, case or accents', () => {
    expect(concerns({ systems: ['windows'], software: [] }, mediatheque)).toBe(true);
    expect(concerns({ systems: ['Windows'], software: [] }, fablab)).toBe(false);
  });

  it('should cover an edition of a software the space has (LibreOffice Writer in LibreOffice)', () => {
    expect(concerns({ systems: ['Windows', 'Linux'], software: ['LibreOffice Writer'] }, fablab)).toBe(true);
  });

  it('should require one of the fiche software the network installs somewhere', () => {
    const kdenlive = { systems: ['Windows', 'Linux'], software: ['Kdenlive'] };
    expect(concerns(kdenlive, fablab)).toBe(true);
    expect(concerns(kdenlive, mediatheque)).toBe(false);
  });

  it('should not let a web service installed nowhere narrow the match', () => {
    expect(concerns({ systems: ['Android', 'iOS'], software: ['ameli', 'FranceConnect'] }, mediatheque)).toBe(true);
  });

  it('should match a fiche naming only software on that software', () => {
    expect(concerns({ systems: [], software: ['FreeCAD'] }, fablab)).toBe(true);
    expect(concerns({ systems: [], software: ['FreeCAD'] }, mediatheque)).toBe(false);
  });

  it('should leave a general fiche (no system, no installed software) matched to no space', () => {
    expect(concerns({ systems: [], software: [] }, mediatheque)).toBe(false);
    expect(concerns({ systems: [' '], software: ['ameli'] }, fablab)).toBe(false);
  });

  it('should not take a longer name for a shorter one without a word boundary (Linux Mint is Linux, Linuxfr is not)', () => {
    expect(normalizeSystemName('  Écran   Géant ')).toBe('ecran geant');
    expect(concerns({ systems: ['Linux Mint'], software: [] }, fablab)).toBe(true);
    expect(concerns({ systems: ['Linuxfr'], software: [] }, fablab)).toBe(false);
  });
});
