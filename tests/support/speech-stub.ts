/**
 * The browser's speech API replaced by a stub, for the read-aloud tests (an init script:
 * `page.addInitScript(stubSpeech, 'zh-CN')`): it records what it is asked to say
 * (window.speechLog) and lets the test end each utterance (window.endUtterance()).
 */
/** A stand-in for speechSynthesis that records what it is asked to say and lets the test end each utterance. */
export const stubSpeech = (lang: string) => {
  const log: string[] = [];
  let current: { text: string; onend?: () => void; onerror?: (e: { error: string }) => void } | null = null;
  const synth = {
    paused: false,
    getVoices: () => [{ lang, name: 'stub', voiceURI: 'stub', default: true, localService: true }],
    speak(utterance: typeof current) {
      current = utterance;
      log.push(`speak:${utterance!.text}`);
    },
    pause() {
      this.paused = true;
      log.push('pause');
    },
    resume() {
      this.paused = false;
      log.push('resume');
    },
    cancel() {
      const was = current;
      current = null;
      if (was) log.push('cancel');
      was?.onerror?.({ error: 'canceled' });
    },
    addEventListener() {},
  };
  class Utterance {
    voice: unknown = null;
    lang = '';
    onend?: () => void;
    onerror?: () => void;
    text: string;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    speechLog: log,
    // The voice reaches the end of the sentence.
    endUtterance: () => {
      const was = current;
      current = null;
      was?.onend?.();
    },
  });
};
