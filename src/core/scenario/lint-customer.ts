import { BUNDLED_AVATAR_IDS, BUNDLED_AVATARS, isVrmPath } from './avatars.ts';
import { contradictedAge } from './description-age.ts';
import { closest } from './friendly-issue.ts';
import type { Finding } from './lint-graph';
import type { Scenario } from './schema';

/**
 * Checks the customer's look and voice: the avatar must be one the app bundles (or a .vrm file
 * the company added under public/), else the trainee meets a grey mannequin; and a voice gender
 * that contradicts the avatar (a female voice on the moustached man) is flagged, and so is a
 * description whose stated age the avatar clearly does not look (a student for "Mitte siebzig").
 */
export function lintCustomer(scenario: Scenario): Finding[] {
  const { avatar, voice } = scenario.customer;
  if (isVrmPath(avatar)) return [];
  const bundled = BUNDLED_AVATARS.find((a) => a.id === avatar);
  if (!bundled) {
    const list = BUNDLED_AVATARS.map((a) => a.id).join(', ');
    const near = closest(avatar, BUNDLED_AVATAR_IDS);
    return [
      {
        severity: 'error',
        path: ['customer', 'avatar'],
        message: {
          de: `es gibt keinen Avatar „${avatar}“${near ? ` – meinten Sie „${near}“?` : ''} Mitgeliefert sind: ${list} (oder der Pfad einer eigenen .vrm-Datei unter public/)`,
          en: `there is no avatar "${avatar}"${near ? ` – did you mean "${near}"?` : ''} Bundled avatars: ${list} (or the path of your own .vrm file under public/)`,
        },
      },
    ];
  }
  const findings: Finding[] = [];
  if (voice.gender !== 'any' && voice.gender !== bundled.sex) {
    const matching = BUNDLED_AVATARS.filter((a) => a.sex === voice.gender).map((a) => a.id);
    const sexDe = bundled.sex === 'female' ? 'eine Frau' : 'ein Mann';
    const sexEn = bundled.sex === 'female' ? 'a woman' : 'a man';
    findings.push({
      severity: 'warning',
      path: ['customer', 'voice', 'gender'],
      message: {
        de: `die Stimme ist ${voice.gender === 'female' ? 'weiblich' : 'männlich'}, aber der Avatar „${avatar}“ ist ${sexDe}; schreiben Sie gender: ${bundled.sex} oder wählen Sie einen passenden Avatar (${matching.join(', ')})`,
        en: `the voice is ${voice.gender}, but the avatar "${avatar}" is ${sexEn}; write gender: ${bundled.sex} or pick a matching avatar (${matching.join(', ')})`,
      },
    });
  }
  const description = scenario.customer.description;
  for (const lang of ['de', 'en'] as const) {
    const stated = description && contradictedAge(description[lang], lang, bundled.age);
    if (!stated) continue;
    const near = BUNDLED_AVATARS.filter(
      (a) => a.sex === bundled.sex && Math.abs(a.age - (stated.min + stated.max) / 2) <= 10,
    ).map((a) => `${a.id} (${a.age})`);
    const pick = near.length > 0 ? near.join(', ') : undefined;
    findings.push({
      severity: 'warning',
      path: ['customer', 'description', lang],
      message: {
        de: `die Beschreibung sagt „${stated.phrase}“, aber der Avatar „${avatar}“ ist etwa ${bundled.age} Jahre alt; passen Sie das Alter an${pick ? ` oder wählen Sie ${pick}` : ''}`,
        en: `the description says "${stated.phrase}", but the avatar "${avatar}" looks about ${bundled.age}; change the age${pick ? ` or pick ${pick}` : ''}`,
      },
    });
  }
  return findings;
}
