import { describe, expect, it } from 'vitest';
import { chineseVoice, splitSentences } from '../../src/components/reading/read-aloud-sentences.ts';

const cut = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('cuts at 。！？ and ；, keeps closing quotes, drops white space between, keeps figures whole', () => {
    expect(cut('受理法律援助案件3721件。 热线受理“97.2万件”。\n是否办结？办结率98.8%；满意率95.8%')).toEqual([
      '受理法律援助案件3721件。',
      '热线受理“97.2万件”。',
      '是否办结？',
      '办结率98.8%；',
      '满意率95.8%',
    ]);
  });

  it('a decimal point or 3.81亿元 is no sentence end; empty text has no sentence', () => {
    expect(cut('标的额3.81亿元，和解调解率47%。')).toEqual(['标的额3.81亿元，和解调解率47%。']);
    expect(cut('  \n ')).toEqual([]);
  });
});

describe('chineseVoice', () => {
  it('prefers zh-CN, accepts any Chinese, refuses others', () => {
    const voice = (lang: string) => ({ lang });
    expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN')])).toEqual(voice('zh_CN'));
    expect(chineseVoice([voice('en-US'), voice('zh-HK')])).toEqual(voice('zh-HK'));
    expect(chineseVoice([voice('en-US'), voice('ja-JP')])).toBeUndefined();
  });
});
