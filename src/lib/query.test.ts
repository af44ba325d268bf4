import { describe, expect, test } from 'vitest';
import { fold, meaningfulWords, rankWithPartial, spellingVariants, titleMatchFirst } from './query.ts';

describe('meaningfulWords()', () => {
  test('drops the words of a question that do not narrow it', () => {
    expect(meaningfulWords('What was the Cheka?')).toEqual(['Cheka']);
    expect(meaningfulWords('when did russia change calendar')).toEqual(['russia', 'change', 'calendar']);
    expect(meaningfulWords("who's Kerensky")).toEqual(['Kerensky']);
  });

  test('keeps a phrase in quotation marks as typed', () => {
    expect(meaningfulWords('"Skip to content"')).toEqual(['"Skip to content"']);
  });

  test('keeps a query made of nothing but filler as it is', () => {
    expect(meaningfulWords('what is it')).toEqual(['what', 'is', 'it']);
  });
});

describe('fold()', () => {
  test('reads е for ё and drops stress marks, so that either spelling finds the other', () => {
    expect(fold('Бочкарёва')).toBe('Бочкарева');
    expect(fold('Ке\u0301ренский')).toBe('Керенский');
  });
});

describe('spellingVariants()', () => {
  test('offers the transliterations English books disagree on', () => {
    expect(spellingVariants('Trotskii')).toContain('Trotsky');
    expect(spellingVariants('Dzerzhinskii')).toContain('Dzerzhinsky');
    expect(spellingVariants('Milyukoff')).toContain('Milyukov');
    expect(spellingVariants('Zinovyev')).toContain('Zinoviev');
  });
});

describe('rankWithPartial()', () => {
  test('puts full matches first, then pages matching most of the words', () => {
    const r = (id: string, score = 1) => ({ id, score });
    const ranked = rankWithPartial([r('full')], [[r('a'), r('b', 5), r('full')], [r('a')]]);
    expect(ranked.map((x) => x.id)).toEqual(['full', 'a', 'b']);
  });
});

describe('titleMatchFirst()', () => {
  test('puts the page titled as asked first, singular or plural, and leaves the rest in order', () => {
    const items = [{ title: 'Congress of Soviets' }, { title: 'Soviet' }, { title: 'Soviet power' }];
    expect(titleMatchFirst(items, ['soviets']).map((i) => i.title)).toEqual(['Soviet', 'Congress of Soviets', 'Soviet power']);
    expect(titleMatchFirst(items, ['Congress', 'of', 'Soviets'])[0]?.title).toBe('Congress of Soviets');
  });
});
