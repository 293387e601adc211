/** Which voice reads aloud (语音朗读, 指读); its tests: tests/unit/gov-read-aloud.test.ts. */

/** A Chinese voice, preferring Mainland Chinese (zh-CN), then any zh; none means no read-aloud. */
export function chineseVoice<Voice extends { lang: string }>(voices: readonly Voice[]): Voice | undefined {
  const lang = (voice: Voice) => voice.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((voice) => lang(voice) === 'zh-cn') ??
    voices.find((voice) => lang(voice).startsWith('zh-hans')) ??
    voices.find((voice) => /^(zh|cmn)(-|$)/.test(lang(voice)))
  );
}
