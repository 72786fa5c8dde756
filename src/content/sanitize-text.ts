// Escape sequences (CSI, OSC such as hyperlinks or clipboard writes, and other ESC forms) and C0/C1 control
// characters in a note would reach the learner's terminal raw; notes may come from anyone, so they go here.
const ESCAPE_SEQUENCES =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[@-Z\\-_]?/g;
const CONTROL_CHARACTERS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Normalises line endings and removes terminal escape sequences and control characters (keeps \n and \t). */
export function sanitizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPE_SEQUENCES, '')
    .replace(CONTROL_CHARACTERS, '');
}
